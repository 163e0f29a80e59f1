"""A state name two states share ("Congo"): the state the rest of the document names.

Needs the actor candidates of a parsed document and the seats it reads as places; changes the
state (and keeps the sector) of each candidate that names a shared state by its bare name
("Congo", "Congo's army") where the document's other parties and seats name one of the states
more often than the other. The states and their qualifying words are listed in
`data/actors/namesake_states.yaml` (stop 44 lead).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache

import yaml
from spacy.tokens import Doc

from realpolitik.actors.candidates import Candidate
from realpolitik.actors.kb import DATA_DIR, KnowledgeBase


@dataclass(frozen=True)
class Namesake:
    name: str
    states: frozenset[str]
    qualifiers: frozenset[str]


@cache
def namesakes() -> tuple[Namesake, ...]:
    text = (DATA_DIR / "namesake_states.yaml").read_text(encoding="utf-8")
    rows = yaml.safe_load(text)["namesakes"]
    return tuple(
        Namesake(r["name"], frozenset(r["states"]), frozenset(r["qualifiers"])) for r in rows
    )


def _state_of(actor_id: str) -> str | None:
    """The state part of a state or state sector id ("COD", "COD.MIL"); None for others."""
    if ":" in actor_id:
        return None
    return actor_id.split(".")[0]


def _bare_namesake(sdoc: Doc, cand: Candidate) -> Namesake | None:
    """The shared name the candidate names its state by, with no word that says which of the
    states is meant ("Congo's army", not "DR Congo" or "the Republic of Congo")."""
    if cand.actor_id is None:
        return None
    state = _state_of(cand.actor_id)
    words = {t.lower_ for t in sdoc[cand.start : cand.end]}
    for namesake in namesakes():
        if state in namesake.states and namesake.name in words:
            return None if words & namesake.qualifiers else namesake
    return None


def _country_of(kb: KnowledgeBase, cand: Candidate) -> str | None:
    if cand.country:
        return cand.country
    if cand.actor_id is None:
        return None
    state = _state_of(cand.actor_id)
    if state is not None:
        return state
    actor = kb.get(cand.actor_id)
    return actor.country if actor is not None else None


def settle_namesakes(
    kb: KnowledgeBase, sdoc: Doc, cands: list[Candidate], seats: list[tuple[int, str]]
) -> None:
    """Give each bare shared state name the state the document's other parties and seats name
    more often (in place); a tie, or no other party of either state, keeps the KB's reading."""
    bare = {id(c): n for c in cands if (n := _bare_namesake(sdoc, c)) is not None}
    if not bare:
        return
    named = Counter(_country_of(kb, c) for c in cands if id(c) not in bare)
    named.update(country for _, country in seats)
    for cand in cands:
        namesake = bare.get(id(cand))
        if namesake is None or cand.actor_id is None:
            continue
        state = _state_of(cand.actor_id)
        if state is None:
            continue
        best = max(sorted(namesake.states), key=lambda s: named[s])
        if best != state and named[best] > named[state]:
            cand.actor_id = best + cand.actor_id[len(state) :]
