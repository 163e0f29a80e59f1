"""An act "in protest at what its foreign ministry called <demonym> meddling" is aimed at the
party of the act the hedge names, not at the namer; the ministry (or minister) was read as the
target (round r49, args53: stop 68's leftover from own101 tune)."""

from __future__ import annotations

from event_helpers import countries_of, pipeline_top


def test_protest_over_what_a_minister_described_as_an_act(resources):
    top = pipeline_top(
        "Peru suspended flights to La Paz on Friday in protest over what its transport minister "
        "described as Bolivian harassment of Peruvian pilots.",
        resources,
    )
    assert countries_of(top.source) == {"PER"}
    assert countries_of(top.target) == {"BOL"}


def test_protest_at_what_the_minister_termed_an_act(resources):
    top = pipeline_top(
        "Ghana recalled its envoy from Lome on Tuesday in protest at what the foreign minister "
        "termed Togolese bullying of Ghanaian traders.",
        resources,
    )
    assert countries_of(top.source) == {"GHA"}
    assert countries_of(top.target) == {"TGO"}


def test_protest_at_a_plain_act_noun_keeps_its_party(resources):
    # guard: without the hedge the act noun's party is the target, as before
    top = pipeline_top(
        "Kenya closed its embassy on Monday in protest at Somali meddling in Kenyan affairs.",
        resources,
    )
    assert countries_of(top.source) == {"KEN"}
    assert countries_of(top.target) == {"SOM"}
