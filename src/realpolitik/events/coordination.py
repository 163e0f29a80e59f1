"""Coordinations the parser attaches one level too low, shared by the polarity and argument
readers."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.tokens import Token

from realpolitik.events.attribution import lexicon as attribution_lexicon
from realpolitik.events.wordlists import read_word_sets

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "events"

# A past participle too: the tagger often reads a past tense after "and" as one ("would not
# withdraw and accused Kyiv"), and a participle cannot follow a modal without "have" or "be".
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN"})
# The tensed forms: a verb so tagged, or an auxiliary so tagged that makes its verb group finite
# (not a modal: "can pose ... and will warn" may well share the modal's subject at the same level).
TENSED_TAGS = frozenset({"VBD", "VBZ", "VBP"})
RELATIVE_PRONOUN_TAGS = frozenset({"WP", "WDT"})
# Relative pronouns that stand for the noun a relative clause hangs on.
RELATIVE_PRONOUNS = frozenset({"which", "that", "whom", "who"})


def finite_conjunct_of_infinitive(node: Token) -> bool:
    """A finite verb the parser made a conjunct of a bare infinitive under a modal, "do" or "to"
    ("said that X can pose a threat and warned that ...", "refused to free the hostages and
    fired rockets"): a modal or "to" takes a bare infinitive, so the finite verb cannot be under
    it; it coordinates with the clause that governs the infinitive, and the infinitive's modal,
    negation and frame are not its own."""
    head = node.head
    if node.dep_ != "conj" or head.tag_ != "VB":
        return False
    head_aux = [c for c in head.children if c.dep_ == "aux"]
    if not any(c.tag_ in {"MD", "TO"} or c.lemma_ == "do" for c in head_aux):
        return False
    auxes = [c for c in node.children if c.dep_ in {"aux", "auxpass"}]
    if not auxes:
        return node.tag_ in FINITE_TAGS and not base_form_after_modal(node)
    # "accused Benin of allowing agents to train saboteurs and has kept the border closed": a
    # verb group with a finite auxiliary cannot coordinate with a "to" infinitive either
    return any(c.tag_ in TENSED_TAGS for c in auxes) and any(c.tag_ == "TO" for c in head_aux)


def base_form_after_modal(node: Token) -> bool:
    """ "said it would free the prisoners and put them on a flight": a conjunct whose past tense is
    its base form ("put", "cut", "set", "shut") tagged a past tense after a modal's infinitive is
    as likely the modal's second infinitive, and the tag cannot tell; with no subject or auxiliary
    of its own it is read so (round r30, plover48: own64 tune, where "put them on a flight" read a
    deportation done). Only after a modal: after "to" ("refused to free them and shut the border")
    a past tense coordinating with the frame verb is as common, and the old reading is kept."""
    head = node.head
    return (
        node.dep_ == "conj"
        and node.tag_ in FINITE_TAGS
        and node.lower_ == node.lemma_.lower()
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in node.children)
    )


def finite_conjunct_of_participle(node: Token) -> bool:
    """A tensed verb with no subject of its own that the parser made a conjunct of a gerund or of
    a participle on a noun ("accused Asmara of shelling civilians deliberately and called on the
    government to ...", "opens the summit with a silence for the villagers killed this week and
    urges both sides to ..."): a gerund or a reduced relative has no tense, so the tensed verb
    cannot be its coordinate; it coordinates with the finite clause above (`clause_of_conjunct`),
    whose subject acts. After a past participle only a present tense counts: the tagger reads a
    participle after "and" as a past tense ("the men killed and wounded")."""
    head = node.head
    if node.dep_ != "conj" or head.i == node.i or head.i > node.i:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in node.children):
        return False
    if any(c.dep_ in {"aux", "auxpass"} for c in head.children):
        return False  # "was shelling the town and fired": a verb group with its own tense
    if head.tag_ == "VBG" and head.dep_ in {"pcomp", "acl", "advcl"}:
        return node.tag_ in TENSED_TAGS
    if head.tag_ == "VBN" and head.dep_ in {"acl", "advcl"}:
        return node.tag_ in {"VBZ", "VBP"}
    if _gerund_read_as_noun(head):
        return node.tag_ in TENSED_TAGS
    return False


def first_of_joined_participles(node: Token) -> Token:
    """The first of present participles joined by "and" with no subject or auxiliary of their
    own ("..., the ministry said, calling the raid unprovoked and demanding that Caracas free the
    men": "calling"): the later ones hang on the first, and the clause they make together stands
    where the first does (round r37, args41: own79 tune, a teller's second participle read as
    the sentence's act). Any other word is its own first."""
    tok = node
    while (
        tok.dep_ == "conj"
        and tok.tag_ == "VBG"
        and tok.head.tag_ == "VBG"
        and tok.head.i < tok.i
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "mark"} for c in tok.children)
    ):
        tok = tok.head
    return tok


def _gerund_read_as_noun(word: Token) -> bool:
    """ 'accuses Chile of "militarising" the border': a quoted or unfamiliar gerund the tagger
    reads as a noun, which its own direct object gives away (reader13, round r11b, from
    reader_own10 tune: the tensed verb after "and" lost its subject)."""
    return (
        word.dep_ == "pobj"
        and word.lower_.endswith("ing")
        and any(c.dep_ in {"dobj", "obj"} for c in word.children)
    )


def _stance_verbs() -> frozenset[str]:
    return _coordination_words()["stance_verbs"]


def stance_conjunct_of_reported_clause(node: Token) -> bool:
    """A verb of the reporting party's own stance that the parser made a conjunct of the clause
    it reports ("X denied that weapons had entered the country and demanded to see the
    evidence"): with no subject of its own, after a "that" clause with its own subject, it
    coordinates with the verb of saying or denying, whose subject acts, and the reported
    clause's frame (denied, claimed) is not its own. Only verbs of a stance
    (`data/events/coordination.yaml`): "denied that its jets had struck the market and shelled
    the villages" keeps the shelling inside the denial."""
    head = node.head
    if node.dep_ != "conj" or head.dep_ != "ccomp" or node.tag_ not in FINITE_TAGS:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children):
        return False
    if not _phrasal_readings(node) & _stance_verbs():
        return False
    if not (
        any(c.dep_ == "mark" and c.lower_ == "that" for c in head.children)
        or _after_comma_and(node)
    ):
        return False
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in head.children):
        return False
    return head.head.lemma_.lower() in attribution_lexicon().reporting_verbs


