"""A scene carried on to the next sentence by its parties: "Israeli troops raided Jenin before
dawn. The soldiers arrested nine men." The arrests happened in Jenin: the follow-up sentence
names no place, its subject is the same kind of party as the placed subject before it ("the
soldiers" after "Israeli troops"), and nothing turns to another scene ("Separately, ...").
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from realpolitik.model import PlaceMention
from realpolitik.places.gazetteer import tsv_rows, word_list
from realpolitik.places.locate.home import is_speech_verb
from realpolitik.places.locate.paragraph import indexed_paragraph_places
from realpolitik.places.locate.sentence import is_statement_verb, sentence_place

# A subject modified by a nationality or a place ("Turkish soldiers", "Kenyan police") names its
# own party: it is not the one before unless the text repeats it, which is not read here.
_NAMING_LABELS = {"NORP", "GPE", "ORG"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}


@cache
def _party_kinds() -> dict[str, str]:
    return {lemma: kind for lemma, kind, *_ in tsv_rows("scene_party_nouns.tsv")}


def opens_other_scene(sent: Span) -> bool:
    """The sentence turns to another scene ("Separately, ...", "In another attack, ...")."""
    words = [t.lower_ for t in sent[:3]]
    openers = word_list("other_scene_openers.txt")
    return bool(words) and (words[0] in openers or " ".join(words[:2]) in openers
                            or " ".join(words[:3]) in openers)  # fmt: skip


def continued_scene(trigger: Token, places: dict[int, PlaceMention]) -> PlaceMention | None:
    """The place of the previous sentence's event, for an act whose sentence names no place and
    whose subject is a bare or definite noun of the same kind of party as that event's subject
    ("The soldiers", "Officers", "the militants"); not for a statement (said anywhere), nor a
    sentence opening on another scene."""
    sent = trigger.sent
    if any(i >= 0 for i in places) or sent.start == 0 or opens_other_scene(sent):
        return None
    if is_statement_verb(trigger.lemma_) or is_speech_verb(trigger):
        return None
    kind = _follow_up_kind(_subject(trigger))
    if kind is None:
        return None
    before = sent.doc[sent.start - 1].sent
    index = {
        t.i: p
        for p in indexed_paragraph_places(places)
        if before.start_char <= p.char_start < before.end_char
        for t in before
        if p.char_start <= t.idx < p.char_end
    }
    if not index:
        return None  # the previous sentence is in another paragraph, or names no place
    for verb in (before.root, *(c for c in before.root.children if c.dep_ == "conj")):
        subject = _subject(verb)
        if subject is None or _party_kinds().get(subject.lemma_.lower()) != kind:
            continue
        found = sentence_place(verb, index)
        if found is not None:
            return found
    return None


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb it is coordinated with ("... and seized rifles")."""
    while True:
        subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is not None or verb.dep_ != "conj":
            return subject
        verb = verb.head


def _follow_up_kind(subject: Token | None) -> str | None:
    """The kind of a follow-up's subject: a bare or definite noun of `scene_party_nouns.tsv`
    that names no party of its own ("the soldiers", "Officers"; not "Turkish soldiers", "his
    soldiers", "some soldiers")."""
    if subject is None or subject.pos_ != "NOUN":
        return None
    kind = _party_kinds().get(subject.lemma_.lower())
    if kind is None:
        return None
    for c in subject.children:
        if c.dep_ == "det" and c.lower_ not in {"the", "these", "those"}:
            return None
        if c.dep_ == "poss" or c.ent_type_ in _NAMING_LABELS or c.dep_ in {"compound", "amod"}:
            return None
    return kind
