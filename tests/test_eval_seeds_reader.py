"""The careful reader's list of the seeds: how an exported event is matched to an entry."""

from __future__ import annotations

from pathlib import Path
from typing import Any

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
