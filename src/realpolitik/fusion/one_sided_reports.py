"""Two reports of one act, each naming the side the other leaves out, on one stated day.

"Rebels on Monday freed the seventeen crew members" names who freed, not whose crew; "Seventeen
Ruritanian sailors were released on Monday" names whose sailors, not who freed them. Across
documents the participant rules (`cluster.MentionCluster`) want one side at least matched, and
here no side is named by both, so the two stayed apart (round r13, fuse12: fusion_own7 tune;
the class "parties missing on one mention" of earlier rounds' leftovers).

Two happenings of one type family join when all of these hold:

1. each is told by documents the other's are not, and names parties on one side only
   (`named_side`), the other's side: together they name the act's two sides;
2. each states the same single day for it (a day the text gave, `compat.known_interval`; a
   document's date is no evidence that two acts are one);
3. one PLOVER type is shared by a mention of each, one mention of each is asserted, and every
   mention of one is compatible with the other (place, trigger kind, kind of report);
4. each is the other's only such partner (two releases told from either side that day: neither
   joins), as the one-candidate tests of `recalled_acts` and `back_references` ask.

The candidates are read from the family's block index by the day's key (`day_key`), which
`events._block_keys` gives every mention naming one side with a stated day, so incremental
fusion's region holds them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Literal

from realpolitik.fusion.actor_match import has_participants
from realpolitik.fusion.cluster import MentionCluster
from realpolitik.fusion.compat import known_interval
from realpolitik.model import ActorMention, EventMention

Side = Literal["source", "target"]


def named_side(source: list[ActorMention], target: list[ActorMention]) -> Side | None:
    """The one side that names someone; None when both or neither do."""
    on_source, on_target = has_participants(source), has_participants(target)
    if on_source == on_target:
        return None
    return "source" if on_source else "target"


def stated_day(m: EventMention) -> date | None:
    """The single day the text gave the mention, or None."""
    interval = known_interval(m.date)
    if interval is None or interval[0] != interval[1]:
        return None
    return interval[0]


def day_key(m: EventMention) -> str | None:
    """The block key of a mention that names one side only on a stated day."""
    day = stated_day(m)
    if day is None or named_side(m.source, m.target) is None:
        return None
    return f"o:{day.isoformat()}"


def _cluster_day(c: MentionCluster) -> date | None:
    if c.interval is None or c.interval[0] != c.interval[1]:
        return None
    return c.interval[0]


def _may_pair(c: MentionCluster, other: MentionCluster) -> bool:
    if other is c or set(c.doc_ids) & set(other.doc_ids):
        return False
    day = _cluster_day(c)
    if day is None or _cluster_day(other) != day:
        return False
    side, other_side = named_side(c.source, c.target), named_side(other.source, other.target)
    if side is None or other_side is None or side == other_side:
        return False
    if not {m.plover_type for m in c.mentions} & {m.plover_type for m in other.mentions}:
        return False
    if not any(m.polarity == "asserted" for m in c.mentions):
        return False
    if not any(m.polarity == "asserted" for m in other.mentions):
        return False
    return all(other.compatible(m) for m in c.mentions) and all(
        c.compatible(m) for m in other.mentions
    )


def one_sided_partner(
    c: MentionCluster, candidates: Callable[[MentionCluster], Iterable[MentionCluster]]
) -> MentionCluster | None:
    """The one happening of another document that names the side `c` leaves out on `c`'s
    stated day, when `c` is its only such partner too; else None. `candidates(x)`: the
    family's clusters sharing the day's block key with `x`."""
    if _cluster_day(c) is None or named_side(c.source, c.target) is None:
        return None
    fitting = [o for o in candidates(c) if _may_pair(c, o)]
    if len(fitting) != 1:
        return None
    (partner,) = fitting
    back = [o for o in candidates(partner) if _may_pair(partner, o)]
    return partner if back == [c] else None
