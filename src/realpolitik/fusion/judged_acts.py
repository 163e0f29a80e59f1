"""An act named as what a verb of judging judges is no part of the judgement.

"Shippers welcomed the accord", "The opposition called the detention unlawful", "Caracas
rejected the protest": the definite noun points back at a happening the document told before
(the accord signed, the detention, the summons); the verb before it in its sentence is a second
happening, a reaction to the first. Within-document fusion joined such a noun to the nearest
earlier mention of its own sentence (`antecedents`, rule 1), which is the reaction, so the
happening lost a mention and the reaction gained an act it only judged (round r21, fuse20:
fusion_own15 tune, "welcomed the accord" and "called the arrests harsh").

The verbs are the stance verbs of `data/fusion/stance_verbs.tsv` and the verbs of judging or
naming listed in `data/fusion/judging_verbs.tsv`; a noun is judged when it is a definite
reference (`text_cues.is_definite_anaphor`) in such a verb's sentence.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from realpolitik.fusion.stance_verbs import stance_verb
from realpolitik.fusion.text_cues import is_definite_anaphor
from realpolitik.model import EventMention

JUDGING_VERBS_PATH = Path(__file__).resolve().parents[1] / "data" / "fusion" / "judging_verbs.tsv"

_WORD = re.compile(r"[a-z]+")


@cache
def _judging_forms() -> frozenset[str]:
    lines = JUDGING_VERBS_PATH.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for line in lines if line.strip() and not line.startswith("#")
                     for w in line.split("\t")[:1])  # fmt: skip


def judging_verb(trigger: str) -> bool:
    """The trigger's first word is a form of a verb that judges or names an act."""
    found = _WORD.search(trigger.lower())
    if not found:
        return False
    return found.group() in _judging_forms() or stance_verb(trigger) is not None


def judgement_and_judged(m: EventMention, x: EventMention) -> bool:
    """`m` and `x` share a sentence, one is a verb judging an act and the other a definite act
    noun ("welcomed the accord", "the accord, which traders praised"): the judgement and the
    earlier happening it is about, never one happening."""
    if m.doc_id != x.doc_id or m.char_start != x.char_start:
        return False
    m_judges, x_judges = judging_verb(m.trigger), judging_verb(x.trigger)
    if m_judges == x_judges:
        return False
    judged = x if m_judges else m
    return is_definite_anaphor(judged)
