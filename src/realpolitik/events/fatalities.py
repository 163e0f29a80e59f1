"""How many people an event killed, read from the casualty phrase of its sentence.

Casualty phrases are found on the parse: a killing verb's object or passive subject ("killing five
civilians", "two soldiers and three civilians were killed"), a dying verb's subject, "N dead",
"N deaths" / "N lives", "the death toll rose to N". Only the dead count; the injured do not.
A vague count ("killed several", "tens of") gives None, never a guess. With several phrases in a
sentence, the one closest to the trigger in the parse wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from spacy.tokens import Span, Token

LEXICON_PATH = Path(__file__).resolve().parents[1] / "data" / "events" / "fatalities.yaml"

# A casualty phrase further than this from the trigger in the parse belongs to another event
# ("met ... , days after an attack killed five" is 1 step; a phrase in another clause of a long
# sentence is usually 4 or more).
MAX_LINK_DISTANCE = 3
VAGUE = -1  # a count the text gives only vaguely


@dataclass(frozen=True)
class Lexicon:
    kill_verbs: frozenset[str]
    die_verbs: frozenset[str]
    dead_adjectives: frozenset[str]
    death_nouns: frozenset[str]
    toll_nouns: frozenset[str]
    toll_prepositions: frozenset[str]
    number_words: dict[str, int]
    multipliers: dict[str, int]
    vague_quantities: frozenset[str]


@cache
def lexicon() -> Lexicon:
    """The word lists, read once."""
    raw = yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))
    sets = {k: frozenset(v) for k, v in raw.items() if isinstance(v, list)}
    return Lexicon(**sets, number_words=raw["number_words"], multipliers=raw["multipliers"])


def fatalities_in(sent: Span, trigger: Token) -> int | None:
    """The number killed in the event of `trigger`, or None when the sentence gives no number."""
    lex = lexicon()
    best: tuple[int, int] | None = None  # (distance to the trigger, count)
    for token in sent:
        count = _casualty_count(token, lex)
        if count is None:
            continue
        distance = _tree_distance(token, trigger)
        if distance <= MAX_LINK_DISTANCE and (best is None or distance < best[0]):
            best = (distance, count)
    if best is None or best[1] == VAGUE:
        return None
    return best[1]


def _casualty_count(token: Token, lex: Lexicon) -> int | None:
    """The count of the dead when `token` heads a casualty phrase; VAGUE; None if it does not."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in lex.kill_verbs:
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in token.children)
        deps = {"nsubjpass"} if passive else {"dobj"}
        victims = _children(token, deps)
        if not victims and not passive:
            # "killing and injuring tens of Pakistanis": the object hangs on the coordinated verb.
            victims = [v for verb in token.conjuncts for v in _children(verb, {"dobj"})][:1]
        if not victims and passive and token.dep_ == "relcl":
            victims = [token.head]  # "the five soldiers who were killed"
        return _sum_counts(victims, lex)
    if token.pos_ in {"VERB", "AUX"} and lemma in lex.die_verbs:
        return _sum_counts(_children(token, {"nsubj"}), lex)
    if token.lower_ in lex.dead_adjectives and token.pos_ in {"ADJ", "VERB"}:
        return _count_dead_adjective(token, lex)
    if token.pos_ == "NOUN" and lemma in lex.toll_nouns:
        return _count_toll(token, lex)
    if token.pos_ == "NOUN" and lemma in lex.death_nouns and token.tag_ in {"NNS", "NNPS"}:
        return _count_of(token, lex)  # "30 deaths", "claimed 30 lives"
    return None


def _count_dead_adjective(token: Token, lex: Lexicon) -> int | None:
    """'left 8 dead', '8 dead and 17 injured', 'five people were dead', 'five dead soldiers'."""
    if token.dep_ in {"oprd", "ccomp", "xcomp"}:
        return _sum_counts(_children(token.head, {"dobj"}), lex)  # "left 8 dead"
    if token.dep_ == "acomp":
        return _sum_counts(_children(token.head, {"nsubj"}), lex)  # "five people were dead"
    if token.dep_ in {"amod", "acl"}:
        return _count_of(token.head, lex)  # "five dead soldiers", "8 dead"
    counts = [c for c in token.children if c.dep_ in {"nummod", "npadvmod", "nsubj"}]
    return _sum_counts(counts[:1], lex) if counts else None


