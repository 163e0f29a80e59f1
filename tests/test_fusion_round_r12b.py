"""Round r12b (fuse10), classes read from fusion_own2 tune misses; every sentence and name here
is made up for the test (Ruritania and Borduria)."""

from __future__ import annotations

from dataclasses import replace

from test_fusion_events import day, mention

from realpolitik.fusion import fuse_events
from realpolitik.fusion.cross_family import neighbour_families

POLICE = ("BRD.COP", "Bordurian police", "BRD", "COP")
FISHERMEN = ("RUR.CVL", "Ruritanian fishermen", "RUR", "CVL")

# report a, Friday 2025-06-06: the force used, with its parties and its instrument
FIRED = "Bordurian police fired tear gas at Ruritanian fishermen on the pier on Friday."
# report b: the same force told as measures taken, naming no party
MEASURES = (
    "A spokesman said officers had taken firm control measures, including tear gas, on 6 June."
)
MEASURES_OTHER = (
    "A spokesman said officers had taken firm control measures, including batons, on 6 June."
)


def _reports(shown: str, when: str = "2025-06-06") -> list:
    fired = mention("a", 0, "ASSAULT", (POLICE,), (FISHERMEN,), sentence=FIRED, trigger="fired",
                    date=day("2025-06-06"))  # fmt: skip
    measures = mention("b", 0, "MOBILIZE", sentence=shown, trigger="taken control measures",
                       date=day(when))  # fmt: skip
    return [fired, measures]


def test_a_show_of_force_naming_the_attacks_instrument_is_the_attack() -> None:
    assert len(fuse_events(_reports(MEASURES))) == 1


def test_another_instrument_or_another_day_keeps_the_show_of_force_apart() -> None:
    assert len(fuse_events(_reports(MEASURES_OTHER))) == 2
    assert len(fuse_events(_reports(MEASURES, when="2025-06-09"))) == 2


def test_a_show_of_force_and_repression_are_neighbours_on_an_instrument_only() -> None:
    table = neighbour_families()
    assert table.allowed("MOBILIZE", "ASSAULT") == frozenset({"instrument"})
    assert table.allowed("COERCE", "MOBILIZE") == frozenset({"instrument"})
    assert table.allowed("MOBILIZE", "PROTEST") == frozenset()


def test_a_show_of_force_with_its_parties_joins_on_both_parties_and_the_instrument() -> None:
    fired, measures = _reports(MEASURES)
    told = replace(measures, source=fired.source, target=fired.target,
                   sentence="Bordurian police took control measures, including tear gas, "
                   "against Ruritanian fishermen on 6 June.")  # fmt: skip
    assert len(fuse_events([fired, told])) == 1
    counted = replace(told, sentence="Bordurian police deployed five hundred officers "
                      "against Ruritanian fishermen on 6 June.")  # fmt: skip
    assert len(fuse_events([fired, counted])) == 2
