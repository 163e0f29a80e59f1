"""An armed group told as now ruling a place (round r17): the codebook's non-state actor
overtaking territory, told by its outcome rather than by a verb of taking.

Regional news often reports a takeover by who rules now: "gangsters are now running the
commune, having swept in once the police left", "militants now control the town of X after the
troops withdrew". No word of taking or seizing is there, so the territory decision (which needs
one, `acled_typing.names_gain`) dropped the gain and the classifier's next label (mob violence,
"none") decided (own7 tune, a leftover of rounds r15 and r16). Word groups in
`data/events/acled_new_rule.tsv`.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from realpolitik.events.acled_acts import act_words
from realpolitik.events.acled_phrases import in_words
from realpolitik.events.lexicon import DATA_DIR
from realpolitik.events.nominal_objects import prep_objects
from realpolitik.events.wordlists import read_word_groups
from realpolitik.nlp.columns import span_tokens

NEW_RULE_FILE = DATA_DIR / "acled_new_rule.tsv"


@lru_cache(maxsize=1)
def new_rule_words() -> dict[str, frozenset[str]]:
    """The word groups of `acled_new_rule.tsv`."""
    return read_word_groups(NEW_RULE_FILE)


def _in(tok: Token, group: str) -> bool:
    return in_words(tok, new_rule_words()[group])


def reads_armed_rule_now(sent: Span) -> bool:
    """A verb of ruling a place (`rule_verb`: run, control, hold ...; or "be in charge / control
    of") with "now" on it, whose subject is an armed non-state group (`ruler`; a state force word
    such as "army" or "police" is none), and whose object, or the "of" of "in charge of", is a
    place: a proper name (the recogniser often takes a small town for a person) or a word of
    held ground. "The army now controls the town" is no non-state gain; "gangs control most of
    the capital" has no "now" and tells a standing state."""
    state = act_words()["state_force"]
    for verb in span_tokens(sent):
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        if not any(_in(c, "now") for c in verb.children if c.dep_ == "advmod"):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        subjects += [c for s in subjects for c in s.conjuncts]
        if not any(_in(s, "ruler") and not in_words(s, state) for s in subjects):
            continue
        if _in(verb, "rule_verb"):
            places = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
        else:  # "are now in charge of X"
            charge = [p for p in prep_objects(verb, "in") if _in(p, "in_charge")]
            places = [o for c in charge for o in prep_objects(c, "of")]
        places += [c for p in places for c in p.conjuncts]
        places += [o for p in places for o in prep_objects(p, "of")]  # "the town of X"
        if any(_names_place(p) for p in places):
            return True
    return False


def _names_place(tok: Token) -> bool:
    return tok.pos_ == "PROPN" or in_words(tok, act_words()["ground"])