def _after_comma_and(node: Token) -> bool:
    """ "said the curfew ... was ruining families, and threatened to block the road": with no
    "that" to close the reported clause, a comma before the "and" still marks the stance verb as
    the next of the reporting party's acts, not more of what it reports (round r27, reader31,
    from a reader_own26 tune miss that left the threat with no party). The comma closes the
    reported clause itself (hung on its verb, not an apposition's: "summoned Venezuela's
    ambassador, Carlos Urdaneta, and demanded ...") and the verb of saying comes before it (not
    a trailing "the official said", whose speaker is not the one who acts)."""
    doc = node.doc
    if node.i < 2 or doc[node.i - 1].dep_ != "cc" or doc[node.i - 2].text != ",":
        return False
    clause = node.head
    return doc[node.i - 2].head.i == clause.i and clause.head.i < clause.i


def _phrasal_readings(verb: Token) -> set[str]:
    """The verb's lemma, and the lemma with each particle the parser hung on it ("walk out", its
    "out" parsed as a particle or a preposition)."""
    lemma = verb.lemma_.lower()
    return {lemma} | {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in {"prt", "prep"}}


def _finite(verb: Token) -> bool:
    return verb.tag_ in TENSED_TAGS or any(
        c.dep_ in {"aux", "auxpass"} and (c.tag_ in TENSED_TAGS or c.tag_ == "MD")
        for c in verb.children
    )


