"""A sentence subject that names one person by office ("The mayor of Kirkenes criticised the
protest. He said ..."): the person a later "he" or "she" names back, though no PERSON name is in
it. Written for issue 9 item 4, round r12 (reader14, from reader_own11 tune: the pronoun after a
role description was read as a person named earlier, or as no one)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from realpolitik.events.lexicon import DATA_DIR
from realpolitik.events.wordlists import read_word_sets

SUBJECT_DEPS = {"nsubj", "nsubjpass"}


@cache
def _role_nouns() -> frozenset[str]:
    return read_word_sets(DATA_DIR / "person_roles.yaml")["person_role_nouns"]


def subject_is_person_role(sent: Span) -> bool:
    """The main clause's subject names one person by office (`is_person_role`)."""
    subject = next((c for c in sent.root.children if c.dep_ in SUBJECT_DEPS), None)
    return subject is not None and is_person_role(subject)


def first_person_role_subject(sent: Span) -> Token | None:
    """The first subject in the sentence that names one person by office: the main clause's
    subject where the parser hung the first clause under a later one ("Foreign Minister X
    summoned ..., the two countries having had no ambassadors, and handed ...")."""
    return next((t for t in sent if t.dep_ in SUBJECT_DEPS and is_person_role(t)), None)


def is_person_role(subject: Token) -> bool:
    """A singular noun of one person's office ("the mayor", "a spokeswoman for the ministry"),
    not a plural ("officials") or a body ("the ministry"), or a name under such a title
    ("Foreign Minister Tomas Errazuriz", whose mention may stand for the government he speaks
    for)."""
    if subject.tag_ == "NN":
        return subject.lemma_.lower() in _role_nouns()
    return subject.tag_ in {"NNP", "NNPS"} and any(
        c.dep_ == "compound" and c.lemma_.lower() in _role_nouns() for c in subject.children
    )
