"""A person said to be "due" in a place is a visit to come.

"US envoy Daniel Hartwell is due in Beirut on Monday", "The foreign minister is due in Hanoi later
this week": wire news tells a scheduled trip with the copula and "due" + "in"/"at" a named place,
with no verb of travelling (issue 9, round r33, reader37: a reader_own32 tune visit to come had no
event; "is due to arrive in" is a verb and was read already). A careful reader lists the visit to
come (CONSULT, CAMEO 042) as not asserted: the trigger is the copula (as `triggers._on_alert_copula`
is), the subject its source, and `polarity.awaited_copula` reads it intended. A thing due
somewhere ("the ship is due in port", "the report is due in June") is no visit: the subject must
name a person by entity label or by title (`awaited_visits.yaml` visitor_heads), and the place
must be a named place.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from realpolitik.events.lexicon import DATA_DIR, TriggerType
from realpolitik.events.wordlists import read_word_sets

VISIT_DUE = TriggerType("CONSULT", None, "042", "own")
_PLACE_ENTS = {"GPE", "LOC", "FAC"}


@cache
def _words() -> dict[str, frozenset[str]]:
    return read_word_sets(DATA_DIR / "awaited_visits.yaml")


def awaited_adjective(copula: Token) -> Token | None:
    """The "due" of a copula ("is due in Beirut"), the copula heading its clause; else None."""
    if copula.lemma_ != "be" or copula.dep_ in {"aux", "auxpass"}:
        return None
    words = _words()["awaited_adjectives"]
    return next((c for c in copula.children if c.dep_ == "acomp" and c.lower_ in words), None)


def visit_due(copula: Token) -> bool:
    """`copula` states a person due at a named place: "The envoy is due in Beirut on Monday"."""
    adjective = awaited_adjective(copula)
    if adjective is None or any(c.dep_ in {"xcomp", "ccomp"} for c in adjective.children):
        return False  # "is due to arrive": the infinitive is the event
    if not (_names_a_visitor(copula) and _at_named_place(adjective)):
        return False
    return True


def _names_a_visitor(copula: Token) -> bool:
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.ent_type_ == "PERSON" or subject.lemma_.lower() in _words()["visitor_heads"]:
        return True
    return any(c.ent_type_ == "PERSON" for c in subject.children if c.dep_ in {"compound", "appos"})


def _at_named_place(adjective: Token) -> bool:
    preps = _words()["arrival_prepositions"]
    return any(
        p.dep_ == "prep"
        and p.lower_ in preps
        and any(o.dep_ == "pobj" and o.ent_type_ in _PLACE_ENTS for o in p.children)
        for p in adjective.children
    )
