"""A clause's verb the parser hung on its object as a modifier: "Peru's military deployed troops
to the border", "Peru's military deployed troops to the border, officials said".

After a possessive or adjective subject whose head word the tagger may take for an adjective
("military"), the parser sometimes reads the clause as one noun phrase: the verb (tagged VBD or
VBN) becomes an adjective modifier of the object, the object the clause's head, and the clause
has no verb at all, so no event is read from it. The repair: where a clause that opens its
sentence has no verb (the sentence, ending in a full stop, or the clause a report verb after it
reports) and one of its noun head's adjective modifiers is such a verb with a noun or adjective
right before it, the verb becomes the clause's head, the word right before it the subject (with
the words before that as its modifiers), the old head the object, and the old head's
prepositional phrases the verb's. Round r12b (PLOVER own-set tune miss, probes of our own).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from realpolitik.nlp.counted_participle_repair import (
    misread_counted_participle,
    repair_counted_participle,
)
from realpolitik.nlp.crowd_with_repair import misread_crowd_with, repair_crowd_with
from realpolitik.nlp.fronted_subject_repair import (
    misread_fronted_apposition,
    misread_fronted_list,
    repair_fronted_apposition,
    repair_fronted_list,
)
from realpolitik.nlp.gathering_by_repair import misread_gathering_by, repair_gathering_by
from realpolitik.nlp.instrument_repair import (
    misread_instrument_subject,
    repair_instrument_subject,
    word_before_verb,
)
from realpolitik.nlp.particle_repair import misread_particles, repair_particle
from realpolitik.nlp.passive_repair import misread_passive_subjects, repair_passive_subject
from realpolitik.nlp.perfect_repair import misread_perfect, repair_perfect
from realpolitik.nlp.phrase_participle_repair import (
    misread_phrase_participle,
    repair_phrase_participle,
)
from realpolitik.nlp.tree_edit import PHRASE_VERB_DEPS, is_verb, make_clause_verb, set_tree, tree_of

# Prepositions that stay on the object: "troops of the 5th brigade".
_NOUN_PREPS = {"of"}


def _clause_verb(t: Token) -> bool:
    """A verb that heads a clause of its own: not a modifier or reduced relative clause inside
    a noun phrase, nor the auxiliary of one ("students who had blocked the road": "had" is the
    relative clause's; stop 66, lead)."""
    if not is_verb(t) or t.dep_ in PHRASE_VERB_DEPS:
        return False
    return not (t.dep_ in {"aux", "auxpass"} and t.head.dep_ in PHRASE_VERB_DEPS)


def _verbless_clause(noun: Token) -> bool:
    """Whether `noun` heads a clause that opens its sentence and has no verb of its own: the
    sentence itself (ending in a full stop: a headline is often verbless, "Iran's armed forces on
    alert"), or the reported clause of a report verb after it ("..., officials said"), which the
    parser makes the verb's complement or a second subject."""
    sent = noun.sent
    if noun.left_edge.i != sent.start:
        return False
    if noun.dep_ == "ROOT":
        last = sent[-1] if not sent[-1].is_space else sent[-2]
        return last.text == "." and not any(_clause_verb(t) for t in sent)
    report = noun.head
    if report.i <= noun.i or not is_verb(report) or noun.dep_ not in {"ccomp", "nsubj"}:
        return False
    if noun.dep_ == "nsubj" and not any(
        c.dep_ == "nsubj" and c.i > noun.i for c in report.children
    ):
        return False
    return not any(_clause_verb(t) for t in noun.subtree)


def _misread_verb(sent: Span) -> Token | None:
    """The past tense verb read as a modifier of a verbless clause's noun head, if any."""
    # Tags only: the attribute ruler, which sets the coarse part of speech from them, runs after.
    for noun in sent:
        if not noun.tag_.startswith("NN"):
            continue
        # tagged as a participle as often as a past tense ("deployed"); looked at before the
        # clause test, which walks the sentence, since this runs on every sentence parsed
        verbs = [c for c in noun.lefts if c.dep_ == "amod" and c.tag_ in {"VBD", "VBN"}]
        if len(verbs) != 1 or not _verbless_clause(noun):
            continue
        verb = verbs[0]
        before = word_before_verb(verb) if verb.i > sent.start else None
        if (
            before is not None
            and before.tag_.startswith(("NN", "JJ"))
            and before.head.i in {noun.i, verb.i}
        ):
            return verb
    return None


def _repair(sent: Span, verb: Token) -> None:
    root = verb.head  # the clause's noun head
    doc = sent.doc
    subject = word_before_verb(verb)
    heads, deps = tree_of(sent)
    make_clause_verb(heads, deps, verb, root)
    heads[subject.i], deps[subject.i] = verb.i, "nsubj"
    heads[root.i], deps[root.i] = verb.i, "dobj"
    for t in sent:
        if t.i < subject.i and heads[t.i] == root.i:
            heads[t.i] = subject.i  # "Peru's", "The Chilean": the subject's modifiers
        elif (
            t.i > root.i
            and heads[t.i] == root.i
            and (
                (t.dep_ == "prep" and t.lower_ not in _NOUN_PREPS)
                or t.dep_ in {"punct", "advmod", "npadvmod"}
            )
        ):
            heads[t.i] = verb.i
    set_tree(doc, heads, deps)
    if subject.tag_.startswith("JJ"):
        subject.tag_ = "NN"  # "military" as a noun; the attribute ruler gives it its part of speech


@Language.component("verb_read_as_modifier")
def verb_read_as_modifier(doc: Doc) -> Doc:
    """Repair the sentences whose past tense verb the parser read as their object's modifier:
    in a verbless clause (above), or in a perfect read as possession (`nlp/perfect_repair.py`);
    the passive subjects it labelled active (`nlp/passive_repair.py`); a participle after a
    count read as the clause's verb (`nlp/counted_participle_repair.py`); a clause's verb
    read as a participle on its subject's phrase (`nlp/phrase_participle_repair.py`); and a
    phrasal verb's particle read as a count's modifier (`nlp/particle_repair.py`); and a
    subject read into the phrase of an instrument hyphened to its verb
    (`nlp/instrument_repair.py`); and a gathering's "by" phrase hung on the verb whose object
    the gathering is (`nlp/gathering_by_repair.py`); and a subject read as the last names of a
    fronted phrase's place list or as an apposition in it (`nlp/fronted_subject_repair.py`); and
    the "with" phrase of a public place told filled in the passive, which names who filled it
    (`nlp/crowd_with_repair.py`)."""
    for sent in list(doc.sents):
        verb = _misread_verb(sent)
        if verb is not None:
            _repair(sent, verb)
        participle = misread_perfect(sent)
        if participle is not None:
            repair_perfect(participle)
        for subject in misread_passive_subjects(sent):
            repair_passive_subject(subject)
        counted = misread_counted_participle(sent)
        if counted is not None:
            repair_counted_participle(counted)
        on_phrase = misread_phrase_participle(sent)
        if on_phrase is not None:
            repair_phrase_participle(on_phrase)
        for particle in misread_particles(sent):
            repair_particle(particle)
        for by in misread_gathering_by(sent):
            repair_gathering_by(by)
        fronted_list = misread_fronted_list(sent)
        if fronted_list is not None:
            repair_fronted_list(fronted_list)
        swallowed = misread_fronted_apposition(sent)
        if swallowed is not None:
            repair_fronted_apposition(swallowed)
        for with_ in misread_crowd_with(sent):
            repair_crowd_with(with_)
        instrument_subject = misread_instrument_subject(sent)
        if instrument_subject is not None:
            repair_instrument_subject(instrument_subject)
    return doc