def clause_of_conjunct(node: Token) -> Token:
    """The verb a `finite_conjunct_of_infinitive` coordinates with: the nearest finite verb above
    its infinitive, through gerunds and prepositions ("accused Benin of allowing agents to train
    saboteurs and has kept the border closed": "accused", whose subject keeps it closed; "said
    that X can pose a threat and warned": "said")."""
    tok = node.head.head
    for _ in range(6):
        if (tok.pos_ in {"VERB", "AUX"} and _finite(tok)) or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok


def relative_object_antecedent(verb: Token, obj: Token) -> Token:
    """The noun a relative pronoun object stands for ("the accord, which the two sides signed":
    "accord"), so that a verb's pattern reads its object in a relative clause as in a main one;
    any other object as it is. Issue 9, stop 39 (lead: a polarity own6 tune miss, probes); moved
    here from `triggers` in round r38 (reader42) for `force_acts` to read a vessel the same way."""
    if verb.dep_ == "relcl" and obj.lower_ in RELATIVE_PRONOUNS and obj.tag_ in RELATIVE_PRONOUN_TAGS:
        return verb.head
    return obj


def relative_antecedent(verb: Token, first_conjunct: bool = False) -> Token | None:
    """ "Prabowo, who visited Beijing and agreed to pursue joint projects": a later conjunct of a
    relative clause whose subject is the relative pronoun shares that subject, so the noun the
    clause modifies acts. None for any other verb (the first conjunct is read by its own
    relative-clause rule), unless `first_conjunct`: then the relative clause's own verb too ("the
    army, which said it had sent ...": the pronoun under the verb of saying is the army's)."""
    tok = verb
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
            return None
        tok = tok.head
    if (tok.i == verb.i and not first_conjunct) or tok.dep_ != "relcl":
        return None
    if not any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ in RELATIVE_PRONOUN_TAGS for c in tok.children
    ):
        return None
    return tok.head


def joint_marked(verb: Token, markers: frozenset[str]) -> bool:
    """ "A and B jointly dismantled a ring", "worked together", "will run joint patrols": an
    adverb on the verb, or an adjective on its object or its "in" act, says the coordinated parties act as one
    side with each other, as a joint verb ("A and B signed") does."""
    if any(c.dep_ == "advmod" and c.lower_ in markers for c in verb.children):
        return True
    # ... or on the act named in an "in" phrase: "dismantled a ring in a joint raid"
    marked = [o for o in verb.children if o.dep_ in {"dobj", "obj"}] + [
        o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"
        for o in p.children if o.dep_ == "pobj"
    ]  # fmt: skip
    return any(a.dep_ == "amod" and a.lower_ in markers for o in marked for a in o.children)


def whose_antecedent(verb: Token) -> Token | None:
    """ "Ukraine, whose ports were blockaded by Russia": the passive subject of a relative clause
    held by "whose" belongs to the noun the clause modifies, which is acted on."""
    if verb.dep_ != "relcl":
        return None
    for subject in verb.children:
        if subject.dep_ == "nsubjpass" and any(
            c.dep_ == "poss" and c.tag_ == "WP$" for c in subject.children
        ):
            return verb.head
    return None


def _fronting_subordinators() -> frozenset[str]:
    return _coordination_words()["fronting_subordinators"]


def main_clause_after_subordinate(verb: Token) -> Token | None:
    """The main clause the parser hung as a conjunct on a fronted subordinate clause: "A day
    after the militia looted the town, the agency delivered food" comes out with "looted" as the
    root (marked by "after") and "delivered", with its own subject and no "and" before it, as its
    conjunct. A clause its subordinator marks is not the sentence's main clause, so the conjunct
    is; "After the talks ended, X met Y and Z attacked W" keeps its parse (a coordinator
    there)."""
    if not any(
        c.dep_ == "mark" and c.lower_ in _fronting_subordinators() and c.i < verb.i
        for c in verb.children
    ):
        return None
    if any(c.dep_ == "cc" for c in verb.children):
        return None
    for conj in verb.children:
        if (
            conj.dep_ == "conj"
            and conj.pos_ in {"VERB", "AUX"}
            and any(c.dep_ in {"nsubj", "nsubjpass"} for c in conj.children)
        ):
            return conj
    return None


