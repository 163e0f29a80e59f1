"""Actor recognition on small hand-made texts and on the seeds (model-backed)."""

from __future__ import annotations

from datetime import date

import pytest
from actor_helpers import actors_in, by_text

from realpolitik.actors import load_kb

pytestmark = pytest.mark.slow


def test_actors_metonymy_capital_acting_is_its_government(nlp):
    mentions, _ = actors_in(nlp, "Islamabad accused the Taliban of harbouring the TTP.")
    m = by_text(mentions, "Islamabad")
    assert (m.actor_id, m.country, m.sector, m.how) == ("PAK.GOV", "PAK", "GOV", "metonymy")


def test_actors_metonymy_capital_after_locative_is_a_place(nlp):
    mentions, _ = actors_in(nlp, "The two delegations held talks in Islamabad on Monday.")
    assert not [m for m in mentions if "Islamabad" in m.text]


def test_actors_metonymy_possessive_and_based(nlp):
    mentions, _ = actors_in(
        nlp, "Kabul's interim government denied the claims. They oppose the Kabul-based government."
    )
    assert by_text(mentions, "Kabul's interim government").actor_id == "org:taliban"
    assert by_text(mentions, "Kabul-based government").sector == "GOV"


def test_actors_metonymy_depends_on_document_date(nlp):
    text = "Kabul rejected the accusations."
    before, _ = actors_in(nlp, text, date(2015, 3, 1))
    after, _ = actors_in(nlp, text, date(2023, 3, 1))
    assert by_text(before, "Kabul").actor_id == "AFG.GOV"
    assert by_text(after, "Kabul").actor_id == "org:taliban"


def test_actors_seat_of_the_army(nlp):
    mentions, _ = actors_in(nlp, "It was a great moment for Rawalpindi.")
    assert by_text(mentions, "Rawalpindi").actor_id == "PAK.MIL"


def test_actors_dated_role_same_person_different_dates(nlp):
    text = "Bilawal Bhutto Zardari said the talks would continue."
    in_office, _ = actors_in(nlp, text, date(2023, 1, 10))
    out_of_office, _ = actors_in(nlp, text, date(2024, 6, 10))
    assert by_text(in_office, "Bilawal Bhutto Zardari").sector == "GOV"
    assert by_text(out_of_office, "Bilawal Bhutto Zardari").sector == "PTY"


def test_actors_alias_and_fuzzy_variant(nlp):
    text = "Emomali Rahmon met the envoy. Imam Ali Rahman's meeting was important. Rahmon smiled."
    mentions, _ = actors_in(nlp, text)
    assert by_text(mentions, "Imam Ali Rahman").actor_id == "person:emomali_rahmon"
    assert by_text(mentions, "Rahmon").actor_id == "person:emomali_rahmon"


def test_actors_demonym_with_role_and_group_nouns(nlp):
    text = (
        "Pakistani Foreign Minister Bilawal Bhutto Zardari spoke after clashes between the "
        "Taliban and Pakistani border guards. Pakistani officials met Taliban forces."
    )
    mentions, _ = actors_in(nlp, text, date(2023, 2, 20))
    fm = by_text(mentions, "Pakistani Foreign Minister Bilawal Bhutto Zardari")
    assert (fm.actor_id, fm.country, fm.sector) == ("person:bilawal_bhutto_zardari", "PAK", "GOV")
    assert by_text(mentions, "Pakistani border guards").actor_id == "PAK.MIL"
    assert by_text(mentions, "Pakistani officials").actor_id == "PAK.GOV"
    assert by_text(mentions, "Taliban forces").actor_id == "org:taliban"


def test_actors_unknown_person_with_role_gets_country_and_sector(nlp):
    text = "Pakistani Interior Minister Farrukh Zaidani-Qasimov visited the border on Friday."
    mentions, new = actors_in(nlp, text)
    m = next(m for m in mentions if "Zaidani" in m.text)
    assert m.actor_id.startswith("new:")
    assert (m.country, m.sector, m.how) == ("PAK", "GOV", "role")
    assert any(a.actor_id == m.actor_id and a.kind == "person" for a in new)


def test_actors_role_of_organisation_gives_its_sector(nlp):
    text = (
        "Tajik President Emomali Rahmon met with General Muhammad Asim Malik, the "
        "director-general of Pakistan's Inter-Services Intelligence (ISI), on Monday."
    )
    mentions, _ = actors_in(nlp, text, date(2023, 1, 10))  # before Malik headed the ISI
    malik = next(m for m in mentions if m.actor_id == "person:muhammad_asim_malik")
    assert (malik.country, malik.sector) == ("PAK", "INT")  # the text says so


def test_actors_seeds_resolve_with_country_and_sector(nlp, seeds_dir):
    expected = {  # actor id -> (country, sector) every seed mention of it must have
        "org:inter_services_intelligence": ("PAK", "INT"),
        "person:muhammad_asim_malik": ("PAK", "INT"),
        "person:nadeem_ahmed_anjum": ("PAK", "INT"),
        "person:emomali_rahmon": ("TJK", "GOV"),
        "org:taliban": ("AFG", "GOV"),
        "org:ttp": ("PAK", "TER"),
        "org:isis_k": ("AFG", "TER"),
        "org:nrf": ("AFG", "REB"),
        "PAK.GOV": ("PAK", "GOV"),
    }
    seen: dict[str, list] = {}
    texts = {}
    for path in sorted(seeds_dir.glob("*.txt")):
        mentions, _ = actors_in(nlp, path.read_text(encoding="utf-8"))
        texts[path.name] = mentions
        for m in mentions:
            seen.setdefault(m.actor_id, []).append(m)
    for actor_id, (country, sector) in expected.items():
        assert actor_id in seen, actor_id
        for m in seen[actor_id]:
            assert (m.country, m.sector) == (country, sector), (actor_id, m.text)
    assert any(
        m.text == "Imam Ali Rahman" and m.actor_id == "person:emomali_rahmon"
        for m in seen["person:emomali_rahmon"]
    )
    assert any(m.text == "Islamabad" for m in seen["PAK.GOV"])
    assert any(m.text.startswith("Kabul") for m in seen["org:taliban"])  # "Kabul's current regime"
    for group in ("org:taliban", "org:ttp", "org:isis_k", "org:nrf"):
        assert load_kb().get(group).kind == "group"
