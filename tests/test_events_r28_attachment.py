"""Round r28 (args32): attachment and the main event, from own61 tune misses and the round's
leftovers. An owned request whose owner the parser reads as a proper-noun compound ("rejected
on Tuesday a Paraguayan request"); a trailing "after" clause hung, with the main clause under it,
on a trailing report verb; a grievance noun carried by a verb that is no trigger, with its
"against" party hung on the forum; one's own official dismissed, which answers no other clause's
party. Sentences written for these tests (none from a set)."""

from __future__ import annotations

import pytest
from event_helpers import countries_of, event_holding, pipeline_events, pipeline_top


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Brazil's agriculture ministry rejected on Monday a Paraguayan request to lift the "
            "ban on pork.",
            "BRA",
            "PRY",
        ),
        (
            "Uruguay's foreign ministry rejected on Friday a Paraguayan demand for compensation.",
            "URY",
            "PRY",
        ),
        (
            "Chile's government rejected on Thursday a Peruvian request to extradite the former "
            "general.",
            "CHL",
            "PER",
        ),
    ],
)
def test_events_r28_an_owned_request_after_an_adverbial_keeps_its_owner_as_target(
    resources, text, source, target
):
    event = event_holding(pipeline_events(text, resources), "rejected")
    assert event.plover_type == "REJECT", event.plover_type
    assert source in countries_of(event.source), event.source
    assert target in countries_of(event.target), event.target


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        (
            "Kazakhstan's foreign ministry summoned Russia's ambassador on Tuesday, hours after "
            "Russian jets violated Kazakh airspace near Uralsk and buzzed a border post, the "
            "ministry said.",
            "summoned",
            "KAZ",
            "RUS",
        ),
        (
            "Uganda expelled two Rwandan diplomats on Friday, days after Rwandan police detained "
            "a Ugandan trader in Musanze, state television reported.",
            "expelled",
            "UGA",
            "RWA",
        ),
    ],
)
def test_events_r28_the_main_clause_outranks_an_after_clause_under_a_trailing_report_verb(
    resources, text, trigger, source, target
):
    top = pipeline_top(text, resources)
    assert trigger in top.trigger, (top.trigger, top.plover_type)
    assert source in countries_of(top.source), top.source
    assert target in countries_of(top.target), top.target


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Ecuador put a complaint before the Andean Community against Colombia over the "
            "tariffs.",
            "ECU",
            "COL",
        ),
        (
            "Peru put a complaint before the World Trade Organization against Chile over the "
            "duties on fish meal.",
            "PER",
            "CHL",
        ),
    ],
)
def test_events_r28_a_grievance_noun_under_a_plain_verb_is_aimed_at_its_against_party(
    resources, text, source, target
):
    event = event_holding(
        pipeline_events(text, resources), "complaint" if "complaint" in text else "case"
    )
    assert event.plover_type == "ACCUSE", event.plover_type
    assert source in countries_of(event.source), event.source
    assert target in countries_of(event.target), event.target


def test_events_r28_a_dismissed_own_minister_takes_no_target_from_an_after_clause(resources):
    text = (
        "Uzbekistan's president dismissed his interior minister on Friday, two days after "
        "Kyrgyz border guards shot dead an Uzbek farmer near Andijan."
    )
    event = event_holding(pipeline_events(text, resources), "dismissed")
    assert "KGZ" not in countries_of(event.target), event.target


def test_events_r28_a_recalled_envoy_still_answers_the_after_clause(resources):
    text = "Uruguay recalled its ambassador on Monday after Argentine police raided its consulate."
    event = event_holding(pipeline_events(text, resources), "recalled")
    assert "ARG" in countries_of(event.target), event.target


@pytest.mark.parametrize(
    ("text", "role", "country"),
    [
        ("Argentina recalled its ambassador from Paraguay on Wednesday.", "ambassador", "ARG"),
        ("Kuwait called back its envoy from Baghdad after the border row.", "envoy", "KWT"),
    ],
)
def test_actors_r28_a_possessed_envoy_called_from_a_state_keeps_the_possessors_country(
    resources, text, role, country
):
    from realpolitik.model import Document
    from realpolitik.pipeline import analyse_documents

    mentions = analyse_documents([Document("t", "t", raw=text, text=text)], resources)[
        0
    ].actor_mentions
    envoy = next(m for m in mentions if m.text.endswith(role))
    assert envoy.country == country, envoy


def test_actors_r28_an_unpossessed_envoy_from_a_state_is_that_states(resources):
    from realpolitik.model import Document
    from realpolitik.pipeline import analyse_documents

    text = "An envoy from Uruguay met the Bolivian foreign minister in La Paz."
    mentions = analyse_documents([Document("t", "t", raw=text, text=text)], resources)[
        0
    ].actor_mentions
    envoy = next(m for m in mentions if m.text.endswith("envoy"))
    assert envoy.country == "URY", envoy


@pytest.mark.parametrize(
    "text",
    [
        "The governing coalition accused the opposition of paying protesters in Bishkek.",
        "After a night of talks, the ruling coalition rejected the budget drawn up by the senate.",
    ],
)
def test_actors_r28_a_governing_coalition_is_a_government_party(resources, text):
    from realpolitik.model import Document
    from realpolitik.pipeline import analyse_documents

    mentions = analyse_documents([Document("t", "t", raw=text, text=text)], resources)[
        0
    ].actor_mentions
    coalition = next((m for m in mentions if m.text.endswith("coalition")), None)
    assert coalition is not None, mentions
    assert coalition.sector == "GOV", coalition


def test_events_r28_a_role_teller_placed_in_a_states_region_is_that_states_party(resources):
    text = (
        "A border police officer in Uzbekistan's Surkhandarya region said nine Afghan traders "
        "had been detained at the Termez crossing on Sunday."
    )
    event = event_holding(pipeline_events(text, resources), "detained")
    assert any(m.country == "UZB" and m.sector in {"COP", "MIL"} for m in event.source), (
        event.source
    )


def test_actors_r28_police_in_a_states_province_are_that_states(resources):
    from realpolitik.model import Document
    from realpolitik.pipeline import analyse_documents

    text = "Police in Indonesia's Riau province arrested six Malaysian smugglers on Friday."
    mentions = analyse_documents([Document("t", "t", raw=text, text=text)], resources)[
        0
    ].actor_mentions
    police = next(m for m in mentions if m.text == "Police")
    assert police.country == "IDN", police
