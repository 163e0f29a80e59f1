"""Classes of phrasing of issue 9's thirteenth round, on sentences written for the test (not the
held-out sentences that prompted them): a meeting told as held ("met at the border post", "met
for talks", "met with leaders") is consultation; CAMEO's patterns code these "meet" phrases as an
intent to meet, which only a future framing ("will meet for talks") should give; forces moved,
gathered or placed ("massed troops", "moving artillery toward") are a mobilization, and moved
back a pull-back, through a family of verb + object patterns; a particle split from its verb by
the object ("moved its troops back") is read with the verb."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events

from realpolitik.eval.plover import top_event
from realpolitik.events.lexicon import load_lexicon


def test_events_round13_meeting_patterns_read_as_consultation():
    lex = load_lexicon()
    for prep, obj in (("at", ""), ("for", "talks"), ("with", "leaders")):
        hit = lex.pattern("meet", prep, obj)
        assert hit is not None and hit.plover_type == "CONSULT", (prep, obj)
    # an offer to meet stays an intent (the verb "offer" is not touched)
    assert lex.verb("offer") is not None and lex.verb("offer").plover_type == "AGREE"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        ("Sudanese and Chadian border officials met at the Adre crossing on Tuesday.", "CONSULT"),
        ("Envoys of the two Koreas met for talks in Panmunjom, the unification ministry said.",
         "CONSULT"),
        ("Bolivia's foreign minister met with leaders of the Andean Community in Quito.",
         "CONSULT"),
        # the same phrases told as future are a promise to meet, AGREE, by the clause's framing
        ("Serbian and Kosovan negotiators will meet for talks in Brussels next week.", "AGREE"),
    ],
)
def test_events_round13_meeting_type(resources, text, plover_type):
    top = top_event(pipeline_events(text, resources))
    assert top is not None and top.plover_type == plover_type, text


def test_events_round13_force_family_crosses_its_verbs_and_objects(tmp_path):
    from realpolitik.events.lexicon import family_patterns

    path = tmp_path / "families.yaml"
    path.write_text(
        "families:\n  - {name: f, verbs: [mass, shift], objects: [troops], cameo: '154',\n"
        "     plover_type: MOBILIZE, mode: troops, back: [back]}\n",
        encoding="utf-8",
    )
    got = family_patterns(path)
    assert {k: t.plover_type for k, t in got.items()} == {
        ("mass", "", "troops"): "MOBILIZE", ("mass", "back", "troops"): "RETREAT",
        ("shift", "", "troops"): "MOBILIZE", ("shift", "back", "troops"): "RETREAT",
    }  # fmt: skip
    lex = load_lexicon()
    assert lex.pattern("amass", "", "tanks").plover_type == "MOBILIZE"
    assert lex.pattern("move", "back", "troops").plover_type == "RETREAT"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        ("Belarus has massed troops near the Lithuanian frontier, Vilnius said.", "MOBILIZE"),
        ("Eritrea is moving tanks and artillery toward the border with Ethiopia.", "MOBILIZE"),
        ("Thousands of soldiers were massed along the Line of Control.", "MOBILIZE"),
        ("Pakistan rushed reinforcements to Kurram after the sectarian clashes.", "MOBILIZE"),
        ("Kigali moved its troops back from the Congolese border on Sunday.", "RETREAT"),
        # the family reads only force nouns: moving a meeting is no mobilization
        ("The two sides moved the next round of talks to Geneva.", None),
    ],
)
def test_events_round13_forces_moved_type(resources, text, plover_type):
    top = top_event(pipeline_events(text, resources))
    if plover_type is None:
        assert top is None or top.plover_type != "MOBILIZE", text
    else:
        assert top is not None and top.plover_type == plover_type, text
