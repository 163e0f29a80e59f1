"""Round r32 (fuse31), classes read from fusion_own26 tune misses; every sentence here is made up
for the test (made-up names, real places):

- a passive with a subject of its own in a clause of "after", "before" or "since" ("two days
  after a trader was assaulted") names who was acted on; the main clause's subject did the main
  act and is not its doer where the clause names its own (a "by" agent, a "when" clause);
- a "when" clause on the verb of an "after" / "before" clause counted in days is told at that
  verb's time: "two days after a hawker was injured when police raided the stalls" dates the raid
  two days before the main clause's day, as the injury already was;
- a bare one- or two-digit number between commas ("Ahmed Sule, 27,") is a person's age, not a
  day of the month;
- an act told in the past perfect under a reporting verb ("said on Friday its soldiers had fired")
  came before the saying: the saying's date phrase does not date it.
"""

from __future__ import annotations

from event_helpers import event_holding, pipeline_events


def _source_texts(event) -> list[str]:
    return [m.text for m in event.source]


def test_a_passive_in_an_after_clause_does_not_take_the_main_subject_as_doer(resources) -> None:
    text = (
        "Market women closed their stalls in Tamale on 3 June 2031, two days after a trader was "
        "assaulted by customs officers."
    )
    event = event_holding(pipeline_events(text, resources), "assaulted")
    assert not any("women" in t for t in _source_texts(event))
    assert any("officers" in t for t in _source_texts(event))


def test_a_passive_after_clause_whose_when_clause_names_the_doer_takes_that_doer(
    resources,
) -> None:
    text = (
        "Fishermen blocked the jetty at Kribi on 9 May 2031, a day after a boy was beaten when "
        "soldiers raided the beach."
    )
    event = event_holding(pipeline_events(text, resources), "beaten")
    assert not any("Fishermen" in t for t in _source_texts(event))
    assert any("soldiers" in t for t in _source_texts(event))


def test_a_passive_joined_to_its_main_clause_by_and_keeps_its_reading(resources) -> None:
    text = "Soldiers detained two herders near Agadez and were criticised by the governor."
    event = event_holding(pipeline_events(text, resources), "criticised")
    assert not any("Soldiers" in t for t in _source_texts(event))


def test_a_when_clause_inside_a_days_after_clause_takes_that_clauses_day(resources) -> None:
    text = (
        "Vendors shut the Busia market on 12 June 2031, two days after a hawker was injured when "
        "police raided the stalls."
    )
    event = event_holding(pipeline_events(text, resources), "raided")
    assert event.date.start == "2031-06-10"


def test_a_when_clause_on_the_main_verb_keeps_the_main_clauses_day(resources) -> None:
    text = "Students blocked the road in Kisumu on 12 June 2031 when police fired tear gas."
    event = event_holding(pipeline_events(text, resources), "fired")
    assert event.date.start == "2031-06-12"


def test_an_age_between_commas_is_not_a_day_of_the_month(resources) -> None:
    text = "Ahmed Sule, 27, was arrested by police in Maradi, his brother told reporters."
    event = event_holding(pipeline_events(text, resources), "arrested")
    assert event.date.text != "27"


def test_a_date_after_an_age_still_dates_the_act(resources) -> None:
    text = "Ahmed Sule, 27, was arrested by police in Maradi on 4 May 2031, his brother said."
    event = event_holding(pipeline_events(text, resources), "arrested")
    assert event.date.start == "2031-05-04"


def test_a_past_perfect_act_is_not_dated_by_the_saying_that_reports_it(resources) -> None:
    text = "The army said on 9 March 2031 its soldiers had fired on smugglers near Kafountine."
    event = event_holding(pipeline_events(text, resources), "fired")
    assert event.date.start != "2031-03-09"


def test_a_simple_past_act_under_a_dated_saying_keeps_the_sayings_day(resources) -> None:
    text = "The army said on 9 March 2031 its soldiers fired on smugglers near Kafountine."
    event = event_holding(pipeline_events(text, resources), "fired")
    assert event.date.start == "2031-03-09"
