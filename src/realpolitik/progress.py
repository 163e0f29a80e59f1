"""Progress display: a rich bar on a terminal; a line per stage on a pipe or in CI."""

from __future__ import annotations

import sys
from typing import Any


class Progress:
    """Context manager whose `update(stage, n)` is the pipeline's progress callback."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self._bar: Any = None
        self._task: Any = None
        self._stages_seen: set[str] = set()
        self._done = 0

    def __enter__(self) -> Progress:
        if self.enabled:
            from rich.progress import BarColumn, MofNCompleteColumn, SpinnerColumn, TextColumn
            from rich.progress import Progress as RichProgress

            self._bar = RichProgress(
                SpinnerColumn(),
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("documents"),
                transient=True,
                console=None,
            )
            self._bar.__enter__()
            self._task = self._bar.add_task("analysing", total=None)
        return self

    def update(self, stage: str, n: int) -> None:
        if stage == "analysed":
            self._done += n
        if self._bar is not None:
            description = "fusing events and stories" if stage == "fuse" else "analysing"
            self._bar.update(self._task, completed=self._done, description=description)
            return
        if stage not in self._stages_seen:
            self._stages_seen.add(stage)
            label = {"read": "reading and analysing documents", "fuse": "fusing events and stories"}
            if stage in label:
                print(f"realpolitik: {label[stage]}", file=sys.stderr)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
