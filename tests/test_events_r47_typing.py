"""Classes of phrasing of the PLOVER typing round r47 (plover65), on sentences written for the
tests (not the gold sentences that prompted them):

- "blamed the bombing of a bus in Mandera on al-Shabaab": the party a verb of blaming lays the
  act on, when the parser hangs the "on" phrase on the last noun of the act's own phrases
  (`arguments._blamed_on_hung_low`); the "on" on the act noun itself stays its aim.
- "Rounded up in raids ..., sixty workers were put on buses ... by police": a past participle
  that opens the sentence is a passive whose patient is its clause's subject and whose doer is
  that clause's "by" agent (`arguments._fronted_passive_participle`).

Sentences written for the test, none from a gold set."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_top

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Kenya's interior minister on Monday blamed the bombing of a bus in Mandera on al-Shabaab.",
         "al-Shabaab"),
        ("Nigeria's army blamed the burning of two villages in Borno state on Boko Haram fighters.",
         "Boko Haram"),
    ],
)  # fmt: skip
def test_events_r47_the_party_an_act_is_blamed_on(resources, text, target):
    top = pipeline_top(text, resources)
    assert top.plover_type == "ACCUSE", text
    assert [a.text for a in top.target] and all(target in a.text for a in top.target), (
        text, [a.text for a in top.target]
    )  # fmt: skip


def test_events_r47_the_aim_of_a_blamed_attack_stays_its_aim(resources):
    top = pipeline_top("The governor blamed the attack on a police station in Kano on Sunday.",
                       resources)  # fmt: skip
    assert top.plover_type == "ACCUSE"
    assert [a.text for a in top.target] == ["police"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Rounded up in raids on farms near Durban, sixty Zimbabwean workers were put on buses to "
         "Beitbridge by police on Friday.", "police", "Zimbabwean"),
        ("Rounded up during a sweep of building sites in Riyadh, two hundred Ethiopian labourers "
         "were loaded onto lorries by Saudi police on Tuesday.", "Saudi", "Ethiopian"),
        ("Rounded up in a sweep of markets in Abidjan, eighty Burkinabe traders were packed into "
         "lorries by Ivorian gendarmes on Monday.", "Ivorian", "Burkinabe"),
    ],
)  # fmt: skip
def test_events_r47_a_fronted_participle_undergone_by_the_subject(resources, text, source, target):
    top = pipeline_top(text, resources)
    assert top.plover_type == "COERCE", text
    assert any(source in a.text for a in top.source), (text, [a.text for a in top.source])
    assert any(target in a.text for a in top.target), (text, [a.text for a in top.target])


def test_events_r47_a_fronted_participle_leaves_the_main_hand_over(resources):
    top = pipeline_top("Flown in aboard two cargo planes, the tents were handed to flood victims in "
                       "Sindh by Turkish officials.", resources)  # fmt: skip
    assert top.plover_type == "AID"
    assert [a.text for a in top.target] == ["flood victims"]


@pytest.mark.parametrize(
    "text",
    [
        "Faced with a strike by nurses that had closed wards for a month, Kenya's government "
        "agreed on Monday to raise their allowances.",
        "Confronted by a week of protests by taxi drivers, the Senegalese government agreed on "
        "Friday to cut fuel prices.",
        "Facing a boycott of its exams by students, Uganda's education ministry agreed on Tuesday "
        "to delay the tests.",
    ],
)
def test_events_r47_an_agreement_facing_a_strike_gives_in(resources, text):
    assert pipeline_top(text, resources).plover_type == "CONCEDE", text


def test_events_r47_an_agreement_facing_a_shortage_stays_an_agreement(resources):
    top = pipeline_top("Faced with a shortage of doctors, Kenya agreed on Monday to hire two "
                       "hundred Cuban medics.", resources)  # fmt: skip
    assert top.plover_type == "AGREE"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Generators donated by Germany began supplying power on Monday to two hospitals in "
         "Mosul.", "Mosul"),
        ("Water pumps donated by the European Union began supplying clean water to twenty "
         "villages in Niger on Tuesday.", "villages"),
    ],
)  # fmt: skip
def test_events_r47_donated_goods_told_by_what_they_supply(resources, text, target):
    top = pipeline_top(text, resources)
    assert top.plover_type == "AID", text
    assert any(target in a.text for a in top.target), (text, [a.text for a in top.target])


def test_events_r47_donated_goods_handed_on_keep_the_hand_over(resources):
    top = pipeline_top("Vaccines donated by Japan were handed to clinics in Dili on Monday.",
                       resources)  # fmt: skip
    assert top.plover_type == "AID"
    assert top.trigger == "handed"
    assert [a.text for a in top.target] == ["Dili"]


def test_events_r47_a_fronted_round_up_with_no_doer_keeps_its_reading(resources):
    top = pipeline_top("Rounded up in raids on farms near Durban, sixty Zimbabwean workers were "
                       "put on buses to Beitbridge on Friday.", resources)  # fmt: skip
    assert top.plover_type == "COERCE"
    assert [a.text for a in top.target] == []
