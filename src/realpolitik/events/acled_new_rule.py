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


def reads_rule_claimed_in_own_voice(sent: Span) -> bool:
    """An armed group's own claim that it now rules a place: a verb of ruling with "now" on it
    (`rule_verb`, or "in charge of") set as what a verb of saying or claiming (`claim_say`) at
    the sentence's head reports, that verb told in the group's voice: its subject an armed group
    (`ruler`) or its outlet (`own_voice`: a statement, a video, a channel, a speaker), or its
    "in" or "on" phrase one ("said in a statement", "claimed on their radio"). Round r42 (own43's
    brief and stop 61's leftover: "an armed group said ... that its fighters now control several
    villages" read as a takeover, "the rebels claimed on their radio that they now hold three
    districts" as an agreement): propaganda, no event. A claim told by others ("residents said
    the militants now control ...") or by a state side ("the army said its troops now control
    ...") is left to the other readings."""
    state = act_words()["state_force"]
    for verb in span_tokens(sent):
        if verb.dep_ != "ccomp" or not _rules_now(verb):
            continue
        said = verb.head
        if said.dep_ != "ROOT" or not _in(said, "claim_say"):
            continue
        subjects = [c for c in said.children if c.dep_ == "nsubj"]
        if any(in_words(s, state) for s in subjects):
            continue
        told_in = [*prep_objects(said, "in"), *prep_objects(said, "on")]
        if any(_in(s, "ruler") or _in(s, "own_voice") for s in subjects) or any(
            _in(o, "own_voice") for o in told_in
        ):
            return True
    return False


def _rules_now(verb: Token) -> bool:
    """A verb of ruling ("control", "hold", "are in charge of") with "now" on it."""
    if not any(_in(c, "now") for c in verb.children if c.dep_ == "advmod"):
        return False
    if _in(verb, "rule_verb"):
        return True
    return any(_in(p, "in_charge") for p in prep_objects(verb, "in"))