def main_clause_beside_subordinate(verb: Token) -> Token | None:
    """The main clause on which the parser hung a trailing subordinate clause as a conjunct: "X's
    minister travelled to Y for talks with his counterpart, days after X had turned down a
    request from Y" comes out with "turned", marked by "after", as a conjunct of "travelled". A
    clause its subordinator marks is not coordinated: it is under the main clause, as an "after"
    clause hung as an adverbial is (round r44, plover62: own92 tune and the stop 63 leftover,
    the earlier refusal outranked the talks)."""
    if verb.dep_ != "conj" or verb.head.i > verb.i:
        return None
    if not any(
        c.dep_ == "mark" and c.lower_ in _fronting_subordinators() and c.i < verb.i
        for c in verb.children
    ):
        return None
    return verb.head


def main_clause_before_subordinate(verb: Token) -> Token | None:
    """The main clause the parser hung as a complement on a trailing subordinate clause: "A
    clashed with B on the border, hours after the two governments signed a ceasefire" comes out
    with "signed" as the root (marked by "after") and "clashed", with its own subject and no
    "that", as its clausal complement before it. A clause its subordinator marks is not the
    sentence's main clause, so the complement is (attachment round 19, own21 tune). The marked
    clause may itself hang as the complement of a trailing report verb ("A summoned B's envoy,
    hours after B's boats chased a patrol vessel, the agency reported": round r28, args32, own61
    tune), which stands after it as the root would. The main clause itself still ranks as
    embedded under it (lifting it too moved an older set's check pair down), so the two tie and
    the earlier trigger, the main clause's, is the sentence's event."""
    trailing_report = verb.dep_ == "ccomp" and verb.head.i > verb.i
    if (verb.dep_ != "ROOT" and not trailing_report) or not any(
        c.dep_ == "mark" and c.lower_ in _fronting_subordinators() and c.i < verb.i
        for c in verb.children
    ):
        return None
    for comp in [*verb.children, *_reported_before(verb)]:
        if (
            comp.dep_ == "ccomp"
            and comp.i < verb.i
            and comp.pos_ in {"VERB", "AUX"}
            and any(c.dep_ in {"nsubj", "nsubjpass"} for c in comp.children)
            and not any(c.dep_ == "mark" for c in comp.children)
        ):
            return comp
    return None


def _reported_before(verb: Token) -> list[Token]:
    """The clauses a verb of saying reports when the parser hung it, with its teller, as a
    parataxis before the marked clause: "A turned down B's offer, a spokesman said, days after C
    pledged aid" comes out with "pledged" as the root (marked by "after"), "said" a parataxis on
    it and "turned" the complement of "said" (round r33, args37, own71 tune: the pledge
    outranked the refusal)."""
    return [
        comp
        for report in verb.children
        if report.dep_ == "parataxis"
        and report.i < verb.i
        and report.lemma_.lower() in attribution_lexicon().reporting_verbs
        for comp in report.children
    ]


@cache
def _coordination_words() -> dict[str, frozenset[str]]:
    return read_word_sets(DATA_DIR / "coordination.yaml")


def _timing_verbs() -> frozenset[str]:
    return _coordination_words()["timing_verbs"]


def clause_timing_its_head(verb: Token) -> bool:
    """Whether this verb heads a subordinate clause ("after", "as", "since" ...) on a verb that
    only says when its subject happened ("The expulsion came days after Riga closed the
    consulate"): the subject is the reported act, the clause's act background, so it ranks as
    embedded (`coordination.yaml` timing_verbs)."""
    return (
        verb.dep_ == "advcl"
        and (
            verb.head.lemma_.lower() in _timing_verbs()
            or _relations_changed(verb.head)
            or _act_lasting(verb.head)
        )
        and any(c.dep_ == "mark" and c.lower_ in _fronting_subordinators() for c in verb.children)
    )


