"""Round r33 (fuse32), classes read from fusion_own27 tune misses; every sentence here is made up
for the test (made-up names, real places):

- a year fronted without a comma ("In 2036 Kenyan rangers arrested ...") dates the act, though
  the parser reads the year as a count of the subject ("2036 rangers") and leaves "In" without
  an object.
"""

from __future__ import annotations

from event_helpers import event_holding, pipeline_events


def test_a_fronted_year_without_a_comma_dates_the_act(resources) -> None:
    text = "In 2036 Kenyan rangers arrested five Somali charcoal traders near Liboi."
    event = event_holding(pipeline_events(text, resources), "arrested")
    assert (event.date.start, event.date.precision) == ("2036-01-01", "year")


def test_a_year_counting_people_after_an_object_preposition_is_no_date(resources) -> None:
    text = "Police in Garissa arrested 14 traders on 4 May 2031 among 2036 registered hawkers."
    event = event_holding(pipeline_events(text, resources), "arrested")
    assert event.date.start == "2031-05-04"
