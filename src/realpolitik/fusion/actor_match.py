"""When two actor lists can name the same participants, at different granularity.

The knowledge base names actors at three levels: a state (`TJK`), a state's sector (`TJK.GOV`,
`PAK.INT`) and a specific organisation or person (`org:...`, `person:...`). One report says
"Tajikistan", another "the Tajik president", a third "Emomali Rahmon": all three can be the same
participant. Two *different* specific actors (two persons, two organisations) never are, and an
actor found in no knowledge base and with no country (`new:...`) is evidence of nothing: it is
left out of the comparison (but kept in the fused event).
"""

from __future__ import annotations

from collections.abc import Sequence

from realpolitik.fusion.person_names import (
    is_proper_name,
    name_words,
    same_name,
    same_title,
    same_written_name,
)
from realpolitik.model import ActorMention

# A government sector stands for the state's leadership: it may act through its officials of any
# sector (the army chief, the spy chief). Other sectors only cover their own.
BROAD_SECTORS = frozenset({"GOV"})
# The state's forces, which carry out what its government decides: "Togolese police deported
# the traders" and "Togo's government returned them" name one participant (round r10, fuse6,
# fusion_own4 tune). Not the parliament, the courts or any non-state sector: "the parliament
# condemned" and "the government condemned" are two acts.
GOVERNMENT_FORCES = frozenset({"COP", "MIL", "INT"})


def is_state(a: ActorMention) -> bool:
    return a.country is not None and a.actor_id == a.country


def is_sector(a: ActorMention) -> bool:
    return a.country is not None and a.actor_id.startswith(a.country + ".")


def is_specific(a: ActorMention) -> bool:
    return not a.is_state_or_sector


def is_uninformative(a: ActorMention) -> bool:
    """An unresolved name with no country: no evidence for or against a match."""
    return a.actor_id.startswith("new:") and a.country is None


def informative(actors: Sequence[ActorMention]) -> list[ActorMention]:
    return [a for a in actors if not is_uninformative(a)]


def has_participants(actors: Sequence[ActorMention]) -> bool:
    """Someone is named: an informative actor, or an unknown proper name with no country (it
    matches only its own name, or a title before it, in another report: `person_names`)."""
    return any(not is_uninformative(a) or is_proper_name(a) for a in actors)


def _names_match(
    left: Sequence[ActorMention],
    right: Sequence[ActorMention],
    bare_nouns: bool = False,
    groups_alike: bool = False,
) -> int:
    """2 when an unknown proper name of one side is a spelling or the family name of one on the
    other, 1 when a generic title of one side stands before a name on the other, where one of
    the two has no country (two with countries are compared by `match_strength`), or, with
    `bare_nouns`, when one group noun is told with a country and without (`same_group_noun`),
    or, with `groups_alike`, when one is "a crowd" and the other a kind of people, neither of a
    state (`_crowd_and_members`); else 0."""
    best = 0
    for a in left:
        for b in right:
            if not (is_uninformative(a) or is_uninformative(b)):
                continue
            if same_name(a, b) or same_written_name(a, b) or same_written_name(b, a):
                return 2
            if same_title(a, b) or same_title(b, a) or (bare_nouns and same_group_noun(a, b)):
                best = 1
            elif groups_alike and a.country is None and b.country is None:
                # "A crowd of young men set fire to ..." / "Young men set fire to ...", two
                # reports of one stated day and town, neither noun given a country (round r49,
                # fuse48: fusion_own43 tune, one arson stayed two events): as round r47's crowd
                # of a state (`match_strength`), a crowd may be any kind of people
                best = max(best, int(_crowd_and_members(a, b)))
    return best


def same_group_noun(a: ActorMention, b: ActorMention) -> bool:
    """One group noun, told with a country by one report and with none by the other ("a crowd"
    `new:crowd` / `new:crowd@pak`): the country is the place's, which one report's sentence gave
    and the other's did not (round r46, fuse45: fusion_own40 tune, shots fired at one crowd stayed
    apart). A bare noun is no evidence against, so it counts as a title does (1). Asked across
    reports that state one day only (`side_match`'s `bare_nouns`, `cluster.MentionCluster.
    _same_stated_day`): within one report "the seizure of a tanker" and "the suspension of the
    tanker's permit" are two acts (round r23's test), and without the day a first version joined
    a look-back of one year's arrests with a report holding another (fusion_own23 tune
    precision fell)."""
    if (a.country is None) == (b.country is None):
        return False
    key = group_noun_key(a)
    return key is not None and key == group_noun_key(b)


def group_noun_key(a: ActorMention) -> str | None:
    """A group noun's id without the country `actors.generic.settle_ids` adds ("new:crowd" for
    "new:crowd@pak"); None for any other actor."""
    return a.actor_id.split("@", 1)[0] if is_group_noun(a) else None


def match_strength(a: ActorMention, b: ActorMention, groups_alike: bool = False) -> int:
    """2: the same actor; 1: one is a more general actor of the other's state; 0: no match.

    `groups_alike`: two group nouns of one state and sector ("workers", "labour unions") are
    one participant (1); said only of two readings in one sentence (`cluster.anchors`)."""
    if a.actor_id == b.actor_id or same_name(a, b):
        return 2  # one actor, or one unknown name spelt two ways (`person_names`)
    if a.country is None or a.country != b.country:
        return 0
    if groups_alike and is_group_noun(a) and is_group_noun(b) and a.sector == b.sector:
        return 1
    if _crowd_and_members(a, b):
        return 1  # "a crowd" of a state is any group of it ("protesters", "opposition supporters")
    if is_state(a) or is_state(b):
        return 1
    if is_sector(a) and is_sector(b):
        # TJK.MIL and TJK.COP are different participants; TJK.GOV acts through either
        return 1 if _government_and_its_force(a.sector, b.sector) else 0
    if is_sector(a) or is_sector(b):
        sector_actor, other = (a, b) if is_sector(a) else (b, a)
        if sector_actor.sector in BROAD_SECTORS or other.sector in (None, sector_actor.sector):
            return 1
        return 0
    # Two specific actors of one state: a person and the organisation they lead (Malik, the
    # ISI) may be one participant; two persons or two organisations are not.
    if a.sector and a.sector == b.sector and _kind(a) != _kind(b):
        return 1
    return 0


