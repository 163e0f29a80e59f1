"""Streets, buildings, roads and venues: recognised by their shape, placed in their town.

No gazetteer here lists "Royal Street" or "Barclays Center", but such a name lies in a town the
document names: the one written right after it ("Barclays Center in Brooklyn", "Collins Avenue,
Miami Beach") or before it as an owner ("Seoul's Jamsil Stadium"), else for a building the place
its own name holds ("Windsor Castle", "University of Alberta"), else the nearest town named before
it (anywhere before: on the tune part of GeoWebNews the paragraph alone gave 0.851, the whole text
before 0.858 all-gold), else the town the document names most (the first of them).
The facility keeps its own name and takes the town's point with precision "city": it is known to
lie in that town, not where in it. A facility in a document that names no town is left out.

Recognised (`facility_runs`): a capitalised name ending in a facility word of
`data/places/facility_words.txt` ("Royal Street", "Rogers Centre", "14th St.", "Third street"),
or opened by one followed by "of" ("University of Alberta", "Museum of Ice Cream"); spaCy's FAC
entities the gazetteer does not know ("Anfield"); numbered roads after "the" ("the A120",
"Highway 401"); a name opened by "Mount", "Cape", "Camp" or "Fort" ("Mount Chaambi", "CAMP
MURRAY"; tune +0.001); an unknown capitalised name right after "in", "near", "outside", "at", "inside" or "into"
("36 applicants in Cloughjordan", "at Makeen": a village or venue of the document's area; tune
part +0.005 all-gold, check +0.003, detection precision -0.003; "at" added +0.001 on the tune
part, precision flat; spaCy's unknown GPE/LOC entities taken the same way cost 0.025 of the tune
part's precision and 0.0015 of its all-gold accuracy: not kept). Not a facility: a person's name ("Stuart
Hall"), a longer name going on after the word ("Wall Street Journal", "Queens Park Rangers"), or
a town of that name ("College Station").
A city quarter named before "district", "neighbourhood", "quarter", "suburb" or "barrio" (kind
"area", lower case too: "the Wiehre district") is one where the gazetteer lacks the name
(fifteenth round; "the Kandahar district" is the division).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as DocSpan

from realpolitik.model import Place, PlaceMention
from realpolitik.nlp.token_columns import token_columns
from realpolitik.places.gazetteer import Gazetteer, tsv_rows

# A town of this size that bears a facility-like name is the town ("College Station", "Falls
# Church"): as `recognize.PERSON_CITY_POPULATION`, a size few same-named facilities reach.
TOWN_POPULATION = 10_000
LONGEST_FACILITY_NAME = 6  # tokens before the facility word
# Leading words that are no part of a name ("Outside Barclays Center", "The Museum of ...").
_NOT_NAME_POS = {"DET", "ADP", "PRON", "CCONJ", "SCONJ", "ADV", "VERB", "AUX", "PART", "PUNCT"}
_ROAD_NUMBER = re.compile(r"^(?:[AMB]\d{1,4}(?:\(M\))?|I-\d{1,3})$")
_ROUTE_WORDS = {"highway", "route", "interstate", "motorway"}
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$", re.IGNORECASE)
# Between a facility and its town: "Barclays Center in Brooklyn", "Collins Avenue, Miami Beach".
_TOWN_AFTER = re.compile(r"\s*(?:,|\bin\b|\bat\b|\bon\b)\s*(?:the\s+)?")
_POSSESSIVE = re.compile(r"['\u2019]s?\s*$")
# Precisions of a place a facility can lie in: a town or a listed small place.
TOWN_PRECISIONS = {"city", "point"}
# Entity labels an unknown name after "in"/"near"/"outside"/"at" may carry and still be a local
# place ("in Bywater" GPE, "at Anfield" FAC; besides no label and PERSON, which spaCy gives
# unknown villages).
LOCAL_LABELS = {"GPE", "LOC", "FAC"}
LOCAL_PREPOSITIONS = {"in", "near", "outside", "at", "inside", "into"}
# ... and after these when a state follows ("the couple, of Smallville, Ga."): local papers name
# a reader's or victim's small town so; the name is placed in the state (its precision).
STATE_PREPOSITIONS = {"of", "from"}
# "attacked the village of Dogonbaki", "the hamlet of Kwarmadi": a name after "<settlement noun>
# of" is a settlement whatever verb or preposition comes before, listed or not (stop 48; wire
# reports name villages no gazetteer holds, and the event's place was the country instead).
SETTLEMENT_NOUNS = {
    "village", "villages", "town", "hamlet", "settlement", "locality", "township", "commune",
    "outpost",
}  # fmt: skip
# Street words that are also common surnames: a PERSON entity ending in one is a person.
SURNAME_WORDS = {"lane", "street", "park", "drive", "square"}


@cache
def facility_words() -> dict[str, str]:
    """Facility word -> its kind (street, building, of, open), from `facility_words.txt`."""
    return {word.strip(): kind.strip() for word, kind in tsv_rows("facility_words.txt")}


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def _name_word(token: Token) -> bool:
    """A word that may stand in a facility's name before its facility word."""
    return _capitalised(token) or bool(_ORDINAL.match(token.text))


