"""Round r26 (fuse25), classes read from fusion_own20 tune misses; every sentence here is made up
for the test (made-up names and outlets, real places):

- a month named with "last", "this past", "next" or "this" and no year ("last November",
  "Last October's seizure") is that month, the latest before the published one for "last";
- firing on someone and "the shooting" are one act: a later report's "the shooting" recalls
  the happening another report told as "fired on";
- a date phrase hung on a reacting verb right after its bare object noun ("condemned the
  closure on Monday") is the reaction's day, not the closure's;
- an act a document tells as done "again" after telling it once ("then shut it again on
  Thursday") is a second happening, not the one told before.
"""

from __future__ import annotations

from datetime import date

from event_helpers import analysed_mentions, event_holding

from realpolitik.events.dates import resolve_text
from realpolitik.fusion import fuse_events
from realpolitik.fusion.back_references import act_root, same_root
from realpolitik.fusion.text_cues import is_told_again
from realpolitik.model import EventMention

PUBLISHED = date(2031, 6, 13)  # a Friday


def _analyse(resources, texts: dict[str, str]):
    return analysed_mentions(resources, texts, PUBLISHED)


# --- a month with a qualifier


def test_last_and_a_month_name_is_the_latest_such_month_before_the_published_one() -> None:
    assert resolve_text("last November", PUBLISHED) == (
        date(2030, 11, 1),
        date(2030, 11, 30),
        "month",
    )
    assert resolve_text("this past February", PUBLISHED) == (
        date(2031, 2, 1),
        date(2031, 2, 28),
        "month",
    )


def test_last_and_the_published_month_is_a_year_back() -> None:
    assert resolve_text("last June", PUBLISHED) == (date(2030, 6, 1), date(2030, 6, 30), "month")


def test_next_and_a_month_name_is_the_first_such_month_after_the_published_one() -> None:
    assert resolve_text("next March", PUBLISHED) == (date(2032, 3, 1), date(2032, 3, 31), "month")
    assert resolve_text("this September", PUBLISHED) == (
        date(2031, 9, 1),
        date(2031, 9, 30),
        "month",
    )


def test_a_possessive_last_month_name_dates_the_act_it_stands_before(resources) -> None:
    mentions = _analyse(
        resources,
        {"d1": "Last October's seizure of the trawler, the coast guard said, ended with a fine "
               "of 2 million shillings."},
    )  # fmt: skip
    assert event_holding(mentions, "seizure").date.start == "2030-10-01"


# --- firing on someone and the shooting


def test_fired_on_and_the_shooting_share_a_root() -> None:
    assert same_root(act_root("fired on"), act_root("shooting"))
    assert same_root(act_root("firing"), act_root("shootings"))
    assert not same_root(act_root("fired"), act_root("firefight"))


def test_a_later_reports_shooting_recalls_the_firing_another_report_told(resources) -> None:
    texts = {
        "d1": "In May a Kenyan navy patrol fired on a Somali fishing skiff near Kiunga, wounding "
              "two of its crew, officials in Nairobi said.",
        "d2": "The May shooting at sea, which Nairobi called a warning to smugglers, still "
              "strains ties with Somalia, diplomats in Mogadishu say.",
    }  # fmt: skip
    events = fuse_events(_analyse(resources, texts))
    firing = next(e for e in events if any(m.trigger.startswith("fired") for m in e.mentions))
    assert any(m.trigger.startswith("shooting") for m in firing.mentions)


# --- a reaction's date after its bare object noun


def test_a_date_right_after_a_condemned_bare_noun_is_the_condemnations_day(resources) -> None:
    mentions = _analyse(
        resources,
        {"d1": "Opposition leaders in Dakar condemned the expulsion on Wednesday as an insult to "
               "the region, their spokeswoman Hana Mrad said."},
    )  # fmt: skip
    assert event_holding(mentions, "condemned").date.start == "2031-06-11"
    expulsion = event_holding(mentions, "expulsion")
    assert expulsion.date.start != "2031-06-11"


def test_a_date_after_a_noun_with_its_own_words_is_still_open_to_it(resources) -> None:
    mentions = _analyse(
        resources, {"d1": "Farmers criticised the arrests of three leaders on Tuesday."}
    )
    assert event_holding(mentions, "arrests").date.start == "2031-06-10"


# --- an act told as done again


def _mention(sentence: str, trigger: str, doc_id: str = "d1") -> EventMention:
    return EventMention(
        doc_id=doc_id,
        char_start=0,
        char_end=len(sentence),
        sentence=sentence,
        trigger=trigger,
        trigger_start=sentence.index(trigger),
        plover_type="SANCTION",
        quad_class=4,
    )


def test_again_in_the_triggers_clause_or_before_it_marks_a_repeat() -> None:
    sentence = "Officials closed the port in May, reopened it, then sealed it again on Friday."
    assert is_told_again(_mention(sentence, "sealed"))
    assert not is_told_again(_mention(sentence, "closed"))
    assert is_told_again(_mention("Police again detained the activist on Friday.", "detained"))
    assert not is_told_again(_mention("The ban, lifted in May, angered traders again.", "ban"))


def test_a_closure_told_again_is_not_the_closure_its_sentence_named_first(resources) -> None:
    text = (
        "Kenya's decision to close the border earlier this month was tested on Wednesday, when "
        "Nairobi reopened it for a day, then closed it again on Thursday, officials in Busia said."
    )
    events = fuse_events(_analyse(resources, {"d1": text}))
    first = next(e for e in events if any(m.trigger == "close" for m in e.mentions))
    assert all(m.trigger != "closed" for m in first.mentions)
