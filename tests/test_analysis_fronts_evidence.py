"""Camps on evidence: direct members apart from balance inference (with its chain), documents
per member, a line of succession as one node, and what the brief says of them."""

from __future__ import annotations

import seedlike
from seedlike import make_event

from realpolitik.analysis.fronts import find_fronts
from realpolitik.report.camps import chain_text
from realpolitik.report.markdown import render_markdown
from realpolitik.report.sections import BriefData, build_brief


def _events():
    return [
        make_event("e1", "AID", 2, ["PAK"], ["TJK"], doc_ids=("d1", "d2")),
        make_event("e2", "ASSAULT", 4, ["TALIBAN"], ["PAK"], doc_ids=("d1",)),
        make_event("e3", "ASSAULT", 4, ["ISISK"], ["TALIBAN"], doc_ids=("d3",)),
        make_event("e4", "CONSULT", 1, ["TALIBAN"], ["TTP"], doc_ids=("d2",)),
    ]


def test_analysis_fronts_enemy_of_enemy_is_apart_with_its_chain():
    result = find_fronts(_events(), level="country", n_bootstrap=0)
    front = next(f for f in result.camps if "country:PAK" in f.members)
    assert "Q_isisk" in front.members and "Q_isisk" in front.indirect
    assert "Q_isisk" not in front.direct and {"country:PAK", "country:TJK"} <= set(front.direct)
    chain = front.chains["Q_isisk"]
    assert [(a, b) for a, b, _ in chain] == [
        ("Q_isisk", "country:AFG"),
        ("country:AFG", "country:PAK"),
    ]
    assert all(w < 0 for _, _, w in chain)
    assert front.documents["country:PAK"] == 2
    assert front.documents["country:TJK"] == 2 and front.documents["Q_isisk"] == 1


def test_analysis_fronts_a_lone_side_is_placed_directly():
    events = [make_event("e1", "ASSAULT", 4, ["TALIBAN"], ["NRF"])]
    result = find_fronts(events, level="country", n_bootstrap=0)
    assert all(f.direct == f.members and not f.indirect for f in result.camps)


def test_analysis_fronts_line_of_succession_is_one_node(monkeypatch):
    # Real KB ids of a curated line: the Northern Alliance and its successor, the NRF.
    monkeypatch.setitem(seedlike.ACTORS, "NA", ("org:northern_alliance", "Northern Alliance",
                                                "AFG", "REB"))  # fmt: skip
    monkeypatch.setitem(seedlike.ACTORS, "NRFK", ("org:nrf", "National Resistance Front of "
                                                  "Afghanistan", "AFG", "REB"))  # fmt: skip
    events = [
        make_event("e1", "AID", 2, ["TJK"], ["NRFK"]),
        make_event("e2", "SUPPORT", 1, ["TUR"], ["NA"]),
        make_event("e3", "ASSAULT", 4, ["NA"], ["TALIBAN"]),
        make_event("e4", "ASSAULT", 4, ["TALIBAN"], ["NRFK"]),
    ]
    result = find_fronts(events, level="country", n_bootstrap=0)
    nodes = set(result.graph.nodes)
    assert "org:nrf" in nodes and "org:northern_alliance" not in nodes
    assert result.graph.nodes["org:nrf"]["name"].endswith("(formerly Northern Alliance)")
    camp = {n: f.camp for f in result.camps for n in f.members}
    assert camp["org:nrf"] == camp["country:TJK"] == camp["country:TUR"] != camp["country:AFG"]


def test_report_bottom_line_names_direct_members_and_inference_apart():
    brief = build_brief(BriefData(events=_events(), actors=[
        {"actor_id": "new:ridge_front", "name": "Ridge Front", "kind": "group", "country": "AFG",
         "sector": "REB", "n_events": 0}]))  # fmt: skip
    text = render_markdown(brief)
    bottom = next(line for line in text.splitlines() if line.startswith("**Bottom line.**"))
    sides, _, apart = bottom.partition("Placed only by balance inference:")
    assert "Pakistan" in sides and "Tajikistan" in sides
    assert "Islamic State Khorasan Province" not in sides
    assert "Islamic State Khorasan Province" in apart and "in conflict with" in apart
    assert "2 documents" in text  # Pakistan's and Tajikistan's ties rest on two documents
    assert "## New actors" in text and "| Ridge Front | group | AFG | REB | 0 |" in text
    front = next(f for f in brief.fronts.camps if "Q_isisk" in f.members)
    assert chain_text(front, "Q_isisk", brief.names).startswith("in conflict with Afghanistan")


def test_report_side_with_no_cooperation_inside_names_no_member_as_allies():
    events = [
        make_event("e1", "ASSAULT", 4, ["TALIBAN"], ["NRF"]),
        make_event("e2", "ASSAULT", 4, ["TALIBAN"], ["ISISK"]),
    ]
    text = render_markdown(build_brief(BriefData(events=events)))
    bottom = next(line for line in text.splitlines() if line.startswith("**Bottom line.**"))
    sides, _, apart = bottom.partition("Placed only by balance inference:")
    assert "**Afghanistan (Taliban)**" in sides and "with no tie among them" in sides
    assert "National Resistance Front" not in sides and "National Resistance Front" in apart
