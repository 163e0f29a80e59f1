"""Where an event happened: the place its sentence attaches to it, else one from its surroundings.

`place_index` maps a sentence's tokens to the place mentions that cover them (the events stage
walks the parse from a trigger to a locative preposition's object). When the sentence names no
place at all, the index also holds, under `FALLBACK`, the nearest compatible place before the
sentence in the same paragraph, else the document's dateline ("KABUL, Afghanistan (AP) —").
The fallback keeps its own precision (a city, a division, a country), so a reader sees how far
the location can be trusted. The index also holds the dateline (`DATELINE`), the paragraph's
places before the sentence (`PARAGRAPH` ...) and the document's places where a named person is
(`SITES` ...): `surrounding_place` holds them to the event's parties, and every location says
how it was read (`Place.basis`: sentence, meeting, paragraph, dateline, home).

Compatible: a place named as where something is or happens, the object of a locative preposition
("in Kabul", "at a Kabul mosque"). A name inside another entity ("the Pakistan Army"), a
clause's actor ("Pakistan said ...": the country acting stays the actor) or a destination ("a
visit to Afghanistan") says nothing about where the next sentence's event happened.
"""

from __future__ import annotations

import re
from collections import Counter, deque
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TypeVar

from spacy.tokens import Doc, Span, Token

from realpolitik.model import ActorMention, PlaceMention
from realpolitik.places.gazetteer import load_gazetteer, word_list

T = TypeVar("T")

FALLBACK = -1  # no token has this index: the key of the fallback place in a place index
# ... and of the document's meeting place (`meeting_place`), for a sentence naming no other town.
MEETING = -2
# ... and of the meeting place for a sentence of the meeting's readout (`readout_sentences`).
READOUT = -3
# ... and of the document's dateline place (`dateline_place`), for every sentence.
DATELINE = -4
# ... and of the places of the sentence's paragraph before it, nearest first: PARAGRAPH,
# PARAGRAPH - 1, ... (`event_place` keeps those where the event's parties are or act).
PARAGRAPH = -100
PARAGRAPH_REACH = 50  # places of the paragraph kept in the index, nearest first
# ... and of the document's places where a named person or body is ("Gates, speaking at a
# conference in Bahrain"): SITES, SITES - 1, ... (a statement of theirs is not put at home).
SITES = -1000
# Actor sectors that speak for their state: a statement by them, with no other place in the
# text, is located in their country ("home").
STATE_SECTORS = {"GOV", "MIL"}
# A meeting town needs this many times as many of the document's meeting words as any other
# town ("the trip to Kabul", "the visit to Kabul", "visited Kabul" against one "visited
# Islamabad" by others).
MEETING_MAJORITY = 3
# Subjects that carry a meeting's readout on ("Both sides discussed ...", "They stressed ...").
PARTY_PRONOUNS = {"they"}
PARTY_NOUNS = {
    "side", "sides", "party", "parties", "delegation", "delegations", "leader", "leaders",
}  # fmt: skip
PARTY_COUNTERS = {"both", "two"}
TOWN_PRECISIONS = {"city", "point"}
# Entity labels a place name may carry and still be a place (spaCy's small models tag towns
# PERSON and sometimes ORG; an ORG spanning more than the name is an organisation).
PLACE_ENTITY_LABELS = {"GPE", "LOC", "FAC", "PERSON", ""}
LOCATIVE_PREPOSITIONS = {"in", "at", "near", "outside", "inside", "around", "across", "throughout"}
# After a dateline's place: an optional ", State" or ", Country", an optional "(AP)", a dash.
_DATELINE_TAIL = re.compile(
    r"(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s*(?:\([^)\n]{1,20}\))?\s*[-\u2013\u2014:]"
)
DATELINE_REACH = 120  # characters from the start of the text (or of its first line of body)


