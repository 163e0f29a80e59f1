"""Place-name spans in a parsed document.

Sources, in the order they win where spans overlap (longest first): the project's small-place list
(anywhere), spaCy's GPE/LOC/FAC entities, and gazetteer names spaCy missed: a name before
", State" or ", Country" ("Springfield, Ill."), a capitalised name after a place preposition
("in Allendale"), in a list after a place or opening a dateline, a name that is hardly anything
but a place (a country, a division, a large city) inside another entity ("the Pakistan Army",
"University of California") or outside any, and a name the document already uses as a place,
wherever it stands again. How each was chosen and measured: `docs/places.md`.

Offsets are exact character offsets into the document text (spaCy's `Doc` keeps them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from realpolitik.nlp.route_names import in_route_name
from realpolitik.nlp.token_columns import token_columns
from realpolitik.places.distance import km_between
from realpolitik.places.facilities import facility_runs, state_after
from realpolitik.places.gazetteer import (
    DIVISION_WORDS,
    SPELLED_OUT,
    Entry,
    Gazetteer,
    word_list,
)
from realpolitik.places.names import name_key
from realpolitik.places.persons import PERSON_PRONE_SOURCES, person_spans
from realpolitik.places.roads import ROAD_LINKING_VERBS, ROAD_NOUNS

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# spaCy often labels a country or city ORG when it acts ("Pakistan said", "Canada beat ...") and
# sometimes NORP ("Tajikistan hosts ..."): such an entity that is exactly a well-known place
# name is taken as that place. Demonyms ("Afghan") are no place's name, so they stay out.
METONYM_LABELS = {"ORG", "NORP"}
# Small models tag border crossings and valleys as ORG or PERSON ("Torkham"): names from the
# project's list are taken from any entity, and from plain tokens.
LONGEST_LIST_NAME = 5  # tokens
# A span like "Kabul-based", "Afghanistan-Pakistan" or "Kabul/Islamabad": try its parts.
_PART = re.compile(r"[^\-/\u2010-\u2014]+")
_LEADING_ARTICLE = re.compile(r"^(the|The|THE)\s+")
_TRAILING_POSSESSIVE = re.compile(r"(['\u2019]s?)$")


# A capitalised name right after these words is looked up in the whole gazetteer.
PLACE_PREPOSITIONS = {
    "in", "near", "outside", "at", "from", "to", "into", "across", "around", "toward",
    "towards", "through", "throughout", "via", "between", "nearby", "inside", "within",
}  # fmt: skip
# spaCy's small models tag unknown towns PERSON ("stops in Hilversum"); after these words a
# person is rare enough that the gazetteer is trusted over the tag ("talked to", "a letter from"
# are not among them).
STRONG_PREPOSITIONS = {
    "in", "near", "outside", "inside", "throughout", "across", "around", "toward", "towards",
}  # fmt: skip
# "the town of Southold", "the state of Roraima": a name after "<place noun> of" is a place.
PLACE_NOUNS = {
    "town", "city", "village", "hamlet", "county", "state", "province", "district", "region",
    "suburb", "borough", "port", "capital", "island", "islands", "municipality", "parish",
    "township", "neighbourhood", "neighborhood", "governorate", "prefecture", "commune",
}  # fmt: skip
# ... and, written lower-case only, the first-level division of Colombia, Peru, Bolivia, Honduras
# ("the department of Arauca"; stop 52 lead, probes of our own: no place). Capitalised it opens
# an office's name ("the Department of Human Services": "Human" read a town in Ukraine, GeoWebNews
# tune, one false detection).
LOWER_CASE_PLACE_NOUNS = {"department"}
# A town spaCy calls a person is taken after a weak cue ("from", "to") when at least this large.
PERSON_CITY_POPULATION = 10_000
COMPASS_WORDS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east",
    "south-west", "downtown", "rural", "suburban", "northeastern", "northwestern", "southeastern",
    "southwestern",
}  # fmt: skip
_DATELINE_AFTER = re.compile(r"\s*(?:[-–—&:,]|\()")
# The upper-case town(s) a shared dateline names before another one: "TIJUANA & SAN DIEGO —",
# "MINNEAPOLIS AND ST. PAUL, Minn. —" (the second town does not open its line).
_DATELINE_BEFORE = re.compile(r"^(?:[A-Z][A-Z.'’-]*\s+)*[A-Z][A-Z.'’-]*\s*(?:&|AND|,)\s*$")
# Entities whose words are no place: a name inside them is never taken from the cue alone.
NOT_PLACE_LABELS = {
    "PERSON", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "LANGUAGE",
}  # fmt: skip
# Entities that may hold a place's name ("the Pakistan Army", "The Washington Post").
EMBEDDING_LABELS = {"ORG", "NORP", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "FAC"}
# A currency's country ("15 billion US dollars"): amounts hold no other capitalised word.
CURRENCY_LABELS = {"MONEY"}
LONGEST_NAME = 4  # tokens looked at for a gazetteer name outside NER
# Lower-case words that may sit inside a place's name ("Bosnia and Herzegovina", "Isle of Man").
# A possessive inside a name too: "Lee's Summit", "Prince George's County", "King's Lynn".
NAME_JOINERS = {
    "of", "and", "de", "del", "la", "el", "al", "upon", "on", "the", "-", "&", "'s", "\u2019s",
}  # fmt: skip


# Words naming a feature of a place rather than the place: "Mississippi River", "Kabul Airport".
FEATURE_WORDS = {
    "river", "lake", "mountain", "mountains", "mount", "valley", "bay", "sea", "ocean", "island",
    "islands", "street", "avenue", "road", "square", "park", "bridge", "canal", "harbor",
    "harbour", "airport", "station", "stadium", "port", "coast", "desert", "forest", "border",
    "gulf", "strait", "peninsula", "dam", "highway", "basin", "delta", "falls",
}  # fmt: skip

SOURCE_RANK = {
    "list": 0, "street": 1, "building": 1, "plural": 1, "ner": 2, "pair": 3, "cue": 4, "inner": 5, "repeat": 6,
    "demonym": 7, "local": 8, "region": 9,
}  # fmt: skip
# Facilities (`facilities.py`): no gazetteer entry, placed in the town the document puts them in.
FACILITY_SOURCES = {"street", "building", "local"}
# A demonym names its country before these nouns ("Syrian territory", "the Indian states").
DEMONYM_PLACE_NOUNS = {
    "territory", "soil", "border", "airspace", "water", "side", "coast", "coastline", "capital",
    "mainland", "countryside", "frontier", "city", "town", "village", "province", "state",
    "region", "island", "port", "district", "county", "land",
}  # fmt: skip
# ... and inside the name of an organisation, event or work ("the European Commission").
DEMONYM_EMBEDDING_LABELS = {"ORG", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW", "FAC", "NORP"}


@dataclass(frozen=True)
class Span:
    start: int  # character offsets into the document text
    end: int
    text: str
    source: (
        str  # list, ner, cue (after a place preposition), pair (before ", State"), inner, repeat
    )
    name: str = ""  # the name looked up, where the span holds more ("Cranford Township")

    @property
    def lookup_name(self) -> str:
        return self.name or self.text


def place_spans(sdoc: Doc, gazetteer: Gazetteer) -> list[Span]:
    """Non-overlapping place-name spans, longest first where they overlap, in text order."""
    found = [
        *_list_spans(sdoc, gazetteer),
        *_entity_spans(sdoc, gazetteer),
        *_cue_spans(sdoc, gazetteer),
        *_inner_spans(sdoc, gazetteer),
        *_plural_division_spans(sdoc, gazetteer),
        *_organisation_place_spans(sdoc, gazetteer),
    ]
    found += _repeat_spans(sdoc, {name_key(s.lookup_name) for s in found})
    found += _region_spans(sdoc, gazetteer, found)
    found += _neighbour_town_spans(sdoc, gazetteer, found)
    found += _demonym_spans(sdoc, gazetteer)
    found += _facility_spans(sdoc, gazetteer)
    persons = person_spans(sdoc, [(s.start, s.end) for s in found], NAME_NOUNS)
    found = [
        s for k, s in enumerate(found)
        if (k not in persons or s.source not in PERSON_PRONE_SOURCES)
        and not _opens_an_of_name(sdoc, s)
    ]  # fmt: skip
    found.sort(key=lambda s: (s.start, -(s.end - s.start), SOURCE_RANK[s.source]))
    kept: list[Span] = []
    for span in found:
        if kept and span.start < kept[-1].end:
            if span.source == "building" and _article_led_part(kept[-1], span):
                kept[-1] = span  # "The Shangri-La" of "The Shangri-La Dialogue": the venue
            continue
        kept.append(span)
    return kept


def _article_led_part(first: Span, building: Span) -> bool:
    """A span that is a leading article and the start of a building's name (a name found inside
    a sentence-initial "The ... Dialogue" entity, whose building run starts after the article)."""
    m = _LEADING_ARTICLE.match(first.text)
    return m is not None and first.start + m.end() == building.start and first.end <= building.end


def _facility_spans(sdoc: Doc, gazetteer: Gazetteer) -> list[Span]:
    """Streets, buildings and venues (`facilities.facility_runs`); source "street" or "building"."""
    spans = []
    for start, end, kind in facility_runs(sdoc, gazetteer):
        first, last = sdoc[start], sdoc[end - 1]
        text = token_columns(sdoc).text[first.idx : last.idx + len(last.text)].rstrip(" ,;:")
        spans.append(Span(first.idx, first.idx + len(text), text, kind))
        if kind == "local" and (stop := state_after(sdoc, end, gazetteer)):
            # "Smallville, Ga.": the state is named, and the unlisted town is placed in it
            state = sdoc[end + 1 : stop]
            spans.append(Span(state.start_char, state.end_char, state.text, "pair"))
    return spans


def _entity_spans(sdoc: Doc, gazetteer: Gazetteer) -> list[Span]:
    spans: list[Span] = []
    for ent in sdoc.ents:
        text, start = _trim(ent.text, ent.start_char)
        if not text:
            continue
        if ent.label_ in PLACE_LABELS:
            if (longer := _with_word_before(sdoc, ent, text, start, gazetteer)) is not None:
                spans.append(longer)
            elif (longer := _with_words_after(sdoc, ent, start, gazetteer)) is not None:
                spans.append(longer)
            elif text in gazetteer:
                spans.append(Span(start, start + len(text), text, "ner"))
            elif (compass := _compass_name(text, start, gazetteer)) is not None:
                spans.append(compass)
            else:
                spans.extend(_parts(text, start, gazetteer) or _inside(ent, gazetteer))
        elif (
            name_key(text) in gazetteer.small_place_keys
            or (ent.label_ in METONYM_LABELS and gazetteer.is_well_known(text))
        ) and not _glued_to_common_word(sdoc, ent):
            spans.append(Span(start, start + len(text), text, "list"))
    return spans


# Lower-case particles inside Portuguese, Spanish, French and Italian town names ("Foz do Iguacu",
# "Sao Joao del Rei"): spaCy may end a place entity before one.
NAME_PARTICLES = {"da", "do", "dos", "das", "de", "del", "di", "du", "la", "las", "los", "el"}


def _glued_to_common_word(sdoc: Doc, ent: SpacySpan) -> bool:
    """A name (an entity, or a run of tokens) joined by a hyphen to a
    lower-case noun after it ("850 Newton-meters", "a Bunsen-burner"): one word built on a name,
    not a place (GeoWebNews tune: "Newton" of "Newton-meters" was read as a town). A participle
    so joined ("the Kabul-based channel", "Pakistan-backed") keeps the place."""
    end = ent.end
    return (
        end + 1 < len(sdoc)
        and not sdoc[end - 1].whitespace_
        and sdoc[end].text == "-"
        and not sdoc[end].whitespace_
        and sdoc[end + 1].is_lower
        and sdoc[end + 1].pos_ == "NOUN"
    )


def _with_word_before(
    sdoc: Doc, ent: SpacySpan, text: str, start: int, gazetteer: Gazetteer
) -> Span | None:
    """A place entity spaCy started one word late: "Ft. Lauderdale" (entity "Lauderdale"),
    "Mt. Pleasant": the capitalised word before it and the entity together are a name the
    gazetteer knows."""
    if ent.start == 0 or start != ent.start_char:
        return None
    before = sdoc[ent.start - 1]
    if before.text == "." and ent.start >= 2 and not sdoc[ent.start - 2].whitespace_:
        before = sdoc[ent.start - 2]  # "Ft" "." "Lauderdale"
    if (
        not _capitalised(before)
        or before.ent_type_
        or before.i == ent.start - 1
        and not before.whitespace_
    ):
        return None
    longer = token_columns(sdoc).text[before.idx : start + len(text)]
    if name_key(longer) == name_key(text):  # "The Birmingham festival": an article only
        return None
    if longer not in gazetteer or gazetteer.abbreviations.get(before.text.rstrip(".")):
        return None
    return Span(before.idx, before.idx + len(longer), longer, "ner")


# Words a place entity spaCy ended early may lack: "the U.S. Virgin Islands" (entity "U.S.").
LONGEST_MISSED_TAIL = 2  # tokens


def _with_words_after(sdoc: Doc, ent: SpacySpan, start: int, gazetteer: Gazetteer) -> Span | None:
    """A place entity spaCy ended a word or two early: "the U.S. Virgin Islands" (entity
    "U.S."), "Foz do Iguacu" (entity "Foz"): the entity and the capitalised words right after
    it, a particle between included, together are a name the gazetteer knows, which no other
    entity holds (after a particle the tagger's next entity is the name's end)."""
    tail: list[Token] = []
    for token in sdoc[ent.end : ent.end + LONGEST_MISSED_TAIL]:
        if token.lower_ in NAME_PARTICLES and token.is_lower and not tail:
            # "Foz do Iguacu" (entity "Foz"): the particle joins, and is never the name's end
            tail.append(token)
            continue
        # (after a particle the tagger often starts another entity: "Iguacu" NORP)
        joined = bool(tail) and tail[0].lower_ in NAME_PARTICLES
        if not _capitalised(token) or (token.ent_type_ and not joined) or token.is_upper:
            break
        tail.append(token)
    while tail and tail[-1].is_lower:
        tail.pop()
    while tail:
        end = tail[-1].idx + len(tail[-1].text)
        longer = token_columns(sdoc).text[start:end]
        if longer in gazetteer and not gazetteer.abbreviations.get(longer):
            return Span(start, end, longer, "ner")
        tail.pop()
    return None


def _compass_name(text: str, start: int, gazetteer: Gazetteer) -> Span | None:
    """'Northeast Philadelphia', 'South Los Angeles': a part of a place named by a compass word,
    placed at the place (the gazetteer knows no such part)."""
    first, _, rest = text.partition(" ")
    if first.lower() not in COMPASS_WORDS or not rest[:1].isupper() or rest not in gazetteer:
        return None
    return Span(start, start + len(text), text, "ner", rest)


# "Montgomery and Prince George's counties", "Bucks, Chester and Delaware counties": each name
# is a county (the plural noun, lower case, after a list of names).
# "Kozhikode and Malappuram districts": the same for districts (second-level divisions).
PLURAL_DIVISIONS = {
    "counties": "County", "parishes": "Parish", "townships": "Township", "districts": "District",
}  # fmt: skip


def _plural_division_spans(sdoc: Doc, gazetteer: Gazetteer) -> list[Span]:
    spans = []
    for k, word in enumerate(token_columns(sdoc).texts):
        division = PLURAL_DIVISIONS.get(word)
        if division is None:
            continue
        i = k - 1
        while i >= 0:
            j = i  # the name ends at token j; walk back over its capitalised words
            while i >= 0 and (_capitalised(sdoc[i]) or sdoc[i].text in {"'s", "\u2019s"}):
                i -= 1
            if j == i or not _capitalised(sdoc[i + 1]):
                break
            name = sdoc[i + 1 : j + 1]
            full = f"{name.text} {division}"
            if full not in gazetteer or not any(
                e.kind in {"county", "admin2"} for e, _ in gazetteer.lookup(full)
            ):
                break
            spans.append(Span(name.start_char, name.end_char, name.text, "plural", full))
            if i >= 0 and sdoc[i].lower_ in {"and", "or", ","}:
                i -= 1
                if i >= 0 and sdoc[i].text == ",":
                    i -= 1
                continue
            break
    return spans


def _inside(ent: SpacySpan, gazetteer: Gazetteer) -> list[Span]:
    """The longest name hardly anything but a place (`Gazetteer.is_prominent`) inside a place
    entity the gazetteer does not know as a whole ("Manchester City", "Building Ireland",
    "Republic of Armenia"), unless the entity names a feature of it ("Mississippi River")."""
    tokens = list(ent)
    if any(t.lower_ in FEATURE_WORDS for t in tokens):
        return []
    for length in range(len(tokens) - 1, 0, -1):
        for i in range(len(tokens) - length + 1):
            run = tokens[i : i + length]
            if not (_capitalised(run[0]) and _capitalised(run[-1])):
                continue
            first, last = run[0], run[-1]
            text = ent.text[first.idx - ent.start_char : last.idx + len(last.text) - ent.start_char]
            if gazetteer.is_prominent(text) and not gazetteer.abbreviations.get(text):
                return [Span(first.idx, first.idx + len(text), text, "ner")]
    return []


# A town opening an organisation's name is taken from this size ("the Valdai Discussion Club",
# 18,549): smaller namesakes are mostly surnames and words ("Chapman University", "Thomson
# Reuters Foundation"). Tuned on GeoWebNews' tune part (the smallest town it marks so, 18,549).
ORGANISATION_TOWN_POPULATION = 15_000
LONGEST_ORGANISATION_PLACE = 3  # tokens


def _organisation_place_spans(sdoc: Doc, gazetteer: Gazetteer) -> list[Span]:
    """The place an organisation is named for, opening its name: "the Suffolk Times", "the
    Venice Commission" (`organisation_heads.txt`): the word after the name, or the entity's last
    word, is an organisation's head noun, and the name is a division or a town of
    `ORGANISATION_TOWN_POPULATION`. A prominent name is found here already (`_inner_spans`)."""
    heads = word_list("organisation_heads.txt")
    spans = []
    for ent in sdoc.ents:
        if ent.label_ != "ORG":
            continue
        tokens = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
        last = next(
            (t for t in reversed(tokens) if not t.is_punct and t.text not in {"'s", "\u2019s"}),
            None,
        )
        for n in range(min(LONGEST_ORGANISATION_PLACE, len(tokens) - 1), 0, -1):
            run, after = tokens[:n], tokens[n]
            if not (_capitalised(run[0]) and _capitalised(run[-1])):
                continue
            if after.text not in heads and (last is None or last.text not in heads):
                continue
            span = _span_of(run, token_columns(sdoc).text)
            if gazetteer.abbreviations.get(span.text) or not _proper_case(span.text):
                continue
            if _sizeable(span.text, gazetteer):
                spans.append(Span(span.start, span.end, span.text, "inner"))
                break
    return spans


def _trim(text: str, start: int) -> tuple[str, int]:
    """Drop a leading article and a trailing possessive, keeping the offset right."""
    if m := _LEADING_ARTICLE.match(text):
        text, start = text[m.end() :], start + m.end()
    text = _TRAILING_POSSESSIVE.sub("", text).rstrip(" .,;:")
    return text, start


def _parts(text: str, start: int, gazetteer: Gazetteer) -> list[Span]:
    """The hyphen- or slash-separated parts of a span that are places themselves."""
    if _PART.fullmatch(text):
        return []
    spans = []
    for m in _PART.finditer(text):
        raw = m.group()
        lead = len(raw) - len(raw.lstrip())
        part, offset = _trim(raw.strip(), start + m.start() + lead)
        if part and part[0].isupper() and part in gazetteer:
            spans.append(Span(offset, offset + len(part), part, "ner"))
    return spans


def _list_spans(sdoc: Doc, gazetteer: Gazetteer) -> list[Span]:
    """Names from the project's small-place list, wherever they stand."""
    keys = gazetteer.small_place_keys
    spans = []
    # A run's text cut from the document's text by its tokens' offsets (what spaCy's Span.text
    # gives, without making a Span per run tried: five per capitalised word).
    columns = token_columns(sdoc)
    doc_text = columns.text
    ends = [start + len(word) for start, word in zip(columns.starts, columns.texts, strict=True)]
    n = len(ends)
    for i in columns.capitalised_at:
        start = columns.starts[i]
        for length in range(min(LONGEST_LIST_NAME, n - i), 0, -1):
            run = doc_text[start : ends[i + length - 1]]
            key = name_key(run)
            if key in keys:
                if key in gazetteer.article_word_keys and not _after_the(sdoc, i):
                    break  # "Kanye West", "Gulf Power": the list writes these with "the"
                text = run.rstrip(" .,;:")
                spans.append(Span(start, start + len(text), text, "list"))
                break
    return spans


