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

A verb of moving on or against someone with no object ("Riot police on motorcycles charged at
the crowd", "Fighters in pickup trucks advanced on the town", "Mounted police charged into the
marchers") is misread the same way, on the phrase's noun or on the subject itself: such a verb
names no passive with a directional phrase and no "by" doer, so it is the clause's verb too
(stop 63 lead, probes of our own; the charge then reads as force, not as a court's charge).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from realpolitik.nlp.tree_edit import PHRASE_VERB_DEPS, is_verb, make_clause_verb, set_tree, tree_of

# Verbs whose past participle keeps a direct object in the passive ("the envoys given a list of
# demands", "refugees denied entry", "the men handed long sentences"): on a noun, with an object,
# they are still passives. Lemmas and past forms; our own list.
_DOUBLE_OBJECT_VERBS = frozenset({
    "give", "hand", "award", "grant", "offer", "show", "deny", "promise", "send", "tell", "pay",
    "owe", "lend", "allow", "refuse", "spare", "issue", "serve", "teach", "ask", "assign", "sell",
    "charge", "fine", "bring", "leave", "feed", "cost",
    # their past forms: the repair runs before the lemmatizer, so a word has no lemma yet there
    "given", "gave", "handed", "awarded", "granted", "offered", "shown", "showed", "denied",
    "promised", "sent", "told", "paid", "owed", "lent", "allowed", "refused", "spared", "issued",
    "served", "taught", "asked", "assigned", "sold", "charged", "fined", "brought", "left", "fed",
})  # fmt: skip
# Verbs of moving on or against someone that take no object in that sense ("charged at",
# "advanced on", "stormed into"), and the directional prepositions that tell the sense: on a noun,
# with such a phrase and no "by" doer, they are the clause's verb, not a passive participle ("the
# troops moved into position" is left: "move" is transitive as often). Our own lists.
_ONSET_VERBS = frozenset({
    "charge", "storm", "advance", "march", "swarm", "surge", "pour", "rush", "descend",
    "converge", "sweep", "ride", "barge", "burst",
    # past forms (no lemma yet where the repair runs)
    "charged", "stormed", "advanced", "marched", "swarmed", "surged", "poured", "rushed",
    "descended", "converged", "swept", "rode", "ridden", "barged",
})  # fmt: skip
_ONSET_PREPOSITIONS = frozenset({"at", "into", "on", "upon", "toward", "towards", "through"})
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


def _forms(verb: Token) -> set[str]:
    """The verb's lemma (empty before the lemmatizer has run) and its form, lower-cased."""
    return {verb.lemma_.lower(), verb.lower_} - {""}


def _moves_on_someone(verb: Token) -> bool:
    """A verb of moving on or against someone with its directional phrase and no object or "by"
    doer ("charged at the crowd", "advanced on the town")."""
    if not _forms(verb) & _ONSET_VERBS:
        return False
    deps = {c.dep_ for c in verb.children}
    if deps & {"dobj", "agent"}:
        return False
    return any(
        c.dep_ == "prep" and c.lower_ in _ONSET_PREPOSITIONS and any(g.dep_ == "pobj" for g in c.children)
        for c in verb.children
    )


def _right_after_its_phrase(verb: Token) -> bool:
    """Whether the words between `verb` and the noun it hangs on are that noun's own phrase, with
    no verb among them."""
    noun = verb.head
    phrase = {t.i for t in noun.subtree}
    between = verb.doc[noun.i + 1 : verb.i]
    return noun.i < verb.i and all(t.i in phrase and not is_verb(t) for t in between)


def misread_phrase_participle(sent: Span) -> Token | None:
    """The first past form of the sentence read as a participle on its subject's prepositional
    phrase (or, for a verb of moving on someone, on the subject itself) that is the clause's verb,
    or None."""
    for verb in sent:
        if verb.dep_ != "acl" or verb.tag_ not in {"VBN", "VBD"}:
            continue
        deps = {c.dep_ for c in verb.children}
        if deps & {"aux", "auxpass", "nsubj", "nsubjpass"}:
            continue
        moves_on = _moves_on_someone(verb)
        # the verb right after its noun; a verb of moving on someone may also hang on the subject
        # across the subject's own phrase ("Soldiers on horseback charged at ...": on "Soldiers")
        if verb.head.i != verb.i - 1 and not (moves_on and _right_after_its_phrase(verb)):
            continue
        if not moves_on and ("dobj" not in deps or _forms(verb) & _DOUBLE_OBJECT_VERBS):
            continue
        if verb.head.dep_ != "pobj" and not moves_on:
            continue
        subject = _phrase_head(verb.head)
        if (subject.i != verb.head.i or moves_on) and _opening_clause_without_verb(subject, verb):
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
