"""Lines of succession: a group that renamed or re-formed is one line ("the Northern Alliance"
of 1996–2001 and the National Resistance Front since 2021).

The knowledge base records each step (`successions:` in `curated.yaml`: predecessor, successor,
date, source). A mention keeps the name the text uses and the actor that name stood for; the
analysis (relations at country level, the network, fronts) counts a whole line as one node, the
latest successor, named with its former names, so that one group never sits on two sides.
`member_on(actor_id, day)` says which name of the line stood for it on a given day.

Read from `curated.yaml` alone (not the whole knowledge base), so the analysis does not pay for
loading Phoenix.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from realpolitik.actors.kb import DATA_DIR


@dataclass(frozen=True)
class Line:
    """One line of succession, oldest first."""

    members: tuple[str, ...]  # actor ids, oldest first; the last is the head
    names: tuple[str, ...]  # their names
    since: tuple[str | None, ...]  # the day each member took over (None for the first)

    @property
    def head(self) -> str:
        return self.members[-1]

    @property
    def label(self) -> str:
        """The head's name with its former names: "National Resistance Front (formerly
        Northern Alliance)"."""
        former = [n for n in self.names[:-1] if n != self.names[-1]]
        return f"{self.names[-1]} (formerly {', '.join(former)})" if former else self.names[-1]

    def member_on(self, day: str) -> str:
        """The member that stood for the line on `day` (ISO date)."""
        current = self.members[0]
        for member, since in zip(self.members, self.since, strict=True):
            if since is None or since <= day:
                current = member
        return current


def lines_from(records: list[dict[str, Any]], names: dict[str, str]) -> dict[str, Line]:
    """actor id -> its line, from succession records (actor, successor, date)."""
    successor = {str(r["actor"]): (str(r["successor"]), str(r["date"])) for r in records}
    predecessors = {s for s, _ in successor.values()}
    out: dict[str, Line] = {}
    for first in sorted(set(successor) - predecessors):
        members, since = [first], [None]
        while members[-1] in successor and len(members) <= len(successor):
            nxt, day = successor[members[-1]]
            members.append(nxt)
            since.append(day)  # type: ignore[arg-type]
        line = Line(tuple(members), tuple(names.get(m, m) for m in members), tuple(since))
        out.update(dict.fromkeys(members, line))
    return out


@lru_cache(maxsize=1)
def succession_lines(data_dir: Path = DATA_DIR) -> dict[str, Line]:
    """Every actor of a line of succession -> the line (curated `successions:`)."""
    curated = yaml.safe_load((data_dir / "curated.yaml").read_text(encoding="utf-8"))
    records = curated.get("successions", [])
    names = {str(a["id"]): str(a["name"]) for a in curated.get("actors", [])}
    wanted = {str(r[k]) for r in records for k in ("actor", "successor")} - set(names)
    if wanted:  # members known only from Phoenix: their names, without loading the whole KB
        with (data_dir / "phoenix_actors.jsonl").open(encoding="utf-8") as f:
            for line in f:
                if any(f'"{w}"' in line for w in wanted):
                    r = json.loads(line)
                    names.setdefault(r["id"], r["name"])
    return lines_from(records, names)


def line_head(actor_id: str) -> str:
    """The latest successor of `actor_id`'s line (itself when it has none)."""
    line = succession_lines().get(actor_id)
    return line.head if line else actor_id
