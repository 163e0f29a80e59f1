"""'The two countries', 'both sides': a pair named earlier, resolved to its two countries.

Only the safe case is read: the phrase is inside the trigger's own arguments, and the last two
distinct countries among the actors named before it are the pair. The target is the member of the
pair that is not the source's country ("the Taliban closed the crossing between the two
countries" after "clashes between the Taliban and Pakistani border guards": Pakistan).
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from realpolitik.model import ActorMention

PAIR_NOUNS = {"country", "nation", "side", "neighbour", "neighbor", "state", "government"}
# "the two capitals" stands for the two states only as a link's ends ("suspended flights between
# the two capitals"; round r36, args40, the brief's leftover from stop 55): "spoke by phone with
# both capitals" is a third party's call to both (reader_own8 tune lost its one such call).
LINK_PAIR_NOUNS = {"capital"}
PAIR_WORDS = {"two", "both"}
# Clauses below the trigger report their own events: their pairs are not this one's parties.
OWN_CLAUSE_BOUNDARIES = {"relcl", "ccomp", "advcl", "conj", "acl", "parataxis"}


def _mentions_pair(trigger: Token) -> bool:
    stack = [c for c in trigger.children if c.dep_ not in OWN_CLAUSE_BOUNDARIES | {"nsubj"}]
    while stack:
        tok = stack.pop()
        linked = tok.lemma_.lower() in LINK_PAIR_NOUNS and tok.head.lower_ == "between"
        if (
            (tok.lemma_.lower() in PAIR_NOUNS or linked)
            and tok.tag_ in {"NNS", "NNPS"}
            and any(c.lower_ in PAIR_WORDS for c in tok.children)
        ):
            return True
        stack.extend(c for c in tok.children if c.dep_ not in OWN_CLAUSE_BOUNDARIES)
    return False


def pair_target(
    trigger: Token, actors: list[ActorMention], source: list[ActorMention]
) -> list[ActorMention]:
    """The pair member that is not the source, when the trigger's arguments say 'the two X'."""
    if not source or not _mentions_pair(trigger):
        return []
    before = [m for m in actors if m.end <= trigger.idx and m.country]
    latest: dict[str, ActorMention] = {}
    for m in reversed(before):
        if m.country not in latest:
            latest[m.country] = m  # type: ignore[index]
        if len(latest) == 2:
            break
    source_countries = {m.country for m in source}
    if len(latest) < 2:
        return _pair_member_named_after(trigger, actors, source_countries)
    others = [m for country, m in latest.items() if country not in source_countries]
    return others if len(others) == 1 else []


def _pair_member_named_after(
    trigger: Token, actors: list[ActorMention], source_countries: set[str | None]
) -> list[ActorMention]:
    """ "Kenya halted flights between the two countries on Monday after Somalia expelled its
    ambassador": the pair's other member is named later in the sentence; only when one country
    other than the source's is named there (round r36, args40: "flights between the two capitals"
    had no target, the brief's leftover from stop 55)."""
    sent = trigger.sent
    after = [
        m
        for m in actors
        if trigger.idx <= m.start and m.end <= sent.end_char
        and m.country and m.country not in source_countries
    ]  # fmt: skip
    return after[:1] if len({m.country for m in after}) == 1 else []


def _is_pair_phrase(tok: Token) -> bool:
    """'the two countries', 'both sides': a plural pair noun with "two" or "both"."""
    return (
        tok.lemma_.lower() in PAIR_NOUNS
        and tok.tag_ in {"NNS", "NNPS"}
        and any(c.lower_ in PAIR_WORDS for c in tok.children)
    )


def pair_subject(trigger: Token, actors: list[ActorMention]) -> list[ActorMention]:
    """The pair a subject "the two countries" stands for ("The two countries fought two wars over
    the region"): the two countries named most often before the trigger (the story's two sides,
    where the last two named may be a third party's capital: "Washington might withhold aid from
    Baku. The two countries fought ..."), the one named latest first on a tie; the one country
    when only one is named before. Empty when the subject is not such a phrase. Round r26,
    reader30, from a reader_own25 tune miss and round r25's leftover."""
    if not any(c.dep_ in {"nsubj", "nsubjpass"} and _is_pair_phrase(c) for c in trigger.children):
        return []
    before = [m for m in actors if m.end <= trigger.idx and m.country]
    counts = Counter(m.country for m in before)
    latest: dict[str, ActorMention] = {}
    for m in before:
        latest[m.country] = m  # type: ignore[index]
    ranked = sorted(latest, key=lambda c: (counts[c], latest[c].end), reverse=True)
    return [latest[c] for c in ranked[:2]]


# "its neighbour", "its northern neighbour": a singular neighbour the source's "its" owns.
NEIGHBOUR_NOUNS = frozenset({"neighbour", "neighbor"})


def _neighbour_object(trigger: Token) -> bool:
    """The trigger's object, or the object of one of its prepositions, is "its (...) neighbour"."""
    objects = [c for c in trigger.children if c.dep_ in {"dobj", "dative"}]
    objects += [
        o for p in trigger.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
    ]
    return any(
        o.lower_ in NEIGHBOUR_NOUNS
        and any(c.dep_ == "poss" and c.lower_ == "its" for c in o.children)
        for o in objects
    )


def neighbour_target(
    trigger: Token, actors: list[ActorMention], source: list[ActorMention]
) -> list[ActorMention]:
    """ "Zimbabwe ... On Monday it accused its northern neighbour of cutting supplies": the one
    country other than the source's named before the trigger, when only one is (round r48,
    args52: the stop 66 and 67 leftover, "neighbour" was not resolved)."""
    if not source or not _neighbour_object(trigger):
        return []
    own = {m.country for m in source}
    before = [m for m in actors if m.end <= trigger.idx and m.country and m.country not in own]
    if len({m.country for m in before}) != 1:
        return []
    states = [m for m in before if m.actor_id == m.country]  # the state by name, if named
    return (states or before)[-1:]
