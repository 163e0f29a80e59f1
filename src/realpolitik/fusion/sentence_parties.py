"""The parties a party-less back-reference's own sentence names in its other words.

"Thursday's talks in Brasilia gave Ferreira Brazil's backing": the talks have no parties read
(the names stand in the other clause, as the receiver of the backing), and the article's other
meetings are someone else's, so `back_references` rule 3 (the document names the happening's
parties through its mentions of the same type family) found none of the talks' parties and the
recall stayed apart from the report of the talks (round r15, fuse14: fusion_own9 tune). The
sentence of the recall itself names them: a state by its name, adjective or seat ("Brazil's",
"Lao", "Vientiane"), a person by a word of the name another report gave in full.

`back_references` counts these beside the document's same-family parties; every other rule (a
shared root, a fitting date, exactly one happening) still holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from realpolitik.actors.kb import load_kb
from realpolitik.fusion.person_names import is_proper_name, name_words, words_close
from realpolitik.model import ActorMention

# A state's own id or its government's ("LAO", "LAO.GOV"): the index answers a seat with the
# government, a name or an adjective with the state.
_STATE_ID = re.compile(r"^[A-Z]{3}(?:\.GOV)?$")
# The knowledge base's curated and state entries (priority 0 and 1), not Phoenix's many
# organisations whose names are common words.
_STATE_PRIORITY = 1
_CAPITALISED = re.compile(r"\b[A-Z][^\W\d_]+")
# Name words this short say little ("Li", "Ali"); a family name of four letters or more is a cue.
MIN_NAME_WORD = 4


def sentence_countries(sentence: str) -> set[str]:
    """The states a sentence names by a single capitalised word: name, adjective or seat."""
    kb = load_kb()
    out = set()
    for word in _CAPITALISED.findall(sentence):
        entries = kb.lookup(word)
        if (
            entries
            and entries[0].priority <= _STATE_PRIORITY
            and _STATE_ID.match(entries[0].actor_id)
        ):
            out.add(entries[0].actor_id[:3])
    return out


def countries_of_persons_named(sentence: str, actors: Iterable[ActorMention]) -> set[str]:
    """The countries of the proper-named `actors` a word of `sentence` names: their family name
    ("Ferreira" of "Ana Ferreira"), spelt within the small distance `person_names` allows."""
    words = [
        w for w in name_words(" ".join(_CAPITALISED.findall(sentence))) if len(w) >= MIN_NAME_WORD
    ]
    out = set()
    for a in actors:
        if a.country is None or not is_proper_name(a):
            continue
        names = name_words(a.name)
        family = names[1:] or names
        if any(words_close(f, w) for f in family if len(f) >= MIN_NAME_WORD for w in words):
            out.add(a.country)
    return out
