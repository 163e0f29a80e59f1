"""Role and group nouns -> sectors ("border guards" -> MIL, "foreign minister" -> GOV).

The nouns come from the Phoenix agents file (`data/actors/agents.jsonl`) plus the `role_words`
of `curated.yaml`, which fix the few Phoenix codes that mislead in our texts.
"""

from __future__ import annotations

import json

import yaml

from realpolitik.actors.kb import DATA_DIR, KnowledgeBase

# Words that head a role or group phrase but say nothing of the sector by themselves.
_PLURAL_ENDINGS = (("ies", "y"), ("men", "man"), ("s", ""))
# Plurals in "-ves" of nouns in "-f" ("thieves"): listed, since a bare "ves" -> "f" would turn
# "detectives" and "representatives" into no word (stop 60, lead: "Thieves stole ..." and
# "clashes between police and cattle thieves" named no thieves).
_F_PLURALS = {"thieves": "thief"}


def role_index(kb: KnowledgeBase) -> dict[str, str]:
    """Lower-case role phrase -> sector, cached on the KB."""
    if "roles" not in kb._cache:
        index: dict[str, str] = {}
        with (DATA_DIR / "agents.jsonl").open(encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                index[r["phrase"]] = r["sector"]
        curated = yaml.safe_load((DATA_DIR / "curated.yaml").read_text(encoding="utf-8"))
        for r in curated.get("role_words", []):
            index[r["phrase"].lower()] = r["sector"]
        kb._cache["roles"] = index
    return kb._cache["roles"]


def singular(word: str) -> str:
    """A plural noun's singular, for a word-list lookup ("ministers", "militias", "gunmen")."""
    if word in _F_PLURALS:
        return _F_PLURALS[word]
    for ending, replacement in _PLURAL_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)] + replacement
    return word


def phrase_sector(index: dict[str, str], words: list[str]) -> str | None:
    """Sector of exactly this role phrase in `index` (lower-case words; the last may be plural)."""
    words = [w.lower().strip(".") for w in words if w.strip()]
    if not words:
        return None
    for candidate in (" ".join(words), " ".join([*words[:-1], singular(words[-1])])):
        candidate = candidate.replace(" - ", "-")
        for form in (candidate, candidate.replace("-", " ")):
            if form in index:
                return index[form]
    return None


def role_sector(kb: KnowledgeBase, words: list[str]) -> str | None:
    """Sector of the longest role phrase that ends the word list ("senior border guards")."""
    index = role_index(kb)
    words = [w.lower().strip(".") for w in words if w.strip()]
    for i in range(len(words)):
        sector = phrase_sector(index, words[i:])
        if sector:
            return sector
    return None


def role_sector_anywhere(kb: KnowledgeBase, words: list[str]) -> str | None:
    """Sector of the first role phrase found in a window of words ("Director General of ...")."""
    for end in range(len(words), 0, -1):
        sector = role_sector(kb, words[:end])
        if sector:
            return sector
    return None