# The walk from a trigger to its place (`event_place`): prepositions whose object is where.
EVENT_LOCATIVES = LOCATIVE_PREPOSITIONS | {"along", "within", "off"}
# "a hideout north of Kabul": "of" after these is locative too.
DIRECTION_WORDS = {
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "north-east", "north-west", "south-east", "south-west", "outskirts", "suburbs", "edge",
}  # fmt: skip
# "on" is locative before these nouns only.
ON_PLACE_NOUNS = {
    "territory", "soil", "border", "frontier", "island", "coast", "outskirts", "side", "street",
    "road", "highway", "front", "frontline", "bank", "shore", "edge",
}  # fmt: skip
PLACE_SEARCH_DEPTH = 4  # edges walked from the trigger
# A verb coordinated with or subordinate to another shares its place ("raided a cell in Kabul and
# killed ...", "raided a hideout near Kabul, killing ..."); a relative clause takes its noun's
# ("a bombing at a Kabul mosque that killed five").
SHARED_CLAUSE_DEPS = {"conj", "advcl", "xcomp"}


def takes_place_object(lemma: str) -> bool:
    """A verb whose direct object, when a city or country, is where it happened ("visited Kabul")."""
    return lemma.lower() in word_list("place_object_verbs.txt")


def is_statement_verb(lemma: str) -> bool:
    """A verb of saying or judging: its object's place is not where it was said ("condemned the
    attack in Peshawar" was not condemned in Peshawar)."""
    return lemma.lower() in word_list("statement_verbs.txt")


def is_visit_word(lemma: str) -> bool:
    """A word whose "to X" is where the event happens ("a visit to Kabul", "the trip to Kabul")."""
    return lemma.lower() in word_list("visit_words.txt")


def is_meeting_word(lemma: str) -> bool:
    """A word of a meeting or visit ("met", "talks", "visit"): see `meeting_place`."""
    return lemma.lower() in word_list("meeting_words.txt")


def is_speech_verb(token: Token) -> bool:
    """A verb of a statement made where its speaker is ("accused", "denied", "urged"). Not a
    noun: "India's navy drew criticism", "fighting accusations" name the criticised."""
    return token.pos_ == "VERB" and token.lemma_.lower() in word_list("speech_verbs.txt")


def event_place(
    trigger: Token,
    places: dict[int, PlaceMention],
    source: Sequence[ActorMention] = (),
    target: Sequence[ActorMention] = (),
) -> PlaceMention | None:
    """Where the event of `trigger` happened, from a sentence's place index (`place_index`), its
    place's `basis` saying how it was read (`sentence`, `meeting`, `paragraph`, `dateline`, `home`).

    `source`, `target`: the event's parties. When none of them has a known country, a sentence
    naming no place takes the index's fallback (the paragraph's last place where something
    happened, else the dateline); otherwise `surrounding_place` decides.

    The place attached to the trigger by a locative preposition ("clashed in Kabul", "a hideout
    north of Kabul"), to its object ("raided a cell in Kabul") or, for a visit, its destination
    ("a visit to Kabul"); else the place of the clause it shares ("... and killed five"; "a
    bombing in Kabul that killed five"); else the index's fallback (a sentence naming no place).
    A city or country as the object is a party ("asked Islamabad to ..."), unless the verb takes
    places as objects ("visited Kabul"); a place named as someone's ("Kabul's regime",
    "Pakistan's army") or inside an organisation is never reached: only prepositions lead to one.
    """
    found, basis = _event_place(trigger, places, source, target)
    if found is None:
        return None
    return replace(found, place=replace(found.place, basis=basis))


def _event_place(
    trigger: Token,
    places: dict[int, PlaceMention],
    source: Sequence[ActorMention],
    target: Sequence[ActorMention],
) -> tuple[PlaceMention | None, str]:
    own = _sentence_place(trigger, places)
    if own is not None:
        return own, "sentence"
    if MEETING in places and (is_meeting_word(trigger.lemma_) or _parties_act(trigger)):
        return places[MEETING], "meeting"
    if READOUT in places:
        return places[READOUT], "meeting"
    if not _countries(source) and not _countries(target):
        fallback = places.get(FALLBACK)
        if fallback is None:
            return None, ""
        return fallback, "dateline" if fallback is places.get(DATELINE) else "paragraph"
    return surrounding_place(trigger, places, source, target)


