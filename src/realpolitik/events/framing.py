"""How a clause frames its trigger: embedded under another event, future/intent, obligation.

PLOVER types a statement of intent by what it promises: an intended cooperative act is AGREE
("Finland will give Tanzania a grant"), an intended hostile one THREATEN ("Iran threatened to
shell", "will withdraw ... unless"), a refusal REJECT ("would not meet the demands"), and an
obligation laid on another actor REQUEST ("said Sudan must return the helicopter").
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.events.coordination import TENSED_TAGS, base_form_after_modal
from realpolitik.events.lexicon import QUAD_CLASS, TriggerType
from realpolitik.events.nominal_objects import prep_objects
from realpolitik.events.polarity import inverted_condition, is_negated, lexicon
from realpolitik.events.told_threats import telling_verb

# The one list of future auxiliaries (arguments and compliance_pledges read it through
# `has_future_aux`; "wo" is the tokenizer's half of "won't").
FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "wo", "'d"})
OBLIGATION_AUX = {"must", "should", "ought"}
# Subjects that make "must" the writer's own reasoning, not a demand on an actor.
SELF_SUBJECTS = {"we", "i", "one", "you"}
# Adjectives and verbs that put their complement in the future ("is prepared to lift the ban",
# "is committed to opening", "plans to impose").
INTENT_HEADS = {"ready", "prepared", "willing", "committed", "determined", "plan", "intend", "aim",
                # "the accord commits Zambia and Malawi to sharing data": the act a party is
                # committed to is still to come (round r26, plover44, from own56 tune)
                "commit"}  # fmt: skip
CONDITIONAL_THREAT_MARKS = {"unless"}
# Heads that say an actor will probably not do its complement ("is unlikely to accept"), and
# heads that do so when negated ("is not expected to sign", "has no plans to"): a cooperative act
# framed so is a refusal in prospect, REJECT, as "would not meet the demands" is (issue 9,
# round 11: own7 tune).
UNLIKELY_HEADS = {"unlikely", "reluctant", "loath", "loth"}
NEGATED_INTENT_HEADS = {"expect", "likely", "plan", "intend", "ready", "willing", "prepared",
                        # "has no intention of joining the pact" (round r10, plover24)
                        "intention", "intent", "desire"}  # fmt: skip
# Verbs of forecasting: another party's future act they govern ("diplomats expect that Accra will
# give way", "What Lagos hopes is that Accra will sign") is someone's forecast, not a pledge of
# the act's subject; it keeps its own type, told as not done (issue 9, round r14, reader18, from
# the reader_own13 tune miss "What Kampala expects is that Nairobi will back down", read AGREE).
FORECASTING_HEADS = {"expect", "predict", "hope", "fear", "believe", "think", "assume", "bet",
                     "doubt", "anticipate", "forecast", "suspect", "reckon", "wager"}  # fmt: skip
# Subjects of the forecast clause that may be the forecaster itself ("Ghana hopes it will sign":
# its own intent, which stays a pledge).
FORECASTER_PRONOUNS = {"it", "they", "we", "i", "he", "she"}
# Verbs of promising: the promise is the pledge (AGREE) already, so the future act of its "that"
# clause ("promised the families that the government would pay the hospital bills") keeps its own
# type, told as not done, rather than a second pledge (issue 9, round r17, reader21: reader_own15
# and reader_own16 tune list the promised payment or compensation as AID / RETREAT not done).
# Verbs of asking whose to-infinitive with an object is the act asked of that object ("ask the
# Forum to send", "urge Kyiv to accept"), beside polarity.yaml's directive verbs.
REQUESTING_HEADS = frozenset({"ask", "urge", "invite", "request", "encourage", "press", "call"})
PLEDGING_HEADS = {"promise", "pledge", "vow", "assure", "guarantee", "swear", "undertake"}
# "walked out in protest at the ruling": an act done in protest is the protest (PLOVER PROTEST),
# whatever the act's own code (a boycott, an occupation, a walkout) (issue 9, round 11: own2
# tune; PLOVER tune has "a general strike ... in protest of").
PROTEST_NOUNS = {"protest", "solidarity"}
PROTEST_KEEPS = {"ASSAULT", "PROTEST"}
# A walkout the act is part of, told by what it is over (round r50, plover68: "stayed away from
# their classrooms ... in a strike over unpaid bonuses" read the staying away REJECT). "against"
# and "for" are left out: on probes of ours "in a strike against rebel positions" was an air raid
# and "in a strike for the second night" a time, both reframed PROTEST.
WALKOUT_NOUNS = frozenset({"strike", "walkout", "stoppage"})
# A cut in relations done in protest (CAMEO 16: recalling an ambassador, expelling diplomats,
# suspending ties or cooperation) stays the sanction it is: CAMEO and PLOVER code the act, and the
# protest names only its motive (stop 30: plover20's note on "recalled its ambassador ... in
# protest over the seizure").
RELATIONS_CUT_CAMEO_ROOT = "16"
# Verbs of readying forces: an assault they govern is a mobilization (PLOVER MOBILIZE: forces
# readied), not a threat (the PLOVER tune part codes "the army prepared to resume shelling" so;
# issue 9, round 11).
PREPARE_VERBS = {"prepare"}
# An order to leave given to a party expels it (CAMEO 166, PLOVER SANCTION, as "expulsion" is);
# "asked X to leave" is left a request (own6 codes it so) (issue 9, round 11).
EXPEL_ORDER_VERBS = {"order", "tell"}
LEAVE_VERBS = {"leave", "quit", "depart", "vacate"}
# An order to leave given to the people who live in a place, or to leave their homes ("ordered
# residents to leave their homes as the river rose") is an evacuation order, no act against a
# party: it keeps the order's own reading, as "ordered residents to evacuate" does (round r25,
# plover43, the lead's leftover: it read an expulsion, SANCTION 166).
RESIDENT_WORDS = {"resident", "inhabitant", "villager", "dweller", "householder", "household",
                  "family", "townspeople", "population"}  # fmt: skip
HOME_WORDS = {"home", "house"}
EXPELLED = TriggerType("SANCTION", "expel", "166", "own")
# The CAMEO code a re-typed event gets: the root's generic code ("express intent to cooperate").
REFRAMED_CAMEO = {"AGREE": "030", "THREATEN": "130", "REJECT": "120", "REQUEST": "100"}
# Types that already say how the act is framed: re-typing them would lose information.
FRAMING_TYPES = {"AGREE", "THREATEN", "REQUEST", "REJECT", "ACCUSE"}
# Verbs of undergoing: what a party "will face" (fines, sanctions, a penalty) is done to it by
# another, so the future names no pledge or threat of the subject; the act keeps its own type,
# told as not done ("drivers will face fines": SANCTION, intended, not a THREATEN by the drivers)
# (issue 9, round r25, reader29, from the reader_own24 tune miss "or face fines of 150 euros").
UNDERGOING_VERBS = {"face"}
# Going or coming before a court is undergone too: "will appear before a judge", "is due to go
# before a court" is a hearing to come, done to the subject by the court, no threat of its own
# (COERCE 173, told as not done; stop 64 leftover, reader_own43 tune; round r45, reader49).
COURT_GOING_VERBS = frozenset({"appear", "go", "come"})
COURT_GOING_PREPS = frozenset({"before", "in"})
COURT_WORDS = frozenset({"court", "judge", "magistrate", "tribunal"})
# Verbs of asking a question: the act of a "whether" clause under them ("asked whether the police
# would pull out of the town") is what someone asked about, no pledge or threat of its subject;
# it keeps its own type, told as not done (round r25, reader29: the brief's leftover "a scheduled
# meeting read AGREE", in the form of a question put to a party).
ASKING_HEADS = {"ask", "wonder", "question", "inquire", "enquire"}
QUESTION_MARKS = {"whether", "if"}
# Dependencies that carry a clause up to the verb that frames it.
CLAUSE_DEPS = {"xcomp", "ccomp", "advcl", "acomp", "pcomp", "pobj", "prep", "dobj", "relcl", "acl"}


def undergone(verb: Token) -> bool:
    """The verb's future act is done to its subject by another (`UNDERGOING_VERBS`, or going before
    a court: `COURT_GOING_VERBS`), so it names no pledge or threat of the subject."""
    lemma = verb.lemma_.lower()
    if lemma in UNDERGOING_VERBS:
        return True
    return lemma in COURT_GOING_VERBS and any(
        p.dep_ == "prep" and p.lower_ in COURT_GOING_PREPS and o.lemma_.lower() in COURT_WORDS
        for p in verb.children
        for o in p.children
        if o.dep_ == "pobj"
    )


def clause_head(tok: Token) -> Token:
    """The verb whose clause `tok` belongs to (itself for a verb)."""
    while tok.pos_ not in {"VERB", "AUX"} and tok.head.i != tok.i and tok.dep_ != "ROOT":
        tok = tok.head
    return tok


def has_future_aux(verb: Token) -> bool:
    """A future auxiliary hangs on the verb itself ("will expel", "would respect")."""
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children)


def _aux(tok: Token) -> set[str]:
    return {c.lower_ for c in tok.children if c.dep_ in {"aux", "auxpass"}}


def is_future(verb: Token) -> bool:
    """Said as intended: `will`/`would` on the verb or on the verbs it is the complement of."""
    tok = verb
    for _ in range(3):
        if _aux(tok) & FUTURE_AUX:
            return True
        children = [c.lower_ for c in tok.children]
        if "going" in children and "to" in children:
            return True
        if tok.dep_ not in {"xcomp", "acomp", "conj", "pcomp", "prep"} or tok.head.i == tok.i:
            return False
        if tok.dep_ == "conj" and not base_form_after_modal(tok) and (
            tok.tag_ in TENSED_TAGS
            or any(c.dep_ in {"aux", "auxpass"} and c.tag_ in TENSED_TAGS for c in tok.children)
        ):
            # a verb in a tense of its own, or with a tensed auxiliary ("has asked"), conjoined
            # to a "will"/"would" verb is a clause of its own, not under the modal: "said it would
            # open camps and (has) asked agencies to send food" (round r8: reader_own7 tune,
            # where the requested "send" was read as a promise, AGREE)
            return False
        head = tok.head
        if tok.dep_ in {"xcomp", "pcomp", "prep"} and (
            head.lemma_ in INTENT_HEADS or head.lower_ in INTENT_HEADS
        ):
            return True
        tok = head
    return False


# The modals of a past that did not happen, with "have" and a participle ("would have captured").
COUNTERFACTUAL_AUX = {"would", "'d"}


def counterfactual(verb: Token) -> bool:
    """ "the rebels would have captured the capital", "Turkish forces would have attacked
    Manbij": a past that did not happen, neither promised nor threatened (the polarity step reads
    it hypothetical); the act keeps its own type. "will have captured" (a future perfect) is a
    forecast, not this. Stop 40, lead: probes of the polarity own sets' counterfactuals, read
    THREATEN."""
    aux = _aux(verb)
    return verb.tag_ == "VBN" and bool(aux & COUNTERFACTUAL_AUX) and bool(aux & {"have", "'ve"})


def obligation(verb: Token) -> bool:
    """An obligation laid on someone ("Sudan must return"), not the writer's own ("we must admit")."""
    if not _aux(verb) & OBLIGATION_AUX:
        return False
    if inverted_condition(verb):  # "Should Minsk close the border, ...": a condition
        return False
    return not any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in SELF_SUBJECTS for c in verb.children
    )


