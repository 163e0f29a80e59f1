"""A seat read as a place tells the country of the state that holds it on the document's day,
as the seat read as an actor does: the knowledge base gives Belgrade to Serbia and Montenegro,
which Serbia succeeded. Stop 53 lead (found on a PLOVER gold tune record); this sentence is
another."""

from __future__ import annotations

import pytest
from actor_helpers import actors_in


@pytest.mark.slow
def test_unknown_person_takes_the_country_of_a_seat_held_by_a_successor_state(nlp):
    text = "Serbian police detained the activist Marko Ilic during a march in Belgrade."
    mentions, _ = actors_in(nlp, text)
    assert {m.text: m.country for m in mentions}.get("activist Marko Ilic") == "SRB", mentions
