"""Find event triggers in a parsed sentence and type them from the lexicon.

A verb is typed by the most specific entry that fits: a CAMEO pattern over its particle,
object or prepositional object ("held talks", "called for", "lifted the blockade"), else the
verb's own entry. A noun is typed as an event nominal ("clashes", "the meeting", "air strike").
Light verbs ("take", "hold", "launch") never fire alone: their event-noun object does.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from realpolitik.events.lexicon import Lexicon, TriggerType

OBJECT_DEPS = {"dobj", "obj", "attr", "oprd"}
NOUN_MODIFIER_DEPS = {"compound", "amod", "nmod", "npadvmod"}


@dataclass
class Trigger:
    token: Token
    ttype: TriggerType
    nominal: bool
    via: Token | None = None  # the object or preposition that selected a pattern

    @property
    def text(self) -> str:
        if self.via is not None and self.via.dep_ == "prt":
            return f"{self.token.text} {self.via.text}"
        return self.token.text


def _objects(verb: Token) -> list[Token]:
    objs = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    if any(c.dep_ == "auxpass" for c in verb.children):
        objs += [c for c in verb.children if c.dep_ == "nsubjpass"]
    return objs


def _words(tok: Token) -> list[str]:
    return list(dict.fromkeys([tok.lemma_.lower(), tok.lower_]))


def type_verb(verb: Token, lex: Lexicon) -> Trigger | None:
    """The verb's event type, from its patterns first, else its own entry."""
    lemma = verb.lemma_.lower()
    particles = [c for c in verb.children if c.dep_ == "prt"]
    particle = particles[0].lower_ if particles else ""
    objects = _objects(verb)
    for obj in objects:
        for word in _words(obj):
            hit = lex.pattern(lemma, particle, word) or (particle and lex.pattern(lemma, "", word))
            if hit:
                return Trigger(verb, hit, False, obj)
    for prep in (c for c in verb.children if c.dep_ in {"prep", "agent"}):
        pobjs = [c for c in prep.children if c.dep_ == "pobj"]
        for pobj in pobjs:
            for word in _words(pobj):
                hit = lex.pattern(lemma, prep.lower_, word)
                if hit:
                    return Trigger(verb, hit, False, prep)
    if particle:
        hit = lex.pattern(lemma, particle, "") or lex.verb(lemma, particle)
        if hit:
            return Trigger(verb, hit, False, particles[0])
    if lemma in lex.report:
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        hit = lex.pattern(lemma, prep.lower_, "")
        if hit:
            return Trigger(verb, hit, False, prep)
    hit = lex.verb(lemma)
    return Trigger(verb, hit, False) if hit else None


def type_noun(noun: Token, lex: Lexicon) -> Trigger | None:
    mods = [c.lemma_.lower() for c in noun.children if c.dep_ in NOUN_MODIFIER_DEPS]
    hit = lex.noun(noun.lemma_.lower(), mods) or lex.noun(noun.lower_, mods)
    return Trigger(noun, hit, True) if hit else None


def find_triggers(sent: Span, lex: Lexicon) -> list[Trigger]:
    """Every typed trigger of the sentence, in text order."""
    found: list[Trigger] = []
    for tok in sent:
        if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.dep_ == "ROOT" and tok.lemma_ != "be"):
            trig = type_verb(tok, lex)
        elif tok.pos_ in {"NOUN", "PROPN"} and tok.ent_type_ not in {"GPE", "ORG", "PERSON", "NORP"}:
            trig = type_noun(tok, lex)
        else:
            trig = None
        if trig:
            found.append(trig)
    return found
