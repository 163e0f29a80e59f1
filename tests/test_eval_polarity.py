"""The polarity scorer and the seeds' non-event list: how outcomes are judged and counted."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from realpolitik.errors import UsageError
from realpolitik.eval.polarity import (
    EXTRA_SETS,
    OWN2_FILE,
    OWN3_FILE,
    OWN_FILE,
    _summary,
    judge_polarity,
    own_polarity_sentences,
    part_of,
)
from realpolitik.eval.seeds import NON_EVENTS, check_non_events
from realpolitik.model import EventMention


def _mention(trigger: str, polarity: str) -> EventMention:
    return EventMention(
        doc_id="t", char_start=0, char_end=10, sentence="s", trigger=trigger, trigger_start=0,
        plover_type="ASSAULT", quad_class=4, polarity=polarity,  # type: ignore[arg-type]
    )  # fmt: skip


def _sentence(polarity: list[str], trigger: str = "shell") -> dict[str, Any]:
    return {"id": "x1", "part": "tune", "text": "t", "trigger": trigger, "polarity": polarity}


def test_eval_polarity_judges_the_event_whose_trigger_holds_the_word():
    row = judge_polarity(_sentence(["negated"]), [_mention("met", "asserted"), _mention("shelled", "negated")])
    assert row["correct"] and row["predicted"] == "negated"
    assert not judge_polarity(_sentence(["negated"]), [_mention("shelled", "asserted")])["correct"]
    missing = judge_polarity(_sentence(["negated"]), [_mention("met", "negated")])
    assert missing["predicted"] == "none" and not missing["correct"]


def test_eval_polarity_a_non_event_is_right_only_when_no_event_has_its_trigger():
    assert judge_polarity(_sentence(["no_event"], "based"), [_mention("met", "asserted")])["correct"]
    for polarity in ("asserted", "hypothetical"):
        row = judge_polarity(_sentence(["no_event"], "based"), [_mention("based", polarity)])
        assert not row["correct"]


def test_eval_polarity_asserted_precision_counts_a_non_event_read_as_asserted():
    rows = [
        judge_polarity(_sentence(["asserted"]), [_mention("shelled", "asserted")]),
        judge_polarity(_sentence(["no_event"], "based"), [_mention("based", "asserted")]),
        judge_polarity(_sentence(["hypothetical"]), [_mention("shelled", "asserted")]),
        judge_polarity(_sentence(["asserted"]), [_mention("shelled", "denied")]),
    ]
    s = _summary(rows)
    assert s["asserted_precision"] == round(1 / 3, 4)
    assert s["asserted_recall"] == 0.5
    assert (s["not_asserted_wrong"], s["non_events_right"]) == (1, 0.0)
    assert s["accuracy"] == round(1 / 3, 4)  # three sentences with an event, one right


def test_eval_polarity_parts_are_fixed_by_hash_and_both_are_used():
    assert part_of("pol_001") == part_of("pol_001")
    parts = [s["part"] for s in own_polarity_sentences(OWN_FILE)]
    assert len(parts) >= 90 and {"tune", "check"} == set(parts)


def test_eval_polarity_own_file_balances_asserted_with_the_rest():
    sentences = own_polarity_sentences(OWN_FILE)
    asserted = [s for s in sentences if s["polarity"] == ["asserted"]]
    assert 30 <= len(asserted) <= len(sentences) - 40
    assert len({s["id"] for s in sentences}) == len(sentences)


def test_eval_polarity_second_set_has_its_own_hash_split_and_balance():
    sentences = own_polarity_sentences(OWN2_FILE)
    assert {"tune", "check"} == {s["part"] for s in sentences}
    assert all(s["part"] == part_of(s["id"], "polarity_own2") for s in sentences)
    # the split of a set follows its own name: the same id may fall elsewhere in the other set
    ids = [f"p{i}" for i in range(40)]
    assert [part_of(i) for i in ids] != [part_of(i, "polarity_own2") for i in ids]
    asserted = [s for s in sentences if s["polarity"] == ["asserted"]]
    assert 25 <= len(asserted) <= len(sentences) - 25  # about half are asserted controls
    assert len({s["id"] for s in sentences}) == len(sentences)
    first = {s["text"] for s in own_polarity_sentences(OWN_FILE)}
    assert not first & {s["text"] for s in sentences}


def test_eval_polarity_third_set_has_its_own_split_and_shares_no_sentence():
    sentences = own_polarity_sentences(OWN3_FILE)
    assert {"tune", "check"} == {s["part"] for s in sentences}
    assert all(s["part"] == part_of(s["id"], "polarity_own3") for s in sentences)
    asserted = [s for s in sentences if s["polarity"] == ["asserted"]]
    assert 25 <= len(asserted) <= len(sentences) - 25  # about half are asserted controls
    assert len({s["id"] for s in sentences}) == len(sentences)
    earlier = {s["text"] for f in (OWN_FILE, OWN2_FILE) for s in own_polarity_sentences(f)}
    assert not earlier & {s["text"] for s in sentences}


EVERY_POLARITY = {"asserted", "denied", "negated", "hypothetical", "intended"}


# set name, the polarities its sentences tell, whether about a third are asserted controls,
# how many sentences it holds (None: not pinned)
LATER_SETS = [
    ("own4", EVERY_POLARITY | {"no_event"}, False, None),
    ("own5", EVERY_POLARITY | {"no_event"}, True, None),
    ("own6", EVERY_POLARITY, True, range(60, 66)),
    ("own7", EVERY_POLARITY | {"no_event"}, True, range(60, 61)),
]


@pytest.mark.parametrize(("name", "told", "controls", "size"), LATER_SETS)
def test_eval_polarity_later_sets_have_their_own_split_their_polarities_and_no_shared_sentence(
    name: str, told: set[str], controls: bool, size: range | None
):
    path = EXTRA_SETS[name]
    sentences = own_polarity_sentences(path)
    assert size is None or len(sentences) in size
    assert {"tune", "check"} == {s["part"] for s in sentences}
    assert all(s["part"] == part_of(s["id"], path.stem) for s in sentences)
    assert {p for s in sentences for p in s["polarity"]} == told
    asserted = [s for s in sentences if s["polarity"] == ["asserted"]]
    if controls:  # about a third are asserted controls
        assert len(sentences) // 4 <= len(asserted) <= len(sentences) // 2
    assert len({s["id"] for s in sentences}) == len(sentences)
    earlier_files = [OWN_FILE] + [EXTRA_SETS[n] for n in EXTRA_SETS][: list(EXTRA_SETS).index(name)]
    earlier = {s["text"] for f in earlier_files for s in own_polarity_sentences(f)}
    assert not earlier & {s["text"] for s in sentences}


def test_eval_polarity_rejects_an_entry_without_a_known_polarity(tmp_path: Path):
    bad = tmp_path / "own.yaml"
    bad.write_text("sentences:\n  - {id: a, text: t, trigger: x, polarity: [maybe]}\n")
    with pytest.raises(UsageError, match="needs id, text, trigger and polarity"):
        own_polarity_sentences(bad)


def _event(trigger: str, polarity: str, doc: str = "feeds/007_abc.txt") -> dict[str, Any]:
    mention = {"doc_id": doc, "sentence": "If Ruritania shells the post, talks end.",
               "trigger": trigger, "polarity": polarity}  # fmt: skip
    return {"plover_type": "ASSAULT", "polarity": polarity, "mentions": [mention]}


def test_eval_seeds_non_events_count_asserted_or_present_by_outcome(tmp_path: Path):
    gold = tmp_path / "non.yaml"
    gold.write_text(
        "non_events:\n"
        "  - {doc: '007', cue: [If Ruritania], trigger: shell, outcome: not_asserted}\n"
        "  - {doc: '007', cue: [the post], trigger: post, outcome: no_event}\n"
    )
    labelled = check_non_events([_event("shells", "hypothetical")], gold)
    assert (labelled["reader_non_events_wrong"], labelled["reader_non_events_labelled"]) == (0, 1)
    told = check_non_events([_event("shells", "asserted"), _event("post", "hypothetical")], gold)
    assert (told["reader_non_events_wrong"], told["reader_non_events_total"]) == (2, 2)
    other_doc = check_non_events([_event("shells", "asserted", doc="feeds/008_x.txt")], gold)
    assert other_doc["reader_non_events_wrong"] == 0


def test_eval_seeds_non_events_reject_an_unknown_outcome(tmp_path: Path):
    gold = tmp_path / "non.yaml"
    gold.write_text("non_events:\n  - {doc: '007', cue: [x], trigger: y, outcome: maybe}\n")
    with pytest.raises(UsageError, match="needs doc, cue, trigger and an outcome"):
        check_non_events([], gold)


def test_eval_seeds_non_event_list_reads_and_every_entry_is_complete():
    result = check_non_events([], NON_EVENTS)
    assert result["reader_non_events_total"] == 35 and result["reader_non_events_wrong"] == 0


@pytest.mark.slow
def test_eval_polarity_scores_each_set_per_part(tmp_path: Path):
    from realpolitik.eval.polarity import score_polarity

    first, second = tmp_path / "polarity_own.yaml", tmp_path / "polarity_own2.yaml"
    third = tmp_path / "polarity_own3.yaml"
    first.write_text(
        "sentences:\n"
        "  - {id: a1, trigger: shell, polarity: [asserted], text: 'Ruritanian guns shelled the port.'}\n"
    )
    second.write_text(
        "sentences:\n"
        "  - {id: b1, trigger: shell, polarity: [negated],"
        " text: 'Ruritanian guns stopped short of shelling the port.'}\n"
        "  - {id: b2, trigger: shell, polarity: [asserted], text: 'Ruritanian guns shelled the port.'}\n"
    )
    third.write_text(
        "sentences:\n"
        "  - {id: c1, trigger: shell, polarity: [negated],"
        " text: 'Ruritanian guns no longer shell the port.'}\n"
    )
    out = score_polarity(path=first, extras={"own2": second, "own3": third})
    assert out["whole"]["n"] == 1 and out["own2"]["whole"]["n"] == 2
    assert out["own3"]["whole"]["n"] == 1 and set(out["own3"]) == {"whole", "tune", "check"}
    assert "own4" not in out and "own5" not in out and "own6" not in out
    assert {r["id"] for r in out["own3_misses"]} <= {"c1"}
    assert set(out["own2"]) == {"whole", "tune", "check"}
    assert {r["id"] for r in out["own2_misses"]} <= {"b1", "b2"}
    assert out["own2"]["whole"]["accuracy"] == 1.0
