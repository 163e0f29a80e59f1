"""Round r34 (fuse33), classes read from fusion_own28 tune misses and stop 53's leftovers; every
sentence here is made up for the test (made-up names, real places):

- a state's police force named in its own language ("the Guardia Civil", "the Carabinieri") or
  by an English name that names it alone ("the Spanish Civil Guard") is that state's police, not
  a new party of no country (or of the country of the people it acted on); Israel's Civil Guard
  is not Spain's;
- "its men" after a force that speaks ("Kenyan police said its men had fired") are that
  force, not a party of civilians; after a state ("Kenya said its men") they stay as they were;
- people sent, pushed or driven "back across" / "back over" a river or border are deported,
  whoever names them; goods sent back across keep the verb's reading;
- an act noun followed by "the day before" / "two days earlier" (hung on the verb whose object
  names the act, or on the noun) is that many days before the verb's own day.
"""

from __future__ import annotations

from event_helpers import event_holding, pipeline_events


def _source_countries_and_sectors(event) -> set[tuple[str | None, str | None]]:
    return {(a.country, a.sector) for a in event.source}


def test_the_guardia_civil_is_spains_police(resources) -> None:
    text = "A Guardia Civil patrol detained two Algerian divers off Almeria on Sunday."
    event = event_holding(pipeline_events(text, resources), "detained")
    assert ("ESP", "COP") in _source_countries_and_sectors(event)


def test_officers_of_the_spanish_civil_guard_are_spains_police(resources) -> None:
    text = "Officers of the Spanish Civil Guard arrested six Moroccan divers near Algeciras."
    event = event_holding(pipeline_events(text, resources), "arrested")
    assert ("ESP", "COP") in _source_countries_and_sectors(event)


def test_the_carabinieri_are_italys_police(resources) -> None:
    text = "The Carabinieri arrested three Tunisian fishermen in Lampedusa on Tuesday."
    event = event_holding(pipeline_events(text, resources), "arrested")
    assert ("ITA", "COP") in _source_countries_and_sectors(event)


def test_israels_civil_guard_is_not_spains_police(resources) -> None:
    text = "Volunteers of Israel's Civil Guard detained two teenagers in Haifa on Friday."
    event = event_holding(pipeline_events(text, resources), "detained")
    assert "ESP" not in {c for c, _ in _source_countries_and_sectors(event)}


def test_a_guard_of_no_named_force_keeps_its_own_state(resources) -> None:
    text = "Moroccan border guards detained two Spanish divers near Nador on Sunday."
    event = event_holding(pipeline_events(text, resources), "detained")
    assert {c for c, _ in _source_countries_and_sectors(event)} == {"MAR"}


def test_its_men_after_the_police_are_that_police(resources) -> None:
    text = "Kenyan police said its men had fired at a lorry near Busia on Monday."
    event = event_holding(pipeline_events(text, resources), "fired")
    assert _source_countries_and_sectors(event) == {("KEN", "COP")}


def test_its_men_after_an_army_are_that_army(resources) -> None:
    text = "The Ugandan army said on Friday that its men had shelled a rebel camp near Kasese."
    event = event_holding(pipeline_events(text, resources), "shelled")
    assert _source_countries_and_sectors(event) == {("UGA", "MIL")}


def test_its_men_after_a_state_keep_no_force(resources) -> None:
    text = "Tanzania said its men had been beaten by guards at Sirari on Friday."
    events = pipeline_events(text, resources)
    men = [a for e in events for a in (*e.source, *e.target) if a.text == "men"]
    assert all(a.sector not in {"COP", "MIL"} for a in men)


def test_villagers_sent_back_across_a_river_are_deported(resources) -> None:
    text = "Ugandan soldiers sent 300 villagers back across the river at Mpondwe on Tuesday."
    event = event_holding(pipeline_events(text, resources), "sent")
    assert (event.plover_type, event.cameo_code) == ("COERCE", "174")


def test_traders_pushed_back_over_a_border_are_deported(resources) -> None:
    text = "Zambian police pushed about 80 Congolese traders back over the border at Kasumbalesa."
    event = event_holding(pipeline_events(text, resources), "pushed")
    assert (event.plover_type, event.cameo_code) == ("COERCE", "174")


def test_maize_sent_back_across_a_border_is_no_deportation(resources) -> None:
    text = "Kenya sent 40 tonnes of maize back across the border to Uganda on Friday."
    assert not any(e.cameo_code == "174" for e in pipeline_events(text, resources))


def test_an_act_noun_before_the_day_before_is_a_day_before_the_verb(resources) -> None:
    text = (
        "Uganda summoned Kenya's envoy on 4 May 2033 over the shooting of two fishermen the "
        "day before."
    )
    event = event_holding(pipeline_events(text, resources), "shooting")
    assert event.date.start == "2033-05-03"


def test_an_act_noun_two_days_earlier_is_two_days_before_the_verb(resources) -> None:
    text = (
        "Malawi recalled its envoy on 9 June 2033 over the arrest of six Malawian traders two "
        "days earlier."
    )
    event = event_holding(pipeline_events(text, resources), "arrest")
    assert event.date.start == "2033-06-07"


def test_an_act_noun_with_no_offset_keeps_the_verbs_day(resources) -> None:
    text = "Uganda summoned Kenya's envoy on 4 May 2033 over the shooting of a fisherman."
    event = event_holding(pipeline_events(text, resources), "shooting")
    assert event.date.start == "2033-05-04"