# Group nouns that say how many met, not who they are ("fired on a crowd of opposition
# activists" / "opened fire on opposition supporters"): one report names the crowd, the other
# its members (round r47, fuse46: fusion_own41 tune, one shooting stayed apart, the crowd's CVL
# sector against the supporters' OPP). Actor ids without the country.
CROWD_NOUN_IDS = frozenset({"new:crowd", "new:mob", "new:throng", "new:gathering"})


def _is_crowd(a: ActorMention) -> bool:
    return group_noun_key(a) in CROWD_NOUN_IDS


def _crowd_and_members(a: ActorMention, b: ActorMention) -> bool:
    """One of two group nouns is "a crowd", the other a kind of people."""
    return is_group_noun(a) and is_group_noun(b) and _is_crowd(a) != _is_crowd(b)


def _government_and_its_force(a: str | None, b: str | None) -> bool:
    return {a, b} & BROAD_SECTORS != set() and {a, b} & GOVERNMENT_FORCES != set()


def is_group_noun(a: ActorMention) -> bool:
    """A common noun for a group ("workers", "farmers"), not a name: the actors stage resolved it
    as generic (`actors/generic.py`)."""
    return a.how.startswith("generic") and a.actor_id.startswith("new:")


def _kind(a: ActorMention) -> str:
    return a.actor_id.split(":", 1)[0] if ":" in a.actor_id else ""


def side_match(
    left: Sequence[ActorMention],
    right: Sequence[ActorMention],
    groups_alike: bool = False,
    bare_nouns: bool = False,
) -> int | None:
    """Compatibility of two lists for one role: None if they conflict, else the anchor strength.

    Empty on either side is compatible (strength 0). Otherwise one list must be covered by the
    other: every actor of it matches some actor of the other. When both name specific actors, one
    pair of those must match: Bilawal is not Anjum, even though both are "Pakistan's government".
    An unknown name or title with no country is evidence only for: it anchors the side when the
    other side names it too, however spelt (`_names_match`: 2 for a name, 1 for a title), and
    conflicts only with another unknown person named in full (`_other_persons_in_full`).
    `groups_alike`: as for `match_strength`; `bare_nouns`: as for `_names_match` (two reports,
    not one).
    """
    if _other_persons_in_full(left, right):
        return None
    named = _names_match(left, right, bare_nouns, groups_alike)
    left, right = informative(left), informative(right)
    if not left or not right:
        return named
    strength = _informative_match(left, right, groups_alike)
    return None if strength is None else max(strength, named)


def _other_persons_in_full(left: Sequence[ActorMention], right: Sequence[ActorMention]) -> bool:
    """Both lists name someone the knowledge base does not know by two words or more ("Prime
    Minister James Kaupa", "Police Minister Peter Numa") and no such name of one is a spelling
    of one of the other: two different persons in one role, the visitor's second meeting of the
    afternoon, not a second report of the first (round r9, fusion_own3 tune). A family name
    alone ("Kaupa") or a title says too little to rule a person out."""
    left_full = [a for a in left if is_proper_name(a) and len(name_words(a.name)) >= 2]
    right_full = [b for b in right if is_proper_name(b) and len(name_words(b.name)) >= 2]
    return (
        bool(left_full)
        and bool(right_full)
        and not any(same_name(a, b) for a in left_full for b in right_full)
    )


def _informative_match(
    left: list[ActorMention], right: list[ActorMention], groups_alike: bool = False
) -> int | None:
    left_specific = [a for a in left if is_specific(a)]
    right_specific = [b for b in right if is_specific(b)]
    if (
        left_specific
        and right_specific
        and not any(
            match_strength(a, b, groups_alike) for a in left_specific for b in right_specific
        )
    ):
        return None
    best = [max(match_strength(a, b, groups_alike) for b in right) for a in left]
    best_back = [max(match_strength(b, a, groups_alike) for a in left) for b in right]
    if min(best) == 0 and min(best_back) == 0:
        return None
    return max(max(best), max(best_back))


def same_actor_ids(actors: Sequence[ActorMention]) -> set[str]:
    return {a.actor_id for a in actors}


def add_actors(side: list[ActorMention], new: Sequence[ActorMention], other_side: set[str]) -> None:
    """Add `new` to `side`, once per actor_id, skipping actors the other side already holds."""
    held = {a.actor_id for a in side}
    for a in new:
        if a.actor_id not in held and a.actor_id not in other_side:
            side.append(a)
            held.add(a.actor_id)


def most_specific(actors: Sequence[ActorMention]) -> list[ActorMention]:
    """Drop a state or sector actor when a more specific actor of it is on the same side."""
    out = []
    for a in actors:
        covered = any(
            b is not a and not _more_general_or_equal(b, a) and match_strength(a, b) == 1
            for b in actors
        )
        if is_specific(a) or not covered:
            out.append(a)
    return out


def _more_general_or_equal(b: ActorMention, a: ActorMention) -> bool:
    return _level(b) <= _level(a)


def _level(a: ActorMention) -> int:
    """0 state, 1 sector, 2 specific."""
    return 0 if is_state(a) else 1 if is_sector(a) else 2