def conditional_threat(verb: Token) -> bool:
    """An `unless` clause hangs on the verb or the clauses above it."""
    for tok in (verb, verb.head, verb.head.head):
        for c in tok.children:
            if c.dep_ == "advcl" and any(m.lower_ in CONDITIONAL_THREAT_MARKS for m in c.children):
                return True
    return False


def hedged_threat(verb: Token) -> bool:
    """ "said he could close the border if ...", "warned Accra might suspend exports unless
    ...": a hedging modal on the verb, a condition of its own on it, and a verb of telling whose
    reported clause it is, so that the act is kept beside the threat (told_threats.py). In the
    writer's voice the hedge is speculation, and negated ("could not close") it is no threat:
    both keep the act's reading (round r11: without the teller, one careful-reader check act
    was lost, by the totals)."""
    lex = lexicon()
    if not _aux(verb) & lex.hedged_threat_modals or is_negated(verb):
        return False
    if telling_verb(verb) is None:
        return False
    return threat_conditioned(verb)


def threat_conditioned(verb: Token) -> bool:
    """`verb` carries a condition a threat is made under ("... if the attacks continue",
    "unless ..."; `polarity.yaml` threat_condition_marks)."""
    marks = lexicon().threat_condition_marks
    return any(
        c.dep_ == "advcl" and any(m.lower_ in marks for m in c.children) for c in verb.children
    )


