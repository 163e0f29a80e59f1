"""The town where a document puts its meeting or visit (`meeting_place`), and the sentences of
the meeting's readout (`readout_sentences`), whose events happened there.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token

from realpolitik.model import PlaceMention
from realpolitik.nlp.token_columns import token_columns
from realpolitik.places.gazetteer import word_list
from realpolitik.places.locate.memo import per_document
from realpolitik.places.locate.sentence import attached

# A meeting town needs this many times as many of the document's meeting words as any other
# town ("the trip to Kabul", "the visit to Kabul", "visited Kabul" against one "visited
# Islamabad" by others).
MEETING_MAJORITY = 3
# Subjects that carry a meeting's readout on ("Both sides discussed ...", "They stressed ...").
PARTY_PRONOUNS = {"they"}
PARTY_NOUNS = {
    "side", "sides", "party", "parties", "delegation", "delegations", "leader", "leaders",
}  # fmt: skip
PARTY_COUNTERS = {"both", "two"}
TOWN_PRECISIONS = {"city", "point"}


def is_meeting_word(lemma: str) -> bool:
    """A word of a meeting or visit ("met", "talks", "visit"): see `meeting_place`."""
    return lemma.lower() in word_list("meeting_words.txt")


def readout_sentences(sdoc: Doc, places: list[PlaceMention]) -> frozenset[int]:
    """Start tokens of the sentences that report what was said at the document's meeting: the
    run of sentences right after a meeting word's sentence whose subject is the meeting's
    parties ("They stressed ...", "Both sides agreed ...") or one of the people who met
    ("Rahmon praised ..."). Their events happened where the meeting did. A sentence of another
    subject, or one without a subject, ends the run."""
    return per_document(sdoc, "readout", places, lambda: frozenset(_readout(sdoc)))


def _readout(sdoc: Doc) -> list[int]:
    sents = list(sdoc.sents)
    # `is_meeting_word` of every token, read from the document's lemma column (a `Token` only
    # for the meeting words)
    words = word_list("meeting_words.txt")
    meeting = [lemma in words for lemma in token_columns(sdoc).lemmas]
    people: set[str] = set()
    for i in (i for i, is_meeting in enumerate(meeting) if is_meeting):
        tok = sdoc[i]
        if tok.pos_ == "VERB":
            people |= {t.lower_ for c in tok.children if c.dep_ == "nsubj" for t in c.subtree
                       if t.pos_ == "PROPN"}  # fmt: skip
    out, running = [], False
    for sent in sents:
        if any(meeting[sent.start : sent.end]):
            running = True
            continue
        subject = next((c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        running = running and subject is not None and _is_party(subject, people)
        if running:
            out.append(sent.start)
    return out


def parties_act(trigger: Token) -> bool:
    """'... were discussed and the two sides agreed': the meeting's parties act in its sentence."""
    subject = next((c for c in trigger.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return (
        subject is not None
        and subject.lower_ in PARTY_NOUNS
        and any(c.lower_ in PARTY_COUNTERS for c in subject.children)
        and any(is_meeting_word(t.lemma_) for t in trigger.sent)
    )


# Edges a meeting's outcome hangs on the meeting by ("the talks produced an agreement", "the talks
# ended with both sides agreeing to ...", "the discussions focused on ways to enhance ...");
# not a clause of its own ("the talks collapsed after rebels attacked a convoy": advcl), a
# reported clause (ccomp) or a coordinated one (conj).
OUTCOME_DEPS = {"dobj", "pobj", "prep", "pcomp", "xcomp", "acl", "attr", "compound", "amod"}
OUTCOME_SUBJECT_DEPS = {"nsubj", "nsubjpass"}


def meeting_outcome(trigger: Token) -> bool:
    """The trigger is what a meeting produced or dealt with, by the meeting word as its clause's
    subject ("The talks ended with both countries agreeing to reopen embassies", "The
    discussions produced an agreement") or a "during" phrase ("During the meeting, Germany
    promised ..."): it happened where the meeting did. Not through another verb on the way ("...
    pledged to stop arming the Houthis": the arming is the pledge's content), nor through a word
    tying the meeting to what came before or prompted it ("The meeting followed clashes", "...
    after recent confrontations": `meeting_context_words.txt`)."""
    context = word_list("meeting_context_words.txt")
    tok = trigger
    while True:
        if tok.i != trigger.i and tok.lemma_.lower() in context:
            # "The meeting followed tensions after recent confrontations", "The talks came amid
            # clashes": what came before or prompted the meeting, not what it produced
            return False
        for c in tok.children:
            if c.dep_ in OUTCOME_SUBJECT_DEPS and c.pos_ == "NOUN" and is_meeting_word(c.lemma_):
                return True
            if (
                c.dep_ == "prep"
                and c.lower_ == "during"
                and any(o.dep_ == "pobj" and is_meeting_word(o.lemma_) for o in c.children)
            ):
                return True
        if tok.dep_ not in OUTCOME_DEPS or tok.head.i == tok.i:
            return False
        if tok.i != trigger.i and tok.pos_ in {"VERB", "AUX"}:
            # "During the meeting, Iran pledged to stop arming the Houthis": what was pledged
            # (the arming) is not done at the meeting; only the pledge is
            return False
        tok = tok.head


def meeting_role(trigger: Token, places: list[PlaceMention]) -> str | None:
    """What the trigger is to its document's meeting, whether or not the document names the
    meeting's town: "meeting" for a meeting or visit word ("met", "talks"), "outcome" for what
    its parties did or said at it (`parties_act`, `meeting_outcome`, a readout sentence), else
    None. Fusion reads it (`fusion.meeting_places`): another report of the same meeting may name
    the town this document leaves out."""
    if is_meeting_word(trigger.lemma_):
        return "meeting"
    if (
        parties_act(trigger)
        or meeting_outcome(trigger)
        or trigger.sent.start in readout_sentences(trigger.doc, places)
    ):
        return "outcome"
    return None


def _is_party(subject: Token, people: set[str]) -> bool:
    """'They', 'both sides', 'the two leaders', or a name among those who met."""
    if subject.lower_ in PARTY_PRONOUNS:
        return True
    if subject.lower_ in PARTY_NOUNS and any(c.lower_ in PARTY_COUNTERS for c in subject.children):
        return True
    names = {t.lower_ for t in subject.subtree if t.pos_ == "PROPN"}
    return bool(names) and names <= people


def meeting_place(sdoc: Doc, places: list[PlaceMention]) -> PlaceMention | None:
    """The town where the document places its meeting or visit: the one place a meeting word
    of the document is attached to ("the meeting in Dushanbe", "the trip to Kabul"), when all
    such words agree on one town, or `MEETING_MAJORITY` times as many name it as any other; None
    when they name two about as often ("visited Islamabad ... visited Kabul") or none. Its other
    meeting words ("both sides discussed ...") happened there too."""
    return per_document(sdoc, "meeting_place", places, lambda: _meeting_place(sdoc, places))


def _meeting_place(sdoc: Doc, places: list[PlaceMention]) -> PlaceMention | None:
    found: Counter[str] = Counter()
    town: dict[str, PlaceMention] = {}
    for sent in sdoc.sents:
        index: dict[int, PlaceMention] = {}
        for p in places:
            if p.char_start < sent.end_char and p.char_end > sent.start_char:
                span = sdoc.char_span(p.char_start, p.char_end, alignment_mode="expand")
                index.update({t.i: p for t in span or ()})
        if not index:
            continue
        for tok in sent:
            if is_meeting_word(tok.lemma_):
                at = attached(tok, index)
                if at is not None and at.place.precision in TOWN_PRECISIONS:
                    found[at.place.name] += 1
                    town.setdefault(at.place.name, at)
    ranked = found.most_common()
    if ranked and (len(ranked) == 1 or ranked[0][1] >= MEETING_MAJORITY * ranked[1][1]):
        return town[ranked[0][0]]
    return None
