"""Classes of phrasing of the PLOVER typing round r51 (plover69), on sentences written for the
tests (not the gold sentences that prompted them):

- "Praise for X came on Monday from Y": the noun "praise" is praising (SUPPORT 051, as the verb
  row), and an act noun that is the subject of a verb of coming has the "from" party as its doer
  (`extract._light_verb_arguments`, `light_verbs.yaml` coming_verbs); the praise read no event and
  such nouns had no source.

Sentences written for the test, none from a gold set."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_top

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Praise for Ghana's handling of the floods came on Monday from the African Union's "
         "chairman, officials said.", "African Union"),
        ("Praise for the Kenyan police came on Tuesday from Uganda's interior minister, his "
         "office said.", "interior minister"),
        ("Ghana's president drew praise from the African Union on Monday for holding the vote on "
         "time, officials said.", "African Union"),
    ],
)
def test_events_r51_praise_is_support_by_its_giver(resources, text, doer):
    top = pipeline_top(text, resources)
    assert top.plover_type == "SUPPORT", text
    assert any(doer in m.text for m in top.source), [m.text for m in top.source]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Criticism of Chad's junta came on Monday from the European Union, diplomats said.",
         "European Union"),
        ("Condemnation of the shelling came swiftly from Turkey's foreign ministry, state media "
         "reported.", "foreign ministry"),
    ],
)
def test_events_r51_an_act_noun_that_came_from_a_party_is_its_act(resources, text, doer):
    top = pipeline_top(text, resources)
    assert top.plover_type == "ACCUSE", text
    assert any(doer in m.text for m in top.source), [m.text for m in top.source]


@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        # an act noun that "came" after something, with no "from" party: read as before
        ("The attack on the convoy came a day after talks broke down, the army said.", "ASSAULT"),
        # help that "came from" a state with no act noun for a subject: the landing with tents
        ("Help came from Senegal on Monday, when two planes landed with tents, officials said.",
         "AID"),
    ],
)
def test_events_r51_coming_without_an_act_noun_keeps_its_reading(resources, text, plover_type):
    top = pipeline_top(text, resources)
    assert top.plover_type == plover_type, text
    assert not top.source, [m.text for m in top.source]


def test_events_r51_praise_for_a_party_names_it_the_target(resources):
    text = ("Praise for the Kenyan police came on Tuesday from Uganda's interior minister, his "
            "office said.")
    top = pipeline_top(text, resources)
    assert top.plover_type == "SUPPORT", text
    assert any("Kenyan police" in m.text for m in top.target), [m.text for m in top.target]
