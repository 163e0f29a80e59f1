"""A main act that answers another one named in a fronted phrase of feeling, and forces sent.

"Alarmed by Eritrea's troop movements near Bure, Djibouti sent a battalion to the area": the act
names no party of its own, and the one it answers is told in the fronted participle's "by" phrase
(its possessor or the party named in it). Round r21 (args25, own47 tune). The same sentence shows
a second slip: the forces a state sends ("sent an infantry battalion", "deployed two frigates")
were taken as the target when they name no state; they are the sender's own, never whom the
move is aimed at.
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.events.arguments import MentionIndex, actors_of, argument_words
from realpolitik.events.coordination import main_clause_before_subordinate
from realpolitik.model import ActorMention


def reaction_causers(
    verb: Token, index: MentionIndex, source: list[ActorMention]
) -> list[ActorMention]:
    """The party a fronted "Alarmed by / Concerned about X's ..." names, for the verb it hangs on:
    the possessor of the phrase's noun first ("Eritrea's troop movements"), else any party in
    the phrase ("by the drills of the Iranian navy")."""
    words = argument_words()
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i > verb.i:
            continue
        if clause.lower_ not in words.reaction_participles and (
            clause.lemma_.lower() not in words.reaction_participles
        ):
            continue
        for prep in clause.children:
            if prep.dep_ not in {"agent", "prep"} or prep.lower_ not in words.reaction_preps:
                continue
            for obj in (c for c in prep.children if c.dep_ in {"pobj", "pcomp"}):
                owners = [m for p in obj.children if p.dep_ == "poss" for m in actors_of(p, index)]
                found = owners or [m for t in obj.subtree if (m := index.at(t)) is not None]
                parties: list[ActorMention] = []
                for m in found:
                    if m not in source and m not in parties:
                        parties.append(m)
                if parties:
                    return parties
    return []


def only_sent_forces(
    verb: Token, target: list[ActorMention], verbs: frozenset[str] | None = None
) -> bool:
    """The target is nothing but the stateless forces or craft a sending verb moves ("sent an
    infantry battalion to the area", "deployed two frigates"): the sender's own, no target. A
    country only guessed from the sentence's context does not make them a state's. `verbs`: the
    moving verbs read (default `sending_verbs`; `withdrawing_verbs` for forces pulled back)."""
    if not target or verb.lemma_.lower() not in (verbs or argument_words().sending_verbs):
        return False
    spans = [
        (o.left_edge.idx, o.right_edge.idx + len(o.right_edge))
        for o in verb.children if o.dep_ in {"dobj", "obj"}
    ]  # fmt: skip
    # a country guessed from the sentence's other names ("infantry battalions" near "ADF rebels"
    # took Congo's) makes no state's forces either (round r30, plover48)
    return all(
        (m.country is None or m.country_from_context)
        and any(lo <= m.start and m.end <= hi for lo, hi in spans)
        for m in target
    )


# Prepositions whose noun names an act the sending answers ("sent two battalions to the valley
# after a raid by rebels", "following an incursion by Tajik border guards").
ANSWERING_PREPS = frozenset({"after", "following"})


def answered_act_doers(
    verb: Token, index: MentionIndex, source: list[ActorMention]
) -> list[ActorMention]:
    """Forces sent "after a raid by rebels" or "following X's incursion" answer the act the
    phrase names: its doer, by its "by" phrase or its possessor, is whom the move is aimed at
    (round r30, plover48: the brief's leftover, where the battalions sent were the target). Only
    for a sending verb whose target is nothing but the forces it moves (`only_sent_forces`)."""
    if verb.lemma_.lower() not in argument_words().sending_verbs:
        return []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ANSWERING_PREPS:
            continue
        for act in (c for c in prep.children if c.dep_ == "pobj"):
            doers = [c for c in act.children if c.dep_ == "poss"]
            doers += [
                o for b in act.children if b.dep_ in {"prep", "agent"} and b.lower_ == "by"
                for o in b.children if o.dep_ == "pobj"
            ]  # fmt: skip
            parties = [m for d in doers for m in actors_of(d, index) if m not in source]
            if parties:
                return parties
    return []


# Marks of a clause that tells what came before the act ("a day after X had warned ...").
EARLIER_CLAUSE_MARKS = frozenset({"after", "following", "since"})


def pressing_clause_doers(
    verb: Token, index: MentionIndex, source: list[ActorMention]
) -> list[ActorMention]:
    """ "Eritrean units pulled back from positions near the village of X, a day after Djiboutian
    officials had warned they would go to the UN": a retreat or concession with no party of its
    own yields to whoever pressed for it in the earlier clause, that clause's subject, when its
    verb presses (`pressure_verbs`: warn, threaten, demand ...), as "after demands from X" does
    (`pressure_nouns`). The clause is an "after" clause on the verb, or one the parser made govern
    it (`coordination.main_clause_before_subordinate`). Round r42, plover60 (own88 tune and the
    stop 61 leftover: the retreat had no target)."""
    pressing = argument_words().pressure_verbs
    clauses = [
        c for c in verb.children
        if c.dep_ == "advcl" and c.i > verb.i
        and any(m.dep_ == "mark" and m.lower_ in EARLIER_CLAUSE_MARKS for m in c.children)
    ]  # fmt: skip
    if verb.dep_ == "ccomp":
        main = main_clause_before_subordinate(verb.head)
        if main is not None and main.i == verb.i:  # spaCy makes a new Token on each access
            clauses.append(verb.head)
    return [
        m for c in clauses if c.lemma_.lower() in pressing
        for s in c.children if s.dep_ == "nsubj"
        for m in actors_of(s, index) if m not in source
    ]  # fmt: skip