def _opens_an_of_name(sdoc: Doc, span: Span) -> bool:
    """ "in the Gulf of Fonseca", "the Gulf of Honduras": a place name (not a facility) followed
    by "of" and a capitalised word opens a longer name the gazetteer does not hold (the tagger may
    split it), and is not the place its first word names (the Persian Gulf, listed as "the
    Gulf"; stop 61 lead, probes of our own: Central American and West African seizures were put
    in the Persian Gulf). A longer name the gazetteer holds ("the Gulf of Oman") is found whole
    and outranks its first word."""
    if span.source in FACILITY_SOURCES:
        return False
    after = token_after(sdoc, span)
    if after is None or after.i + 1 >= len(sdoc):
        return False
    return after.lower_ == "of" and sdoc[after.i + 1].text[:1].isupper()


def token_after(sdoc: Doc, span: Span) -> Token | None:
    """The token right after a place-name span (None at the end of the text): what follows a
    name may say what it names ("the Gulf of ...", "Delft island")."""
    name = sdoc.char_span(span.start, span.end, alignment_mode="expand")
    return sdoc[name.end] if name is not None and name.end < len(sdoc) else None


def _after_the(sdoc: Doc, i: int) -> bool:
    return i > 0 and sdoc[i - 1].lower_ == "the"


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def _name_at(sdoc: Doc, i: int, longest: int = LONGEST_NAME) -> list[Token]:
    """The run of name tokens starting at token i: capitalised words and the joiners between."""
    columns = token_columns(sdoc)
    capitalised, lowers, texts = columns.capitalised, columns.lowers, columns.texts
    # Decided on the columns; a `Token` is made only for the words of the run.
    end = min(i + longest, len(capitalised))
    k = i
    while k < end and (
        capitalised[k]
        or (k > i and lowers[k] in NAME_JOINERS)
        or (k > i and texts[k] == "." and _abbrev_dot([sdoc[k - 1]], sdoc[k]))
    ):
        k += 1
    while k > i and not capitalised[k - 1]:
        k -= 1
    return [sdoc[j] for j in range(i, k)]


