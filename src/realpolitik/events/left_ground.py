"""Armed bodies leaving ground pull back from it.

"Wagner fighters left Bakhmut last week", "the rebels abandoned the town after the shelling",
"French troops will vacate the base by December": the lexicon reads "leave" as the end of a visit
(CONSULT) and "abandon" as giving up a claim (CONCEDE), which hold for a minister leaving Geneva or
a government abandoning a plan. With an armed body as the subject and ground as the object (a
proper name, or a noun of ground: `acled_acts.tsv`'s ground group), the act is a withdrawal (RETREAT, CAMEO 087), as "withdrew
from Kherson" is read (lead, stop 42). Armed bodies: `deployed_arrivals.yaml`'s armed_bodies and
`left_ground.yaml`'s armed_leavers; the subject's "of" phrase counts ("a column of fighters").
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from realpolitik.events.acled_acts import act_words
from realpolitik.events.acled_phrases import in_words
from realpolitik.events.border_moves import MOBILIZED
from realpolitik.events.deployed_arrivals import body_words, deployed_words
from realpolitik.events.lexicon import DATA_DIR, PULLED_BACK, TriggerType
from realpolitik.events.wordlists import read_word_sets


@cache
def _words() -> dict[str, frozenset[str]]:
    return read_word_sets(DATA_DIR / "left_ground.yaml")


def left_ground(verb: Token) -> TriggerType | None:
    """RETREAT when `verb` is a verb of leaving whose subject is an armed body and whose object
    is ground; None otherwise (the reading stands)."""
    words = _words()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words["leaving_verbs"]:
        return None
    if any(c.dep_ == "prt" for c in verb.children):
        return None  # "left behind", "left out": another verb
    if not _armed_subject(verb):
        return None
    if not any(_is_ground(o) for o in verb.children if o.dep_ == "dobj"):
        return None
    return PULLED_BACK


def returned_to_ground(verb: Token) -> TriggerType | None:
    """MOBILIZE when `verb` is a verb of coming back whose subject is an armed body and whose
    "to" phrase is ground off its home ground ("the rebels returned to Kidal", "troops returned
    to the border town"): a move of force, not the return of property or people (RETREAT 0842)
    the lexicon reads; None otherwise (the reading stands)."""
    words = _words()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words["returning_verbs"]:
        return None
    if any(c.dep_ in {"prt", "dobj"} for c in verb.children) or not _armed_subject(verb):
        return None  # "returned fire", "returned the bodies": another act
    places = [
        p
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "to"
        for p in prep.children
        if p.dep_ == "pobj"
    ]
    if not any(_is_ground(p) and not in_words(p, words["home_ground"]) for p in places):
        return None
    return MOBILIZED


def _armed_subject(verb: Token) -> bool:
    armed = _words()["armed_leavers"] | deployed_words()["armed_bodies"]
    subjects = [w for s in verb.children if s.dep_ == "nsubj" for w in body_words(s)]
    return any(w in armed for w in subjects)


def _is_ground(obj: Token) -> bool:
    """A proper name or a noun of ground ("the town", "their positions"). The parser's entity
    label alone is not asked: it reads many conflict towns as organisations ("Bakhmut"), and what
    an armed body leaves by name is a place far more often than anything else."""
    if obj.pos_ == "PROPN":
        return not _names_organisation(obj)
    return in_words(obj, act_words()["ground"])


# Entity labels of a body of people: a name so labelled that no place bears is what members
# leave ("dozens of fighters left al-Shabaab", "40 commanders quit the FDLR"), a defection, not a
# pull-back from ground. Round r23 (plover41), the lead's leftover: such names read RETREAT 087.
BODY_LABELS = {"ORG", "NORP"}


def _names_organisation(obj: Token) -> bool:
    """A proper name the parser labels a body and the gazetteer names no place by ("Bakhmut",
    labelled an organisation, is a town in the gazetteer and stays ground)."""
    if obj.ent_type_ not in BODY_LABELS:
        return False
    from realpolitik.places import load_gazetteer

    span = next((e for e in obj.doc.ents if e.start <= obj.i < e.end), None)
    name = span.text if span is not None else obj.text
    return not load_gazetteer().lookup(name)
