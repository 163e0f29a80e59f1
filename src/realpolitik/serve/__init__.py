"""`realpolitik serve`: an HTTP API (FastAPI on uvicorn) and a web page over a database.

Needs: a database written by `realpolitik run`. Adds: nothing to it; every request opens it
read-only and closes it (`realpolitik.browse`), so a `run` in another process can add documents
while the server is up, and the next request shows them.

- `app.py`: the routes (JSON under /api/, OpenAPI at /openapi.json, the brief at /report, the page
  at /), security headers (a Content-Security-Policy with no inline script) and the token check.
- `static/`: the page (vanilla JS and CSS, no build step), and the vendored country outlines.

Binding to anything but the loopback interface needs a token (`--token` or `REALPOLITIK_TOKEN`);
the API then answers 401 to a call without it.
"""

from __future__ import annotations

import ipaddress
import os
from pathlib import Path

from realpolitik.errors import UsageError
from realpolitik.serve.app import create_app

TOKEN_ENV = "REALPOLITIK_TOKEN"


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def resolve_token(host: str, token: str | None) -> str | None:
    """The token to require: the one given, else $REALPOLITIK_TOKEN; none on loopback only."""
    token = token or os.environ.get(TOKEN_ENV) or None
    if token is not None and len(token) < 8:
        raise UsageError("--token: use at least 8 characters")
    if token is None and not is_loopback(host):
        raise UsageError(
            f"--host {host}: serving beyond this machine needs a token "
            f"(--token T or {TOKEN_ENV}=T); callers send 'Authorization: Bearer T'"
        )
    return token


def serve(
    db: str | Path, host: str = "127.0.0.1", port: int = 8000, token: str | None = None
) -> None:
    """Serve the API and the page until interrupted."""
    import uvicorn

    token = resolve_token(host, token)
    app = create_app(db, token=token)
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)


__all__ = ["TOKEN_ENV", "create_app", "is_loopback", "resolve_token", "serve"]
