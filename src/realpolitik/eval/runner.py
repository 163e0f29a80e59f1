"""Dispatch `realpolitik eval NAME` to its scorer and print the figures."""

from __future__ import annotations

import json

from realpolitik.errors import UsageError


def run_scorer(name: str, data: str | None = None, as_json: bool = False) -> int:
    raise UsageError(f"scorer {name!r} is not built yet")
