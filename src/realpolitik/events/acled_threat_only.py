"""A threat of violence with no act reported (round r27, issue 9, helper "acled30").

"Al-Shabaab threatened in a radio broadcast to kill any elder who takes part in the elections"
tells no violence done: the ACLED codebook codes events that happened, and a threat is none (the
brief's leftover: the classifier read the threatened killing as an armed clash). Narrow on
purpose (a broad skip of intended or hypothetical acts lowered own6 and own14 check in round
r26): only a verb of threatening or vowing whose infinitive complement is a violent act, in a
sentence that tells no violence outside that complement (no past violent verb, no word of
death or wounds). The word groups are those of `acled_phrases.tsv` (`violent_act`, `killing`,
`lethal`, `property_act`). Round r32 (helper "acled35"): also a violent verb told with "will" or
"would" whose target is anyone of a kind ("would attack any convoy") or that hangs on an "if"
clause, its past-tense clauses (told done) left outside the warning. Round r33 (helper
"acled36", the brief's leftovers): an arrest warned of in the same ways ("police would arrest
anyone who joins the march") is a warning too, unless a protest is told under way (the
protest is then the event); and "ambush" is a violent act (`ACT_WORDS`); a violent act whose
happening is denied is no event either (`reads_denied_happening`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from realpolitik.events.acled_phrases import in_group
from realpolitik.events.framing import FUTURE_AUX
from realpolitik.events.polarity import lexicon as polarity_lexicon
from realpolitik.events.triggers import infinitive_clause
from realpolitik.nlp.columns import span_tokens

# Verbs of threatening whose infinitive names the act threatened.
THREAT_VERBS = frozenset({"threaten", "vow", "pledge", "warn"})
VIOLENCE_GROUPS = ("violent_act", "killing", "lethal", "property_act")
# Round r33: violent acts none of those groups holds ("would ambush any convoy" read as an armed
# clash; the brief's leftover). Kept here: `violent_act` is read by four other readers.
ACT_WORDS = frozenset({"ambush"})
# Round r33: arrests, warned of as violence is ("would arrest anyone who joins the march" read
# as a protest with intervention; the brief's leftover).
CUSTODY_GROUP = "arrest"


def _violent(tok: Token) -> bool:
    return tok.lemma_.lower() in ACT_WORDS or any(in_group(tok, g) for g in VIOLENCE_GROUPS)


def _custody(tok: Token) -> bool:
    """An arrest verb ("arrest", "detain"; "round" only with "up")."""
    if not in_group(tok, CUSTODY_GROUP) or tok.pos_ != "VERB":
        return False
    return tok.lemma_.lower() != "round" or any(c.lower_ == "up" for c in tok.children)


def _forceful(tok: Token) -> bool:
    return _violent(tok) or _custody(tok)


def _threatened_acts(sent: Span) -> list[Token]:
    """The violent infinitives of the sentence's verbs of threatening ("threatened to kill")."""
    return [
        c
        for tok in span_tokens(sent)
        if tok.lemma_.lower() in THREAT_VERBS
        for c in tok.children
        if infinitive_clause(c) and _forceful(c)
    ]


# Round r32: the modals of an act told only as what will or would be done: the framing's future
# auxiliaries but the negated "wo" (of "won't") and the contracted "'d".
FUTURE_MODALS = FUTURE_AUX - {"wo", "'d"}
# ... to whoever or whatever does something ("any convoy entering", "every soldier who").
ANY_WORDS = frozenset({"any", "every", "anyone", "anybody", "whoever"})


def _conditional_acts(sent: Span) -> list[Token]:
    """Round r32 (own probes: "the militia's leader said ... his fighters would attack any army
    convoy entering their territory" read as an armed clash): a violent verb told with "will" or
    "would" whose object is anyone of a kind ("any convoy", "every soldier") or that hangs on an
    "if" or "unless" clause: a warning of what is to come, no act done."""
    return [
        tok
        for tok in span_tokens(sent)
        if tok.pos_ == "VERB"
        and _forceful(tok)
        and any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in tok.children)
        and (_aimed_at_any(tok) or _on_a_condition(tok))
    ]


def _aimed_at_any(verb: Token) -> bool:
    """The verb's object, or the object of its preposition ("fire on any patrol"), is anyone
    of a kind."""
    return bool(_any_targets(verb))


def _targets(verb: Token) -> list[Token]:
    """The verb's objects and the objects of its prepositions."""
    targets = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    return targets + [
        p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"
    ]


def _warned_clause(verb: Token) -> set[int]:
    """The conditional act's words, less any clause in it told in the past tense ("would attack
    any militants hiding in the forest after gunmen killed six villagers": the killing is told
    done)."""
    told = [t for t in verb.subtree if t.i != verb.i and t.tag_ == "VBD"]
    left_out = {t.i for c in told for t in c.subtree}
    return {t.i for t in verb.subtree} - left_out