def _abbrev_dot(run: list[Token], token: Token) -> bool:
    """The full stop of an abbreviation inside a name, which spaCy splits off: "ST. LOUIS",
    "FT. WORTH" in a dateline, "Pt. Pleasant" ("St." in mixed case is one token already)."""
    return (
        token.text == "."
        and bool(run)
        and not run[-1].whitespace_
        and run[-1].is_alpha
        and (run[-1].text.isupper() or run[-1].lower_ in SPELLED_OUT)
        and len(run[-1].text) <= 3
    )


def _span_of(tokens: list[Token], doc_text: str) -> Span:
    """The span of a token run (`doc_text`: the `Doc`'s text, `token_columns(doc).text`)."""
    first, last = tokens[0], tokens[-1]
    text = doc_text[first.idx : last.idx + len(last.text)]
    return Span(first.idx, first.idx + len(text), text, "cue")


def _cue_spans(sdoc: Doc, gazetteer: Gazetteer) -> list[Span]:
    """Gazetteer names spaCy missed: after a place preposition ("in north-west London"), in a
    list after a place ("Saipan, Guam and Alaska"), before ", State/Country", or opening a
    dateline ("ST. LOUIS –")."""
    spans = []
    doc_text = token_columns(sdoc).text
    # Tokens right after a place name: "in Hilversum and Almelo" takes both.
    place_ends = {e.end for e in sdoc.ents if e.label_ in PLACE_LABELS}
    for i in token_columns(sdoc).capitalised_at:
        cue = _cue_before(sdoc, i)
        if i >= 2 and i - 1 in place_ends and cue in {"and", "or", ","}:
            cue = "in"
        run = _name_at(sdoc, i)
        while run:
            labels = {t.ent_type_ for t in run} & NOT_PLACE_LABELS
            if labels - {"PERSON"}:
                run.pop()
                continue
            span = _span_of(run, doc_text)
            end = run[-1].i + 1
            if _owner_of_longer_name(sdoc, run) and not _sizeable(span.text, gazetteer):
                break
            if span.text in gazetteer:
                container = _container_after(sdoc, doc_text, end, gazetteer)
                if container is not None:
                    spans += [Span(span.start, span.end, span.text, "pair"), container]
                    place_ends.add(end)
                    break
                if (
                    _cued(cue, labels, span.text, gazetteer)
                    or (cue == "between" and _between_neighbours(sdoc, end, span.text, gazetteer))
                    or (not labels and _opens_dateline(doc_text, run))
                    or (labels == {"PERSON"} and _person_tagged_dateline(doc_text, run, gazetteer))
                    or _colon_dateline(doc_text, run, span.text, gazetteer)
                    or _names_its_people(sdoc, end, span.text, gazetteer)
                    or _named_as_division(sdoc, end, span.text, gazetteer)
                    or _town_of_possessor(sdoc, run[0].i, labels, span.text, gazetteer)
                ):
                    if len(run) > 1 and run[0].text == "The" and run[0].is_sent_start:
                        span = _span_of(run[1:], doc_text)  # "The Williamson County sheriff"
                    spans.append(_with_municipality(sdoc, doc_text, end, span))
                    place_ends.add(end)
                    break
            run.pop()
    return spans