def facility_runs(sdoc: Doc, gazetteer: Gazetteer) -> list[tuple[int, int, str]]:
    """Token ranges [start, end) of facility names and their kind: "street" (streets, roads,
    squares) or "building" (see the module docstring)."""
    words = facility_words()
    runs: list[tuple[int, int, str]] = []
    n = len(sdoc)
    columns = token_columns(sdoc)
    lowers, texts = columns.lowers, columns.texts
    for i, lower in enumerate(lowers):
        kind = words.get(lower)
        if (
            kind is None
            and not _ROAD_NUMBER.match(texts[i])
            and not (i > 0 and lowers[i - 1] in _ROUTE_WORDS)
        ):
            continue  # no branch below takes such a word: a `Token` only for those that may
        token = sdoc[i]
        if kind == "open":
            run, kind = _opened_by_word(sdoc, i), "building"
        elif kind == "area":
            run, kind = _named_by_word(sdoc, i, "street"), "street"
            if run is not None and (run[0] == i or sdoc[run[0] : i].text in gazetteer):
                continue  # "the Kandahar district": the division the gazetteer holds
        elif kind == "gathering":
            run = _named_by_word(sdoc, i, kind)
            run = run and _with_hyphened_start(sdoc, *run)  # "the Shangri-La Dialogue"
            if run is not None and gathering_town(sdoc[run[0] : i + 1], gazetteer) is None:
                continue  # "the World Economic Forum" moves; it is no place
            kind = "building"
        elif kind is not None:
            run = _named_by_word(sdoc, i, kind)
            kind = "street" if kind == "street" else "building"
        elif _ROAD_NUMBER.match(token.text) or (
            token.like_num and i > 0 and sdoc[i - 1].lower_ in _ROUTE_WORDS
        ):
            run, kind = _road(sdoc, i), "street"
        else:
            continue
        if run is None or _opens_hyphened_word(sdoc, i):
            continue
        start, end = run
        if (
            end < n
            and _capitalised(sdoc[end])
            and not sdoc[end].is_sent_start
            and sdoc[end].ent_type_ not in {"DATE", "TIME"}  # "on 5th St. Monday night"
        ):
            continue  # "Wall Street Journal", "Queens Park Rangers": a longer name goes on
        text = sdoc[start:end].text
        if sdoc[end - 1].ent_type_ != "FAC" and any(
            e.kind == "city" and e.population >= TOWN_POPULATION for e, _ in gazetteer.lookup(text)
        ):
            continue  # "College Station", "Falls Church": the town, unless spaCy sees a facility
        runs.append((start, end, kind))
    for ent in sdoc.ents:
        if ent.label_ == "FAC" and ent.text not in gazetteer:
            start = ent.start + (ent[0].lower_ == "the")
            if start < ent.end and _capitalised(sdoc[start]):
                runs.append((start, ent.end, "building"))
    runs += _after_strong_preposition(sdoc, gazetteer)
    return runs


