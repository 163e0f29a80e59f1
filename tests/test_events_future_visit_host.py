"""A visit told as to come ("will travel to Lima next week for a state visit") reads AGREE (3.2,
p.10: future visits); the state whose capital or city the visitor is to arrive in is its target,
as for a visit told done ("travelled to Lima for a state visit"; round r40, plover58)."""

from event_helpers import pipeline_events, pipeline_top


def test_events_future_state_visit_to_a_capital_targets_its_state(resources):
    text = "The Bolivian president will travel to Lima next week for a state visit, his office said."
    top = pipeline_top(text, resources)
    assert top.plover_type == "AGREE"
    assert "PER" in {m.country for m in top.target}


def test_events_future_visit_by_plane_to_a_city_targets_its_state(resources):
    text = ("Kenya's foreign minister will fly to Addis Ababa on Monday for a two-day visit, the "
            "ministry announced.")  # fmt: skip
    top = pipeline_top(text, resources)
    assert top.plover_type == "AGREE"
    assert "ETH" in {m.country for m in top.target}


def test_events_future_trip_for_talks_names_no_host(resources):
    # guard: without a visit noun the place may be a venue ("for talks in Geneva")
    text = "Kenya's foreign minister will fly to Geneva on Monday for talks, the ministry said."
    events = pipeline_events(text, resources)
    assert all("CHE" not in {m.country for m in e.target} for e in events)
