"""Reading the project's own gold files (YAML under `eval/gold/`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from realpolitik.errors import UsageError


def read_gold_yaml(path: Path, what: str) -> Any:
    """The parsed YAML of `path`; an unreadable or malformed file is a `UsageError` naming the
    file and `what` it should hold."""
    import yaml

    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise UsageError(f"{path}: cannot read {what} ({exc})") from exc
