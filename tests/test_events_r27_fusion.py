"""Round r27 (fuse26), classes read from fusion_own21 tune misses; every sentence here is made up
for the test (made-up names and outlets, real places):

- a document's definite act noun naming no party ("called the raid an assault") is the act the
  document told before with its parties by a verb of the same root ("police raided the
  offices"), though the verb was typed COERCE and the bare noun ASSAULT;
- an act told as the object of "decision to" with a date that looks back ("Quito's decision to
  close the border last Sunday") is the act done, not a wanted one: it joins another report's
  closure; with a date ahead ("next month") it stays a plan;
- "a week ago", "two weeks ago" are a point about that many weeks back, give or take three days,
  not the calendar week of the day seven days back: a Sunday act eight days back is "a week ago".
"""

from __future__ import annotations

from datetime import date

from event_helpers import analysed_mentions, fused_event_with_mention

from realpolitik.events.dates import resolve_text
from realpolitik.fusion import fuse_events
from realpolitik.fusion.text_cues import is_wanted_act

PUBLISHED = date(2031, 9, 12)  # a Friday


def _analyse(resources, texts: dict[str, str]):
    return analysed_mentions(resources, texts, PUBLISHED)


# --- a definite act noun in the family next to its verb's


RAID = (
    "Gambian police raided the offices of the opposition Unity Front in Banjul on Monday, "
    "arresting seven officials, a police spokesman said. The front's leader, Awa Ceesay, called "
    "the raid an assault on the constitution."
)


def test_a_later_definite_noun_joins_the_act_its_documents_verb_told(resources) -> None:
    events = fuse_events(_analyse(resources, {"d1": RAID}))
    raided = fused_event_with_mention(events, "raided")
    assert "raid" in [m.trigger for m in raided.mentions]


def test_a_noun_told_before_any_verb_of_its_root_stays_apart(resources) -> None:
    text = (
        "The front's leader, Awa Ceesay, called the raid an assault on the constitution. Gambian "
        "police raided the offices of the opposition Unity Front in Banjul on Monday, arresting "
        "seven officials, a police spokesman said."
    )
    events = fuse_events(_analyse(resources, {"d1": text}))
    raided = fused_event_with_mention(events, "raided")
    assert "raid" not in [m.trigger for m in raided.mentions]


def test_the_noun_does_not_cross_into_another_document(resources) -> None:
    texts = {
        "d1": (
            "Gambian police raided the offices of the opposition Unity Front in Banjul on "
            "Monday, arresting seven officials, a police spokesman said."
        ),
        "d2": "The front's leader, Awa Ceesay, called the raid an assault on the constitution.",
    }
    events = fuse_events(_analyse(resources, texts))
    raided = fused_event_with_mention(events, "raided")
    assert {m.doc_id for m in raided.mentions} == {"d1"}


# --- a decision dated in the past


def test_a_decision_to_act_dated_last_sunday_joins_the_act_another_report_told(resources) -> None:
    texts = {
        "d1": (
            "QUITO, Sep 8 (Andes Wire) - Ecuador closed its northern border with Colombia on "
            "Sunday, the interior ministry said."
        ),
        "d2": (
            "Quito's decision to close the Colombian border last Sunday has cut trade at "
            "Rumichaca, traders said."
        ),
    }
    events = fuse_events(_analyse(resources, texts))
    closed = fused_event_with_mention(events, "closed")
    assert "close" in [m.trigger for m in closed.mentions]


def test_a_decision_to_act_next_month_is_still_a_wanted_act(resources) -> None:
    text = "Quito's decision to close the Colombian border next month worries traders at Rumichaca."
    (close,) = [m for m in _analyse(resources, {"d1": text}) if m.trigger == "close"]
    assert is_wanted_act(close)


# --- weeks ago


def test_a_week_ago_reaches_a_sunday_eight_days_back() -> None:
    monday = date(2031, 9, 15)
    start, end, _ = resolve_text("a week ago", monday)
    assert start <= date(2031, 9, 7) <= end  # the Sunday before last
    assert end < monday


def test_two_weeks_ago_is_about_fourteen_days_back_and_not_last_week() -> None:
    start, end, precision = resolve_text("two weeks ago", PUBLISHED)
    assert (start, end, precision) == (date(2031, 8, 26), date(2031, 9, 1), "week")
