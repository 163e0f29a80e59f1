"""A nationality on a people noun the role index lacks but our own list (`generic_actors.yaml`)
holds ("Kenyan herders", "Ugandan pastoralists") names those people of that state, not the state
itself: the noun fell away and the state became the party (stop 61 lead, probes of our own).
Nouns the role index knows keep its sector. These sentences are others than the probes."""

from __future__ import annotations

from actor_helpers import actors_in, by_text


def test_herders_named_by_nationality_are_that_states_civilians(nlp):
    mentions, _ = actors_in(nlp, "Two Sudanese herders were shot near the border on Tuesday.")
    herders = by_text(mentions, "Sudanese herders")
    assert (herders.country, herders.sector) == ("SDN", "CVL")


def test_pastoralists_and_loggers_named_by_nationality_are_people_of_their_states(nlp):
    text = "Somali pastoralists and Burmese loggers crossed the river at dawn."
    mentions, _ = actors_in(nlp, text)
    assert (by_text(mentions, "Somali pastoralists").sector, by_text(mentions, "Burmese loggers").sector) == ("CVL", "CVL")


def test_a_photographer_named_by_nationality_is_press(nlp):
    mentions, _ = actors_in(nlp, "A Liberian photographer was arrested at the airport in Monrovia.")
    assert by_text(mentions, "Liberian photographer").sector == "MED"


def test_nouns_the_role_index_knows_keep_its_sector(nlp):
    mentions, _ = actors_in(nlp, "Senegalese officials met Gambian farmers in Banjul.")
    assert by_text(mentions, "Senegalese officials").sector == "GOV"
    assert by_text(mentions, "Gambian farmers").sector == "CVL"


def test_nationals_named_by_nationality_are_that_states_people(nlp):
    mentions, _ = actors_in(nlp, "Police in Brunei arrested four Filipino nationals on Sunday.")
    assert (by_text(mentions, "Filipino nationals").country, by_text(mentions, "Filipino nationals").sector) == ("PHL", "CVL")
