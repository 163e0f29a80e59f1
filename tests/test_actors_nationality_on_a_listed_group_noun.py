"""A nationality on a group noun of our own list (`generic_actors.yaml`: "nationals",
"herders", "doctors", "pensioners") names that state's group, as it does for the nouns of the
role index ("Polish citizens"): the bare state was the party detained or attacked (lead, stop
68; probe sentences written as wire text, these are others)."""

from __future__ import annotations

import pytest
from event_helpers import event_on as _on
from event_helpers import pipeline_events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "verb", "actor_id"),
    [
        ("Uzbek police detained six Tajik nationals at a market in Samarkand on Tuesday.",
         "detained", "TJK.CVL"),
        ("Bandits shot dead two Malian herders near the border on Saturday.", "shot",
         "MLI.CVL"),
        ("Riot police beat dozens of Greek pensioners outside the labour ministry.", "beat",
         "GRC.CVL"),
    ],
)  # fmt: skip
def test_a_nationality_on_a_listed_group_noun_names_that_states_group(
    resources, text, verb, actor_id
):
    e = _on(pipeline_events(text, resources), verb)
    assert [m.actor_id for m in e.target] == [actor_id]


def test_a_nationality_on_an_index_noun_is_unchanged(resources):
    # guard: the role index's nouns already named the state's group
    text = "Georgian police detained three Armenian citizens near the border on Monday."
    e = _on(pipeline_events(text, resources), "detained")
    assert [m.actor_id for m in e.target] == ["ARM.CVL"]
