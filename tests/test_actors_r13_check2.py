"""Round r13 of the actors stage, on sentences written for the test (not the actors_check2 or
PLOVER sentences whose misses prompted the classes): sectors from an organisation's own name
words, seats of government that are buildings, today's leaders named by family name, a
union named with a demonym, a rank's person placed by the apposition after the name, weapons a
demonym owns, and demonyms that describe things; plus the second check set's form and scoring."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from actor_helpers import actors_in, by_text

from realpolitik.actors import load_kb
from realpolitik.actors.context import name_sector
from realpolitik.eval.actors import CHECK_SET2, _nth, load_check_set, score_check_set
from realpolitik.eval.splits import own_part

_FIELDS = {"span", "nth", "id", "country", "sector", "kind", "same", "not_actor"}


def test_actors_check_set2_is_well_formed_and_split():
    items = load_check_set(CHECK_SET2)
    assert len(items) == 50 and len({i["id"] for i in items}) == 50
    kb = load_kb()
    for item in items:
        for gold in item["actors"]:
            assert set(gold) <= _FIELDS, (item["id"], gold)
            assert ("same" in gold) != bool(gold.get("not_actor")), (item["id"], gold)
            assert _nth(item["text"], gold["span"], int(gold.get("nth", 1))), (item["id"], gold)
            if gold.get("id") not in (None, "new"):
                assert kb.get(gold["id"]) is not None, (item["id"], gold["id"])
    parts = [own_part("actors_check2", i["id"]) for i in items]
    assert 20 <= parts.count("check") <= 30


@pytest.mark.parametrize(
    ("words", "sector"),
    [
        (["Delta", "Freight", "Logistics"], "BUS"),
        (["Andes", "Copper", "Mining", "Corp"], "BUS"),
        (["Zambian", "Workers", "Party"], "PTY"),
        (["Ghana", "Teachers", "Union"], "CVL"),
        (["Morning", "Herald"], "MED"),
        (["National", "Liberation", "Front"], None),
    ],
)
def test_actors_r13_an_organisations_own_name_words_tell_its_sector(words, sector):
    assert name_sector(words) == sector


def test_actors_r13_not_actor_spans_are_right_when_no_mention_overlaps(tmp_path: Path):
    item = {
        "id": "t1",
        "published": "2024-01-10",
        "text": "Iraqi police arrested a man who sold Persian carpets.",
        "actors": [
            {"span": "Iraqi police", "country": "IRQ", "same": "a"},
            {"span": "Persian carpets", "not_actor": True},
        ],
    }
    path = tmp_path / "set.jsonl"
    path.write_text(json.dumps(item) + "\n", encoding="utf-8")
    result = score_check_set(path, split_prefix="t")
    assert result["spans"] == 2 and result["pairs"] == 0
    assert {"tune", "check"} <= set(result)



@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "phrase", "actor_id"),
    [
        ("The Quai d'Orsay condemned the arrest of two French nationals.", "Quai d'Orsay", "FRA.GOV"),
        ("Capitol Hill pushed back against the arms sale.", "Capitol Hill", "USA.LEG"),
        ("Zhongnanhai said nothing about the purge.", "Zhongnanhai", "CHN.GOV"),
        ("Whitehall insisted the visa rules would stay.", "Whitehall", "GBR.GOV"),
    ],
)  # fmt: skip
def test_actors_r13_government_buildings_stand_for_the_government(nlp, text, phrase, actor_id):
    mentions, _ = actors_in(nlp, text)
    assert by_text(mentions, phrase).actor_id == actor_id


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        ("Chancellor Scholz flew to Kyiv on Monday.", "Chancellor Scholz", "DEU"),
        ("President Ruto opened the new port.", "President Ruto", "KEN"),
        ("Prime Minister Kishida visited the flooded towns.", "Prime Minister Kishida", "JPN"),
    ],
)
def test_actors_r13_leaders_after_phoenix_are_found_by_family_name(nlp, text, phrase, country):
    mentions, _ = actors_in(nlp, text, published=date(2023, 6, 1))
    m = by_text(mentions, phrase)
    assert m.actor_id.startswith("person:") and m.country == country


@pytest.mark.slow
def test_actors_r13_a_union_named_with_a_demonym_is_not_the_states_legislature(nlp):
    mentions, _ = actors_in(nlp, "The Zambian Teachers Union said Lusaka had ignored its demands.")
    union = by_text(mentions, "Zambian Teachers Union")
    assert union.sector == "CVL" and union.country == "ZMB" and "." not in union.actor_id


@pytest.mark.slow
def test_actors_r13_a_companys_name_gives_the_business_sector(nlp):
    mentions, _ = actors_in(nlp, "Delta Freight Logistics said its warehouse in Mombasa was looted.")
    assert by_text(mentions, "Delta Freight Logistics").sector == "BUS"


@pytest.mark.slow
def test_actors_r13_a_rank_without_country_reads_the_apposition_after_the_name(nlp):
    text = (
        "Colonel Ibrahim Kountiala, a spokesman for Niger's military government, said French "
        "troops must leave."
    )
    mentions, _ = actors_in(nlp, text)
    assert by_text(mentions, "Colonel Ibrahim Kountiala").country == "NER"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "phrase", "actor_id"),
    [
        ("Israeli warplanes struck targets in southern Lebanon.", "Israeli warplanes", "ISR.MIL"),
        ("A Russian drone strike hit a power plant overnight.", "Russian drone strike", "RUS.MIL"),
    ],
)
def test_actors_r13_weapons_a_demonym_owns_are_its_military(nlp, text, phrase, actor_id):
    mentions, _ = actors_in(nlp, text)
    assert by_text(mentions, phrase).actor_id == actor_id


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The Russian rouble slid to a record low on Monday.",
        "Snow fell early on the Peruvian highlands this year.",
        "Shops ran out of Kenyan coffee before the holiday.",
    ],
)
def test_actors_r13_a_demonym_describing_a_thing_is_not_an_actor(nlp, text):
    mentions, _ = actors_in(nlp, text)
    assert mentions == [], [m.text for m in mentions]


@pytest.mark.slow
def test_actors_r13_an_office_named_after_an_international_body_is_igo(nlp):
    text = "United Nations Humanitarian Coordinator Martin Griffiths appealed to Khartoum."
    mentions, _ = actors_in(nlp, text)
    office = by_text(mentions, "United Nations Humanitarian Coordinator")
    assert office.sector == "IGO" and office.country is None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        ("Sheikh Hamad of Qatar flew to Paris on Sunday.", "Hamad", "QAT"),
        ("Mohammed of the United Arab Emirates spoke first.", "Mohammed", "ARE"),
    ],
)
def test_actors_r13_the_state_after_of_is_the_persons(nlp, text, phrase, country):
    mentions, _ = actors_in(nlp, text, published=date(2005, 1, 1))
    assert by_text(mentions, phrase).country == country


@pytest.mark.slow
def test_actors_r13_national_energy_companies_keep_their_own_country(nlp):
    text = "Kazakh police raided the offices of KazMunayGas, and Sonatrach cut supplies to Spain."
    mentions, _ = actors_in(nlp, text)
    assert (by_text(mentions, "KazMunayGas").country, by_text(mentions, "Sonatrach").country) == (
        "KAZ",
        "DZA",
    )
    assert by_text(mentions, "Sonatrach").sector == "BUS"


@pytest.mark.slow
def test_actors_r13_a_demonym_before_a_known_ngo_names_its_national_society(nlp):
    mentions, _ = actors_in(nlp, "The American Red Cross flew blankets to Haiti.")
    society = by_text(mentions, "American Red Cross")
    assert (society.country, society.sector) == ("USA", "NGO")
