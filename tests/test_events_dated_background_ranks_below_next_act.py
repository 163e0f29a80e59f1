"""A first sentence's act in the simple past dated to an earlier span ("warned Russia last month
that ...", "complained in March that ...") is background when a later sentence tells an act
dated on a weekday whose doer names a state and that has a target: the later act is the main
event (stop 66, args50: own97 tune and stop 65's leftover, a background first sentence dated
"last month" outranking the next sentence's act)."""

from __future__ import annotations

from event_helpers import countries_of, pipeline_top


def test_warning_last_month_ranks_below_saturdays_interception(resources):
    top = pipeline_top(
        "Latvia warned Russia last month that military flights near its airspace were "
        "dangerous. Latvian jets intercepted two Russian bombers over the Baltic on Saturday, "
        "the defence ministry said.",
        resources,
    )
    assert top.plover_type == "COERCE"
    assert "LVA" in countries_of(top.source)


def test_complaint_in_march_ranks_below_tuesdays_detention(resources):
    top = pipeline_top(
        "Chile complained in March that Bolivian lorries damaged the road to Arica. Chilean "
        "police detained twelve Bolivian drivers near Colchane on Tuesday, a prosecutor said.",
        resources,
    )
    assert top.plover_type == "COERCE"
    assert "BOL" in countries_of(top.target)


def test_accusation_last_year_ranks_below_the_other_sides_arrest(resources):
    top = pipeline_top(
        "Senegal accused Mauritania last year of letting its trawlers fish off Saint-Louis. "
        "Mauritanian coast guards arrested nine Senegalese fishermen near Nouadhibou on Friday, "
        "a fisheries official said.",
        resources,
    )
    assert top.plover_type == "COERCE"
    assert "MRT" in countries_of(top.source)


def test_a_later_act_with_no_day_leaves_the_dated_warning_first(resources):
    # guard: the later sentence dates no act on a weekday; the warning stays the main event
    top = pipeline_top(
        "Latvia warned Russia last month that military flights near its airspace were "
        "dangerous. Latvian jets often intercept Russian bombers over the Baltic, the defence "
        "ministry said.",
        resources,
    )
    assert top.plover_type == "THREATEN"


def test_a_later_stateless_act_leaves_the_dated_complaint_first(resources):
    # guard: the later act's doer names no state
    top = pipeline_top(
        "Chile complained in March that Bolivian lorries damaged the road to Arica. Unknown men "
        "stole forty head of cattle near Colchane on Tuesday, a farmer said.",
        resources,
    )
    assert top.plover_type == "ACCUSE"


def test_a_one_sentence_dated_warning_is_still_read(resources):
    # guard: alone, the dated warning is what the text tells
    top = pipeline_top(
        "Latvia warned Russia last month that military flights near its airspace were dangerous.",
        resources,
    )
    assert top.plover_type == "THREATEN"
