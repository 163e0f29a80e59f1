"""Who an attack with no attacker named was done by: unidentified attackers of the place.

"A roadside bomb near the town of Baqubah killed two soldiers", "A district mayor was shot dead
in Guerrero state", "Two engineers were killed in a bomb attack in Karachi": no one is named as
the attacker, and PLOVER codes the source as the place's unidentified armed forces (sector UAF,
the place's country), not as nobody. The place's state itself is not the attacker (a bomb in
Baqubah is not Iraq's act), hence an unknown actor of its own (`new:unidentified_attackers_irq`,
sector UAF, with the place's country).

Only for killings, shootings and bombings whose subject is a device or a blast ("a car bomb
killed ...") or that are passive with no "by" agent ("was shot dead in ..."), and only where the
sentence names no armed group (an attack "claimed by" a group is the group's, left to the
claim readers). Round r16, args20: PLOVER gold tune's agentless killings had no pair. Round r17,
args21: an agentless thwarted attempt ("An attempt to assassinate X was foiled in Y") too.
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.events.nominal_objects import prep_objects
from realpolitik.events.triggers import agentless_passive
from realpolitik.model import ActorMention, PlaceMention

# The verbs of a killing or an attack whose doer may go unnamed.
ATTACK_LEMMAS = frozenset({
    "kill", "shoot", "assassinate", "murder", "behead", "bomb", "attack", "ambush", "wound",
    "injure", "gun",
})  # fmt: skip
# Subjects that are the means of an attack, not its doer ("a car bomb killed ...").
DEVICE_NOUNS = frozenset({
    "bomb", "bombing", "bombings", "blast", "blasts", "explosion", "explosions", "attack",
    "attacks", "ambush", "rocket", "rockets", "mortar", "mortars", "shell", "shelling", "grenade",
    "mine", "landmine", "ied", "device", "drone", "strike", "gunfire",
})  # fmt: skip
# Nouns of a thwarted attack whose "to" clause names the killing ("An attempt to assassinate the
# governor ... was thwarted", "a plot to kill the mayor was foiled"): round r17 (args21), PLOVER
# gold tune (a thwarted assassination had no source).
ATTEMPT_NOUNS = frozenset({"attempt", "plot", "bid", "conspiracy", "plan"})
# Sectors of a named armed group in the sentence: the attack may be its (claimed, blamed).
ARMED_GROUP_SECTORS = frozenset({"REB", "TER", "INS", "SEP", "UAF"})
SECTOR = "UAF"
HOW = "unknown-attackers"
# A device subject told as a state force's ("a military drone strike killed 20 civilians in a
# village in Tillaberi region", "army shelling killed four"): that force of the place's state did
# it, not unidentified attackers (lead, stop 59, probe sentences written as wire text). The
# modifier words and the sector each names.
FORCE_MODIFIER_SECTORS = {
    "military": "MIL", "army": "MIL", "naval": "MIL", "navy": "MIL", "government": "MIL",
    "police": "COP",
}  # fmt: skip
FORCE_HOW = "force-device"


def unknown_attackers(
    trigger: Token,
    nominal: bool,
    plover_type: str,
    places: dict[int, PlaceMention],
    sentence_actors: list[ActorMention],
) -> list[ActorMention]:
    """The unidentified attackers of the place an agentless attack happened in, as a one-item
    source, or an empty list."""
    if plover_type != "ASSAULT" or nominal or trigger.lemma_.lower() not in ATTACK_LEMMAS:
        return []
    attempt = _agentless_attempt(trigger)
    if not (_device_subject(trigger) or agentless_passive(trigger) or attempt is not None):
        return []
    if any(m.sector in ARMED_GROUP_SECTORS for m in sentence_actors):
        return []
    place = _first_place(attempt if attempt is not None else trigger, places)
    if place is None:
        return []
    country = place.place.country or ""
    force = _force_modifier(trigger)
    if force is not None and country:
        sector = FORCE_MODIFIER_SECTORS[force.lower_]
        start, end, text, how = force.idx, force.idx + len(force.text), force.text, FORCE_HOW
        actor_id, name = f"{country}.{sector}", f"{country} {force.lower_}"
    else:
        sector, text, how = SECTOR, place.text, HOW
        start, end = place.char_start, place.char_end
        actor_id = f"new:unidentified_attackers_{country.lower()}"
        name = f"unidentified attackers ({country})"
    return [
        ActorMention(
            doc_id=place.doc_id,
            start=start,
            end=end,
            text=text,
            actor_id=actor_id,
            name=name,
            country=country,
            sector=sector,
            how=how,
        )
    ]


def _force_modifier(verb: Token) -> Token | None:
    """The word of `FORCE_MODIFIER_SECTORS` modifying the verb's device subject ("a military
    drone strike", "army shelling"), or None."""
    for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in DEVICE_NOUNS):
        for t in subject.subtree:
            modifier = t.i < subject.i and t.dep_ in {"amod", "compound"}
            if modifier and t.lower_ in FORCE_MODIFIER_SECTORS:
                return t
    return None


def attempt_noun(verb: Token) -> Token | None:
    """ "foiled an attempt by pirates to hijack a tanker", "a Russian plot to kill the president":
    the attempt noun whose "to" clause the verb is (`ATTEMPT_NOUNS`), or None."""
    attempt = verb.head
    if (
        verb.dep_ == "acl"
        and attempt.lemma_.lower() in ATTEMPT_NOUNS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    ):
        return attempt
    return None


def attempt_doers(attempt: Token) -> list[Token]:
    """The words that name who made the attempt, in order: its possessor or modifier ("a Russian
    plot", "Moscow's attempt") or the object of its "by" phrase ("an attempt by pirates")."""
    doers: list[Token] = []
    for c in attempt.children:
        if c.dep_ in {"poss", "amod", "compound"}:
            doers.append(c)
    return doers + prep_objects(attempt, "by")


def _device_subject(verb: Token) -> bool:
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(s.lower_ in DEVICE_NOUNS for s in subjects)


def _agentless_attempt(verb: Token) -> Token | None:
    """ "An attempt to assassinate X was thwarted in Y": the agentless passive verb whose subject
    is the attempt the killing verb is the "to" clause of (its clause holds the place)."""
    attempt = verb.head
    if not (
        verb.dep_ == "acl"
        and attempt.lemma_.lower() in ATTEMPT_NOUNS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and attempt.dep_ == "nsubjpass"
    ):
        return None
    return attempt.head if agentless_passive(attempt.head) else None


def _first_place(verb: Token, places: dict[int, PlaceMention]) -> PlaceMention | None:
    """The first place with a country in the verb's clause (its subject's words included)."""
    for tok in verb.subtree:
        hit = places.get(tok.i)
        if hit is not None and hit.place.country:
            return hit
    return None
