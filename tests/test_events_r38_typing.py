"""Classes of phrasing of the PLOVER typing round r38 (plover56), on sentences written for the
tests (not the gold sentences that prompted them): a relation between parties frozen ("froze its
defence cooperation with X", "froze military ties with X") is a cut in relations (SANCTION), as
"froze relations" and "suspended cooperation" read, and outranks a later conjunct; forces pulled
back that a relative clause places near a border or a dividing line ("pulled back the units it
had moved near the border with X") are aimed at the state across it, not at the forces."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_top

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "Moldova froze its defence cooperation with Romania and barred three Romanian officers "
        "from entering the country, the government said.",
        "Laos froze its military ties with Thailand on Monday and banned two Thai generals from "
        "its territory.",
        "Armenia has frozen all security contacts with Russia, officials in Yerevan said.",
    ],
)
def test_events_r38_relation_frozen_is_a_cut_in_relations(resources, text):
    top = pipeline_top(text, resources)
    assert top.plover_type == "SANCTION", text
    assert top.trigger.split()[0] in {"froze", "frozen"}, text


@pytest.mark.parametrize(
    "text",
    [
        # what is frozen is property, not a relation: the asset freeze keeps its own code
        "The central bank froze the accounts of two Malawian traders on Tuesday.",
        "Zambia froze the assets of a mining company accused of tax evasion.",
    ],
)
def test_events_r38_accounts_frozen_keep_their_reading(resources, text):
    top = pipeline_top(text, resources)
    assert top.trigger.split()[0] == "froze", text
    assert (top.plover_type, top.cameo_code) == ("SANCTION", "163"), text


@pytest.mark.parametrize(
    ("text", "across"),
    [
        ("Azerbaijan pulled back the armoured units it had moved to the heights near the border "
         "with Armenia, officials said.", "ARM"),
        ("Cambodia withdrew the two battalions that it had stationed along its frontier with "
         "Laos on Sunday.", "LAO"),
    ],
)  # fmt: skip
def test_events_r38_forces_pulled_back_from_a_border_aim_at_the_state_across(
    resources, text, across
):
    top = pipeline_top(text, resources)
    assert top.plover_type == "RETREAT", text
    assert across in {m.country for m in top.target}, (text, [m.text for m in top.target])


def test_events_r38_forces_pulled_back_from_a_town_keep_no_border_target(resources):
    # no border or dividing line: no state across it is guessed
    text = "The rebels pulled back the fighters they had sent into the market town on Sunday."
    top = pipeline_top(text, resources)
    assert top.plover_type == "RETREAT", text
    assert not any(m.country for m in top.target), [m.text for m in top.target]


@pytest.mark.parametrize(
    ("text", "striker"),
    [
        ("A hunger strike by nine detained union organisers in a jail outside Lusaka entered its "
         "third week on Friday, their families said.", "organisers"),
        ("A hunger strike by eleven detained farm workers in a police station in Tegucigalpa "
         "entered its fifth day, relatives said.", "workers"),
    ],
)  # fmt: skip
def test_events_r38_protest_by_counted_detainees_is_the_news(resources, text, striker):
    # the parser read "detained" as the clause's verb with the strike as its subject; the
    # participle only says who the strikers are
    top = pipeline_top(text, resources)
    assert top.plover_type == "PROTEST", text
    assert any(striker in m.text for m in top.source), [m.text for m in top.source]


def test_events_r38_detention_told_by_its_verb_stays_the_act(resources):
    text = "Police detained nine union organisers in a jail outside Lusaka and charged them on Friday."
    top = pipeline_top(text, resources)
    assert top.plover_type == "COERCE", text


def test_nlp_counted_participle_read_as_the_counted_nouns_modifier(nlp):
    doc = nlp("A hunger strike by nine detained union organisers in a jail outside Lusaka entered "
              "its third week on Friday, their families said.")  # fmt: skip
    detained = next(t for t in doc if t.text == "detained")
    entered = next(t for t in doc if t.text == "entered")
    strike = next(t for t in doc if t.text == "strike")
    assert (detained.dep_, detained.head.text) == ("amod", "organisers")
    assert (strike.dep_, strike.head.i) == ("nsubj", entered.i)
    assert next(t for t in doc if t.text == "organisers").head.text == "by"
