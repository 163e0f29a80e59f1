"""Relations: signs, saturation, what counts as having happened."""

from __future__ import annotations

from seedlike import make_event, seed_like_events

from realpolitik.analysis.relations import compute_relations
from realpolitik.analysis.signals import TYPE_WEIGHTS


def _rows(events, level="actor"):
    return {(r.source_id, r.target_id, r.period): r for r in compute_relations(events, level)}


def test_analysis_relations_cooperation_positive_conflict_negative():
    rows = _rows([
        make_event("a", "AID", 2, ["TJK"], ["NRF"], "2024-05-06"),
        make_event("b", "ASSAULT", 4, ["TALIBAN"], ["ISISK"], "2024-04-20"),
    ])  # fmt: skip
    aid = rows[("Q863", "Q_nrf", "2024-05")]
    assert aid.score > 0 and aid.cooperation == 1 and aid.conflict == 0 and aid.event_ids == ["a"]
    assault = rows[("Q42418", "Q_isisk", "2024-04")]
    assert assault.score < 0 and assault.conflict == 1 and assault.n_events == 1
    assert ("Q_nrf", "Q863", "2024-05") not in rows  # AID is directed


def test_analysis_relations_assault_weighs_more_than_accuse():
    assert abs(TYPE_WEIGHTS["ASSAULT"]) > abs(TYPE_WEIGHTS["ACCUSE"])
    accuse = _rows([make_event("a", "ACCUSE", 3, ["PAK"], ["TALIBAN"])])
    assault = _rows([make_event("b", "ASSAULT", 4, ["PAK"], ["TALIBAN"])])
    key = ("Q843", "Q42418", "2024-05")
    assert assault[key].score < accuse[key].score < 0


def test_analysis_relations_score_saturates_within_range():
    many = [
        make_event(f"e{i}", "ASSAULT", 4, ["PAK"], ["TALIBAN"], fatalities=100) for i in range(50)
    ]
    (row,) = compute_relations(many)
    assert -10 <= row.score < -9.9 and row.conflict == 50
    many = [make_event(f"c{i}", "AID", 2, ["PAK"], ["TJK"]) for i in range(50)]
    (row,) = compute_relations(many)
    assert 9.9 < row.score <= 10


def test_analysis_relations_symmetric_types_count_both_ways():
    rows = _rows([make_event("m", "CONSULT", 1, ["RAHMON"], ["MALIK"])])
    assert ("Q_rahmon", "Q_malik", "2024-05") in rows and ("Q_malik", "Q_rahmon", "2024-05") in rows
    # A joint exercise with every party as a source pairs every participant with every other.
    rows = _rows([make_event("x", "COOPERATE", 2, ["TUR", "AZE", "PAK"], [])])
    assert len(rows) == 6


def test_analysis_relations_denied_negated_hypothetical_do_not_count():
    events = [
        make_event(p, "ASSAULT", 4, ["PAK"], ["TALIBAN"], polarity=p)
        for p in ("denied", "negated", "hypothetical")
    ]
    assert compute_relations(events) == []


def test_analysis_relations_intended_counted_apart():
    rows = _rows([
        make_event("plan", "ASSAULT", 4, ["TJK"], ["TALIBAN"], polarity="intended"),
        make_event("met", "CONSULT", 1, ["TJK"], ["TALIBAN"]),
    ])  # fmt: skip
    row = rows[("Q863", "Q42418", "2024-05")]
    assert row.intended == 1 and row.n_events == 1 and row.conflict == 0 and row.score > 0
    assert set(row.event_ids) == {"plan", "met"}


def test_analysis_relations_periods_by_month_and_undated():
    rows = _rows([
        make_event("a", "ACCUSE", 3, ["PAK"], ["TALIBAN"], "2024-02-10"),
        make_event("b", "ACCUSE", 3, ["PAK"], ["TALIBAN"], "2024-03-10"),
        make_event("c", "ACCUSE", 3, ["PAK"], ["TALIBAN"], None),
    ])  # fmt: skip
    assert {k[2] for k in rows} == {"2024-02", "2024-03", "undated"}


def test_analysis_relations_country_level_rolls_up_state_actors():
    events = seed_like_events()
    rows = _rows(events, level="country")
    assert rows[("country:PAK", "country:TJK", "2024-05")].score > 0  # ISI chief met Rahmon
    assert rows[("country:TJK", "Q_nrf", "2024-05")].score > 0  # Tajikistan hosts the NRF
    assert rows[("country:AFG", "country:PAK", "2024-03")].score < 0  # clashes, Torkham
    assert rows[("country:TJK", "country:AFG", "2024-04")].score < 0
    # The actor level keeps the ids as extracted.
    assert all(not r.source_id.startswith("country:") for r in compute_relations(events))