def _count_toll(toll: Token, lex: Lexicon) -> int | None:
    """'the death toll rose to 30', 'stood at 30', 'reached 30', 'a death toll of 30'."""
    if not any(c.lemma_.lower() in lex.death_nouns for c in toll.children if c.dep_ == "compound"):
        return None
    places = [toll, toll.head] if toll.dep_ in {"nsubj", "nsubjpass"} else [toll]
    for place in places:
        for child in place.children:
            if child.dep_ == "prep" and child.lower_ in lex.toll_prepositions:
                count = _sum_counts(_children(child, {"pobj"}), lex)
                if count is not None:
                    return count
            if place is not toll and child.dep_ in {"dobj", "attr"}:
                return _sum_counts([child], lex)
    return None


def _children(token: Token, deps: set[str]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def _sum_counts(victims: list[Token], lex: Lexicon) -> int | None:
    """The total of coordinated victim phrases ('two soldiers and three civilians' -> 5)."""
    if not victims:
        return None
    counts = [_count_of(phrase, lex) for phrase in [victims[0], *victims[0].conjuncts]]
    if VAGUE in counts:
        return VAGUE
    if None in counts:
        return None  # "two soldiers and civilians": the total is not given
    return sum(c for c in counts if c is not None)


def _count_of(phrase: Token, lex: Lexicon) -> int | None:
    """The number a noun phrase gives for its people: '5', 'five civilians', 'a policeman'."""
    own = _number_value(phrase, lex)
    if own is not None:
        return own  # the phrase is the number itself: "killed 12", "several of the terrorists"
    for child in phrase.children:
        if child.dep_ in {"nummod", "quantmod"} or (child.dep_ == "amod" and child.like_num):
            value = _number_value(child, lex)
            if value is not None:
                return value
        if child.dep_ in {"amod", "det"} and child.lower_ in lex.vague_quantities:
            return VAGUE  # "many civilians", "some soldiers"
    if phrase.tag_ in {"NN", "NNP"} and phrase.pos_ in {"NOUN", "PROPN"}:
        return 1  # "killed a policeman", "killed the commander"
    return None


def _number_value(token: Token, lex: Lexicon) -> int | None:
    """The integer a number word or numeral means; VAGUE for 'several', 'dozens'; else None."""
    word = token.lower_
    if word in lex.vague_quantities:
        return VAGUE
    if re.fullmatch(r"\d{1,3}(,\d{3})+|\d+", word):
        return int(word.replace(",", ""))
    parts = word.split("-")
    if all(part in lex.number_words for part in parts):
        # "twenty-five" is one token or "five" with "twenty" as its compound
        tens = [c for c in token.children if c.dep_ == "compound" and c.lower_ in lex.number_words]
        return sum(lex.number_words[part] for part in parts + [t.lower_ for t in tens])
    if word in lex.multipliers:
        factors = [c for c in token.children if c.dep_ in {"compound", "nummod", "quantmod"}]
        base = _number_value(factors[0], lex) if factors else None
        return base * lex.multipliers[word] if base and base != VAGUE else None  # "two hundred"
    return None


def _tree_distance(a: Token, b: Token) -> int:
    """Edges between two tokens of one sentence in the dependency tree."""
    depth_of_ancestor = {a.i: 0}
    for depth, ancestor in enumerate(a.ancestors, start=1):
        depth_of_ancestor[ancestor.i] = depth
    if b.i in depth_of_ancestor:
        return depth_of_ancestor[b.i]
    for depth, ancestor in enumerate(b.ancestors, start=1):
        if ancestor.i in depth_of_ancestor:
            return depth + depth_of_ancestor[ancestor.i]
    return len(a.sent) + len(b.sent)
