"""A definite event noun that names one side of another report's happening joins it.

"China's foreign ministry on Monday condemned the kidnapping of three Chinese citizens" names
the kidnapping's victims but not its kidnappers, and no date of its own (the Monday is the
condemnation's); "endorsed the foreign minister's accusation" names the accuser only. Across
documents the participant rules (`cluster.MentionCluster`) want both sides matched, or a shared
stated date or precise place, so such a recalled act stayed a happening of its own beside the
report that told it (round r11, fuse8: fusion_own5 tune). `back_references` joins a recalled
act only when it names no party at all.

A mention alone in its cluster joins the happening of another document when all of these hold:

1. it recalls an act: a definite noun ("the kidnapping", "the minister's accusation",
   `text_cues.is_definite_anaphor`), asserted, dated only by its document;
2. the happening names the same act: a trigger of it shares the mention's root ("accusation" /
   "accused", `back_references.same_root`) or its specific kind ("kidnapping" / "abducted",
   `text_cues.trigger_kind`);
3. the parties it names are the happening's: none conflicts and one side at least matches
   (`MentionCluster.anchors`), and date, place and kind are compatible;
4. the happening was reported up to `back_references.LOOK_BACK_DAYS` before the document;
5. exactly one happening of the family passes 2-4 (two kidnappings of Chinese workers that
   week: it joins neither), and it is told by another document.

The candidates are the family's clusters sharing a block key with the mention within the
window, as for any join, so incremental fusion's region holds them all.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from realpolitik.fusion.back_references import LOOK_BACK_DAYS, act_root, same_root
from realpolitik.fusion.cluster import MentionCluster
from realpolitik.fusion.text_cues import is_definite_anaphor, trigger_kind
from realpolitik.model import EventMention


def recalls_an_act(m: EventMention) -> bool:
    """`m` names an act told elsewhere (rule 1): a definite noun dated only by its document."""
    return (
        m.polarity == "asserted"
        and m.date.from_document
        and m.date.start is not None
        and is_definite_anaphor(m)
    )


def recalled_happening(
    m: EventMention, own: MentionCluster, candidates: Iterable[MentionCluster]
) -> tuple[MentionCluster, bool] | None:
    """The one happening of another document `m` recalls and the orientation it joins in, or
    None. `own`: the cluster `m` is alone in; `candidates`: the family's clusters sharing a block
    key with `m` within the window."""
    try:
        published = date.fromisoformat(m.date.start or "")
    except ValueError:
        return None
    fitting = []
    for c in candidates:
        if c is own or m.doc_id in c.doc_ids or not c.has_actors or c.span is None:
            continue
        if not published - timedelta(days=LOOK_BACK_DAYS) <= c.span[0] <= published:
            continue
        if not any(x.polarity == "asserted" for x in c.mentions) or not _same_act(m, c):
            continue
        swapped = c.orientation_for(m)
        if swapped is None or not c.compatible(m):
            continue
        anchors = c.anchors(m, swapped)
        if anchors is not None and anchors.matched >= 1:
            fitting.append((c, swapped))
    return fitting[0] if len(fitting) == 1 else None


def _same_act(m: EventMention, cluster: MentionCluster) -> bool:
    root, kind = act_root(m.trigger), trigger_kind(m)
    return any(
        same_root(root, act_root(x.trigger)) or (kind is not None and kind == trigger_kind(x))
        for x in cluster.mentions
    )
