"""The FastAPI application: JSON routes over `realpolitik.browse`, the web page, the brief.

Routes only translate query parameters and errors: every answer comes from a public function of
`realpolitik.browse` (or `realpolitik.report`), which opens the database read-only for the call.
"""

from __future__ import annotations

import hmac
import logging
import secrets
import threading
import time
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.staticfiles import StaticFiles

from realpolitik import browse
from realpolitik.errors import RealpolitikError, UsageError
from realpolitik.query import Filters

STATIC = Path(__file__).parent / "static"
log = logging.getLogger("realpolitik.serve")

# No inline script or style, nothing from elsewhere: article text that slipped through as markup
# could not run even if it were ever inserted as HTML (the page never does that).
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
# The brief is a self-contained HTML file with its own <style> and no script at all.
REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'"
# A link cannot carry the token in a header: with a token, the page asks for a ticket (an API
# call, with the token) and opens the brief at /report?ticket=...: good once, for a minute.
TICKET_TTL_S = 60.0
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "SAMEORIGIN",
}


def _filters(since: str | None, until: str | None, actor: str | None, country: str | None,
             type: str | None, polarity: str | None, min_confidence: float | None) -> Filters:  # fmt: skip
    filters = Filters(since=since or None, until=until or None, actor=actor or None,
                      country=country or None, type=type or None, polarity=polarity or None,
                      min_confidence=min_confidence)  # fmt: skip
    if filters.type:
        filters.check_types()
    return filters


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message, "status": status}, status_code=status)


