"""Where a command writes: a file (checked before any work is done) or standard output (`-`)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO

from realpolitik.errors import UsageError


def is_stdout(out: str | Path | None) -> bool:
    return out is None or str(out) == "-"


def check_output(out: str | Path | None) -> None:
    """A usage error (exit 2, no traceback) when `out` cannot be written as a file: its folder
    is missing or it is itself a folder. Checked first, so no work is wasted."""
    if is_stdout(out):
        return
    path = Path(str(out))
    if path.is_dir():
        raise UsageError(f"{out}: is a folder; give a file name")
    parent = path.parent
    if not parent.exists():
        raise UsageError(f"{out}: no such folder {str(parent)!r} (create it first)")
    if not parent.is_dir():
        raise UsageError(f"{out}: {str(parent)!r} is not a folder")


def open_text(out: str | Path | None) -> IO[str]:
    """A text handle on `out` (a file, or standard output for None / "-")."""
    if is_stdout(out):
        return _Unclosable(sys.stdout)  # type: ignore[return-value]
    check_output(out)
    try:
        return open(str(out), "w", encoding="utf-8", newline="")
    except OSError as exc:
        raise UsageError(f"{out}: cannot write ({exc.strerror or exc})") from exc


class _Unclosable:
    """Standard output in a `with` block, left open afterwards."""

    def __init__(self, fh: IO[str]) -> None:
        self._fh = fh

    def __enter__(self) -> IO[str]:
        return self._fh

    def __exit__(self, *exc: object) -> None:
        self._fh.flush()

    def __getattr__(self, name: str) -> object:
        return getattr(self._fh, name)
