"""Round r42 (fuse41): a sentence opened by "In a separate attack" (incident, raid, ...) tells
another happening than the acts its document told before it, whatever their type, place and day
(`fusion.text_cues.separate_from_earlier`); a separate statement about the same act still joins.
Every sentence is made up for the test (made-up names, real places)."""

from __future__ import annotations

from datetime import date

from event_helpers import analysed_mentions, fused_event_with_mention

from realpolitik.fusion import fuse_events

DAY = date(2033, 5, 17)


def _events(resources, texts: dict[str, str]):
    return fuse_events(analysed_mentions(resources, texts, DAY))


def _apart(events, first: str, second: str) -> bool:
    return fused_event_with_mention(events, first) is not fused_event_with_mention(events, second)


def test_a_separate_attack_in_the_same_town_is_another_happening(resources) -> None:
    text = (
        "Gunmen attacked a police post in Garoua on Sunday, wounding two officers, the army "
        "said. In a separate attack in Garoua the same day, gunmen shot a shopkeeper."
    )
    assert _apart(_events(resources, {"a": text}), "attacked", "shot")


def test_a_separate_raid_on_the_same_people_stays_apart(resources) -> None:
    text = (
        "Soldiers detained five miners at Obuasi on Monday, a district spokesman said. In a "
        "separate raid at Obuasi on Monday, soldiers arrested three miners."
    )
    assert _apart(_events(resources, {"a": text}), "detained", "arrested")


def test_a_separate_statement_about_the_same_attack_still_joins(resources) -> None:
    # guard: "separate" opens a statement, not an act
    text = (
        "Gunmen attacked a police post in Garoua on Sunday, the army said. In a separate "
        "statement, the governor said the gunmen had attacked the Garoua post on Sunday."
    )
    events = _events(resources, {"a": text})
    attacks = [e for e in events if any(m.trigger == "attacked" for m in e.mentions)]
    assert len(attacks) == 1
