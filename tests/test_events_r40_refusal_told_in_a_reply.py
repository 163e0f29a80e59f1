"""Round r40 (reader44), a class left from stop 59 and met again in reader_own39 tune; every
sentence here is made up for the test: a reply whose reported clause holds a cooperative act its
side will not do ("She replied that Accra would not release them") is the refusal told, an
asserted REJECT on the verb of replying by the side that will not act, as "said ... would not"
already reads (events/told_threats.py). The verb of replying alone reads a disapproval (CAMEO
110, ACCUSE); that reading stays where the reply reports no refusal."""

from __future__ import annotations

import pytest
from event_helpers import event_on


@pytest.mark.parametrize(
    ("text", "verb", "side"),
    [
        ("She replied that Accra would not release the two fishermen.", "replied", "Accra"),
        ("The minister answered that Lome would not lift the ban on Ghanaian cocoa.", "answered", "Lome"),
        ("Bamako responded that it would not hand the soldiers over to Niamey.", "responded", "Bamako"),
    ],
)
def test_a_reply_reporting_a_refusal_is_the_refusal(analyse, text, verb, side):
    events = analyse(text)
    reply = event_on(events, verb)
    assert reply.plover_type == "REJECT" and reply.polarity == "asserted"
    assert [a.text for a in reply.source] == [side]
    assert all(e.polarity != "asserted" for e in events if e is not reply)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The minister replied that Accra had been wrong to close the border.", "replied"),
        ("Lome answered that the charges against its envoy were false.", "answered"),
    ],
)
def test_a_reply_without_a_refusal_keeps_its_reading(analyse, text, verb):
    assert all(e.plover_type != "REJECT" for e in analyse(text) if e.trigger.startswith(verb))