def _sentence_place(trigger: Token, places: dict[int, PlaceMention]) -> PlaceMention | None:
    """The place the trigger's own sentence attaches to it (see `event_place`)."""
    if trigger.lemma_.lower() in word_list("host_verbs.txt"):
        for c in trigger.children:  # "Tajikistan hosts the talks": the host is the place
            if c.dep_ == "nsubj" and c.i in places:
                return places[c.i]
    head, inside = trigger, False
    for climbed in range(3):
        found = _attached(head, places, own=climbed == 0, locative=inside)
        if found is not None:
            return found
        if head.dep_ == "relcl":
            head = head.head
            # "a blast at a Jalalabad market that wounded ten": the noun is itself the where
            inside = head.dep_ == "pobj" and head.head.lower_ in EVENT_LOCATIVES
        elif head.dep_ in SHARED_CLAUSE_DEPS and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in head.children
        ):
            head, inside = head.head, False
        else:
            break
    return None


def _countries(actors: Sequence[ActorMention]) -> set[str]:
    return {a.country for a in actors if a.country}


def surrounding_place(
    trigger: Token,
    places: dict[int, PlaceMention],
    source: Sequence[ActorMention],
    target: Sequence[ActorMention],
) -> tuple[PlaceMention | None, str]:
    """Where an event whose sentence names no place for it happened, from its surroundings.

    1. A place the paragraph (up to the trigger) names as where one of the event's parties is
       (for a statement, its speaker): hanging by a locative preposition on a proper name of
       that party ("Zardari in Munich said ... Zardari called for ..."), the party known by
       its mention's head word.
    2. For an event that is not a statement, when the sentence names no place as where
       something is (no object of "in", "at" ...): the last place of the paragraph named as
       where something happened ("gathered in Lahore") in a country of the event's parties.
    3. For a statement ("accused", "denied", "urged": `speech_verbs.txt`) by a state's own
       government or officials (one country; sector GOV or MIL, or the state itself): the
       dateline, when it is in that country and the sentence names no place as where something
       is; else, when the sentence and its paragraph name no place where something happened
       outside that country, the country itself at country precision ("home"), as ICEWS-style
       coders do.
    Else None: a place of another party or another scene is not the event's.
    """
    sent = trigger.sent
    speech = is_speech_verb(trigger)
    there = _party_site(trigger, places, source) if speech else None
    if there is not None:
        return there, "paragraph"
    scene_free = not any(_is_locative_object(sent.doc, p) for i, p in places.items() if i >= 0)
    if scene_free and not speech:
        countries = _countries(source) | _countries(target)
        for p in _paragraph_places(places):
            if p.place.country in countries and is_compatible(sent.doc, p):
                return p, "paragraph"
    if not speech or not _speaker_is_subject(trigger, source):
        return None, ""
    country = _state_speaker(source)
    if country is None:
        return None, ""
    dateline = places.get(DATELINE)
    if scene_free and dateline is not None and dateline.place.country == country:
        return dateline, "dateline"
    home = _home_country(trigger, places, source, country)
    if home is not None:
        return home, "home"
    return None, ""


def _speaker_is_subject(trigger: Token, source: Sequence[ActorMention]) -> bool:
    """The source is the statement verb's active subject (or that of the verb it is coordinated
    with: "Islamabad accused ... and demanded ..."): not a passive's ("the aid package was
    announced") nor a source the extractor inferred from elsewhere."""
    verb = trigger
    while verb.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    start, end = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
    return any(a.start < end and a.end > start for a in source)


def _state_speaker(source: Sequence[ActorMention]) -> str | None:
    """The country of a source that is one state's government or officials (sector GOV or MIL,
    or the state itself), else None. A generic noun of no country beside it ("Washington,
    the main culprit, ...") describes the speaker and is passed over."""
    source = [a for a in source if a.country or a.how != "generic"]
    countries = _countries(source)
    if not source or len(countries) != 1:
        return None
    (country,) = countries
    if all(a.country == country and (a.sector in STATE_SECTORS or a.actor_id == country)
           for a in source):  # fmt: skip
        return country
    return None


