"""The cleaning vocabularies, loaded once from `realpolitik/data/clean/*.txt`."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "clean"


def _entries(name: str) -> list[str]:
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    return [s for line in text.splitlines() if (s := line.strip()) and not s.startswith("#")]


def _whole_line_pattern(name: str) -> re.Pattern[str]:
    alternatives = "|".join(f"(?:{p})" for p in _entries(name))
    return re.compile(rf"^(?:{alternatives})[\s:.]*$", re.IGNORECASE)


@cache
def furniture_pattern() -> re.Pattern[str]:
    """Matches a whole line that is page furniture."""
    return _whole_line_pattern("furniture.txt")


@cache
def teaser_heading_pattern() -> re.Pattern[str]:
    """Matches a whole line that heads a block of teasers for other articles."""
    return _whole_line_pattern("teaser_headings.txt")


@cache
def spam_vocab_pattern() -> re.Pattern[str]:
    """Finds a spam term as whole words anywhere in a line."""
    terms = sorted(_entries("spam_vocab.txt"), key=len, reverse=True)
    alternatives = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in terms)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)
