"""Adding documents to a store analyses every new one, wherever it sits in the input."""

from __future__ import annotations

import json

import pytest
from store_helpers import mentions_per_document

from realpolitik import pipeline

# Short, distinct reports (under 25 words, so only exact copies count as duplicates).
TEXTS = [
    "Iranian officials accused Israel of attacking a nuclear site near Natanz on Tuesday.",
    "The Indian foreign minister met his Chinese counterpart in Beijing to discuss the border.",
    "Turkish troops shelled Kurdish positions in northern Syria, the ministry said.",
    "Russia expelled two Polish diplomats after Warsaw closed a consulate.",
    "Kenyan police arrested twelve protesters outside parliament in Nairobi.",
    "The United Nations sent food aid to flood victims in Sudan.",
    "Egypt hosted talks between Hamas and Fatah delegations in Cairo.",
]


def _jsonl(path, texts):
    path.write_text(
        "".join(json.dumps({"id": f"d{i}", "text": t}) + "\n" for i, t in enumerate(texts)),
        encoding="utf-8",
    )
    return str(path)



@pytest.mark.slow
def test_new_documents_after_batches_of_stored_ones_are_analysed(tmp_path, monkeypatch):
    # Batches of two: the first two batches of the second run hold only stored documents.
    monkeypatch.setattr(pipeline, "BATCH_SIZE", 2)
    incremental = tmp_path / "incremental.duckdb"
    pipeline.run([_jsonl(tmp_path / "first.jsonl", TEXTS[:5])], incremental, workers=1)
    pipeline.run([_jsonl(tmp_path / "all.jsonl", TEXTS)], incremental, workers=1)
    at_once = tmp_path / "at_once.duckdb"
    pipeline.run([_jsonl(tmp_path / "all.jsonl", TEXTS)], at_once, workers=1)

    expected = mentions_per_document(at_once)
    assert {"d5", "d6"} <= set(expected)  # the late documents do hold events
    assert mentions_per_document(incremental) == expected


@pytest.mark.slow
def test_a_good_record_after_batches_of_broken_lines_is_analysed(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "BATCH_SIZE", 2)
    path = tmp_path / "broken.jsonl"
    good = json.dumps({"id": "good", "text": TEXTS[2]})
    path.write_text("{not json\n" * 5 + good + "\n", encoding="utf-8")
    db = tmp_path / "db.duckdb"
    pipeline.run([str(path)], db, workers=1)
    assert mentions_per_document(db).get("good", 0) > 0