def named_sites(sdoc: Doc, places: list[PlaceMention]) -> list[PlaceMention]:
    """The document's places where a named person or body is (`_present_holder` a proper noun:
    "Zardari in Munich", "Gates, speaking at a conference in Bahrain")."""
    return _per_document(
        sdoc,
        "named_sites",
        places,
        lambda: [
            p for p in places if (h := _present_holder(sdoc, p)) is not None and h.pos_ == "PROPN"
        ],
    )


def _paragraph_places(places: dict[int, PlaceMention]) -> list[PlaceMention]:
    """The places of the paragraph before the sentence, nearest first."""
    keys = (k for k in places if SITES < k <= PARAGRAPH)
    return [places[k] for k in sorted(keys, reverse=True)]


def _party_site(
    trigger: Token, places: dict[int, PlaceMention], parties: Sequence[ActorMention]
) -> PlaceMention | None:
    """The nearest place before the trigger in its paragraph hanging by a locative preposition
    on a mention of one of the parties ("Zardari in Munich ..."): where that party is."""
    sdoc = trigger.doc
    heads = _head_words(sdoc, parties)
    if not heads:
        return None
    own = [p for i, p in places.items() if i >= 0 and p.char_start < trigger.idx]
    candidates = {id(p): p for p in [*own, *_paragraph_places(places)]}.values()
    gazetteer = load_gazetteer()
    for p in sorted(candidates, key=lambda p: -p.char_start):
        if p.place.name not in gazetteer:
            # A street, building or venue ("Munich Security Conference") that `resolve` put in
            # the document's town: where that town is was guessed, not read.
            continue
        holder = _present_holder(sdoc, p)
        if holder is not None and holder.lower_ in heads and holder.pos_ == "PROPN":
            return p
    return None


def _head_words(sdoc: Doc, actors: Sequence[ActorMention]) -> set[str]:
    """The head words of the actors' mentions ("Zardari" of "Bilawal Bhutto Zardari")."""
    heads = set()
    for a in actors:
        span = sdoc.char_span(a.start, a.end, alignment_mode="expand")
        if span is not None and len(span) and span.root.pos_ in {"PROPN", "NOUN"}:
            heads.add(span.root.lower_)
    return heads


