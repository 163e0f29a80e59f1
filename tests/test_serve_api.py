"""The HTTP API of `realpolitik serve` on a small hand-made database (FastAPI's TestClient)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from serve_fixtures import HOSTILE_TITLE, browse_db

from realpolitik import browse, browse_snapshot
from realpolitik.cli import main
from realpolitik.errors import UsageError
from realpolitik.query import Database, Filters
from realpolitik.serve import create_app, resolve_token

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
testclient = pytest.importorskip("fastapi.testclient")


@pytest.fixture()
def db(tmp_path: Path) -> str:
    return browse_db(tmp_path / "browse.duckdb")


@pytest.fixture()
def client(db: str):  # type: ignore[no-untyped-def]
    return testclient.TestClient(create_app(db), raise_server_exceptions=False)


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"since": "2024-06"},
        {"until": "2024-05-06", "type": "ASSAULT"},
        {"actor": "taliban"},
        {"country": "TJK,IND"},
        {"polarity": "denied"},
        {"min_confidence": 0.8},
        {"type": "consult,aid", "since": "2024"},
    ],
)
def test_event_filters_agree_with_the_query_layer(client, db: str, params: dict) -> None:  # type: ignore[no-untyped-def]
    expected = {e.event_id for e in Database(db).events(Filters(**params))}
    page = client.get("/api/events", params={**params, "limit": 500}).json()
    assert page["total"] == len(expected)
    assert {e["event_id"] for e in page["events"]} == expected


def test_pages_cover_every_event_once_in_sort_order(client) -> None:  # type: ignore[no-untyped-def]
    seen = []
    for offset in range(0, 8, 2):
        page = client.get("/api/events", params={"sort": "-date", "offset": offset, "limit": 2}).json()
        assert page["total"] == 6
        seen += page["events"]
    assert len(seen) == 6 and len({e["event_id"] for e in seen}) == 6
    days = [e["date"]["start"] for e in seen]
    assert days == sorted(days, reverse=True)
    by_confidence = client.get("/api/events", params={"sort": "confidence"}).json()["events"]
    assert by_confidence[0]["event_id"] == "ev-aid"  # the one at 0.7


def test_text_search_needs_every_word(client) -> None:  # type: ignore[no-untyped-def]
    ids = lambda q: {e["event_id"] for e in client.get("/api/events", params={"q": q}).json()["events"]}  # noqa: E731
    assert ids("floods") == {"ev-aid"}
    assert ids("tajikistan DUSHANBE") == {"ev-meet"}  # a word of the sentence and of the place
    assert ids("tajikistan floods") == {"ev-aid"}
    assert ids("nothing-like-this") == set()


def test_one_event_has_its_sentence_highlights_and_documents(client) -> None:  # type: ignore[no-untyped-def]
    body = client.get("/api/events/ev-shell").json()
    assert body["event"]["plover_type"] == "ASSAULT"
    (mention,) = body["mentions"]
    sentence = mention["sentence"]
    marks = {(h["kind"], sentence[h["start"] : h["end"]]) for h in mention["highlights"]}
    assert marks == {("trigger", "shelled"), ("actor", "Pakistani troops"), ("actor", "Taliban"),
                     ("place", "Khost")}  # fmt: skip
    assert mention["document"]["url"] == "https://example.org/one"
    assert [d["doc_id"] for d in body["documents"]] == ["wire/one.txt"]


def test_a_trigger_of_another_event_in_the_same_sentence_is_not_marked(client) -> None:  # type: ignore[no-untyped-def]
    (mention,) = client.get("/api/events/ev-deny").json()["mentions"]
    assert [h["text"] for h in mention["highlights"] if h["kind"] == "trigger"] == ["attacked"]
    assert client.get("/api/events/ev-deny").json()["event"]["claimed_by"][0]["name"] == "Taliban"


def test_document_text_offsets_point_at_their_words(client) -> None:  # type: ignore[no-untyped-def]
    doc = client.get("/api/documents/wire/two.txt").json()
    text = doc["text"]
    assert doc["spans"] and all(text[s["start"] : s["end"]] == s["text"] for s in doc["spans"])
    assert {s["kind"] for s in doc["spans"]} == {"actor", "place", "trigger"}
    assert doc["event_ids"] == ["ev-accuse", "ev-aid", "ev-meet"]


def test_actor_has_roles_timeline_and_ties(client) -> None:  # type: ignore[no-untyped-def]
    army = client.get("/api/actors/Q_pakarmy").json()
    assert army["roles"][0]["title"] == "Chief of Army Staff" and army["roles"][0]["start"] == "2022-11-29"
    assert army["timeline"] == [{"month": "2024-05", "role": "source", "plover_type": "ASSAULT",
                                 "polarity": "asserted", "n": 1}]  # fmt: skip
    tajikistan = client.get("/api/actors/Q863").json()
    assert {t["name"] for t in tajikistan["ties"]} >= {"India", "Pakistan"}
    assert all(t["score"] > 0 for t in tajikistan["ties"] if t["name"] == "India")
    listed = client.get("/api/actors", params={"q": "tajik"}).json()
    assert [a["actor_id"] for a in listed["actors"]] == ["Q863"]


def test_network_of_a_window_lists_ties_with_their_events(client) -> None:  # type: ignore[no-untyped-def]
    june = client.get("/api/network", params={"since": "2024-06", "until": "2024-06"}).json()
    ties = {frozenset((t["a"], t["b"])): t for t in june["ties"]}
    assert ties[frozenset(("Q863", "Q668"))]["event_ids"] == ["ev-meet"]
    assert ties[frozenset(("Q843", "Q668"))]["weight"] < 0
    assert all(n["camp"] > 0 for n in june["nodes"])
    # two friendly ties and a hostile one close a triangle no split into camps can balance
    assert june["frustration"] > 0
    may = client.get("/api/network", params={"since": "2024-05", "until": "2024-05"}).json()
    # the denied attack does not count: only the shelling links anyone in May
    assert [t["event_ids"] for t in may["ties"]] == [["ev-shell"]]


def test_relations_fronts_stories_map_and_summary(client) -> None:  # type: ignore[no-untyped-def]
    rel = client.get("/api/relations", params={"actor": "Q843", "since": "2024-06"}).json()
    assert rel and all("Q843" in (r["source_id"], r["target_id"]) for r in rel)
    assert all(r["period"] >= "2024-06" for r in rel)
    fronts = client.get("/api/fronts", params={"level": "actor"}).json()
    assert fronts and all(row["event_ids"] for row in fronts)
    stories = client.get("/api/stories").json()
    assert stories["stories"][0]["documents"][0]["title"] == "Army shells Taliban posts near Khost"
    located = {e["event_id"]: e for e in client.get("/api/map").json()}
    assert located["ev-shell"]["lat"] == pytest.approx(33.3395)
    assert "ev-accuse" not in located  # no place
    assert client.get("/api/summary").json()["counts"]["events"] == 6


def test_errors_are_json_with_a_status_never_a_traceback(client, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    cases = {
        "/api/events/nope": 404,
        "/api/actors/nobody": 404,
        "/api/documents/none.txt": 404,
        "/api/events?type=FIGHTING": 400,
        "/api/events?since=May": 400,
        "/api/events?sort=colour": 400,
        "/api/events?limit=0": 422,
        "/api/network?level=planet": 400,
        "/api/nowhere": 404,
    }
    for url, status in cases.items():
        r = client.get(url)
        assert r.status_code == status, url
        assert r.json()["status"] == status and r.json()["error"], url

    def broken(*args: object, **kwargs: object) -> None:
        raise KeyError("internal detail")

    monkeypatch.setattr(browse, "summary", broken)
    r = client.get("/api/summary")
    assert r.status_code == 500 and "Traceback" not in r.text and "internal detail" not in r.text


def test_every_answer_carries_a_policy_without_inline_script(client) -> None:  # type: ignore[no-untyped-def]
    for url in ("/", "/api/events", "/api/nowhere", "/static/app.js"):
        policy = client.get(url).headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy.split("style-src")[0]
    report = client.get("/report")
    assert report.status_code == 200 and "script-src" not in report.headers["content-security-policy"]
    assert "<script" not in report.text.lower()


def test_openapi_lists_the_routes_and_no_cdn_page(client) -> None:  # type: ignore[no-untyped-def]
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/events", "/api/events/{event_id}", "/api/actors/{actor_id}", "/api/network",
                 "/api/relations", "/api/fronts", "/api/stories", "/api/documents/{doc_id}"):  # fmt: skip
        assert path in paths
    assert client.get("/docs").status_code == 404


def test_hostile_article_comes_back_as_plain_json_strings(client) -> None:  # type: ignore[no-untyped-def]
    body = client.get("/api/events/ev-hostile").json()
    assert body["documents"][0]["title"] == HOSTILE_TITLE  # data, unchanged; the page escapes it
    assert client.get("/api/events/ev-hostile").headers["content-type"].startswith("application/json")


def test_a_token_is_required_on_every_api_call_when_set(db: str) -> None:
    client = testclient.TestClient(create_app(db, token="s3cret-token"))
    assert client.get("/api/events").status_code == 401
    assert client.get("/api/events", headers={"Authorization": "Bearer wrong-token"}).status_code == 401
    assert client.get("/report").status_code == 401
    ok = client.get("/api/events", headers={"Authorization": "Bearer s3cret-token"})
    assert ok.status_code == 200 and ok.json()["total"] == 6
    assert client.get("/api/summary", headers={"X-Realpolitik-Token": "s3cret-token"}).status_code == 200
    assert client.get("/").status_code == 200  # the page itself holds no data


def test_with_a_token_the_brief_opens_once_with_a_short_lived_ticket(db: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from realpolitik.serve import app as app_module

    client = testclient.TestClient(create_app(db, token="s3cret-token"))
    auth = {"Authorization": "Bearer s3cret-token"}
    assert client.post("/api/report-ticket").status_code == 401  # a ticket needs the token
    url = client.post("/api/report-ticket", headers=auth).json()["url"]
    assert url.startswith("/report?ticket=")
    brief = client.get(url)
    assert brief.status_code == 200 and "<style>" in brief.text  # the page's own style, allowed:
    assert "style-src 'unsafe-inline'" in brief.headers["content-security-policy"]
    assert client.get(url).status_code == 401  # good once
    assert client.get("/report?ticket=made-up").status_code == 401
    other = client.post("/api/report-ticket", headers=auth).json()["url"]
    assert client.get("/api/events?ticket=" + other.split("=", 1)[1]).status_code == 401  # brief only
    assert client.get(other).status_code == 200
    monkeypatch.setattr(app_module, "TICKET_TTL_S", -1.0)  # a ticket that has expired
    late = client.post("/api/report-ticket", headers=auth).json()["url"]
    assert client.get(late).status_code == 401
    assert client.get("/report", headers=auth).status_code == 200  # the header still works


def test_binding_beyond_loopback_needs_a_token(monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("REALPOLITIK_TOKEN", raising=False)
    assert resolve_token("127.0.0.1", None) is None
    assert resolve_token("::1", None) is None
    with pytest.raises(UsageError, match="needs a token"):
        resolve_token("0.0.0.0", None)
    assert resolve_token("0.0.0.0", "long-enough-token") == "long-enough-token"
    monkeypatch.setenv("REALPOLITIK_TOKEN", "from-the-environment")
    assert resolve_token("192.168.1.5", None) == "from-the-environment"
    monkeypatch.delenv("REALPOLITIK_TOKEN")
    assert main(["serve", "--db", "missing.duckdb", "--host", "0.0.0.0"]) == 2
    assert "needs a token" in capsys.readouterr().err


WRITER = textwrap.dedent(
    """
    import sys, time
    sys.path.insert(0, {tests!r})
    from serve_fixtures import browse_db
    browse_db({db!r}, hostile=True)
    """
)
HOLDER = textwrap.dedent(
    """
    import sys, time, duckdb
    con = duckdb.connect({db!r})
    print("holding", flush=True)
    time.sleep(30)
    """
)


def test_a_run_in_another_process_writes_while_the_server_is_up(tmp_path: Path) -> None:
    db = browse_db(tmp_path / "live.duckdb", hostile=False)
    client = testclient.TestClient(create_app(db))
    assert client.get("/api/events").json()["total"] == 5
    script = WRITER.format(tests=str(Path(__file__).parent), db=db)
    subprocess.run([sys.executable, "-c", script], check=True, timeout=120)
    assert client.get("/api/events").json()["total"] == 6  # the new event, no restart


def test_while_a_writer_holds_the_file_lists_come_from_the_last_snapshot(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db = browse_db(tmp_path / "busy.duckdb", hostile=False)
    client = testclient.TestClient(create_app(db))
    assert client.get("/api/events").json()["total"] == 5  # a snapshot is taken
    monkeypatch.setattr(browse_snapshot, "BUSY_WAIT_S", 0.3)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER.format(db=db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        assert client.get("/api/events").json()["total"] == 5  # the last snapshot, no wait
        r = client.get("/api/events/ev-shell")  # needs the file itself
        assert r.status_code == 503 and "another process" in r.json()["error"]
        fresh = testclient.TestClient(create_app(browse_db(tmp_path / "other.duckdb")))
        browse_snapshot._SNAPSHOTS.pop(str((tmp_path / "busy.duckdb").resolve()))
        r = client.get("/api/events")  # no snapshot yet and the file held: busy, not a hang
        assert r.status_code == 503 and r.json()["status"] == 503
        assert fresh.get("/api/events").status_code == 200  # another database is not affected
    finally:
        holder.kill()
        holder.wait()
    assert client.get("/api/events").json()["total"] == 5
