"""A threat told as the teller's own future act: two events, the threat and the act it names.

"Tabi says the Front would attack the meeting if ...", "the army says it would strike the camps
whether or not ...", "He added that they would return fire if they were attacked": the framing
step (`events/framing.reframe`) reads a hostile act under "will"/"would" as a statement of
intent and types it THREATEN, on the act's own word and with the act's polarity (not asserted).
A careful reader lists two things there (issue 9, item 4; the convention of reader_own5/6):
the threat, which was made (an asserted THREATEN by the side that would act, told by the verb of
saying), and the act, which was not (its own type - ASSAULT, COERCE, ... - with its polarity).
"threatened to close the crossing unless ..." already reads so (the verb of threatening is a
trigger of its own); this module gives the "says ... would" form the same two events.

Only a verb of telling whose reported clause holds the act makes the act a threat told: without
one ("If the army attacks, the Front would retaliate" in the writer's voice) the act is the
writer's speculation and keeps the framing's reading. A negated act ("said his troops would not
cross") is a reassurance, not a threat: it keeps its own type, not asserted, and no threat is
added on the verb of telling.

An act under an adjective of readiness ("added that Addis Ababa was ready to hold direct
talks", "said it was prepared to strike") is told the same way: an offer or a threat told.

A cooperative act said so is a promise told, read the same way ("her office said she will travel
to Yaounde next week": an asserted AGREE on "said", the visit CONSULT, intended), for the acts of
`promised_act_types` (data/events/polarity.yaml); and such an act negated is a refusal told
("told reporters that Asmara would not host observers": an asserted REJECT on "told", the hosting
its own type, not asserted), where a negated hostile act stays a reassurance.

A hostile deed told as not done in the past ("the minister said that no soldier had crossed any
border", "the army said its troops had not fired a shot") is a denial told: an asserted REJECT on
the verb of telling, the deed its own type, negated (issue 9, round r9: reader_own8 tune; the
careful reader lists the denial, as reader_own7's "no Eritrean soldier had set foot").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Token

from realpolitik.events.lexicon import MATERIAL_CONFLICT, PLAIN_THREAT, QUAD_CLASS, TriggerType
from realpolitik.events.polarity import lexicon
from realpolitik.events.speaker_lines import colon_teller, speaker_parties
from realpolitik.model import ActorMention, EventMention
from realpolitik.nlp.conjuncts import first_conjunct

# A cooperative act said as the teller's side's future is a promise told (PLOVER AGREE).
PROMISE = "AGREE"
# A cooperative act the teller's side says it will not do is a refusal told (PLOVER REJECT).
REFUSAL = "REJECT"
# A hostile deed the teller says was not done is a denial (PLOVER REJECT; CAMEO 125 "reject
# accusation, deny responsibility" lies under 12).
DENIAL = TriggerType("REJECT", None, "120", "own")
# An offer told ("said it was open to talks"): PLOVER AGREE, CAMEO 030 (intent to cooperate), on
# the verb of telling; the adjective whose "to" noun is the act offered (`told_openness`).
OFFER = TriggerType("AGREE", None, "030", "own")
OPENNESS_ADJECTIVES = frozenset({"open"})
# Auxiliaries of a past deed ("had crossed", "did not fire", "has not shelled").
PAST_AUX = frozenset({"had", "has", "have", "did"})
# The act ranks just under the threat told, so that the sentence's main event stays the threat
# the framing step made it (PLOVER codes "said it would attack" THREATEN).
ACT_BELOW_THREAT = 0.01


# How an event's ACLED type is read: (type, trigger word, source, target) -> (type, sub-type).
AcledOf = Callable[
    [TriggerType, Token, list[ActorMention], list[ActorMention]], tuple[str | None, str | None]
]


@dataclass
class ToldThreat:
    """An event the framing step typed THREATEN from a hostile act, and where it was told."""

    event: EventMention
    act_type: TriggerType  # the act's own reading, before the framing step
    act: Token  # the act's trigger word
    teller: Token  # the verb of saying whose reported clause holds the act
    speaker_line: bool = False  # told on a speaker line, the colon for its verb (speaker_lines)
    reassurance: bool = False  # the act is negated: it keeps its type, no threat was told
    denial: bool = False  # a past hostile deed told as not done: a REJECT on the teller


@cache
def _telling_verbs() -> frozenset[str]:
    """The verbs that tell a threat or a reply (`threat_telling_verbs`, `reply_verbs`), joined
    once: `telling_verb` is asked for many verbs of every sentence."""
    return lexicon().threat_telling_verbs | lexicon().reply_verbs


def telling_verb(act: Token) -> Token | None:
    """The verb of saying whose reported clause the act's verb heads ("said his men would
    attack", "warned that its troops would shoot", "would strike ..., a general said"), else
    None. Conjoined acts ("would strike the camps and burn the crops") share their first verb's
    teller."""
    words = _telling_verbs()
    tok = _past_readiness(first_conjunct(act))
    if tok.dep_ == "ccomp" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in words:
        return tok.head
    return next(
        (c for c in tok.children if c.dep_ == "parataxis" and c.lemma_.lower() in words), None
    )


def _past_readiness(tok: Token) -> Token:
    """The copula of "was ready / willing / prepared to <act>" when `tok` is the act, so that the
    verb of telling over "added that Addis Ababa was ready to hold talks" is found; else `tok`."""
    head = tok.head
    if (
        tok.dep_ == "xcomp"
        and head.pos_ == "ADJ"
        and head.lower_ in lexicon().readiness_adjectives
        and head.dep_ == "acomp"
    ):
        return head.head
    return tok


def told_threat(
    event: EventMention, read: TriggerType, framed: TriggerType, act: Token, verb: Token
) -> ToldThreat | None:
    """`event` as a threat (or promise) told, when the framing step turned the act `read` into
    the statement of intent `framed` (a hostile act into THREATEN, a cooperative one into AGREE)
    and a verb of telling reports the act's clause; else None."""
    cooperative = QUAD_CLASS[read.plover_type] <= 2
    negated = any(c.dep_ == "neg" for c in verb.children)
    refusal = cooperative and negated and framed.plover_type == REFUSAL
    wanted = REFUSAL if refusal else PROMISE if cooperative else "THREATEN"
    if framed.plover_type != wanted or read.plover_type == wanted:
        return None
    if wanted != "THREATEN" and read.plover_type.lower() not in lexicon().promised_act_types:
        return None
    if event.polarity in {"asserted", "denied"} or (event.polarity == "negated" and not refusal):
        return None  # "will not release": a refusal's act reads negated, not hypothetical
    if event.plover_type != wanted and not (
        wanted == "THREATEN" and QUAD_CLASS[event.plover_type] == MATERIAL_CONFLICT
    ):
        # a later step read the act otherwise: that reading stands; a hostile deed it re-typed
        # ("said the fishermen would block the harbour if ...": the blockade a protest) is still
        # a threat told (reader14, round r12, from reader_own11 and reader_own4 tune)
        return None
    teller = telling_verb(verb)
    speaker_line = teller is None and colon_teller(verb) is not None
    teller = teller or colon_teller(verb)
    if teller is None:
        return None
    # "said his troops would not cross": the framing reads the modal before the "not"
    # (hypothetical), but a negated future hostile act is a reassurance, not a threat; a negated
    # cooperative one ("would not host observers") is a refusal told
    return ToldThreat(
        event, read, act, teller, speaker_line=speaker_line, reassurance=negated and not refusal
    )