def _locative_holder(sdoc: Doc, place: PlaceMention) -> Token | None:
    """The word a place hangs on by a locative preposition ("Zardari" in "Zardari in Munich")."""
    span = sdoc.char_span(place.char_start, place.char_end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    token = span.root
    while token.dep_ in {"compound", "amod", "nmod"} and token.head is not token:
        token = token.head  # "in Munich Security Conference": the conference hangs on "in"
    if token.dep_ != "pobj" or token.head.lower_ not in LOCATIVE_PREPOSITIONS:
        return None
    return token.head.head


def _present_holder(sdoc: Doc, place: PlaceMention) -> Token | None:
    """Who or what is at the place, through the site it names and a participle: "Gates,
    speaking at a conference in Bahrain" -> Gates; "Zardari in Munich" -> Zardari."""
    holder = _locative_holder(sdoc, place)
    for _ in range(PLACE_SEARCH_DEPTH):
        if holder is None:
            return None
        if holder.dep_ == "pobj" and holder.head.lower_ in LOCATIVE_PREPOSITIONS:
            holder = holder.head.head  # "at a conference in Bahrain": the conference is there
        elif holder.dep_ == "acl" and holder.pos_ == "VERB":
            holder = holder.head  # "Gates, speaking at ...": Gates is there
        else:
            break
    return holder


def _is_locative_object(sdoc: Doc, place: PlaceMention) -> bool:
    """The place is the object of a locative preposition: where someone or something is."""
    return _locative_holder(sdoc, place) is not None


def _home_country(
    trigger: Token, places: dict[int, PlaceMention], source: Sequence[ActorMention], country: str
) -> PlaceMention | None:
    """`country` (the state speaking), when nothing in the sentence or its paragraph places
    anything outside it and the dateline, if any, is in it."""
    sdoc = trigger.doc
    around = [p for i, p in places.items() if i >= 0 or SITES < i <= PARAGRAPH]
    if any(p.place.country != country and is_compatible(sdoc, p) for p in around):
        return None  # the text names another scene: the statement may have been made there
    dateline = places.get(DATELINE)
    if dateline is not None and dateline.place.country != country:
        return None
    heads = _head_words(sdoc, source)
    for p in (places[k] for k in places if k <= SITES):
        holder = _present_holder(sdoc, p)
        if p.place.country != country and holder is not None and holder.lower_ in heads:
            return None  # the document puts the speaker abroad ("Gates, speaking in Bahrain")
    entry = load_gazetteer().countries.get(country)
    if entry is None:
        return None
    anchor = source[0]
    return PlaceMention(anchor.doc_id, anchor.start, anchor.end, anchor.text, entry.place())


def _attached(
    trigger: Token, places: dict[int, PlaceMention], own: bool = True, locative: bool = False
) -> PlaceMention | None:
    """The place hanging on `trigger`; `own`: the trigger itself, not a word climbed to from it;
    `locative`: the trigger is itself the object of a locative preposition."""
    starts = [trigger]
    if own and trigger.dep_ in {"nsubj", "nsubjpass"}:
        starts.append(trigger.head)  # "the attack was on January 30 at a mosque in Peshawar"
    statement = is_statement_verb(trigger.lemma_)
    queue: deque[tuple[Token, int, bool]] = deque((s, 0, locative) for s in starts)
    while queue:
        tok, depth, locative = queue.popleft()
        if locative and tok.i in places:
            return places[tok.i]
        if depth >= PLACE_SEARCH_DEPTH:
            continue
        for c in tok.children:
            if c.dep_ == "prep":
                queue.append((c, depth + 1, _locative(c, tok, depth)))
            elif c.dep_ in {"pobj", "compound"} and (locative or tok.dep_ == "prep"):
                queue.append((c, depth + 1, locative))
            elif c.dep_ == "amod" and locative and c.i in places:
                queue.append((c, depth + 1, locative))  # "shelled positions on Syrian territory"
            elif c.dep_ in {"advmod", "npadvmod"} and c.lower_ in DIRECTION_WORDS:
                queue.append((c, depth + 1, False))  # "a hideout north of Kabul"
            elif c.dep_ in {"dobj", "npadvmod"} and depth == 0 and not statement:
                # What was closed or raided may itself be the place ("closed the Torkham
                # crossing"), but a city or country as the object is a party ("asked Islamabad
                # to ..."), unless the verb takes places as objects ("visited Kabul").
                for named in (c, *(g for g in c.children if g.dep_ == "compound")):
                    if named.i in places and (
                        named.i != c.i
                        or places[c.i].place.precision == "point"
                        or takes_place_object(tok.lemma_)
                    ):
                        return places[named.i]
                queue.append((c, depth + 1, False))
    return None


def _locative(prep: Token, head: Token, depth: int) -> bool:
    word = prep.lower_
    if word in EVENT_LOCATIVES:
        return True
    if word == "of":
        # "north of Kabul"; "the closure of the Torkham crossing", "the capture of Kherson"
        # ("the visit of the minister" names the visitor)
        return head.lower_ in DIRECTION_WORDS or (
            depth == 0 and takes_place_object(head.lemma_) and not is_visit_word(head.lemma_)
        )
    if word == "on":
        # "on Syrian territory", "on the Kabul road"; not "sanctions on Pakistan"
        return any(c.dep_ == "pobj" and c.lemma_.lower() in ON_PLACE_NOUNS for c in prep.children)
    return word == "to" and depth == 0 and is_visit_word(head.lemma_)


def place_index(sent: Span, places: list[PlaceMention]) -> dict[int, PlaceMention]:
    """The sentence's token indexes -> place mentions, plus the fallback place if it names none."""
    out: dict[int, PlaceMention] = {}
    inside = [p for p in places if p.char_start < sent.end_char and p.char_end > sent.start_char]
    for tok in sent:
        for p in inside:
            if p.char_start <= tok.idx < p.char_end:
                out[tok.i] = p
    dateline = dateline_place(sent.doc, places)
    if dateline is not None:
        out[DATELINE] = dateline
    if not inside:
        fallback = nearest_place(sent, places) or dateline
        if fallback is not None:
            out[FALLBACK] = fallback
    before = paragraph_places(sent, places)[:PARAGRAPH_REACH]
    out.update({PARAGRAPH - k: p for k, p in enumerate(before)})
    out.update({SITES - k: p for k, p in enumerate(named_sites(sent.doc, places))})
    meeting = meeting_place(sent.doc, places)
    if meeting is not None and all(
        p.place.precision not in TOWN_PRECISIONS or p.place.name == meeting.place.name
        for p in inside
    ):
        out[MEETING] = meeting
        if sent.start in readout_sentences(sent.doc, places):
            out[READOUT] = meeting
    return out


def readout_sentences(sdoc: Doc, places: list[PlaceMention]) -> frozenset[int]:
    """Start tokens of the sentences that report what was said at the document's meeting: the
    run of sentences right after a meeting word's sentence whose subject is the meeting's
    parties ("They stressed ...", "Both sides agreed ...") or one of the people who met
    ("Rahmon praised ..."). Their events happened where the meeting did. A sentence of another
    subject, or one without a subject, ends the run."""
    return _per_document(sdoc, "readout", places, lambda: frozenset(_readout(sdoc)))


def _readout(sdoc: Doc) -> list[int]:
    sents = list(sdoc.sents)
    people: set[str] = set()
    for sent in sents:
        for tok in sent:
            if is_meeting_word(tok.lemma_) and tok.pos_ == "VERB":
                people |= {t.lower_ for c in tok.children if c.dep_ == "nsubj" for t in c.subtree
                           if t.pos_ == "PROPN"}  # fmt: skip
    out, running = [], False
    for sent in sents:
        if any(is_meeting_word(t.lemma_) for t in sent):
            running = True
            continue
        subject = next((c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        running = running and subject is not None and _is_party(subject, people)
        if running:
            out.append(sent.start)
    return out


def _parties_act(trigger: Token) -> bool:
    """'... were discussed and the two sides agreed': the meeting's parties act in its sentence."""
    subject = next((c for c in trigger.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return (
        subject is not None
        and subject.lower_ in PARTY_NOUNS
        and any(c.lower_ in PARTY_COUNTERS for c in subject.children)
        and any(is_meeting_word(t.lemma_) for t in trigger.sent)
    )


def _is_party(subject: Token, people: set[str]) -> bool:
    """'They', 'both sides', 'the two leaders', or a name among those who met."""
    if subject.lower_ in PARTY_PRONOUNS:
        return True
    if subject.lower_ in PARTY_NOUNS and any(c.lower_ in PARTY_COUNTERS for c in subject.children):
        return True
    names = {t.lower_ for t in subject.subtree if t.pos_ == "PROPN"}
    return bool(names) and names <= people


def meeting_place(sdoc: Doc, places: list[PlaceMention]) -> PlaceMention | None:
    """The town where the document places its meeting or visit: the one place a meeting word
    of the document is attached to ("the meeting in Dushanbe", "the trip to Kabul"), when all
    such words agree on one town, or `MEETING_MAJORITY` times as many name it as any other; None
    when they name two about as often ("visited Islamabad ... visited Kabul") or none. Its other
    meeting words ("both sides discussed ...") happened there too."""
    return _per_document(sdoc, "meeting_place", places, lambda: _meeting_place(sdoc, places))


def _meeting_place(sdoc: Doc, places: list[PlaceMention]) -> PlaceMention | None:
    found: Counter[str] = Counter()
    town: dict[str, PlaceMention] = {}
    for sent in sdoc.sents:
        index: dict[int, PlaceMention] = {}
        for p in places:
            if p.char_start < sent.end_char and p.char_end > sent.start_char:
                span = sdoc.char_span(p.char_start, p.char_end, alignment_mode="expand")
                index.update({t.i: p for t in span or ()})
        if not index:
            continue
        for tok in sent:
            if is_meeting_word(tok.lemma_):
                at = _attached(tok, index)
                if at is not None and at.place.precision in TOWN_PRECISIONS:
                    found[at.place.name] += 1
                    town.setdefault(at.place.name, at)
    ranked = found.most_common()
    if ranked and (len(ranked) == 1 or ranked[0][1] >= MEETING_MAJORITY * ranked[1][1]):
        return town[ranked[0][0]]
    return None


def _per_document(
    sdoc: Doc, name: str, places: list[PlaceMention], compute: Callable[[], T]
) -> T:
    """`compute()` once per parsed document and its places: kept in the Doc's `user_data`, as
    every sentence of the document asks for it."""
    key = f"realpolitik.{name}.{len(places)}"
    if key not in sdoc.user_data:
        sdoc.user_data[key] = compute()
    found: T = sdoc.user_data[key]
    return found


def nearest_place(sent: Span, places: list[PlaceMention]) -> PlaceMention | None:
    """The last compatible place before the sentence in its paragraph (paragraphs: blank-line or
    line-break separated blocks)."""
    return next((p for p in paragraph_places(sent, places) if is_compatible(sent.doc, p)), None)


def paragraph_places(sent: Span, places: list[PlaceMention]) -> list[PlaceMention]:
    """The places before the sentence in its paragraph, nearest first."""
    paragraph_start = 0
    for token in reversed(sent.doc[: sent.start]):  # Doc.text would rebuild the whole text
        if "\n" in token.text_with_ws:
            paragraph_start = token.idx + len(token.text_with_ws)
            break
    before = [
        p for p in places if paragraph_start <= p.char_start and p.char_end <= sent.start_char
    ]
    return sorted(before, key=lambda p: -p.char_start)


def dateline_place(sdoc: Doc, places: list[PlaceMention]) -> PlaceMention | None:
    """The place of a dateline: a place name near the start followed by a dash."""
    # Once per document (every sentence's `place_index` asks for it).
    return _per_document(sdoc, "dateline", places, lambda: _dateline_place(sdoc, places))


def _dateline_place(sdoc: Doc, places: list[PlaceMention]) -> PlaceMention | None:
    n = 0
    while n < len(sdoc) and sdoc[n].idx < DATELINE_REACH + 80:
        n += 1
    text = sdoc[:n].text_with_ws  # the opening only: Doc.text would rebuild the whole text
    for p in sorted(places, key=lambda p: p.char_start):
        if p.char_start > DATELINE_REACH:
            break
        line_start = text.rfind("\n", 0, p.char_start) + 1
        if text[line_start : p.char_start].strip():
            continue  # a dateline opens its line
        if _DATELINE_TAIL.match(text, p.char_end):
            return p
    return None


def is_compatible(sdoc: Doc, place: PlaceMention) -> bool:
    """A place named as where something is: the object of a locative preposition."""
    span = sdoc.char_span(place.char_start, place.char_end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    labels = {t.ent_type_ for t in span}
    if labels - PLACE_ENTITY_LABELS:
        return False
    token = span.root
    while token.dep_ in {"compound", "amod", "nmod", "poss"} and token.head is not token:
        token = token.head  # "at a Kabul mosque": the mosque is where
    if token.dep_ != "pobj" or token.head.lower_ not in LOCATIVE_PREPOSITIONS:
        return False
    # Where something happened: the preposition hangs on a clause's verb ("gathered in Lahore"),
    # not on a noun ("the vacuum in the Middle East") or a describing participle ("the regime
    # based in Kabul").
    governor = token.head.head
    return governor.pos_ in {"VERB", "AUX"} and governor.dep_ not in {"acl", "amod", "relcl"}
