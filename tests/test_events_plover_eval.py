"""The PLOVER scorer's gold reading and top-event choice (the full run is `realpolitik eval plover`)."""

from __future__ import annotations

import json
from pathlib import Path

from realpolitik.eval.plover import gold_records, top_event
from realpolitik.model import EventMention


def _mention(start: int, conf: float, ptype: str = "ASSAULT") -> EventMention:
    return EventMention("d", 0, 10, "s", "t", start, ptype, 4, confidence=conf)


def test_events_plover_eval_maps_old_labels_and_skips(tmp_path: Path):
    records = [
        {"id": "a", "event": "DOCUMENT", "text": "x"},
        {"id": "b", "event": "DEMAND", "text": "x"},
        {"id": "c", "event": "INVESTIGATE", "text": "x"},
        {"id": "d", "event": "FIGHT", "text": "x"},
        {"id": "e", "event": "DISAPPROVE", "text": "x"},
    ]
    (tmp_path / "PLOVER_GSR_CAMEO.dev.json").write_text(json.dumps(records))
    assert [r["event"] for r in gold_records(tmp_path)] == ["REQUEST", "ASSAULT", "ACCUSE"]


def test_events_plover_eval_top_event_ties_go_to_the_earliest():
    assert top_event([]) is None
    top = top_event([_mention(20, 0.8, "AID"), _mention(5, 0.8), _mention(1, 0.3)])
    assert top and top.trigger_start == 5


def test_events_plover_eval_judges_each_record_in_its_fixed_part():
    from realpolitik.eval.plover import _judge, _summary
    from realpolitik.eval.splits import part_of
    from realpolitik.model import ActorMention

    pak = ActorMention("d", 0, 3, "Pak", "x:pak", "Pakistan", "PAK")
    top = EventMention("d", 0, 10, "s", "t", 5, "ASSAULT", 4, source=[pak])
    records = [
        {"id": "r1", "event": "ASSAULT", "text": "x", "source": [{"code": "PAKGOV"}]},
        {"id": "r2", "event": "AID", "text": "x", "source": [{"code": "INDGOV"}]},
    ]
    rows = [_judge(records[0], top), _judge(records[1], top), _judge(records[1], None)]
    assert [r["part"] for r in rows] == [part_of("plover", "r1"), *[part_of("plover", "r2")] * 2]
    assert [r["correct"] for r in rows] == [True, False, False]
    assert [r["source"] for r in rows] == [True, False, False]
    summary = _summary(rows)
    assert summary["accuracy"] == round(1 / 3, 4)
    assert summary["per_type"]["ASSAULT"] == {"n": 1, "correct": 1, "predicted": 2}
    assert summary["source_country"] == {"n": 3, "correct": 1, "accuracy": round(1 / 3, 4)}


def test_events_plover_eval_attachment_counts_the_gold_pair_on_any_event_and_on_the_main_one():
    from realpolitik.eval.plover import _judge, _summary
    from realpolitik.model import ActorMention

    usa = ActorMention("d", 0, 3, "Washington", "x:usa", "United States", "USA")
    irn = ActorMention("d", 5, 9, "Tehran", "x:irn", "Iran", "IRN")
    ngo = ActorMention("d", 12, 30, "the Red Crescent", "x:rc", "Red Crescent", None)
    record = {
        "id": "r1",
        "event": "ACCUSE",
        "text": "x",
        "source": [{"actorText": "Washington", "code": "USAGOV"}],
        "target": [{"actorText": "Red Crescent", "code": "NGO"}, {"code": "IRNGOV"}],
    }
    said = EventMention("d", 0, 10, "s", "said", 1, "CONSULT", 1, source=[usa], confidence=0.9)
    accused = EventMention(
        "d", 0, 10, "s", "accused", 8, "ACCUSE", 3, source=[usa], target=[ngo], confidence=0.5
    )
    reversed_pair = EventMention("d", 0, 10, "s", "hit", 9, "ASSAULT", 4, source=[irn], target=[usa])
    found_not_main = _judge(record, said, [said, accused])
    main = _judge(record, accused, [said, accused])
    missing = _judge({**record, "id": "r2", "event": "ASSAULT"}, reversed_pair, [reversed_pair])
    no_gold_target = _judge({**record, "target": []}, accused, [accused])
    assert (found_not_main["pair_found"], found_not_main["pair_is_main"]) == (True, False)
    assert (main["pair_found"], main["pair_is_main"]) == (True, True)
    assert (missing["pair_found"], missing["pair_is_main"]) == (False, False)
    assert no_gold_target["pair_found"] is None
    attachment = _summary([found_not_main, main, missing, no_gold_target])["attachment"]
    assert attachment["n"] == 3
    assert attachment["pair_found"] == round(2 / 3, 4)
    assert attachment["main_has_pair"] == round(1 / 3, 4)
    assert attachment["accuracy_pair_found"] == 0.5  # 'said' is the wrong type, 'accused' right
    assert attachment["accuracy_pair_not_found"] == 1.0


