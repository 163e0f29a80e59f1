"""Unknown actors: kind, country and sector read from their name and context."""

from __future__ import annotations

from datetime import date

import pytest

from realpolitik.actors import find_actors, load_kb
from realpolitik.actors.context import is_group_name
from realpolitik.model import Document


def test_actors_unknown_group_name_words():
    assert is_group_name("Jamaat Ahl al-Sunna")
    assert is_group_name("Sindhudesh Revolutionary Army")
    assert not is_group_name("Abdufattoh Goib")


def _actors(nlp, text: str):
    doc = Document("t", "t", text=text, published=date(2024, 2, 1))
    mentions, new = find_actors(doc, nlp(text), load_kb())
    return {m.text: m for m in mentions}, {a.actor_id: a for a in new}


@pytest.mark.slow
def test_actors_unknown_descriptor_before_the_name_gives_kind_and_sector(nlp):
    mentions, new = _actors(
        nlp, "The separatist outfit Sindhudesh Revolutionary Army bombed a railway line."
    )
    m = mentions["Sindhudesh Revolutionary Army"]
    assert m.actor_id.startswith("new:") and m.sector == "REB"
    assert new[m.actor_id].kind == "group"


@pytest.mark.slow
def test_actors_unknown_apposition_gives_kind_and_sector(nlp):
    mentions, new = _actors(
        nlp, "Jaish-ul-Adl, a militant group active in Iran's east, kidnapped border guards."
    )
    m = mentions["Jaish-ul-Adl"]
    assert m.sector == "REB" and new[m.actor_id].kind == "group"


@pytest.mark.slow
def test_actors_unknown_transliterated_names_are_whole_with_their_country(nlp):
    mentions, new = _actors(
        nlp,
        "Supporters of Jamiat-e-Islami Afghanistan and Hizb-i-Wahdat clashed in "
        "Mazar-i-Sharif on Sunday.",
    )
    assert mentions["Jamiat-e-Islami Afghanistan"].country == "AFG"
    assert "Hizb-i-Wahdat" in mentions
    assert "Mazar-i-Sharif" not in mentions  # a place, not a group
    assert all(a.kind == "group" for a in new.values())


@pytest.mark.slow
def test_actors_unknown_possessive_fighters_make_a_group_of_a_person_like_name(nlp):
    mentions, new = _actors(nlp, "Harakat Nujaba's fighters fired rockets at the base.")
    m = next(m for t, m in mentions.items() if t.startswith("Harakat"))
    assert new[m.actor_id].kind == "group"


@pytest.mark.slow
def test_actors_unknown_spokesman_of_an_unknown_group_is_not_a_government_official(nlp):
    mentions, _ = _actors(
        nlp, "Mullah Daud, the spokesman of Jamaat-e-Haqqani Pakistan, denied the report."
    )
    person = mentions["Mullah Daud"]
    assert person.country == "PAK" and person.sector != "GOV"


@pytest.mark.slow
def test_actors_unknown_descriptions_are_not_new_actors(nlp):
    mentions, new = _actors(
        nlp, "Scandinavian diplomats and anti-Kremlin activists met Balkan officials on Friday."
    )
    assert not [a.name for a in new.values() if a.name in {"Scandinavian", "Balkan"}]
    named = [a.name for a in new.values() if not a.actor_id.startswith("new:") or a.sector is None]
    assert not [n for n in named if n[:1].islower()], named
    # the descriptions are generic parties: no country of the sentence's Kremlin for them
    for text in ("Scandinavian diplomats", "anti-Kremlin activists", "Balkan officials"):
        assert mentions[text].how.startswith("generic") and mentions[text].country is None, text
