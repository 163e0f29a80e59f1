"""Fault points: where the fault-injection tests kill a run, named so that they can aim.

`point(name)` does nothing unless `REALPOLITIK_FAULT` is `NAME:N`, when the N-th passage through
the point `NAME` in this process kills the process with SIGKILL: no cleanup, no flush, as a power
cut or the out-of-memory killer would. Points: `parse` (a batch parsed, before it is written),
`write` (inside a batch's transaction, before its commit), `fuse` (inside the fusion's
transaction, before its commit). Reading one environment variable per batch costs nothing.
"""

from __future__ import annotations

import os
import signal
from collections import Counter

ENV = "REALPOLITIK_FAULT"

_passages: Counter[str] = Counter()


def point(name: str) -> None:
    """Pass the fault point `name` (kills the process when `REALPOLITIK_FAULT` aims at it)."""
    target = os.environ.get(ENV)
    if not target:
        return
    _passages[name] += 1
    wanted, _, nth = target.partition(":")
    if wanted == name and nth.isdigit() and _passages[name] == int(nth):
        os.kill(os.getpid(), signal.SIGKILL)
