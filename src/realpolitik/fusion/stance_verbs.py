"""Verbs of a stated stance: two different ones in one sentence are two statements.

"The minister welcomed the accord and thanked Oslo" reads as two acts of one family (SUPPORT),
with one speaker and, often, one target; a within-document join then fuses them, where a reader
counts a welcome and a thanks. Verbs that tell one happening twice ("met and held talks") are no
stance verbs, so they are untouched. The forms are listed in `data/fusion/stance_verbs.tsv`.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from realpolitik.model import EventMention

STANCE_VERBS_PATH = Path(__file__).resolve().parents[1] / "data" / "fusion" / "stance_verbs.tsv"

_WORD = re.compile(r"[a-z]+")


@cache
def _stance_forms() -> dict[str, str]:
    out: dict[str, str] = {}
    for line in STANCE_VERBS_PATH.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            form, verb = line.split("\t")
            out[form.strip()] = verb.strip()
    return out


def stance_verb(trigger: str) -> str | None:
    """The stance verb the trigger's first word is a form of ("thanked" -> "thank"), or None."""
    found = _WORD.search(trigger.lower())
    return _stance_forms().get(found.group()) if found else None


def two_stances_in_one_sentence(a: EventMention, b: EventMention) -> bool:
    """`a` and `b` are two different stance verbs of one sentence: two statements."""
    if a.doc_id != b.doc_id or a.char_start != b.char_start:
        return False
    ours, theirs = stance_verb(a.trigger), stance_verb(b.trigger)
    return ours is not None and theirs is not None and ours != theirs
