"""A passive's subject the parser labelled as an active subject: "Ninety-one Haitians held at a
detention centre in Nassau since their sloop was intercepted last month were flown back".

After a long subject that carries a participle or a clause of its own, the parser sometimes
labels the subject of a passive verb `nsubj` while it still gives the verb its passive auxiliary
(`auxpass`, "were flown"): the people flown back were then read as the ones who flew, and the
verb's object slot, which a passive fills with its subject, was empty. A verb that has a passive
auxiliary and a past participle's tag has no active subject, so its `nsubj` is relabelled
`nsubjpass`. Round r31 (args35, own67 tune: a deportation read as aid given by the deportees).

The parser also hangs such a subject on the passive auxiliary itself ("Students were
tear-gassed by soldiers": "Students" the subject of "were"); it is then the participle's passive
subject (stop 66, lead: probes of verbs written with their instrument).
"""

from __future__ import annotations

from spacy.tokens import Span, Token


def misread_passive_subjects(sent: Span) -> list[Token]:
    """The subjects labelled active whose verb is a past participle with a passive auxiliary
    and no passive subject of its own."""
    out = []
    for tok in sent:
        verb = _participle_of(tok.head)
        if tok.dep_ != "nsubj" or verb.i == tok.i or verb.tag_ != "VBN":
            continue
        deps = {c.dep_ for c in verb.children}
        if "auxpass" in deps and "nsubjpass" not in deps:
            out.append(tok)
    return out


def _participle_of(word: Token) -> Token:
    """The participle a passive auxiliary serves ("were" in "were tear-gassed"), else `word`."""
    if word.dep_ == "auxpass" and word.head.i > word.i:
        return word.head
    return word


def repair_passive_subject(subject: Token) -> None:
    """Label `subject` (found by `misread_passive_subjects`) its verb's passive subject, hung on
    the participle where the parser hung it on the auxiliary."""
    subject.head = _participle_of(subject.head)
    subject.dep_ = "nsubjpass"
