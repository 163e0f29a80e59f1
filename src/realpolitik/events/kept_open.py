"""An act kept open: "did not rule out closing the border", "would not exclude new sanctions",
"refused to rule out military action", "has not ruled out talks with the rebels"; or an option
raised: "raised the prospect of sanctions", "floated the idea of joint patrols".

The lexicon reads "rule out" as a rejection (CAMEO 12), and the negation then leaves a negated
rejection as the sentence's event. But a statement that an option stays open says what the
speaker may do: PLOVER types it by that act, as it types an intent (`framing.py`): a hostile act
kept open is a threat (THREATEN, CAMEO 13), a cooperative one an intent to do it (AGREE, CAMEO
03). An option the lexicon does not type ("did not rule out an early election") leaves the
reading as it was. Word lists: `data/events/kept_open.yaml`.

Written for issue 9 item 2, typing round 22 (plover24; own24 tune: an option of legal action
kept open read as a rejection).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Token

from realpolitik.events.lexicon import DATA_DIR, PLAIN_THREAT, Lexicon, TriggerType
from realpolitik.events.polarity import is_negated
from realpolitik.events.wordlists import read_word_sets

WORDS_PATH = DATA_DIR / "kept_open.yaml"
INTENT_KEPT_OPEN = TriggerType("AGREE", None, "030", "own")
KEPT_OPEN_TYPES = (PLAIN_THREAT, INTENT_KEPT_OPEN)
# Where the option hangs on the excluding verb: its object, or a gerund the parser makes its
# complement ("did not rule out closing ...": xcomp).
OPTION_DEPS = {"dobj", "obj", "xcomp", "ccomp"}


@cache
def _words() -> dict[str, frozenset[str]]:
    return read_word_sets(WORDS_PATH)


def _phrase(verb: Token) -> str:
    """The verb's lemma with its particle: "rule out", "hold out", "exclude"."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return " ".join([verb.lemma_.lower(), *particles[:1]])


def _excluding(verb: Token) -> bool:
    """ "rule out" (with its particle), "exclude": a verb of excluding an option."""
    return verb.pos_ == "VERB" and _phrase(verb) in _words()["excluding_verbs"]


def excluding_verb_kept_open(verb: Token) -> Token | None:
    """The excluding verb whose option `verb`'s statement keeps open: `verb` itself when it is a
    negated one ("did not rule out"), or its to-infinitive when `verb` is a verb of refusing
    that is not negated itself ("refused to rule out")."""
    if _excluding(verb) and is_negated(verb):
        return verb
    if verb.lemma_.lower() in _words()["refusing_verbs"] and not is_negated(verb):
        for comp in (c for c in verb.children if c.dep_ == "xcomp"):
            if _excluding(comp) and not is_negated(comp):
                return comp
    return None


def _options(verb: Token, option_noun_only: bool = False) -> list[Token]:
    """The words that may name the act kept open: the verb's object or complement, then the "of"
    objects of an option noun ("the possibility of new sanctions"); with `option_noun_only`, only
    the latter."""
    out = []
    for c in verb.children:
        if c.dep_ not in OPTION_DEPS:
            continue
        option_noun = c.lemma_.lower() in _words()["option_nouns"]
        if not option_noun_only:
            out.append(c)
        if option_noun:
            out += [p for prep in c.children if prep.dep_ == "prep" and prep.lower_ == "of"
                    for p in prep.children if p.dep_ in {"pobj", "pcomp"}]  # fmt: skip
    return out


def kept_open(
    verb: Token, lex: Lexicon, type_of: Callable[[Token, Lexicon], TriggerType | None]
) -> TriggerType | None:
    """THREATEN or AGREE when `verb` keeps a typed act open; else None. `type_of` types the act
    as the trigger finder does."""
    excluding = excluding_verb_kept_open(verb)
    if excluding is not None:
        options = _options(excluding)
    elif verb.pos_ == "VERB" and _phrase(verb) in _words()["raising_verbs"]:
        options = _options(verb, option_noun_only=True)
    else:
        return None
    for option in options:
        read = type_of(option, lex)
        if read is not None:
            return PLAIN_THREAT if read.quad_class >= 3 else INTENT_KEPT_OPEN
    return None
