"""The page's network (aggregated in SQL on the snapshot) is the network of
`analysis.network.build_network` on the same events, and its camps are those of
`analysis.fronts` (without the bootstrap): nodes, ties, weights, counts and event ids."""

from __future__ import annotations

from pathlib import Path

import pytest
from seedlike import ACTORS, make_event, seed_like_events

from realpolitik import browse
from realpolitik.analysis.fronts import find_fronts
from realpolitik.analysis.network import build_network
from realpolitik.analysis.relations import compute_relations
from realpolitik.model import Actor, ActorMention, Document, DocumentAnalysis, Event
from realpolitik.query import Filters
from realpolitik.store import Store


def _party(actor_id: str, name: str, country: str | None, sector: str | None) -> ActorMention:
    return ActorMention("d1", 0, len(name), name, actor_id, name, country, sector)


def _events() -> list[Event]:
    """The seed-like events and a few written for the cases the network has rules for."""
    events = seed_like_events()
    more = [
        # a party on both sides of one event, and a party named twice in one role
        make_event("x01", "THREATEN", 3, ["TTP", "PAK", "TTP"], ["PAK", "ISI"], "2024-05-09"),
        # an unknown type weighs by its quad class; a low confidence keeps it out of the network
        make_event("x02", "INVESTIGATE", 1, ["TUR"], ["AZE"], "2024-05-10", confidence=0.95),
        make_event("x03", "AID", 2, ["TUR"], ["PAK"], "2024-05-11", confidence=0.4),
        # fatalities make an assault heavier; a claim discounts it
        make_event("x04", "ASSAULT", 4, ["ISISK"], ["TALIBAN"], "2024-05-12", fatalities=40,
                   claimed_by=["TTP"], confidence=0.77),  # fmt: skip
        make_event("x05", "ASSAULT", 4, ["TTP"], ["MALIK"], "2024-05-12", fatalities=0),
        # a joint act of three, one of them also a target
        make_event("x06", "AGREE", 1, ["TJK", "AZE"], ["TUR", "AZE"], "2024-05-13", confidence=0.613),
        make_event("x07", "ACCUSE", 3, ["NRF"], ["TALIBAN"], None),
        # a meeting and an accusation of equal weight: a tie of weight 0 still links the two
        make_event("x10", "CONSULT", 1, ["TUR"], ["ISISK"], "2023-02-01"),
        make_event("x11", "ACCUSE", 3, ["ISISK"], ["TUR"], "2023-02-02"),
    ]
    # two members of one line of succession (curated data) are one node; a state actor with an
    # empty sector does not roll up to its country
    older = _party("org:northern_alliance", "Northern Alliance", "AFG", "REB")
    newer = _party("org:nrf", "National Resistance Front of Afghanistan", "AFG", "REB")
    odd = _party("Q_odd", "Odd Office", "TJK", "")
    taliban = more[-1].target[0]
    more += [
        Event(**{**_fields(make_event("x08", "ASSAULT", 4, [], [], "2024-05-14")),
                 "source": [older], "target": [taliban]}),
        Event(**{**_fields(make_event("x09", "CONSULT", 1, [], [], "2024-05-15")),
                 "source": [newer, odd], "target": []}),
    ]  # fmt: skip
    return events + more


def _fields(event: Event) -> dict[str, object]:
    return {name: getattr(event, name) for name in event.__dataclass_fields__}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, list[Event]]:
    path = str(tmp_path_factory.mktemp("net") / "net.duckdb")
    events = _events()
    documents = [Document(d, d, text="x", title=d) for d in sorted({m.doc_id for e in events for m in e.mentions})]
    actors = [(Actor(a, name, "other", country, sector), 1) for a, name, country, sector in ACTORS.values()]
    with Store(path) as store:
        store.write_batch(documents, [DocumentAnalysis(d) for d in documents])
        store.replace_corpus_results(events, [], compute_relations(events), actors)
    return path, events


WINDOWS = [(None, None), ("2024-05", "2024-05"), ("2024", "2024"), ("2021", "2024-03-17"), ("2024-02", None),
           ("2023", "2023")]  # fmt: skip


