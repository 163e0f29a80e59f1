"""A statement of a state's own government or officials, located in that state ("home") when
nothing in the text puts the speaker elsewhere.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from realpolitik.model import ActorMention, PlaceMention
from realpolitik.places.gazetteer import load_gazetteer, word_list
from realpolitik.places.locate.keys import DATELINE, PARAGRAPH, SITES
from realpolitik.places.locate.paragraph import head_words
from realpolitik.places.locate.roles import is_compatible, locative_holder, present_holder
from realpolitik.places.locate.sentence import is_accord_noun, is_visit_word, visit_destinations

# Actor sectors that speak for their state: a statement by them, with no other place in the
# text, is located in their country ("home").
STATE_SECTORS = {"GOV", "MIL", "COP"}  # government, armed forces, police
# A pronoun subject that stands for the speaker of the clause it hangs on, and those clauses.
SPEAKER_PRONOUNS = {"it", "they", "he", "she"}
CLAUSE_DEPS = {"ccomp", "conj", "advcl", "xcomp"}


def is_speech_verb(token: Token) -> bool:
    """A verb of a statement made where its speaker is ("accused", "denied", "urged"). Not a
    noun: "India's navy drew criticism", "fighting accusations" name the criticised."""
    return token.pos_ == "VERB" and token.lemma_.lower() in word_list("speech_verbs.txt")


def is_expulsion_verb(token: Token) -> bool:
    """A verb of a state expelling people from its territory (`expulsion_verbs.txt`: "deported",
    "sent back home"): done where the expelling state is, like its statements."""
    if token.pos_ != "VERB":
        return False
    words = {token.lemma_.lower()} | {
        f"{token.lemma_.lower()} {c.lower_}" for c in token.children if c.dep_ in {"prt", "advmod"}
    }
    return bool(words & word_list("expulsion_verbs.txt"))


def actor_countries(actors: Sequence[ActorMention]) -> set[str]:
    return {a.country for a in actors if a.country}


def speaker_is_subject(trigger: Token, source: Sequence[ActorMention]) -> bool:
    """The source is the statement verb's active subject (or that of the verb it is coordinated
    with: "Islamabad accused ... and demanded ..."): not a passive's ("the aid package was
    announced") nor a source the extractor inferred from elsewhere."""
    verb = trigger
    while verb.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if is_accord_noun(subject):
        return False  # "The Iran declaration urges ...": the document speaks, not the state it
        # is named for (a declaration's town is read by `declaration.declaration_town`)
    start, end = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
    if any(a.start < end and a.end > start for a in source):
        return True
    # "the government has denied ..., and ..., it condemned ...": a pronoun subject of a clause
    # under the speaker's own verb is that speaker (the source must still be that verb's subject).
    if subject.lower_ in SPEAKER_PRONOUNS and verb.dep_ in CLAUSE_DEPS and verb.head.i != verb.i:
        return speaker_is_subject(verb.head, source)
    return False


def state_speaker(source: Sequence[ActorMention]) -> str | None:
    """The country of a source that is one state's government or officials (sector GOV or MIL,
    or the state itself), else None. A generic noun of no country beside it ("Washington,
    the main culprit, ...") describes the speaker and is passed over."""
    source = [a for a in source if a.country or a.how != "generic"]
    countries = actor_countries(source)
    if not source or len(countries) != 1:
        return None
    (country,) = countries
    if all(a.country == country and (a.sector in STATE_SECTORS or a.actor_id == country)
           for a in source):  # fmt: skip
        return country
    return None


