"""Generic and titled actors (`actors.generic`), on sentences written for the test (not the own
held-out sentences whose misses prompted the class)."""

from __future__ import annotations

import pytest
from actor_helpers import actors_in, by_text

from realpolitik.actors import load_kb
from realpolitik.actors.generic import generic_sector

pytestmark = pytest.mark.slow


def test_actors_generic_group_nouns_and_titles_are_actors_with_sector(nlp):
    text = "Striking nurses and riot police clashed outside the hospital as the health minister met union leaders."
    mentions, new = actors_in(nlp, text)
    # the longest role phrase wins: striking nurses are a party in dissent
    assert by_text(mentions, "Striking nurses").sector == "OPP"
    assert by_text(mentions, "riot police").sector == "COP"
    assert by_text(mentions, "health minister").sector == "GOV"
    assert all(m.how.startswith("generic") for m in mentions)
    # with no country, each is an actor of its own that fusion reads as evidence of nothing
    assert by_text(mentions, "riot police").actor_id == "new:riot_police"
    assert {a.actor_id for a in new} >= {"new:riot_police", "new:striking_nurses"}


def test_actors_generic_country_makes_a_state_institution_or_a_country_tagged_group(nlp):
    text = "Police in Peru detained dozens of farmers who had blocked a highway."
    mentions, _ = actors_in(nlp, text)
    police = by_text(mentions, "Police")
    assert (police.actor_id, police.country, police.sector) == ("PER.COP", "PER", "COP")
    miners = by_text(mentions, "farmers")
    # farmers in Peru are not farmers elsewhere: the id carries the country
    assert miners.country == "PER" and miners.actor_id.endswith("@per")


def test_actors_generic_demonym_the_kb_lacked_names_the_state(nlp):
    mentions, _ = actors_in(nlp, "Latvian border guards turned back a group of migrants.")
    guards = by_text(mentions, "Latvian border guards")
    assert (guards.country, guards.sector) == ("LVA", "MIL")


def test_actors_generic_not_things_speakers_or_parts_of_compounds(nlp):
    text = "A spokesman said the two sides would share intelligence and that a police station was rebuilt."
    mentions, _ = actors_in(nlp, text)
    assert not [m for m in mentions if m.how.startswith("generic")]


def test_actors_generic_sector_reads_the_longest_phrase(nlp):
    kb = load_kb()
    assert generic_sector(kb, ["armed", "men"]) == ("REB", 2)
    assert generic_sector(kb, ["local", "militias"]) == ("REB", 1)
    assert generic_sector(kb, ["interior", "minister"]) == ("GOV", 2)
    assert generic_sector(kb, ["tents"]) is None


def test_actors_generic_named_origin_keeps_the_sentences_country_away(nlp):
    text = "Baltic fishermen and anti-government students met Chilean officials in Valparaiso."
    mentions, _ = actors_in(nlp, text)
    m = by_text(mentions, "Baltic fishermen")
    assert m.how.startswith("generic") and m.country is None, m.country
    # a lower-case description names no origin: the sentence's one country is theirs
    assert by_text(mentions, "anti-government students").country == "CHL"
    # a name before the noun is the actor itself, not a generic party
    mentions, _ = actors_in(nlp, "Hezbollah fighters crossed the border at dawn.")
    assert not [m for m in mentions if m.how.startswith("generic")]


@pytest.mark.parametrize(
    ("text", "phrase", "sector"),
    [
        ("The town's defenders held the bridge for three days.", "defenders", "MIL"),
        ("Snipers fired on the crowd from the rooftops.", "Snipers", "REB"),
        ("Mercenaries guarding the mine opened fire on villagers.", "Mercenaries", "REB"),
        ("Prison guards beat two inmates during the search.", "Prison guards", "COP"),
        ("Vigilantes lynched a suspected thief in the market.", "Vigilantes", "REB"),
    ],
)  # fmt: skip
def test_actors_generic_armed_people_named_by_their_part_in_a_fight(nlp, text, phrase, sector):
    mentions, _ = actors_in(nlp, text)
    assert by_text(mentions, phrase).sector == sector


def test_actors_generic_a_defender_of_rights_is_no_armed_party(resources):
    from event_helpers import pipeline_events

    events = pipeline_events("Police arrested two human rights defenders in Harare.", resources)
    arrest = next(e for e in events if e.trigger == "arrested")
    assert [a.sector for a in arrest.target] == ["NGO"]
