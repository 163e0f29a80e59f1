"""The event-location scorer (`eval/locations.py`): its own texts, their parts, how one text is
judged and the figures."""

from __future__ import annotations

import pytest

from realpolitik.errors import UsageError
from realpolitik.eval.locations import _summary, judge_place, own_place_texts, part_of
from realpolitik.model import EventMention, Place

NAIROBI = Place("Nairobi", "KEN", -1.28, 36.82, 184745, "city", basis="sentence")
KENYA = Place("Kenya", "KEN", 1.0, 38.0, 192950, "country", basis="home")


def _event(trigger: str, location: Place | None) -> EventMention:
    return EventMention("t", 0, len(trigger), trigger, trigger, 0, "ASSAULT", 4, location=location)


def test_own_texts_have_their_fields_and_both_parts():
    texts = own_place_texts()
    assert len(texts) >= 40
    assert {t["part"] for t in texts} == {"tune", "check"}
    assert all(t["part"] == part_of(str(t["id"])) for t in texts)


def test_an_entry_without_places_is_a_usage_error(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("texts:\n  - {id: x, text: 'A b.', trigger: b}\n", encoding="utf-8")
    with pytest.raises(UsageError, match="needs id, text, trigger and place"):
        own_place_texts(bad)


def test_a_place_no_coder_accepts_is_wrong_and_none_is_right_where_allowed():
    text = {"id": "a", "part": "tune", "trigger": "attack", "place": ["Nairobi"], "text": ""}
    maybe = {**text, "id": "b", "place": ["Kenya", "none"]}
    rows = [
        judge_place(text, [_event("attacked", KENYA)]),  # wrong
        judge_place(text, [_event("attacked", NAIROBI)]),  # right
        judge_place(maybe, [_event("attacked", None)]),  # none, allowed
        judge_place(text, [_event("met", NAIROBI)]),  # no event on the trigger
    ]
    assert [r["correct"] for r in rows[:3]] == [False, True, True] and rows[3]["no_event"]
    figures = _summary(rows)
    assert figures["located"] == 2 and figures["wrong"] == 1
    assert figures["precision"] == 0.5 and figures["recall"] == 0.5
    assert figures["none_right"] == 1.0