def _owner_of_longer_name(sdoc: Doc, run: list[Token]) -> bool:
    """A possessive name that opens a longer capitalised name ("at Moody's Analytics", "of
    Mary's Turkeys"): unless the name is a sizeable town's ("at Dewsbury's Pioneer cinema",
    `_sizeable`), a firm named for its founder, not a town's possession (GeoWebNews tune:
    "Moody's" was read as Moody, Texas, a town of 1,400)."""
    end = run[-1].i + 1
    return (
        len(run) > 1
        and run[-1].text in {"'s", "\u2019s"}
        and end < len(sdoc)
        and _capitalised(sdoc[end])
    )


def _sizeable(text: str, gazetteer: Gazetteer) -> bool:
    """A division, or a town of `ORGANISATION_TOWN_POPULATION` (the size from which a town
    opening an organisation's name is taken for the town)."""
    return any(
        e.kind != "city" or e.population >= ORGANISATION_TOWN_POPULATION
        for e, _ in gazetteer.lookup(text)
    )


# "Nelson residents", "a Nenagh councillor": a town's name before its people or officials.
RESIDENT_NOUNS = {
    "residents", "resident", "councillor", "councillors", "councilor", "councilors", "mayor",
    "native", "natives", "villagers", "townspeople", "man", "woman", "boy", "girl",
}  # fmt: skip


# "Osun State Police Command", "Peel Regional Police": a town's or division's name before its
# police or council (any gazetteer reading, divisions by their "X State" names included; tune
# part of GeoWebNews +0.001 all-gold, precision flat).
JURISDICTION_NOUNS = {"police", "sheriff", "sheriff's", "council", "regional", "constabulary"}
# Words for a kind of place, not a place, before "Council" or "Police" ("City Council").
GENERIC_PLACE_WORDS = {
    "city", "town", "village", "county", "state", "borough", "township", "district", "parish",
    "metropolitan", "municipal", "provincial", "county's", "city's",
}  # fmt: skip
# "Livingston Township", "a Manheim Twp. man", "Lambeth Borough Council": a town's name before
# the word for its municipality (a town reading needed: "Township" after a surname is no place).
MUNICIPAL_NOUNS = {"township", "twp", "twp.", "borough"}


# "Tupelo High", "Dalton schools", "Nixa firefighters", "Lebanon voters": a town's school,
# firefighters or voters (a town reading needed, as for its residents). Not "Fire" ("Arcade
# Fire" is a band), and "High" not after an acronym ("the UN High Commissioner"): GeoWebNews
# tune, detection precision -2 names with them, all-gold flat either way.
INSTITUTION_NOUNS = {"high", "firefighters", "schools", "voters"}


