"""How a place mention sits in its sentence: the object of a locative preposition ("in Kabul"),
and who or what is there ("Zardari in Munich", "Gates, speaking at a conference in Bahrain").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from realpolitik.model import PlaceMention

# Entity labels a place name may carry and still be a place (spaCy's small models tag towns
# PERSON and sometimes ORG; an ORG spanning more than the name is an organisation).
PLACE_ENTITY_LABELS = {"GPE", "LOC", "FAC", "PERSON", ""}
LOCATIVE_PREPOSITIONS = {"in", "at", "near", "outside", "inside", "around", "across", "throughout"}
PLACE_SEARCH_DEPTH = 4  # edges walked from the trigger


def locative_holder(sdoc: Doc, place: PlaceMention) -> Token | None:
    """The word a place hangs on by a locative preposition ("Zardari" in "Zardari in Munich")."""
    span = sdoc.char_span(place.char_start, place.char_end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    token = span.root
    while token.dep_ in {"compound", "amod", "nmod"} and token.head.i != token.i:
        token = token.head  # "in Munich Security Conference": the conference hangs on "in"
    if token.dep_ != "pobj" or token.head.lower_ not in LOCATIVE_PREPOSITIONS:
        return None
    return token.head.head


def present_holder(sdoc: Doc, place: PlaceMention) -> Token | None:
    """Who or what is at the place, through the site it names and a participle: "Gates,
    speaking at a conference in Bahrain" -> Gates; "Zardari in Munich" -> Zardari."""
    holder = locative_holder(sdoc, place)
    for _ in range(PLACE_SEARCH_DEPTH):
        if holder is None:
            return None
        if holder.dep_ == "pobj" and holder.head.lower_ in LOCATIVE_PREPOSITIONS:
            holder = holder.head.head  # "at a conference in Bahrain": the conference is there
        elif holder.dep_ == "acl" and holder.pos_ == "VERB":
            holder = holder.head  # "Gates, speaking at ...": Gates is there
        else:
            break
    return holder


def is_locative_object(sdoc: Doc, place: PlaceMention) -> bool:
    """The place is the object of a locative preposition: where someone or something is."""
    return locative_holder(sdoc, place) is not None


def is_compatible(sdoc: Doc, place: PlaceMention) -> bool:
    """A place named as where something is: the object of a locative preposition."""
    span = sdoc.char_span(place.char_start, place.char_end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    labels = {t.ent_type_ for t in span}
    if labels - PLACE_ENTITY_LABELS:
        return False
    token = span.root
    while token.dep_ in {"compound", "amod", "nmod", "poss"} and token.head.i != token.i:
        token = token.head  # "at a Kabul mosque": the mosque is where
    if token.dep_ != "pobj" or token.head.lower_ not in LOCATIVE_PREPOSITIONS:
        return False
    # Where something happened: the preposition hangs on a clause's verb ("gathered in Lahore"),
    # not on a noun ("the vacuum in the Middle East") or a describing participle ("the regime
    # based in Kabul").
    governor = token.head.head
    return governor.pos_ in {"VERB", "AUX"} and governor.dep_ not in {"acl", "amod", "relcl"}
