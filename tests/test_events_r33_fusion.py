"""Round r33 (fuse32), classes read from fusion_own27 tune misses; every sentence here is made up
for the test (made-up names, real places):

- a year fronted without a comma ("In 2036 Kenyan rangers arrested ...") dates the act, though
  the parser reads the year as a count of the subject ("2036 rangers") and leaves "In" without
  an object;
- a person named by their work in the field ("shepherds", "a surveyor") held by a force is
  detained, as "held two activists" is; a driver picked up by a bus is still no arrest;
- a gassing told by its noun ("the gassing of villagers") is crowd control (ASSAULT);
- a forced or forcible return of people is a deportation (COERCE), a bare return is none;
- an act noun after "a day after" / "two days before" is dated that many days from the day of
  the verb the phrase qualifies, as the clause form already is;
- the "by" phrase of an act noun that the parser hangs on the place of the people acted on ("the
  forced return of 300 people from Kassala camp by Sudanese police") names its doer;
- a date line whose town has an accent ("Potosí, 17.04.2041") or whose outlet's name joins two
  words by "&" dates its document.
"""

from __future__ import annotations

from event_helpers import event_holding, pipeline_events

from realpolitik.ingest.dates import dateline_date


def test_a_fronted_year_without_a_comma_dates_the_act(resources) -> None:
    text = "In 2036 Kenyan rangers arrested five Somali charcoal traders near Liboi."
    event = event_holding(pipeline_events(text, resources), "arrested")
    assert (event.date.start, event.date.precision) == ("2036-01-01", "year")


def test_a_year_counting_people_after_an_object_preposition_is_no_date(resources) -> None:
    text = "Police in Garissa arrested 14 traders on 4 May 2031 among 2036 registered hawkers."
    event = event_holding(pipeline_events(text, resources), "arrested")
    assert event.date.start == "2031-05-04"


def test_herders_held_by_police_are_detained(resources) -> None:
    text = "Police in Kayes held four Mauritanian herders for two days after their camels strayed."
    event = event_holding(pipeline_events(text, resources), "held")
    assert (event.plover_type, event.cameo_code) == ("COERCE", "173")


def test_a_surveyor_briefly_held_by_guards_is_detained(resources) -> None:
    text = "Zimbabwean guards briefly held a Zambian surveyor near Chirundu on Friday."
    event = event_holding(pipeline_events(text, resources), "held")
    assert event.plover_type == "COERCE"


def test_drivers_picked_up_by_a_minibus_are_no_arrest(resources) -> None:
    text = "A minibus picked up two drivers at the Chirundu depot on Friday."
    assert not any(e.plover_type == "COERCE" for e in pipeline_events(text, resources))


def test_the_gassing_of_villagers_is_crowd_control(resources) -> None:
    text = "Elders in Mandera condemned the gassing of villagers by border police on Monday."
    event = event_holding(pipeline_events(text, resources), "gassing")
    assert (event.plover_type, event.cameo_code) == ("ASSAULT", "175")


def test_a_forced_return_of_refugees_is_a_deportation(resources) -> None:
    text = "The forced return of 200 Eritrean refugees by Sudanese police drew protests in Kassala."
    event = event_holding(pipeline_events(text, resources), "return")
    assert (event.plover_type, event.cameo_code) == ("COERCE", "174")


def test_a_bare_return_home_is_no_deportation(resources) -> None:
    text = "The return of 200 Eritrean refugees to Tesseney was celebrated in Kassala on Monday."
    assert not any(e.cameo_code == "174" for e in pipeline_events(text, resources))


def test_a_date_line_with_an_accented_town_dates_the_document() -> None:
    text = "Court frees miners\n\nCórdoba, 12.05.2031\n\nA court freed the miners."
    assert dateline_date(text).isoformat() == "2031-05-12"


def test_a_date_line_of_an_outlet_joined_by_an_ampersand_dates_the_document() -> None:
    text = "Port reopens\n\nRivers & Coasts Review, 3 June 2031\n\nThe port reopened."
    assert dateline_date(text).isoformat() == "2031-06-03"


def test_a_sentence_of_five_words_before_a_date_is_no_date_line() -> None:
    text = "Port reopens\n\nThe port & the dock reopened, 3 June 2031\n\nMore text."
    assert dateline_date(text) is None


def test_an_act_noun_a_day_after_which_a_dated_act_came_takes_the_day_before(resources) -> None:
    text = "Accra summoned Lomé's envoy on 6 May 2031, a day after the arrest of Ghanaian traders."
    event = event_holding(pipeline_events(text, resources), "arrest")
    assert event.date.start == "2031-05-05"


def test_an_act_noun_two_days_after_which_shops_closed_is_dated_two_days_earlier(
    resources,
) -> None:
    text = (
        "Traders in Kano shut their shops on 9 June 2031, two days after the killing of a hawker."
    )
    event = event_holding(pipeline_events(text, resources), "killing")
    assert event.date.start == "2031-06-07"


def test_an_act_noun_after_a_dated_verb_without_a_count_keeps_the_verbs_day(resources) -> None:
    text = "Accra summoned Lomé's envoy on 6 May 2031 after the arrest of Ghanaian traders."
    event = event_holding(pipeline_events(text, resources), "arrest")
    assert event.date.start == "2031-05-06"


def test_a_by_phrase_hung_on_the_place_of_the_people_acted_on_names_the_doer(resources) -> None:
    text = "The expulsion of 60 Ethiopian traders from Gedaref market by Sudanese police drew protests."
    event = event_holding(pipeline_events(text, resources), "expulsion")
    assert any("police" in m.text for m in event.source)
    assert not any("police" in m.text for m in event.target)
