"""The grounds of a charge: the act a person is sought, suspected, charged or jailed for ("a
businessman wanted in the United States for exporting drone parts to Russia was extradited by
Latvia", "a pilot suspected of flying weapons to the militias was handed over").

That act is what the person is said to have done, told as background to what is done to the
person now (the extradition, the hand-over); it ranks as an embedded act. Before, where the
charging word was not itself a typed trigger ("wanted", "suspected", unlike "accused" or
"charged" read as ACCUSE), the act was a clause of its own and, with its two parties named,
outranked the main act (issue 9 item 2, round r34, plover52: own72 tune). Word lists:
`data/events/charge_grounds.yaml`.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from realpolitik.events.lexicon import DATA_DIR
from realpolitik.events.wordlists import read_word_sets


@cache
def _words() -> dict[str, frozenset[str]]:
    return read_word_sets(DATA_DIR / "charge_grounds.yaml")


def ground_of_a_charge(act: Token) -> bool:
    """`act` is an "-ing" verb in the "for"/"of"/"with" phrase of a word that describes a person
    as charged, sought or held for it ("wanted for exporting", "suspected of spying")."""
    if act.tag_ != "VBG" or act.dep_ != "pcomp":
        return False
    prep = act.head
    return prep.dep_ == "prep" and names_the_charge(prep.head, prep)


def names_the_charge(verb: Token, prep: Token) -> bool:
    """`prep` is the "with"/"of"/"for" phrase of a charging verb ("charged with spying for
    Moscow", "charged with smuggling weapons for Iran"): it names the act charged, whose parties
    are not the one charged, however the parser hangs the "-ing" word (a noun's compound as often
    as a `pcomp`). Round r43, reader47, stop 62's leftover: the state served was read the target."""
    words = _words()
    return prep.lower_ in words["ground_prepositions"] and bool(
        {verb.lower_, verb.lemma_.lower()} & words["charging_words"]
    )
