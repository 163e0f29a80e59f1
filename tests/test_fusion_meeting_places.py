"""A meeting's town carried across its reports to what happened at it (`fusion.meeting_places`):
one report names the town, another only what the meeting produced. Every text is written for
its test."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from test_fusion_events import MALIK, RAHMON, mention

from realpolitik.fusion import fuse_events
from realpolitik.fusion.meeting_places import FUSED_MEETING, place_at_fused_meetings
from realpolitik.model import Document, EventMention, Place

NAIROBI = Place("Nairobi", "KEN", -1.28, 36.82, 184745, "city", basis="sentence")
MOMBASA = Place("Mombasa", "KEN", -4.05, 39.67, 186301, "city", basis="sentence")
KENYA = Place("Kenya", "KEN", 1.0, 38.0, 192950, "country", basis="home")


def met(doc_id: str, place: Place | None = None, at: int = 0) -> EventMention:
    return mention(doc_id, at, "CONSULT", (RAHMON,), (MALIK,), "Rahmon met Malik on Monday.",
                   "met", place=place, meeting_role="meeting")  # fmt: skip


def agreed(doc_id: str, at: int = 100, place: Place | None = None) -> EventMention:
    return mention(doc_id, at, "AGREE", (), (), "The talks produced an agreement on trade.",
                   "agreement", place=place, meeting_role="outcome")  # fmt: skip


def _place_of(events, trigger: str) -> Place | None:
    [event] = [e for e in events if any(m.trigger == trigger for m in e.mentions)]
    return event.location


def test_outcome_takes_the_town_another_report_of_its_meeting_names() -> None:
    events = fuse_events([met("a", NAIROBI), met("b"), agreed("b")])
    place = _place_of(events, "agreement")
    assert place is not None and (place.name, place.basis) == ("Nairobi", FUSED_MEETING)


def test_no_report_naming_the_town_places_nothing() -> None:
    events = fuse_events([met("a"), met("b"), agreed("b")])
    assert _place_of(events, "agreement") is None


def test_meeting_placed_only_at_a_country_or_by_the_dateline_places_nothing() -> None:
    for place in (KENYA, replace(NAIROBI, basis="dateline")):
        events = fuse_events([met("a", place), met("b"), agreed("b")])
        assert _place_of(events, "agreement") is None, place


def test_meeting_its_reports_put_in_two_towns_places_nothing() -> None:
    events = fuse_events([met("a", NAIROBI), met("b"), agreed("b")])
    assert _place_of(events, "agreement") is not None  # the control: one town
    unplaced = [replace(e, location=None) if e.plover_type == "AGREE" else e for e in events]
    # a third report of the same meeting puts it in another town
    clash = [
        replace(e, mentions=[*e.mentions, met("c", MOMBASA)]) if e.plover_type == "CONSULT" else e
        for e in unplaced
    ]
    assert _place_of(place_at_fused_meetings(unplaced), "agreement") is not None
    assert _place_of(place_at_fused_meetings(clash), "agreement") is None


def test_document_reporting_a_second_unplaced_meeting_keeps_its_outcome_unplaced() -> None:
    other = mention("b", 50, "CONSULT", (), (), "Separately, envoys held talks.", "talks",
                    meeting_role="meeting")  # fmt: skip
    events = fuse_events([met("a", NAIROBI), met("b"), other, agreed("b")])
    assert _place_of(events, "agreement") is None


def test_event_that_is_not_an_outcome_is_not_placed() -> None:
    plain = replace(agreed("b"), meeting_role=None)
    events = fuse_events([met("a", NAIROBI), met("b"), plain])
    assert _place_of(events, "agreement") is None


def test_located_outcome_keeps_its_own_place() -> None:
    events = fuse_events([met("a", NAIROBI), met("b"), agreed("b", place=MOMBASA)])
    place = _place_of(events, "agreement")
    assert place is not None and place.name == "Mombasa"


SOMALIA_MEETING = (
    "Kenyan Foreign Minister Musalia Mudavadi met in Nairobi on Tuesday with his Somali"
    " counterpart Ahmed Moallim Fiqi. The two ministers signed a memorandum on trade."
)
SOMALIA_OUTCOME = (
    "Kenyan Foreign Minister Musalia Mudavadi met his Somali counterpart Ahmed Moallim Fiqi on"
    " Tuesday. The two sides agreed to step up cooperation against al-Shabaab."
)


@pytest.mark.slow
def test_two_reports_of_one_meeting_give_the_unnamed_town_to_the_outcome(resources) -> None:
    from realpolitik.pipeline import analyse_documents

    docs = [
        Document(doc_id=name, source=name, raw=text, text=text, published=date(2026, 3, 10))
        for name, text in (("named", SOMALIA_MEETING), ("unnamed", SOMALIA_OUTCOME))
    ]
    mentions = [m for a in analyse_documents(docs, resources) for m in a.event_mentions]
    events = fuse_events(mentions)
    [agreed] = [e for e in events if any(m.trigger == "agreed" for m in e.mentions)]
    assert agreed.location is not None, [(e.plover_type, e.location) for e in events]
    assert (agreed.location.name, agreed.location.basis) == ("Nairobi", FUSED_MEETING)


@pytest.mark.slow
def test_what_a_meeting_followed_or_came_amid_is_not_its_outcome(nlp) -> None:
    from locate_helpers import located_events

    from realpolitik.places.locate.meeting import meeting_outcome

    for text, trigger in (
        ("Ghana's president met Togo's leader in Accra. The meeting followed clashes on the border.",
         "clashes"),
        ("The ministers met in Lome on Friday. The talks came after a raid on a police post.",
         "raid"),
        ("The envoys met in Accra. The visit followed tensions after recent shootings.",
         "shootings"),
    ):  # fmt: skip
        sdoc = nlp(text)
        [tok] = [t for t in sdoc if t.text == trigger]
        assert not meeting_outcome(tok), text
        placed = located_events(nlp, text).get(trigger)
        assert placed is None or placed[2] != "meeting", (text, placed)
    # the control: what the talks produced is still theirs
    sdoc = nlp("The envoys met in Accra. The talks produced an agreement on fishing rights.")
    [tok] = [t for t in sdoc if t.text == "agreement"]
    assert meeting_outcome(tok)
