"""Round r12c (fuse11): two different stance verbs coordinated in one sentence are two
statements. Every sentence and name here is made up for the test (Ruritania and Borduria)."""

from __future__ import annotations

from test_fusion_events import day, mention

from realpolitik.fusion import fuse_events
from realpolitik.fusion.stance_verbs import stance_verb

MINISTER = ("new:petra_zorn", "Petra Zorn", "RUR", "GOV")
BORDURIA = ("BRD", "Borduria", "BRD", None)

TWO_STANCES = "Minister Petra Zorn hailed the truce and thanked Borduria for its patience."
ONE_ACT_TWICE = "Minister Petra Zorn praised the truce and praised Borduria for its patience."


def _statements(sentence: str, first: str, second: str, family: str = "SUPPORT") -> list:
    sides = {"source": (MINISTER,), "target": (BORDURIA,), "date": day("2025-03-03")}
    return [
        mention("a", 0, family, sentence=sentence, trigger=trigger, **sides)
        for trigger in (first, second)
    ]


def test_two_different_stance_verbs_in_one_sentence_are_two_statements() -> None:
    assert len(fuse_events(_statements(TWO_STANCES, "hailed", "thanked"))) == 2


def test_one_stance_verb_told_twice_in_a_sentence_still_joins() -> None:
    assert len(fuse_events(_statements(ONE_ACT_TWICE, "praised", "praised"))) == 1


def test_acts_that_are_no_stance_verbs_still_join_in_one_sentence() -> None:
    sentence = "Petra Zorn met the Bordurian envoy and held talks with him on Monday."
    assert len(fuse_events(_statements(sentence, "met", "held talks", "CONSULT"))) == 1


def test_a_stance_verb_is_read_from_any_of_its_forms() -> None:
    assert stance_verb("Criticized") == "criticise"
    assert stance_verb("welcoming") == "welcome"
    assert stance_verb("met") is None
