"""Round r12 (fuse9), classes read from fusion_own1, fusion_own2 and fusion_own6 tune misses; every sentence
and name here is made up for the test (Ruritania and Borduria)."""

from __future__ import annotations

from dataclasses import replace

from test_fusion_events import actor, day, mention

from realpolitik.fusion import fuse_events
from realpolitik.model import Place

POLICE = ("BRD.COP", "Bordurian police", "BRD", "COP")
RURITANIA = ("RUR", "Ruritania", "RUR", None)

# report a, Friday 2025-06-06: the act with its parties and its instrument
FIRED = "Bordurian police fired tear gas at Ruritanian fishermen on the pier on Friday."
# report b, Monday: another act of the family naming both parties, and a party-less recall
BEAT = "Bordurian police beat two Ruritanian traders at the market on Sunday."
RECALLED_WITH_INSTRUMENT = "Friday's tear gas attack left three fishermen in hospital."
RECALLED_OTHER_INSTRUMENT = "Friday's rubber bullets attack left three fishermen in hospital."


def _reports(recall: str) -> list:
    fired = mention("a", 0, "ASSAULT", (POLICE,), (RURITANIA,), sentence=FIRED, trigger="fired",
                    date=day("2025-06-06"))  # fmt: skip
    beat = mention("b", 0, "ASSAULT", (POLICE,), (RURITANIA,), sentence=BEAT, trigger="beat",
                   date=day("2025-06-08"))  # fmt: skip
    back = mention("b", 200, "ASSAULT", sentence=recall, trigger="attack",
                   date=day("2025-06-06"))  # fmt: skip
    return [fired, beat, back]


def _event_of(events: list, doc_id: str, trigger: str) -> str:
    return next(
        e.event_id for e in events for m in e.mentions if m.doc_id == doc_id and m.trigger == trigger
    )


def test_a_party_less_recall_naming_the_same_instrument_joins_the_act() -> None:
    events = fuse_events(_reports(RECALLED_WITH_INSTRUMENT))
    assert _event_of(events, "b", "attack") == _event_of(events, "a", "fired")
    assert _event_of(events, "b", "beat") != _event_of(events, "a", "fired")


def test_a_party_less_recall_naming_another_instrument_stays_alone() -> None:
    events = fuse_events(_reports(RECALLED_OTHER_INSTRUMENT))
    assert _event_of(events, "b", "attack") != _event_of(events, "a", "fired")


ZENDA_GOV = ("BRD.GOV", "Zenda", "BRD", "GOV")
BORDURIA = ("BRD", "Borduria", "BRD", None)
RURITANIA_HOME = Place("Ruritania", "RUR", None, None, None, "country", basis="home")
BORDURIA_HOME = Place("Borduria", "BRD", None, None, None, "country", basis="home")
BORDURIA_SAID = Place("Borduria", "BRD", None, None, None, "country", basis="sentence")


def _accusations(second_place: Place) -> list:
    """Ruritania's accusation as one report tells it, and a second report naming the accuser
    only by her name and title; her country was guessed from the sentence (the accused's)."""
    first = mention("a", 0, "ACCUSE", (RURITANIA,), (BORDURIA,), trigger="accused",
                    sentence="Ruritania on Tuesday accused Borduria of moving troops.",
                    date=day("2025-02-11"), place=RURITANIA_HOME)  # fmt: skip
    second = mention("b", 0, "ACCUSE", target=(ZENDA_GOV,), trigger="accused",
                     sentence="Minister Petra Zorn on 11 February accused Zenda of massing soldiers.",
                     date=day("2025-02-11"), place=second_place)  # fmt: skip
    zorn = replace(
        actor(("new:petra_zorn", "Minister Petra Zorn", "BRD", None), "b"), how="role+context"
    )
    return [first, replace(second, source=[zorn])]


def test_a_home_place_read_from_a_guessed_country_does_not_veto_another_report() -> None:
    assert len(fuse_events(_accusations(BORDURIA_HOME))) == 1


def test_a_place_the_words_give_still_vetoes_another_report() -> None:
    assert len(fuse_events(_accusations(BORDURIA_SAID))) == 2
