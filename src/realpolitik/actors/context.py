"""What an unknown actor is, read from its name and its context.

The knowledge base cannot know every group a text names; the text usually says what it is:
"militant group Lashkar-e-Khorasan", "Ittehad-ul-Mujahideen, an alliance of militant
factions,", "the Front's spokesman". Three cues, from `data/actors/group_words.yaml`:

1. the name itself: an organisation-name word ("Jamaat", "Tehreek", "Front", "Liberation
   Army") makes it a group whatever the entity recogniser guessed (it often takes a foreign
   group's name for a person's);
2. the words right before the name ("militant group", "the separatist outfit") or in an
   apposition right after it (", a rebel faction,"): a group noun makes it a group, a
   descriptor gives the sector ("militant" REB, "terrorist" TER, "political party" PTY);
3. a possessive followed by a member noun ("X's spokesman", "X's fighters"): an organisation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import yaml
from spacy.tokens import Doc

from realpolitik.actors.kb import DATA_DIR

_MAX_BEFORE = 4  # words read before a name ("the banned militant group X")
_MAX_APPOSITION = 8  # words read in an apposition after it


@dataclass(frozen=True)
class GroupWords:
    name_words: frozenset[str]
    connectors: frozenset[str]
    group_nouns: frozenset[str]
    descriptors: dict[str, str]
    member_nouns: frozenset[str]
    armed_member_nouns: frozenset[str]
    force_member_nouns: frozenset[str]
    name_sectors: dict[str, str]
    weapon_nouns: frozenset[str]


@lru_cache(maxsize=1)
def group_words() -> GroupWords:
    data = yaml.safe_load((DATA_DIR / "group_words.yaml").read_text(encoding="utf-8"))
    return GroupWords(
        name_words=frozenset(w.lower() for w in data["name_words"]),
        connectors=frozenset(w.lower() for w in data["name_connectors"]),
        group_nouns=frozenset(w.lower() for w in data["group_nouns"]),
        descriptors={k.lower(): v for k, v in data["descriptors"].items()},
        member_nouns=frozenset(w.lower() for w in data["member_nouns"]),
        armed_member_nouns=frozenset(w.lower() for w in data["armed_member_nouns"]),
        force_member_nouns=frozenset(w.lower() for w in data["force_member_nouns"]),
        name_sectors={k.lower(): v for k, v in data["name_sectors"].items()},
        weapon_nouns=frozenset(w.lower() for w in data["weapon_nouns"]),
    )


def is_group_name(name: str) -> bool:
    """Whether a name's own words make it an organisation's ("Jamaat Ahl al-Haqq")."""
    words = group_words().name_words
    parts = [p.lower() for p in re.split(r"[\s\-’']+", name) if p]
    return any(p in words for p in parts)


def name_sector(words: list[str]) -> str | None:
    """The sector an organisation's own name words tell ("Kibo Mining Corp" BUS, "Pakistan
    Peoples Party" PTY, "Nigerian Labour Congress" CVL), read from the last word back."""
    sectors = group_words().name_sectors
    return next((sectors[w.lower()] for w in reversed(words) if w.lower() in sectors), None)


def weapon_nouns() -> frozenset[str]:
    """Weapons a demonym before them gives to its state's military ("Israeli warplanes")."""
    return group_words().weapon_nouns


def _read(words: list[str]) -> tuple[bool, str | None]:
    """(a group noun is among the words, the sector a descriptor gives)."""
    gw = group_words()
    lowered = [w.lower() for w in words]
    is_group = any(w in gw.group_nouns for w in lowered)
    sector = next((gw.descriptors[w] for w in lowered if w in gw.descriptors), None)
    if "party" in lowered and sector is None:
        sector = "PTY"
    return is_group or sector is not None, sector


def modifies_group_noun(sdoc: Doc, end: int) -> bool:
    """The name ending before token `end` hangs on a group noun or an armed member noun right
    after it ("the Viv Ansanm coalition", "Red Hand gunmen")."""
    if end <= 0 or end >= len(sdoc):
        return False
    words = group_words()
    after = sdoc[end]
    nouns = words.group_nouns | words.armed_member_nouns
    return after.lower_ in nouns and sdoc[end - 1].head.i == end


def describe(sdoc: Doc, start: int, end: int) -> tuple[str | None, str | None]:
    """(kind, sector) the context gives the unknown actor at tokens [start, end): kind "group"
    or None when the context says nothing."""
    kind: str | None = None
    sector: str | None = None
    # 1. before: "militant group X", "the separatist outfit X" (lower-case words only)
    before: list[str] = []
    i = start - 1
    while i >= 0 and start - i <= _MAX_BEFORE:
        t = sdoc[i]
        if t.is_punct or (t.text[:1].isupper() and t.lower_ not in group_words().descriptors):
            break
        before.insert(0, t.text)
        i -= 1
    is_group, said = _read(before)
    if is_group:
        kind, sector = "group", said
    # 2. apposition: "X, an alliance of militant factions," / "X, a rebel group"
    if end + 2 < len(sdoc) and sdoc[end].text == "," and sdoc[end + 1].lower_ in {"a", "an", "the"}:
        words: list[str] = []
        j = end + 2
        while j < len(sdoc) and j - end <= _MAX_APPOSITION and sdoc[j].text not in {",", ".", ";"}:
            if sdoc[j].pos_ in {"VERB", "AUX"}:
                break
            words.append(sdoc[j].text)
            j += 1
        is_group, said = _read(words)
        if is_group:
            kind, sector = "group", sector or said
    # 4. "the Viv Ansanm coalition", "the Red Hand faction", "Red Hand gunmen": a group noun or
    # an armed member noun the name modifies (issue 9, round r6: reader_own5 tune, where the
    # recogniser took the name for a person's)
    if modifies_group_noun(sdoc, end) and sdoc[end - 1].dep_ == "compound":
        kind = kind or "group"
    # 3. "X's spokesman": only an organisation has one
    if end + 1 < len(sdoc) and sdoc[end].lower_ in {"'s", "’s"}:
        if sdoc[end + 1].lower_ in group_words().member_nouns:
            kind = kind or "group"
    return kind, sector
