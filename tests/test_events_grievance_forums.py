"""A grievance brought to a forum is aimed at the party it is "against", not at the forum (stop 47,
lead; `arguments._against_parties`, `arguments.yaml` `grievance_nouns`). Sentences written for
the tests, not the probes that showed the class."""

from __future__ import annotations

import pytest

from realpolitik.model import Document
from realpolitik.pipeline import analyse_documents

pytestmark = pytest.mark.slow


def _event(text, trigger, resources):
    events = analyse_documents([Document("t", "t", raw=text, text=text)], resources)[0].event_mentions
    return next(e for e in events if e.trigger == trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Qatar lodged a complaint with the World Trade Organization against Saudi Arabia on Monday.",
         "lodged", "SAU"),
        ("Bolivia filed a suit at the International Court of Justice against Chile over the "
         "Silala waters.", "filed", "CHL"),
        ("Azerbaijan submitted a petition to the European Court of Human Rights against Armenia.",
         "submitted", "ARM"),
    ],
)  # fmt: skip
def test_the_party_a_grievance_is_against_is_its_target(resources, text, trigger, target):
    act = _event(text, trigger, resources)
    assert [m.country for m in act.target] == [target]


def test_the_with_party_of_an_alliance_stays_the_partner(resources):
    act = _event("Chad signed a pact with Niger against the jihadist groups.", "signed", resources)
    assert [m.country for m in act.target] == ["NER"]
