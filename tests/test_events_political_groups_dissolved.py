"""A ruler dissolving a political grouping bans it (stop 47, lead; `own_triggers.tsv` "dissolve" and
"disband" rows). Sentences written for the tests, not the probe that showed the class."""

from __future__ import annotations

import pytest

from realpolitik.model import Document
from realpolitik.pipeline import analyse_documents

pytestmark = pytest.mark.slow


def _events(text, resources):
    return analyse_documents([Document("t", "t", raw=text, text=text)], resources)[0].event_mentions


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Niger's military rulers dissolved the country's largest civic coalition on Tuesday.",
         "dissolved"),
        ("The interior ministry dissolved a rights association that had monitored the elections.",
         "dissolved"),
        ("Authorities in Minsk disbanded the opposition movement after its leaders fled abroad.",
         "disbanded"),
    ],
)  # fmt: skip
def test_dissolving_a_political_grouping_is_a_ban(resources, text, trigger):
    act = next(e for e in _events(text, resources) if e.trigger == trigger)
    assert (act.plover_type, act.cameo_code) == ("COERCE", "1722")


def test_a_grouping_dissolving_itself_is_no_ban_on_others(resources):
    # "dissolved itself": no object noun of the list, so no ban is read
    events = _events("The rebel coalition dissolved itself after the peace deal.", resources)
    assert not any(e.cameo_code == "1722" for e in events)