def create_app(db: str | Path, token: str | None = None) -> FastAPI:
    """The application serving the database `db`; with `token`, every /api/ call must carry it
    (`Authorization: Bearer TOKEN` or `X-Realpolitik-Token: TOKEN`)."""
    db = str(db)
    browse_db = Path(db)
    if not browse_db.exists():
        raise UsageError(f"{db}: no such database (run `realpolitik run` first)")
    app = FastAPI(
        title="realpolitik",
        summary="Actors, events, relations and fronts read from conflict news, with their sources.",
        version=_version(),
        docs_url=None,  # Swagger UI comes from a CDN: offline it cannot load; /openapi.json stays
        redoc_url=None,
    )

    tickets: dict[str, float] = {}  # ticket -> when it expires (time.monotonic())
    tickets_lock = threading.Lock()

    def new_ticket() -> str:
        now = time.monotonic()
        ticket = secrets.token_urlsafe(24)
        with tickets_lock:
            for old in [t for t, until in tickets.items() if until < now]:
                del tickets[old]
            tickets[ticket] = now + TICKET_TTL_S
        return ticket

    def use_ticket(ticket: str) -> bool:
        with tickets_lock:
            until = tickets.pop(ticket, None)
        return until is not None and until >= time.monotonic()

    @app.middleware("http")
    async def guard(request: Request, call_next: Any) -> Response:
        path = request.url.path
        if token is not None and (path.startswith("/api/") or path == "/report"):
            given = request.headers.get("x-realpolitik-token") or ""
            auth = request.headers.get("authorization") or ""
            if auth.lower().startswith("bearer "):
                given = auth[7:].strip()
            ticket = request.query_params.get("ticket") if path == "/report" else None
            if not hmac.compare_digest(given.encode(), token.encode()) and not (
                ticket and use_ticket(ticket)
            ):
                response: Response = _error(401, "missing or wrong token")
                response.headers["WWW-Authenticate"] = "Bearer"
                _secure(response, path)
                return response
        try:
            response = await call_next(request)
        except Exception:  # never a traceback to the client; the log has it
            log.exception("error serving %s", path)
            response = _error(500, "internal error (see the server's log)")
        _secure(response, path)
        return response

    @app.exception_handler(RealpolitikError)
    async def realpolitik_error(request: Request, exc: RealpolitikError) -> JSONResponse:
        if isinstance(exc, browse.NotFound):
            return _error(404, str(exc))
        if isinstance(exc, browse.DatabaseBusy):
            return _error(503, str(exc))
        if isinstance(exc, UsageError):
            return _error(400, str(exc))
        return _error(500, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [
            f"{'.'.join(str(p) for p in e.get('loc', ())[1:])}: {e.get('msg')}" for e in exc.errors()
        ]
        return _error(422, "; ".join(problems) or "invalid request")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _error(exc.status_code, str(exc.detail))

    # -- API ---------------------------------------------------------------------------------

    @app.get("/api/summary", tags=["database"])
    def summary() -> dict[str, Any]:
        """Counts of documents, events, actors, relations and stories; date range; event types."""
        return browse.summary(db)

    @app.get("/api/events", tags=["events"])
    def events(
        since: str | None = Query(None, description="first day, ISO date or prefix (2024-05)"),
        until: str | None = Query(None, description="last day, inclusive, ISO date or prefix"),
        actor: str | None = Query(None, description="actor id or name among the parties (a,b: either)"),
        country: str | None = Query(None, description="ISO3 of a party or of the location"),
        type: str | None = Query(None, description="PLOVER type or ACLED event type"),
        polarity: str | None = Query(None, description="asserted, denied, negated, hypothetical, intended"),
        min_confidence: float | None = Query(None, ge=0, le=1),
        q: str | None = Query(None, description="words of the sentences, names, place or type"),
        sort: str = Query("date", description="date, confidence, documents, type, id; -key: descending"),
        offset: int = Query(0, ge=0),
        limit: int = Query(50, ge=1, le=browse.MAX_LIMIT),
    ) -> dict[str, Any]:
        """One page of fused events (records of spec/event.schema.json) and the total."""
        filters = _filters(since, until, actor, country, type, polarity, min_confidence)
        return browse.events_page(db, filters, q=q, sort=sort, offset=offset, limit=limit)

    @app.get("/api/events/{event_id:path}", tags=["events"])
    def event(event_id: str) -> dict[str, Any]:
        """One event with its reporting sentences (highlight offsets) and documents."""
        return browse.event_detail(db, event_id)

    @app.get("/api/map", tags=["events"])
    def located(
        since: str | None = None, until: str | None = None, actor: str | None = None,
        country: str | None = None, type: str | None = None, polarity: str | None = None,
        min_confidence: float | None = Query(None, ge=0, le=1),
        limit: int = Query(5000, ge=1, le=20000),
    ) -> list[dict[str, Any]]:  # fmt: skip
        """Located events (coordinates) for the map."""
        filters = _filters(since, until, actor, country, type, polarity, min_confidence)
        return browse.located_events(db, filters, limit=limit)

    @app.get("/api/actors", tags=["actors"])
    def actors(
        q: str | None = None, country: str | None = None,
        offset: int = Query(0, ge=0), limit: int = Query(100, ge=1, le=browse.MAX_LIMIT),
    ) -> dict[str, Any]:  # fmt: skip
        """Actors, most events first; q matches id, name or alias."""
        return browse.actors_list(db, q=q, country=country, offset=offset, limit=limit)

    @app.get("/api/actors/{actor_id:path}", tags=["actors"])
    def actor(actor_id: str, ties: int = Query(10, ge=1, le=100)) -> dict[str, Any]:
        """One actor: roles with dates, events per month, latest events, strongest ties."""
        return browse.actor_detail(db, actor_id, n_ties=ties)

    @app.get("/api/relations", tags=["network"])
    def relations(
        actor: str | None = None, other: str | None = None,
        since: str | None = None, until: str | None = None,
    ) -> list[dict[str, Any]]:  # fmt: skip
        """Relations per ordered actor pair and month (cooperation, conflict, score, events)."""
        return browse.relations_over_time(db, actor=actor, other=other, since=since, until=until)

    @app.get("/api/network", tags=["network"])
    def network(
        since: str | None = None, until: str | None = None, actor: str | None = None,
        country: str | None = None, type: str | None = None,
        min_confidence: float | None = Query(None, ge=0, le=1),
        level: str = Query("actor", description="actor or country"),
        min_events: int = Query(1, ge=1),
    ) -> dict[str, Any]:  # fmt: skip
        """The signed network of a time window with its camps; each tie lists its events."""
        filters = _filters(since, until, actor, country, type, None, min_confidence)
        return browse.network(db, filters, level=level, min_events=min_events)

    @app.get("/api/fronts", tags=["network"])
    def fronts(
        since: str | None = None, until: str | None = None, actor: str | None = None,
        country: str | None = None, type: str | None = None,
        min_confidence: float | None = Query(None, ge=0, le=1),
        level: str = Query("country", description="actor or country"),
    ) -> list[dict[str, Any]]:  # fmt: skip
        """Camp members with the events behind their ties (as `export fronts`)."""
        filters = _filters(since, until, actor, country, type, None, min_confidence)
        return browse.fronts(db, filters, level=level)

    @app.get("/api/stories", tags=["documents"])
    def stories(
        offset: int = Query(0, ge=0), limit: int = Query(100, ge=1, le=browse.MAX_LIMIT)
    ) -> dict[str, Any]:
        """Stories (clusters of documents), largest first."""
        return browse.stories(db, offset=offset, limit=limit)

    @app.get("/api/documents/{doc_id:path}", tags=["documents"])
    def document(doc_id: str) -> dict[str, Any]:
        """A document's cleaned text with the offsets of its actors, places and triggers."""
        return browse.document_text(db, doc_id)

    # -- the brief and the page --------------------------------------------------------------

    @app.post("/api/report-ticket", tags=["report"])
    def report_ticket() -> dict[str, Any]:
        """The address of the brief for a browser tab, good once and for 60 s: a link cannot
        send the token (needed only when the server requires one)."""
        return {"url": f"/report?ticket={new_ticket()}", "expires_in_s": TICKET_TTL_S}

    @app.get("/report", response_class=HTMLResponse, tags=["report"])
    def report() -> HTMLResponse:
        """The brief of `realpolitik report` (HTML, no script). With a token: the header, or a
        ticket from /api/report-ticket (`?ticket=`)."""
        from realpolitik.report.brief import render_report

        return HTMLResponse(render_report(db, "html"))

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


def _secure(response: Response, path: str) -> None:
    for key, value in SECURITY_HEADERS.items():
        response.headers.setdefault(key, value)
    response.headers["Content-Security-Policy"] = REPORT_CSP if path == "/report" else CSP
    if path.startswith("/api/"):
        response.headers.setdefault("Cache-Control", "no-store")


def _version() -> str:
    from realpolitik import __version__

    return str(__version__)
