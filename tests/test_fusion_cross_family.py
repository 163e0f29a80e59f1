"""Round r10b (fuse7): one act two reports typed into two neighbouring families is one
happening (`fusion/cross_family.py`) when the parties agree (swapped for a reciprocal act), the
stated dates agree and a further anchor is shared: a count, the person handed over, an
instrument. Every sentence and name here is our own (made-up states)."""

from __future__ import annotations

from dataclasses import replace

from test_fusion_events import day, mention

from realpolitik.fusion import fuse_events
from realpolitik.fusion.cross_family import _counts, neighbour_families
from realpolitik.model import ActorMention, Place

RURITANIA = ("RUR", "Ruritania", "RUR", None)
OSTERLICH = ("OST", "Osterlich", "OST", None)
OST_POLICE = ("OST.COP", "Osterlich police", "OST", "COP")
RUR_NATIONALS = ("RUR.CVL", "Ruritanian nationals", "RUR", "CVL")
RIOT_POLICE = ("RUR.COP", "Ruritanian riot police", "RUR", "COP")
STUDENTS = ("RUR.EDU", "students", "RUR", "EDU")


def _swap(count: str = "eight", when: str = "2026-03-02"):
    return mention("a", 0, "RETREAT", (RURITANIA,), (OSTERLICH,), trigger="swapped",
                   sentence=f"Ruritania and Osterlich swapped {count} detainees each on Monday.",
                   date=day(when))  # fmt: skip


def _handover(doc: str = "b", count: str = "eight", when: str = "2026-03-02"):
    return mention(doc, 0, "AID", (OSTERLICH,), (RUR_NATIONALS, RURITANIA), trigger="gave up",
                   sentence=f"Osterlich gave up {count} Ruritanian nationals to Ruritania on 2 "
                   "March.", date=day(when))  # fmt: skip


def _families(event) -> set[str]:
    return {m.plover_type for m in event.mentions}


def test_a_reciprocal_swap_and_one_sides_handover_are_one_act() -> None:
    events = fuse_events([_swap(), _handover()])
    assert len(events) == 1 and _families(events[0]) == {"RETREAT", "AID"}


def test_another_count_another_date_or_the_same_report_keep_them_apart() -> None:
    assert len(fuse_events([_swap(), _handover(count="three")])) == 2
    assert len(fuse_events([_swap(), _handover(when="2026-03-05")])) == 2
    assert len(fuse_events([_swap(), _handover(doc="a")])) == 2
    # a date only from the document says nothing about which act of the week it was
    undated = replace(_handover(), date=day("2026-03-02", from_document=True))
    assert len(fuse_events([_swap(), undated])) == 2


def test_a_handover_without_a_reciprocal_act_keeps_its_sides() -> None:
    released = replace(_swap(), trigger="released",
                       sentence="Ruritania released eight detainees to Osterlich on Monday.")
    assert len(fuse_events([released, _handover()])) == 2


def test_two_reports_of_the_handover_meet_the_swap_as_one_happening() -> None:
    events = fuse_events([_swap(), _handover(), _handover(doc="c")])
    # the two handovers are one happening of their own family, and it meets the swap once
    assert len(events) == 1


def test_a_swap_with_two_candidate_handovers_joins_neither() -> None:
    north = Place("Northtown", "OST", 0.0, 0.0, 901, "city")
    south = Place("Southtown", "OST", 1.0, 1.0, 902, "city")
    events = fuse_events([_swap(), replace(_handover(), location=north),
                          replace(_handover(doc="c"), location=south)])  # fmt: skip
    assert len(events) == 3


def test_an_extradition_and_the_handover_naming_the_person_are_one_act() -> None:
    fugitive = ActorMention("a", 0, 1, "Osterlich's former governor Anselm Varga",
                            "new:anselm_varga", "Anselm Varga", "OST", None, how="role")
    extradited = mention("a", 0, "COOPERATE", (RURITANIA,), (), trigger="extradited",
                         sentence="Ruritania on Thursday extradited Osterlich's former governor "
                         "Anselm Varga.", date=day("2026-04-09"))  # fmt: skip
    extradited.target = [fugitive]
    handed = mention("b", 0, "AID", (("RUR.GOV", "Ruritanian officials", "RUR", "GOV"),),
                     (OST_POLICE,), trigger="handed",
                     sentence="Varga flew home after Ruritanian officials handed him to "
                     "Osterlich police on Thursday.", date=day("2026-04-09"))  # fmt: skip
    events = fuse_events([extradited, handed])
    assert len(events) == 1
    other = replace(handed, sentence="A smuggler flew home after Ruritanian officials handed "
                    "him to Osterlich police on Thursday.")  # fmt: skip
    assert len(fuse_events([extradited, other])) == 2


def test_force_with_a_named_instrument_and_the_attack_are_one_act() -> None:
    coerced = mention("a", 0, "COERCE", (RIOT_POLICE,), (STUDENTS,), trigger="dispersed",
                      sentence="Riot police dispersed students with tear gas on Friday.",
                      date=day("2026-05-08"))  # fmt: skip
    attacked = mention("b", 0, "ASSAULT", (RIOT_POLICE,), (STUDENTS,), trigger="attacked",
                       sentence="Police attacked the students with tear gas and batons on 8 May.",
                       date=day("2026-05-08"))  # fmt: skip
    assert len(fuse_events([coerced, attacked])) == 1
    # a count is no anchor for force and attack: "arrested five" and "wounded five" are two acts
    counted = replace(attacked, sentence="Police attacked five students on 8 May.")
    assert len(fuse_events([replace(coerced, sentence="Police arrested five students."),
                            counted])) == 2  # fmt: skip


def test_families_that_are_not_neighbours_stay_apart() -> None:
    assert neighbour_families().allowed("ACCUSE", "AID") == frozenset()
    blamed = replace(_swap(), plover_type="ACCUSE", trigger="blamed")
    assert len(fuse_events([blamed, _handover()])) == 2


def test_numbers_of_a_date_are_no_count() -> None:
    assert _counts(["On 16 June 2026, or June 17, they swapped 46 men and five women."]) == {
        "46", "five"}  # fmt: skip


def test_a_report_naming_no_party_joins_the_force_on_its_instrument_and_day() -> None:
    used = mention("a", 0, "COERCE", (RIOT_POLICE,), (STUDENTS,), trigger="sprayed",
                   sentence="Riot police sprayed students with tear gas on Friday.",
                   date=day("2026-05-08"))  # fmt: skip
    attack = mention("b", 0, "ASSAULT", (), (), trigger="assault",
                     sentence="Friday's tear gas assault drew a rebuke from rectors.",
                     date=day("2026-05-08"))  # fmt: skip
    assert len(fuse_events([used, attack])) == 1
    # another day, or no instrument named, keeps the party-less report apart
    assert len(fuse_events([used, replace(attack, date=day("2026-05-09"))])) == 2
    plain = replace(attack, sentence="Friday's assault drew a rebuke from rectors.")
    assert len(fuse_events([used, plain])) == 2
