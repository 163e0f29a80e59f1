"""A clause's verb the parser hung on its subject's prepositional phrase: "Gunmen on motorbikes
killed at least 14 villagers in Zamfara, police said", "Attackers in a pickup truck wounded at
least five people near Mopti".

After a subject with a prepositional phrase ("on motorbikes", "with rifles", "in a pickup
truck"), the parser sometimes reads the clause's verb as a participle modifying the phrase's
noun (`acl` on "motorbikes"), so the clause has no verb: its subject becomes the sentence's root,
or a second subject (or an adverbial noun) of the report verb after it. The act then has no doer,
and the subject, standing in no party's place, is not even read as an actor. A past form on a
noun with a direct object of its own and no auxiliary is no passive participle (save for verbs
that keep an object in the passive: "the men handed long sentences"), so where it hangs on the
phrase of a clause that opens its sentence and has no verb, it is the clause's verb and the
phrase's noun its subject. Stop 62 lead (probes of our own written as wire text; the count "at
least" after the verb brings the misreading on most often).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from realpolitik.nlp.tree_edit import PHRASE_VERB_DEPS, is_verb, make_clause_verb, set_tree, tree_of

# Verbs whose past participle keeps a direct object in the passive ("the envoys given a list of
# demands", "refugees denied entry", "the men handed long sentences"): on a noun, with an object,
# they are still passives. Lemmas; our own list.
_DOUBLE_OBJECT_VERBS = frozenset({
    "give", "hand", "award", "grant", "offer", "show", "deny", "promise", "send", "tell", "pay",
    "owe", "lend", "allow", "refuse", "spare", "issue", "serve", "teach", "ask", "assign", "sell",
    "charge", "fine", "bring", "leave", "feed", "cost",
})  # fmt: skip
# Where the parser puts a verbless opening clause's noun beside a report verb after it.
_BESIDE_REPORT_DEPS = {"nsubj", "npadvmod", "ccomp"}


def _phrase_head(noun: Token) -> Token:
    """The noun whose prepositional phrases `noun` ends ("Gunmen" for "motorbikes" in "Gunmen on
    motorbikes")."""
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.tag_.startswith("NN"):
        noun = noun.head.head
    return noun


def _opening_clause_without_verb(noun: Token, verb: Token) -> bool:
    """Whether `noun` heads a clause that opens its sentence and whose only verb is `verb` (and
    other verbs inside noun phrases): the sentence itself, or the reported clause of a report verb
    after it that has a subject of its own after the clause."""
    sent = noun.sent
    if noun.left_edge.i != sent.start:
        return False
    inside = noun.subtree if noun.dep_ != "ROOT" else iter(sent)
    if any(is_verb(t) and t.i != verb.i and t.dep_ not in PHRASE_VERB_DEPS for t in inside):
        return False
    if noun.dep_ == "ROOT":
        return True
    report = noun.head
    return (
        noun.dep_ in _BESIDE_REPORT_DEPS
        and is_verb(report)
        and report.i > verb.i
        and any(c.dep_ == "nsubj" and c.i > verb.i for c in report.children)
    )


def misread_phrase_participle(sent: Span) -> Token | None:
    """The first past form of the sentence read as a participle on its subject's prepositional
    phrase that is the clause's verb, or None."""
    for verb in sent:
        if (
            verb.dep_ != "acl"
            or verb.tag_ not in {"VBN", "VBD"}
            or verb.head.i != verb.i - 1
            or verb.head.dep_ != "pobj"
            or verb.lemma_.lower() in _DOUBLE_OBJECT_VERBS
        ):
            continue
        deps = {c.dep_ for c in verb.children}
        if "dobj" not in deps or deps & {"aux", "auxpass", "nsubj", "nsubjpass"}:
            continue
        subject = _phrase_head(verb.head)
        if subject.i != verb.head.i and _opening_clause_without_verb(subject, verb):
            return verb
    return None


def repair_phrase_participle(verb: Token) -> None:
    """Make `verb` (found by `misread_phrase_participle`) the clause's verb, its phrase's noun
    the subject, and the words after it that hung on that noun the verb's."""
    sent = verb.sent
    subject = _phrase_head(verb.head)
    heads, deps = tree_of(sent)
    make_clause_verb(heads, deps, verb, subject)
    heads[subject.i], deps[subject.i] = verb.i, "nsubj"
    for t in sent:
        if t.i > verb.i and heads[t.i] == subject.i:
            heads[t.i] = verb.i  # the closing full stop of a sentence the noun headed
    set_tree(verb.doc, heads, deps)
