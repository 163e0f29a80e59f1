"""Who did it to whom (issue 9, twelfth round): people named only by their role act for the
parties their "for/from/of" phrase names ("negotiators for A and B signed", "police from A and
B worked together"), on sentences written for the test."""

from __future__ import annotations

import pytest
from event_helpers import event_on, events_with_actors

pytestmark = pytest.mark.slow


def _parties(event) -> tuple[list[str], list[str]]:
    return [m.text for m in event.source], [m.text for m in event.target]


def test_officials_from_two_states_make_their_agreement_between_them(nlp):
    text = "Officials from Serbia and Kosovo agreed to reopen the border crossing."
    events = events_with_actors(nlp, text, ("Officials", "SRB", "GOV", "generic"),
                                ("Serbia", "SRB", None), ("Kosovo", "XKX", None))  # fmt: skip
    assert _parties(event_on(events, "agreed")) == (["Serbia"], ["Kosovo"])


def test_police_from_two_states_acting_jointly_cooperate_with_each_other(nlp):
    text = "Police from Kenya and Uganda jointly patrolled the border region."
    events = events_with_actors(nlp, text, ("Police", "KEN", "COP", "generic"),
                                ("Kenya", "KEN", None), ("Uganda", "UGA", None))  # fmt: skip
    event = event_on(events, "patrolled")
    assert _parties(event) == (["Kenya"], ["Uganda"])
    assert event.plover_type == "COOPERATE"


def test_negotiators_for_two_sides_sign_as_those_sides(nlp):
    text = "Negotiators for the Sudanese army and the Rapid Support Forces signed a truce in Jeddah."
    events = events_with_actors(nlp, text, ("Negotiators", None, "GOV", "generic"),
                                ("Sudanese army", "SDN", "MIL"),
                                ("Rapid Support Forces", "SDN", "REB"))  # fmt: skip
    source, target = _parties(event_on(events, "signed"))
    assert {*source, *target} == {"Sudanese army", "Rapid Support Forces"}


def test_role_noun_with_its_own_single_country_keeps_its_own_mention(nlp):
    text = "Officials from Serbia said they would reopen the border crossing."
    events = events_with_actors(nlp, text, ("Officials", "SRB", "GOV", "generic"),
                                ("Serbia", "SRB", None))  # fmt: skip
    assert _parties(event_on(events, "reopen"))[0] == ["Officials"]


def test_role_noun_from_a_generic_group_is_not_replaced_by_it(nlp):
    text = "Soldiers from the garrison fired on protesters in the square."
    events = events_with_actors(nlp, text, ("Soldiers", None, "MIL", "generic"),
                                ("garrison", None, "MIL", "generic"),
                                ("protesters", None, "OPP", "generic"))  # fmt: skip
    assert _parties(event_on(events, "fired"))[0] == ["Soldiers"]