# Words after a town's name that spaCy may tag a person's ("Tupelo High", "Nelson residents").
NAME_NOUNS = frozenset(
    RESIDENT_NOUNS | INSTITUTION_NOUNS | JURISDICTION_NOUNS | MUNICIPAL_NOUNS | PLACE_NOUNS
)


def _with_municipality(sdoc: Doc, doc_text: str, end: int, span: Span) -> Span:
    """'Cranford Township': the span takes the municipality's word, the town's name is looked up
    (so that no unknown-name rule takes the two words as a village of their own)."""
    if end < len(sdoc) and sdoc[end].lower_ in MUNICIPAL_NOUNS and _capitalised(sdoc[end]):
        stop = sdoc[end].idx + len(sdoc[end].text)
        return Span(span.start, stop, doc_text[span.start : stop], span.source, span.text)
    return span


# Lower-case words for a division after its name ("in the Gedo region", "Mali's Menaka region",
# "the Ituri province of Congo"): the tagger calls such a name a person, an organisation or
# nothing, and no place preposition stands right before it (stop 51 lead, probes of our own:
# these divisions were no place, and their acts had none or the country's). The gazetteer's own
# words for a first-level division, and "district" and "prefecture" ("county" was not tried).
DIVISION_NOUNS_AFTER = frozenset(DIVISION_WORDS["admin1"]) | {"district", "prefecture"}


def _named_as_division(sdoc: Doc, end: int, text: str, gazetteer: Gazetteer) -> bool:
    """A name right before a lower-case division noun (`DIVISION_NOUNS_AFTER`) that the
    gazetteer holds as a division."""
    if end >= len(sdoc) or sdoc[end].text not in DIVISION_NOUNS_AFTER:
        return False
    return any(e.kind in DIVISION_KINDS for e, _ in gazetteer.lookup(text))


# A town named after the possessive of the division or country it lies in ("North Waziristan's
# Miranshah", "Kenya's Lamu"): no preposition cues it, and the tagger gives such a town no label
# or a person's (stop 52 lead, probes of our own: the town was no place, nor the act's). A town
# of that name must lie in the owner: in its country, and for a division within this distance.
POSSESSOR_REACH_KM = 150.0
OWNER_KINDS = {"country", "admin1", "admin2", "county"}


def _town_of_possessor(
    sdoc: Doc, start: int, labels: set[str], text: str, gazetteer: Gazetteer
) -> bool:
    if start < 2 or sdoc[start - 1].text not in {"'s", "\u2019s"}:
        return False
    j = start - 2
    while j > 0 and _capitalised(sdoc[j - 1]):
        j -= 1
    owners = [
        e for e, _ in gazetteer.lookup(sdoc[j : start - 1].text) if e.kind in OWNER_KINDS
    ]  # fmt: skip
    towns = [
        e for e, _ in gazetteer.lookup(text)
        if e.kind in {"city", "small"}
        and (not labels or e.population >= PERSON_CITY_POPULATION)  # "Kenya's Ruto": a person
    ]  # fmt: skip
    return any(
        t.country == o.country and (o.kind == "country" or km_between(t, o) <= POSSESSOR_REACH_KM)
        for t in towns
        for o in owners
    )


def _names_its_people(sdoc: Doc, end: int, text: str, gazetteer: Gazetteer) -> bool:
    """A town's name right before a word for its people ("Nelson residents", "the Eversley
    man's best season"), not a person's name ("Smith residents" is no town in the gazetteer);
    a town's or division's name before its police or council ("Osun State Police"); a town's
    name before the word for its municipality ("Livingston Township")."""
    if end >= len(sdoc):
        return False
    word = sdoc[end].lower_
    if word in JURISDICTION_NOUNS and _capitalised(sdoc[end]):
        # (not the "City" of "the Peoria City Council": an alternate name of a few towns)
        return text.lower() not in GENERIC_PLACE_WORDS and bool(gazetteer.lookup(text))
    if word == "high" and (not _capitalised(sdoc[end]) or text.isupper()):
        return False  # ("prices were high"): the school is written "Tupelo High"
    if word not in RESIDENT_NOUNS | MUNICIPAL_NOUNS | JURISDICTION_NOUNS | INSTITUTION_NOUNS:
        return False
    # "Dalton police said": a town's reading is needed, as for its residents; before its police
    # or council a division's reading too, by any of its names ("the Himachal Pradesh police",
    # "Ceredigion council": "Ceredigion" is GeoNames' "County of Ceredigion").
    division = word in JURISDICTION_NOUNS
    return any(
        (e.kind in {"city", "small"} and p) or (division and e.kind in DIVISION_KINDS)
        for e, p in gazetteer.lookup(text)
    )


DIVISION_KINDS = {"admin1", "admin2", "county"}


# "residents of Hoboken", "the mayor of Bedford"; "John Smith, 45, of Hayes": a person's town
# in local news' apposition (the comma before "of").
# Wild ground: "of" after these names the place it lies in (shared with the walk to an act's
# place, `locate.sentence.PLACE_PART_NOUNS`).
WILD_GROUND_NOUNS = frozenset({
    "hills", "forest", "forests", "jungle", "jungles", "bush", "mountains", "countryside",
    "plains", "swamps", "marshes", "highlands", "lowlands", "scrubland", "savannah",
})  # fmt: skip
OF_PLACE_WORDS = {
    "residents", "resident", "people", "citizens", "mayor", "natives", "native", "townspeople",
    "villagers", "outskirts", "suburbs", "streets", "downtown", ",",
    # wild ground named by the place it lies in ("in the hills of Rutshuru", "the jungle of
    # Putumayo department"; stop 54 lead, probes of our own: the name was no place)
    *WILD_GROUND_NOUNS,
}  # fmt: skip


# A town named by its bearing from another ("40 km north-west of Goma", "south of Kidal") or as
# an end of a road ("the road linking Bunia and Mahagi", "a highway connecting Gao and Ansongo"):
# the tagger called such towns persons or organisations and they were no place (stop 52 lead,
# probes of our own). The compass points only: "central of", "rural of" do not occur.
COMPASS_POINTS = {
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
}  # fmt: skip


# "some 30 kilometres from Mopti", "about 20 miles from Jos": a "from" measured by a distance
# names a town the act was near, not where anyone came from (stop 53 lead, probes of our own:
# such acts had no place, and the tagger's persons and organisations there were parties).
DISTANCE_UNITS = {"km", "kilometre", "kilometer", "mile", "metre", "meter", "yard"}


def is_distance_from(prep: Token) -> bool:
    """A "from" that a distance right before it measures ("15 km from the border"; the parser
    hangs the distance on the preposition or on the verb)."""
    return (
        prep.lower_ == "from"
        and prep.i > 0
        and prep.doc[prep.i - 1].lemma_.lower() in DISTANCE_UNITS
        and prep.doc[prep.i - 1].dep_ == "npadvmod"
    )


# "in several cities, including Khartoum and Omdurman", "spread to towns including Gao": names
# listed under a settlement noun are those towns (stop 53 lead, probes of our own: the tagger's
# persons there were parties and capitals their governments, and the act had no place). Not
# "states" or "countries": "sanctions by several states, including Russia" lists parties.
LISTING_PLACE_NOUNS = {
    "town", "city", "village", "district", "province", "region", "county", "area", "locality",
}  # fmt: skip


