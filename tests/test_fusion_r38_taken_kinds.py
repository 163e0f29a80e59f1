"""Round r38 (fuse37): a seizure of craft or goods and an arrest of people, told in one sentence
or across reports, are two happenings (`fusion/taken_kinds.py`); a taking that names neither
still joins either. Every sentence is made up for the test (made-up names, real places)."""

from __future__ import annotations

from datetime import date

from event_helpers import analysed_mentions, fused_event_with_mention

from realpolitik.fusion import fuse_events

DAY = date(2033, 3, 8)


def _apart(events, first: str, second: str) -> bool:
    return fused_event_with_mention(events, first) is not fused_event_with_mention(events, second)


def test_a_lorry_seized_and_its_driver_detained_in_one_sentence_are_two(resources) -> None:
    text = (
        "Lithuanian customs officers seized a Belarusian lorry and detained its driver at "
        "Medininkai on Monday, a spokesman said."
    )
    events = fuse_events(analysed_mentions(resources, {"a": text}, DAY))
    assert _apart(events, "seized", "detained")


def test_crew_arrested_and_pirogues_impounded_across_reports_stay_two(resources) -> None:
    texts = {
        "a": "The Senegalese navy arrested nine Gambian fishermen and impounded their two "
        "pirogues off Kafountine on Monday, a navy officer said.",
        "b": "A Senegalese patrol boat intercepted two Gambian pirogues off Kafountine on "
        "Monday, Gambian officials said.",
    }
    events = fuse_events(analysed_mentions(resources, texts, DAY))
    assert _apart(events, "arrested", "intercepted")
    assert _apart(events, "arrested", "impounded")


def test_herders_taken_into_custody_apart_from_their_cattle_seized(resources) -> None:
    text = (
        "Kenyan police took four Ugandan herders into custody near Lokiriama on Monday and "
        "seized 200 of their cattle, a local chief said."
    )
    events = fuse_events(analysed_mentions(resources, {"a": text}, DAY))
    took = [e for e in events if any(m.trigger.startswith("took") for m in e.mentions)]
    seized = fused_event_with_mention(events, "seized")
    assert took and all(e is not seized for e in took)


def test_a_bare_seizure_still_joins_the_boat_seized(resources) -> None:
    # guard: "the seizure" names nothing taken, so it may be either act
    texts = {
        "a": "Liberian coast guards seized a Ghanaian trawler off Harper on Monday, a ministry "
        "spokesman said.",
        "b": "Ghana summoned Liberia's ambassador on Tuesday over Monday's seizure off Harper.",
    }
    events = fuse_events(analysed_mentions(resources, texts, DAY))
    assert not _apart(events, "seized", "seizure")


def test_captured_people_still_join_their_arrest(resources) -> None:
    # guard: a capture of people and their arrest are one taking of people
    texts = {
        "a": "Kenyan marine police arrested six Tanzanian fishermen near Shimoni on Monday.",
        "b": "Six Tanzanian fishermen were detained by Kenyan marine police near Shimoni on "
        "Monday, their families said.",
    }
    events = fuse_events(analysed_mentions(resources, texts, DAY))
    assert not _apart(events, "arrested", "detained")