def told_openness(
    event: EventMention,
    read: TriggerType,
    act: Token,
    parties: Callable[[Token], list[ActorMention]],
) -> ToldThreat | None:
    """`event` as an offer told: a cooperative act named by a noun that a party is said to be or
    remain "open to" ("said Kinshasa was open to talks", "added that the government remained open
    to dialogue"): the verb of telling carries the offer (AGREE, asserted), the act keeps its own
    type, not asserted, as under an adjective of readiness ("was ready to hold talks"). Round r47,
    reader51 (stop 66 leftover "was open to talks on fishing zones"); else None. The side that is
    open (`parties` of the copula's subject, else of the teller's: "Ethiopia said it was open")
    makes the offer, where the act noun has no subject of its own."""
    prep = act.head
    adjective = prep.head
    if not (
        act.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.lower_ == "to"
        and adjective.pos_ == "ADJ"
        and adjective.lower_ in OPENNESS_ADJECTIVES
        and adjective.dep_ == "acomp"
    ):
        return None
    if QUAD_CLASS[read.plover_type] > 2 or event.polarity in {"asserted", "negated", "denied"}:
        return None
    copula = adjective.head
    if any(c.dep_ == "neg" for c in copula.children):
        return None
    teller = telling_verb(copula)
    if teller is None or any(c.dep_ == "neg" for c in teller.children):
        return None
    offered = replace(event, **OFFER.event_fields())  # type: ignore[arg-type]
    if not offered.source:
        subjects = [c for v in (copula, teller) for c in v.children if c.dep_ == "nsubj"]
        side = next((found for s in subjects if (found := parties(s))), [])
        offered = replace(offered, source=side, target=[m for m in event.target if m not in side])
    return ToldThreat(offered, read, act, teller)


