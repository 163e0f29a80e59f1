"""Round r35 (args39) classes of phrasing, on sentences written for these tests (in no gold set):
a passive act of making people go whose "by" phrase comes after its infinitive complement
("were ordered to leave the market within a day by police officers from Uganda") names the
doer, though the parser hangs the phrase on the infinitive; a passive act with no doer of its
own done at a place that a "where" clause in the present says state forces or officials hold
("were beaten at a market in the town of Dajabon, where Dominican soldiers have been checking
papers") was done by them, not by forces placed there in the past."""

from __future__ import annotations

import pytest
from event_helpers import countries_of, event_on, pipeline_events, pipeline_top

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Four Kenyan traders who sold goods without permits were ordered to leave the market "
         "within a day by police officers from Uganda, their lawyer said.", "UGA"),
        ("Nine Nepali workers who had overstayed their visas were ordered to leave the island "
         "within three days by immigration officers from Mauritius, a workers' group said.",
         "MUS"),
    ],
)  # fmt: skip
def test_by_phrase_after_a_passive_orders_infinitive_names_the_doer(
    resources, text: str, country: str
) -> None:
    top = pipeline_top(text, resources)
    assert country in countries_of(top.source)


def test_by_phrase_naming_no_party_on_the_infinitive_leaves_the_left_state_the_doer(
    resources,
) -> None:
    top = pipeline_top("Six Kenyan traders were ordered to leave Uganda by road on Friday, their "
                       "union said.", resources)  # fmt: skip
    assert countries_of(top.source) == {"UGA"}
    assert countries_of(top.target) == {"KEN"}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Five Bangladeshi fishermen were robbed and beaten on an island near Teknaf, where "
         "Myanmar soldiers have been patrolling since the spring, a local official said.", "MMR"),
        ("Four Haitian traders were beaten at a market in the town of Dajabon, where Dominican "
         "soldiers have been checking papers since the border was closed, a charity said.",
         "DOM"),
    ],
)  # fmt: skip
def test_forces_a_where_clause_says_hold_the_place_did_the_passive_act(
    resources, text: str, country: str
) -> None:
    top = pipeline_top(text, resources)
    assert top.plover_type == "ASSAULT"
    assert country in countries_of(top.source)


def test_forces_a_where_clause_places_there_in_the_past_did_not_do_the_act(resources) -> None:
    events = pipeline_events(
        "Two Nigerien traders were beaten at the market in Kidal, where French soldiers were "
        "stationed until last year, a local official said.",
        resources,
    )
    beaten = event_on(events, "beaten")
    assert "FRA" not in countries_of(beaten.source)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("A Turkish fishing boat was stopped near Mangalia and ordered to sail to Constanta by "
         "officers of the Romanian border police, a spokesman said.", "Romanian border police"),
        ("Three Bangladeshi trawlers were seized in the bay and forced to sail to Sittwe by "
         "sailors from a Myanmar navy frigate, officials said.", "Myanmar navy"),
    ],
)  # fmt: skip
def test_by_phrase_on_a_joined_passives_infinitive_names_the_doer_of_the_first_act(
    resources, text: str, doer: str
) -> None:
    top = pipeline_top(text, resources)
    assert top.plover_type == "COERCE"
    assert top.source and all(doer in m.text for m in top.source)
