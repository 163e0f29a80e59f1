"""Small hand-made databases for the export, query, report and network tests."""

from __future__ import annotations

from pathlib import Path

from seedlike import make_event, seed_like_events, write_seed_like_db

from realpolitik.analysis.relations import compute_relations
from realpolitik.model import (
    Actor,
    ActorMention,
    Document,
    DocumentAnalysis,
    Event,
    Place,
    PlaceMention,
    Story,
)
from realpolitik.store import Store


def located_events() -> list[Event]:
    """Events with full CAMEO codes, places with coordinates and disagreeing fatality counts."""
    strike = make_event("g1", "ASSAULT", 4, ["TALIBAN"], ["TTP"], "2023-07-14", fatalities=3,
                        doc_ids=("news/a.txt", "news/b.txt"), acled="Explosions/Remote violence")  # fmt: skip
    strike.cameo_root, strike.cameo_code = "19", "195"
    strike.location = Place("Khost", "AFG", 33.3395, 69.9204, 1444362, "city", "Khowst")
    strike.fatalities_range = [2, 3]
    strike.fatalities_by_document = {"news/a.txt": 2, "news/b.txt": 3}
    talks = make_event("g2", "CONSULT", 1, ["PAK"], ["TJK"], "2023-08-02",
                       doc_ids=("news/b.txt",))  # fmt: skip
    talks.cameo_root, talks.cameo_code = "04", None  # only the root is known: GoldsteinScale 1.0
    talks.location = Place("Dushanbe", "TJK", 38.5358, 68.7791, 1221874, "city")
    undated = make_event("g3", "ACCUSE", 3, ["TJK"], ["TALIBAN"], None, doc_ids=("news/a.txt",))
    undated.cameo_root, undated.cameo_code = "11", "112"
    return [strike, talks, undated]


def write_db(path: str | Path, events: list[Event], titles: dict[str, str] | None = None) -> str:
    """A database holding `events`, their documents and the actors they name."""
    doc_ids = sorted({m.doc_id for e in events for m in e.mentions})
    titles = titles or {}
    documents = [
        Document(d, d, text=f"Text of {d}.", title=titles.get(d, f"Title of {d}"),
                 url=f"https://example.org/{d}", outlet="Example News")
        for d in doc_ids
    ]  # fmt: skip
    refs: dict[str, ActorMention] = {}
    for e in events:
        for r in [*e.source, *e.target, *e.claimed_by]:
            refs.setdefault(r.actor_id, r)
    actors = [(Actor(r.actor_id, r.name, "other", r.country, r.sector), 1) for r in refs.values()]
    analyses = [
        DocumentAnalysis(
            d,
            actor_mentions=[ActorMention(d.doc_id, 8, 15, "Taliban", "Q42418", "Taliban", "AFG",
                                         "GOV", "Q42418", "kb")],
            place_mentions=[PlaceMention(d.doc_id, 0, 4, "Text",
                                         Place("Khost", "AFG", 33.3395, 69.9204, 1444362, "city"))],
        )
        for d in documents
    ]  # fmt: skip
    stories = [Story("story:1", doc_ids, documents[0].title)] if documents else []
    with Store(str(path)) as store:
        store.write_batch(documents, analyses)
        store.replace_corpus_results(events, stories, compute_relations(events), actors)
    return str(path)


def seed_like_db(tmp_path: Path) -> str:
    path = tmp_path / "seedlike.duckdb"
    write_seed_like_db(str(path))
    return str(path)


def located_db(tmp_path: Path) -> str:
    return write_db(tmp_path / "located.duckdb", located_events())


def empty_db(tmp_path: Path) -> str:
    path = tmp_path / "empty.duckdb"
    with Store(str(path)):
        pass
    return str(path)


__all__ = ["empty_db", "located_db", "located_events", "seed_like_db", "seed_like_events", "write_db"]
