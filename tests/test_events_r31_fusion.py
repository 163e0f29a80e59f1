"""Round r31 (fuse30), classes read from fusion_own25 tune misses; every sentence here is made up
for the test (made-up names, real places):

- a seat of government GeoNames does not give as the capital ("Malabo", whose designated capital
  Ciudad de la Paz is still being built; "Astana", which GeoNames still calls Nur-Sultan) is that
  state's government, as "La Paz" and "Cotonou" already were;
- a removal noun's "from" phrase ("the deportation of 30 traders from Kumasi") names where the
  people were removed from, never who removed them;
- a negated active verb with an object whose subject is an act noun ("the raid did not stop the
  smuggling") denies the act's effect, not the act: the act stays asserted; "did not take place"
  and a modal verb still frame the act;
- an act noun carrying a bare year as its number ("the 2029 closure", which the recogniser
  labels a cardinal) is dated that year when its sentence gives it no date phrase; a date phrase
  of the sentence still comes first;
- remembering an act is telling it again: "Traders remember the 2029 closure" gives the closure
  no doer.
"""

from __future__ import annotations

from event_helpers import event_holding, pipeline_events


def _sources(event) -> list[str]:
    return [m.actor_id for m in event.source]


def test_malabo_as_a_doer_is_equatorial_guineas_government(resources) -> None:
    events = pipeline_events(
        "Malabo shut the Ebebiyin road to lorries on Friday, traders said.", resources
    )
    assert _sources(event_holding(events, "shut")) == ["GNQ.GOV"]


def test_astana_as_a_doer_is_kazakhstans_government(resources) -> None:
    events = pipeline_events(
        "Astana summoned the Kyrgyz ambassador on Tuesday over the fire.", resources
    )
    assert _sources(event_holding(events, "summon")) == ["KAZ.GOV"]


def test_the_place_a_deportation_empties_is_not_its_doer(resources) -> None:
    text = "The deportation of 30 Nigerian traders from Kumasi last month angered Abuja, a lawmaker said."
    event = event_holding(pipeline_events(text, resources), "deportation")
    assert "Kumasi" not in [m.text for m in event.source]
    assert [m.text for m in event.target] == ["Nigerian traders"]


def test_an_expulsion_by_a_named_state_keeps_its_by_doer(resources) -> None:
    text = "The expulsion of two Malian herders from Kayes by Senegal on Monday drew protests."
    event = event_holding(pipeline_events(text, resources), "expulsion")
    assert _sources(event) == ["SEN"]


def test_an_act_whose_effect_is_denied_is_still_asserted(resources) -> None:
    text = "The raid on the Mzuzu warehouse did not stop the smuggling, police said on Sunday."
    assert event_holding(pipeline_events(text, resources), "raid").polarity == "asserted"


def test_an_expulsion_that_has_not_ended_a_dispute_was_done(resources) -> None:
    text = "The expulsion of 25 Gambian fishermen has not ended the quarrel over the licences."
    assert event_holding(pipeline_events(text, resources), "expulsion").polarity == "asserted"


def test_a_meeting_that_did_not_take_place_stays_negated(resources) -> None:
    text = "The meeting of the two foreign ministers did not take place in Accra on Monday."
    assert event_holding(pipeline_events(text, resources), "meeting").polarity == "negated"


def test_an_act_under_a_modal_negated_effect_is_not_asserted(resources) -> None:
    text = "Police said the arrests would not deter the smugglers from Kano."
    assert event_holding(pipeline_events(text, resources), "arrests").polarity != "asserted"


def test_a_year_before_an_act_noun_dates_it(resources) -> None:
    text = "Herders in Kidal still remember the 2029 closure of the Gao road, a trader said."
    date = event_holding(pipeline_events(text, resources), "closure").date
    assert (date.start, date.precision) == ("2029-01-01", "year")


def test_a_date_phrase_of_the_sentence_comes_before_the_nouns_year(resources) -> None:
    text = "The 2029 expulsion of the hawkers on Monday angered Lilongwe, officials said."
    assert event_holding(pipeline_events(text, resources), "expulsion").date.text == "Monday"


def test_who_remembers_an_act_did_not_do_it(resources) -> None:
    text = "Fishermen in Kayar remember the 2029 seizure of their boats, a trader said."
    event = event_holding(pipeline_events(text, resources), "seizure")
    assert "Fishermen" not in [m.text for m in event.source]
