"""Capitals and seats as actors: "Islamabad accused ..." is Pakistan's government; "talks in
Islamabad" is a place and no actor at all.

The reading comes from the parse: a seat that is the subject or object of a verb, a possessor
("Kabul's interim government"), a modifier of a government noun ("Kabul-based government",
"Islamabad authorities") or a party in "between Kabul and Islamabad" is an actor (but not the
ends of a road: "the highway between Nairobi and Mombasa"; stop 53 lead); after a
locative preposition ("in", "at", "near", "to", "from"; but "a warning from Moscow" names the
sender and "protested to Moscow" the party addressed), as a dateline ("KABUL –") or as the
modifier of any other noun ("a Kabul mosque") it is a place.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from realpolitik.actors.generic import names_related_states
from realpolitik.actors.kb import DATA_DIR
from realpolitik.nlp.conjuncts import first_conjunct
from realpolitik.places.recognize import FEATURE_WORDS, PLACE_NOUNS, lists_places
from realpolitik.places.roads import STRETCH_NOUNS

# Prepositions after which a place name is where something happens, not who acts.
LOCATIVE_PREPOSITIONS = {
    "in", "at", "near", "to", "into", "from", "outside", "inside", "around", "across", "within",
    "toward", "towards", "via", "through", "throughout", "north", "south", "east", "west",
    "of",  # "north of Kabul", "the streets of Kabul"; "government of Kabul" is caught first
    "on", "over", "beyond", "off", "until", "till", "along",
}  # fmt: skip

# Nouns that make a seat into its government when the seat modifies them.
GOVERNMENT_NOUNS = {
    "government", "regime", "authority", "authorities", "administration", "leadership",
    "official", "officials", "ruler", "rulers", "cabinet", "establishment", "policy", "policymakers",
}  # fmt: skip

# Verbs whose "on" names whom they address, not a place: "called on Beijing to respect the
# convention", "prevailed on Tehran to release them".
ADDRESSING_ON_VERBS = {"call", "prevail"}
# The parser reads a sentence-opening seat before a verb as a noun-phrase adverb
# ("Washington/npadvmod increased pressure ..."); with no subject on that verb it is the subject.
OPENING_ADVERB_DEPS = {"npadvmod", "advmod"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "expl"}
ACTOR_DEPS = {"nsubj", "nsubjpass", "dobj", "dative", "iobj", "appos", "attr", "agent", "poss"}


def _governing(token: Token) -> Token:
    """Skip up through coordination: in "Kabul and Islamabad", Islamabad reads like Kabul."""
    return first_conjunct(token)


@cache
def _word_list(name: str) -> frozenset[str]:
    """One lemma a line of `data/actors/<name>.txt` (`#` lines are comments)."""
    lines = (DATA_DIR / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def pressure_on_nouns() -> frozenset[str]:
    """Nouns whose "on" names the party pressed (`data/actors/pressure_on_nouns.txt`)."""
    return _word_list("pressure_on_nouns")


def message_from_nouns() -> frozenset[str]:
    """Nouns whose "from" names the party that sends them (`data/actors/message_from_nouns.txt`)."""
    return _word_list("message_from_nouns")


def addressed_to_words() -> frozenset[str]:
    """Verbs and nouns whose "to" names the party addressed (`data/actors/addressed_to_words.txt`)."""
    return _word_list("addressed_to_words")


def message_from_verbs() -> frozenset[str]:
    """Verbs of drawing or receiving whose "from" names the sender of the message noun they take
    (`data/actors/message_from_verbs.txt`; the events stage reads a protest drawn so as lodged)."""
    return _word_list("message_from_verbs")


def _message_drawn_from(prep: Token) -> bool:
    """ "drew condemnation from Beijing", "received a protest from Hanoi on Friday": the parser
    hangs the message noun's "from" on the verb; a verb of drawing or receiving
    (`data/actors/message_from_verbs.txt`) with a message noun as its object makes the seat its
    sender (stop 72 lead: such a seat read as a place and the message had no source)."""
    verb = prep.head
    if prep.lower_ != "from" or verb.lemma_.lower() not in message_from_verbs():
        return False
    return any(
        c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in message_from_nouns() for c in verb.children
    )


def _subjectless_opening(span: Span, root: Token) -> bool:
    """A seat opening its sentence, parsed as an adverb of the verb after it, where that verb
    has no subject of its own: "Washington increased pressure on Caracas ..."."""
    verb = root.head
    return (
        root.dep_ in OPENING_ADVERB_DEPS
        and verb.pos_ in {"VERB", "AUX"}
        and verb.i > span.end - 1
        and span.start == span.sent.start
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    )


def government_noun(span: Span) -> Token | None:
    """The government noun a seat modifies ("Kabul's interim government", "Kabul-based
    government", "Islamabad authorities", "the interim government of Kabul"), if any."""
    doc = span.doc
    root = span.root
    end = span.end
    if end + 1 < len(doc) and doc[end].text in {"-", "–"} and doc[end + 1].lower_ == "based":
        head = doc[end + 1].head
        return head if head.lemma_.lower() in GOVERNMENT_NOUNS else None
    if end < len(doc) and doc[end].lower_ == "based":
        head = doc[end].head
        return head if head.lemma_.lower() in GOVERNMENT_NOUNS else None
    head = root.head
    if root.dep_ in {"poss", "compound", "amod", "nmod", "npadvmod"} and head.i >= end:
        if head.lower_ in GOVERNMENT_NOUNS or head.lemma_.lower() in GOVERNMENT_NOUNS:
            return head
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.i < span.start:
        noun = head.head
        if noun.lower_ in GOVERNMENT_NOUNS or noun.lemma_.lower() in GOVERNMENT_NOUNS:
            return noun
    return None


def is_dateline(span: Span) -> bool:
    doc = span.doc
    at_line_start = (
        span.start == 0 or "\n" in doc[span.start - 1].whitespace_ + doc[span.start - 1].text
    )
    return (
        at_line_start
        and span.text.isupper()
        and span.end < len(doc)
        and doc[span.end].text in {"-", "–", "—", ":", ","}
    )


# "in Kyiv's Obolon district", "near Khartoum's main airport", "in Mogadishu's Hodan district": a
# seat's possessive on a part of it or a site in it, after a locative preposition, names where, not
# who (stop 53 lead, probes of our own: the seat was its government, a party of acts done there).
# The site as an object ("rockets hit Kyiv's Obolon district") still names the seat's state as the
# party hit: the place-target reading of such a verb comes after its parties. Lemmas.
SITE_NOUNS = PLACE_NOUNS | FEATURE_WORDS | {
    "neighbourhood", "neighborhood", "quarter", "suburb", "outskirt", "street", "centre", "center",
    "market", "hospital", "mosque", "camp", "area", "downtown",
}  # fmt: skip


def _site_where(noun: Token) -> bool:
    """A site noun that is the object of a locative preposition ("in Kyiv's Obolon district")."""
    return (
        noun.lemma_.lower() in SITE_NOUNS
        and noun.dep_ == "pobj"
        and noun.head.lower_ in LOCATIVE_PREPOSITIONS
    )


def seat_is_actor(span: Span) -> bool:
    """Whether a capital or seat in this position stands for an institution."""
    if is_dateline(span):
        return False
    if government_noun(span) is not None:
        return True
    root = _governing(span.root)
    if root.dep_ == "poss" and _site_where(root.head):
        return False
    if root.dep_ in ACTOR_DEPS or _subjectless_opening(span, root):
        return True
    if root.dep_ == "pobj":
        prep = root.head
        if prep.lower_ == "on" and prep.head.lemma_.lower() in ADDRESSING_ON_VERBS:
            return True
        if prep.lower_ == "on" and prep.head.lemma_.lower() in pressure_on_nouns():
            return True  # "pressure on Manila", "sanctions on Caracas": the party pressed
        if prep.lower_ == "from" and prep.head.lemma_.lower() in message_from_nouns():
            return True  # "a warning from Moscow", "pressure from Washington": the sender
        if _message_drawn_from(prep):
            return True  # "drew condemnation from Beijing": the sender, hung on the verb
        if prep.lower_ == "to" and prep.head.lemma_.lower() in addressed_to_words():
            return True  # "protested to Moscow", "an appeal to Kabul": the party addressed
        if prep.lower_ == "of" and names_related_states(prep.head):
            # "the allies of Kyiv", "the neighbours of Pretoria": the state they relate to
            # (stop 66, lead: probes of our own; "Kyiv's allies" read so, the "of" form no party)
            return True
        if prep.lower_ == "between" and prep.head.lemma_.lower() in STRETCH_NOUNS:
            # "the highway between Nairobi and Mombasa", "a bus between Gusau and Funtua": the
            # ends of a road, places
            return False
        if lists_places(prep):
            return False  # "in several cities, including Khartoum": a town of the list
        return prep.lower_ not in LOCATIVE_PREPOSITIONS
    return False