def test_events_plover_eval_own_sentences_have_a_fixed_part_and_valid_types():
    import hashlib

    from realpolitik.eval.plover import OWN_FILE, OWN_SETS, own_sentences

    # every own gold file is scored (a new set wired into the scorer, not only written)
    assert set(OWN_SETS.values()) == set(OWN_FILE.parent.glob("plover_own*.yaml"))
    sizes = {name: len(own_sentences(f)) for name, f in OWN_SETS.items()}
    # 60 or more each; own12, own15 to own22 were written to short rounds' briefs of 50
    # (rounds 16, 17, 18, attachment rounds 17, 18 and 19, typing rounds 19, 20 and 21)
    assert sizes.pop("own12") == 50
    assert sizes.pop("own15") == 50
    assert sizes.pop("own16") == 50
    assert sizes.pop("own17") == 50
    assert sizes.pop("own18") == 50
    assert sizes.pop("own19") == 50
    assert sizes.pop("own20") == 50
    assert sizes.pop("own21") == 50
    assert sizes.pop("own22") == 50
    assert sizes.pop("own23") == 50  # attachment round 20's brief, 50 as well
    assert sizes.pop("own24") == 50  # typing round 22's brief, 50 as well
    assert sizes.pop("own25") == 50  # attachment round 21's brief, 50 as well
    assert sizes.pop("own26") == 50  # typing round 23's brief, 50 as well
    assert sizes.pop("own27") == 50  # attachment round 23's brief, 50 as well
    assert sizes.pop("own28") == 50  # typing round 24's brief, 50 as well
    assert sizes.pop("own29") == 50  # round r12's attachment brief, 50 as well
    assert sizes.pop("own30") == 50  # round r13's typing brief, 50 as well
    assert sizes.pop("own31") == 50  # round r13's attachment brief, 50 as well
    assert sizes.pop("own32") == 40  # round r14's short typing brief: 40
    assert sizes.pop("own33") == 40  # round r14's attachment brief: 40
    assert sizes.pop("own34") == 40  # round r15's short typing brief: 40
    assert sizes.pop("own35") == 40  # round r15's attachment brief: 40
    assert sizes.pop("own36") == 40  # round r16's short typing brief: 40
    assert sizes.pop("own37") == 40  # round r16's attachment brief: 40
    assert sizes.pop("own38") == 40  # round r17's short typing brief: 40
    assert sizes.pop("own39") == 40  # round r17's attachment brief: 40
    assert sizes.pop("own40") == 40  # round r18's short typing brief: 40
    assert sizes.pop("own41") == 40  # round r18's attachment brief: 40
    assert sizes.pop("own42") == 40  # round r19's short typing brief: 40
    assert sizes.pop("own43") == 40  # round r19's attachment brief: 40
    assert sizes.pop("own44") == 40  # round r20's short typing brief: 40
    assert sizes.pop("own45") == 40  # round r20's attachment brief: 40
    assert sizes.pop("own46") == 40  # round r21's short typing brief: 40
    assert sizes.pop("own47") == 40  # round r21's attachment brief: 40
    assert sizes.pop("own48") == 40  # round r22's short typing brief: 40
    assert sizes.pop("own49") == 40  # round r22's attachment brief: 40
    assert sizes.pop("own50") == 40  # round r23's typing brief: 40
    assert sizes.pop("own51") == 40  # round r23's attachment brief: 40
    assert sizes.pop("own52") == 40  # round r24's typing brief: 40
    assert sizes.pop("own53") == 40  # round r24's attachment brief: 40
    assert sizes.pop("own54") == 40  # round r25's typing brief: 40
    assert sizes.pop("own55") == 40  # round r25's attachment brief: 40
    assert sizes.pop("own56") == 40  # round r26's typing brief: 40
    assert sizes.pop("own57") == 40  # round r26's attachment brief: 40
    assert sizes.pop("own58") == 40  # round r27's typing brief: 40
    assert sizes.pop("own59") == 40  # round r27's attachment brief: 40
    assert sizes.pop("own60") == 40  # round r28's typing brief: 40
    assert sizes.pop("own61") == 40  # round r28's attachment brief: 40
    assert sizes.pop("own62") == 40  # round r29's typing brief: 40
    assert sizes.pop("own63") == 40  # round r29's attachment brief: 40
    assert sizes.pop("own64") == 40  # round r30's typing brief: 40
    assert sizes.pop("own65") == 40  # round r30's attachment brief: 40
    assert sizes.pop("own67") == 40  # round r31's attachment brief: 40
    assert sizes.pop("own66") == 40  # round r31's typing brief: 40
    assert sizes.pop("own69") == 40  # round r32's attachment brief: 40
    assert sizes.pop("own68") == 40  # round r32's typing brief: 40
    assert sizes.pop("own70") == 40  # round r33's typing brief: 40
    assert sizes.pop("own71") == 40  # round r33's attachment brief: 40
    assert sizes.pop("own72") == 40  # round r34's typing brief: 40
    assert sizes.pop("own73") == 40  # round r34's attachment brief: 40
    assert sizes.pop("own75") == 40  # round r35's attachment brief: 40
    assert sizes.pop("own74") == 40  # round r35's typing brief: 40
    assert sizes.pop("own76") == 40  # round r36's typing brief: 40
    assert sizes.pop("own77") == 40  # round r36's attachment brief: 40
    assert sizes.pop("own78") == 40  # round r37's typing brief: 40
    assert sizes.pop("own79") == 40  # round r37's attachment brief: 40
    assert sizes.pop("own80") == 40  # round r38's typing brief: 40
    assert sizes.pop("own81") == 40  # round r38's attachment brief: 40
    assert sizes.pop("own82") == 40  # round r39's typing brief: 40
    assert sizes.pop("own83") == 40  # round r39's attachment brief: 40
    assert sizes.pop("own84") == 40  # round r40's typing brief: 40
    assert sizes.pop("own85") == 40  # round r40's attachment brief: 40
    assert sizes.pop("own86") == 40  # round r41's typing brief: 40
    assert sizes.pop("own87") == 40  # round r41's attachment brief: 40
    assert sizes.pop("own88") == 40  # round r42's typing brief: 40
    assert sizes.pop("own89") == 40  # round r42's attachment brief: 40
    assert sizes.pop("own90") == 40  # round r43's typing brief: 40
    assert sizes.pop("own91") == 40  # round r43's attachment brief: 40
    assert sizes.pop("own92") == 40  # round r44's typing brief: 40
    assert sizes.pop("own93") == 40  # round r44's attachment brief: 40
    assert sizes.pop("own94") == 40  # round r45's typing brief: 40
    assert sizes.pop("own96") == 40  # round r46's typing brief: 40
    assert sizes.pop("own95") == 40  # round r45's attachment brief: 40
    assert sizes.pop("own97") == 40  # round r46's attachment brief: 40
    assert sizes.pop("own98") == 40  # round r47's typing brief: 40
    assert sizes.pop("own100") == 40  # round r48's typing brief: 40
    assert sizes.pop("own99") == 40  # round r47's attachment brief: 40
    assert sizes.pop("own101") == 40  # round r48's attachment brief: 40
    assert sizes.pop("own102") == 40  # round r49's typing brief: 40
    assert sizes.pop("own104") == 40  # round r50's typing brief: 40
    assert sizes.pop("own106") == 40  # round r51's typing brief: 40
    assert sizes.pop("own108") == 40  # round r52's typing brief: 40
    assert sizes.pop("own110") == 40  # round r53's typing brief: 40
    assert sizes.pop("own103") == 40  # round r49's attachment brief: 40
    assert sizes.pop("own105") == 40  # round r50's attachment brief: 40
    assert sizes.pop("own107") == 40  # round r51's attachment brief: 40
    assert sizes.pop("own109") == 40  # round r52's attachment brief: 40
    assert sizes.pop("own111") == 40  # round r53's attachment brief: 40
    assert all(n >= 60 for n in sizes.values())
    sets = [own_sentences(f) for f in OWN_SETS.values()]
    sentences = [s for one in sets for s in one]
    for s in sentences:
        bit = hashlib.sha256(f"own:{s['id']}".encode()).digest()[0] & 1
        assert s["part"] == ("check" if bit else "tune"), s["id"]
    # ids are unique across the sets, so no sentence sits in two parts
    assert len({s["id"] for s in sentences}) == len(sentences)


