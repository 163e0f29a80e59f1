"""Doctors or nurses sent "to treat" or "to care for" the injured are relief (AID): the people
they treat, who name no party, are not whom the act is aimed at; where the helpers go is. Round
r40, args44 (stop 59's leftover "to treat people injured in ..."; sentences of our own)."""

from __future__ import annotations

from event_helpers import countries_of, event_on


def test_surgeons_sent_to_treat_people_injured_aim_at_the_place_they_go_to(analyse):
    events = analyse(
        "Kenya sent a team of twelve surgeons to Kampala on Monday to treat people injured in a "
        "fire at a fuel depot in central Uganda, the health ministry said."
    )
    sent = event_on(events, "sent")
    assert sent.plover_type == "AID"
    assert "KEN" in countries_of(sent.source)
    assert "UGA" in countries_of(sent.target)
    assert not any(m.text == "people" for m in sent.target)


def test_nurses_sent_to_treat_the_wounded_aim_at_the_place_they_go_to(analyse):
    events = analyse(
        "Peru sent forty nurses to La Paz on Friday to treat people hurt in a landslide in "
        "western Bolivia, officials said."
    )
    sent = event_on(events, "sent")
    assert sent.plover_type == "AID"
    assert "BOL" in countries_of(sent.target)


def test_doctors_sent_to_treat_named_soldiers_keep_them_as_target(analyse):
    # guard: a party the care names stays whom the act is aimed at
    events = analyse(
        "Kenya sent twelve surgeons to Kampala on Monday to treat Ugandan soldiers wounded in "
        "the fighting, the health ministry said."
    )
    sent = event_on(events, "sent")
    assert "UGA" in countries_of(sent.target)
