"""Envoys summoned (stop 46, lead). Sentences written for the tests, not the probes that showed
the classes:

- a diplomat serves in another state, so his country is not the sentence's one country for the
  unnamed parties dealing with him (`actors.recognize._posted_abroad`, `envoy_words.txt`);
- a complaint as the purpose of a summons is the summoner's (`purpose.summons_complaint`);
- "called in the ambassador" is a summons, the envoy its target (`own_triggers.tsv` "call in"
  rows, `arguments._called_in_envoy`).
"""

from __future__ import annotations

import pytest

from realpolitik.model import Document
from realpolitik.pipeline import analyse_documents

pytestmark = pytest.mark.slow


def _analysis(text, resources):
    return analyse_documents([Document("t", "t", raw=text, text=text)], resources)[0]


def _event(analysis, trigger):
    return next(e for e in analysis.event_mentions if e.trigger == trigger)


@pytest.mark.parametrize(
    ("text", "unnamed"),
    [
        ("The ministry expelled three Iranian diplomats after the plot was uncovered.", "ministry"),
        ("Officials handed the Chilean ambassador a letter of protest on Tuesday.", "Officials"),
        ("The foreign ministry summoned Sweden's charge d'affaires over the book burning.",
         "foreign ministry"),
    ],
)  # fmt: skip
def test_an_unnamed_host_party_does_not_take_the_envoys_country(resources, text, unnamed):
    analysis = _analysis(text, resources)
    host = next(m for m in analysis.actor_mentions if m.text == unnamed)
    assert host.country is None


def test_a_party_beside_an_envoy_still_takes_a_country_named_otherwise(resources):
    analysis = _analysis("Nigerian officials met the Ghanaian ambassador in Abuja.", resources)
    officials = next(m for m in analysis.actor_mentions if m.text == "Nigerian officials")
    assert officials.country == "NGA"


def test_the_complaint_a_summons_is_for_is_the_summoners(resources):
    text = "Jordan summoned the Israeli ambassador to condemn the raid on the mosque."
    condemn = _event(_analysis(text, resources), "condemn")
    assert [m.country for m in condemn.source] == ["JOR"]


def test_an_envoy_told_to_act_by_a_summons_still_acts_himself(resources):
    text = "Seoul urged the Japanese ambassador to retract the remarks."
    retract = _event(_analysis(text, resources), "retract")
    assert [m.country for m in retract.source] == ["JPN"]


@pytest.mark.parametrize(
    "text",
    [
        "Algeria called in the French ambassador after the minister's remarks.",
        "Warsaw hauled in Russia's envoy over the drone incursion.",
    ],
)
def test_calling_in_an_envoy_is_a_summons_aimed_at_the_envoy(resources, text):
    event = next(e for e in _analysis(text, resources).event_mentions if e.trigger in {"called", "hauled"})
    assert (event.plover_type, event.cameo_code) == ("ACCUSE", "114")
    assert event.target and event.target[0].text.endswith(("ambassador", "envoy"))


def test_calling_in_a_speech_is_no_summons(resources):
    text = "The president called in a speech for calm after the floods."
    called = [e for e in _analysis(text, resources).event_mentions if e.trigger == "called"]
    assert all(e.cameo_code != "114" for e in called)


def test_unnamed_diplomats_take_no_country_from_the_state_they_report_on(resources):
    text = "Poland vetoed the budget deal at the summit, two diplomats told reporters."
    analysis = _analysis(text, resources)
    diplomats = next(m for m in analysis.actor_mentions if m.text.endswith("diplomats"))
    assert diplomats.country is None


def test_an_envoy_beside_another_state_still_blocks_a_guess_from_that_state(resources):
    text = "According to a Chilean diplomat who attended, Tarek Osmani asked Lima to reopen the crossing."
    analysis = _analysis(text, resources)
    person = next(m for m in analysis.actor_mentions if "Osmani" in m.text)
    assert person.country is None
