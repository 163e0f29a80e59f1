"""Gold items' types are read as current PLOVER roots: the old labels our sets still use ("FIGHT",
"DEMAND") are renamed, as the PLOVER gold records' are, since an entry listing only an old label
could never be found; any other label is refused, naming the file and the item."""

from __future__ import annotations

from pathlib import Path

import pytest

from realpolitik.errors import UsageError
from realpolitik.eval.fusion import read_gold_mentions
from realpolitik.eval.gold_files import plover_roots
from realpolitik.eval.seeds import reader_entries

GOLD = Path(__file__).resolve().parents[1] / "src/realpolitik/eval/gold"


def test_old_plover_labels_are_read_as_their_current_roots(tmp_path):
    types = ["FIGHT", "DEMAND", "REQUEST", "REDUCE", "DISAPPROVE"]
    assert plover_roots(tmp_path / "x.yaml", "entry 'a'", types) == [
        "ASSAULT", "REQUEST", "SANCTION", "ACCUSE"
    ]


def test_a_label_outside_the_plover_roots_is_refused_with_the_item_named(tmp_path):
    with pytest.raises(UsageError, match=r"happening h1: SINK is no PLOVER root"):
        plover_roots(tmp_path / "x.yaml", "happening h1", ["REQUEST", "SINK"])


def test_an_empty_types_list_is_refused(tmp_path):
    with pytest.raises(UsageError, match="types must be a list"):
        plover_roots(tmp_path / "x.yaml", "entry 'a'", [])


def test_a_reader_entry_with_an_unknown_type_is_refused(tmp_path):
    path = tmp_path / "reader.yaml"
    path.write_text("events:\n- {docs: [r01], cue: [sank the boat], types: [SINK], "
                    "asserted: true}\n", encoding="utf-8")  # fmt: skip
    with pytest.raises(UsageError, match=r"reader.yaml: entry 'sank the boat': SINK"):
        reader_entries(path)


def test_a_fusion_happening_with_an_unknown_type_is_refused(tmp_path):
    path = tmp_path / "fusion.yaml"
    path.write_text("happenings:\n- id: h1\n  story: s1\n  types: [SINK]\n  mentions:\n"
                    "  - {doc: a.txt, cue: [sank]}\n", encoding="utf-8")  # fmt: skip
    with pytest.raises(UsageError, match="happening h1: SINK"):
        read_gold_mentions(path)


@pytest.mark.parametrize("path", sorted(GOLD.glob("reader_own*.yaml")), ids=lambda p: p.stem)
def test_every_reader_set_lists_plover_labels_only(path):
    assert reader_entries(path)


@pytest.mark.parametrize("path", sorted(GOLD.glob("fusion_own*.yaml")), ids=lambda p: p.stem)
def test_every_fusion_set_lists_plover_labels_only(path):
    assert read_gold_mentions(path)