def told_denial(event: EventMention, read: TriggerType, act: Token) -> ToldThreat | None:
    """`event` as a denial told: a hostile deed (`read`, material conflict) negated in the past
    tense in a clause a verb of telling reports; else None. A future one ("would not cross") is a
    reassurance (`told_threat`), and a denial already on the verb ("denied that ...") stands."""
    if event.polarity != "negated" or read.quad_class != MATERIAL_CONFLICT:
        return None
    auxes = {c.lower_ for c in act.children if c.dep_ in {"aux", "auxpass"}}
    # "We did not burn any houses," he said: a base form under "did" is a past deed too (round
    # r19, reader23: reader_own18 tune "We did not burn a single canoe")
    done_with_did = act.tag_ == "VB" and "did" in auxes
    if act.pos_ not in {"VERB", "AUX"} or (act.tag_ not in {"VBD", "VBN"} and not done_with_did):
        return None
    if act.tag_ == "VBN" and not auxes & PAST_AUX:
        return None
    if auxes - PAST_AUX - {"been", "be", "was", "were"}:
        return None  # a modal: "could not have crossed" is no denial told
    teller = telling_verb(act)
    if teller is None or any(c.dep_ == "neg" for c in teller.children):
        return None
    return ToldThreat(event, read, act, teller, denial=True)


def split_told_threats(
    events: list[EventMention],
    told: list[ToldThreat],
    polarity_of: Callable[[Token], str],
    acled_of: AcledOf,
    actors: list[ActorMention] | None = None,
) -> None:
    """Each threat (promise) told becomes the act (its own type, its polarity) and the threat
    (THREATEN, or AGREE, on the verb of telling, as asserted as that verb is), in place in
    `events`. Where the verb of telling is already such an event ("warned that ... would burn"),
    or the act is negated (a reassurance: "said his troops would not cross"), only the act is
    re-typed; where the verb of telling is some other event, the reading is left as it was."""
    for item in told:
        act = item.event
        if act not in events:
            continue
        on_teller = [e for e in events if e.trigger_start == item.teller.idx]
        if item.denial:
            if not on_teller:
                _add_denial(events, item, polarity_of, acled_of)
            continue
        if _reply_gives_way(item, on_teller):
            # "replied that Accra would not release them": the reply's own reading (a
            # disapproval) gives way to the refusal it tells (round r40, reader44)
            events[:] = [e for e in events if e not in on_teller]
            on_teller = []
        if on_teller and any(e.plover_type != act.plover_type for e in on_teller):
            continue
        at = events.index(act)
        # a hostile deed a later step re-typed keeps that reading (`told_threat`)
        retyped = QUAD_CLASS[act.plover_type] == MATERIAL_CONFLICT
        own = item.act_type
        event_type, sub_type = acled_of(own, item.act, act.source, act.target)
        events[at] = replace(
            act,
            **({} if retyped else own.event_fields()),  # type: ignore[arg-type]
            acled_event_type=act.acled_event_type if retyped else event_type,
            acled_sub_event_type=act.acled_sub_event_type if retyped else sub_type,
            confidence=round(act.confidence - ACT_BELOW_THREAT, 4),
        )
        if on_teller or item.reassurance:
            continue
        if retyped:
            act = replace(act, **PLAIN_THREAT.event_fields())  # type: ignore[arg-type]
        threat = _on_teller(act, item.teller, polarity_of)
        if threat.plover_type == REFUSAL and (told_to := addressees(item.teller, actors or [])):
            # "told the Malian president that Algeria would not allow foreign troops ...": the
            # refusal is made to the party told, not to the act's object (round r22, args26)
            threat = replace(threat, target=told_to)
        if item.speaker_line:
            # the speaker before the colon is the side that warns, and a speaker line reports
            # its words plainly (the quoted "will" is the act's, not the telling's)
            events[at] = speaker_parties(events[at], actors or [], item.teller)
            threat = replace(
                speaker_parties(threat, actors or [], item.teller), polarity="asserted"
            )
        events.insert(at + 1, threat)


