"""The fusion scorer (`eval.fusion`) on hand-made event lists and gold mentions."""

from __future__ import annotations

from pathlib import Path

import pytest

from realpolitik.errors import UsageError
from realpolitik.eval.fusion import (
    GoldMention,
    fusion_figures,
    read_gold_mentions,
    stored_events_of,
)
from realpolitik.eval.splits import own_part

PREFIX = "fusion_test"
# two stories of each part under this prefix, so a test sees both
TUNE = next(f"k{i}" for i in range(50) if own_part(PREFIX, f"k{i}") == "tune")
CHECK = next(f"k{i}" for i in range(50) if own_part(PREFIX, f"k{i}") == "check")


def gold(happening: str, doc: str, cue: str, story: str = TUNE, trigger: str = "") -> GoldMention:
    return GoldMention(happening, story, doc, (cue,), trigger, ("CONSULT",))


def event(event_id: str, *mentions: tuple[str, str, str], plover_type: str = "CONSULT") -> dict:
    return {
        "event_id": event_id,
        "plover_type": plover_type,
        "mentions": [
            {"doc_id": f"/x/{d}_news.txt", "sentence": s, "trigger": t} for d, s, t in mentions
        ],
    }


GOLD = [
    gold("visit", "a1", "flew to Riga"),
    gold("visit", "a2", "arrived in Riga"),
    gold("visit", "a3", "the visit to Riga"),
    gold("second_visit", "a3", "returned to Riga a week later"),
]


def test_one_event_for_every_mention_of_a_happening_scores_full_marks() -> None:
    events = [
        event(
            "e1",
            ("a1", "She flew to Riga.", "flew"),
            ("a2", "She arrived in Riga.", "arrived"),
            ("a3", "After the visit to Riga, she rested.", "visit"),
        ),  # fmt: skip
        event("e2", ("a3", "She returned to Riga a week later.", "returned")),
    ]
    tune = fusion_figures(events, GOLD, PREFIX)["tune"]
    assert (tune["precision"], tune["recall"], tune["f1"]) == (1.0, 1.0, 1.0)
    assert tune["pairs_gold"] == 3 and tune["cross_doc"]["pairs_gold"] == 3
    assert tune["bcubed"]["f1"] == 1.0 and tune["near_miss_pairs_joined"] == 0


def test_a_near_miss_joined_costs_precision_and_is_named() -> None:
    events = [
        event(
            "e1",
            ("a1", "She flew to Riga.", "flew"),
            ("a2", "She arrived in Riga.", "arrived"),
            ("a3", "After the visit to Riga, she rested.", "visit"),
            ("a3", "She returned to Riga a week later.", "returned"),
        ),  # fmt: skip
    ]
    tune = fusion_figures(events, GOLD, PREFIX)["tune"]
    assert tune["pairs_system"] == 6 and tune["pairs_right"] == 3
    assert tune["precision"] == 0.5 and tune["recall"] == 1.0
    assert tune["near_miss_pairs_joined"] == 3
    assert len(tune["pairs_wrongly_joined"]) == 3


def test_a_mention_never_read_is_a_singleton_and_a_recall_miss() -> None:
    events = [
        event("e1", ("a1", "She flew to Riga.", "flew"), ("a2", "She arrived in Riga.", "arrived")),
        event("e2", ("a3", "She returned to Riga a week later.", "returned")),
    ]
    tune = fusion_figures(events, GOLD, PREFIX)["tune"]
    assert tune["mentions_found"] == 3 and tune["recall"] == round(1 / 3, 4)
    assert tune["unfound"] == ["visit: a3 'the visit to Riga'"]
    assert tune["pairs_apart"] == []  # only pairs of found mentions are listed as kept apart


