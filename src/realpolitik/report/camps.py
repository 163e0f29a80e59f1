"""Camps on evidence, as words: who a camp's own ties place in it, who only balance inference
puts there (with the chain that did), how many documents stand behind each, and the actors the
texts named that the knowledge base did not know.

Shared by the Markdown and HTML briefs, so both say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from realpolitik.analysis.fronts import Front
from realpolitik.report.sections import Brief

# A side none of whose members cooperates with another: each only opposes the other side.
NO_DIRECT_MEMBER = "actors that each oppose the other side, with no tie among them"


@dataclass
class Side:
    """One camp of the largest group, for the bottom line."""

    camp: int
    confidence: float
    direct: list[str]  # names, placed by their own ties
    inferred: list[tuple[str, str]]  # (name, the chain that placed it)


def _tie(weight: float) -> str:
    return "cooperates with" if weight > 0 else "in conflict with"


def chain_text(front: Front, member: str, names: dict[str, str]) -> str:
    """ "in conflict with Afghanistan (Taliban) (-4.1), which is in conflict with Pakistan
    (-3.3)": the ties, with their weights, that put an inferred member in its camp."""
    steps = front.chains.get(member, [])
    if not steps:
        return "no tie of its own to the camp"
    parts = []
    for i, (_, b, w) in enumerate(steps):
        verb = (
            _tie(w)
            if i == 0
            else "which " + ("cooperates with" if w > 0 else "is in conflict with")
        )
        parts.append(f"{verb} {names.get(b, b)} ({w:+.1f})")
    return ", ".join(parts)


def member_label(front: Front, member: str, names: dict[str, str]) -> str:
    """ "Pakistan (stability 0.76, 3 documents)"."""
    n = front.documents.get(member, 0)
    return (
        f"{names.get(member, member)} (stability {front.member_stability[member]:.2f}, "
        f"{n} document{'s' if n != 1 else ''})"
    )


def sides(brief: Brief) -> list[Side]:
    """The camps of the largest group of linked actors, largest direct membership first."""
    fronts = [f for f in brief.fronts.camps if f.component == 0]
    if len(fronts) < 2:
        return []
    names = brief.names
    out = [
        Side(
            camp=f.camp,
            confidence=f.confidence,
            direct=[names.get(m, m) for m in f.direct],
            inferred=[(names.get(m, m), chain_text(f, m, names)) for m in f.indirect],
        )
        for f in brief.fronts.camps
        if f.component == 0
    ]
    return sorted(out, key=lambda s: (-len(s.direct), -len(s.inferred), s.camp))


def new_actors(brief: Brief) -> list[dict[str, Any]]:
    """Actors the texts named that the knowledge base does not know (ids `new:`), those in
    events first."""
    found = [a for a in brief.found_actors if str(a.get("actor_id", "")).startswith("new:")]
    return sorted(found, key=lambda a: (-(a.get("n_events") or 0), str(a.get("name"))))