def lists_places(prep: Token) -> bool:
    """ "including" on a settlement noun: the names after it are those settlements."""
    return prep.lower_ == "including" and prep.head.lemma_.lower() in LISTING_PLACE_NOUNS


def place_naming_cue(word: Token) -> str | None:
    """The cue the word right before a name gives when it names a town by its bearing or distance
    from it ("40 km north-west of Goma", "30 km from Mopti": "near"), as a road's end ("the road
    linking Bunia and ...": "between") or in a list of towns ("in cities including Yangon": "in");
    None otherwise. The actors stage reads it too: such a name is no party."""
    if word.lower_ == "of" and word.i > 0 and word.doc[word.i - 1].lower_ in COMPASS_POINTS:
        return "near"
    if is_distance_from(word):
        return "near"
    if lists_places(word):
        return "in"
    if word.lemma_.lower() in ROAD_LINKING_VERBS and word.head.lemma_.lower() in ROAD_NOUNS:
        return "between"
    return None


def _cue_before(sdoc: Doc, i: int) -> str:
    """The word before token i, looking past compass words ("in north-west London"); "in" for
    "the town of", "residents of", ", of" (`OF_PLACE_WORDS`) and for "to"/"from" after a verb of
    motion ("moved to Thornhill"); "near" for a bearing's "of" ("north-west of Goma"); "between"
    for a road's linking verb ("the road linking Bunia and ...")."""
    j = i - 1
    while j > 0 and (sdoc[j].lower_ in COMPASS_WORDS or sdoc[j].text == "-"):
        j -= 1
    if j < 0:
        return ""
    word = sdoc[j]
    if word.lower_ == "of" and j > 0 and (
        sdoc[j - 1].lower_ in PLACE_NOUNS | OF_PLACE_WORDS
        or sdoc[j - 1].text in LOWER_CASE_PLACE_NOUNS
    ):
        return "in"
    if (cue := place_naming_cue(word)) is not None:
        return cue
    if takes_ground(word, sdoc[i]):
        return GROUND_CUE
    if word.lower_ in {"to", "from", "into"} and is_motion_verb(word.head.lemma_):
        return "in"
    return word.lower_


# The cue of a name taken or struck as ground (`takes_ground`): "captured Bakhmut", "the fall of
# Kidal".
GROUND_CUE = "ground"


# Verbs of taking ground whose object "control of X" names the ground taken ("seized control of
# Goma", "regained control of Kidal"); "retook" is listed as the tagger leaves it unlemmatised.
GROUND_TAKING_VERBS = {"seize", "take", "retake", "retook", "regain", "gain", "wrest", "assume"}


def names_ground_controlled(noun: Token) -> bool:
    """ "regained control of Kidal", "fought for control of Bakhmut": "control" as the object of a
    verb of taking ground (round r23, args27) or of "for" (a fight for the ground; stop 53 lead,
    probes of our own: the town was a party and the fight had no place), whose "of" phrase is the
    ground, and so where the event happened."""
    if noun.lemma_.lower() != "control":
        return False
    if noun.dep_ == "pobj":
        return noun.head.lower_ == "for"
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in GROUND_TAKING_VERBS


def _name_head(name: Token) -> Token:
    """The last word of a name the parser built of compounds ("El Fasher": "Fasher")."""
    while name.dep_ == "compound" and name.head.i != name.i:
        name = name.head
    return name


def takes_ground(word: Token, name: Token) -> bool:
    """The word right before a name takes or strikes it as ground: a verb of
    `ground_taking_words.txt` whose direct object the name is, or "of" after a noun of that
    list ("the capture of Kherson") or after "control" taken or fought for
    (`names_ground_controlled`)."""
    words = word_list("ground_taking_words.txt")
    if word.lower_ == "of" and word.i > 0:
        noun = word.doc[word.i - 1]
        taken = noun.pos_ == "NOUN" and (
            noun.lemma_.lower() in words or names_ground_controlled(noun)
        )
        return taken and _name_head(name).head.i == word.i
    lemma = word.lemma_.lower()
    if word.pos_ != "VERB" or not (lemma in words or (lemma[:2] == "re" and lemma[2:] in words)):
        return False
    head = _name_head(name)
    return head.dep_ in {"dobj", "obj"} and head.head.i == word.i


def is_motion_verb(lemma: str) -> bool:
    """A verb whose "to X" / "from X" is a journey's end or start ("moved to", "drove from")."""
    return lemma.lower() in word_list("motion_verbs.txt")


def _cued(cue: str, labels: set[str], text: str, gazetteer: Gazetteer) -> bool:
    """A place preposition before the name; for a name spaCy calls a person, a strong one, or a
    weaker one before a town of `PERSON_CITY_POPULATION` ("from Misrata", "to Cirencester")."""
    if cue == GROUND_CUE:  # any label: the tagger calls a captured town ORG or PERSON
        return not gazetteer.abbreviations.get(text) and any(
            e.kind != "city" or e.population >= PERSON_CITY_POPULATION
            for e, _ in gazetteer.lookup(text)
        )
    if gazetteer.abbreviations.get(text) or cue not in PLACE_PREPOSITIONS:
        return False
    if not labels or cue in STRONG_PREPOSITIONS:
        return True
    return any(
        e.kind != "city" or e.population >= PERSON_CITY_POPULATION
        for e, _ in gazetteer.lookup(text)
    )


# Two towns this close, named "between X and Y", are a stretch of road or country, not two people.
BETWEEN_KM = 100.0


def _between_neighbours(sdoc: Doc, end: int, text: str, gazetteer: Gazetteer) -> bool:
    """'between Coggeshall and Marks Tey' (spaCy: two persons): both names are towns, and some
    reading of each lies within `BETWEEN_KM` of the other's."""
    if end + 1 >= len(sdoc) or sdoc[end].lower_ != "and":
        return False
    doc_text = token_columns(sdoc).text
    run = _name_at(sdoc, end + 1)
    while run and (not _capitalised(run[-1]) or _span_of(run, doc_text).text not in gazetteer):
        run.pop()
    if not run:
        return False
    towns = [e for e, _ in gazetteer.lookup(text) if e.kind == "city"]
    others = [e for e, _ in gazetteer.lookup(_span_of(run, doc_text).text) if e.kind == "city"]
    return any(km_between(a, b) <= BETWEEN_KM for a in towns for b in others)


def _opens_dateline(text: str, run: list[Token]) -> bool:
    """An upper-case name opening a line and followed by a dash or ", ": 'TIJUANA – ...'; or
    the second town of a dateline shared by two ("TIJUANA & SAN DIEGO,")."""
    first, last = run[0], run[-1]
    if not all(t.text.isupper() or not t.is_alpha for t in run):
        return False
    before = text[text.rfind("\n", 0, first.idx) + 1 : first.idx]
    if before.strip() and not _DATELINE_BEFORE.match(before):
        return False
    return bool(_DATELINE_AFTER.match(text, last.idx + len(last.text)))