def _reply_gives_way(item: ToldThreat, on_teller: list[EventMention]) -> bool:
    """A verb of replying (`reply_verbs`) that tells a refusal ("replied that Benin would not
    release them"): the act was framed a refusal, and the reply's own events are only the
    disapproval the bare verb reads (ACCUSE)."""
    return (
        item.event.plover_type == REFUSAL
        and not item.reassurance
        and not item.denial
        and item.teller.lemma_.lower() in lexicon().reply_verbs
        and bool(on_teller)
        and all(e.plover_type == "ACCUSE" for e in on_teller)
    )


def addressees(teller: Token, actors: list[ActorMention]) -> list[ActorMention]:
    """The actors named in the object of a verb of telling ("told the Chilean envoy that ...",
    "assured Hanoi's ambassador that ..."): the party the words were addressed to; else none."""
    spans = [
        (child.left_edge.idx, child.right_edge.idx + len(child.right_edge))
        for child in teller.children
        if child.dep_ in {"dobj", "dative"}
    ]
    return [a for a in actors if any(lo <= a.start and a.end <= hi for lo, hi in spans)]


def _add_denial(
    events: list[EventMention],
    item: ToldThreat,
    polarity_of: Callable[[Token], str],
    acled_of: AcledOf,
) -> None:
    """The denial told, on the verb of telling, by the side the deed was said of, after it."""
    act, teller = item.event, item.teller
    event_type, sub_type = acled_of(DENIAL, teller, act.source, act.target)
    denial = replace(
        act,
        **DENIAL.event_fields(),  # type: ignore[arg-type]
        acled_event_type=event_type,
        acled_sub_event_type=sub_type,
    )
    events.insert(events.index(act) + 1, _on_teller(denial, teller, polarity_of))


def _on_teller(
    event: EventMention, teller: Token, polarity_of: Callable[[Token], str]
) -> EventMention:
    """`event` (its type, parties and date) said by `teller`: on the verb of telling, as
    asserted as the telling is, with no deaths of its own."""
    return replace(
        event,
        trigger=teller.text,
        trigger_start=teller.idx,
        mention_id=f"{event.doc_id}:{teller.idx}",
        polarity=telling_polarity(teller, polarity_of),  # type: ignore[arg-type]
        fatalities=None,
    )


def telling_polarity(teller: Token, polarity_of: Callable[[Token], str]) -> str:
    """How asserted the telling is. A teller that heads its sentence or was hung under the act
    ("would strike ..., a general said": parataxis) is a plain report unless its own words say
    otherwise (its "not", its modal, a question): the parser often hangs the act's "if" clause on
    it, and climbing from a parataxis would inherit the act's "would". A teller inside another
    clause ("denied saying that ...") takes that clause's reading."""
    if teller.dep_ not in {"ROOT", "parataxis"}:
        return polarity_of(teller)
    if any(c.dep_ == "neg" for c in teller.children):
        return "negated"
    modals = lexicon().speculative_modals | lexicon().future_modals
    if any(c.dep_ == "aux" and c.lower_ in modals for c in teller.children):
        return "hypothetical"
    if teller.sent.text.rstrip().endswith("?"):
        return "hypothetical"
    return "asserted"
