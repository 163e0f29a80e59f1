"""The actor knowledge base: states and their institutions, organisations, groups, people.

Loaded once from the data files in `realpolitik/data/actors/` (see the README there): states
(ISO3, from Phoenix and GeoNames), Phoenix people and organisations with dated codes, and the
hand-curated `curated.yaml`, which overrides both. Every state gets one actor per sector
(`PAK.GOV`, `PAK.MIL`, ...). Names are indexed by a normalised key for fast lookup.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from realpolitik.actors.codes import SECTOR_KINDS, SECTOR_LABELS, SECTORS
from realpolitik.model import Actor, Role

KB_VERSION = "2025.06.3"
DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "actors"

# How a name in the index stands for its actor.
NameKind = str  # "name" | "demonym" | "seat"


@dataclass(frozen=True, slots=True)
class DatedRole:
    """A role with the country and sector it gives its holder, valid from `start` to `end`."""

    title: str
    country: str | None
    sector: str | None
    organisation: str | None = None
    start: str | None = None
    end: str | None = None

    def holds_on(self, day: str) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class NameEntry:
    actor_id: str
    kind: NameKind
    priority: int  # lower wins when one name has several actors: curated 0, states 1, Phoenix 2


@dataclass(frozen=True, slots=True)
class Redirect:
    to: str
    start: str | None
    end: str | None


@dataclass
class KnowledgeBase:
    actors: dict[str, Actor] = field(default_factory=dict)
    roles: dict[str, list[DatedRole]] = field(default_factory=dict)
    names: dict[str, list[NameEntry]] = field(default_factory=dict)
    redirects: dict[str, list[Redirect]] = field(default_factory=dict)
    branches: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # id -> (branch, ISO3)
    capitals: dict[str, str] = field(default_factory=dict)  # capital name -> ISO3
    capital_of: dict[str, str] = field(default_factory=dict)  # ISO3 -> capital name
    # Curated demonyms of three letters or fewer, as spelt ("Lao"): the acronym keys read a
    # title-case word of three letters only where two of them are capitals ("Us" is a word), so
    # these are matched by their exact spelling instead (round r30, args34).
    short_demonyms: set[str] = field(default_factory=set)
    max_name_tokens: int = 1
    # First PREFIX_LETTERS letters of every key -> the most tokens a name with them can span:
    # lets the matcher skip the tokens no name starts with (see `matching`).
    prefix_tokens: dict[str, int] = field(default_factory=dict)
    _cache: dict[str, Any] = field(default_factory=dict)  # indexes built lazily (fuzzy, agents)
    # Phoenix records stay raw JSON lines until asked for: building 25k Actor objects up front
    # would take most of the load time, and a document names a handful of them. One string per
    # record (not a parsed dict of lists) keeps the table small in the parent and in forked workers.
    _raw: dict[str, str] = field(default_factory=dict)
    # Aliases documents stated ("the BLF" for "Baloch Liberation Front"), by name key: read from
    # the store at run time (`learn`), never written into the shipped data files.
    learnt: dict[str, Any] = field(default_factory=dict)

    def get(self, actor_id: str) -> Actor | None:
        if actor_id not in self.actors and actor_id in self._raw:
            _add_actor(self, json.loads(self._raw.pop(actor_id)), priority=None)
        return self.actors.get(actor_id)

    def all(self) -> list[Actor]:
        for actor_id in list(self._raw):
            self.get(actor_id)
        return list(self.actors.values())

    def person_names(self) -> dict[str, list[str]]:
        """Every person's names (name and aliases) -> actor ids: the fuzzy matcher's candidates."""
        if "person_names" not in self._cache:
            out: dict[str, list[str]] = {}
            records = [(a.actor_id, a.kind, [a.name, *a.aliases]) for a in self.actors.values()]
            raw = (json.loads(line) for line in self._raw.values())
            records += [
                (r["id"], r.get("kind", ""), [r["name"], *r.get("aliases", [])]) for r in raw
            ]
            for actor_id, kind, names in records:
                if kind == "person":
                    for n in names:
                        out.setdefault(n, []).append(actor_id)
            self._cache["person_names"] = out
        return self._cache["person_names"]

    def lookup(self, text: str) -> list[NameEntry]:
        """Actors a span's text names, best first (empty when none)."""
        for key in lookup_keys(text):
            if key in self.names:
                return self._curated_without_article(text) or self._spelt_capital_first(
                    text, self.names[key]
                )
        if text.strip() in self.short_demonyms:
            # "Lao police": a short demonym spelt as curated names its state only
            entries = self.names.get("=" + letters_of(text).upper(), [])
            return [e for e in entries if e.kind == "name" and e.actor_id.isupper()]
        # Plural demonyms ("Iraqis", "Algerians"): Phoenix lists the singular.
        if text.endswith("s") and text[:1].isupper() and len(text) > 4 and " " not in text:
            entries = self.names.get(text[:-1].lower(), [])
            return [e for e in entries if "." not in e.actor_id and ":" not in e.actor_id]
        return []

    def _curated_without_article(self, text: str) -> list[NameEntry]:
        """Our own (curated) actors a name names without its leading "The": Phoenix lists "The
        European Union", "The Islamic State" and "The Un" as organisations of their own beside
        the curated European Union, Islamic State and United Nations, so a sentence opening with
        the article named a second EU, and the network held two (stop 68, lead, probes of our
        own). Empty when the text has no article or the rest names no curated actor."""
        if text[:4].lower() != "the " or len(text) < 6:
            return []
        rest = self.names.get(name_key(text[4:]), [])
        return [e for e in rest if e.priority == 0 and e.kind == "name"]

    def _spelt_capital_first(self, text: str, entries: list[NameEntry]) -> list[NameEntry]:
        """Two capitals can share an index key, differing only in spaces or hyphens
        ("Georgetown", Guyana / "George Town", Cayman Islands; "Basseterre" / "Basse-Terre"):
        the one state whose capital is spelt as the text (case aside: datelines) comes first. Capitals spelt
        alike ("Kingston": Jamaica, Norfolk Island) keep the index's order."""
        spelt = [
            e for e in entries
            if e.kind == "seat"
            and self.capital_of.get(e.actor_id.split(".")[0], "").lower() == text.strip().lower()
        ]
        seats = [e for e in entries if e.kind == "seat"]
        if len(spelt) != 1 or len(seats) < 2:
            return entries
        return sorted(entries, key=lambda e: e is not spelt[0])

    def lookup_id_entries(self, actor_id: str) -> list[NameEntry]:
        """The index entries of one actor's own name (to tell curated from Phoenix-only)."""
        actor = self.get(actor_id)
        if actor is None:
            return []
        return [e for e in self.lookup(actor.name) if e.actor_id == actor_id] or [
            NameEntry(
                actor_id, "name", 2 if actor.source and actor.source.startswith("phoenix") else 0
            )
        ]

    def add_name(self, name: str, entry: NameEntry) -> None:
        key = name_key(name)
        if not key:
            return
        entries = self.names.get(key)
        if entries is None:
            self.names[key] = [entry]
        elif all(e.actor_id != entry.actor_id for e in entries):
            entries.append(entry)
            entries.sort(key=lambda e: e.priority)
        # spaCy splits on spaces and punctuation: an upper bound on the name's token count.
        n_tokens = min(12, name.count(" ") + 1 + 2 * sum(name.count(c) for c in "-.'("))
        if n_tokens > self.max_name_tokens:
            self.max_name_tokens = n_tokens
        # Slack for what a text adds between a name's words: a comma, a line break.
        bound = min(12, n_tokens + 2)
        prefix = key.lstrip("=").lower()[:PREFIX_LETTERS]
        if bound > self.prefix_tokens.get(prefix, 0):
            self.prefix_tokens[prefix] = bound

    def learn(self, aliases: Any) -> None:
        """Take aliases documents stated (`actors.aliases.LearntAlias`, e.g. from
        `Store.learnt_aliases()`): an unknown name that is one of them takes its actor. They
        replace what was learnt before (the KB is shared by every run of a process: one
        database's aliases must not leak into another's). The first statement of a name wins;
        the shipped data files are not touched."""
        self.learnt = {}
        for a in aliases:
            key = name_key(a.alias)
            if key and key not in self.learnt:
                self.learnt[key] = a

    def dated_roles(self, actor_id: str) -> list[DatedRole]:
        self.get(actor_id)
        return self.roles.get(actor_id, [])

    def redirect(self, actor_id: str, day: str) -> str:
        """Who holds `actor_id` de facto on `day` (the Taliban hold AFG.GOV since 2021-08-15)."""
        for r in self.redirects.get(actor_id, []):
            if (r.start is None or r.start <= day) and (r.end is None or day <= r.end):
                return r.to
        return actor_id