def _act_lasting(verb: Token) -> bool:
    """ "A sit-in by nurses entered its second week", "a hunger strike continued into its tenth
    day": a verb that only tells how long its subject has lasted (`coordination.yaml`
    lasting_verbs), a span its object or in its "into" phrase (span_nouns); the clause timing it
    is background (round r37, plover55)."""
    words = _coordination_words()
    if verb.lemma_.lower() not in words["lasting_verbs"]:
        return False
    spans = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    spans += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "into"
              for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    return any(s.lemma_.lower() in words["span_nouns"] for s in spans)


def called_on_beside_lasting_act(noun: Token) -> list[Token]:
    """ "A sit-in by nurses entered its second week, as their union called on the government to
    pay overdue wages": the heads of the parties a timing clause beside a lasting act calls on,
    urges or asks (`coordination.yaml` calling_verbs), the act being the lasting verb's subject;
    the lasting protest presses them (round r37, plover55)."""
    verb = noun.head
    if noun.dep_ != "nsubj" or not _act_lasting(verb):
        return []
    calls = [
        c for c in verb.children
        if clause_timing_its_head(c) and c.lemma_.lower() in _coordination_words()["calling_verbs"]
    ]  # fmt: skip
    heads = [o for c in calls for o in c.children if o.dep_ in {"dobj", "obj"}]
    return heads + [g for c in calls for p in c.children if p.dep_ == "prep" and p.lower_ == "on"
                    for g in p.children if g.dep_ == "pobj"]  # fmt: skip


def _relations_changed(verb: Token) -> bool:
    """ "Relations between Oslo and Moscow have cooled (since ...)": a verb of relations changing
    (`coordination.yaml` relation_change_verbs) whose subject is relations or ties; the clause
    dating the change is background (round r33, args37)."""
    words = _coordination_words()
    return verb.lemma_.lower() in words["relation_change_verbs"] and any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in words["relation_nouns"]
        for c in verb.children
    )


# Prepositions whose gerund tells when a teller spoke ("the fund's director said after signing
# the agreement"): round r30, args34, from an own65 tune miss where the signing outranked the
# loan the director reported.
TELLING_TIME_PREPS = frozenset({"after", "before", "upon", "on", "while", "when"})


def gerund_timing_the_telling(verb: Token) -> bool:
    """Whether this verb is a gerund in a time phrase on a verb of saying that reports a clause
    ("X will lend Y 12 million dinars, the director said after signing the agreement"): it says
    when the teller spoke; the reported clause is the act, so the gerund ranks as embedded."""
    prep = verb.head
    telling = prep.head
    return (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and prep.dep_ == "prep"
        and prep.lower_ in TELLING_TIME_PREPS
        and telling.lemma_.lower() in attribution_lexicon().reporting_verbs
        and any(c.dep_ == "ccomp" for c in telling.children)
    )


def clause_on_noun_act(verb: Token, trigger_tokens: set[int]) -> bool:
    """Whether this verb heads an adverbial clause on a verb whose object is a typed act noun
    ("announced the suspension of gas sales to X until the dispute is settled", "ordered the
    closure of the border after smugglers crossed it"): the verb and its noun tell one act, which
    governs the clause as a typed verb would, so the clause ranks as embedded (attachment round
    19, own21 tune)."""
    head = verb.head
    return (
        verb.dep_ == "advcl"
        and head.pos_ in {"VERB", "AUX"}
        and head.i not in trigger_tokens
        and any(c.dep_ in {"dobj", "obj"} and c.i in trigger_tokens for c in head.children)
    )


