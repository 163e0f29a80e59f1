"""A round of talks named by "round" alone: "the next round will open in Havana", "The latest
round, held in Delhi, ended after two hours". A word that places the round in a series of
sessions ("next", "latest", "another") makes it a meeting, typed as the lexicon types a meeting
(CONSULT). A round "of" something is left to that noun ("a new round of sanctions" is no meeting,
"a new round of talks" is the talks), and so is a round with an ordinal ("the second round" is an
election's run-off as often). Word lists: `data/events/talks_rounds.yaml`."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.tokens import Token

from realpolitik.events.lexicon import Lexicon, TriggerType
from realpolitik.events.wordlists import read_word_sets

WORDS_PATH = Path(__file__).resolve().parents[1] / "data" / "events" / "talks_rounds.yaml"
# The lexicon's meeting noun, whose type the round takes.
MEETING_NOUN = "meeting"


@cache
def talks_round_words() -> dict[str, frozenset[str]]:
    return read_word_sets(WORDS_PATH)


def talks_round_event(noun: Token, lex: Lexicon) -> TriggerType | None:
    """The meeting a bare "round" placed in a series of sessions names, or None."""
    words = talks_round_words()
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in words["round_nouns"] or noun.ent_type_:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return None
    placed = any(
        c.dep_ in {"amod", "det", "compound"} and c.lower_ in words["series_words"]
        for c in noun.children
    )
    return lex.noun(MEETING_NOUN) if placed else None
