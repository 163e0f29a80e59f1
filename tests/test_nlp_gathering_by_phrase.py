"""A gathering's "by" phrase that the parser hung on the verb whose object the gathering is
("Police broke up a vigil by students", "The governor banned a rally by teachers' unions"):
the "by" phrase is the gathering's again, so the act on the gathering is done to its doers
(lead, stop 67; probe sentences written as wire text, these are others). A "by" of means stays
the verb's."""

from __future__ import annotations

import pytest
from event_helpers import event_on as _on
from event_helpers import pipeline_events

from realpolitik.nlp.gathering_by_repair import GATHERING_NOUNS


def test_gathering_nouns_hold_both_numbers_and_the_hyphened_sit_in():
    assert {"vigil", "vigils", "procession", "processions", "sit-in", "sit-ins"} <= GATHERING_NOUNS


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "verb", "target"),
    [
        ("Police broke up a vigil by students outside the parliament in Kinshasa on Friday.",
         "broke", "students"),
        ("The regional governor banned a rally by teachers' unions in Arusha on Friday.",
         "banned", "unions"),
        ("Gendarmes broke up a sit-in by retired soldiers in Yaounde on Thursday.",
         "broke", "retired soldiers"),
    ],
)  # fmt: skip
def test_an_act_on_a_gathering_is_done_to_the_doers_of_its_by_phrase(
    resources, text, verb, target
):
    e = _on(pipeline_events(text, resources), verb)
    assert target.split()[-1] in " ".join(m.text for m in e.target)


@pytest.mark.slow
def test_a_by_phrase_of_means_stays_the_verbs(resources):
    from realpolitik.nlp.gathering_by_repair import misread_gathering_by

    doc = resources.nlp("Troops ended the blockade by force on Sunday.")
    assert misread_gathering_by(next(iter(doc.sents))) == []
    assert next(t for t in doc if t.lower_ == "by").head.lower_ == "ended"


@pytest.mark.slow
def test_a_passive_doer_stays_the_passive_verbs(resources):
    doc = resources.nlp("The rally was broken up by police on Sunday.")
    by = next(t for t in doc if t.lower_ == "by")
    assert by.head.lower_ == "broken"