def _person_tagged_dateline(text: str, run: list[Token], gazetteer: Gazetteer) -> bool:
    """An upper-case dateline spaCy calls a person ("SANTIAGO DE COMPOSTELA —", "SAN SEBASTIAN
    —"): a place when the gazetteer has a town of `PERSON_CITY_POPULATION` or a division of that
    name (a byline "JOHN SMITH —" names no such town)."""
    name = text[run[0].idx : run[-1].idx + len(run[-1].text)]
    return _opens_dateline(text, run) and any(
        e.kind != "city" or e.population >= PERSON_CITY_POPULATION
        for e, _ in gazetteer.lookup(name)
    )


def _colon_dateline(text: str, run: list[Token], name: str, gazetteer: Gazetteer) -> bool:
    """A well-known place opening the text and followed by a colon: the dateline of South Asian
    and Gulf papers ("Muscat: The festival opened ...", "New Delhi: ..."), in mixed case, whose
    name spaCy often tags a person. Only the text's first words and only a prominent name (a
    country, division or city of 100,000): "Smith: I never said that" is no place."""
    first, last = run[0], run[-1]
    if text[: first.idx].strip() or not gazetteer.is_prominent(name):
        return False
    return text[last.idx + len(last.text) :].startswith(":")


def _container_after(sdoc: Doc, doc_text: str, end: int, gazetteer: Gazetteer) -> Span | None:
    """The state or country in ", Ill." / ", Georgia" / ", Pakistan" right after token `end`,
    or in brackets, as local papers write it ("the Walker County (Ga.) Sheriff's Office")."""
    if end + 1 >= len(sdoc) or sdoc[end].text not in {",", "("}:
        return None
    run = _name_at(sdoc, end + 1, 3)
    if not run and end + 1 < len(sdoc) and sdoc[end + 1].text in gazetteer.abbreviations:
        run = [sdoc[end + 1]]  # "CA", "Ga." are no capitalised name runs
    if (dotted := _dotted_abbreviation(sdoc, end + 1, gazetteer)) is not None:
        return dotted
    while run:
        text = _span_of(run, doc_text).text
        closed = run[-1].i + 1 < len(sdoc) and sdoc[run[-1].i + 1].text == ")"
        if sdoc[end].text == "(" and not closed:
            run.pop()
            continue
        if (
            text in gazetteer.abbreviations
            or text in gazetteer
            and any(
                e.kind in {"admin1", "country"} and by_primary
                for e, by_primary in gazetteer.lookup(text)
            )
        ):  # (a demonym is no container: "German, Irish and other immigrants")
            return Span(run[0].idx, run[0].idx + len(text), text, "pair")
        run.pop()
    return None


def _dotted_abbreviation(sdoc: Doc, i: int, gazetteer: Gazetteer) -> Span | None:
    """A province's abbreviation whose full stop spaCy splits off ("Banff, Alta.", "Regina,
    Sask.": the tokenizer keeps the dot only on US states' short forms), as a container."""
    if i + 1 >= len(sdoc) or sdoc[i + 1].text != "." or sdoc[i].whitespace_:
        return None
    text = sdoc[i].text + "."
    if text not in gazetteer.abbreviations:
        return None
    return Span(sdoc[i].idx, sdoc[i].idx + len(text), text, "pair")


def _inner_spans(sdoc: Doc, gazetteer: Gazetteer) -> list[Span]:
    """Names that are hardly anything but a place, inside other entities or outside any."""
    spans = []
    columns = token_columns(sdoc)
    doc_text = columns.text
    i, n = 0, len(sdoc)
    while i < n:
        if not columns.capitalised[i]:
            i += 1
            continue
        token = sdoc[i]
        label = token.ent_type_
        if label in PLACE_LABELS - {"FAC"}:
            i += 1
            continue
        if label and label not in EMBEDDING_LABELS | CURRENCY_LABELS:
            i += 1
            continue
        run = _name_at(sdoc, i)
        # Inside an entity the name must stay inside it; outside it must stay outside.
        inside = [t.ent_type_ == label and (t.i == i or t.ent_iob_ != "B") for t in run]
        run = run[: inside.index(False)] if False in inside else run
        matched = 0
        if not label:  # outside entities only proper nouns: "Reading the report" is a verb
            run = run[: next((k for k, t in enumerate(run) if t.pos_ != "PROPN"), len(run))]
        while run:
            span = _span_of(run, doc_text)
            if (
                _proper_case(span.text)
                and gazetteer.is_prominent(span.text)
                and not _glued_to_common_word(sdoc, sdoc[run[0].i : run[-1].i + 1])
            ):
                spans.append(Span(span.start, span.end, span.text, "inner"))
                matched = len(run)
                break
            run.pop()
        i += max(matched, 1)
    return spans


