"""The careful reader's list of the seeds: how an exported event is matched to an entry."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from realpolitik.eval.seeds import READER, check_reader, reader_matches


def _event(ptype: str, trigger: str, polarity: str = "asserted", **roles: Any) -> dict[str, Any]:
    mention = {
        "doc_id": "feeds/007_abc.txt",
        "sentence": "Ruritania shelled the border post and seized two villages.",
        "trigger": trigger,
        "polarity": polarity,
    }
    return {
        "plover_type": ptype,
        "polarity": polarity,
        "source": roles.get("source", []),
        "target": roles.get("target", []),
        "claimed_by": [],
        "mentions": [mention],
    }


RURITANIA = {"name": "Ruritania", "actor_id": "c:rur", "text": "Ruritania", "country": "RUR"}
ENTRY = {
    "docs": ["007"],
    "cue": ["border post"],
    "trigger": "seiz",
    "types": ["ASSAULT", "COERCE"],
    "source": [["RUR"]],
    "asserted": True,
}


def test_eval_seeds_reader_needs_type_party_document_cue_and_trigger():
    assert reader_matches(_event("ASSAULT", "seized", source=[RURITANIA]), ENTRY, True)
    assert not reader_matches(_event("ASSAULT", "shelled", source=[RURITANIA]), ENTRY, True)
    assert not reader_matches(_event("ASSAULT", "seized"), ENTRY, True)  # no source
    assert not reader_matches(_event("PROTEST", "seized", source=[RURITANIA]), ENTRY, True)
    assert not reader_matches(
        _event("ASSAULT", "seized", source=[RURITANIA]), {**ENTRY, "docs": ["008"]}, True
    )


def test_eval_seeds_reader_counts_an_unasserted_entry_found_only_when_not_asserted(tmp_path: Path):
    gold = tmp_path / "reader.yaml"
    gold.write_text(
        "events:\n"
        "  - {docs: ['007'], cue: [villages], types: [ASSAULT], asserted: false}\n"
        "  - {docs: ['007'], cue: [villages], trigger: shell, types: [ASSAULT], asserted: true}\n"
    )
    hoped = check_reader([_event("ASSAULT", "seized", polarity="hypothetical")], gold)
    assert (hoped["reader_found"], hoped["reader_hypothetical_asserted"]) == (1, 0)
    told = check_reader([_event("ASSAULT", "seized"), _event("ASSAULT", "shelled")], gold)
    assert (told["reader_found"], told["reader_total"]) == (1, 2)
    assert told["reader_hypothetical_asserted"] == 1


def test_eval_seeds_reader_list_reads_and_every_entry_is_complete():
    import yaml

    entries = yaml.safe_load(READER.read_text(encoding="utf-8"))["events"]
    assert len(entries) >= 36
    for entry in entries:
        assert entry["types"] and entry["cue"] and entry["docs"]
        assert isinstance(entry["asserted"], bool)


def test_eval_seeds_reader_joint_act_parties_may_sit_in_either_role():
    peru = {"name": "Peru", "actor_id": "c:per", "text": "Peru", "country": "PER"}
    entry = {"docs": ["007"], "cue": ["villages"], "types": ["COOPERATE"], "asserted": True}
    joint = {**entry, "parties": [["RUR"], ["PER"]]}
    event = _event("COOPERATE", "seized", source=[RURITANIA], target=[peru])
    assert reader_matches(event, joint, True)
    assert not reader_matches(event, {**entry, "source": [["RUR"], ["PER"]]}, True)


def test_eval_reader_own_article_key_keeps_two_reports_of_one_happening_together():
    from realpolitik.eval.seeds import article_key

    assert article_key("r04a") == article_key("r04b") == "r04"
    assert article_key("r10") == "r10"


def test_eval_reader_own_parts_name_misses_only_for_tune(tmp_path: Path):
    from realpolitik.eval.seeds import article_key, check_reader_parts
    from realpolitik.eval.splits import own_part

    keys = [f"x{i}" for i in range(1, 30)]
    tune = next(k for k in keys if own_part("demo", article_key(k)) == "tune")
    check = next(k for k in keys if own_part("demo", article_key(k)) == "check")
    gold = tmp_path / "own.yaml"
    gold.write_text(
        "events:\n"
        f"  - {{docs: ['{tune}'], cue: [villages], types: [PROTEST], asserted: true}}\n"
        f"  - {{docs: ['{check}'], cue: [villages], types: [PROTEST], asserted: true}}\n"
        f"  - {{docs: ['{check}'], cue: [villages], types: [ASSAULT], asserted: false}}\n"
    )
    event = _event("ASSAULT", "seized")
    event["mentions"][0]["doc_id"] = f"own/{check}_demo.txt"
    parts = check_reader_parts([event], gold, "demo")
    assert parts["tune"] == {"found": 0, "total": 1, "found_share": 0.0, "hypothetical_asserted": 0,
                             "missed": [f"{tune} PROTEST: villages"], "wrongly_asserted": []}
    assert parts["check"] == {"found": 0, "total": 2, "found_share": 0.0, "hypothetical_asserted": 1}


@pytest.mark.parametrize("prefix", ["reader_own1", "reader_own2"])
def test_eval_reader_own_list_names_only_cues_of_its_articles(prefix):
    import re

    import yaml

    from realpolitik.eval.seeds import READER_OWN_SETS

    (gold, folder), = [(g, f) for p, g, f in READER_OWN_SETS if p == prefix]
    texts = {p.name: p.read_text(encoding="utf-8") for p in folder.glob("*.txt")}
    entries = yaml.safe_load(gold.read_text(encoding="utf-8"))["events"]
    assert len(texts) >= 8 and len(entries) >= 36
    for entry in entries:
        assert isinstance(entry["asserted"], bool) and entry["types"]
        for doc in entry["docs"]:
            (name,) = [n for n in texts if n.startswith(doc + "_")]
            sentences = re.split(r"(?<=[.!?])\s+|\n+", texts[name].lower())
            assert any(all(c.lower() in s for c in entry["cue"]) for s in sentences), (doc, entry["cue"])


def test_eval_reader_own9_is_scored_and_every_cue_lies_in_one_sentence_of_its_part():
    import re

    import yaml

    from realpolitik.eval.seeds import READER_OWN9, READER_OWN9_DIR, READER_OWN_SETS, article_key
    from realpolitik.eval.splits import own_part

    assert ("reader_own9", READER_OWN9, READER_OWN9_DIR) in READER_OWN_SETS
    texts = {p.name: p.read_text(encoding="utf-8") for p in READER_OWN9_DIR.glob("*.txt")}
    entries = yaml.safe_load(READER_OWN9.read_text(encoding="utf-8"))["events"]
    assert len(texts) == 6 and len(entries) >= 100
    for entry in entries:
        assert isinstance(entry["asserted"], bool) and entry["types"]
        assert len({own_part("reader_own9", article_key(d)) for d in entry["docs"]}) == 1
        for doc in entry["docs"]:
            (name,) = [n for n in texts if n.startswith(doc + "_")]
            sentences = re.split(r"(?<=[.!?])\s+|\n+", texts[name].lower())
            assert any(all(c.lower() in s for c in entry["cue"]) for s in sentences), (doc, entry["cue"])


def test_eval_reader_own10_is_scored_and_every_cue_lies_in_one_sentence_of_its_part():
    import re

    import yaml

    from realpolitik.eval.seeds import READER_OWN10, READER_OWN10_DIR, READER_OWN_SETS, article_key
    from realpolitik.eval.splits import own_part

    assert ("reader_own10", READER_OWN10, READER_OWN10_DIR) in READER_OWN_SETS
    texts = {p.name: p.read_text(encoding="utf-8") for p in READER_OWN10_DIR.glob("*.txt")}
    entries = yaml.safe_load(READER_OWN10.read_text(encoding="utf-8"))["events"]
    assert len(texts) == 6 and len(entries) >= 100
    for entry in entries:
        assert isinstance(entry["asserted"], bool) and entry["types"]
        assert len({own_part("reader_own10", article_key(d)) for d in entry["docs"]}) == 1
        for doc in entry["docs"]:
            (name,) = [n for n in texts if n.startswith(doc + "_")]
            sentences = re.split(r"(?<=[.!?])\s+|\n+", texts[name].lower())
            assert any(all(c.lower() in s for c in entry["cue"]) for s in sentences), (doc, entry["cue"])



def test_eval_reader_own11_is_scored_and_every_cue_lies_in_one_sentence_of_its_part():
    import re

    import yaml

    from realpolitik.eval.seeds import READER_OWN11, READER_OWN11_DIR, READER_OWN_SETS, article_key
    from realpolitik.eval.splits import own_part

    assert ("reader_own11", READER_OWN11, READER_OWN11_DIR) in READER_OWN_SETS
    texts = {p.name: p.read_text(encoding="utf-8") for p in READER_OWN11_DIR.glob("*.txt")}
    entries = yaml.safe_load(READER_OWN11.read_text(encoding="utf-8"))["events"]
    assert len(texts) == 6 and len(entries) >= 100
    for entry in entries:
        assert isinstance(entry["asserted"], bool) and entry["types"]
        assert len({own_part("reader_own11", article_key(d)) for d in entry["docs"]}) == 1
        for doc in entry["docs"]:
            (name,) = [n for n in texts if n.startswith(doc + "_")]
            sentences = re.split(r"(?<=[.!?])\s+|\n+", texts[name].lower())
            assert any(all(c.lower() in s for c in entry["cue"]) for s in sentences), (doc, entry["cue"])


def test_eval_reader_own12_is_scored_and_every_cue_lies_in_one_sentence_of_its_part():
    import re

    import yaml

    from realpolitik.eval.seeds import READER_OWN12, READER_OWN12_DIR, READER_OWN_SETS, article_key
    from realpolitik.eval.splits import own_part

    assert ("reader_own12", READER_OWN12, READER_OWN12_DIR) in READER_OWN_SETS
    texts = {p.name: p.read_text(encoding="utf-8") for p in READER_OWN12_DIR.glob("*.txt")}
    entries = yaml.safe_load(READER_OWN12.read_text(encoding="utf-8"))["events"]
    assert len(texts) == 8 and len(entries) >= 80
    for entry in entries:
        assert isinstance(entry["asserted"], bool) and entry["types"]
        assert len({own_part("reader_own12", article_key(d)) for d in entry["docs"]}) == 1
        for doc in entry["docs"]:
            (name,) = [n for n in texts if n.startswith(doc + "_")]
            sentences = re.split(r"(?<=[.!?])\s+|\n+", texts[name].lower())
            assert any(all(c.lower() in s for c in entry["cue"]) for s in sentences), (doc, entry["cue"])


def test_eval_reader_own13_is_scored_and_every_cue_lies_in_one_sentence_of_its_part():
    import re

    import yaml

    from realpolitik.eval.seeds import READER_OWN13, READER_OWN13_DIR, READER_OWN_SETS, article_key
    from realpolitik.eval.splits import own_part

    assert ("reader_own13", READER_OWN13, READER_OWN13_DIR) in READER_OWN_SETS
    texts = {p.name: p.read_text(encoding="utf-8") for p in READER_OWN13_DIR.glob("*.txt")}
    entries = yaml.safe_load(READER_OWN13.read_text(encoding="utf-8"))["events"]
    assert len(texts) == 7 and len(entries) >= 85
    for entry in entries:
        assert isinstance(entry["asserted"], bool) and entry["types"]
        assert len({own_part("reader_own13", article_key(d)) for d in entry["docs"]}) == 1
        for doc in entry["docs"]:
            (name,) = [n for n in texts if n.startswith(doc + "_")]
            sentences = re.split(r"(?<=[.!?])\s+|\n+", texts[name].lower())
            assert any(all(c.lower() in s for c in entry["cue"]) for s in sentences), (doc, entry["cue"])


def test_eval_reader_own14_is_scored_and_every_cue_lies_in_one_sentence_of_its_part():
    import re

    import yaml

    from realpolitik.eval.seeds import READER_OWN14, READER_OWN14_DIR, READER_OWN_SETS, article_key
    from realpolitik.eval.splits import own_part

    assert ("reader_own14", READER_OWN14, READER_OWN14_DIR) in READER_OWN_SETS
    texts = {p.name: p.read_text(encoding="utf-8") for p in READER_OWN14_DIR.glob("*.txt")}
    entries = yaml.safe_load(READER_OWN14.read_text(encoding="utf-8"))["events"]
    assert len(texts) == 7 and len(entries) >= 75
    for entry in entries:
        assert isinstance(entry["asserted"], bool) and entry["types"]
        assert len({own_part("reader_own14", article_key(d)) for d in entry["docs"]}) == 1
        for doc in entry["docs"]:
            (name,) = [n for n in texts if n.startswith(doc + "_")]
            sentences = re.split(r"(?<=[.!?])\s+|\n+", texts[name].lower())
            assert any(all(c.lower() in s for c in entry["cue"]) for s in sentences), (doc, entry["cue"])


def test_eval_reader_own15_is_scored_and_every_cue_lies_in_one_sentence_of_its_part():
    import re

    import yaml

    from realpolitik.eval.seeds import READER_OWN15, READER_OWN15_DIR, READER_OWN_SETS, article_key
    from realpolitik.eval.splits import own_part

    assert ("reader_own15", READER_OWN15, READER_OWN15_DIR) in READER_OWN_SETS
    texts = {p.name: p.read_text(encoding="utf-8") for p in READER_OWN15_DIR.glob("*.txt")}
    entries = yaml.safe_load(READER_OWN15.read_text(encoding="utf-8"))["events"]
    assert len(texts) == 8 and len(entries) >= 90
    for entry in entries:
        assert isinstance(entry["asserted"], bool) and entry["types"]
        assert len({own_part("reader_own15", article_key(d)) for d in entry["docs"]}) == 1
        for doc in entry["docs"]:
            (name,) = [n for n in texts if n.startswith(doc + "_")]
            sentences = re.split(r"(?<=[.!?])\s+|\n+", texts[name].lower())
            assert any(all(c.lower() in s for c in entry["cue"]) for s in sentences), (doc, entry["cue"])


def test_eval_reader_own16_is_scored_and_every_cue_lies_in_one_sentence_of_its_part():
    import re

    import yaml

    from realpolitik.eval.seeds import READER_OWN16, READER_OWN16_DIR, READER_OWN_SETS, article_key
    from realpolitik.eval.splits import own_part

    assert ("reader_own16", READER_OWN16, READER_OWN16_DIR) in READER_OWN_SETS
    texts = {p.name: p.read_text(encoding="utf-8") for p in READER_OWN16_DIR.glob("*.txt")}
    entries = yaml.safe_load(READER_OWN16.read_text(encoding="utf-8"))["events"]
    assert len(texts) == 7 and len(entries) >= 85
    for entry in entries:
        assert isinstance(entry["asserted"], bool) and entry["types"]
        assert len({own_part("reader_own16", article_key(d)) for d in entry["docs"]}) == 1
        for doc in entry["docs"]:
            (name,) = [n for n in texts if n.startswith(doc + "_")]
            sentences = re.split(r"(?<=[.!?])\s+|\n+", texts[name].lower())
            assert any(all(c.lower() in s for c in entry["cue"]) for s in sentences), (doc, entry["cue"])


def test_eval_reader_own17_is_scored_and_every_cue_lies_in_one_sentence_of_its_part():
    import re

    import yaml

    from realpolitik.eval.seeds import READER_OWN17, READER_OWN17_DIR, READER_OWN_SETS, article_key
    from realpolitik.eval.splits import own_part

    assert ("reader_own17", READER_OWN17, READER_OWN17_DIR) in READER_OWN_SETS
    texts = {p.name: p.read_text(encoding="utf-8") for p in READER_OWN17_DIR.glob("*.txt")}
    entries = yaml.safe_load(READER_OWN17.read_text(encoding="utf-8"))["events"]
    assert len(texts) == 8 and len(entries) >= 100
    for entry in entries:
        assert isinstance(entry["asserted"], bool) and entry["types"]
        assert len({own_part("reader_own17", article_key(d)) for d in entry["docs"]}) == 1
        for doc in entry["docs"]:
            (name,) = [n for n in texts if n.startswith(doc + "_")]
            sentences = re.split(r"(?<=[.!?])\s+|\n+", texts[name].lower())
            assert any(all(c.lower() in s for c in entry["cue"]) for s in sentences), (doc, entry["cue"])


def test_eval_reader_own18_is_scored_and_every_cue_lies_in_one_sentence_of_its_part():
    import re

    import yaml

    from realpolitik.eval.seeds import READER_OWN18, READER_OWN18_DIR, READER_OWN_SETS, article_key
    from realpolitik.eval.splits import own_part

    assert ("reader_own18", READER_OWN18, READER_OWN18_DIR) in READER_OWN_SETS
    texts = {p.name: p.read_text(encoding="utf-8") for p in READER_OWN18_DIR.glob("*.txt")}
    entries = yaml.safe_load(READER_OWN18.read_text(encoding="utf-8"))["events"]
    assert len(texts) == 8 and len(entries) >= 100
    for entry in entries:
        assert isinstance(entry["asserted"], bool) and entry["types"]
        assert len({own_part("reader_own18", article_key(d)) for d in entry["docs"]}) == 1
        for doc in entry["docs"]:
            (name,) = [n for n in texts if n.startswith(doc + "_")]
            sentences = re.split(r"(?<=[.!?])\s+|\n+", texts[name].lower())
            assert any(all(c.lower() in s for c in entry["cue"]) for s in sentences), (doc, entry["cue"])


def test_eval_reader_own19_is_scored_and_every_cue_lies_in_one_sentence_of_its_part():
    import re

    import yaml

    from realpolitik.eval.seeds import READER_OWN19, READER_OWN19_DIR, READER_OWN_SETS, article_key
    from realpolitik.eval.splits import own_part

    assert ("reader_own19", READER_OWN19, READER_OWN19_DIR) in READER_OWN_SETS
    texts = {p.name: p.read_text(encoding="utf-8") for p in READER_OWN19_DIR.glob("*.txt")}
    entries = yaml.safe_load(READER_OWN19.read_text(encoding="utf-8"))["events"]
    assert len(texts) == 8 and len(entries) >= 90
    for entry in entries:
        assert isinstance(entry["asserted"], bool) and entry["types"]
        assert len({own_part("reader_own19", article_key(d)) for d in entry["docs"]}) == 1
        for doc in entry["docs"]:
            (name,) = [n for n in texts if n.startswith(doc + "_")]
            sentences = re.split(r"(?<=[.!?])\s+|\n+", texts[name].lower())
            assert any(all(c.lower() in s for c in entry["cue"]) for s in sentences), (doc, entry["cue"])


def test_eval_reader_own20_is_scored_and_every_cue_lies_in_one_sentence_of_its_part():
    import re

    import yaml

    from realpolitik.eval.seeds import READER_OWN20, READER_OWN20_DIR, READER_OWN_SETS, article_key
    from realpolitik.eval.splits import own_part

    assert ("reader_own20", READER_OWN20, READER_OWN20_DIR) in READER_OWN_SETS
    texts = {p.name: p.read_text(encoding="utf-8") for p in READER_OWN20_DIR.glob("*.txt")}
    entries = yaml.safe_load(READER_OWN20.read_text(encoding="utf-8"))["events"]
    assert len(texts) == 8 and len(entries) >= 100
    for entry in entries:
        assert isinstance(entry["asserted"], bool) and entry["types"]
        assert len({own_part("reader_own20", article_key(d)) for d in entry["docs"]}) == 1
        for doc in entry["docs"]:
            (name,) = [n for n in texts if n.startswith(doc + "_")]
            sentences = re.split(r"(?<=[.!?])\s+|\n+", texts[name].lower())
            assert any(all(c.lower() in s for c in entry["cue"]) for s in sentences), (doc, entry["cue"])


def test_eval_reader_own21_is_scored_and_every_cue_lies_in_one_sentence_of_its_part():
    import re

    import yaml

    from realpolitik.eval.seeds import READER_OWN21, READER_OWN21_DIR, READER_OWN_SETS, article_key
    from realpolitik.eval.splits import own_part

    assert ("reader_own21", READER_OWN21, READER_OWN21_DIR) in READER_OWN_SETS
    texts = {p.name: p.read_text(encoding="utf-8") for p in READER_OWN21_DIR.glob("*.txt")}
    entries = yaml.safe_load(READER_OWN21.read_text(encoding="utf-8"))["events"]
    assert len(texts) == 8 and len(entries) >= 100
    for entry in entries:
        assert isinstance(entry["asserted"], bool) and entry["types"]
        assert len({own_part("reader_own21", article_key(d)) for d in entry["docs"]}) == 1
        for doc in entry["docs"]:
            (name,) = [n for n in texts if n.startswith(doc + "_")]
            sentences = re.split(r"(?<=[.!?])\s+|\n+", texts[name].lower())
            assert any(all(c.lower() in s for c in entry["cue"]) for s in sentences), (doc, entry["cue"])


def test_eval_reader_own22_is_scored_and_every_cue_lies_in_one_sentence_of_its_part():
    import re

    import yaml

    from realpolitik.eval.seeds import READER_OWN22, READER_OWN22_DIR, READER_OWN_SETS, article_key
    from realpolitik.eval.splits import own_part

    assert ("reader_own22", READER_OWN22, READER_OWN22_DIR) in READER_OWN_SETS
    texts = {p.name: p.read_text(encoding="utf-8") for p in READER_OWN22_DIR.glob("*.txt")}
    entries = yaml.safe_load(READER_OWN22.read_text(encoding="utf-8"))["events"]
    assert len(texts) == 8 and len(entries) >= 100
    for entry in entries:
        assert isinstance(entry["asserted"], bool) and entry["types"]
        assert len({own_part("reader_own22", article_key(d)) for d in entry["docs"]}) == 1
        for doc in entry["docs"]:
            (name,) = [n for n in texts if n.startswith(doc + "_")]
            sentences = re.split(r"(?<=[.!?])\s+|\n+", texts[name].lower())
            assert any(all(c.lower() in s for c in entry["cue"]) for s in sentences), (doc, entry["cue"])


def test_eval_reader_own23_is_scored_and_every_cue_lies_in_one_sentence_of_its_part():
    import re

    import yaml

    from realpolitik.eval.seeds import READER_OWN23, READER_OWN23_DIR, READER_OWN_SETS, article_key
    from realpolitik.eval.splits import own_part

    assert ("reader_own23", READER_OWN23, READER_OWN23_DIR) in READER_OWN_SETS
    texts = {p.name: p.read_text(encoding="utf-8") for p in READER_OWN23_DIR.glob("*.txt")}
    entries = yaml.safe_load(READER_OWN23.read_text(encoding="utf-8"))["events"]
    assert len(texts) == 8 and len(entries) >= 100
    for entry in entries:
        assert isinstance(entry["asserted"], bool) and entry["types"]
        assert len({own_part("reader_own23", article_key(d)) for d in entry["docs"]}) == 1
        for doc in entry["docs"]:
            (name,) = [n for n in texts if n.startswith(doc + "_")]
            sentences = re.split(r"(?<=[.!?])\s+|\n+", texts[name].lower())
            assert any(all(c.lower() in s for c in entry["cue"]) for s in sentences), (doc, entry["cue"])


def test_eval_reader_own24_is_scored_and_every_cue_lies_in_one_sentence_of_its_part():
    import re

    import yaml

    from realpolitik.eval.seeds import READER_OWN24, READER_OWN24_DIR, READER_OWN_SETS, article_key
    from realpolitik.eval.splits import own_part

    assert ("reader_own24", READER_OWN24, READER_OWN24_DIR) in READER_OWN_SETS
    texts = {p.name: p.read_text(encoding="utf-8") for p in READER_OWN24_DIR.glob("*.txt")}
    entries = yaml.safe_load(READER_OWN24.read_text(encoding="utf-8"))["events"]
    assert len(texts) == 8 and len(entries) >= 100
    for entry in entries:
        assert isinstance(entry["asserted"], bool) and entry["types"]
        assert len({own_part("reader_own24", article_key(d)) for d in entry["docs"]}) == 1
        for doc in entry["docs"]:
            (name,) = [n for n in texts if n.startswith(doc + "_")]
            sentences = re.split(r"(?<=[.!?])\s+|\n+", texts[name].lower())
            assert any(all(c.lower() in s for c in entry["cue"]) for s in sentences), (doc, entry["cue"])


def test_eval_reader_own25_is_scored_and_every_cue_lies_in_one_sentence_of_its_part():
    import re

    import yaml

    from realpolitik.eval.seeds import READER_OWN25, READER_OWN25_DIR, READER_OWN_SETS, article_key
    from realpolitik.eval.splits import own_part

    assert ("reader_own25", READER_OWN25, READER_OWN25_DIR) in READER_OWN_SETS
    texts = {p.name: p.read_text(encoding="utf-8") for p in READER_OWN25_DIR.glob("*.txt")}
    entries = yaml.safe_load(READER_OWN25.read_text(encoding="utf-8"))["events"]
    assert len(texts) == 8 and len(entries) >= 100
    for entry in entries:
        assert isinstance(entry["asserted"], bool) and entry["types"]
        assert len({own_part("reader_own25", article_key(d)) for d in entry["docs"]}) == 1
        for doc in entry["docs"]:
            (name,) = [n for n in texts if n.startswith(doc + "_")]
            sentences = re.split(r"(?<=[.!?])\s+|\n+", texts[name].lower())
            assert any(all(c.lower() in s for c in entry["cue"]) for s in sentences), (doc, entry["cue"])


def test_eval_reader_own26_is_scored_and_every_cue_lies_in_one_sentence_of_its_part():
    import re

    import yaml

    from realpolitik.eval.seeds import READER_OWN26, READER_OWN26_DIR, READER_OWN_SETS, article_key
    from realpolitik.eval.splits import own_part

    assert ("reader_own26", READER_OWN26, READER_OWN26_DIR) in READER_OWN_SETS
    texts = {p.name: p.read_text(encoding="utf-8") for p in READER_OWN26_DIR.glob("*.txt")}
    entries = yaml.safe_load(READER_OWN26.read_text(encoding="utf-8"))["events"]
    assert len(texts) == 8 and len(entries) >= 100
    for entry in entries:
        assert isinstance(entry["asserted"], bool) and entry["types"]
        assert len({own_part("reader_own26", article_key(d)) for d in entry["docs"]}) == 1
        for doc in entry["docs"]:
            (name,) = [n for n in texts if n.startswith(doc + "_")]
            sentences = re.split(r"(?<=[.!?])\s+|\n+", texts[name].lower())
            assert any(all(c.lower() in s for c in entry["cue"]) for s in sentences), (doc, entry["cue"])


def test_eval_reader_own27_is_scored_and_every_cue_lies_in_one_sentence_of_its_part():
    import re

    import yaml

    from realpolitik.eval.seeds import READER_OWN27, READER_OWN27_DIR, READER_OWN_SETS, article_key
    from realpolitik.eval.splits import own_part

    assert ("reader_own27", READER_OWN27, READER_OWN27_DIR) in READER_OWN_SETS
    texts = {p.name: p.read_text(encoding="utf-8") for p in READER_OWN27_DIR.glob("*.txt")}
    entries = yaml.safe_load(READER_OWN27.read_text(encoding="utf-8"))["events"]
    assert len(texts) == 8 and len(entries) >= 100
    for entry in entries:
        assert isinstance(entry["asserted"], bool) and entry["types"]
        assert len({own_part("reader_own27", article_key(d)) for d in entry["docs"]}) == 1
        for doc in entry["docs"]:
            (name,) = [n for n in texts if n.startswith(doc + "_")]
            sentences = re.split(r"(?<=[.!?])\s+|\n+", texts[name].lower())
            assert any(all(c.lower() in s for c in entry["cue"]) for s in sentences), (doc, entry["cue"])


def test_eval_reader_own28_is_scored_and_every_cue_lies_in_one_sentence_of_its_part():
    import re

    import yaml

    from realpolitik.eval.seeds import READER_OWN28, READER_OWN28_DIR, READER_OWN_SETS, article_key
    from realpolitik.eval.splits import own_part

    assert ("reader_own28", READER_OWN28, READER_OWN28_DIR) in READER_OWN_SETS
    texts = {p.name: p.read_text(encoding="utf-8") for p in READER_OWN28_DIR.glob("*.txt")}
    entries = yaml.safe_load(READER_OWN28.read_text(encoding="utf-8"))["events"]
    assert len(texts) == 8 and len(entries) >= 95
    for entry in entries:
        assert isinstance(entry["asserted"], bool) and entry["types"]
        assert len({own_part("reader_own28", article_key(d)) for d in entry["docs"]}) == 1
        for doc in entry["docs"]:
            (name,) = [n for n in texts if n.startswith(doc + "_")]
            sentences = re.split(r"(?<=[.!?])\s+|\n+", texts[name].lower())
            assert any(all(c.lower() in s for c in entry["cue"]) for s in sentences), (doc, entry["cue"])


def test_eval_reader_own29_is_scored_and_every_cue_lies_in_one_sentence_of_its_part():
    import re

    import yaml

    from realpolitik.eval.seeds import READER_OWN29, READER_OWN29_DIR, READER_OWN_SETS, article_key
    from realpolitik.eval.splits import own_part

    assert ("reader_own29", READER_OWN29, READER_OWN29_DIR) in READER_OWN_SETS
    texts = {p.name: p.read_text(encoding="utf-8") for p in READER_OWN29_DIR.glob("*.txt")}
    entries = yaml.safe_load(READER_OWN29.read_text(encoding="utf-8"))["events"]
    assert len(texts) == 8 and len(entries) >= 110
    for entry in entries:
        assert isinstance(entry["asserted"], bool) and entry["types"]
        assert len({own_part("reader_own29", article_key(d)) for d in entry["docs"]}) == 1
        for doc in entry["docs"]:
            (name,) = [n for n in texts if n.startswith(doc + "_")]
            sentences = re.split(r"(?<=[.!?])\s+|\n+", texts[name].lower())
            assert any(all(c.lower() in s for c in entry["cue"]) for s in sentences), (doc, entry["cue"])


def test_eval_reader_own30_is_scored_and_every_cue_lies_in_one_sentence_of_its_part():
    import re

    import yaml

    from realpolitik.eval.seeds import READER_OWN30, READER_OWN30_DIR, READER_OWN_SETS, article_key
    from realpolitik.eval.splits import own_part

    assert ("reader_own30", READER_OWN30, READER_OWN30_DIR) in READER_OWN_SETS
    texts = {p.name: p.read_text(encoding="utf-8") for p in READER_OWN30_DIR.glob("*.txt")}
    entries = yaml.safe_load(READER_OWN30.read_text(encoding="utf-8"))["events"]
    assert len(texts) == 8 and len(entries) >= 80
    for entry in entries:
        assert isinstance(entry["asserted"], bool) and entry["types"]
        assert len({own_part("reader_own30", article_key(d)) for d in entry["docs"]}) == 1
        for doc in entry["docs"]:
            (name,) = [n for n in texts if n.startswith(doc + "_")]
            sentences = re.split(r"(?<=[.!?])\s+|\n+", texts[name].lower())
            assert any(all(c.lower() in s for c in entry["cue"]) for s in sentences), (doc, entry["cue"])


def test_eval_reader_own31_is_scored_and_every_cue_lies_in_one_sentence_of_its_part():
    import re

    import yaml

    from realpolitik.eval.seeds import READER_OWN31, READER_OWN31_DIR, READER_OWN_SETS, article_key
    from realpolitik.eval.splits import own_part

    assert ("reader_own31", READER_OWN31, READER_OWN31_DIR) in READER_OWN_SETS
    texts = {p.name: p.read_text(encoding="utf-8") for p in READER_OWN31_DIR.glob("*.txt")}
    entries = yaml.safe_load(READER_OWN31.read_text(encoding="utf-8"))["events"]
    assert len(texts) == 8 and len(entries) >= 90
    for entry in entries:
        assert isinstance(entry["asserted"], bool) and entry["types"]
        assert len({own_part("reader_own31", article_key(d)) for d in entry["docs"]}) == 1
        for doc in entry["docs"]:
            (name,) = [n for n in texts if n.startswith(doc + "_")]
            sentences = re.split(r"(?<=[.!?])\s+|\n+", texts[name].lower())
            assert any(all(c.lower() in s for c in entry["cue"]) for s in sentences), (doc, entry["cue"])


def test_eval_reader_own32_is_scored_and_every_cue_lies_in_one_sentence_of_its_part():
    import re

    import yaml

    from realpolitik.eval.seeds import READER_OWN32, READER_OWN32_DIR, READER_OWN_SETS, article_key
    from realpolitik.eval.splits import own_part

    assert ("reader_own32", READER_OWN32, READER_OWN32_DIR) in READER_OWN_SETS
    texts = {p.name: p.read_text(encoding="utf-8") for p in READER_OWN32_DIR.glob("*.txt")}
    entries = yaml.safe_load(READER_OWN32.read_text(encoding="utf-8"))["events"]
    assert len(texts) == 8 and len(entries) >= 90
    for entry in entries:
        assert isinstance(entry["asserted"], bool) and entry["types"]
        assert len({own_part("reader_own32", article_key(d)) for d in entry["docs"]}) == 1
        for doc in entry["docs"]:
            (name,) = [n for n in texts if n.startswith(doc + "_")]
            sentences = re.split(r"(?<=[.!?])\s+|\n+", texts[name].lower())
            assert any(all(c.lower() in s for c in entry["cue"]) for s in sentences), (doc, entry["cue"])


def test_eval_reader_own33_is_scored_and_every_cue_lies_in_one_sentence_of_its_part():
    import re

    import yaml

    from realpolitik.eval.seeds import READER_OWN33, READER_OWN33_DIR, READER_OWN_SETS, article_key
    from realpolitik.eval.splits import own_part

    assert ("reader_own33", READER_OWN33, READER_OWN33_DIR) in READER_OWN_SETS
    texts = {p.name: p.read_text(encoding="utf-8") for p in READER_OWN33_DIR.glob("*.txt")}
    entries = yaml.safe_load(READER_OWN33.read_text(encoding="utf-8"))["events"]
    assert len(texts) == 8 and len(entries) >= 70
    for entry in entries:
        assert isinstance(entry["asserted"], bool) and entry["types"]
        assert len({own_part("reader_own33", article_key(d)) for d in entry["docs"]}) == 1
        for doc in entry["docs"]:
            (name,) = [n for n in texts if n.startswith(doc + "_")]
            sentences = re.split(r"(?<=[.!?])\s+|\n+", texts[name].lower())
            assert any(all(c.lower() in s for c in entry["cue"]) for s in sentences), (doc, entry["cue"])


def test_eval_reader_own34_is_scored_and_every_cue_lies_in_one_sentence_of_its_part():
    import re

    import yaml

    from realpolitik.eval.seeds import READER_OWN34, READER_OWN34_DIR, READER_OWN_SETS, article_key
    from realpolitik.eval.splits import own_part

    assert ("reader_own34", READER_OWN34, READER_OWN34_DIR) in READER_OWN_SETS
    texts = {p.name: p.read_text(encoding="utf-8") for p in READER_OWN34_DIR.glob("*.txt")}
    entries = yaml.safe_load(READER_OWN34.read_text(encoding="utf-8"))["events"]
    assert len(texts) == 8 and len(entries) >= 85
    for entry in entries:
        assert isinstance(entry["asserted"], bool) and entry["types"]
        assert len({own_part("reader_own34", article_key(d)) for d in entry["docs"]}) == 1
        for doc in entry["docs"]:
            (name,) = [n for n in texts if n.startswith(doc + "_")]
            sentences = re.split(r"(?<=[.!?])\s+|\n+", texts[name].lower())
            assert any(all(c.lower() in s for c in entry["cue"]) for s in sentences), (doc, entry["cue"])


def test_eval_reader_own35_is_scored_and_every_cue_lies_in_one_sentence_of_its_part():
    import re

    import yaml

    from realpolitik.eval.seeds import READER_OWN35, READER_OWN35_DIR, READER_OWN_SETS, article_key
    from realpolitik.eval.splits import own_part

    assert ("reader_own35", READER_OWN35, READER_OWN35_DIR) in READER_OWN_SETS
    texts = {p.name: p.read_text(encoding="utf-8") for p in READER_OWN35_DIR.glob("*.txt")}
    entries = yaml.safe_load(READER_OWN35.read_text(encoding="utf-8"))["events"]
    assert len(texts) == 8 and len(entries) >= 85
    for entry in entries:
        assert isinstance(entry["asserted"], bool) and entry["types"]
        assert len({own_part("reader_own35", article_key(d)) for d in entry["docs"]}) == 1
        for doc in entry["docs"]:
            (name,) = [n for n in texts if n.startswith(doc + "_")]
            sentences = re.split(r"(?<=[.!?])\s+|\n+", texts[name].lower())
            assert any(all(c.lower() in s for c in entry["cue"]) for s in sentences), (doc, entry["cue"])


def test_eval_reader_own36_is_scored_and_every_cue_lies_in_one_sentence_of_its_part():
    import re

    import yaml

    from realpolitik.eval.seeds import READER_OWN36, READER_OWN36_DIR, READER_OWN_SETS, article_key
    from realpolitik.eval.splits import own_part

    assert ("reader_own36", READER_OWN36, READER_OWN36_DIR) in READER_OWN_SETS
    texts = {p.name: p.read_text(encoding="utf-8") for p in READER_OWN36_DIR.glob("*.txt")}
    entries = yaml.safe_load(READER_OWN36.read_text(encoding="utf-8"))["events"]
    assert len(texts) == 8 and len(entries) >= 95
    for entry in entries:
        assert isinstance(entry["asserted"], bool) and entry["types"]
        assert len({own_part("reader_own36", article_key(d)) for d in entry["docs"]}) == 1
        for doc in entry["docs"]:
            (name,) = [n for n in texts if n.startswith(doc + "_")]
            sentences = re.split(r"(?<=[.!?])\s+|\n+", texts[name].lower())
            assert any(all(c.lower() in s for c in entry["cue"]) for s in sentences), (doc, entry["cue"])


def test_eval_reader_own37_is_scored_and_every_cue_lies_in_one_sentence_of_its_part():
    import re

    import yaml

    from realpolitik.eval.seeds import READER_OWN37, READER_OWN37_DIR, READER_OWN_SETS, article_key
    from realpolitik.eval.splits import own_part

    assert ("reader_own37", READER_OWN37, READER_OWN37_DIR) in READER_OWN_SETS
    texts = {p.name: p.read_text(encoding="utf-8") for p in READER_OWN37_DIR.glob("*.txt")}
    entries = yaml.safe_load(READER_OWN37.read_text(encoding="utf-8"))["events"]
    assert len(texts) == 8 and len(entries) >= 100
    for entry in entries:
        assert isinstance(entry["asserted"], bool) and entry["types"]
        assert len({own_part("reader_own37", article_key(d)) for d in entry["docs"]}) == 1
        for doc in entry["docs"]:
            (name,) = [n for n in texts if n.startswith(doc + "_")]
            sentences = re.split(r"(?<=[.!?])\s+|\n+", texts[name].lower())
            assert any(all(c.lower() in s for c in entry["cue"]) for s in sentences), (doc, entry["cue"])


def test_eval_reader_own38_is_scored_and_every_cue_lies_in_one_sentence_of_its_part():
    import re

    import yaml

    from realpolitik.eval.seeds import READER_OWN38, READER_OWN38_DIR, READER_OWN_SETS, article_key
    from realpolitik.eval.splits import own_part

    assert ("reader_own38", READER_OWN38, READER_OWN38_DIR) in READER_OWN_SETS
    texts = {p.name: p.read_text(encoding="utf-8") for p in READER_OWN38_DIR.glob("*.txt")}
    entries = yaml.safe_load(READER_OWN38.read_text(encoding="utf-8"))["events"]
    assert len(texts) == 8 and len(entries) >= 100
    for entry in entries:
        assert isinstance(entry["asserted"], bool) and entry["types"]
        assert len({own_part("reader_own38", article_key(d)) for d in entry["docs"]}) == 1
        for doc in entry["docs"]:
            (name,) = [n for n in texts if n.startswith(doc + "_")]
            sentences = re.split(r"(?<=[.!?])\s+|\n+", texts[name].lower())
            assert any(all(c.lower() in s for c in entry["cue"]) for s in sentences), (doc, entry["cue"])


def test_eval_reader_own39_is_scored_and_every_cue_lies_in_one_sentence_of_its_part():
    import re

    import yaml

    from realpolitik.eval.seeds import READER_OWN39, READER_OWN39_DIR, READER_OWN_SETS, article_key
    from realpolitik.eval.splits import own_part

    assert ("reader_own39", READER_OWN39, READER_OWN39_DIR) in READER_OWN_SETS
    texts = {p.name: p.read_text(encoding="utf-8") for p in READER_OWN39_DIR.glob("*.txt")}
    entries = yaml.safe_load(READER_OWN39.read_text(encoding="utf-8"))["events"]
    assert len(texts) == 8 and len(entries) >= 100
    for entry in entries:
        assert isinstance(entry["asserted"], bool) and entry["types"]
        assert len({own_part("reader_own39", article_key(d)) for d in entry["docs"]}) == 1
        for doc in entry["docs"]:
            (name,) = [n for n in texts if n.startswith(doc + "_")]
            sentences = re.split(r"(?<=[.!?])\s+|\n+", texts[name].lower())
            assert any(all(c.lower() in s for c in entry["cue"]) for s in sentences), (doc, entry["cue"])


def test_eval_reader_own40_is_scored_and_every_cue_lies_in_one_sentence_of_its_part():
    import re

    import yaml

    from realpolitik.eval.seeds import READER_OWN40, READER_OWN40_DIR, READER_OWN_SETS, article_key
    from realpolitik.eval.splits import own_part

    assert ("reader_own40", READER_OWN40, READER_OWN40_DIR) in READER_OWN_SETS
    texts = {p.name: p.read_text(encoding="utf-8") for p in READER_OWN40_DIR.glob("*.txt")}
    entries = yaml.safe_load(READER_OWN40.read_text(encoding="utf-8"))["events"]
    assert len(texts) == 8 and len(entries) >= 80
    for entry in entries:
        assert isinstance(entry["asserted"], bool) and entry["types"]
        assert len({own_part("reader_own40", article_key(d)) for d in entry["docs"]}) == 1
        for doc in entry["docs"]:
            (name,) = [n for n in texts if n.startswith(doc + "_")]
            sentences = re.split(r"(?<=[.!?])\s+|\n+", texts[name].lower())
            assert any(all(c.lower() in s for c in entry["cue"]) for s in sentences), (doc, entry["cue"])


def test_eval_reader_own41_is_scored_and_every_cue_lies_in_one_sentence_of_its_part():
    import re

    import yaml

    from realpolitik.eval.seeds import READER_OWN41, READER_OWN41_DIR, READER_OWN_SETS, article_key
    from realpolitik.eval.splits import own_part

    assert ("reader_own41", READER_OWN41, READER_OWN41_DIR) in READER_OWN_SETS
    texts = {p.name: p.read_text(encoding="utf-8") for p in READER_OWN41_DIR.glob("*.txt")}
    entries = yaml.safe_load(READER_OWN41.read_text(encoding="utf-8"))["events"]
    assert len(texts) == 8 and len(entries) >= 85
    for entry in entries:
        assert isinstance(entry["asserted"], bool) and entry["types"]
        assert len({own_part("reader_own41", article_key(d)) for d in entry["docs"]}) == 1
        for doc in entry["docs"]:
            (name,) = [n for n in texts if n.startswith(doc + "_")]
            sentences = re.split(r"(?<=[.!?])\s+|\n+", texts[name].lower())
            assert any(all(c.lower() in s for c in entry["cue"]) for s in sentences), (doc, entry["cue"])


def test_eval_reader_own42_is_scored_and_every_cue_lies_in_one_sentence_of_its_part():
    import re

    import yaml

    from realpolitik.eval.seeds import READER_OWN42, READER_OWN42_DIR, READER_OWN_SETS, article_key
    from realpolitik.eval.splits import own_part

    assert ("reader_own42", READER_OWN42, READER_OWN42_DIR) in READER_OWN_SETS
    texts = {p.name: p.read_text(encoding="utf-8") for p in READER_OWN42_DIR.glob("*.txt")}
    entries = yaml.safe_load(READER_OWN42.read_text(encoding="utf-8"))["events"]
    assert len(texts) == 8 and len(entries) >= 80
    for entry in entries:
        assert isinstance(entry["asserted"], bool) and entry["types"]
        assert len({own_part("reader_own42", article_key(d)) for d in entry["docs"]}) == 1
        for doc in entry["docs"]:
            (name,) = [n for n in texts if n.startswith(doc + "_")]
            sentences = re.split(r"(?<=[.!?])\s+|\n+", texts[name].lower())
            assert any(all(c.lower() in s for c in entry["cue"]) for s in sentences), (doc, entry["cue"])


def test_eval_reader_own43_is_scored_and_every_cue_lies_in_one_sentence_of_its_part():
    import re

    import yaml

    from realpolitik.eval.seeds import READER_OWN43, READER_OWN43_DIR, READER_OWN_SETS, article_key
    from realpolitik.eval.splits import own_part

    assert ("reader_own43", READER_OWN43, READER_OWN43_DIR) in READER_OWN_SETS
    texts = {p.name: p.read_text(encoding="utf-8") for p in READER_OWN43_DIR.glob("*.txt")}
    entries = yaml.safe_load(READER_OWN43.read_text(encoding="utf-8"))["events"]
    assert len(texts) == 9 and len(entries) >= 90
    for entry in entries:
        assert isinstance(entry["asserted"], bool) and entry["types"]
        assert len({own_part("reader_own43", article_key(d)) for d in entry["docs"]}) == 1
        for doc in entry["docs"]:
            (name,) = [n for n in texts if n.startswith(doc + "_")]
            sentences = re.split(r"(?<=[.!?])\s+|\n+", texts[name].lower())
            assert any(all(c.lower() in s for c in entry["cue"]) for s in sentences), (doc, entry["cue"])


def test_eval_reader_own44_is_scored_and_every_cue_lies_in_one_sentence_of_its_part():
    import re

    import yaml

    from realpolitik.eval.seeds import READER_OWN44, READER_OWN44_DIR, READER_OWN_SETS, article_key
    from realpolitik.eval.splits import own_part

    assert ("reader_own44", READER_OWN44, READER_OWN44_DIR) in READER_OWN_SETS
    texts = {p.name: p.read_text(encoding="utf-8") for p in READER_OWN44_DIR.glob("*.txt")}
    entries = yaml.safe_load(READER_OWN44.read_text(encoding="utf-8"))["events"]
    assert len(texts) == 9 and len(entries) >= 100
    for entry in entries:
        assert isinstance(entry["asserted"], bool) and entry["types"]
        assert len({own_part("reader_own44", article_key(d)) for d in entry["docs"]}) == 1
        for doc in entry["docs"]:
            (name,) = [n for n in texts if n.startswith(doc + "_")]
            sentences = re.split(r"(?<=[.!?])\s+|\n+", texts[name].lower())
            assert any(all(c.lower() in s for c in entry["cue"]) for s in sentences), (doc, entry["cue"])


def test_eval_reader_own45_is_scored_and_every_cue_lies_in_one_sentence_of_its_part():
    import re

    import yaml

    from realpolitik.eval.seeds import READER_OWN45, READER_OWN45_DIR, READER_OWN_SETS, article_key
    from realpolitik.eval.splits import own_part

    assert ("reader_own45", READER_OWN45, READER_OWN45_DIR) in READER_OWN_SETS
    texts = {p.name: p.read_text(encoding="utf-8") for p in READER_OWN45_DIR.glob("*.txt")}
    entries = yaml.safe_load(READER_OWN45.read_text(encoding="utf-8"))["events"]
    assert len(texts) == 9 and len(entries) >= 99
    for entry in entries:
        assert isinstance(entry["asserted"], bool) and entry["types"]
        assert len({own_part("reader_own45", article_key(d)) for d in entry["docs"]}) == 1
        for doc in entry["docs"]:
            (name,) = [n for n in texts if n.startswith(doc + "_")]
            sentences = re.split(r"(?<=[.!?])\s+|\n+", texts[name].lower())
            assert any(all(c.lower() in s for c in entry["cue"]) for s in sentences), (doc, entry["cue"])


def test_eval_reader_own46_is_scored_and_every_cue_lies_in_one_sentence_of_its_part():
    import re

    import yaml

    from realpolitik.eval.seeds import READER_OWN46, READER_OWN46_DIR, READER_OWN_SETS, article_key
    from realpolitik.eval.splits import own_part

    assert ("reader_own46", READER_OWN46, READER_OWN46_DIR) in READER_OWN_SETS
    texts = {p.name: p.read_text(encoding="utf-8") for p in READER_OWN46_DIR.glob("*.txt")}
    entries = yaml.safe_load(READER_OWN46.read_text(encoding="utf-8"))["events"]
    assert len(texts) == 9 and len(entries) >= 100
    for entry in entries:
        assert isinstance(entry["asserted"], bool) and entry["types"]
        assert len({own_part("reader_own46", article_key(d)) for d in entry["docs"]}) == 1
        for doc in entry["docs"]:
            (name,) = [n for n in texts if n.startswith(doc + "_")]
            sentences = re.split(r"(?<=[.!?])\s+|\n+", texts[name].lower())
            assert any(all(c.lower() in s for c in entry["cue"]) for s in sentences), (doc, entry["cue"])


def test_eval_reader_own47_is_scored_and_every_cue_lies_in_one_sentence_of_its_part():
    import re

    import yaml

    from realpolitik.eval.seeds import READER_OWN47, READER_OWN47_DIR, READER_OWN_SETS, article_key
    from realpolitik.eval.splits import own_part

    assert ("reader_own47", READER_OWN47, READER_OWN47_DIR) in READER_OWN_SETS
    texts = {p.name: p.read_text(encoding="utf-8") for p in READER_OWN47_DIR.glob("*.txt")}
    entries = yaml.safe_load(READER_OWN47.read_text(encoding="utf-8"))["events"]
    assert len(texts) == 9 and len(entries) >= 101
    for entry in entries:
        assert isinstance(entry["asserted"], bool) and entry["types"]
        assert len({own_part("reader_own47", article_key(d)) for d in entry["docs"]}) == 1
        for doc in entry["docs"]:
            (name,) = [n for n in texts if n.startswith(doc + "_")]
            sentences = re.split(r"(?<=[.!?])\s+|\n+", texts[name].lower())
            assert any(all(c.lower() in s for c in entry["cue"]) for s in sentences), (doc, entry["cue"])


def test_eval_reader_own48_is_scored_and_every_cue_lies_in_one_sentence_of_its_part():
    import re

    import yaml

    from realpolitik.eval.seeds import READER_OWN48, READER_OWN48_DIR, READER_OWN_SETS, article_key
    from realpolitik.eval.splits import own_part

    assert ("reader_own48", READER_OWN48, READER_OWN48_DIR) in READER_OWN_SETS
    texts = {p.name: p.read_text(encoding="utf-8") for p in READER_OWN48_DIR.glob("*.txt")}
    entries = yaml.safe_load(READER_OWN48.read_text(encoding="utf-8"))["events"]
    assert len(texts) == 9 and len(entries) >= 97
    for entry in entries:
        assert isinstance(entry["asserted"], bool) and entry["types"]
        assert len({own_part("reader_own48", article_key(d)) for d in entry["docs"]}) == 1
        for doc in entry["docs"]:
            (name,) = [n for n in texts if n.startswith(doc + "_")]
            sentences = re.split(r"(?<=[.!?])\s+|\n+", texts[name].lower())
            assert any(all(c.lower() in s for c in entry["cue"]) for s in sentences), (doc, entry["cue"])


def test_eval_reader_own49_is_scored_and_every_cue_lies_in_one_sentence_of_its_part():
    import re

    import yaml

    from realpolitik.eval.seeds import READER_OWN49, READER_OWN49_DIR, READER_OWN_SETS, article_key
    from realpolitik.eval.splits import own_part

    assert ("reader_own49", READER_OWN49, READER_OWN49_DIR) in READER_OWN_SETS
    texts = {p.name: p.read_text(encoding="utf-8") for p in READER_OWN49_DIR.glob("*.txt")}
    entries = yaml.safe_load(READER_OWN49.read_text(encoding="utf-8"))["events"]
    assert len(texts) == 9 and len(entries) >= 97
    for entry in entries:
        assert isinstance(entry["asserted"], bool) and entry["types"]
        assert len({own_part("reader_own49", article_key(d)) for d in entry["docs"]}) == 1
        for doc in entry["docs"]:
            (name,) = [n for n in texts if n.startswith(doc + "_")]
            sentences = re.split(r"(?<=[.!?])\s+|\n+", texts[name].lower())
            assert any(all(c.lower() in s for c in entry["cue"]) for s in sentences), (doc, entry["cue"])


def test_eval_reader_own50_is_scored_and_every_cue_lies_in_one_sentence_of_its_part():
    import re

    import yaml

    from realpolitik.eval.seeds import READER_OWN50, READER_OWN50_DIR, READER_OWN_SETS, article_key
    from realpolitik.eval.splits import own_part

    assert ("reader_own50", READER_OWN50, READER_OWN50_DIR) in READER_OWN_SETS
    texts = {p.name: p.read_text(encoding="utf-8") for p in READER_OWN50_DIR.glob("*.txt")}
    entries = yaml.safe_load(READER_OWN50.read_text(encoding="utf-8"))["events"]
    assert len(texts) == 10 and len(entries) >= 108
    for entry in entries:
        assert isinstance(entry["asserted"], bool) and entry["types"]
        assert len({own_part("reader_own50", article_key(d)) for d in entry["docs"]}) == 1
        for doc in entry["docs"]:
            (name,) = [n for n in texts if n.startswith(doc + "_")]
            sentences = re.split(r"(?<=[.!?])\s+|\n+", texts[name].lower())
            assert any(all(c.lower() in s for c in entry["cue"]) for s in sentences), (doc, entry["cue"])


def test_eval_reader_own51_is_scored_and_every_cue_lies_in_one_sentence_of_its_part():
    import re

    import yaml

    from realpolitik.eval.seeds import READER_OWN51, READER_OWN51_DIR, READER_OWN_SETS, article_key
    from realpolitik.eval.splits import own_part

    assert ("reader_own51", READER_OWN51, READER_OWN51_DIR) in READER_OWN_SETS
    texts = {p.name: p.read_text(encoding="utf-8") for p in READER_OWN51_DIR.glob("*.txt")}
    entries = yaml.safe_load(READER_OWN51.read_text(encoding="utf-8"))["events"]
    assert len(texts) == 10 and len(entries) >= 105
    for entry in entries:
        assert isinstance(entry["asserted"], bool) and entry["types"]
        assert len({own_part("reader_own51", article_key(d)) for d in entry["docs"]}) == 1
        for doc in entry["docs"]:
            (name,) = [n for n in texts if n.startswith(doc + "_")]
            sentences = re.split(r"(?<=[.!?])\s+|\n+", texts[name].lower())
            assert any(all(c.lower() in s for c in entry["cue"]) for s in sentences), (doc, entry["cue"])


def test_eval_reader_own52_is_scored_and_every_cue_lies_in_one_sentence_of_its_part():
    import re

    import yaml

    from realpolitik.eval.seeds import READER_OWN52, READER_OWN52_DIR, READER_OWN_SETS, article_key
    from realpolitik.eval.splits import own_part

    assert ("reader_own52", READER_OWN52, READER_OWN52_DIR) in READER_OWN_SETS
    texts = {p.name: p.read_text(encoding="utf-8") for p in READER_OWN52_DIR.glob("*.txt")}
    entries = yaml.safe_load(READER_OWN52.read_text(encoding="utf-8"))["events"]
    assert len(texts) == 10 and len(entries) >= 111
    for entry in entries:
        assert isinstance(entry["asserted"], bool) and entry["types"]
        assert len({own_part("reader_own52", article_key(d)) for d in entry["docs"]}) == 1
        for doc in entry["docs"]:
            (name,) = [n for n in texts if n.startswith(doc + "_")]
            sentences = re.split(r"(?<=[.!?])\s+|\n+", texts[name].lower())
            assert any(all(c.lower() in s for c in entry["cue"]) for s in sentences), (doc, entry["cue"])