@pytest.mark.parametrize("level", ["actor", "country"])
@pytest.mark.parametrize(("since", "until"), WINDOWS)
def test_network_of_the_page_is_the_network_of_the_events(db, level, since, until) -> None:  # type: ignore[no-untyped-def]
    path, events = db
    ordered = sorted(events, key=lambda e: (e.date.start is None, e.date.start or "", e.event_id))
    expected = build_network(ordered, since, until, level=level)  # type: ignore[arg-type]
    got = browse.network(path, Filters(since=since, until=until), level=level)
    assert {n["id"]: (n["name"], n["country"], n["sector"], n["n_events"]) for n in got["nodes"]} == {
        n: (d["name"], d["country"] or None, d["sector"] or None, d["n_events"])
        for n, d in expected.nodes(data=True)
    }
    assert {(t["a"], t["b"]): (t["weight"], t["n_pos"], t["n_neg"], t["event_ids"]) for t in got["ties"]} == {
        tuple(sorted((a, b))): (d["weight"], d["n_pos"], d["n_neg"], d["event_ids"])
        for a, b, d in expected.edges(data=True)
    }
    fronts = find_fronts(ordered, since, until, level=level, n_bootstrap=0)  # type: ignore[arg-type]
    camps = {m: (f.component + 1, f.camp + 1) for f in fronts.camps for m in f.members}
    assert {n["id"]: (n["group"], n["camp"]) for n in got["nodes"]} == {
        n: camps.get(n, (0, 0)) for n in expected.nodes
    }
    assert got["frustration"] == fronts.frustration


def test_network_rules_are_exercised(db) -> None:  # type: ignore[no-untyped-def]
    # The cases above are there: a line of succession, a state party that stays itself, a joint
    # act of three, a claimed and deadly assault.
    path, _ = db
    actors = browse.network(path, Filters(since="2024-05"), level="actor")
    ids = {n["id"] for n in actors["nodes"]}
    assert "org:nrf" in ids and "org:northern_alliance" not in ids
    country = {n["id"] for n in browse.network(path, Filters(since="2024-05"), level="country")["nodes"]}
    assert "Q_odd" in country and "country:TJK" in country and "Q_ttp" in country
    tie = next(t for t in actors["ties"] if {t["a"], t["b"]} == {"Q_isisk", "Q42418"})
    assert tie["weight"] < -3.5 and tie["event_ids"] == ["x04"]
    even = browse.network(path, Filters(since="2023", until="2023"))
    assert [(t["weight"], t["event_ids"]) for t in even["ties"]] == [(0.0, ["x10", "x11"])]
    assert {(n["group"], n["camp"]) for n in even["nodes"]} == {(1, 1)}


def test_the_same_network_is_computed_once_per_snapshot(db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path, _ = db
    calls = []
    real = browse.browse_network.ties
    monkeypatch.setattr(browse.browse_network, "ties", lambda *a: calls.append(a) or real(*a))
    first = browse.network(path, Filters(since="2024-04"), level="country")
    assert browse.network(path, Filters(since="2024-04"), level="country") is first
    browse.network(path, Filters(since="2024-04", until="2024-05"), level="country")
    assert len(calls) == 2


def test_a_bad_filter_of_the_network_is_a_usage_error(db) -> None:  # type: ignore[no-untyped-def]
    from realpolitik.errors import UsageError

    path, _ = db
    with pytest.raises(UsageError):
        browse.network(path, Filters(since="May"))
    with pytest.raises(UsageError):
        browse.network(path, level="region")


def test_snapshot_reads_parties_and_documents_of_every_event(db) -> None:  # type: ignore[no-untyped-def]
    path, events = db
    cursor = browse.snapshot(Path(path)).cursor()
    parties = cursor.execute("SELECT event_id, role, idx, actor_id FROM ev_actor ORDER BY ALL").fetchall()
    assert parties == sorted(
        (e.event_id, role, i + 1, ref.actor_id)
        for e in events
        for role in ("source", "target", "claimed_by")
        for i, ref in enumerate(getattr(e, role))
    )
    docs = cursor.execute("SELECT event_id, doc_id FROM ev_doc ORDER BY ALL").fetchall()
    assert docs == sorted({(e.event_id, m.doc_id) for e in events for m in e.mentions})


def test_a_write_that_leaves_the_events_as_they_were_keeps_the_snapshot(tmp_path: Path) -> None:
    from realpolitik.analysis.relations import compute_relations

    path = str(tmp_path / "write.duckdb")
    events = _events()[:6]
    doc = Document("d1", "d1", text="x", title="d1")
    with Store(path) as store:
        store.write_batch([doc], [DocumentAnalysis(doc)])
        store.replace_corpus_results(events, [], compute_relations(events), [])
    first = browse.snapshot(path)
    network = browse.network(path)
    later = Document("d2", "d2", text="y", title="d2")
    with Store(path) as store:  # a batch of a run: documents, no new events yet
        store.write_batch([later], [DocumentAnalysis(later)])
    kept = browse.snapshot(path)
    assert kept is not first and kept.con is first.con and browse.network(path) is network
    with Store(path) as store:  # the run's fusion: one more event
        more = [*events, _events()[6]]
        store.replace_corpus_results(more, [], compute_relations(more), [])
    fresh = browse.snapshot(path)
    assert fresh.con is not first.con
    assert fresh.cursor().execute("SELECT count(*) FROM ev").fetchone()[0] == 7
    assert browse.network(path) is not network
