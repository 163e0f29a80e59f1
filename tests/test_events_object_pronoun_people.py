"""An act whose object is "them" is aimed at the nearest party named before it in its sentence
by a plural noun, other than the doers ("marched on the office, and soldiers dispersed them"),
and so does a bare number ("fired on the crowd, killing two"): such acts had no target (stop 57
lead, probes of our own; these sentences are others)."""

from __future__ import annotations

import pytest
from event_helpers import event_on, events_with_actors

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    ("text", "trigger", "actors", "target"),
    [
        ("Hundreds of miners marched on the governor's office in Potosi, and soldiers dispersed "
         "them with batons.", "dispersed",
         (("miners", "BOL", "CVL"), ("soldiers", "BOL", "MIL")), "miners"),
        ("Three activists were held at a checkpoint near Pristina, and border police expelled "
         "them the following morning.", "expelled",
         (("activists", None, "CVL"), ("border police", "XKX", "COP")), "activists"),
        ("Villagers gathered outside the gold mine at Tarkwa before riot police fired rubber "
         "bullets at them.", "fired",
         (("Villagers", "GHA", "CVL"), ("riot police", "GHA", "COP")), "Villagers"),
    ],
)  # fmt: skip
def test_them_as_an_act_s_object_is_the_plural_party_named_before(
    nlp, text, trigger, actors, target
):
    events = events_with_actors(nlp, text, *actors)
    assert [m.text for m in event_on(events, trigger).target] == [target]


def test_them_never_stands_for_a_singular_name(nlp):
    # guard: "them" cannot be the governor, a single party named before it
    text = "The governor of Oruro met the strikers, and the police later released them."
    events = events_with_actors(
        nlp, text, ("governor", "BOL", "GOV"), ("strikers", "BOL", "CVL"), ("police", "BOL", "COP")
    )
    assert [m.text for m in event_on(events, "released").target] == ["strikers"]


def test_them_never_stands_for_the_doers_themselves(nlp):
    # guard: the rebels burned trucks, not themselves
    text = "The rebels stopped two fuel trucks on the road to Bunia and set them on fire."
    events = events_with_actors(nlp, text, ("rebels", "COD", "REB"))
    assert all(m.text != "rebels" for e in events for m in e.target)


@pytest.mark.parametrize(
    ("text", "actors", "target"),
    [
        ("Police fired live rounds at striking miners near the smelter, killing three.",
         (("Police", "ZAF", "COP"), ("miners", "ZAF", "CVL")), "miners"),
        ("Soldiers ambushed a column of rebels near Beni, killing at least seven of them.",
         (("Soldiers", "COD", "MIL"), ("rebels", "COD", "REB")), "rebels"),
    ],
)  # fmt: skip
def test_a_bare_number_killed_counts_the_plural_party_named_before(nlp, text, actors, target):
    events = events_with_actors(nlp, text, *actors)
    assert [m.text for m in event_on(events, "killing").target] == [target]


def test_a_bare_number_never_counts_the_doers(nlp):
    # guard: the gunmen killed five people of the village, not five of themselves
    text = "Gunmen stormed a village near Djibo on Sunday, killing five."
    events = events_with_actors(nlp, text, ("Gunmen", None, "REB"))
    assert all(m.text != "Gunmen" for m in event_on(events, "killing").target)