_LETTERS = re.compile(r"[^\w]+")
PREFIX_LETTERS = 4


def letters_of(text: str) -> str:
    """The letters and digits of a text, in their case."""
    return _LETTERS.sub("", text).replace("_", "")


def name_key(name: str) -> str:
    """Index key: letters and digits only. Short acronyms keep their case ("US" is not "us")."""
    letters = letters_of(name)
    if not letters:
        return ""
    if len(letters) <= 3 or (letters.isupper() and len(letters) <= 5):
        return "=" + letters.upper() if len(letters) <= 3 else "=" + letters
    return letters.lower()


def lookup_keys(text: str) -> list[str]:
    letters = letters_of(text)
    if not letters:
        return []
    keys = []
    if letters.isupper() and len(letters) <= 5:
        keys.append("=" + letters)
    elif len(letters) <= 3 and sum(c.isupper() for c in letters) >= 2:
        keys.append("=" + letters.upper())  # mixed-case acronyms: "JuA"; but "Us" is a word
    if len(letters) > 3:
        keys.append(letters.lower())
    return keys


def today() -> str:
    return date.today().isoformat()


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _dated_roles(records: list[Any]) -> list[DatedRole]:
    return [
        DatedRole(r[0], r[1], r[2], None, r[3], r[4])
        if isinstance(r, list)  # Phoenix's compact [code, country, sector, start, end]
        else DatedRole(
            title=str(r.get("title") or ""),
            country=r.get("country"),
            sector=r.get("sector"),
            organisation=r.get("organisation"),
            start=str(r["start"]) if r.get("start") else None,
            end=str(r["end"]) if r.get("end") else None,
        )
        for r in records
    ]