def _opens_hyphened_word(sdoc: Doc, i: int) -> bool:
    """The facility word, in lower case, is joined by a hyphen to the word after it ("the
    Europa League quarter-final", "the Lake Shore street-level shops"): the first part of a
    compound, not the head of a name (GeoWebNews tune: "Champions League quarter" was taken for
    a city quarter). A capitalised one still ends a name: "Kandahar Airport-based" is the
    airport."""
    return (
        i + 2 < len(sdoc)
        and sdoc[i].is_lower
        and not sdoc[i].whitespace_
        and sdoc[i + 1].text == "-"
        and not sdoc[i + 1].whitespace_
    )


def _with_hyphened_start(sdoc: Doc, start: int, end: int) -> tuple[int, int]:
    """A name whose first word is joined by a hyphen to a capitalised one before it ("Shangri" "-"
    "La Dialogue"): spaCy splits the hyphen off, which stops `_named_by_word`."""
    while (
        start >= 2
        and sdoc[start - 1].text == "-"
        and not sdoc[start - 2].whitespace_
        and not sdoc[start - 1].whitespace_
        and _capitalised(sdoc[start - 2])
    ):
        start -= 2
    return start, end


def gathering_town(name: DocSpan, gazetteer: Gazetteer) -> str | None:
    """The place a gathering's name holds ("Munich Security Conference", "the Shangri-La
    Dialogue", "Marine Energy Wales Annual Conference": facility words of kind "gathering"):
    the longest run of its words that is a prominent place (`Gazetteer.is_prominent`), else its
    leading words when they are a town of `TOWN_POPULATION` ("Davos Forum"; "Marine" of the
    Wales conference is a village of Illinois). None when it holds neither, or starts with a
    person ("Reagan National Defense Forum")."""
    words = [t for t in name if t.lower_ != "the"]
    if len(words) < 2 or facility_words().get(words[-1].lower_) != "gathering":
        return None
    if words[0].ent_type_ == "PERSON" or not _capitalised(words[0]):
        return None
    doc = name.doc

    def text(i: int, j: int) -> str:
        return doc[words[i].i : words[j - 1].i + 1].text

    n = len(words) - 1  # the gathering word itself holds no place
    for length in range(n, 0, -1):
        for i in range(n - length + 1):
            if _capitalised(words[i]) and gazetteer.is_prominent(text(i, i + length)):
                return text(i, i + length)
    for length in range(n, 0, -1):
        if any(
            e.kind == "city" and e.population >= TOWN_POPULATION
            for e, _ in gazetteer.lookup(text(0, length))
        ):
            return text(0, length)
    return None


def _after_strong_preposition(sdoc: Doc, gazetteer: Gazetteer) -> list[tuple[int, int, str]]:
    """A capitalised name no gazetteer knows right after "in", "near", "outside", "at", "inside" or
    "into" ("fireworks inside Anfield"; eighth round, tune +2 names, precision flat), outside
    any entity or in a place or person entity ("36 applicants in Cloughjordan"): a village,
    district or venue of the document's area. Not a word the document also writes in lower case,
    an acronym or code ("in HD"), or an owner ("in Modi's name")."""
    columns = token_columns(sdoc)
    common = columns.lower_case_words
    cues = LOCAL_PREPOSITIONS | STATE_PREPOSITIONS
    runs = []
    for i, lower in enumerate(columns.lowers[:-1]):
        if lower not in cues:
            continue
        token = sdoc[i]
        name = sdoc[i + 1]
        end = i + 1
        while (
            end < len(sdoc)
            and end - i <= 3
            and _capitalised(sdoc[end])
            and (sdoc[end].pos_ == "PROPN" or _before_settlement_noun(sdoc, end))
            and sdoc[end].ent_type_ in LOCAL_LABELS | {"", "PERSON", "ORG"}
        ):
            end += 1
        if end == i + 1 or (end == i + 2 and name.lower_ in common):
            continue
        if end < len(sdoc) and (_capitalised(sdoc[end]) or sdoc[end].text in {"'s", "\u2019s"}):
            continue  # the name goes on ("in Hollywood Reporter"), or owns ("in Modi's name")
        if any(t.is_upper or not t.is_alpha for t in sdoc[i + 1 : end]):
            continue  # acronyms and codes ("in HD", "in GT3")
        if sdoc[i + 1 : end].text in gazetteer:
            continue
        settlement = (
            _names_settlement(sdoc, i)
            or _before_settlement_noun(sdoc, end - 1)
            or _described_as_settlement(sdoc, end - 1)
        )
        if (
            any(t.ent_type_ == "ORG" for t in sdoc[i + 1 : end])
            and not settlement  # spaCy tags many an unknown village ORG
            and not (token.lower_ == "at" and _town_follows(sdoc, end, gazetteer))
        ):
            continue  # "works at Google": a business is a venue only "at X in Town"
        if (
            token.lower_ not in LOCAL_PREPOSITIONS
            and not settlement
            and not state_after(sdoc, end, gazetteer)
        ):
            continue  # "of"/"from" only before a state ("a man of Smallville, Ga.") or after
            # a settlement noun ("the village of Dogonbaki")
        runs.append((i + 1, end, "local"))
    return runs


