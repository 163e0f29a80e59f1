"""Round r14 (fuse13), read from fusion_own8 tune misses; sentences and places are our own.

- A possessive date before the act ("Last Monday's arrest", "Saturday's raid") is the act's own
  date: the recogniser keeps the "'s" in the phrase, and it was left unread.
- One gazetteer entry named two ways by two reports (an island group's local and international
  names) is one place for fusion.
"""

from __future__ import annotations

from datetime import date

import pytest
from event_helpers import token_named

from realpolitik.events.dates import resolve_date, resolve_text
from realpolitik.fusion.compat import places_compatible
from realpolitik.model import Place

FRIDAY = date(2025, 3, 7)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Wednesday's", date(2025, 3, 5)),
        ("last Friday's", date(2025, 2, 28)),
        ("Tuesday\u2019s", date(2025, 3, 4)),
    ],
)
def test_a_possessive_weekday_is_read_as_its_day(phrase, expected) -> None:
    assert resolve_text(phrase, FRIDAY) == (expected, expected, "day")


def test_a_possessive_weekday_dates_its_act_before_a_year_of_the_sentence(nlp) -> None:
    sentence = (
        "Wednesday's capture of the ferry Santa Lucia by Borduria's navy was the first such "
        "capture in the strait since 2016."
    )
    doc = nlp(sentence)
    info = resolve_date(next(iter(doc.sents)), token_named(doc, "capture"), FRIDAY)
    assert info.start == "2025-03-05"


def _place(name: str, lat: float, lon: float, precision: str = "admin1") -> Place:
    return Place(name, "RUR", lat, lon, None, precision, "Northern Isles", "sentence")  # type: ignore[arg-type]


def test_two_names_of_one_gazetteer_entry_are_one_place() -> None:
    assert places_compatible(_place("Zembla", 71.5, 52.25), _place("Nova Zembla", 71.5, 52.25))


def test_two_entries_of_one_precision_elsewhere_stay_apart() -> None:
    assert not places_compatible(
        _place("Lenborg", 60.1, 20.4, "city"), _place("Karsk", 60.9, 21.7, "city")
    )
    assert not places_compatible(_place("Zembla", 71.5, 52.25), _place("Ostrov", 69.0, 48.0))


def test_a_district_resolved_to_its_towns_point_is_not_the_town() -> None:
    town, district = _place("Lenborg", 60.1, 20.4, "city"), _place("Old Harbour", 60.1, 20.4, "city")
    assert not places_compatible(town, district)


# --- an act regretted or brokered by another party is not that party's act


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Borduria said it regretted the expulsion.", "expulsion"),
        ("Borduria had mediated the release of the fishermen.", "release"),
    ],
)
def test_the_regretter_or_go_between_of_an_act_is_not_its_actor(nlp, text, noun) -> None:
    from event_helpers import events_with_actors

    events = events_with_actors(nlp, text, ("Borduria", "BOR", None))
    hits = [e for e in events if e.trigger.split()[0] == noun]
    assert hits
    assert all("x:borduria" not in [a.actor_id for a in e.source] for e in hits)


def test_a_verb_that_performs_its_object_still_gives_its_subject(nlp) -> None:
    from event_helpers import event_on, events_with_actors

    text = "Borduria carried out an expulsion of Ruritanian diplomats."
    events = events_with_actors(nlp, text, ("Borduria", "BOR", None), ("Ruritanian", "RUR", None))
    assert [a.actor_id for a in event_on(events, "carried").source] == ["x:borduria"]
