"""A thing owned by "their" that names no party ("impounded their cargo", "froze their bank
accounts") is its owner's, the nearest party named before it by a plural noun other than the
doers: the owner is whom the act hits, and such acts had no target (stop 57 lead, probes of our
own; these sentences are others)."""

from __future__ import annotations

import pytest
from event_helpers import event_on, events_with_actors

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    ("text", "trigger", "actors", "target"),
    [
        ("Customs officers detained six Afghan traders at Chaman and impounded their cargo.",
         "impounded", (("Customs officers", "PAK", "GOV"), ("traders", "AFG", "BUS")), "traders"),
        ("The interior ministry detained five student leaders and froze their bank accounts.",
         "froze", (("interior ministry", "BGD", "GOV"), ("student leaders", "BGD", "CVL")),
         "student leaders"),
    ],
)  # fmt: skip
def test_a_thing_owned_by_their_is_its_owner_s(nlp, text, trigger, actors, target):
    events = events_with_actors(nlp, text, *actors)
    assert [m.text for m in event_on(events, trigger).target] == [target]


def test_a_thing_of_the_doers_own_names_no_target(nlp):
    # guard: the rebels left their own positions; no one else is hit
    text = "The rebels abandoned their positions near the dam on Friday."
    events = events_with_actors(nlp, text, ("rebels", "COD", "REB"))
    assert all(m.text != "rebels" for e in events for m in e.target)
