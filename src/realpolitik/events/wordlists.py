"""Reading the closed-class word lists of `data/events/` (named YAML lists, two-column TSV groups)."""

from __future__ import annotations

from pathlib import Path

import yaml


def read_word_sets(path: Path, lower: bool = True) -> dict[str, frozenset[str]]:
    """Every list of a YAML file of named word lists, as frozen sets (lower-cased by default)."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {
        name: frozenset(str(w).lower() if lower else str(w) for w in words)
        for name, words in raw.items()
    }


def read_word_groups(path: Path) -> dict[str, frozenset[str]]:
    """The groups of a two-column word list (header row, then `group` TAB comma-separated
    `words`; `#` lines are comments). A group named twice is an error: the second line would
    silently replace the first (round r15: a new `custody` group of acled_phrases.tsv replaced
    an older one and moved CASE check snippets before it was caught)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = [ln.split("\t") for ln in lines if ln.strip() and not ln.startswith("#")]
    groups: dict[str, frozenset[str]] = {}
    for g, ws in rows[1:]:
        if g in groups:
            raise ValueError(f"{path.name}: word group {g!r} named twice")
        groups[g] = frozenset(w.strip() for w in ws.split(","))
    return groups


def read_word_map(path: Path, key: str) -> dict[str, tuple[str, ...]]:
    """The `key` mapping of a YAML file (word -> its words, e.g. a noun -> the verbs it names),
    lower-cased."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {str(k).lower(): tuple(str(v).lower() for v in vs) for k, vs in raw[key].items()}