def _repeat_spans(sdoc: Doc, known: set[str]) -> list[Span]:
    """A name the document already uses as a place, again wherever it stands ("the Allendale
    Woman's Club" after "ALLENDALE, N.J."): one sense per name and document. Not inside a
    person's name or a date."""
    spans = []
    columns = token_columns(sdoc)
    doc_text = columns.text
    # Words the document also writes in lower case are common words ("Park", "park").
    common = columns.lower_case_words
    # A word of a full person's name the document names ("Park Geun-hye") alone is that person
    # ("Park", once mislabelled a place): tune part of GeoWebNews, detection precision 0.943 ->
    # 0.950, all-gold flat (any PERSON word, names of one word included, cost 0.008 all-gold).
    persons = {t.lower_ for e in sdoc.ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
    # A one-word PERSON entity that no full name of the document holds is the place again when
    # the document uses its name for a place ("the Nelson office", "Douma's fall": spaCy tags
    # the town a person there); a title or a relative's word before it still makes it a person
    # (`persons.person_spans`, applied to these spans too).
    lone = {e.start for e in sdoc.ents if e.label_ == "PERSON" and len(e) == 1}
    lone -= {i for i in lone if sdoc[i].lower_ in persons}
    # ... and that spaCy itself tags a place elsewhere in the document: a name known only from
    # a cue ("at Zara's headquarters") is no firmer a place than the person spaCy saw.
    tagged_places = {name_key(e.text) for e in sdoc.ents if e.label_ in {"GPE", "LOC"}}
    lone = {i for i in lone if name_key(sdoc[i].text) in tagged_places}
    for i in columns.capitalised_at:
        token = sdoc[i]
        if token.ent_type_ in NOT_PLACE_LABELS and i not in lone:
            continue
        if token.lower_ in persons and not (i + 1 < len(sdoc) and columns.capitalised[i + 1]):
            continue
        # A sentence-initial "The" is no part of the name repeated ("The Kendal Times"): the
        # name's key drops the article, so the run from the next word finds it.
        if token.lower_ == "the":
            continue
        run = _name_at(sdoc, i)
        while run:
            # Upper-case runs are acronyms or headlines ("NATO", "BA"), not a place repeated.
            if not any(
                (t.ent_type_ in NOT_PLACE_LABELS and t.i not in lone)
                or t.is_upper
                or (not t.ent_type_ and t.pos_ != "PROPN")
                for t in run
            ) and not (len(run) == 1 and run[0].lower_ in common):
                span = _span_of(run, doc_text)
                if name_key(span.text) in known:
                    spans.append(Span(span.start, span.end, span.text, "repeat"))
                    break
            run.pop()
    return spans


# A county's or district's point (the median of its towns) lies this close to its towns: the
# 80 km a county container reaches in `resolve` ("Southold, Suffolk County").
REGION_TOWN_KM = 80.0


def _largest_town_readings(found: list[Span], gazetteer: Gazetteer) -> list[Entry]:
    """The most populous town reading of each name found so far (facilities aside): where the
    text's towns most likely are, before resolution has chosen."""
    towns = []
    for s in found:
        readings = [e for e, _ in gazetteer.lookup(s.lookup_name) if e.kind == "city"]
        if readings and s.source not in FACILITY_SOURCES:
            towns.append(max(readings, key=lambda e: e.population))
    return towns


def _sizeable_town_readings(found: list[Span], gazetteer: Gazetteer) -> list[Entry]:
    """Every town reading of `PERSON_CITY_POPULATION` people or more of each name found so far
    (facilities aside): a name shared by towns in several countries ("Bangor" in Wales, Northern
    Ireland and Maine) may be any of them when a neighbour of one of them is named."""
    return [
        e
        for s in found
        if s.source not in FACILITY_SOURCES
        for e, _ in gazetteer.lookup(s.lookup_name)
        if e.kind == "city" and e.population >= PERSON_CITY_POPULATION
    ]


def _region_spans(sdoc: Doc, gazetteer: Gazetteer, found: list[Span]) -> list[Span]:
    """A first-level division the text names beside one of its own towns ("gusts hit the tip of
    Brittany" in a text datelined BREST; "ash over eastern Sicily" beside Catania), or a county
    or district beside a town near its point ("across Kerry" datelined TRALEE), which no other
    rule took: spaCy tags many region names a person ("Brittany", "Galicia") and no cue
    stands before them. The town is the evidence: a region's name with none of its towns
    named is left to the other rules. Only a whole run of capitalised words (not "Brittany
    Smith"), not upper case; a person's name still drops it (`persons.person_spans`)."""
    held = {
        (e.country, e.admin1)
        for s in found
        for e, _ in gazetteer.lookup(s.lookup_name)
        if e.kind == "city" and e.admin1
    }
    # A second-level division (a county, district) holds no town by name here: its point within
    # `REGION_TOWN_KM` of the largest reading of a town the text names stands for it.
    towns = _largest_town_readings(found, gazetteer)
    taken = [(s.start, s.end) for s in found]
    spans = []
    columns = token_columns(sdoc)
    doc_text, capitalised = columns.text, columns.capitalised
    for i in columns.capitalised_at:
        if i > 0 and capitalised[i - 1]:
            continue
        run = _name_at(sdoc, i, 3)
        if not run or (run[-1].i + 1 < len(sdoc) and capitalised[run[-1].i + 1]):
            continue
        span = _span_of(run, doc_text)
        if any(t.is_upper for t in run) or any(a < span.end and span.start < b for a, b in taken):
            continue
        if any(
            by_primary
            and (
                e.kind == "admin1"
                and (e.country, e.admin1 or e.name) in held
                or e.kind in {"admin2", "county"}
                and any(km_between(e, t) <= REGION_TOWN_KM for t in towns)
            )
            for e, by_primary in gazetteer.lookup(span.text)
        ):
            spans.append(Span(span.start, span.end, span.text, "region"))
    return spans


# A small town spaCy calls a person after a weak cue ("a man from Shediac") is taken when one of
# its readings lies this close to the best-known reading of a town the text already names
# (Moncton, 20 km), or to any of its readings of `PERSON_CITY_POPULATION` people ("a student from
# Orono" beside Bangor, Maine, not the larger Bangor in Northern Ireland; sixteenth round, own
# set 3 tune +1 name, GeoWebNews tune flat): few people are named like a village half an hour's
# drive from the story.
NEIGHBOUR_TOWN_KM = 75.0


def _neighbour_town_spans(sdoc: Doc, gazetteer: Gazetteer, found: list[Span]) -> list[Span]:
    """A town under `PERSON_CITY_POPULATION` after a weak place preposition ("from", "to", "at"),
    tagged a person by spaCy, near a town the text names (`NEIGHBOUR_TOWN_KM`)."""
    anchors = _largest_town_readings(found, gazetteer) + _sizeable_town_readings(found, gazetteer)
    if not anchors:
        return []
    taken = [(s.start, s.end) for s in found]
    spans = []
    doc_text = token_columns(sdoc).text
    # The first words of spaCy's persons (their tokens' entity type PERSON and IOB tag "B").
    for i in [e.start for e in sdoc.ents if e.label_ == "PERSON"]:
        cue = _cue_before(sdoc, i)
        if cue not in PLACE_PREPOSITIONS - STRONG_PREPOSITIONS:
            continue
        run = _name_at(sdoc, i, 3)
        if not run or any(t.ent_type_ != "PERSON" or t.is_upper for t in run):
            continue
        if run[-1].i + 1 < len(sdoc) and _capitalised(sdoc[run[-1].i + 1]):
            continue
        span = _span_of(run, doc_text)
        if any(a < span.end and span.start < b for a, b in taken):
            continue
        towns = [e for e, _ in gazetteer.lookup(span.text) if e.kind == "city"]
        if any(km_between(t, a) <= NEIGHBOUR_TOWN_KM for t in towns for a in anchors if t is not a):
            spans.append(Span(span.start, span.end, span.text, "cue"))
    return spans


def _demonym_spans(sdoc: Doc, gazetteer: Gazetteer) -> list[Span]:
    """Demonyms where they name the place: before a place noun ("on Syrian territory") or as a
    word of a longer organisation or event name ("the European Commission", "Dutch Rail").
    Elsewhere ("Syrian forces", "the Syrians") they describe people, not a place."""
    spans = []
    columns = token_columns(sdoc)
    doc_text, capitalised = columns.text, columns.capitalised
    entity_size: dict[int, int] | None = None  # token index -> size of its entity, when asked
    n = len(capitalised)
    for i in columns.capitalised_at:
        token = sdoc[i]
        for length in (2, 1):  # "South African" before "African"
            if i + length > n or not all(capitalised[i : i + length]):
                continue
            run = [token] if length == 1 else [token, sdoc[i + 1]]
            span = _span_of(run, doc_text)
            if name_key(span.text) not in gazetteer.demonyms:
                continue
            last = run[-1]
            if in_route_name(last):  # "the Pan-American Highway": the road, not the state
                break
            names_place = last.dep_ in {"amod", "compound"} and (
                last.head.lemma_.lower() in DEMONYM_PLACE_NOUNS
            )
            if not names_place and token.ent_type_ in DEMONYM_EMBEDDING_LABELS:
                if entity_size is None:
                    entity_size = {t.i: len(e) for e in sdoc.ents for t in e}
                names_place = entity_size.get(token.i, 0) > length  # more than the demonym
            if names_place:
                spans.append(Span(span.start, span.end, span.text, "demonym"))
            break
    return spans


def _proper_case(text: str) -> bool:
    """Not an all-caps headline word: 'US', 'U.S.' and 'Chad' are names, 'CHAD' is unsure (the
    letters are counted, so that a dotted abbreviation is no headline)."""
    return not (text.isupper() and sum(c.isalpha() for c in text) > 3)