def declined_intent(verb: Token) -> bool:
    """The verb is the complement of "unlikely to" or of a negated "expected to", "plans to"."""
    tok = verb
    for _ in range(3):
        if tok.dep_ not in {"xcomp", "acomp", "pcomp", "prep", "acl"} or tok.head.i == tok.i:
            return False
        head = tok.head
        words = {head.lemma_.lower(), head.lower_}
        if words & UNLIKELY_HEADS:
            return True
        negated = is_negated(head) or any(
            c.lower_ == "no" for c in head.children if c.dep_ == "det"
        )
        if negated and words & NEGATED_INTENT_HEADS:
            return True
        tok = head
    return False


def preparing_attack(verb: Token) -> bool:
    """The verb is the complement of the verb "prepare" ("the army prepared to resume shelling",
    "forces were preparing to attack"): forces readied for an assault, not yet an assault and not
    a threat in words. "is prepared to lift the ban" (an adjective) is intent, read elsewhere."""
    tok = verb
    for _ in range(3):
        if tok.dep_ not in {"xcomp", "conj"} or tok.head.i == tok.i:
            return False
        head = tok.head
        if head.lemma_.lower() in PREPARE_VERBS and head.pos_ == "VERB" and head.dep_ != "acomp":
            return True
        tok = head
    return False


