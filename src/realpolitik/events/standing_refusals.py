"""A standing refusal told as a lasting non-recognition: "has never recognised the annexation",
"still does not recognise the new authorities", "which has never accepted the map as binding".

`refusals` reads a negated acceptance with a modal of will ("will not accept") as a refusal and
leaves a past negation ("did not accept the offer", "has never recognised the region") as it was
read: the recognition that did not happen, negated (polarity_own7 holds that reading). But a
perfect with "never", or a present or "still" negation, also tells a stance that holds today,
and a careful reader lists it as a rejection (CAMEO 12, PLOVER REJECT), asserted (reader_own11
"Russia had never recognised the zone", reader_own22 "Addis Ababa has never recognised the
move"). So the negated reading stays and a REJECT is added beside it (`extract`), on the words
"never recognised" (the negation to the verb), by the verb's subject.

"accept" counts only with an object that names a position, border, ruling or outcome ("the map",
"the ruling", "it"): "has never accepted money from abroad" is no refusal of a stance.
Word lists: `data/events/refusals.yaml` (`standing_*`).

Written for issue 9 item 4, round r24 (reader28; reader_own23 tune: "Thailand has never
recognised the court's jurisdiction" read a negated SUPPORT, "which has never accepted the French
map as binding" nothing; the brief's leftover "has never recognised the annexation").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from realpolitik.events.refusals import refusal_words, refuses_acceptance


def _negation(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "neg"), None)


def _lasting_negation(verb: Token, neg: Token) -> bool:
    """The negation holds today: "never" with a perfect ("has never", "had never"), a present
    "does not" / "do not", or "still" beside the negation ("still did not recognise" in reported
    speech)."""
    words = refusal_words()
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if any(c.dep_ == "advmod" and c.lower_ in words["standing_adverbs"] for c in verb.children):
        return True
    if neg.lower_ == "never" and auxes & words["standing_perfect_auxes"]:
        return True
    return bool(neg.lower_ in {"not", "n't"} and auxes & words["standing_present_auxes"])


def _names_a_stance_object(verb: Token) -> bool:
    """A verb of recognising needs no more; "accept" needs an object naming a position or
    outcome (its head noun or a pronoun in `standing_accept_objects`)."""
    words = refusal_words()
    if verb.lemma_.lower() in words["standing_recognising_verbs"]:
        return True
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(o.lemma_.lower() in words["standing_accept_objects"] for o in objects)


def standing_refusals(sent: Span) -> list[tuple[Token, Token]]:
    """(negation, verb) for each standing refusal told in `sent`; a refusal `refusals` already
    reads ("will not accept") is left to it."""
    words = refusal_words()
    out: list[tuple[Token, Token]] = []
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in words["accepting_verbs"]:
            continue
        neg = _negation(verb)
        if neg is None or refuses_acceptance(verb):
            continue
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
            continue  # "could not accept": an inability, as `refusals` has it
        if _lasting_negation(verb, neg) and _names_a_stance_object(verb):
            out.append((neg, verb))
    return out


def refusing_holder(verb: Token) -> Token | None:
    """The noun whose party refuses: the verb's subject, or for a relative clause ("Thailand,
    which has never accepted ...") the noun it describes."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl":
        return verb.head
    return subject
