"""Attribution: who the text says asserts an event ("the Taliban claimed that ...").

The claimer is found on the parse: a reporting verb over the trigger's clause ("X said/claimed/
denied that ...", "X accused Y of ..."), a reporting noun ("the Taliban's claim that ..."), an
"according to X" phrase or a parenthetical "..., X said." The speaker phrase is then matched to
the document's actor mentions by character offsets. The outlet's own voice gives no claimer.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.tokens import Token

from realpolitik.events.wordlists import read_word_sets
from realpolitik.model import ActorMention

LEXICON_PATH = Path(__file__).resolve().parents[1] / "data" / "events" / "attribution.yaml"

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# Clauses hanging off a speaker phrase that describe it rather than name it:
# "the official, who met the envoy on Monday, said ..." must not match the envoy.
DESCRIPTIVE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "punct", "cc", "conj"})
# Edges by which a node is not what its head reports: "the Taliban said X and attacked Y" does
# not make the Taliban the claimer of their own attack; the subject is the speaker itself.
NOT_FRAMED_DEPS = frozenset({"conj", "nsubj", "csubj", "appos"})
# How far up the parse a reporting frame is looked for; a sentence rarely nests deeper.
MAX_CLIMB = 12


@dataclass(frozen=True)
class Lexicon:
    reporting_verbs: frozenset[str]
    reporting_nouns: frozenset[str]
    source_prepositions: frozenset[str]


@cache
def lexicon() -> Lexicon:
    """The word lists, read once."""
    return Lexicon(**read_word_sets(LEXICON_PATH))


def claimed_by(trigger: Token, actors: list[ActorMention]) -> list[ActorMention]:
    """The actor mentions the text names as asserting the event of `trigger`; [] for the outlet."""
    speakers = _speakers(trigger, lexicon())
    found: list[ActorMention] = []
    for speaker in speakers:
        for mention in _mentions_for(speaker, actors):
            if all(mention is not f for f in found):
                found.append(mention)
    return found


def _speakers(trigger: Token, lex: Lexicon) -> list[Token]:
    """Head tokens of the phrase naming who asserts the event (several when coordinated)."""
    node = trigger
    for _ in range(MAX_CLIMB):
        speaker = _attached_source(node, lex)
        head = node.head
        if speaker is None and head.i != node.i and node.dep_ not in NOT_FRAMED_DEPS:
            speaker = _frame_speaker(head, lex)
        if speaker is not None:
            return [speaker, *speaker.conjuncts]
        if head.i == node.i:
            break
        node = head
    return []


def _attached_source(node: Token, lex: Lexicon) -> Token | None:
    """'..., according to X' or '..., X said.' attached to the node or a clause coordinated with it."""
    for clause in (node, *node.conjuncts):
        for child in clause.children:
            if child.lower_ == "according":
                for to in child.children:
                    objects = [o for o in to.children if o.dep_ == "pobj"]
                    if to.lower_ == "to" and objects:
                        return objects[0]
            if child.dep_ == "parataxis" and child.lemma_.lower() in lex.reporting_verbs:
                speaker = _subject(child)
                if speaker is not None:
                    return speaker
    return None


def _frame_speaker(head: Token, lex: Lexicon) -> Token | None:
    """The speaker when `head` is a reporting verb or noun framing what is below it."""
    lemma = head.lemma_.lower()
    if head.pos_ in {"VERB", "AUX"} and lemma in lex.reporting_verbs:
        return _subject(head)
    if head.pos_ in {"NOUN", "PROPN"} and lemma in lex.reporting_nouns:
        for child in head.children:
            if child.dep_ == "poss":
                return child  # "the Taliban's claim that ..."
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in lex.source_prepositions:
                objects = [o for o in child.children if o.dep_ == "pobj"]
                if objects:
                    return objects[0]  # "a statement from the ministry"
        for child in head.children:
            if child.dep_ == "compound" and child.pos_ == "PROPN":
                return child  # "a Taliban statement"
    return None


def _subject(verb: Token) -> Token | None:
    """The (active) subject of a reporting verb, or the agent of a passive one."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            if child.tag_ == "WP" and verb.dep_ == "relcl":
                return verb.head  # "the spokesman, who said ..."
            return child
        if child.dep_ == "agent":
            objects = [o for o in child.children if o.dep_ == "pobj"]
            if objects:
                return objects[0]  # "it was announced by the ministry"
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        return _subject(verb.head)  # "the ministry met the envoy and said ..."
    return None


def _mentions_for(speaker: Token, actors: list[ActorMention]) -> list[ActorMention]:
    """The actor mention naming the speaker: the one on its head word, else the nearest inside."""
    head_start, head_end = speaker.idx, speaker.idx + len(speaker)
    on_head = [m for m in actors if m.start < head_end and head_start < m.end]
    if on_head:
        return on_head[:1]
    # "a Taliban spokesman" -> the Taliban mention inside the phrase, closest to its head.
    best: tuple[int, ActorMention] | None = None
    for token, depth in _phrase_tokens(speaker):
        for mention in actors:
            if mention.start < token.idx + len(token) and token.idx < mention.end:
                if best is None or depth < best[0]:
                    best = (depth, mention)
    return [best[1]] if best else []


def _phrase_tokens(head: Token) -> list[tuple[Token, int]]:
    """The tokens of the speaker phrase with their depth below its head, descriptions left out."""
    found: list[tuple[Token, int]] = []
    stack = [(head, 0)]
    while stack:
        token, depth = stack.pop()
        found.append((token, depth))
        stack.extend((c, depth + 1) for c in token.children if c.dep_ not in DESCRIPTIVE_DEPS)
    return found
