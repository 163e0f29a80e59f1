"""The owner of an act noun is its doer ("Chad's closure of the border", "Serbia's shelling of
the hamlet"): the state named there is no place the act fell on, so its own government is no
target of the act (stop 73 lead; the place-target reading had read the owner's name as the place
acted on). A place named in the act noun's own phrase is still acted on."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events


def _events_on(text, resources, word):
    return [e for e in pipeline_events(text, resources) if e.trigger.lower() == word]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "doer"),
    [
        ("Chad's closure of the Mbaiki road worried cattle herders on Tuesday.", "closure", "TCD"),
        ("Serbia's shelling of the hamlet went on through the night, witnesses said.", "shelling",
         "SRB"),
        ("Egypt's blockade of the fishing harbour entered its third week.", "blockade", "EGY"),
    ],
)  # fmt: skip
def test_events_the_owner_of_an_act_noun_is_not_its_own_target(resources, text, word, doer):
    found = _events_on(text, resources, word)
    assert found, text
    assert doer in {m.country for m in found[0].source}, text
    assert doer not in {m.country for m in found[0].target}, text


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "target"),
    [
        ("The shelling of Kharkiv went on through the night, witnesses said.", "shelling", "UKR"),
        ("Turkish jets' bombing of Kobani killed nine people.", "bombing", "SYR"),
    ],
)  # fmt: skip
def test_events_a_place_in_the_act_nouns_own_phrase_is_still_acted_on(
    resources, text, word, target
):
    found = _events_on(text, resources, word)
    assert found and target in {m.country for m in found[0].target}, text
