"""A force boarding small craft ("sailors of the navy boarded a speedboat", "a fishing cutter was
boarded by officers of the border guard") is a seizure, as boarding a trawler is; passengers
boarding a speedboat are no act (stop 66, args50: own97 tune and stop 65's leftover; the small
craft serve "board" alone, which needs a force as the doer)."""

from __future__ import annotations

from event_helpers import countries_of, pipeline_events, pipeline_top


def test_navy_sailors_boarding_a_speedboat_is_a_seizure(resources):
    top = pipeline_top(
        "Sailors of the Ghanaian navy boarded a speedboat carrying thirty migrants off Axim on "
        "Monday and took it to Takoradi, a navy spokesman said.",
        resources,
    )
    assert top.plover_type == "COERCE"
    assert top.trigger == "boarded"
    assert "GHA" in countries_of(top.source)


def test_a_cutter_boarded_by_border_guard_officers_is_a_seizure(resources):
    top = pipeline_top(
        "A Latvian fishing cutter was boarded near Ventspils on Friday by officers of the "
        "Estonian border guard, the Latvian fisheries ministry said.",
        resources,
    )
    assert top.plover_type == "COERCE"
    assert "EST" in countries_of(top.source)
    assert "LVA" in countries_of(top.target)


def test_dinghies_boarded_by_border_police_are_seized(resources):
    top = pipeline_top(
        "Two Moldovan fishing dinghies were boarded on the Prut by Romanian border police on "
        "Sunday, a Moldovan official said.",
        resources,
    )
    assert top.plover_type == "COERCE"
    assert "ROU" in countries_of(top.source)


def test_tourists_boarding_a_speedboat_is_no_act(resources):
    # guard: passengers board small craft too; no force, no act
    events = pipeline_events(
        "Dozens of tourists boarded a speedboat at Phuket on Monday, an operator said.", resources
    )
    assert not [e for e in events if e.trigger == "boarded"]
