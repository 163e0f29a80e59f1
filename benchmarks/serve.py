"""Latency of `realpolitik serve` (a script, not a test): prints p50/p95 per endpoint.

    .venv/bin/python benchmarks/serve.py [--events 20000] [--repeat 20] [--db FILE]

Synthesises a database of N fused events (seeded): 150 actors in 12 countries, three years of
dates, PLOVER types by a fixed mix, two reporting sentences each from 5,000 documents, locations
for 70% of them, and the stored relations; then starts the real server (uvicorn, one process)
and times HTTP calls from a client in the same machine: event pages (unfiltered, filtered,
searched, deep pages, sorted) and the network of a month, a quarter, a year and everything, each
window asked once (nothing cached). Then a document is written to the file while the server is
up (as a `run` would) and the next calls are timed: the new snapshot, the first network on it.
Target: p95 < 300 ms for events and network. Prints the load average before and after.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import tempfile
import threading
import time
from pathlib import Path

COUNTRIES = ["PAK", "AFG", "TJK", "IND", "IRN", "CHN", "RUS", "UZB", "TKM", "KGZ", "USA", "TUR"]
TYPES = [("ASSAULT", 4, 30), ("CONSULT", 1, 20), ("ACCUSE", 3, 12), ("COOPERATE", 2, 8),
         ("AID", 2, 6), ("THREATEN", 3, 6), ("AGREE", 1, 6), ("SANCTION", 4, 4),
         ("PROTEST", 3, 4), ("COERCE", 4, 4)]  # fmt: skip
PLACES = [("Khost", "AFG", 33.34, 69.92), ("Quetta", "PAK", 30.18, 67.0), ("Dushanbe", "TJK", 38.54, 68.78),
          ("Kabul", "AFG", 34.53, 69.17), ("Peshawar", "PAK", 34.01, 71.58), ("Termez", "UZB", 37.22, 67.28)]  # fmt: skip


def synthesise(path: Path, n_events: int, seed: int = 7) -> None:
    from realpolitik.analysis.relations import compute_relations
    from realpolitik.model import (
        Actor,
        ActorMention,
        DateInfo,
        Document,
        DocumentAnalysis,
        Event,
        EventMention,
        Place,
    )  # fmt: skip
    from realpolitik.store import Store

    rng = random.Random(seed)
    actors = []
    for i in range(150):
        country = COUNTRIES[i % len(COUNTRIES)]
        sector = rng.choice(["GOV", "MIL", "INT", "REB", "TER", "OPP", None])
        actors.append(Actor(f"Q{i:04d}", f"Actor {i} of {country}", "other", country, sector))
    weights = [w for _, _, w in TYPES]
    docs = [Document(f"doc/{i}.txt", f"doc/{i}.txt", text=f"Text {i}.", title=f"Report {i}",
                     url=f"https://example.org/{i}", outlet="Synthetic")  # fmt: skip
            for i in range(5000)]
    events = []
    for i in range(n_events):
        ptype, quad, _ = rng.choices(TYPES, weights)[0]
        a, b = rng.sample(actors, 2)
        day = f"{rng.choice([2022, 2023, 2024])}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        place = rng.choice(PLACES) if rng.random() < 0.7 else None
        refs = [ActorMention("", -1, -1, x.name, x.actor_id, x.name, x.country, x.sector) for x in (a, b)]
        sentence = f"{a.name} and {b.name}: a {ptype.lower()} reported near {place[0] if place else 'the border'} (item {i})."
        mentions = [EventMention(rng.choice(docs).doc_id, 0, len(sentence), sentence, ptype.lower(), 0, ptype, quad)
                    for _ in range(2)]  # fmt: skip
        events.append(Event(
            event_id=f"ev{i:06d}", plover_type=ptype, quad_class=quad, source=[refs[0]], target=[refs[1]],
            date=DateInfo(day, day, "day"),
            location=Place(place[0], place[1], place[2], place[3], None, "city") if place else None,
            polarity=rng.choices(["asserted", "denied", "hypothetical", "intended"], [85, 5, 5, 5])[0],  # type: ignore[arg-type]
            claimed_by=[], confidence=round(rng.uniform(0.3, 0.99), 3), mentions=mentions,
            n_documents=len({m.doc_id for m in mentions}),
        ))  # fmt: skip
    with Store(str(path)) as store:
        store.write_batch(docs, [DocumentAnalysis(d) for d in docs])
        store.replace_corpus_results(events, [], compute_relations(events), [(x, 1) for x in actors])


def _write_one_document(db: Path) -> None:
    """What a `run` does to the file, at its smallest: one more document written."""
    from realpolitik.model import Document, DocumentAnalysis
    from realpolitik.store import Store

    doc = Document(f"doc/late-{time.time_ns()}.txt", "late.txt", text="Late.", title="Late")
    with Store(str(db)) as store:
        store.write_batch([doc], [DocumentAnalysis(doc)])


def _change_one_event(db: Path) -> None:
    """What a run's fusion does to the file, at its smallest: one event's record changes."""
    import duckdb

    con = duckdb.connect(str(db))
    try:
        con.execute("UPDATE events SET record = json_merge_patch(record, '{\"n_documents\": 3}'), "
                    "n_documents = 3 WHERE event_id = (SELECT min(event_id) FROM events)")  # fmt: skip
    finally:
        con.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=20, help="calls per endpoint")
    parser.add_argument("--db", default=None, help="use (or create) this database file")
    args = parser.parse_args()

    import httpx
    import uvicorn

    from realpolitik.serve import create_app

    db = Path(args.db) if args.db else Path(tempfile.mkdtemp(prefix="serve-bench-")) / "bench.duckdb"
    if not db.exists():
        t0 = time.perf_counter()
        synthesise(db, args.events)
        print(f"synthesised {args.events} events in {time.perf_counter() - t0:.1f} s -> {db}")
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    cases = {
        "events: first page, newest first": ("/api/events", {"sort": "-date"}),
        "events: page 200 (offset 10000)": ("/api/events", {"offset": 10000}),
        "events: country + type": ("/api/events", {"country": "PAK", "type": "ASSAULT"}),
        "events: actor + window": ("/api/events", {"actor": "Q0007", "since": "2023-01", "until": "2023-06"}),
        "events: text search": ("/api/events", {"q": "kabul assault"}),
        "events: by confidence": ("/api/events", {"sort": "-confidence", "min_confidence": 0.8}),
        "network: a month seen before (cached)": ("/api/network", {"since": "2024-03", "until": "2024-03"}),
        "event: one": ("/api/events/ev001234", {}),
    }
    # Windows not asked before (no cached answer): each call a different one.
    months = [f"{y}-{m:02d}" for y in (2022, 2023, 2024) for m in range(1, 13)]
    quarters = [(f"{y}-{m:02d}", f"{y}-{m + 2:02d}") for y in (2022, 2023, 2024) for m in (1, 4, 7, 10)]
    fresh = {
        "network: a new month": [{"since": m, "until": m} for m in months],
        "network: a new quarter": [{"since": a, "until": b} for a, b in quarters],
        "network: a new year": [{"since": y, "until": y} for y in ("2022", "2023", "2024")],
        "network: a new year, country level": [{"since": y, "until": y, "level": "country"} for y in ("2022", "2023", "2024")],
        "network: everything": [{}],
    }
    print("load average: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    with httpx.Client(base_url=base, timeout=120) as client:

        def timed(path: str, params: dict[str, str] | None = None) -> tuple[float, float, httpx.Response]:
            """Wall-clock and CPU milliseconds of one call (CPU of this process, all threads: the
            server's work and the client's, which the load of other processes hardly changes)."""
            cpu, wall = time.process_time(), time.perf_counter()
            r = client.get(path, params=params)
            r.raise_for_status()
            return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000, r

        def row(name: str, walls: list[float], cpus: list[float], answer: object) -> None:
            walls = sorted(walls)
            p95 = walls[min(len(walls) - 1, round(0.95 * (len(walls) - 1)))]
            print(f"{name:44} {statistics.median(walls):8.0f} {p95:8.0f} {statistics.median(cpus):8.0f}  {answer}")

        print(f"{'call':44} {'p50 ms':>8} {'p95 ms':>8} {'CPU ms':>8}  answer")
        pooled: dict[str, tuple[list[float], list[float]]] = {"events": ([], []), "network": ([], [])}
        # Once per process: the first snapshot (and the data files it reads); a first network.
        for name, path in (("first call (takes the snapshot)", "/api/events"),
                           ("first network call", "/api/network?since=2024-01&until=2024-01")):  # fmt: skip
            wall, cpu, _ = timed(path)
            row(name, [wall], [cpu], "once")
        for name, (path, params) in cases.items():
            timed(path, params)  # warm-up
            runs = [timed(path, params) for _ in range(args.repeat)]
            endpoint = "network" if path == "/api/network" else "events" if path == "/api/events" else ""
            if endpoint:
                pooled[endpoint][0].extend(w for w, _, _ in runs)
                pooled[endpoint][1].extend(c for _, c, _ in runs)
            body = runs[-1][2].json()
            size = body.get("total", len(body.get("ties", [])) if "ties" in body else "")
            row(name, [w for w, _, _ in runs], [c for _, c, _ in runs], size)
        for name, windows in fresh.items():
            runs = [timed("/api/network", params) for params in windows]
            pooled["network"][0].extend(w for w, _, _ in runs)
            pooled["network"][1].extend(c for _, c, _ in runs)
            ties = len(runs[-1][2].json()["ties"])
            row(name, [w for w, _, _ in runs], [c for _, c, _ in runs], f"{len(runs)} windows, last {ties} ties")
        # The figure: p95 of each endpoint over all the calls above (each case's own
        # repeats and every new window), the cached month included as a user would hit it.
        for endpoint, (walls, cpus) in pooled.items():
            row(f"all {endpoint} calls above ({len(walls)})", walls, cpus, "pooled")
        # A run changes the file. Its batches add documents (the events stay: the snapshot is
        # kept after a check); its fusion changes events (a new snapshot is taken). Each network
        # is a window of twelve months not asked before.
        for change, write, window in (("documents written", _write_one_document, "since=2022-06&until=2023-05"),
                                      ("events changed", _change_one_event, "since=2023-06&until=2024-05")):  # fmt: skip
            write(db)
            for name, path in ((f"after {change}: first call", "/api/events"),
                               (f"after {change}: a new network (a year)", f"/api/network?{window}")):  # fmt: skip
                wall, cpu, _ = timed(path)
                row(name, [wall], [cpu], "once")
    print("load average: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    server.should_exit = True
    thread.join(timeout=10)


if __name__ == "__main__":
    main()
