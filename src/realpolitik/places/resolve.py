"""Resolving place-name spans to gazetteer places, from the population and the document.

A name's candidates are scored `log10(population)`, plus bonuses when the candidate lies in a
country or US state the document is about (ones it names, and those of names with a single
reading) and when it lies near the document's other places (spatial coherence, a second pass),
minus a penalty when only an alternate name matched. "City, State" keeps only the readings
inside the container, and that reading then holds for the name throughout the document.
The first grid (context 1-3, alias penalty 0.5-1.5, admin1 prior 1e5-1e6, country bonus 0.5-1)
was flat (0.911-0.915 of found names); for issue 10 a grid on the tune part of GeoWebNews over
alias penalty 1-2, division bonus 1-2.5 and context bonus 1-2.5 gave all-gold accuracy
0.666-0.693, best at the values below. Re-run `realpolitik eval geo` after any change.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable

from spacy.tokens import Doc

from realpolitik.model import ActorMention, Document, Place, PlaceMention
from realpolitik.nlp.token_columns import token_columns
from realpolitik.places.distance import haversine_km, km_between
from realpolitik.places.facilities import TOWN_PRECISIONS, gathering_town, place_facilities
from realpolitik.places.gazetteer import (
    DIVISION_WORDS,
    Entry,
    Gazetteer,
    load_gazetteer,
    word_list,
)
from realpolitik.places.names import name_key
from realpolitik.places.recognize import (
    COMPASS_WORDS,
    FACILITY_SOURCES,
    Span,
    place_spans,
    token_after,
)

# Being in one of the document's countries is worth 100x the population ("Hyderabad" in a text
# about Pakistan is Hyderabad, Sindh, though Hyderabad, India is 3.6x larger).
CONTEXT_BONUS = 1.5
# ... in full only for a country with at least this many of the document's names: a single
# mention ("Queens" in a club's name) is weak evidence (tune part: +0.001 all-gold at 2 and 3).
CONTEXT_FULL_AT = 2
# GeoNames' alternate names include historic and foreign names that are another place's
# ordinary name: an alias match is worth 10x less than an official-name match.
ALIAS_PENALTY = 1.0
# A country name means the country, whatever small town shares it.
COUNTRY_BONUS = 1.0
# Stand-ins for population where the gazetteer has none: "as likely as a city of N people".
PRIOR_POPULATION = {
    "admin1": 300_000, "county": 10_000, "small": 1_000_000, "continent": 100_000_000,
}  # fmt: skip

# A division the document names or its unambiguous places lie in: worth 30x the population.
ADMIN1_BONUS = 1.5

# Spatial coherence: a reading near the document's other places (their first readings) gains up
# to NEAR_BONUS, in proportion to the share of them within NEAR_KM. Tried 1.5 and 3 on the tune
# part of GeoWebNews: 0.726 and 0.727 all-gold accuracy, flat; the smaller pull is kept.
NEAR_BONUS = 1.5
NEAR_KM = 200.0
# Readings are chosen against the previous pass's: one more pass lets a county or town follow
# the others once they have settled ("Franklin police ... Brentwood ... the Williamson County
# sheriff ... Nashville": Tennessee, not the larger Williamson County, Texas). Tune part of
# GeoWebNews: 1, 2 and 3 passes flat (0.866); kept for local news, where most names are small
# towns whose first readings are another state's.
COHERENCE_PASSES = 2
# A county reading holding a town the document names (within `COUNTY_REACH_KM` of the county's
# point) beats a same-named county elsewhere: "Suffolk County detectives" in a text about
# Southold is Suffolk County, New York, though Boston's Suffolk County lies within `NEAR_KM` of
# Southold too. Eighth round, tune part of GeoWebNews: +3 names with 0.5, 1.0 and 2.0 alike.
COUNTY_TOWN_BONUS = 1.0
_COUNTY_KINDS = {"county", "admin2"}
# A town reading within CLOSE_KM of a town the document's other names first read as gains
# CLOSE_BONUS more: a namesake that close is much stronger evidence than one within NEAR_KM
# (few towns share a name with a town a half-hour's drive away), strong enough to beat a far
# namesake up to 10^(NEAR_BONUS + CLOSE_BONUS) times larger ("firefighters from Dundee ... a
# Perth warehouse": Perth, Scotland, 30 km from Dundee, not Perth, Western Australia, 50x its
# size).
# Only towns count both ways (a state's or country's point says nothing of its towns), and the
# anchors are other names' readings chosen before (not each other's namesakes: a pair of
# same-named neighbours moving together put "Peru" and "Mexico" in Indiana, seventh round).
# Eleventh round, on the tune parts only (GeoWebNews tune 1,301 names; own sets 1-3 tune 73,
# 91, 86): GeoWebNews flat (1159) at 25-100 km with bonus 1.0 and at 75 km with 0.5, -1 at 75 km
# with 1.5 and 2.0 (a "Florida" mention moved); own set 3 +2 (Perth) from 50 km, own set 2 +1
# from 75 km with 1.0; 25 km gained nothing (Perth is 30 km from Dundee). A name with a region
# or country reading takes no close pull (at 75 km "Middle East" went to a Baltimore
# neighbourhood; see `find_places`, `towns_only`).
CLOSE_KM = 75.0
CLOSE_BONUS = 1.0

# After "Name, Container": " and Name" continues a list of places.
_LIST_GOES_ON = re.compile(r",?\s+(?:and|or)\s+[A-Z]")

Candidates = list[tuple[Entry, bool]]
Found = tuple[Span, Candidates]

__all__ = ["Gazetteer", "find_places", "load_gazetteer"]


def _country_division_names(gazetteer: Gazetteer) -> dict[str, set[str]]:
    """Country names that are also first-level divisions elsewhere -> the countries holding them
    ("Georgia" -> {"USA"})."""
    out: dict[str, set[str]] = {}
    for entry in gazetteer.countries.values():
        holders = {
            e.country
            for e in gazetteer.primary.get(name_key(entry.name), ())
            if e.kind == "admin1" and e.country and e.country != entry.country and not e.derived
        }
        if holders:
            out[entry.name] = holders
    return out


# Per gazetteer (by id: one is loaded per process), built on first use.
_COUNTRY_DIVISION_NAMES: dict[int, dict[str, set[str]]] = {}


def find_places(
    doc: Document, sdoc: Doc, gazetteer: Gazetteer, actors: list[ActorMention]
) -> list[PlaceMention]:
    """Every place-name mention in the document resolved to a place (metonymic uses included)."""
    if id(gazetteer) not in _COUNTRY_DIVISION_NAMES:
        _COUNTRY_DIVISION_NAMES[id(gazetteer)] = _country_division_names(gazetteer)
    divisions = _COUNTRY_DIVISION_NAMES[id(gazetteer)]
    spans = place_spans(sdoc, gazetteer)
    facilities = [span for span in spans if span.source in FACILITY_SOURCES]
    found = [(s, _candidates(s, gazetteer)) for s in spans if s.source not in FACILITY_SOURCES]
    found = [(span, cands) for span, cands in found if cands]
    found = _contained(doc.text, found)
    # A state or country a building's name holds ("a University of Maine student") tells what
    # the document is about, as if named alone.
    held = [f for f in (_division_held(s, gazetteer) for s in facilities) if f is not None]
    context = document_countries(found + held)
    context.update(actor_countries(actors, found))
    regions = document_admin1(found + held)
    british = is_british_text(sdoc)
    # ... and an American text, unless its own places point to another country first (an
    # American outlet's report from England keeps Birmingham English; fifth round: tune flat,
    # the hint was +2 tune / -3 check as it stood).
    american = (
        not british
        and is_american_text(sdoc)
        and (not context or context.most_common(1)[0][0] == "USA")
    )
    # A name read only inside organisations' names ("the Venice Commission") is pulled by the
    # country the document is mostly about, not by one it names in passing: a body named for a
    # town is named for that town's best-known reading, and a story about Ukraine naming the US
    # as a donor four times says nothing of which Venice the commission meets in.
    main_context = Counter(dict(context.most_common(1)))
    inner_only = {
        key
        for key in {name_key(span.lookup_name) for span, _ in found}
        if all(span.source == "inner" for span, _ in found if name_key(span.lookup_name) == key)
    }
    chosen: dict[str, Entry] = {}  # one sense per name and document, decided by its first pair
    for span, cands in found:
        if span.source == "pair" and len(cands) == 1 and not _names_division(cands[0][0], regions):
            chosen.setdefault(name_key(span.lookup_name), cands[0][0])

    def pick(cands: Candidates, anchors: list[Entry], inner: bool = False) -> Entry:
        # (the American hint moves towns only: no "Middle East" neighbourhood of Baltimore)
        towns_only = not any(e.kind in {"small", "country", "continent"} for e, _ in cands)
        countries = main_context if inner else context
        return max(
            cands,
            key=lambda c: (
                score(c[0], c[1], countries, regions, anchors, divisions, close=towns_only)
                + (BRITISH_BONUS if british and c[0].country == "GBR" else 0.0)
                + (BRITISH_BONUS if american and towns_only and c[0].country == "USA" else 0.0)
            ),
        )[0]

    first = {
        key: pick(cands, [], key in inner_only)
        for key, cands in ((name_key(span.lookup_name), cands) for span, cands in found)
    }
    # Spatial coherence: a second pass prefers readings near the other names' first readings.
    anchors = [e for e in first.values() if e.kind != "country" and e.kind != "continent"]
    for _ in range(COHERENCE_PASSES - 1):
        first = {
            key: pick(cands, [a for a in anchors if a is not first[key]], key in inner_only)
            for key, cands in {name_key(span.lookup_name): cands for span, cands in found}.items()
        }
        anchors = [e for e in first.values() if e.kind != "country" and e.kind != "continent"]
    bests = []
    for span, cands in found:
        key = name_key(span.lookup_name)
        best = chosen.get(key)
        if best is None or best not in [e for e, _ in cands]:
            best = pick(cands, [a for a in anchors if a is not first[key]], key in inner_only)
        bests.append(best)
    bests = _as_their_list(doc.text, found, bests)
    bests = _in_their_town(doc.text, found, bests, gazetteer)
    bests = _in_their_division(doc.text, found, bests)
    bests = _nearby(doc.text, found, bests)
    bests, said = _said_to_be_towns(doc.text, found, bests)
    bests = _close_pairs(found, bests, set(chosen) | said)
    bests = _other_names_far(found, bests)
    bests = _foreign_other_names(found, bests, context, gazetteer)
    bests = _compass_parts_far(found, bests)
    bests = _short_for_its_county(found, bests)
    bests = _division_by_its_word(doc.text, found, bests)
    acting = {m.country for m in actors if m.country and not m.country_from_context}
    mentions = [
        _mention(doc, span, best)
        for (span, _), best in zip(found, bests, strict=True)
        if not _namesake_of_an_island(sdoc, span, best, acting)
    ]

    # A building named for a place ("Windsor Castle", "University of Alberta") lies there.
    starts = {m.char_start: m.place for m in mentions}

    towns = [
        (m.place.lat, m.place.lon)
        for m in mentions
        if m.place.precision in TOWN_PRECISIONS and m.place.lat is not None and m.place.lon is not None
    ]

    def named(f: Span) -> Place | None:
        inside = _named_inside(f, gazetteer, lambda c: pick(c, anchors))
        if (
            inside is not None
            and inside.precision in TOWN_PRECISIONS
            and inside.lat is not None
            and inside.lon is not None
            and towns
            and all(haversine_km(inside.lat, inside.lon, *t) > FAR_NAMESAKE_KM for t in towns)
        ):
            # "Detroit Lake" in a text about Salem, Oregon; "Windsor Castle" in one about
            # Berkshire: a building named for a town far from every town the document names
            # lies in the document's town (found below), not in its namesake. A state's or
            # country's name stays ("University of California" in a text about Florida).
            inside = None
        name = sdoc.char_span(f.start, f.end) if f.source == "building" else None
        if name is not None and (town := gathering_town(name, gazetteer)) is not None:
            # "Munich Security Conference": a gathering lies in the town it is named for, not
            # the document's first town ("... in Singapore" after it still wins, below).
            inside = pick(gazetteer.lookup(town), anchors).place()
        if (division := _division_after(doc.text, f, starts)) is not None:
            # "Sentara Norfolk General Hospital in Virginia": in the text's Virginia, at the
            # town its name holds when that lies there (no town "Virginia" looked up).
            return inside if _lies_in(inside, division) else division
        return (
            _town_after(
                doc.text, f, gazetteer, lambda c: pick(c, anchors), facility_starts, towns_after
            )
            or inside
        )

    # The town right after a facility (", Owerri", " in Tiptree") is a place the text names too
    # ("the Federal University of Technology, Owerri": spaCy tags the town a person; ninth
    # round, GeoWebNews tune +1, precision flat); kept unless a mention or facility holds it.
    towns_after: list[tuple[int, int, Place]] = []

    # (the start of another facility's name after a comma is the next of a list, not a town)
    facility_starts = {f.start for f in facilities if f.source != "local"}
    inner = [(f.start, f.end, named(f)) for f in facilities]
    taken = [(m.char_start, m.char_end) for m in mentions]
    taken += [(f.start, f.end) for f in facilities]
    for start, end, place in towns_after:
        if not any(a < end and start < b for a, b in taken):
            text = doc.text[start:end]
            mentions.append(PlaceMention(doc.doc_id, start, end, text, place))
            taken.append((start, end))
    mentions += place_facilities(doc.text, inner, mentions, doc.doc_id)
    return sorted(mentions, key=lambda m: m.char_start)


# ("on Oak Lane in unincorporated Cobb County": the county holds no town of its own name)
_TOWN_AFTER = re.compile(
    r"(?:,|\s+in|\s+at)\s+(?:unincorporated\s+)?((?:[A-Z][\w'\u2019.-]*\s?){1,3})"
)


MONTH_NAMES = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec",
}  # fmt: skip


def _town_after(
    text: str,
    facility: Span,
    gazetteer: Gazetteer,
    pick: Callable[[Candidates], Entry],
    facility_starts: set[int],
    named_towns: list[tuple[int, int, Place]] | None = None,
) -> Place | None:
    """A town named right after a facility that no other rule took as a place ("the Federal
    University of Technology, Owerri", "a depot in Tiptree"); not the next name of a list of
    facilities ("Florida Atlantic University, California Polytechnic State University": no
    town California, Maryland). The town found is added, with its offsets, to `named_towns`."""
    m = _TOWN_AFTER.match(text, facility.end)
    if m is None or m.start(1) in facility_starts:
        return None
    words = m.group(1).split()
    if words and words[0].rstrip(".,") in MONTH_NAMES:
        return None  # "a launch at Tyler Bosworth in May": a date, no town
    for length in range(len(words), 0, -1):
        name = " ".join(words[:length]).rstrip(".,")
        cands = [(e, p) for e, p in gazetteer.lookup(name) if e.kind in {"city", "small"}]
        if cands:
            place = pick(cands).place()
            if named_towns is not None:
                named_towns.append((m.start(1), m.start(1) + len(name), place))
            return place
    return None


_LIST_JOINER = re.compile(r"^\s*(?:,|,?\s*(?:and|or))\s*$")


def _as_their_list(text: str, found: list[Found], bests: list[Entry]) -> list[Entry]:
    """A name listed beside states reads as a state ("California or Washington", "Georgia and
    Alabama"): a list holds one kind of place, so a name with a first-level-division reading
    in the country of a neighbour that is one takes that reading."""
    out = list(bests)
    for i, (span, cands) in enumerate(found):
        if out[i].kind == "admin1":
            continue
        for j in (i - 1, i + 1):
            if not 0 <= j < len(found):
                continue
            other, neighbour = found[j][0], bests[j]
            gap = text[min(span.end, other.end) : max(span.start, other.start)]
            if neighbour.kind != "admin1" or not _LIST_JOINER.match(gap):
                continue
            same = [
                e for e, p in cands if e.kind == "admin1" and p and e.country == neighbour.country
            ]
            if same:
                out[i] = same[0]
                break
    return out


# "X in <town>", "X's Village in <town>": the rest of X's name may stand before "in".
_IN_BETWEEN = re.compile(r"^(?:\s*[A-Z][\w'\u2019-]*)*\s+in\s+$")


# A name followed by the lower-case word for a first-level division ("from a school in Kaduna
# state", "in Balkh province", "in the Tillaberi region": region and governorate since stop 51's
# lead, as recognition now takes such names, `recognize._named_as_division`): recognition leaves
# the word outside the name (an upper-case "Kaduna State" is looked up whole), and the town named
# like the division otherwise wins by population. The words are the gazetteer's own for a
# first-level division (`DIVISION_WORDS`).
_DIVISION_WORD_AFTER = re.compile(r"\s+(?:" + "|".join(DIVISION_WORDS["admin1"]) + r")\b")


def _division_by_its_word(text: str, found: list[Found], bests: list[Entry]) -> list[Entry]:
    """A name the text calls a state, province, region or governorate is that country's
    first-level division of the name ("in Kaduna state": Kaduna State, not the city Kaduna), when
    it has exactly one."""
    out = list(bests)
    for k, ((span, cands), best) in enumerate(zip(found, bests, strict=True)):
        word = _DIVISION_WORD_AFTER.match(text, span.end)
        if word is not None and best.kind == "admin1":
            # "in Plateau state": Nigeria's "Plateau State", not Benin's Plateau department, the
            # first-level division that wins by population; only a division the gazetteer names
            # with the very word (stop 53 lead, probes of our own)
            named = f"{span.lookup_name} {word.group().strip()}".casefold()
            whole = [e for e, _ in cands if e.kind == "admin1" and e.name.casefold() == named]
            out[k] = whole[0] if len(whole) == 1 else best
            continue
        if best.kind in {"admin1", "country", "continent"}:
            continue  # "the Mexico state oil company": a country's "state" is its government
        if word is None:
            continue
        divisions = [e for e, _ in cands if e.kind == "admin1" and e.country == best.country]
        if not divisions:  # "in the Gedo region": Somalia's region, not a town in Ethiopia
            divisions = [e for e, _ in cands if e.kind == "admin1"]
        if len(divisions) == 1:
            out[k] = divisions[0]
    return out


def _in_their_town(
    text: str, found: list[Found], bests: list[Entry], gazetteer: Gazetteer
) -> list[Entry]:
    """'Eva's Village in Paterson', 'the Fishtown neighborhood in Philadelphia': a little-known
    name right before "in <town>" lies in that town. It takes its reading within
    `COUNTY_REACH_KM` of the town, else the town's point under its own name (as a facility does);
    a well-known name keeps its reading ("Tehran in Syria" is an actor's role, not a place)."""
    out = list(bests)
    for i in range(len(found) - 1):
        (span, cands), (after, _) = found[i], found[i + 1]
        town, best = bests[i + 1], bests[i]
        if town.kind != "city" or best.kind not in {"city", "small"}:
            continue
        if (
            not _IN_BETWEEN.match(text[span.end : after.start])
            or km_between(best, town) <= COUNTY_REACH_KM
        ):
            continue
        if gazetteer.is_prominent(span.lookup_name):
            continue
        near = [
            e for e, _ in cands if e.kind in {"city", "small"} and km_between(e, town) <= COUNTY_REACH_KM
        ]
        out[i] = (
            max(near, key=lambda e: e.population)
            if near
            else town._replace(name=span.lookup_name, geonames_id=None, population=0)
        )
    return out


# "Palma, in Cabo Delgado province": the name and its division may stand a comma apart.
_IN_DIVISION_BETWEEN = re.compile(r"^(?:\s*[A-Z][\w'\u2019-]*)*,?\s+in\s+$")


def _in_their_division(text: str, found: list[Found], bests: list[Entry]) -> list[Entry]:
    """'Cordoba in Veracruz state', 'the port town of Palma in Cabo Delgado province': a town
    named right before "in <first-level division>" lies in that division. It takes its most
    populous reading there, else (a town the gazetteer lacks, whose namesake abroad won) the
    division's point under its own name, at the division's precision: the text says no more.
    Only towns move, and only into a division (a country after "in" may be a role: "Tehran in
    Syria")."""
    out = list(bests)
    for i in range(len(found) - 1):
        (span, cands), (after, _) = found[i], found[i + 1]
        division, best = bests[i + 1], bests[i]
        if division.kind != "admin1" or best.kind not in _TOWN_KINDS | _COUNTY_KINDS:
            continue
        if not _IN_DIVISION_BETWEEN.match(text[span.end : after.start]) or _within(best, division):
            continue
        inside = [e for e, _ in cands if e.kind in _TOWN_KINDS and _within(e, division)]
        out[i] = (
            max(inside, key=lambda e: e.population)
            if inside
            else division._replace(name=span.lookup_name, geonames_id=None, population=0)
        )
    return out


# "nearby Pekin and Washington", "neighboring Albany": the towns lie near another place of the
# document, within this distance (a town's neighbours; as a county's reach).
NEARBY_KM = 80.0  # as COUNTY_REACH_KM
_NEARBY_CUE = re.compile(r"\b(?:nearby|neighbou?ring)\s+$", re.IGNORECASE)
_TOWN_KINDS = {"city", "small"}


def _nearby(text: str, found: list[Found], bests: list[Entry]) -> list[Entry]:
    """Towns the text calls nearby or neighbouring ("residents of nearby Pekin and Washington",
    "in neighboring Albany") lie near another place the document names: each takes its reading
    within `NEARBY_KM` of one of the other names' readings, the chosen one if it is near, else
    the most populous reading of another name that has all of them near (which that name then
    takes everywhere: "Peoria" with nearby Pekin and Washington is Peoria, Illinois). A name with
    no town reading so near keeps its reading ("Istanbul and neighbouring Greece")."""
    out = list(bests)
    i = 0
    while i < len(found):
        span = found[i][0]
        if not _NEARBY_CUE.search(text[max(0, span.start - 20) : span.start]):
            i += 1
            continue
        group = [i]  # ... and the names listed after it ("nearby Pekin and Washington")
        while group[-1] + 1 < len(found) and _LIST_JOINER.match(
            text[found[group[-1]][0].end : found[group[-1] + 1][0].start]
        ):
            group.append(group[-1] + 1)
        keys = {name_key(found[g][0].lookup_name) for g in group}
        others = [k for k in range(len(found)) if name_key(found[k][0].lookup_name) not in keys]
        _place_near(found, out, group, others)
        i = group[-1] + 1
    return out


def _place_near(found: list[Found], out: list[Entry], group: list[int], others: list[int]) -> None:
    """`_nearby` for one group: move its names (and at most one other name) to readings near."""

    def near(anchor: Entry) -> list[Entry] | None:
        picks = []
        for g in group:
            close = [
                e for e, _ in found[g][1] if e.kind in _TOWN_KINDS and km_between(e, anchor) <= NEARBY_KM
            ]
            if not close:
                return None
            picks.append(max(close, key=lambda e: e.population))
        return picks

    for k in others:  # the readings already chosen first
        if out[k].kind in _TOWN_KINDS | {"county"} and (picks := near(out[k])) is not None:
            for g, pick in zip(group, picks, strict=True):
                out[g] = pick
            return
    best: tuple[int, Entry, list[Entry]] | None = None
    for k in others:
        for entry, primary in found[k][1]:
            if not primary or entry.kind not in _TOWN_KINDS or entry is out[k]:
                continue
            if (picks := near(entry)) is not None and (
                best is None or entry.population > best[1].population
            ):
                best = (k, entry, picks)
    if best is None:
        return
    k, entry, picks = best
    for g, pick in zip(group, picks, strict=True):
        out[g] = pick
    key = name_key(found[k][0].lookup_name)
    for j, (span, cands) in enumerate(found):
        if name_key(span.lookup_name) == key and entry in [e for e, _ in cands]:
            out[j] = entry


# A name whose chosen reading lies continents away from another name's chosen town, while it
# has a town reading within PAIR_KM of that town, is that neighbouring town: "firefighters from
# Moscow and Pullman" (Moscow, Idaho, 13 km from Pullman, Washington; not Russia's capital).
# Only one name moves, onto the other's reading: moving both to a pair of same-named neighbours
# put "Peru" and "Mexico" in Indiana and "Houston" and "Washington" in Pennsylvania (GeoWebNews
# tune, -10 names). A country name keeps the country (as COUNTRY_BONUS), and so does a reading
# another name of the document shares its country with ("Moscow ... St. Petersburg").
PAIR_KM = 25.0
PAIR_FAR_KM = 1000.0
_GRID_DEG = 0.5  # cells for the search: 0.5 degree of latitude is 55 km, over PAIR_KM


def _close_pairs(found: list[Found], bests: list[Entry], fixed: set[str]) -> list[Entry]:
    """Move a name onto the town reading next to another name's chosen town (see PAIR_KM);
    `fixed`: names a "City, State" pair settled, left alone."""
    keys = [name_key(span.lookup_name) for span, _ in found]
    firsts: dict[str, int] = {}
    for i, key in enumerate(keys):
        firsts.setdefault(key, i)
    anchors = [bests[i] for i in firsts.values() if bests[i].kind in _TOWN_KINDS]
    grid: dict[tuple[int, int], list[Entry]] = {}
    for e in anchors:
        grid.setdefault(_cell(e.lat, e.lon), []).append(e)
    moved: dict[str, Entry] = {}
    for key, i in firsts.items():
        if key in fixed or bests[i].kind == "country":
            continue
        towns = [e for e, primary in found[i][1] if primary and e.kind in _TOWN_KINDS]
        far = [a for a in anchors if a is not bests[i] and km_between(bests[i], a) > PAIR_FAR_KM]
        if not towns or not far:
            continue
        close = _closest_town(towns, grid, far)
        if close is not None and not _backed(i, close.country, keys, bests):
            moved[key] = close
    out = list(bests)
    for k, (_, cands) in enumerate(found):
        entry = moved.get(keys[k])
        if entry is not None and any(e is entry for e, _ in cands):
            out[k] = entry
    return out


# "Police in Lebanon and Hanover closed the road between the two towns": two names listed together
# in a sentence that calls them towns are towns, and neighbours when each has a town reading
# within PAIR_KM of the other's (Lebanon and Hanover, New Hampshire: not the country and the
# German city). Both move, unlike in `_close_pairs`, as the text itself says what they are; a
# pair whose chosen readings lie within PAIR_FAR_KM of each other is left as chosen.
_TOWNS_WORD = re.compile(r"\btowns\b", re.IGNORECASE)


def _said_to_be_towns(
    text: str, found: list[Found], bests: list[Entry]
) -> tuple[list[Entry], set[str]]:
    """The pairs of listed names a sentence calls towns, moved onto neighbouring town readings
    (above); also the keys of the names moved, which `_close_pairs` leaves alone."""
    keys = [name_key(span.lookup_name) for span, _ in found]
    moved: dict[str, Entry] = {}
    for i in range(len(found) - 1):
        (span, cands), (after, after_cands) = found[i], found[i + 1]
        if keys[i] == keys[i + 1] or not _LIST_JOINER.match(text[span.end : after.start]):
            continue
        start = text.rfind(".", 0, span.start) + 1
        end = text.find(".", after.end)
        if not _TOWNS_WORD.search(text[start : len(text) if end < 0 else end]):
            continue
        if km_between(bests[i], bests[i + 1]) <= PAIR_FAR_KM:
            continue
        pairs = [
            (a, b)
            for a, primary_a in cands
            if primary_a and a.kind in _TOWN_KINDS
            for b, primary_b in after_cands
            if primary_b and b.kind in _TOWN_KINDS and km_between(a, b) <= PAIR_KM
        ]
        if pairs:
            a, b = max(pairs, key=lambda p: p[0].population + p[1].population)
            moved[keys[i]], moved[keys[i + 1]] = a, b
    out = [moved.get(keys[k], best) for k, best in enumerate(bests)]
    return out, set(moved)


# ... of a town this small: a large city's other names are often its English ones ("Quebec
# City"); with any town, the tune part of GeoWebNews lost 3 names.
OTHER_NAME_SMALL = 10_000


def _other_names_far(found: list[Found], bests: list[Entry]) -> list[Entry]:
    """A name the gazetteer knows only as another name of a town more than FAR_NAMESAKE_KM from
    every other town the document names is a part of the nearest town named before it (else
    the first named): "a Buckhead nightclub ... Atlanta police" is no Sweet Home, Oregon (which
    GeoNames also calls Buckhead), but the Atlanta neighbourhood."""
    return _parts_of_named_towns(found, bests, _small_other_name)


def _small_other_name(item: Found, best: Entry) -> bool:
    # (a city's other name is often its English one: "Quebec City")
    _, cands = item
    return (
        not any(primary for _, primary in cands)
        and best.kind == "city"
        and best.population < OTHER_NAME_SMALL
    )


def _foreign_other_names(
    found: list[Found], bests: list[Entry], context: Counter[str], gazetteer: Gazetteer
) -> list[Entry]:
    """A name the gazetteer knows only as another name of a small town (`_small_other_name`) in a
    country the rest of the document never names, where the rest names one country most, is a
    place of that country, read at the country's precision: "clashes in Nasir" in a text about
    South Sudan is no Demirci, Turkey (which GeoNames also calls Nasir), and a South Sudanese
    village the gazetteer lacks lies in South Sudan (stop 71 lead, probes of wire text naming
    villages). The country's own context count leaves out the name's own readings."""
    out = list(bests)
    for k, item in enumerate(found):
        if not _small_other_name(item, bests[k]):
            continue
        rest = context - document_countries([item])
        ranked = rest.most_common(2)
        if not ranked or rest[bests[k].country or ""] or (
            len(ranked) > 1 and ranked[1][1] == ranked[0][1]
        ):
            continue
        country = gazetteer.countries.get(ranked[0][0])
        if country is not None:
            out[k] = country
    return out


def _compass_parts_far(found: list[Found], bests: list[Entry]) -> list[Entry]:
    """A name made of a compass word and a little-known place ("the Central West End") whose
    place lies more than FAR_NAMESAKE_KM from every other town the document names is a quarter
    of the nearest town named before it (else the first named), as in `_other_names_far`: not
    the district West End of Anguilla in a text about St. Louis. A well-known place keeps its
    reading ("Northeast Philadelphia", "East Jerusalem")."""
    return _parts_of_named_towns(found, bests, _little_known_compass_name)


def _little_known_compass_name(item: Found, best: Entry) -> bool:
    span, _ = item
    return (
        bool(span.name)
        and span.text.partition(" ")[0].lower() in COMPASS_WORDS
        and best.kind in {"city", "small", "admin1"}
        and best.population < OTHER_NAME_SMALL
    )


def _parts_of_named_towns(
    found: list[Found], bests: list[Entry], is_part: Callable[[Found, Entry], bool]
) -> list[Entry]:
    """Each name `is_part` admits whose reading lies more than FAR_NAMESAKE_KM from every other
    town the document names takes the reading of the nearest town named before it (else the
    first named): a part of that town, not a far namesake."""
    keys = [name_key(span.lookup_name) for span, _ in found]
    out = list(bests)
    for k, item in enumerate(found):
        if not is_part(item, bests[k]):
            continue
        others = [
            m for m in range(len(found)) if keys[m] != keys[k] and bests[m].kind in _TOWN_KINDS
        ]
        if not others or any(km_between(bests[k], bests[m]) <= FAR_NAMESAKE_KM for m in others):
            continue
        before = [m for m in others if found[m][0].start < item[0].start]
        out[k] = bests[before[-1] if before else others[0]]
    return out


# "the Suffolk Times" in a text that names Suffolk County, New York: the bare name is that
# county when its own reading lies farther than this from it (a namesake elsewhere: Suffolk,
# Virginia); a city inside its county ("Dallas" beside "Dallas County") keeps its reading.
# Thirteenth round, GeoWebNews tune part (a name found inside an organisation's name).
SHORT_COUNTY_FAR_KM = 161.0


def _short_for_its_county(found: list[Found], bests: list[Entry]) -> list[Entry]:
    """A bare name X read far from the county the document names as "X County" is that county."""
    counties = {
        name_key(span.lookup_name)[: -len(" county")]: bests[k]
        for k, (span, _) in enumerate(found)
        if bests[k].kind in _COUNTY_KINDS and name_key(span.lookup_name).endswith(" county")
    }
    out = list(bests)
    for k, (span, _) in enumerate(found):
        county = counties.get(name_key(span.lookup_name))
        if county is not None and km_between(bests[k], county) > SHORT_COUNTY_FAR_KM:
            out[k] = county
    return out


def _backed(k: int, new_country: str | None, keys: list[str], bests: list[Entry]) -> bool:
    """Name `k`'s reading lies in another country than its proposed one, where another name of
    the document lies too ("Lebanon ... Tyre": Lebanon stays the country)."""
    country = bests[k].country
    return country != new_country and any(
        keys[m] != keys[k] and bests[m].country == country for m in range(len(bests))
    )


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return int(math.floor(lat / _GRID_DEG)), int(math.floor(lon / _GRID_DEG))


def _closest_town(
    mine: list[Entry], grid: dict[tuple[int, int], list[Entry]], far: list[Entry]
) -> Entry | None:
    """The most populous of `mine` within PAIR_KM of one of the `far` anchors, if any."""
    best: Entry | None = None
    for a in mine:
        row, col = _cell(a.lat, a.lon)
        near = (
            b
            for dr in (-1, 0, 1)
            for dc in (-1, 0, 1)
            for b in grid.get((row + dr, col + dc), ())
        )
        if any(b is not a and km_between(a, b) <= PAIR_KM and any(b is f for f in far) for b in near):
            if best is None or a.population > best.population:
                best = a
    return best


# An unknown place described in apposition by what it is and where it lies ("in Dandabiri, a
# farming village in northern Nigeria", "Harardhere, a coastal town in central Somalia"): the
# division or country at the end holds it. Stop 55 lead, probes of our own written as wire text:
# such acts had no place at all. Up to three words before the noun ("a small farming village").
_DESCRIBED_PLACE_NOUNS = "town|village|hamlet|settlement|locality|township|district|city|area|port|camp"
_DESCRIBED_AFTER = re.compile(
    rf",\s+an?\s+(?:[a-z][\w-]*\s+){{0,3}}(?:{_DESCRIBED_PLACE_NOUNS})s?\s+(?:in|of)\s+"
    rf"(?:the\s+)?(?:(?:{'|'.join(sorted(COMPASS_WORDS, key=len, reverse=True))})\s+)?"
)


def _division_after(text: str, facility: Span, starts: dict[int, Place]) -> Place | None:
    """The division or country the text resolved right after a facility ("... in Virginia"), or
    at the end of a description in apposition (`_DESCRIBED_AFTER`)."""
    m = _TOWN_AFTER.match(text, facility.end)
    place = starts.get(m.start(1)) if m else None
    if place is None and (described := _DESCRIBED_AFTER.match(text, facility.end)) is not None:
        place = starts.get(described.end())
    return place if place is not None and place.precision in {"admin1", "country"} else None


def _lies_in(place: Place | None, division: Place) -> bool:
    return (
        place is not None
        and place.country == division.country
        and (division.precision == "country" or place.admin1 == division.admin1)
    )


# How far a building's namesake may lie from every town of the document and still be where the
# building is (`find_places`, `named`).
FAR_NAMESAKE_KM = 300.0


def _division_held(facility: Span, gazetteer: Gazetteer) -> Found | None:
    """The state or country a building's name holds after "of" ("University of Maine"), as a
    found name whose readings are the divisions and countries of that name; None for a town or
    no place."""
    text = _name_inside(facility, gazetteer)
    if text is None or not re.search(rf"\bof {re.escape(text)}\b", facility.text):
        return None  # ("Washington Square Park" is named for a man, not a state)
    cands = [(e, p) for e, p in gazetteer.lookup(text) if e.kind in {"admin1", "country"}]
    return (facility, cands) if cands else None


def _name_inside(facility: Span, gazetteer: Gazetteer) -> str | None:
    """The longest run of capitalised words of a building's name that is a prominent place
    (`Gazetteer.is_prominent`), a saint's name aside; None for streets and other facilities."""
    if facility.source != "building":
        return None
    words = facility.text.split()
    saints = _saint_words(words)
    for length in range(len(words) - 1, 0, -1):
        for i in range(len(words) - length + 1):
            run = words[i : i + length]
            if saints & set(range(i, i + length)):
                continue
            text = " ".join(run).removesuffix("'s").removesuffix("’s")
            if run[0][:1].isupper() and gazetteer.is_prominent(text):
                return text
    return None


def _named_inside(
    facility: Span, gazetteer: Gazetteer, pick: Callable[[Candidates], Entry]
) -> Place | None:
    """The place a building's name holds (the longest run of capitalised words that is a
    prominent place, `Gazetteer.is_prominent`); None for streets ("Washington Square" in New
    Orleans is named for the man, not the city)."""
    text = _name_inside(facility, gazetteer)
    return None if text is None else pick(gazetteer.lookup(text)).place()


SAINT_WORDS = {"st", "st.", "saint", "ste", "ste.", "sainte"}


def _saint_words(words: list[str]) -> set[int]:
    """Positions of a saint's name in a building's name: "St" or "Saint" and the words up to a
    possessive ("St George's Chapel", "Saint John's Hospital"). The saint is no town (George,
    Western Cape), while "St. Louis University" (no possessive) still names its town."""
    saints: set[int] = set()
    for i, word in enumerate(words):
        if word.lower() not in SAINT_WORDS:
            continue
        for j in range(i + 1, min(i + 4, len(words))):
            if words[j].endswith(("'s", "’s")):
                saints.update(range(i, j + 1))
                break
    return saints


# A text in British spelling ("whilst", "centre", "lorry": `british_spellings.txt`, at least
# BRITISH_MIN_WORDS of them) reads its ambiguous town names as British ones first (a British
# soldier "born in Manchester" in a text naming the US three times). Tune part of GeoWebNews:
# bonus 0.5 and 2.0 gave 0.863 all-gold, 1.0 gave 0.865.
# Likewise a text in American spelling or counting in dollars ("color", "neighbor", "$"; the
# same bonus and count) reads them as American towns ("the Birmingham festival" with prices in
# "$"), when no reading is a region or country. Tune part: 0.8655 -> 0.867 all-gold.
BRITISH_BONUS = 1.0
BRITISH_MIN_WORDS = 2


def is_british_text(sdoc: Doc) -> bool:
    """Written in British spelling: at least `BRITISH_MIN_WORDS` words of the list."""
    words = word_list("british_spellings.txt")
    return sum(lower in words for lower in token_columns(sdoc).lowers) >= BRITISH_MIN_WORDS


def is_american_text(sdoc: Doc) -> bool:
    """Written in American spelling or dollars: at least `BRITISH_MIN_WORDS` words of its list
    or "$" signs."""
    words = word_list("american_spellings.txt")
    columns = token_columns(sdoc)
    return (
        sum(
            lower in words or text == "$"
            for lower, text in zip(columns.lowers, columns.texts, strict=True)
        )
        >= BRITISH_MIN_WORDS
    )


def _candidates(span: Span, gazetteer: Gazetteer) -> Candidates:
    """A name's readings; a demonym found as naming its country ("German territory") is that
    country, not a town that has the word among its other names (San Germán)."""
    if span.source == "demonym" and (entry := gazetteer.demonyms.get(name_key(span.lookup_name))):
        return [(entry, True)]
    return gazetteer.lookup(span.lookup_name)


def _names_division(entry: Entry, regions: Counter[str]) -> bool:
    """A town named like a division the document is about ("Washington, D.C." in a text datelined
    "Wash." that names Seattle): the pair fixes that mention only, not every "Washington"."""
    return entry.kind != "admin1" and regions[entry.name] > 0 and entry.admin1 != entry.name


def _contained(text: str, found: list[Found]) -> list[Found]:
    """'Springfield, Ill.', 'Athens, Georgia', 'Hyderabad, Pakistan': keep the candidates of a
    name inside the state or country named right after it (all of them when none is)."""
    out = list(found)
    for i in range(len(found) - 1):
        (span, cands), (after, containers) = found[i], found[i + 1]
        if text[span.end : after.start].strip() not in {",", "("}:
            continue  # "Springfield, Ill.", "Walker County (Ga.)"
        if _LIST_GOES_ON.match(text, after.end):
            continue  # "stops in Washington, New York and Boston": a list, not a pair
        containers = [(c, p) for c, p in containers if c.kind in CONTAINER_KINDS]
        inside = [(e, p) for e, p in cands if any(_within(e, c) for c, _ in containers)]
        if inside and not any(p for _, p in inside) and any(p for _, p in cands):
            continue  # only another name of a town inside, while places of that name exist
        if inside:
            out[i] = (Span(span.start, span.end, span.text, "pair", span.name), inside)
            # ... and the container is the one holding them ("Tacoma, Washington": the state).
            holding = [(c, p) for c, p in containers if any(_within(e, c) for e, _ in inside)]
            out[i + 1] = (after, holding)
    return out


CONTAINER_KINDS = {"admin1", "country", "county", "admin2"}
# Towns carry no county: one within this distance of a county's point is taken to lie in it.
COUNTY_REACH_KM = 80.0


def _within(entry: Entry, container: Entry) -> bool:
    if entry is container or entry.country != container.country or entry.kind == "country":
        return False
    if container.kind in {"county", "admin2"}:
        return entry.kind in {"city", "small"} and km_between(entry, container) <= COUNTY_REACH_KM
    return container.kind == "country" or (
        entry.admin1 is not None and name_key(entry.admin1) == name_key(container.name)
    )


def document_countries(found: list[Found]) -> Counter[str]:
    """Countries the document is about: those it names and those its unambiguous places lie in."""
    context: Counter[str] = Counter()
    for _span, cands in found:
        countries = {e.country for e, _ in cands if e.country}
        named_country = [e for e, _ in cands if e.kind == "country"]
        if named_country:
            context[named_country[0].country or ""] += 1
        elif len(countries) == 1:
            context[countries.pop()] += 1
    context.pop("", None)
    return context


def actor_countries(actors: list[ActorMention], found: list[Found]) -> Counter[str]:
    """Countries whose states or state sectors act in the document, one count per mention, as
    if each were a place name of its country: "Pakistani police arrested three men in Hyderabad"
    is in Sindh, "Spanish police raided a warehouse in Cartagena" in Murcia. Only states and
    their sectors ("PAK", "ESP.COP"): a person's or a company's country says less of where the
    story is (counting every actor with a country cost one GeoWebNews check name, tune flat; the
    states and sectors alone left both parts unchanged). Left out too: a country only guessed
    from the sentence's places (it would count the place twice) and a mention that is itself one
    of the place names found (a capital standing for its government counts as a place already)."""
    spans = [(span.start, span.end) for span, _ in found]
    counts: Counter[str] = Counter()
    for m in actors:
        if not m.country or not m.is_state_or_sector or m.country_from_context:
            continue
        if any(m.start < end and start < m.end for start, end in spans):
            continue
        counts[m.country] += 1
    return counts


def document_admin1(found: list[Found]) -> Counter[str]:
    """First-level divisions the document is about: named ones and those of unambiguous places."""
    context: Counter[str] = Counter()
    for _span, cands in found:
        # Only US cities carry their state: a name with a US and a foreign reading says nothing.
        divisions = {e.admin1 for e, _ in cands}
        if len(divisions) == 1:
            context[divisions.pop() or ""] += 1
    context.pop("", None)
    return context


def score(
    entry: Entry,
    by_primary_name: bool,
    context: Counter[str],
    regions: Counter[str] | None = None,
    anchors: list[Entry] | None = None,
    country_divisions: dict[str, set[str]] | None = None,
    close: bool = False,
) -> float:
    """A reading's score (module docstring); `country_divisions`: country names that are also
    divisions elsewhere and the countries holding them (`_country_division_names`); `close`:
    whether a town reading close to an anchor town gains CLOSE_BONUS (for names with no region
    or country reading: no "Middle East" neighbourhood of Baltimore)."""
    population = entry.population or PRIOR_POPULATION.get(entry.kind, 1)
    value = math.log10(max(population, 1))
    if entry.country and context[entry.country]:
        # The bonus grows with the country's share of the document's place names: a country
        # named once in passing pulls less than the one the story is about.
        value += CONTEXT_BONUS * context[entry.country] / max(*context.values(), CONTEXT_FULL_AT)
    if regions and entry.admin1 and regions[entry.admin1]:
        # Same for the division: a text about Georgia the state does not put Athens in Greece.
        value += ADMIN1_BONUS * regions[entry.admin1] / max(regions.values())
    if anchors:
        # each distance once (the three tests below asked for them up to three times)
        km = [km_between(entry, a) for a in anchors]
        near = sum(d <= NEAR_KM for d in km)
        value += NEAR_BONUS * near / len(anchors)
        if entry.kind in _COUNTY_KINDS and any(
            a.kind in _TOWN_KINDS and d <= COUNTY_REACH_KM for a, d in zip(anchors, km, strict=True)
        ):
            value += COUNTY_TOWN_BONUS
        if (
            close
            and entry.kind in _TOWN_KINDS
            and any(
                a.kind in _TOWN_KINDS and d <= CLOSE_KM for a, d in zip(anchors, km, strict=True)
            )
        ):
            value += CLOSE_BONUS
    if not by_primary_name and entry.kind != "small":
        value -= ALIAS_PENALTY  # the project's own list has no foreign or historic names
    if entry.kind == "country" and not _division_of_main_country(
        entry, context, country_divisions or {}
    ):
        value += COUNTRY_BONUS
    return value


def _division_of_main_country(
    entry: Entry, context: Counter[str], country_divisions: dict[str, set[str]]
) -> bool:
    """A country named like a first-level division of the country the document is about
    ("Georgia" in a text about the US): the country loses its bonus there."""
    if not context or entry.name not in country_divisions:
        return False
    main, count = context.most_common(1)[0]
    return (
        main != entry.country
        and count >= CONTEXT_FULL_AT
        and (main in country_divisions[entry.name])
    )


# Lower-case words after a name that make it an island's name ("near Delft island", "off Pemba
# island"). Lower case only: "Christmas Island" is a name of its own.
ISLAND_WORDS = frozenset({"island", "islands", "isle"})


def _namesake_of_an_island(sdoc: Doc, span: Span, best: Entry, acting: set[str]) -> bool:
    """ "Sri Lankan sailors arrested Indian fishermen near Delft island": a name before a
    lower-case island word names the island, and a town of that name in a country no actor of
    the document belongs to (Delft in the Netherlands, Pemba in Mozambique for Tanzania's Pemba
    island) is its namesake, not the place: no place rather than a wrong country (stop 61 lead,
    probes of our own). A reading in an acting party's country stays ("Timorese farmers near
    Atauro island": Timor-Leste's Atauro)."""
    if best.country is None or best.country in acting:
        return False
    after = token_after(sdoc, span)
    return after is not None and after.text in ISLAND_WORDS


def _mention(doc: Document, span: Span, entry: Entry) -> PlaceMention:
    return PlaceMention(
        doc_id=doc.doc_id,
        char_start=span.start,
        char_end=span.end,
        text=doc.text[span.start : span.end],
        place=entry.place(),
    )
