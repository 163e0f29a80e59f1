"""A state that no longer exists compared as the state that holds its capital today.

The actors stage may read a capital as the state it was the capital of in its knowledge base
("Belgrade" as Serbia and Montenegro, SCG), while another report of the same act says "Serbia":
fusion compares both as Serbia (`data/fusion/successor_states.tsv`). Only comparisons use this;
the fused event keeps each actor as the actors stage read it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from realpolitik.model import ActorMention

SUCCESSORS_PATH = Path(__file__).resolve().parents[1] / "data" / "fusion" / "successor_states.tsv"


@cache
def _successors() -> dict[str, str]:
    out = {}
    for line in SUCCESSORS_PATH.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            old, new = line.split("\t")
            out[old.strip()] = new.strip()
    return out


def current_state(country: str | None) -> str | None:
    """`country`, or the state holding its capital today when it no longer exists."""
    return _successors().get(country, country) if country else country


def current_id(a: ActorMention) -> str:
    """The actor's id with a former state's code replaced ("SCG.GOV" -> "SRB.GOV")."""
    if a.country and a.country in _successors():
        if a.actor_id == a.country or a.actor_id.startswith(a.country + "."):
            return current_state(a.country) + a.actor_id[len(a.country) :]  # type: ignore[operator]
    return a.actor_id
