"""Names that are not actors: operations, exercises, events, laws, documents, dividing lines,
ground taken.

"The Three Brothers– 2021 military exercise", "the Baku Declaration", "in Munich Security
Conference": each names a happening or a text, and none of its words acts. The general rule:
- a span inside a spaCy EVENT, LAW or WORK_OF_ART entity is part of such a name;
- a span that ends in an event noun ("... Conference", "... Declaration") names the event;
- a span the recogniser did not find in the KB, followed by an event noun (past a year, a dash
  or a modifier: "Three Brothers– 2021 military exercise"), is that event's name;
- a KB name followed by a *capitalised* event noun is the first word of the event's name
  ("Baku Declaration"); with a lower-case one it is the actor doing it ("Pakistan army
  operation" stays an actor).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from realpolitik.actors.candidates import Candidate
from realpolitik.actors.context import group_words, is_group_name
from realpolitik.actors.kb import DATA_DIR
from realpolitik.nlp.route_names import in_route_name, is_route_noun
from realpolitik.nlp.token_columns import doc_text
from realpolitik.places.gazetteer import load_gazetteer
from realpolitik.places.recognize import place_naming_cue, takes_ground

NON_ACTOR_LABELS = {"EVENT", "LAW", "WORK_OF_ART"}

# Nouns that end the name of an event or a text when capitalised ("Baku Declaration").
EVENT_NOUNS = {
    "exercise", "exercises", "drill", "drills", "operation", "operations", "declaration",
    "conference", "summit", "agreement", "accord", "accords", "treaty", "pact", "protocol",
    "charter", "forum", "dialogue", "process", "initiative", "games", "convention", "resolution",
    "act", "doctrine", "plan", "memorandum", "communique", "communiqué", "format", "talks",
}  # fmt: skip
# The few that follow an unknown name in lower case and still make it the event's name ("the
# Three Brothers– 2021 military exercise"); "X's plan" or "X war" leave X an actor.
LOWER_CASE_EVENT_NOUNS = {
    "exercise", "exercises", "drill", "drills", "declaration", "conference", "summit",
}  # fmt: skip

# Things a nationality adjective describes, never the state acting: foods and wares, currencies,
# landscape ("Turkish coffee", "Swiss watches", "the Ukrainian hryvnia", "the Nepalese
# mountains"; issue 9, round r13). Not "goods", "products" or "exports": "tariffs on Chinese
# goods" is aimed at China, and event coders code it so.
THING_NOUNS = {
    "coffee", "tea", "cuisine", "food", "dishes", "wine", "beer", "cheese", "chocolate",
    "watches", "carpets", "rugs", "textiles", "music", "cinema", "films", "literature",
    "hryvnia", "rouble", "ruble", "rupee", "rupees", "lira", "yuan", "renminbi", "yen", "peso",
    "pesos", "rand", "naira", "shilling", "dinar", "rial", "riyal", "won", "franc", "krone",
    "krona", "zloty", "forint", "baht", "ringgit", "taka", "cedi", "kwacha", "birr",
    "mountains", "hills", "countryside", "desert", "highlands", "lowlands", "coastline",
}  # fmt: skip

# A gathering that speaks for its members: "The Third World Water Forum concluded that the US
# must ...", "the Asia Security Conference called on China to ...". Its name ends in one of these
# nouns and it is the subject of one of these verbs of saying or asking; then it is the teller
# (event coders code such a forum as the source), not a happening. Round r17 (args21), PLOVER gold
# tune (a forum's conclusion had no source); a text ("the Baku Declaration states") is no teller.
GATHERING_NOUNS = {"forum", "conference", "summit"}
GATHERING_SPEAKING_VERBS = {
    "conclude", "say", "declare", "state", "urge", "call", "demand", "recommend", "resolve",
    "appeal", "warn", "condemn", "ask",
}  # fmt: skip

# Tokens that may stand between an event's name and its noun: "– 2021 military exercise".
_MAX_GAP = 3
_GAP_POS = {"NUM", "PUNCT", "ADJ", "SYM"}


def _event_noun_after(sdoc: Doc, cand: Candidate, lower_case_ok: bool) -> bool:
    for j in range(cand.end, min(cand.end + _MAX_GAP + 1, len(sdoc))):
        t = sdoc[j]
        if t.text[:1].isupper() and t.lower_ in EVENT_NOUNS and j == cand.end:
            return True
        if lower_case_ok and t.lower_ in LOWER_CASE_EVENT_NOUNS:
            return True
        if t.pos_ not in _GAP_POS or t.text in {",", ".", ";", ":"} or not lower_case_ok:
            return False
    return False


def speaking_gathering(last: Token) -> bool:
    """ "The Third World Water Forum concluded that ...": a named gathering (`last` ends its name)
    as the subject of a verb of saying or asking."""
    return (
        last.lower_ in GATHERING_NOUNS
        and last.text[:1].isupper()
        and last.dep_ in {"nsubj", "nsubjpass"}
        and last.head.lemma_.lower() in GATHERING_SPEAKING_VERBS
    )


def names_an_event(sdoc: Doc, cand: Candidate, non_actor_ents: list[tuple[int, int]]) -> bool:
    """Whether the candidate is (part of) the name of an event, operation, law or document."""
    if cand.actor_id is None and cand.end - cand.start > 1 and speaking_gathering(sdoc[cand.end - 1]):
        return False
    if any(s <= cand.start and cand.end <= e for s, e in non_actor_ents):
        return True
    if cand.actor_id is None and cand.end - cand.start > 1:
        last, before = sdoc[cand.end - 1], sdoc[cand.start - 1] if cand.start else None
        if last.lower_ in EVENT_NOUNS and last.text[:1].isupper():
            return True  # "Munich Security Conference" (KB names, such as a standing body, win)
        if before is not None and before.text == "Operation":
            return True  # "Operation Zarb-e-Azb"
        first = sdoc[cand.start]
        if first.text == "Line" and sdoc[cand.start + 1].lower_ == "of":
            # "the Line of Control", "the Line of Actual Control": a line on the map between the
            # sides, crossed or shelled across, never a party (stop 40, lead)
            return True
    return _event_noun_after(sdoc, cand, lower_case_ok=cand.actor_id is None)


def names_taken_ground(sdoc: Doc, cand: Candidate) -> bool:
    """A name the knowledge base lacks that is taken or struck as ground ("captured Bakhmut",
    "the fall of Kidal"; `places.recognize.takes_ground`): a town, whatever the tagger calls it,
    and no new party (stop 40, lead: captured towns were stored as new actors). So is one named by
    its bearing from another or as a road's end ("40 km north-west of Goma", "the road linking
    Bunia and ...": `places.recognize.place_naming_cue`; stop 52 lead, probes of our own: such
    towns stood as the targets of acts done elsewhere), at a distance from it or listed under a
    settlement noun ("30 km from Mopti", "in cities including Khartoum"; stop 53 lead)."""
    if cand.actor_id is not None or cand.start == 0:
        return False
    before = sdoc[cand.start - 1]
    if takes_ground(before, sdoc[cand.start]) or place_naming_cue(before) is not None:
        return True
    # "including Khartoum and Omdurman", "between Bunia and Mahagi": a later name of the list
    # takes the cue before its first one
    first = sdoc[cand.end - 1]
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    start = first.left_edge.i
    return start not in {0, cand.start} and place_naming_cue(sdoc[start - 1]) is not None


def drop_event_names(sdoc: Doc, cands: list[Candidate]) -> list[Candidate]:
    non_actor_ents = [(e.start, e.end) for e in sdoc.ents if e.label_ in NON_ACTOR_LABELS]
    return [
        c for c in cands
        if not names_an_event(sdoc, c, non_actor_ents) and not names_taken_ground(sdoc, c)
    ]  # fmt: skip


def _descriptor(sdoc: Doc, c: Candidate) -> bool:
    """A one-word span that is a descriptor of `group_words.yaml` ("Jihadist", "Islamist")."""
    return c.end - c.start == 1 and sdoc[c.start].lower_ in group_words().descriptors


def drop_descriptions(sdoc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """Unknown entities that describe rather than name: a lower-case span ("anti-Taliban",
    "anti-Pakistani forces") and a nationality or creed adjective modifying a noun ("Central
    Asian nations", "Islamist group X", "Western diplomats"): no actor of their own. Known
    names and demonyms of states are untouched (the KB has them)."""
    out = []
    for c in cands:
        if c.actor_id is None and c.how == "ner":
            first = sdoc[c.start].text
            if first[:1].islower():
                continue
            root = sdoc[c.end - 1]
            if (
                c.kind == "norp"
                and (root.pos_ == "ADJ" or _descriptor(sdoc, c))
                # the tagger also reads a creed adjective as a proper noun compound ("Jihadist
                # fighters": round r15, fuse14, fusion_own6 tune read "Jihadist" as a group)
                and root.dep_ in {"amod", "compound"}
                and root.head.i >= c.end
                and root.head.pos_ == "NOUN"
            ):
                continue
            if _capitalised_common_modifier(sdoc, c):
                continue
        out.append(c)
    return out


def _capitalised_common_modifier(sdoc: Doc, c: Candidate) -> bool:
    """A one-word name the tagger still reads as a common noun, capitalised only because it
    opens the sentence, on the plural noun right after it: "Cane farmers blocked the highway",
    "Cotton farmers protested" (the crop or trade the group works in; the entity tagger read it as
    an organisation or a person, which became the source and left the farmers out; stop 68, lead,
    probes of our own). A name the tagger reads as proper ("Wagner fighters") is untouched."""
    word = sdoc[c.start]
    return (
        c.end - c.start == 1
        and word.is_sent_start is True
        and word.tag_ == "NN"
        and word.dep_ == "compound"
        and word.head.i == c.end
        and word.head.tag_ == "NNS"
    )


# Titles of the head of a district, town or province: the "of" phrase after one names the place
# they govern, never a party ("The regent of Sleman, Budi Santoso, met ...", "the prefect of
# Kayes"); the tagger reads an unknown place there as a person (or an organisation), which then
# outranked the title as the source. Issue 9, round r16 (reader20, from reader_own15 tune: "The
# regent of Timor Tengah Utara, ..., met village heads" had "Tengah Utara" as its source);
# English usage, our list. The titles only a place can follow drop a name of any kind; those an
# organisation may follow ("the governor of the Central Bank", "the commissioner of the Police
# Service") drop only a name read as a person or a place.
PLACE_ONLY_TITLES = {"mayor", "regent", "bupati", "prefect", "subprefect", "sub-prefect"}
JURISDICTION_TITLES = PLACE_ONLY_TITLES | {"governor", "administrator", "commissioner"}
_PLACE_KINDS = {"person", "gpe", "loc", "fac"}


def drop_jurisdictions(sdoc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """Unknown names that are the place a local office-holder governs ("the regent of Sleman"):
    the object of "of" after a title of `JURISDICTION_TITLES`; no actor of their own."""
    out = []
    for c in cands:
        if c.actor_id is None and c.how == "ner":
            root = sdoc[c.end - 1]
            while root.dep_ == "compound" and c.start <= root.head.i < c.end:
                root = root.head
            of = root.head
            title = of.head.lemma_.lower()
            if (
                root.dep_ == "pobj"
                and of.lower_ == "of"
                and of.head.i < c.start
                and title in JURISDICTION_TITLES
                and (c.kind in _PLACE_KINDS or title in PLACE_ONLY_TITLES)
            ):
                continue
        out.append(c)
    return out


def drop_thing_adjectives(sdoc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A state's demonym describing a thing ("Turkish coffee", "the Ukrainian hryvnia"): not
    the state as an actor. Only a bare one-word demonym right before the noun (an adjective
    may stand between: "Swiss luxury watches")."""
    out = []
    for c in cands:
        if c.kind == "state" and c.end - c.start == 1 and c.end < len(sdoc):
            token = sdoc[c.start]
            head = token.head
            between = sdoc[c.end : head.i]
            if (
                token.dep_ in {"amod", "compound"}
                and head.i >= c.end
                and head.lower_ in THING_NOUNS
                and all(t.pos_ in {"ADJ", "NOUN"} and t.lower_ not in {"'s", "’s"} for t in between)
            ):
                continue
        out.append(c)
    return out


def drop_route_names(sdoc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A state's name or demonym inside the proper name of a road, railway, bridge or canal
    ("blocked the Pan-American Highway", "the Trans-Canada Highway near Calgary"): a place, not the
    state as a party. Only where the route noun is capitalised and the words between are parts of
    the name (round r16, args20: miners who blocked the Pan-American Highway had the USA as target,
    own26 tune; lowercase "the Afghan road" is left alone)."""
    out = []
    for c in cands:
        if c.kind in {"state", "org-of-state"} and _in_route_name(sdoc, c):
            continue
        out.append(c)
    return out


@lru_cache(maxsize=1)
def site_nouns() -> frozenset[str]:
    """Nouns of a site an unknown name before them names (`data/actors/site_nouns.txt`)."""
    lines = (DATA_DIR / "site_nouns.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def drop_site_names(sdoc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """An unknown name modifying a lower-case site noun right after it ("threatened to close the
    Jarinje crossing", "the Lars checkpoint"): the site's name, not a party. The tagger reads such
    a name as a person or an organisation, which then stood as the act's target (round r21,
    args25, own47 tune). Known names ("the Kenya border") and group names are left alone, and so is
    a possessive ("Rubaya's road") or a capitalised noun (`drop_route_names` reads those)."""
    out = []
    for c in cands:
        if c.actor_id is None and c.how == "ner" and c.end < len(sdoc):
            last, site = sdoc[c.end - 1], sdoc[c.end]
            if (
                last.dep_ in {"compound", "amod", "nmod"}
                and last.head.i == site.i
                and site.text.islower()
                and site.lemma_.lower() in site_nouns()
                and not is_group_name(sdoc[c.start : c.end].text)
            ):
                continue
        out.append(c)
    return out


# Natural features named after a state, a person or a town: "Lake Chad", "Mount Kenya", "Lake
# Albert", "the Gulf of Guinea", "the Sea of Japan", "the Jordan Valley", "the Niger River",
# "the South China Sea". The name inside is the feature's, never a party: "killed militants on
# islands in Lake Chad" had Chad as an actor, and "seized boats on Lake Albert" had Monaco's
# prince as its target (stop 51 lead, probes of our own). Capitalised feature words only, next
# to the name: lower-case "the Kenya border" or "the Congo river crossing" are read elsewhere.
# A name that runs on past the feature ("the Lake Chad Basin Commission", "the Tennessee Valley
# Authority") is an organisation's: left to the organisation rules (its first form dropped the
# state of "the Lake Chad Basin Commission", and reader_own18's check part lost two entries,
# 38 -> 36 of 50, gated).
FEATURE_WORDS_BEFORE = frozenset({"lake", "mount", "mt", "mt."})
FEATURE_WORDS_OF = frozenset({"gulf", "sea", "bay", "strait", "straits", "lake"})
FEATURE_WORDS_AFTER = frozenset({"river", "delta", "valley", "basin", "sea", "lake"})
# Lower-case words after a name that make it a river's ("along the Niger river", "on the Jordan
# river"): the state it is named after is no party there. Lead, stop 58 (probe sentences written
# as wire text: "the Niger river near Ansongo" made the soldiers fighting there Niger's). The
# places stage still reads the name (dropping it there too lost a pair of plover own60's check
# part: a river's namesake may be where it happened).
RIVER_WORDS = frozenset({"river", "rivers", "estuary"})
# Capitalised words of a province's or county's name after a state's name ("in Niger State", "a
# farm in Lebanon County"): when the gazetteer places the unit in another country, the name is
# the unit's, not the state's. Lead, stop 59 (probe sentences written as wire text: "Gunmen
# killed four farmers in a village in Niger State" made the gunmen Niger's). A unit of the
# state itself ("Mexico State", "Kabul Province") keeps the name: it still tells the country.
ADMIN_UNIT_WORDS_AFTER = frozenset({
    "state", "province", "region", "governorate", "department", "prefecture", "district",
    "county", "oblast",
})  # fmt: skip
ADMIN_UNIT_KINDS = frozenset({"admin1", "county"})


def drop_feature_names(sdoc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A KB name that is part of a natural feature's proper name (`FEATURE_WORDS_*`) or of a
    province's or district's (`ADMIN_UNIT_WORDS_AFTER`): a place, not the state, person or town
    it is named after."""
    return [c for c in cands if not (c.actor_id is not None and _in_feature_name(sdoc, c))]


def _in_feature_name(sdoc: Doc, c: Candidate) -> bool:
    def feature_word(i: int, words: frozenset[str]) -> bool:
        return i >= 0 and _capitalised_at(sdoc, i) and sdoc[i].lower_ in words

    before, after = c.start - 1, c.end
    if after < len(sdoc) and sdoc[after].text in RIVER_WORDS:
        # lower-case "river" too: "along the Niger river", "on the San Juan river" (lead, stop
        # 58, probes of our own: the state named the soldiers fighting on its namesake river)
        return True
    if feature_word(after, FEATURE_WORDS_AFTER):
        return not _capitalised_at(sdoc, after + 1)
    if c.kind == "state" and feature_word(after, ADMIN_UNIT_WORDS_AFTER):
        return _another_states_unit(sdoc[c.start : after + 1].text, c.actor_id)
    if _capitalised_at(sdoc, after):
        return False
    return feature_word(before, FEATURE_WORDS_BEFORE) or (
        before >= 1 and sdoc[before].lower_ == "of" and feature_word(before - 1, FEATURE_WORDS_OF)
    )


def _another_states_unit(name: str, state: str | None) -> bool:
    """The gazetteer knows `name` ("Niger State") as a province or county of a country other
    than `state`."""
    units = [e for e, _ in load_gazetteer().lookup(name) if e.kind in ADMIN_UNIT_KINDS]
    return bool(units) and all(e.country != state for e in units)


def _capitalised_at(sdoc: Doc, i: int) -> bool:
    return i < len(sdoc) and sdoc[i].text[:1].isupper()


def _in_route_name(sdoc: Doc, c: Candidate) -> bool:
    last = sdoc[c.end - 1]
    if c.end - c.start > 1 and is_route_noun(last):  # the NER span took the noun in
        return True
    return in_route_name(last)


# A wire date line: a place in capitals (a country may follow), a date, the agency in brackets,
# then the dash that opens the story ("LOME, May 4, 2026 (Gulf of Guinea Wire) -"). The
# agency's name is the outlet's, never a party of the story (round r15, fuse14: fusion_own9 tune
# read "Guinea" of the agency as the police's state).
_WIRE_AGENCY = re.compile(
    r"^[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][A-Za-z .'’-]{1,40})?,\s+[A-Za-z0-9 .,]{3,30}?"
    r"\s*\((?P<agency>[^()\n]{1,40})\)\s*[-–—]",
    re.MULTILINE,
)
# A date line sits at the top of the text: the headline and a byline come before it at most.
WIRE_LINE_WINDOW_CHARS = 400


def drop_wire_agencies(sdoc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A name inside the agency brackets of a wire date line ("(Gulf of Guinea Wire)",
    "(Andes Press)"): the outlet, not an actor of the story."""
    spans = [
        m.span("agency") for m in _WIRE_AGENCY.finditer(doc_text(sdoc)[:WIRE_LINE_WINDOW_CHARS])
    ]
    if not spans:
        return cands
    return [c for c in cands if not any(lo <= sdoc[c.start].idx < hi for lo, hi in spans)]
