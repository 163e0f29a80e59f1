"""An event on a border the text does not name ("clashed several times on the border", "border
skirmishes"): the border feature between the countries the text names (`border_features.tsv`),
or none. Never one of the two countries: a border clash is on both sides' edge, not inside either.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from realpolitik.model import ActorMention, PlaceMention
from realpolitik.places.gazetteer import load_gazetteer, name_key, tsv_rows, word_list
from realpolitik.places.locate.home import is_speech_verb
from realpolitik.places.locate.keys import PARAGRAPH, SITES
from realpolitik.places.locate.meeting import is_meeting_word
from realpolitik.places.locate.roles import LOCATIVE_PREPOSITIONS
from realpolitik.places.locate.sentence import is_statement_verb

# Nouns of a border: "on the border", "along the frontier", "border clashes".
BORDER_NOUNS = {"border", "frontier", "boundary", "borderline"}
# Prepositions that put an event on a border ("on", "along", "at", "across", "near the border").
BORDER_PREPOSITIONS = {"on", "along", "at", "across", "near"}
# Prepositions that name a clash's party: a party that guards a border ("border guards",
# "frontier police") puts the clash on that border.
PARTY_PREPOSITIONS = {"between", "with", "against"}


@dataclass(frozen=True)
class BorderFeature:
    name: str
    countries: frozenset[str]
    crossings: frozenset[str]


@cache
def border_features() -> tuple[BorderFeature, ...]:
    """The borders of `border_features.tsv` whose feature the gazetteer knows."""
    gazetteer = load_gazetteer()
    return tuple(
        BorderFeature(name, frozenset(countries.split("|")), frozenset(crossings.split("|")))
        for name, countries, crossings, *_ in tsv_rows("border_features.tsv")
        if name in gazetteer
    )


def on_unnamed_border(trigger: Token, places: dict[int, PlaceMention]) -> bool:
    """The trigger happens on a border its own words do not name: "border skirmishes", "clashed
    on the border", "clashes with border guards" (not "on the Torkham border": that names its
    place, found by the sentence). A border noun before the trigger or a border force as its
    party counts for acts (`border_act_words.txt`: "border skirmishes", not "a border
    agreement"); no meeting or statement is on a border ("talks on the border")."""
    lemma = trigger.lemma_.lower()
    if is_meeting_word(lemma) or is_statement_verb(lemma) or is_speech_verb(trigger):
        return False  # "talks on the border", "agreed on the border": about it, not on it
    act = lemma in word_list("border_act_words.txt")
    for c in trigger.children:
        if act and c.dep_ in {"compound", "amod"} and c.lemma_.lower() in BORDER_NOUNS:
            return True
        if act and c.dep_ == "prep" and c.lower_ in PARTY_PREPOSITIONS and _border_force(c):
            return True  # "clashes between the Taliban and the Pakistani border guards"
        if c.dep_ == "prep" and c.lower_ in BORDER_PREPOSITIONS:
            for noun in c.children:
                if (
                    noun.dep_ == "pobj"
                    and noun.lemma_.lower() in BORDER_NOUNS
                    and not any(t.i in places for t in noun.subtree)
                ):
                    return True
    return False


def border_place(
    trigger: Token,
    places: dict[int, PlaceMention],
    source: Sequence[ActorMention],
    target: Sequence[ActorMention],
) -> PlaceMention | None:
    """For an event on an unnamed border (`on_unnamed_border`), the one border feature that
    every country the sentence and the event's parties name lies on, when the text names both
    its countries or one of its crossings (in the sentence or its paragraph before it); else
    None (a border of unknown countries, or two candidates)."""
    if not on_unnamed_border(trigger, places):
        return crossing_clash_place(trigger, places, source, target)
    sentence = [p for i, p in places.items() if i >= 0]
    paragraph = [p for i, p in places.items() if SITES < i <= PARAGRAPH]
    named_crossings = {p.place.name for p in [*sentence, *paragraph]}
    countries = {p.place.country for p in sentence if p.place.country}
    countries |= {a.country for a in [*source, *target] if a.country}
    countries |= party_adjective_countries(trigger)
    found = [
        f
        for f in border_features()
        if countries <= f.countries and (f.countries <= countries or f.crossings & named_crossings)
    ]
    if len(found) != 1:
        return None
    (feature,) = found
    return _on_feature(feature, trigger, places, source, target)


def crossing_clash_place(
    trigger: Token,
    places: dict[int, PlaceMention],
    source: Sequence[ActorMention],
    target: Sequence[ActorMention],
) -> PlaceMention | None:
    """For a clash (`crossing_clash_words.txt`) whose own sentence names a crossing of one known
    border and no place outside that border's countries, its parties of no other country either
    ("Clashes between security forces of the two countries led to the closure of the Torkham
    crossing"): that border. The crossing it closed is near the clash, the clash on the border;
    the crossing itself is not claimed (the fighting may be along the line, not at the gate)."""
    if trigger.lemma_.lower() not in word_list("crossing_clash_words.txt"):
        return None
    if any(t.dep_ == "prep" and t.lower_ in LOCATIVE_PREPOSITIONS for t in trigger.subtree):
        return None  # "Clashes between factions in the capital led to ...": a scene of its own
    sentence = [p for i, p in places.items() if i >= 0]
    named = {p.place.name for p in sentence}
    found = [f for f in border_features() if f.crossings & named]
    if len(found) != 1:
        return None
    (feature,) = found
    countries = {p.place.country for p in sentence if p.place.country}
    countries |= {a.country for a in [*source, *target] if a.country}
    if not countries <= feature.countries:
        return None
    return _on_feature(feature, trigger, places, source, target)


def _on_feature(
    feature: BorderFeature,
    trigger: Token,
    places: dict[int, PlaceMention],
    source: Sequence[ActorMention],
    target: Sequence[ActorMention],
) -> PlaceMention:
    """The border feature as the trigger's place (the gazetteer's point, precision `region`)."""
    entry = next(e for e, _ in load_gazetteer().lookup(feature.name) if e.name == feature.name)
    doc_id = next((p.doc_id for p in places.values()), None)
    doc_id = doc_id or next((a.doc_id for a in [*source, *target]), "")
    return PlaceMention(
        doc_id, trigger.idx, trigger.idx + len(trigger), trigger.text, entry.place()
    )


def party_adjective_countries(trigger: Token) -> set[str]:
    """The countries of demonyms coordinated on the trigger's subject ("Afghan and Pakistani
    forces clashed ..."): each side of a two-sided party, where the actors stage keeps one
    mention for the whole phrase."""
    demonyms = load_gazetteer().demonyms
    found = set()
    for subject in (c for c in trigger.children if c.dep_ == "nsubj"):
        for adjective in (c for c in subject.children if c.dep_ == "amod"):
            for word in (adjective, *(c for c in adjective.children if c.dep_ == "conj")):
                entry = demonyms.get(name_key(word.text))
                if entry is not None and entry.country:
                    found.add(entry.country)
    return found


def _border_force(prep: Token) -> bool:
    """One of the preposition's objects is a border force: "the Pakistani border guards"."""
    for noun in prep.children:
        if noun.dep_ != "pobj":
            continue
        for party in (noun, *(c for c in noun.children if c.dep_ == "conj")):
            if any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in BORDER_NOUNS
                   for c in party.children):  # fmt: skip
                return True
    return False
