"""Property "set alight" by a party ("market stalls were set alight by soldiers") is destroyed,
as "set fire to" reads (CAMEO 1711, COERCE destroy); the passive read no act (stop 66, args50:
own97 tune)."""

from __future__ import annotations

from event_helpers import countries_of, pipeline_top


def test_stalls_set_alight_by_soldiers_are_destroyed(resources):
    top = pipeline_top(
        "Market stalls owned by Kenyan traders were set alight near Busia on Tuesday by Ugandan "
        "soldiers, a Kenyan official said.",
        resources,
    )
    assert top.plover_type == "COERCE"
    assert "UGA" in countries_of(top.source)
    assert "KEN" in countries_of(top.target)


def test_huts_set_alight_by_militiamen_are_destroyed(resources):
    top = pipeline_top(
        "The huts of Chadian herders were set alight by Sudanese militiamen near Adre on Sunday, "
        "an aid group said.",
        resources,
    )
    assert top.plover_type == "COERCE"
    assert "SDN" in countries_of(top.source)


def test_set_fire_to_keeps_its_reading(resources):
    # guard: the "set fire to" row this one follows
    top = pipeline_top(
        "Sudanese militiamen set fire to the huts of Chadian herders near Adre on Sunday, an aid "
        "group said.",
        resources,
    )
    assert top.plover_type == "COERCE"
    assert "SDN" in countries_of(top.source)
