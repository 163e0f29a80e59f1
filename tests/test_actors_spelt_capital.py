"""Capitals sharing an index key (issue 9, round r9, from reader_own8 tune): the state whose
capital is spelt as the text comes first; capitals spelt alike keep the index's order."""

from realpolitik.actors.kb import load_kb


def _first(text: str) -> str:
    return load_kb().lookup(text)[0].actor_id


def test_capital_spelt_without_a_space_is_guyanas_seat() -> None:
    assert _first("Georgetown") == "GUY.GOV"
    assert _first("GEORGETOWN") == "GUY.GOV"


def test_capital_spelt_with_a_space_is_the_cayman_islands_seat() -> None:
    assert _first("George Town") == "CYM.GOV"


def test_hyphenated_capital_and_one_word_capital_stay_apart() -> None:
    assert _first("Basseterre") == "KNA.GOV"
    assert _first("Basse-Terre") == "GLP.GOV"


def test_capitals_spelt_alike_keep_the_index_order() -> None:
    assert _first("Kingston") == "JAM.GOV"