def expulsion_order(verb: Token) -> bool:
    """ "ordered the ambassador to leave", "told the envoy to quit the country": an order to leave
    given to a party is an expulsion. "asked X to leave" stays a request."""
    return _orders_leaving(verb, {"xcomp", "ccomp"}, infinitive=False)


def ordered_departure(verb: Token) -> bool:
    """ "ordered the ambassador to leave the country", "the envoy was told to quit Niamey": the
    leaving an expulsion order asks for is the expulsion itself, which the order's verb names; the
    verb of leaving names no act of its own (its bare CAMEO block read a visit, CONSULT, of the
    envoy to the place left; stop 73, lead: probes of our own)."""
    if verb.lemma_.lower() not in LEAVE_VERBS or verb.dep_ != "xcomp":
        return False
    return expulsion_order(verb.head) or told_to_leave(verb.head)


def told_to_leave(verb: Token) -> bool:
    """ "A trade attaché was told to leave the capital within two days": a passive order to leave,
    its addressee the subject, is an expulsion as the active one is (`expulsion_order`); it read
    no event, as a verb of saying needs an addressee object to give an order (round r51,
    reader55, from a reader_own50 tune miss). Only an order to leave, and not to people leaving
    their homes ("Residents were told to leave their houses" stays no event): other passive
    instructions ("was told to wait") are not read here."""
    deps = {c.dep_ for c in verb.children}
    return (
        "auxpass" in deps
        and "nsubjpass" in deps
        and _orders_leaving(verb, {"xcomp"}, infinitive=True)
    )