def current_role(roles: list[DatedRole], day: str) -> DatedRole | None:
    """The role that says most about its holder on `day`: a held one (latest started, with a
    sector), else the last one held before `day` (a former minister keeps a country), else any."""
    held = [r for r in roles if r.holds_on(day)]
    with_sector = [r for r in held if r.sector] or held
    if with_sector:
        return max(with_sector, key=lambda r: r.start or "")
    past = [r for r in roles if r.end and r.end < day and r.country]
    if past:
        return max(past, key=lambda r: (r.sector is not None, r.end or ""))
    return roles[0] if roles else None


def _add_states(kb: KnowledgeBase, states: list[dict[str, Any]], extra: dict[str, Any]) -> None:
    for s in states:
        iso3 = s["id"]
        more = extra.get(iso3, {})
        source = s["source"] + (f"; {more['source']}" if more.get("source") else "")
        kb.actors[iso3] = Actor(
            actor_id=iso3,
            name=s["name"],
            kind="state",
            country=iso3,
            wikidata=more.get("wikidata"),
            aliases=list(s.get("aliases", [])) + list(more.get("demonyms", [])),
            source=source,
        )
        kb.add_name(s["name"], NameEntry(iso3, "name", 1))
        kb.short_demonyms |= {d for d in more.get("demonyms", []) if len(letters_of(d)) <= 3}
        for alias in kb.actors[iso3].aliases:
            kb.add_name(alias, NameEntry(iso3, "name", 1))
        for sector in SECTORS:
            if sector in {"IGO", "TER"}:
                continue
            sub_id = f"{iso3}.{sector}"
            kb.actors[sub_id] = Actor(
                actor_id=sub_id,
                name=f"{s['name']} ({SECTOR_LABELS[sector]})",
                kind=SECTOR_KINDS.get(sector, "other"),
                country=iso3,
                sector=sector,
                source="derived: every state has one actor per sector",
            )
        if s.get("capital"):
            kb.capitals[s["capital"]] = iso3
            kb.capital_of[iso3] = s["capital"].strip()
            kb.add_name(s["capital"], NameEntry(f"{iso3}.GOV", "seat", 1))


def _add_actor(kb: KnowledgeBase, r: dict[str, Any], priority: int | None) -> None:
    """Add a record as an Actor; `priority` None: its names are already indexed."""
    roles = _dated_roles(r.get("roles", []))
    now = current_role(roles, today())
    actor = Actor(
        actor_id=r["id"],
        name=r["name"],
        kind=r.get("kind", "other"),
        country=now.country if now else r.get("country"),
        sector=now.sector if now else r.get("sector"),
        wikidata=r.get("wikidata"),
        aliases=list(r.get("aliases", [])),
        roles=[Role(x.title, x.organisation, x.start, x.end, x.country, x.sector) for x in roles],
        source=r.get("source"),
    )
    kb.actors[actor.actor_id] = actor
    kb.roles[actor.actor_id] = roles
    if priority is not None:
        for name in [actor.name, *actor.aliases]:
            kb.add_name(name, NameEntry(actor.actor_id, "name", priority))


def build(data_dir: Path = DATA_DIR) -> KnowledgeBase:
    kb = KnowledgeBase()
    curated = yaml.safe_load((data_dir / "curated.yaml").read_text(encoding="utf-8"))
    _add_states(kb, _read_jsonl(data_dir / "states.jsonl"), {s["id"]: s for s in curated["states"]})
    with (data_dir / "phoenix_actors.jsonl").open(encoding="utf-8") as f:
        lines = [line.strip() for line in f if line.strip()]
    for line in lines:
        r = json.loads(line)
        kb._raw[r["id"]] = line
        for name in [r["name"], *r.get("aliases", [])]:
            kb.add_name(name, NameEntry(r["id"], "name", 2))
    for r in curated["actors"]:
        kb._raw.pop(r["id"], None)
        _add_actor(kb, r, priority=0)
    for seat in curated["seats"]:
        kb.add_name(seat["name"], NameEntry(seat["actor"], "seat", 0))
    for r in curated["redirects"]:
        kb.redirects.setdefault(r["actor"], []).append(
            Redirect(r["to"], str(r["start"]) if r.get("start") else None, r.get("end"))
        )
    for b in curated["branches"]:
        kb.branches.setdefault(b["actor"], []).append((b["branch"], b["country"]))
    return kb


@lru_cache(maxsize=1)
def load_kb() -> KnowledgeBase:
    """The knowledge base, once per process: built, or read from the build cache when its data
    and code are unchanged (`realpolitik.buildcache`)."""
    from realpolitik import buildcache

    here = Path(__file__).resolve().parent
    return buildcache.cached("kb", build, [DATA_DIR, here, here.parent / "model.py"])