def _names_settlement(sdoc: Doc, i: int) -> bool:
    """Token i is the "of" of "the village of", "the town of" (`SETTLEMENT_NOUNS`)."""
    return sdoc[i].lower_ == "of" and i > 0 and sdoc[i - 1].lower_ in SETTLEMENT_NOUNS


def _described_as_settlement(sdoc: Doc, i: int) -> bool:
    """Token i ends a name that a settlement noun describes in apposition ("in Dandabiri, a
    farming village in ..."): the tagger's ORG is an unknown village (stop 55 lead, probes of our
    own: the name was a party and the act had no place)."""
    return any(
        t.dep_ == "appos" and t.head.i == i and t.lower_ in SETTLEMENT_NOUNS
        for t in sdoc[i + 1 : i + 6]
    )


def _before_settlement_noun(sdoc: Doc, i: int) -> bool:
    """Token i is followed by a lower-case settlement noun ("in Kurmindaji village"): the tagger
    reads such a name as an adjective or an organisation as often as a proper noun."""
    return i + 1 < len(sdoc) and sdoc[i + 1].text in SETTLEMENT_NOUNS


def _town_follows(sdoc: Doc, end: int, gazetteer: Gazetteer) -> bool:
    """A town the gazetteer knows, named right after token `end` by "in" or a comma ("at Terra
    Kulture in Lagos", "at Seasons restaurant, Wayne")."""
    if end + 1 >= len(sdoc) or sdoc[end].text not in {",", "in"}:
        return False
    first = sdoc[end + 1]
    town = next((e for e in sdoc.ents if e.start == first.i and e.label_ in {"GPE", "LOC"}), None)
    return town is not None and any(e.kind == "city" for e, _ in gazetteer.lookup(town.text))


def state_after(sdoc: Doc, end: int, gazetteer: Gazetteer) -> int:
    """The end (token index) of a state or province named after a comma: its abbreviation
    (", Ga.", ", B.C.") or its name (", Tennessee", ", New Mexico"); 0 when none is."""
    if end + 1 >= len(sdoc) or sdoc[end].text != ",":
        return 0
    if sdoc[end + 1].text in gazetteer.abbreviations:
        return end + 2
    for stop in (end + 3, end + 2):
        run = sdoc[end + 1 : stop]
        if (
            stop <= len(sdoc)
            and all(_capitalised(t) for t in run)
            and any(
                e.kind == "admin1" and not e.derived and p for e, p in gazetteer.lookup(run.text)
            )
        ):
            return stop
    return 0


