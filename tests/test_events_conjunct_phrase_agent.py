"""Two joined passives whose "by" doer the parser hangs on the noun of the last one's own phrase
("were detained and taken to a post near Pskov by Russian border guards") name that doer for
both; the first had no source (round r49, args53: stop 68's leftover from own101 tune)."""

from __future__ import annotations

from event_helpers import countries_of, pipeline_top


def test_detained_and_taken_to_a_post_by_guards(resources):
    top = pipeline_top(
        "Two Estonian anglers who had crossed the ice of the lake were detained and taken to a "
        "post near Pskov by Russian border guards, an Estonian official said.",
        resources,
    )
    assert countries_of(top.source) == {"RUS"}
    assert countries_of(top.target) == {"EST"}


def test_arrested_and_held_at_a_barracks_by_soldiers(resources):
    top = pipeline_top(
        "Five Malian herders who had strayed over the line were arrested and held overnight at a "
        "barracks by Senegalese soldiers, a local mayor said.",
        resources,
    )
    assert countries_of(top.source) == {"SEN"}
    assert countries_of(top.target) == {"MLI"}


def test_a_by_phrase_of_means_names_no_doer(resources):
    # guard: "by bus" on the phrase's noun is no party, and the act keeps no source
    top = pipeline_top(
        "Two Estonian anglers were detained and taken to a post near Pskov by bus, an Estonian "
        "official said.",
        resources,
    )
    assert not top.source
    assert countries_of(top.target) == {"EST"}