def test_parts_are_scored_apart_and_only_tune_names_its_misses() -> None:
    mentions = [gold("x", "b1", "met in Oslo", CHECK), gold("x", "b2", "talks in Oslo", CHECK)]
    events = [
        event("e1", ("b1", "They met in Oslo.", "met")),
        event("e2", ("b2", "The talks in Oslo ended.", "talks")),
    ]
    out = fusion_figures(events, mentions, PREFIX)
    assert out["check"]["recall"] == 0.0 and out["check"]["pairs_gold"] == 1
    assert "pairs_apart" not in out["check"]
    assert out["tune"]["pairs_gold"] == 0 and out["tune"]["f1"] == 1.0


def test_a_gold_mention_prefers_the_event_of_its_type_and_its_trigger() -> None:
    both = [
        event("meeting", ("a1", "She flew to Riga and met the mayor.", "met")),
        event(
            "travel", ("a1", "She flew to Riga and met the mayor.", "flew"), plover_type="MOBILIZE"
        ),
    ]
    assert stored_events_of(gold("v", "a1", "flew to Riga"), both) == {"meeting"}
    assert stored_events_of(gold("v", "a1", "flew to Riga", trigger="flew"), both) == {"travel"}


def test_a_happening_without_its_fields_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "g.yaml"
    path.write_text("happenings:\n  - {id: h, story: s1, mentions: []}\n", encoding="utf-8")
    with pytest.raises(UsageError):
        read_gold_mentions(path)


def test_fusion_is_a_scorer_of_the_cli_and_its_gold_counts_in_its_hash() -> None:
    from realpolitik.eval import runner

    assert "fusion" in runner._scorers()
    assert Path(runner.DATASETS["fusion"]).is_file()
    gold_files = {p for pattern in runner.OWN_GOLD["fusion"] for p in runner.EVAL_DIR.glob(pattern)}
    assert len([p for p in gold_files if p.suffix == ".txt"]) == 869  # fusion_own1 to own47
    assert {p.name for p in gold_files if p.suffix == ".yaml"} == {
        "fusion_own1.yaml",
        "fusion_own2.yaml",
        "fusion_own3.yaml",
        "fusion_own4.yaml",
        "fusion_own5.yaml",
        "fusion_own6.yaml",
        "fusion_own7.yaml",
        "fusion_own8.yaml",
        "fusion_own9.yaml",
        "fusion_own10.yaml",
        "fusion_own11.yaml",
        "fusion_own12.yaml",
        "fusion_own13.yaml",
        "fusion_own14.yaml",
        "fusion_own15.yaml",
        "fusion_own16.yaml",
        "fusion_own17.yaml",
        "fusion_own18.yaml",
        "fusion_own19.yaml",
        "fusion_own20.yaml",
        "fusion_own21.yaml",
        "fusion_own22.yaml",
        "fusion_own23.yaml",
        "fusion_own24.yaml",
        "fusion_own25.yaml",
        "fusion_own26.yaml",
        "fusion_own27.yaml",
        "fusion_own28.yaml",
        "fusion_own29.yaml",
        "fusion_own30.yaml",
        "fusion_own31.yaml",
        "fusion_own32.yaml",
        "fusion_own33.yaml",
        "fusion_own34.yaml",
        "fusion_own35.yaml",
        "fusion_own36.yaml",
        "fusion_own37.yaml",
        "fusion_own38.yaml",
        "fusion_own39.yaml",
        "fusion_own40.yaml",
        "fusion_own41.yaml",
        "fusion_own42.yaml",
        "fusion_own43.yaml",
        "fusion_own44.yaml",
        "fusion_own45.yaml",
        "fusion_own46.yaml",
        "fusion_own47.yaml",
    }


def test_every_later_set_names_existing_articles_and_has_both_parts() -> None:
    from realpolitik.eval.fusion import LATER_SETS, read_gold_mentions
    from realpolitik.eval.splits import own_part

    for key, gold, folder, prefix in LATER_SETS:
        mentions = read_gold_mentions(gold)
        names = [p.name for p in folder.glob("*.txt")]
        assert all(any(n.startswith(m.doc) for n in names) for m in mentions), key
        assert {own_part(prefix, m.story) for m in mentions} == {"tune", "check"}, key