def test_events_plover_eval_own_sentence_judged_by_types_side_and_pair():
    from realpolitik.eval.plover import _own_summary, judge_own
    from realpolitik.model import ActorMention

    chl = ActorMention("d", 0, 5, "Chile", "x:chl", "Chile", "CHL")
    rebels = ActorMention("d", 9, 20, "the rebels", "x:reb", "rebels", None)
    s = {"id": "o1", "part": "tune", "types": ["ASSAULT", "COERCE"], "text": "x",
         "source": ["CHL"], "target": ["rebel"]}  # fmt: skip
    hit = EventMention("d", 0, 10, "s", "hit", 6, "COERCE", 4, source=[chl], target=[rebels],
                       confidence=0.5)  # fmt: skip
    said = EventMention("d", 0, 10, "s", "said", 1, "CONSULT", 1, source=[chl], confidence=0.9)
    main_wrong = judge_own(s, [said, hit])
    right = judge_own(s, [hit])
    none = judge_own({**s, "target": []}, [])
    assert (main_wrong["correct"], main_wrong["coop_agrees"]) == (False, False)
    assert (main_wrong["pair_found"], main_wrong["pair_is_main"]) == (True, False)
    assert (right["correct"], right["coop_agrees"], right["pair_is_main"]) == (True, True, True)
    assert (none["predicted"], none["pair_found"]) == (None, None)
    summary = _own_summary([main_wrong, right, none])
    assert summary["accuracy"] == round(1 / 3, 4)
    assert (summary["n_paired"], summary["pair_found"], summary["main_has_pair"]) == (2, 1.0, 0.5)
