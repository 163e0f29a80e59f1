"""Hyphenated pairs of demonyms that name one person of two nationalities ("a British-Iranian
dual national", "an Iranian-American journalist"): one civilian (or role holder) of one state,
not the two states acting (issue 9, round r9: "British" was read as the state Britain and
"Iranian" as Iran's own civilians)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from realpolitik.actors.candidates import Candidate
from realpolitik.actors.kb import DATA_DIR

_HYPHENS = {"-", "–"}
# How a joined pair was found: its state says whose citizen the person is, not where the
# sentence is set, so it gives no country to the sentence's unknown actors.
DUAL_NATIONAL = "dual-nationality"


@lru_cache(maxsize=1)
def nationality_nouns() -> frozenset[str]:
    """Nouns naming a person by citizenship (`data/actors/nationality_nouns.txt`)."""
    lines = (DATA_DIR / "nationality_nouns.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


def _state_of(c: Candidate) -> str | None:
    """The state a state candidate names ("IRN" for "Iranian" and for "Iranian journalist")."""
    if c.kind != "state" or not c.actor_id:
        return None
    return c.actor_id.split(".", 1)[0]


def _person_noun_end(sdoc: Doc, end: int) -> int | None:
    """End token of "dual national" / "citizens" right after the pair, if a nationality noun."""
    j = end
    if j < len(sdoc) and sdoc[j].lower_ == "dual":
        j += 1
    if j < len(sdoc) and sdoc[j].lower_ in nationality_nouns():
        return j + 1
    return None


def join_dual_nationals(
    sdoc: Doc, cands: list[Candidate], places: list[tuple[int, str]]
) -> list[Candidate]:
    """`cands` (sorted by start) with each hyphenated pair of state demonyms that names a person
    joined into one candidate of one state.

    The pair names a person only when its second demonym took a role noun ("American
    journalist": widened with a sector) or a nationality noun follows ("dual national"):
    "Russian-Ukrainian war" and "Indian-Pakistani talks" stay two states. The state kept is the
    one that no other actor or place of the sentence belongs to (Iran's police arresting a
    "British-Iranian": the Briton is the party Iran acts on; `places`: (offset, state) of the
    capitals read as places); failing that, the second, as
    English names a citizen ("Iranian-American" is an American)."""
    out: list[Candidate] = []
    skip: set[int] = set()
    for k, first in enumerate(cands):
        if k in skip:
            continue
        second = cands[k + 1] if k + 1 < len(cands) else None
        joined = second is not None and _join(sdoc, first, second, cands, places)
        if joined and second is not None:
            out.append(joined)
            skip.add(k + 1)
        else:
            out.append(first)
    return out


def _join(
    sdoc: Doc,
    first: Candidate,
    second: Candidate,
    cands: list[Candidate],
    places: list[tuple[int, str]],
) -> Candidate | None:
    a, b = _state_of(first), _state_of(second)
    if a is None or b is None or a == b or "." in (first.actor_id or ""):
        return None
    hyphen = first.end
    if second.start != hyphen + 1 or sdoc[hyphen].text not in _HYPHENS:
        return None
    if sdoc[first.end - 1].whitespace_ or sdoc[hyphen].whitespace_:
        return None
    sector = (second.actor_id or "").partition(".")[2]
    end = second.end
    if not sector:
        noun_end = _person_noun_end(sdoc, second.end)
        if noun_end is None:
            return None
        sector, end = "CVL", noun_end
    sent = sdoc[first.start].sent
    others = {
        _state_of(c) or c.country
        for c in cands
        if c is not first and c is not second and sent.start <= c.start < sent.end
    }
    others |= {state for offset, state in places if sent.start_char <= offset < sent.end_char}
    state = a if a not in others and b in others else b
    return Candidate(first.start, end, f"{state}.{sector}", DUAL_NATIONAL, kind="state")
