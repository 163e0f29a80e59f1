"""Round r38 (fuse37): a summons of an envoy and an accusation are two acts of protest, whether
one sentence or two reports tell them (`fusion.text_cues.trigger_kind`); two tellings of one
summons still join. Every sentence is made up for the test (made-up names, real places)."""

from __future__ import annotations

from datetime import date

from event_helpers import analysed_mentions, fused_event_with_mention

from realpolitik.fusion import fuse_events

DAY = date(2033, 3, 11)


def _events(resources, texts: dict[str, str]):
    return fuse_events(analysed_mentions(resources, texts, DAY))


def _apart(events, first: str, second: str) -> bool:
    return fused_event_with_mention(events, first) is not fused_event_with_mention(events, second)


def test_a_summons_and_an_accusation_in_one_sentence_are_two(resources) -> None:
    text = "Ghana summoned Togo's ambassador on Friday and accused Lome of shielding the smugglers."
    assert _apart(_events(resources, {"a": text}), "summoned", "accused")


def test_a_summons_and_a_later_reports_accusation_are_two(resources) -> None:
    texts = {
        "a": "Benin summoned Nigeria's envoy on Friday over the shooting of two traders at "
        "Seme, a ministry statement said.",
        "b": "Benin's foreign ministry accused Abuja on Friday of covering up the shooting at "
        "Seme, officials said.",
    }
    assert _apart(_events(resources, texts), "summoned", "accused")


def test_two_tellings_of_one_summons_still_join(resources) -> None:
    # guard: the same summons told by two reports
    texts = {
        "a": "Benin summoned Nigeria's envoy on Friday over the shooting of two traders at Seme.",
        "b": "Nigeria's envoy was summoned by Benin on Friday over the shooting at Seme, a "
        "diplomat said.",
    }
    events = _events(resources, texts)
    summons = [e for e in events if any(m.trigger == "summoned" for m in e.mentions)]
    assert len(summons) == 1
