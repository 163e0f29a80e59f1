"""A perfect tense the parser read as possession: "the army had tortured detainees".

When the participle after "had", "has" or "have" is also an adjective ("tortured", "abducted"),
the parser sometimes makes "had" the clause's verb, the participle a modifier of the object and
the object what "had" holds, so the clause reads as the army owning tortured detainees and the
act ("tortured") is no verb at all. The tagger still tags the participle a past participle (VBN);
where the possession is meant, it tags an adjective ("the rebels had armed/JJ fighters"), so a
VBN modifier of the "have" verb's object, right after the "have" verb, is read as the perfect:
the participle becomes the clause's verb (in the place "have" held), "have" its auxiliary, the
object its object, and the other words "have" governed (subject, marker, punctuation, phrases)
its own. Issue 9, stop 39 (lead): a polarity own4 tune miss, where a denied torture was no event.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

# The forms of "have" that carry a perfect (the lemmatizer runs after the parser: forms only).
_HAVE_FORMS = {"have", "has", "had", "'ve", "'d"}
_HAVE_TAGS = {"VBD", "VBZ", "VBP"}
# Participles that are adjectives of their own more often than verbs, so "has limited
# privileges" keeps its possession: on 772 ECB+ dev documents and 1,500 NGEC synthetic stories
# the repair fired four times, three perfects ("had secured agreement") and "has limited".
# Written for the class of lexicalised participial adjectives, not from a scored sentence.
_ADJECTIVE_PARTICIPLES = {
    "limited", "advanced", "detailed", "experienced", "qualified", "skilled", "mixed", "armed",
    "sophisticated", "educated", "dedicated", "talented", "varied", "complicated",
}  # fmt: skip


def misread_perfect(sent: Span) -> Token | None:
    """The participle of the sentence's perfect that the parser read as its object's modifier
    (the first, if several), or None."""
    doc = sent.doc
    for have in sent:
        if have.lower_ not in _HAVE_FORMS or have.tag_ not in _HAVE_TAGS or have.dep_ == "aux":
            continue
        if have.i + 1 >= sent.end:
            return None
        verb = doc[have.i + 1]
        obj = verb.head
        if (
            verb.tag_ == "VBN"
            and verb.dep_ == "amod"
            and verb.lower_ not in _ADJECTIVE_PARTICIPLES
            and obj.i > verb.i
            and obj.head.i == have.i
            and obj.dep_ == "dobj"
        ):
            return verb
    return None


def repair_perfect(verb: Token) -> None:
    """Make `verb` (found by `misread_perfect`) the clause's verb and "have" its auxiliary."""
    doc = verb.doc
    obj = verb.head
    have = doc[verb.i - 1]
    governed = [c for c in have.children if c.i != obj.i]
    # In this order no step makes a cycle: the participle leaves the object first.
    if have.dep_ == "ROOT":
        verb.head, verb.dep_ = verb, "ROOT"
    else:
        verb.head, verb.dep_ = have.head, have.dep_
    obj.head = verb
    have.head, have.dep_ = verb, "aux"
    for child in governed:
        child.head = verb  # the subject, a marker, phrases, the closing full stop