def _orders_leaving(verb: Token, complement_deps: set[str], infinitive: bool) -> bool:
    """`verb` is a verb of ordering (`EXPEL_ORDER_VERBS`) whose complement of `complement_deps`
    is a verb of leaving (with its "to" when `infinitive`), and the ones told to go are not
    residents leaving their homes (`_evacuation`)."""
    if verb.lemma_.lower() not in EXPEL_ORDER_VERBS:
        return False
    leaving = [
        c
        for c in verb.children
        if c.dep_ in complement_deps
        and c.lemma_.lower() in LEAVE_VERBS
        and (not infinitive or any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
    ]
    return bool(leaving) and not any(_evacuation(verb, leave) for leave in leaving)


def _evacuation(order: Token, leave: Token) -> bool:
    """ "ordered residents to leave", "told villagers to leave their homes": the people who live
    there are told to go, or the place left is where they live (`RESIDENT_WORDS`, `HOME_WORDS`)."""
    ordered = [c for c in order.children if c.dep_ in {"dobj", "dative", "nsubjpass"}]
    ordered += [c for c in leave.children if c.dep_ == "nsubj"]
    left = [c for c in leave.children if c.dep_ == "dobj"]
    return any(o.lemma_.lower() in RESIDENT_WORDS for o in ordered) or any(
        o.lemma_.lower() in HOME_WORDS for o in left
    )


# Verbs of taking a stance whose "in solidarity with X" phrase is the act itself, not the motive
# of another: "stood in full solidarity with Madrid" expresses support (the "stand in solidarity"
# row), where "went on strike in solidarity with" strikes for that reason (round r29, reader33,
# from a reader_own28 tune miss read as a protest).
SOLIDARITY_STANCE_VERBS = frozenset({"stand", "remain"})


def done_in_protest(verb: Token) -> bool:
    """ "in protest at/against/over X" (or "in solidarity with") modifies the verb."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            if noun.lemma_.lower() in PROTEST_NOUNS and not _stance_in_solidarity(verb, noun):
                return True
            if _walkout_over(noun):
                return True
    return False


def _walkout_over(noun: Token) -> bool:
    """ "in a strike over unpaid wages", "in a walkout over a shift system": a strike told with
    what it is over (no day: "in a strike over the weekend") and no modifier of its own ("in an
    air strike"), the walkout the act is part of."""
    return (
        noun.lemma_.lower() in WALKOUT_NOUNS
        and not any(c.dep_ in {"compound", "amod"} for c in noun.children)
        and any(o.ent_type_ not in {"DATE", "TIME"} for o in prep_objects(noun, "over"))
    )


def cuts_relations(ttype: TriggerType) -> bool:
    """A cut in relations (CAMEO 16): done in protest, it stays what it is."""
    return (ttype.cameo or "").startswith(RELATIONS_CUT_CAMEO_ROOT)


def protest_motive_of(noun: Token) -> Token | None:
    """The verb whose "in protest at X" (or "in solidarity with") phrase holds `noun`, or None.
    On a cut in relations (`cuts_relations`: "recalled its envoy in protest at ...") the noun
    names the cut's motive, no protest of its own; on other acts framing makes the act the
    protest and the noun keeps the "at X" party (round 11's attachment tests)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.pos_ not in {"VERB", "AUX"} or not done_in_protest(verb):
        return None
    return verb if noun.lemma_.lower() in PROTEST_NOUNS else None


def _stance_in_solidarity(verb: Token, noun: Token) -> bool:
    """ "stood in solidarity with X": the solidarity is what the stance verb tells."""
    return noun.lemma_.lower() == "solidarity" and verb.lemma_.lower() in SOLIDARITY_STANCE_VERBS


def _protested_words(clause: Token) -> bool:
    """A clause a protest verb tells as what was said: a clausal complement before the verb
    ("..., a rights group protested"), one opened by "that", or any of "protest" itself ("protested
    the arrests were illegal"). A bare clause after another verb of protest is a relative clause
    the parser misread ("marched ... to demand the dismissal of officials they blame for ...":
    "blame" hung on "marched" made the march a complaint; round r20, plover38, own44 tune)."""
    if clause.dep_ != "ccomp":
        return False
    return (
        clause.i < clause.head.i
        or clause.head.lemma_.lower() == "protest"
        or any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    )


def reframe(ttype: TriggerType, verb: Token) -> TriggerType:
    """The PLOVER type once the clause's obligation, future, negation and conditions are read.

    `verb` is the trigger, or for a nominal trigger the verb it is the object of ("will extend
    the curfew").
    """
    if verb.pos_ not in {"VERB", "AUX"}:
        return ttype
    told = ttype.plover_type == "PROTEST" or (
        ttype.plover_type == "SUPPORT" and verb.lemma_.lower() == "protest"
    )
    if told and any(_protested_words(c) for c in verb.children):
        # "..., a human rights group protested": protesting what someone does, in words, is a
        # complaint (ACCUSE), not a demonstration. So is CAMEO's "protest arrest" row (SUPPORT 053):
        # "Reporters protested the arrests were unlawful" (no "that") parses "the arrests" as
        # the verb's object (round r21, plover39). The act noun keeps its own type.
        return TriggerType("ACCUSE", "disapprove", "111", ttype.origin)
    if QUAD_CLASS[ttype.plover_type] <= 2 and declined_intent(verb):
        return TriggerType("REJECT", ttype.mode, REFRAMED_CAMEO["REJECT"], ttype.origin)
    if expulsion_order(verb):
        return TriggerType(EXPELLED.plover_type, EXPELLED.mode, EXPELLED.cameo, ttype.origin)
    if ttype.plover_type == "ASSAULT" and preparing_attack(verb):
        return TriggerType("MOBILIZE", None, "150", ttype.origin)
    if (
        ttype.plover_type not in PROTEST_KEEPS
        and not cuts_relations(ttype)
        and done_in_protest(verb)
    ):
        return TriggerType("PROTEST", ttype.mode, "140", ttype.origin)
    if obligation(verb) and ttype.plover_type not in {"REQUEST", "REJECT"}:
        return TriggerType("REQUEST", ttype.mode, REFRAMED_CAMEO["REQUEST"], ttype.origin)
    if ttype.plover_type in FRAMING_TYPES:
        return ttype
    if QUAD_CLASS[ttype.plover_type] >= 3 and hedged_threat(verb):
        return TriggerType("THREATEN", ttype.mode, REFRAMED_CAMEO["THREATEN"], ttype.origin)
    if not is_future(verb) or counterfactual(verb) or undergone(verb):
        return ttype
    if asked_about(verb):
        return ttype
    cooperative = QUAD_CLASS[ttype.plover_type] in (1, 2)
    if forecast_of_another(verb) or (
        cooperative and (content_of_a_promise(verb) or requested_of_another(verb))
    ):
        # a hostile act promised ("vowed that they would retaliate") stays a threat
        return ttype
    if not cooperative and is_negated(verb) and not conditional_threat(verb):
        # A hostile act forsworn ("the villagers will not march on the dam", "Accra will not
        # suspend imports") threatens nothing: it keeps its own type, told negated (issue 9, round
        # r15, reader19: reader_own14 and reader_own13 tune read such acts THREATEN).
        return ttype
    if cooperative and is_negated(verb):
        new = "REJECT"
    elif cooperative and not conditional_threat(verb):
        new = "AGREE"
    else:
        new = "THREATEN"
    return TriggerType(new, ttype.mode, REFRAMED_CAMEO[new], ttype.origin)


def asked_about(verb: Token) -> bool:
    """`verb` heads a "whether" (or "if") clause that is the question of a verb of asking ("was
    asked whether Ankara would lift the ban")."""
    return verb.head.lemma_.lower() in ASKING_HEADS and is_question_clause(verb)


def is_question_clause(clause: Token) -> bool:
    """A "whether" clause, or an "if" clause that is the verb's complement: "would ask the court
    for measures if talks fail" is a condition (an adverbial "if"), no question."""
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    if clause.dep_ == "ccomp":
        return bool(marks & QUESTION_MARKS)
    return clause.dep_ == "advcl" and "whether" in marks


def requested_of_another(verb: Token) -> bool:
    """`verb` is the act a "will"/"would" verb of asking or telling wants of another party ("the
    government would ask the Forum to send observers", "will urge the union to lift the
    blockade"): the modal is the asker's, so the act asked for is no promise of its doer; it keeps
    its own type, only asked for (issue 9, round r18, reader22: reader_own17 tune read the
    observers sent as a pledge, AGREE)."""
    if verb.dep_ != "xcomp" or verb.head.i == verb.i:
        return False
    head = verb.head
    asking = lexicon().directive_verbs | REQUESTING_HEADS
    return head.lemma_.lower() in asking and any(c.dep_ == "dobj" for c in head.children)


def content_of_a_promise(verb: Token) -> bool:
    """`verb` heads the "that" clause of a verb of promising (`PLEDGING_HEADS`): "He promised the
    shepherds that the state would compensate every lost animal"."""
    if verb.dep_ == "ccomp" and verb.head.i != verb.i:
        return verb.head.lemma_.lower() in PLEDGING_HEADS
    # "promised the fishermen that the ministry would pay": the parser may read "that" as a
    # relative pronoun and hang the clause on the person promised; a clause with a subject of its
    # own and "that" is still the promise's content.
    person = verb.head
    return (
        verb.dep_ == "relcl"
        and person.dep_ in {"dobj", "dative"}
        and person.head.lemma_.lower() in PLEDGING_HEADS
        and any(c.lower_ == "that" for c in verb.children)
        and any(c.dep_ == "nsubj" and c.lower_ != "that" for c in verb.children)
    )


def forecast_of_another(verb: Token) -> bool:
    """`verb` heads a "that" clause of a verb of forecasting (`FORECASTING_HEADS`), directly ("expect
    that Accra will give way") or through a pseudo-cleft ("What Lagos expects is that ..."), and
    its subject is not a pronoun that may be the forecaster's own."""
    if verb.dep_ != "ccomp" or verb.head.i == verb.i:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in FORECASTER_PRONOUNS for c in verb.children):
        return False
    head = verb.head
    if head.lemma_.lower() in FORECASTING_HEADS:
        return True
    return head.lemma_.lower() == "be" and any(
        c.dep_ == "csubj" and c.lemma_.lower() in FORECASTING_HEADS for c in head.children
    )

