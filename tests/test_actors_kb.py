"""The actor knowledge base and resolution helpers (no language model needed)."""

from __future__ import annotations

import time

import pytest

from realpolitik.actors.kb import KB_VERSION, build, current_role, load_kb
from realpolitik.actors.resolve import FUZZY_THRESHOLD, fuzzy_person, name_similarity
from realpolitik.actors.roles import role_sector


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def test_actors_kb_version_is_set():
    assert KB_VERSION


def test_actors_kb_loads_fast_enough():
    started = time.perf_counter()
    build()
    # Loaded once per process; a generous bound for slow CI machines.
    assert time.perf_counter() - started < 10


def test_actors_kb_every_state_has_institutions(kb):
    for iso3 in ("PAK", "AFG", "TJK", "IRN", "IND", "RUS", "CHN", "USA", "TUR", "AZE", "QAT"):
        assert kb.get(iso3).kind == "state"
        for sector in ("GOV", "MIL", "INT", "COP", "LEG"):
            actor = kb.get(f"{iso3}.{sector}")
            assert actor.country == iso3 and actor.sector == sector


def test_actors_kb_every_record_has_a_source(kb):
    assert all(a.source for a in kb.all())


def test_actors_kb_aliases_of_groups(kb):
    expected = {
        "Tehreek-e-Taliban Pakistan": "org:ttp",
        "Tahreek-e-Taliban Pakistan": "org:ttp",
        "TTP": "org:ttp",
        "ISIS-K": "org:isis_k",
        "IS-Khorasan": "org:isis_k",
        "Islamic State (Khorasan)": "org:isis_k",
        "Islamic Emirate of Afghanistan": "org:taliban",
        "IEA": "org:taliban",
        "National Resistance Front": "org:nrf",
        "Jamaat-ul-Ahrar": "org:jamaat_ul_ahrar",
        "JuA": "org:jamaat_ul_ahrar",
        "Azadi Front": "org:afghanistan_freedom_front",
        "Inter Services Intelligence": "org:inter_services_intelligence",
        "ISPR": "org:ispr",
    }
    for text, actor_id in expected.items():
        assert kb.lookup(text)[0].actor_id == actor_id, text


def test_actors_kb_short_acronyms_are_case_sensitive(kb):
    assert kb.lookup("US")[0].actor_id == "USA"
    assert kb.lookup("us") == []
    assert kb.lookup("Isi") == []


def test_actors_kb_demonyms(kb):
    for text, iso3 in {
        "Pakistani": "PAK",
        "Tajik": "TJK",
        "Afghan": "AFG",
        "Iraqis": "IRQ",
    }.items():
        assert kb.lookup(text)[0].actor_id == iso3


def test_actors_kb_dated_roles_same_person_different_dates(kb):
    roles = kb.dated_roles("person:bilawal_bhutto_zardari")
    assert current_role(roles, "2023-01-15").sector == "GOV"  # foreign minister
    assert current_role(roles, "2021-01-15").sector == "PTY"  # party chairman only
    isi_2022 = current_role(kb.dated_roles("person:nadeem_ahmed_anjum"), "2022-06-01")
    assert (isi_2022.country, isi_2022.sector) == ("PAK", "INT")
    malik_2023 = current_role(kb.dated_roles("person:muhammad_asim_malik"), "2023-06-01")
    malik_2025 = current_role(kb.dated_roles("person:muhammad_asim_malik"), "2025-01-01")
    assert malik_2023.sector == "MIL" and malik_2025.sector == "INT"


def test_actors_kb_taliban_hold_afghanistan_government_since_2021(kb):
    assert kb.redirect("AFG.GOV", "2015-05-01") == "AFG.GOV"
    assert kb.redirect("AFG.GOV", "2021-08-15") == "org:taliban"
    taliban = kb.dated_roles("org:taliban")
    assert current_role(taliban, "2019-01-01").sector == "REB"
    assert current_role(taliban, "2023-01-01").sector == "GOV"


def test_actors_kb_capitals_and_seats(kb):
    assert kb.lookup("Islamabad")[0].actor_id == "PAK.GOV"
    assert kb.lookup("Kabul")[0].actor_id == "AFG.GOV"
    assert kb.lookup("Rawalpindi")[0].actor_id == "PAK.MIL"


def test_actors_fuzzy_transliteration_variant(kb):
    assert name_similarity("Imam Ali Rahman", "Emomali Rahmon") >= FUZZY_THRESHOLD
    assert name_similarity("Imran Khan", "Asim Khan") < FUZZY_THRESHOLD
    hit = fuzzy_person(kb, "Imam Ali Rahman")
    assert hit is not None and hit[0] == "person:emomali_rahmon"
    assert fuzzy_person(kb, "Nadeem Ahmed Anjam")[0] == "person:nadeem_ahmed_anjum"


def test_actors_role_words_to_sectors(kb):
    assert role_sector(kb, ["border", "guards"]) == "MIL"
    assert role_sector(kb, ["officials"]) == "GOV"
    assert role_sector(kb, ["Foreign", "Minister"]) == "GOV"
    assert role_sector(kb, ["police"]) == "COP"
