"""A coordinated subject whose first party carries an apposed name ("Kenya's foreign minister,
<name>, and Uganda's trade minister met ..."): the parser hangs the second party on the name, not
on the first party, and the second party was lost (issue 9, stop 72, args56: own109 tune)."""

from __future__ import annotations

from event_helpers import countries_of, pipeline_top


def test_events_second_party_after_an_apposed_name_meets_the_first(resources):
    top = pipeline_top(
        "Kenya's foreign minister, Joseph Mwangi, and Uganda's trade minister met in Kampala on "
        "Monday to discuss a pipeline.",
        resources,
    )
    assert top.plover_type == "CONSULT"
    assert countries_of(top.source) | countries_of(top.target) == {"KEN", "UGA"}
    assert countries_of(top.target)


def test_events_second_party_after_an_apposed_name_with_a_president(resources):
    top = pipeline_top(
        "Ghana's president, Kofi Mensah, and Togo's defence minister met in Accra on Friday to "
        "talk about piracy in the gulf.",
        resources,
    )
    assert countries_of(top.source) | countries_of(top.target) == {"GHA", "TGO"}


def test_events_apposed_name_without_a_second_party_keeps_one_source(resources):
    # guard: an apposed name alone adds no party
    top = pipeline_top(
        "Kenya's foreign minister, Joseph Mwangi, accused Sudan on Monday of arming raiders.",
        resources,
    )
    assert countries_of(top.source) == {"KEN"}
    assert countries_of(top.target) == {"SDN"}


def test_events_coordinated_parties_without_an_apposition_still_meet(resources):
    # guard: the plain coordination reads as before
    top = pipeline_top(
        "Kenya's foreign minister and Uganda's trade minister met in Kampala on Monday to discuss "
        "a pipeline.",
        resources,
    )
    assert countries_of(top.source) == {"KEN"}
    assert countries_of(top.target) == {"UGA"}