def _named_by_word(sdoc: Doc, i: int, kind: str) -> tuple[int, int] | None:
    """The name that facility word i ends ("Royal Street") or, for kind "of", opens ("University
    of Alberta"); None where the word names nothing ("the street", a bare "Hospital")."""
    token = sdoc[i]
    if not _capitalised(token) and kind != "street":
        return None
    if token.ent_type_ == "PERSON" and (kind != "street" or token.lower_ in SURNAME_WORDS):
        return None  # "Stuart Hall", "Mrs Lane"; spaCy calls "Hollins Avenue" a person too
    start = i
    while start > 0 and i - start < LONGEST_FACILITY_NAME:
        prev = sdoc[start - 1]
        if prev.text in {"'s", "\u2019s"}:
            # "St. Peter's Basilica" is one name; "Seoul's Jamsil Stadium" is the town's.
            if start >= 3 and sdoc[start - 3].lower_ in {"st.", "st", "saint"}:
                start -= 1
                continue
            break
        if not _name_word(prev) or prev.is_sent_start and prev.pos_ in _NOT_NAME_POS:
            break
        start -= 1
    while start < i and sdoc[start].pos_ in _NOT_NAME_POS:
        start += 1
    end = i + 1
    if kind == "of" and end + 1 < len(sdoc) and sdoc[end].lower_ in {"of", "des", "de"}:
        k = end + 1
        k += sdoc[k].lower_ == "the"
        name_end = k
        while name_end < len(sdoc) and (
            _capitalised(sdoc[name_end])
            or sdoc[name_end].lower_ in {"of", "and", "the"}
            and name_end + 1 < len(sdoc)
            and _capitalised(sdoc[name_end + 1])
        ):
            name_end += 1
        if name_end > k:
            end = name_end
    if start == i and end == i + 1:
        return None  # a bare "Street" or "Hospital" names nothing
    if not _capitalised(token) and not _capitalised(sdoc[i - 1]):
        return None  # "Third street", not "120,000 square (kilometres)"
    if end == i + 1 and all(t.ent_type_ == "NORP" for t in sdoc[start:i]):
        return None  # "the Catholic Church", "the Methodist church": a body of believers
    return start, end


def _opened_by_word(sdoc: Doc, i: int) -> tuple[int, int] | None:
    """'Mount Chaambi', 'Camp Murray', 'CAPE PERON': a capitalised opener and a name after it."""
    if not _capitalised(sdoc[i]) or (i > 0 and _capitalised(sdoc[i - 1])):
        return None  # "Table Mount", a longer name
    end = i + 1
    while end < len(sdoc) and end - i <= 3 and _capitalised(sdoc[end]) and sdoc[end].is_alpha:
        end += 1
    return (i, end) if end > i + 1 else None


# "the M23 said", "fighters of the M23", "M23 rebels", "the M23's spokesman": a road number's
# shape is also an armed group's name (Congo's M23), and a road has no members and does not
# speak (stop 52 lead, probes of our own: "M23" was a street placed in Goma, where events fell).
GROUP_MEMBER_NOUNS = {
    "fighter", "member", "rebel", "leader", "commander", "spokesman", "spokeswoman",
    "spokesperson", "militant", "combatant", "officer", "official", "soldier", "ally", "militia",
    "insurgent", "chief", "delegation", "delegate", "negotiator",
}  # fmt: skip


# What a road does as a sentence's subject: "the M6 reopened", "the A1 runs north".
ROAD_SUBJECT_VERBS = {"reopen", "open", "close", "run", "link", "connect", "lead", "pass", "cross"}


def _names_a_group(number: Token) -> bool:
    """The road number names a group somewhere in the document: it has members, owns something,
    or acts as a subject (a road only opens, closes or runs); one such use names every one."""
    return any(t.text == number.text and _acts_as_group(t) for t in number.doc)


def _acts_as_group(number: Token) -> bool:
    doc = number.doc
    after = doc[number.i + 1] if number.i + 1 < len(doc) else None
    if after is not None and (
        after.text in {"'s", "\u2019s"} or after.lemma_.lower() in GROUP_MEMBER_NOUNS
    ):
        return True
    if number.dep_ == "nsubj" and number.head.lemma_.lower() not in ROAD_SUBJECT_VERBS:
        return True
    of = number.head
    return (
        number.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in GROUP_MEMBER_NOUNS
    )


def _road(sdoc: Doc, i: int) -> tuple[int, int] | None:
    """'the A120', 'the A436, A40 and A429', 'Highway 401', 'I-95'; not a group of that name."""
    prev = sdoc[i - 1] if i > 0 else None
    if prev is None or _names_a_group(sdoc[i]):
        return None
    if prev.lower_ in _ROUTE_WORDS:
        return (i - 1, i + 1) if _capitalised(prev) else None
    if prev.lower_ == "the" or (
        prev.text in {",", "and", "or"} and i > 1 and _ROAD_NUMBER.match(sdoc[i - 2].text)
    ):
        return (i, i + 1) if _ROAD_NUMBER.match(sdoc[i].text) else None
    return None