def _is_condition(clause: Token) -> bool:
    return any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in clause.children)


def _on_a_condition(verb: Token) -> bool:
    return any(c.dep_ == "advcl" and _is_condition(c) for c in verb.children)


def _protest_told(sent: Span, acts: list[Token]) -> bool:
    """A protest word outside the ones the warning is aimed at ("anyone who joins the march"
    names a march to come; "threatened to arrest the protesters camped outside" names one
    under way)."""
    aimed = {t.i for act in acts for w in _any_targets(act) for t in w.subtree}
    return any(in_group(t, "protest") for t in span_tokens(sent) if t.i not in aimed)


def _any_targets(verb: Token) -> list[Token]:
    """The verb's targets that are anyone of a kind ("anyone who joins", "any trader")."""
    return [
        t
        for t in _targets(verb)
        if t.lower_ in ANY_WORDS or any(d.lower_ in ANY_WORDS for d in t.children)
    ]


def reads_threat_only(sent: Span) -> bool:
    """A violent act only threatened: no word of violence outside the threatened clause."""
    threatened_acts = _threatened_acts(sent)
    conditional = _conditional_acts(sent)
    if not threatened_acts and not conditional:
        return False
    acts = threatened_acts + conditional
    if all(_custody(act) for act in acts) and _protest_told(sent, acts):
        return False  # arrests warned of at a protest told: the protest is the event
    threatened = {t.i for act in threatened_acts for t in act.subtree}
    threatened |= {i for act in conditional for i in _warned_clause(act)}
    return not any(_forceful(t) for t in span_tokens(sent) if t.i not in threatened)


def reads_armed_group_notice(sent: Span) -> bool:
    """A written notice of an armed side ordering, warning or declaring something, and no
    violence told done outside what it orders or warns of: "Leaflets signed by a rebel movement
    were pushed under doors, ordering shops to close by 6 pm and warning that violators would be
    punished". Round r39 (acled42, own40 tune: an armed group's leaflets declaring a curfew read as
    a peaceful protest): propaganda, no ACLED event. The notice (`written_notice`) is the armed
    side's when an armed word (`armed`, `organised`) is in its own words ("signed by a rebel
    movement", "from the militia") or is the doer of the verb that has it as object ("the
    militia posted notices"); its order is a verb of `notice_order` on the notice, on the notice's
    verb or in that verb's clauses. Leaflets left beside people shot dead tell the killing: that
    stays violence."""
    tokens = span_tokens(sent)
    notices = [t for t in tokens if t.pos_ == "NOUN" and in_group(t, "written_notice")]
    orders: list[Token] = []
    for notice in notices:
        if not _armed_author(notice):
            continue
        verb = notice.head if notice.dep_ != "ROOT" else notice
        orders += [
            t
            for t in (*notice.subtree, *verb.subtree)
            if t.pos_ == "VERB" and in_group(t, "notice_order")
        ]
    if not orders:
        return False
    ordered = {t.i for order in orders for t in order.subtree}
    return not any(_forceful(t) for t in tokens if t.i not in ordered)


def _armed_author(notice: Token) -> bool:
    """An armed word among the notice's own words, or as the doer of the verb the notice is the
    object of."""
    if any(in_group(t, "armed") or in_group(t, "organised") for t in notice.subtree):
        return True
    if notice.dep_ not in {"dobj", "obj"}:
        return False
    return any(
        c.dep_ == "nsubj" and (in_group(c, "armed") or in_group(c, "organised"))
        for c in notice.head.children
    )


# Round r33: verbs of an act happening ("took place", "happened", "occurred"). The verbs of
# denying are polarity.yaml's `denial_verbs` (round r34: round r33's own four were a subset of
# that list; reading the one list measured the same).
HAPPEN_VERBS = frozenset({"happen", "occur"})


def reads_denied_happening(sent: Span) -> bool:
    """A violent act whose very happening is denied ("the army denied that any clash took place
    near the village"), and no violence told outside the denial. Round r33 (the brief's
    leftover: read as an armed clash): the codebook codes what happened. Narrow on purpose: a
    denial of who did an act ("denied that its soldiers killed the men") leaves the act told."""
    for tok in span_tokens(sent):
        if tok.lemma_.lower() not in polarity_lexicon().denial_verbs:
            continue
        for clause in tok.children:
            if clause.dep_ == "ccomp" and _happening(clause) and _violent_subject(clause):
                inside = {t.i for t in clause.subtree}
                return not any(_forceful(t) for t in span_tokens(sent) if t.i not in inside)
    return False


def _happening(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in HAPPEN_VERBS:
        return True
    return lemma == "take" and any(c.lower_ == "place" for c in verb.children)


def _violent_subject(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and _forceful(c) for c in verb.children)