def later_clause_of_coordination(verb: Token) -> bool:
    """A clause with its own subject coordinated after another ("Nicaragua stripped 94 opponents
    of their citizenship, and Spain offered them nationality"): the wire reports the first
    clause's act and adds the second as what followed. A conjunct without a subject of its own
    ("rejected the plan and said ...") shares the first act's party and is not this; nor is the
    main clause hung on a fronted subordinate one (`main_clause_after_subordinate`)."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.pos_ in {"VERB", "AUX"}
        and head.i < verb.i
        and head.pos_ in {"VERB", "AUX"}
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
        and main_clause_after_subordinate(head) is None
    )


# Links from a noun up to the noun that heads the phrase it sits in ("Officials in Doha": Doha is
# the object of "in", which hangs on "Officials").
_PHRASE_LINKS = frozenset({"pobj", "prep", "compound", "appos", "poss", "conj", "cc"})


def background_on_subject(verb: Token) -> bool:
    """A relative clause set off by a comma on the main clause's subject or a noun inside it
    ("Qatar, which has hosted talks between X and Y, said it would provide ...", "Officials in
    Doha, where the crown prince arrived on Sunday, said ..."): it tells who the party is, while
    the sentence reports what the clause after the subject says (round r24, args28: own53 tune,
    where the hosting ranked above the pledge its subject made). A restrictive clause ("the
    soldiers who crossed the line were detained") and a clause on an object are not this."""
    if verb.dep_ != "relcl" or verb.left_edge.i == 0:
        return False
    if verb.doc[verb.left_edge.i - 1].text != ",":
        return False
    noun = verb.head
    while noun.dep_ in _PHRASE_LINKS and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.i > verb.i


def background_on_teller(verb: Token, report_verbs: set[str]) -> bool:
    """A relative clause set off by a comma on the "by" teller of a report-like passive whose
    subject is what was told ("The seizure of a tanker by militiamen was reported by the shipping
    ministry, which said it had urged Tripoli to free the crew"), or the act such a clause
    reports: it says what the teller did about the told act, which stays the sentence's main
    event (round r36, args40: own77 tune, where the teller's request ranked above the act noun
    with both parties). Only a report verb's passive: a doer's own clause ("were detained by
    rebels, who said ...") is not this."""
    clause = verb
    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in report_verbs:
        clause = clause.head
    if clause.dep_ != "relcl" or clause.left_edge.i == 0:
        return False
    if clause.doc[clause.left_edge.i - 1].text != ",":
        return False
    teller = clause.head
    agent = teller.head
    if teller.dep_ != "pobj" or agent.dep_ != "agent":
        return False
    told = agent.head
    return told.lemma_.lower() in report_verbs and any(
        c.dep_ == "nsubjpass" for c in told.children
    )


def background_in_apposition(verb: Token) -> bool:
    """A relative clause on an appositive noun ("froze its membership of the CSTO, the bloc that
    Yerevan accuses of failing it", "met Mr X, the envoy who brokered the last truce"): the
    apposition says what the party is, and its clause's act is a description of it, not what the
    sentence reports (round r29, plover47: own62 tune, where the accusation in such a clause
    ranked above the vote's freeze). A clause on the noun itself ("the bloc, which ...") is not
    this: it may tell a later act. The parser often hangs such an apposition after a clause's
    last object on the verb as a second object or an adverbial noun; an object set off by a comma
    is read as one too (objects are not set off so)."""
    if verb.dep_ != "relcl":
        return False
    noun = verb.head
    if noun.dep_ == "appos":
        return True
    start = noun.left_edge.i
    return (
        noun.dep_ in {"dobj", "obj", "npadvmod"}
        and start > 0
        and verb.doc[start - 1].text == ","
    )


# Relative pronouns that, after a part's "of" ("some of whom", "most of which"), open a clause
# about the noun before them.
PART_RELATIVES = frozenset({"whom", "which"})


def relative_read_as_clause(verb: Token) -> bool:
    """ "... over the treatment of drivers held at the crossing, some of whom had reportedly been
    made to wait three days, a ministry official said": a clause whose subject is a part "of
    whom" or "of which" is a relative clause on the noun before it, which the parser reads as a
    clause of its own (a complement of the trailing report verb); like any clause on a noun it
    describes that noun and is no main act (round r29, args33, own63 tune: the made-to wait
    ranked above the summons)."""
    if verb.dep_ == "relcl":
        return False
    return _participle_read_as_report_verb(verb) or any(
        prep.lower_ == "of" and any(o.lower_ in PART_RELATIVES for o in prep.children)
        for subject in verb.children if subject.dep_ in {"nsubj", "nsubjpass"}
        for prep in subject.children if prep.dep_ == "prep"
    )  # fmt: skip


# Nouns that name a part of a whole ("part of a grant", "a tranche of a loan"), never a teller.
PART_NOUNS = frozenset({"part", "share", "portion", "tranche", "instalment", "installment"})


def _participle_read_as_report_verb(verb: Token) -> bool:
    """ "Norway handed over eight ambulances to Malawi on Friday, part of a grant agreed last year
    to help rural hospitals": the parser reads the trailing noun phrase as the subject of its past
    participle ("part ... agreed") and the main clause as that verb's complement, as if "agreed"
    were a report verb ("..., officials said"). A past participle (tag VBN) with no auxiliary
    cannot head a clause with a subject of its own: it is a reduced relative on the noun before
    it, set off by the comma after the main clause (round r36, plover54, own76 tune: the
    agreement outranked the hand-over and made it "intended")."""
    if any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    # a past participle, or a verb the tagger read as past tense whose subject is a part noun
    # ("part of a deal agreed last spring": no teller is a part of something)
    subjects = [
        c for c in verb.children
        if c.dep_ == "nsubj" and c.i < verb.i
        and (verb.tag_ == "VBN" or c.lemma_.lower() in PART_NOUNS)
    ]  # fmt: skip
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return any(
        c.i < s.i and s.left_edge.i > 0 and verb.doc[s.left_edge.i - 1].text == ","
        for s in subjects for c in clauses
    )  # fmt: skip


def set_off_participle_read_as_clause(verb: Token) -> bool:
    """ "said that Ambassador X, recalled last month, would go back to Nairobi": the parser reads
    a past participle set off by commas after a noun as a clause of its own with the noun as its
    subject (an adverbial clause of the verb after it, or a conjunct of an earlier clause, taking
    that clause's "that"). It is a reduced relative on the noun: an earlier act done to the noun
    (its patient, not its doer), told as done whatever the verb after the closing comma plans or
    supposes (round r27, reader31, from a reader_own26 tune miss that read the recall as
    hypothetical and the ambassador as the recaller)."""
    if verb.dep_ not in {"advcl", "conj"} or verb.tag_ != "VBN":
        return False
    if any(c.dep_ in {"aux", "auxpass", "dobj", "obj"} for c in verb.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ != "that" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    return (
        len(subjects) == 1
        and subjects[0].right_edge.i in {verb.i - 2, verb.i - 1}
        and verb.doc[verb.i - 1].text == ","
        and _verb_after_closing_comma(verb)
    )


def _verb_after_closing_comma(verb: Token) -> bool:
    """The participle's phrase ends in a comma (hung on it or right after it) and a verb group
    follows: the noun's own verb ("..., would go back")."""
    doc = verb.doc
    last = verb.right_edge.i
    if doc[last].text != ",":
        last += 1
    if last + 1 >= len(doc) or doc[last].text != ",":
        return False
    return doc[last + 1].pos_ in {"AUX", "VERB"}


def clause_timing_the_telling(verb: Token, typed: set[int]) -> bool:
    """Whether this verb heads a subordinate clause with a subject of its own ("after", "before",
    "when" ...) on a verb of saying whose reported clause is a typed act ("Asuncion will sell
    Brazil 500 megawatts, the president's office said, after Brasilia asked for help"): the
    reported clause is the act, the subordinate clause background, so it ranks as embedded, as a
    gerund there does (`gerund_timing_the_telling`; round r32, args36, own69 tune: the request
    of the "after" clause outranked the sale)."""
    telling = verb.head
    return (
        verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in TELLING_TIME_PREPS for c in verb.children)
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
        and telling.lemma_.lower() in attribution_lexicon().reporting_verbs
        and any(c.dep_ == "ccomp" and c.i in typed for c in telling.children)
    )