def place_facilities(
    text: str,
    facilities: list[tuple[int, int, Place | None]],
    mentions: list[PlaceMention],
    doc_id: str,
) -> list[PlaceMention]:
    """The facilities (character offsets and the place named inside a building's name, if any)
    placed in their town (module docstring); those whose document names no town are left out."""
    towns = sorted(
        (m for m in mentions if m.place.precision in TOWN_PRECISIONS), key=lambda m: m.char_start
    )
    by_start = {m.char_start: m.place for m in towns}
    by_end = {m.char_end: m.place for m in towns}
    regions_by_start = {m.char_start: m.place for m in mentions}
    counts = Counter((m.place.name, m.place.lat, m.place.lon) for m in towns)
    main = max(
        towns,
        key=lambda m: (counts[m.place.name, m.place.lat, m.place.lon], -m.char_start),
        default=None,
    )
    out = []
    for start, end, inner in facilities:
        town = _town_after(text, end, by_start) or _town_owning(text, start, by_end) or inner
        named_end = _past_settlement_noun(text, end)
        if _SETTLEMENT_BEFORE.search(text, max(0, start - 40), start) or named_end > end:
            # An unlisted village lies in the larger place written after it, else nowhere: not
            # in the dateline's town ("near the village of Sotk" in a Yerevan report: fusion_own3
            # tune joined three reports of one shelling less when Sotk took Yerevan's point).
            # Only a village: a street's "James Street, the Queensland Police Service said" is
            # no place after it (local_news4 check).
            town = town or _region_after(text, named_end, regions_by_start)
            if town is None:
                continue
        if town is None:
            before = _town_before(text, start, towns) or main
            town = before.place if before is not None else None
        if town is None:
            continue
        place = Place(
            name=text[start:end],
            country=town.country,
            lat=town.lat,
            lon=town.lon,
            geonames_id=None,
            # inside a town, or inside a larger place ("University of California")
            precision="city" if town.precision in TOWN_PRECISIONS else town.precision,
            admin1=town.admin1,
        )
        out.append(PlaceMention(doc_id, start, end, text[start:end], place))
    return out


def _town_after(text: str, end: int, by_start: dict[int, Place]) -> Place | None:
    m = _TOWN_AFTER.match(text, end)
    return by_start.get(m.end()) if m and m.end() > end else None


# "Dogonbaki in northern Nigeria", "Kwarmadi, in Borno state", "Kurmindaji village of Zamfara
# state", "Tadzuma village, Ituri province": a larger place written right after the name, past
# compass words.
_REGION_AFTER = re.compile(
    r"(?:\s*,\s*(?:in\s+)?|\s+in\s+|\s+of\s+)(?:the\s+)?"
    r"(?:(?:far\s+)?(?:north|south|east|west|central)\w*(?:-\w+)?\s+)?"
)


_SETTLEMENT_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(SETTLEMENT_NOUNS)) + r")\s+of\s+$", re.IGNORECASE
)


_SETTLEMENT_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(SETTLEMENT_NOUNS)) + r")\b")


def _past_settlement_noun(text: str, end: int) -> int:
    """The offset past a lower-case settlement noun right after a name ("Tadzuma village")."""
    m = _SETTLEMENT_AFTER.match(text, end)
    return m.end() if m else end


def _region_after(text: str, end: int, by_start: dict[int, Place]) -> Place | None:
    """The place of any size named right after a name by "in" (`_REGION_AFTER`): a village the
    gazetteer lacks lies in the province or country the text puts it in, at that precision."""
    m = _REGION_AFTER.match(text, end)
    return by_start.get(m.end()) if m else None


def _town_owning(text: str, start: int, by_end: dict[int, Place]) -> Place | None:
    m = _POSSESSIVE.search(text, max(0, start - 3), start)
    return by_end.get(m.start()) if m else None


def _town_before(text: str, start: int, towns: list[PlaceMention]) -> PlaceMention | None:
    """The nearest town named before `start` (in its paragraph or an earlier one)."""
    before = [m for m in towns if m.char_end <= start]
    return before[-1] if before else None