def home_country(
    trigger: Token, places: dict[int, PlaceMention], source: Sequence[ActorMention], country: str
) -> PlaceMention | None:
    """`country` (the state speaking), when nothing in the sentence or its paragraph places
    anything outside it and the dateline, if any, is in it."""
    sdoc = trigger.doc
    around = [p for i, p in places.items() if i >= 0 or SITES < i <= PARAGRAPH]
    if any(p.place.country != country and is_compatible(sdoc, p) for p in around):
        return None  # the text names another scene: the statement may have been made there
    paragraph = [p for i, p in places.items() if SITES < i <= PARAGRAPH]
    if any(p.place.country != country and _scene_on_object(sdoc, p) for p in paragraph):
        return None  # "Troops fought rebels in Tigray. The Eritrean government denied ...": a
        # scene abroad set earlier may be where the statement answers from
    heads = head_words(sdoc, source)
    if heads & word_list("envoy_words.txt"):
        return None  # "Israel's ambassador to the UN accused ...": spoken at the post abroad
    subject = {t.i for c in trigger.children if c.dep_ == "nsubj" for t in c.subtree}
    if any(i in subject and p.place.country != country for i, p in places.items() if i >= 0):
        return None  # "The Chinese premier, visiting Canberra, ...", "its envoy to Australia"
    if _visit_abroad(trigger, places, country):
        return None  # "Before his visit to Peru, the Chilean president condemned ...": away
    travel = {
        t.i
        for c in trigger.children
        if c.dep_ == "advcl" and c.tag_ == "VBG"
        and not any(g.dep_ in {"nsubj", "nsubjpass", "mark"} for g in c.children)
        for t in c.subtree
    }  # fmt: skip
    if any(i in travel and p.place.country != country for i, p in places.items() if i >= 0):
        return None  # "Returning from talks in Moscow, the president said ...": on the way
    if _travelling(trigger, places, country):
        return None  # "Touring Gulf states this week, the prime minister criticised ...": away
    dateline = places.get(DATELINE)
    if dateline is not None and dateline.place.country != country:
        return None
    for p in (places[k] for k in places if k <= SITES):
        holder = present_holder(sdoc, p)
        if p.place.country != country and holder is not None and holder.lower_ in heads:
            return None  # the document puts the speaker abroad ("Gates, speaking in Bahrain")
    entry = load_gazetteer().countries.get(country)
    if entry is None:
        return None
    anchor = source[0]
    return PlaceMention(anchor.doc_id, anchor.start, anchor.end, anchor.text, entry.place())


def _scene_on_object(sdoc: Doc, place: PlaceMention) -> bool:
    """The place hangs by a locative preposition on a verb's direct object ("fought rebels in
    Tigray", "arrested dozens in Lahore"): the parse's usual attachment of where the verb
    happened. Not a place describing a subject or a party named elsewhere ("the Taliban
    government in Kabul", "Zardari in Munich"): who is where, not a scene."""
    holder = locative_holder(sdoc, place)
    return holder is not None and holder.dep_ == "dobj" and holder.head.pos_ == "VERB"


def _visit_abroad(trigger: Token, places: dict[int, PlaceMention], country: str) -> bool:
    """The trigger's sentence names a visit, trip or tour to a place outside `country` ("Before
    his visit to Peru", "after a trip to Moscow"): the speaker may have spoken on the way."""
    return any(
        place.place.country != country
        for tok in trigger.sent
        if is_visit_word(tok.lemma_)
        for place in visit_destinations(tok, places)
    )


# Participles of travelling that put a speaker on the road ("Touring Gulf states", "Travelling
# through Africa"), with the visit words (`visit_words.txt`: "Visiting European capitals").
TRAVEL_PARTICIPLES = {"travel"}


def _travelling(trigger: Token, places: dict[int, PlaceMention], country: str) -> bool:
    """A participle clause of travelling on the trigger, naming no place of the speaker's own
    country ("Touring Gulf states this month, the Pakistani prime minister criticised ..."): the
    speaker was abroad, where the text does not say. "Visiting Mombasa, the Kenyan president
    ..." (a place at home) is not away."""
    for c in trigger.children:
        if not (
            c.dep_ == "advcl"
            and c.tag_ == "VBG"
            and (is_visit_word(c.lemma_) or c.lemma_.lower() in TRAVEL_PARTICIPLES)
            and not any(g.dep_ in {"nsubj", "nsubjpass", "mark"} for g in c.children)
        ):
            continue
        clause = {t.i for t in c.subtree}
        if not any(i in clause and p.place.country == country for i, p in places.items() if i >= 0):
            return True
    return False
