"""Event extraction: triggers typed from the lexicon, framed, given arguments, place and provenance."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import cache, partial

from spacy.tokens import Doc, Span, Token

from realpolitik.events.acled import acled_type
from realpolitik.events.acled_typing import assign_acled
from realpolitik.events.alleging import told_by_locals
from realpolitik.events.arguments import (
    RECALLING_VERBS,
    Arguments,
    MentionIndex,
    actors_of,
    argument_words,
    border_states,
    cited_threats,
    clash_partners_of_harm,
    condition_parties,
    contest_partners,
    handed_over_to,
    harmed_by_participle,
    helped_places,
    helpers_sent_to,
    holders_of_released,
    joint_act_on_stateless,
    meeting_partners,
    noun_arguments,
    object_owners,
    obligation_arguments,
    only_people_helped,
    only_people_raised,
    only_places_left,
    opens_condition,
    own_forces_only,
    own_ground_only,
    pressure_parties,
    proposal_authors,
    proposed_deployment,
    protest_aims,
    protest_stance_agents,
    protested_agents,
    purpose_enemies,
    purpose_parties,
    readied_fight_enemies,
    readied_passive_subject,
    subject_parties,
    teller_of_agentless_passive,
    verb_arguments,
    warned_addressees,
)
from realpolitik.events.attack_damage import attack_damage_type
from realpolitik.events.border_moves import direction_words
from realpolitik.events.built_places import built_for
from realpolitik.events.captors import captors_seizing_people_type
from realpolitik.events.charge_grounds import ground_of_a_charge
from realpolitik.events.civilian_blockades import blockade_sense
from realpolitik.events.closed_topics import REFUSAL_TO_TALK, refusing_teller
from realpolitik.events.compliance_pledges import compliance_teller
from realpolitik.events.conditional_threats import conditional_threat_teller, self_help_teller
from realpolitik.events.confidence import TARGET_FOUND, score
from realpolitik.events.coordination import (
    background_in_apposition,
    background_on_subject,
    background_on_teller,
    called_on_beside_lasting_act,
    clause_on_noun_act,
    clause_timing_its_head,
    clause_timing_the_telling,
    first_of_joined_participles,
    gerund_timing_the_telling,
    joint_marked,
    later_clause_of_coordination,
    main_clause_after_subordinate,
    main_clause_before_subordinate,
    main_clause_beside_subordinate,
    relative_antecedent,
    relative_read_as_clause,
    whose_antecedent,
)
from realpolitik.events.criticised_doers import criticised_doers
from realpolitik.events.custody import custodians, died_of, stays_in_custody, victim_is_subject
from realpolitik.events.donated_goods import donated_goods_parties, receiving_place
from realpolitik.events.entry_refusers import entry_refusing_state
from realpolitik.events.expressed_stances import inside_stance_phrase, light_words, stance_phrases
from realpolitik.events.framing import cuts_relations, obligation, protest_motive_of, reframe
from realpolitik.events.ground_handed import handed_ground_parties
from realpolitik.events.handed_over import (
    governed_handover_parties,
    handed_over_parties,
    intermediary_release_type,
    suspect_receivers,
    wanted_handover_type,
)
from realpolitik.events.headline import dated_verb_triggers, headline_arguments, headline_triggers
from realpolitik.events.innocence_claims import claimed_innocence
from realpolitik.events.kept_open import KEPT_OPEN_TYPES, excluding_verb_kept_open
from realpolitik.events.later_acts import lift_acts_after_partyless_main
from realpolitik.events.learned import correct
from realpolitik.events.lexicon import DATA_DIR, PLAIN_THREAT, Lexicon, TriggerType, load_lexicon
from realpolitik.events.mention_at import mention_at
from realpolitik.events.met_by_force import (
    FORCE_TYPES,
    force_on_meeting_agent,
    meeting_frames_force,
    party_met,
)
from realpolitik.events.naming import named_party
from realpolitik.events.owned_requests import owned_request
from realpolitik.events.pair_reference import (
    neighbour_target,
    pair_subject,
    pair_target,
)
from realpolitik.events.person_objects import names_a_person
from realpolitik.events.person_roles import first_person_role_subject, subject_is_person_role
from realpolitik.events.place_target import (
    acted_on_place,
    acting_state_place,
    addressed_place,
    destination_place,
    handed_to_place,
    left_place_words,
    place_party,
    placed_group,
    unknown_place_name,
    visitor,
)
from realpolitik.events.polarity import is_conditioned, non_event
from realpolitik.events.polarity import lexicon as polarity_lexicon
from realpolitik.events.purpose import COMPLAINT, helped_party_heads, purposed, unnamed_people
from realpolitik.events.reactions import (
    answered_act_doers,
    only_sent_forces,
    pressing_clause_doers,
    reaction_causers,
)
from realpolitik.events.received_from import received_from_parties
from realpolitik.events.refusals import REFUSAL, no_grounds_seer, refuses_acceptance
from realpolitik.events.relief_recipients import people_helped
from realpolitik.events.relief_sent import deployment_sense
from realpolitik.events.reported_blame import (
    blamed_parties,
    blames_told_act,
    remarks_on_reported_act,
)
from realpolitik.events.requested_acts import object_act_words, requests_act
from realpolitik.events.responding import answered_act, answering_verb
from realpolitik.events.segments import crosses_line_break, heading_verb
from realpolitik.events.sent_back import held_people_sent_back
from realpolitik.events.shown_weapons import shown_weapons
from realpolitik.events.standing_acts import rank_standing_background
from realpolitik.events.standing_refusals import refusing_holder, standing_refusals
from realpolitik.events.strike_sense import aimed_strike, strike_sense, walkout_verb
from realpolitik.events.suspect_handovers import fronted_participle, handover_words
from realpolitik.events.taken_decisions import taken_decision
from realpolitik.events.third_parties import without_third_parties
from realpolitik.events.told_threats import (
    DENIAL,
    ToldThreat,
    split_told_threats,
    telling_polarity,
    told_denial,
    told_openness,
    told_threat,
)
from realpolitik.events.triggers import Trigger, done_forcibly, find_triggers, fronted_partitive
from realpolitik.events.undergoers_before import (
    bare_them_object,
    opening_passive_pronoun,
    partitive_them_object,
    people_acted_on,
)
from realpolitik.events.unknown_attackers import attempt_doers, attempt_noun, unknown_attackers
from realpolitik.events.wordlists import read_word_sets
from realpolitik.model import ActorMention, DateInfo, Document, EventMention, PlaceMention
from realpolitik.places.locate.home import actor_countries

# Determiners that make an event noun point back to an event already reported ("these accusations").
ANAPHORIC_DETERMINERS = {"these", "those", "this", "that", "such", "the"}
# Nominal triggers with these determiners refer back instead of reporting a new event.
BACK_REFERENCE_DETERMINERS = {"these", "those", "such"}


def _polarity_fn() -> Callable[[Token], str]:
    try:
        from realpolitik.events.polarity import polarity_of

        return polarity_of
    except ImportError:  # the polarity stage is built separately; until then all is asserted
        return lambda trigger: "asserted"


def _claimed_fn() -> Callable[[Token, list[ActorMention]], list[ActorMention]]:
    try:
        from realpolitik.events.attribution import claimed_by

        return claimed_by
    except ImportError:
        return lambda trigger, actors: []


def _date_fn() -> Callable[[Span, Token, date | None], DateInfo]:
    try:
        from realpolitik.events.dates import resolve_date

        return resolve_date
    except ImportError:
        return lambda sent, trigger, published: DateInfo(
            start=published.isoformat() if published else None,
            end=published.isoformat() if published else None,
            precision="day" if published else "unknown",
            from_document=published is not None,
        )


def _fatalities_fn() -> Callable[[Span, Token], int | None]:
    try:
        from realpolitik.events.fatalities import fatalities_in

        return fatalities_in
    except ImportError:
        return lambda sent, trigger: None


def _is_embedded(tok: Token, trigger_tokens: set[int]) -> bool:
    """Whether a trigger governs this one (conjuncts are siblings, not governors)."""
    cur = tok
    while cur.head.i != cur.i:  # spaCy makes a new Token object on each access
        if crosses_line_break(cur, cur.head):
            return False  # a headline glued to the next paragraph governs nothing in it
        skip = cur.dep_ == "conj"
        cur = cur.head
        if not skip and cur.i in trigger_tokens:
            return True
    return False


def _fronts_joined_handover(tok: Token, handovers: set[int]) -> bool:
    """Whether this verb is a fronted past participle ("Arrested by X's police on a warrant, a
    banker accused of fraud was flown to Y and handed to Y's police") whose head clause goes on,
    with no subject of its own, to a hand-over (`handovers`: the sentence's COOPERATE triggers):
    the arrest is how the person came to be handed over, and ranks as embedded, as it does when
    the head verb itself is typed (round r44, plover62: the stop 63 leftover, the fronted arrest
    over the hand-over). Only a hand-over: "Arrested near X, three smugglers were taken to Y and
    questioned" keeps the arrest."""
    if not fronted_participle(tok):
        return False
    head = tok.head
    wanted_verbs = handover_words()["wanted_verbs"]
    if head.dep_ in {"nsubjpass", "csubjpass"} and head.lemma_.lower() in wanted_verbs:
        # "Seized in X on a warrant, a trader wanted for smuggling was taken to the border and
        # delivered to police": "wanted" parsed as the subject of "taken" (round r45, plover63)
        head = head.head
    joined = [c for c in head.children if c.dep_ == "conj"]
    while joined:
        verb = joined.pop()
        if any(s.dep_ in {"nsubj", "nsubjpass"} for s in verb.children):
            continue  # a clause of its own
        if verb.i in handovers:
            return True
        joined += [c for c in verb.children if c.dep_ == "conj"]  # "was flown ... and handed"
    return False


def _misread_relatives(doc: Doc, trigger_tokens: set[int]) -> set[int]:
    """Triggers of relative clauses the parser read as clauses of their own ("..., some of whom
    had been made to wait"): a clause it hung under one is not embedded in it, since the
    relative clause only describes a noun (`coordination.relative_read_as_clause`)."""
    return {i for i in trigger_tokens if relative_read_as_clause(doc[i])}


def _subordinate_to_main_clause(tok: Token, trigger_tokens: set[int]) -> bool:
    """Whether this verb's clause is a subordinate one, fronted ("A day after X looted the town,
    ...") or trailing ("..., hours after X signed a ceasefire"), that the parser made the root
    over the typed main clause: the main act governs it in meaning, so it ranks as an embedded
    act would (`coordination.main_clause_after_subordinate`, `main_clause_before_subordinate`)."""
    main = (
        main_clause_after_subordinate(tok)
        or main_clause_before_subordinate(tok)
        or main_clause_beside_subordinate(tok)  # a trailing one hung as a conjunct
    )
    if main is None and tok.dep_ == "conj" and tok.head.i < tok.i:
        # a verb joined to a trailing subordinate clause's verb is in that clause too ("hours
        # after X's boats chased a patrol vessel and fired flares over it": round r28, args32,
        # own61 tune); a fronted one's conjunct is the main clause itself
        main = main_clause_before_subordinate(tok.head)
    return main is not None and main.i in trigger_tokens


def _later_clause(tok: Token, trigger_tokens: set[int]) -> bool:
    """Whether this verb heads a clause of its own coordinated after a typed act's clause
    (`coordination.later_clause_of_coordination`): it ranks below that act. So does the act a
    later clause's verb names as its means ("Albania arrested two officers, and Belgrade
    responded by recalling its ambassador": the recalling answers the arrest; attachment round
    20, own23 tune), which `_means_of` otherwise lifts to its verb's rank."""
    clause = tok.head.head if _means_of(tok) else tok
    if _then_conjunct(tok) and tok.head.i in trigger_tokens:
        return True
    return later_clause_of_coordination(clause) and clause.head.i in trigger_tokens


# Adverbs that put a joined verb's act after the one before it ("..., then handed him over"): a
# class of phrasing for what followed, not a list of sentences.
_THEN_ADVERBS = frozenset({"then", "later", "afterwards", "subsequently"})


def _then_conjunct(tok: Token) -> bool:
    """ "Police arrested a smuggler and seized his car, then handed him over to X": a verb joined
    after a typed act's verb with "then" or "later" before it tells what followed, as a later
    clause with its own subject does, and ranks below that act (stop 64, args48: own93 tune, where
    the hand-over outranked the arrest). Only a verb with no subject of its own (one with a
    subject is `later_clause_of_coordination`) and the adverb before the verb."""
    return (
        tok.dep_ == "conj"
        and tok.pos_ in {"VERB", "AUX"}
        and tok.head.i < tok.i
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)
        and any(
            c.dep_ == "advmod" and c.lower_ in _THEN_ADVERBS and c.i < tok.i for c in tok.children
        )
    )


def _call_after_condemnation(tok: Token, act_types: dict[int, str]) -> bool:
    """ "condemned the detention of ... by X's coast guards and called on X to free them": a call
    (REQUEST) joined after a condemnation (ACCUSE) with no subject of its own follows from it and
    ranks below it, as a later clause does (stop 65, args49: own95 tune and stop 64's leftover,
    where the call, 0.90, outranked the condemnation, 0.85). Only those two types, in that
    order: a call joined after another act keeps its rank."""
    return (
        tok.dep_ == "conj"
        and tok.pos_ in {"VERB", "AUX"}
        and tok.head.i < tok.i
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)
        and act_types.get(tok.i) == "REQUEST"
        and act_types.get(tok.head.i) == "ACCUSE"
    )


def _means_of(tok: Token) -> bool:
    """A gerund after "by" on a verb ("increased pressure on X by revoking licences", "showed
    its reach by carrying out attacks") names the act through which the verb's act was done:
    the concrete act the sentence reports, so it does not rank as embedded under that verb."""
    prep = tok.head
    return (
        tok.dep_ == "pcomp"
        and tok.tag_ == "VBG"
        and prep.lower_ == "by"
        and prep.head.pos_ in {"VERB", "AUX"}
    )


def _done_through(tok: Token, trigger_tokens: set[int]) -> bool:
    """Whether this verb's act is done through a typed act in its "by" gerund: "increased
    pressure on X by revoking licences" reports the revoking; the verb only frames it, and
    ranks as an embedded act would."""
    return any(
        means.i in trigger_tokens
        for prep in tok.children
        if prep.dep_ == "prep" and prep.lower_ == "by"
        for means in prep.children
        if _means_of(means)
    )


def _stated_in_issued_document(tok: Token) -> bool:
    """Whether this verb is the participle of a speech document a party issues: "adopted a
    resolution demanding that X withdraw", "issued a statement accusing Y" (not "approved a law
    recognising ...": enacting a measure is the act)."""
    words = argument_words()
    document = tok.head
    return (
        tok.dep_ == "acl"
        and tok.tag_ == "VBG"
        and document.lemma_.lower() in words.speech_document_nouns
        and document.dep_ in {"dobj", "obj"}
        and document.head.lemma_.lower() in words.issuing_verbs
    )


def _issues_stated_act(tok: Token, trigger_tokens: set[int]) -> bool:
    """Whether this verb issues a document whose participle states a typed act: "passed a
    resolution condemning X" reports the condemning; the passing only frames it, and ranks as
    an embedded act would (issue 9 item 1, round 17)."""
    return any(
        act.i in trigger_tokens and _stated_in_issued_document(act)
        for document in tok.children
        if document.dep_ in {"dobj", "obj"}
        for act in document.children
    )


def _place(
    trigger: Token,
    places: dict[int, PlaceMention],
    source: list[ActorMention] | None = None,
    target: list[ActorMention] | None = None,
    acted_on: PlaceMention | None = None,
) -> PlaceMention | None:
    """The place attached to the trigger, its object or its clause, else one of its surroundings
    where its parties are (`source`, `target`), its `basis` saying which. A place the act falls on
    (`acted_on`: "withdrew from Kindu") is named by the sentence, so it outranks a place read
    from the paragraph, the dateline or the parties' home."""
    from realpolitik.places.locate import event_place  # the choice lives in places/

    found = event_place(trigger, places, source or (), target or ())
    if acted_on is not None and (found is None or found.place.basis not in {"sentence", "meeting"}):
        return replace(acted_on, place=replace(acted_on.place, basis="sentence"))
    return found


def _meeting_role(trigger: Token, places: list[PlaceMention]) -> str | None:
    from realpolitik.places.locate import meeting_role  # the choice lives in places/

    return meeting_role(trigger, places)


def _place_index(sent: Span, places: list[PlaceMention]) -> dict[int, PlaceMention]:
    from realpolitik.places.locate import place_index  # the choice lives in places/

    return place_index(sent, places)


# Subject pronouns of one person: they name back the person last named as a sentence's subject.
PERSON_PRONOUNS = {"he", "she"}


def _names_person(mention: ActorMention, sent: Span) -> bool:
    """The mention's words hold a name the tagger reads as a person's; a state or its seat of
    government never does, whatever the tagger says ("La Paz rejected ...": a PERSON to it)."""
    if mention.is_state_or_sector:
        return False
    span = sent.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and any(t.ent_type_ == "PERSON" for t in span)


def _subject_actors(sent: Span, index: MentionIndex) -> list[ActorMention]:
    root = sent.root
    for c in root.children:
        if c.dep_ in {"nsubj", "nsubjpass"}:
            return actors_of(c, index)
    return []


def _subject_is_plural_noun(sent: Span) -> bool:
    """The main clause's subject is a plural common noun ("..., diplomats say", "Kenyan officials
    reject the claim"): a later "it" cannot stand for it (issue 9, round r14, reader18, from the
    reader_own13 tune miss where "It did so in 2009, when it withdrew its police" was read as the
    diplomats' act)."""
    return bool(_plural_subject_nouns(sent))


def _plural_subject_nouns(sent: Span) -> list[Token]:
    """The main clause's subjects that are plural common nouns."""
    return _plural_subjects_of(sent.root)


def _plural_subjects_of(verb: Token) -> list[Token]:
    """The verb's subjects that are plural common nouns."""
    return [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ == "NNS"]


def _mentions_covering(mentions: list[ActorMention], heads: list[Token]) -> list[ActorMention]:
    """The mentions that cover one of the nouns themselves, not only a party inside its phrase."""
    return [m for m in mentions if any(m.start <= h.idx < m.end for h in heads)]


def _plural_people_subject(sent: Span, subject: list[ActorMention]) -> list[ActorMention]:
    """The subject's mentions that cover its plural common noun itself ("Herders", "Somali
    fishermen"), not a party named inside its phrase: "Relations between Oslo and Moscow have
    cooled" names no people a later "them" can stand for (an own71 tune item read the ministry's
    order on "them" as aimed at Oslo; round r39, reader43)."""
    return _mentions_covering(subject, _plural_subject_nouns(sent))


def _in_main_clause(tok: Token) -> bool:
    """The verb is the sentence's main verb or joined to it: a neighbour read back there names
    the sentence's main parties, while one in an "after" clause ("after Brasilia asked its
    neighbour for help") would lift an act the main clause only dates above it (round r48,
    args52: own69 tune fell so)."""
    while tok.dep_ == "conj":
        tok = tok.head
    # the parser may make the "after" clause the root ("..., a week after both sides had agreed
    # ..." with the report as its parataxis): its marker says it is no main clause
    return tok.dep_ == "ROOT" and not any(c.dep_ == "mark" for c in tok.children)


def _reported_plural_people(sent: Span, index: MentionIndex) -> list[ActorMention]:
    """The mentions covering the plural common noun subject of the main verb's reported clause
    ("Senegal says Gambian fishermen have used dynamite"), for a later "four of them"."""
    heads = [s for c in sent.root.children if c.dep_ == "ccomp" for s in _plural_subjects_of(c)]
    return _mentions_covering([m for h in heads for m in actors_of(h, index)], heads)


def _obligation_triggers(sent: Span, lex: Lexicon, typed: set[int]) -> list[Trigger]:
    """'X said Y must do Z': Y is asked to do Z (REQUEST), when no trigger frames the clause."""
    out = []
    for tok in sent:
        if tok.pos_ in {"VERB", "AUX"} and obligation(tok) and tok.dep_ in {"ccomp", "ROOT"}:
            head = tok.head
            if tok.dep_ == "ccomp" and head.lemma_.lower() not in lex.report:
                continue
            if head.i in typed:
                continue
            out.append(Trigger(tok, TriggerType("REQUEST", None, "100", "block"), False))
    return out


# "Serbia wants Kosovo to dissolve the unit": wanting another party to act is a demand on it
# (PLOVER REQUEST, CAMEO 100 "demand"); wanting to act oneself is not.
DEMANDING_WANTS = frozenset({"want", "need", "wish"})
DEMAND = TriggerType("REQUEST", None, "100", "own")
# "Bishkek expected Astana to pay the debt": expecting another party to do what it owes (pay,
# return, release, apologise ...) is a demand on it too; expecting it to do anything else is as
# often a forecast ("expects Russia to launch an offensive"), no demand (reader17, round r13,
# from the reader_own11 tune miss "expected Moscow to pay the fine").
EXPECTING = frozenset({"expect"})
OWED_ACTS = frozenset({
    "pay", "repay", "compensate", "reimburse", "refund", "settle", "return", "release", "free",
    "withdraw", "apologise", "apologize", "comply", "honour", "honor", "respect", "hand", "lift",
    "reopen", "restore",
})  # fmt: skip


def _demand_triggers(sent: Span, index: MentionIndex) -> tuple[list[Trigger], dict[int, Token]]:
    """Verbs of wanting whose complement's own subject is a party ("want Ethiopian troops to
    leave"), or of expecting a party to do what it owes ("expected Astana to pay"), with that
    party's token by the verb's index (the demand's target)."""
    out, parties = [], {}
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ != "VERB" or lemma not in DEMANDING_WANTS | EXPECTING:
            continue
        obj = next((c for c in tok.children if c.dep_ in {"dobj", "obj"}), None)
        # the infinitive: the verb's complement, or one the parser hung inside a long object
        # ("want Ethiopian troops that are not part of the mission to leave")
        below = [c for c in tok.children if c.dep_ in {"ccomp", "xcomp"}]
        below += [t for t in obj.subtree if t.i > obj.i] if obj is not None else []
        for comp in below:
            if comp.pos_ != "VERB" or not any(
                a.dep_ == "aux" and a.tag_ == "TO" for a in comp.children
            ):
                continue
            if lemma in EXPECTING and comp.lemma_.lower() not in OWED_ACTS:
                continue
            # the wanted party: the complement's subject, or the verb's object ("want X to")
            party = next((c for c in comp.children if c.dep_ == "nsubj"), None) or obj
            if party is not None and actors_of(party, index):
                out.append(Trigger(tok, DEMAND, False))
                parties[tok.i] = party
                break
    return out, parties


class _DocumentState:
    """What later sentences may refer back to."""

    def __init__(self) -> None:
        self.previous_subject: list[ActorMention] = []
        # the last subject "it" may stand for: one not named by a plural common noun
        self.previous_singular_subject: list[ActorMention] = []
        self.previous_person: list[ActorMention] = []  # the last subject that names a person
        # the people the sentence before acted on ("... detained 12 fishermen. They were freed")
        self.previous_people_acted_on: list[ActorMention] = []
        # the sentence before's subject when a plural common noun names it ("Herders blocked the
        # road. Police asked them to leave": `undergoers_before.bare_them_object`)
        self.previous_plural_subject: list[ActorMention] = []
        # ... or its reported clause's ("Senegal says Gambian fishermen have used dynamite. A
        # court jailed four of them": `undergoers_before.partitive_them_object`)
        self.previous_reported_plural: list[ActorMention] = []
        self.events: list[EventMention] = []


def extract_events(
    doc: Document, sdoc: Doc, actors: list[ActorMention], places: list[PlaceMention]
) -> list[EventMention]:
    """Every event mention of the document, sentence by sentence."""
    lex = load_lexicon()
    polarity_of, claimed_by = _polarity_fn(), _claimed_fn()
    resolve_date, fatalities_in = _date_fn(), _fatalities_fn()
    state = _DocumentState()
    for sent in sdoc.sents:
        first_event = len(state.events)
        told: list[ToldThreat] = []  # hostile acts said as the teller's future (told_threats.py)
        index = MentionIndex.build(sent, actors, skip_dateline=True)
        triggers = find_triggers(sent, lex)
        typed = {t.token.i for t in triggers}
        triggers += _obligation_triggers(sent, lex, typed)
        # first, so that it wins over a lexicon reading of the verb ("want" as intent)
        demands, wanted = _demand_triggers(sent, index)
        triggers = demands + triggers
        # "Erdogan phones Aliyev": a headline verb the parser read as a noun (only in a short
        # sentence with no verb root and no verb trigger)
        triggers += headline_triggers(sent, lex, index, triggers)
        # "The United States on Friday imposed sanctions": a verb after a date adverb the parser
        # read as a modifier (only where the sentence has no verb root)
        triggers += dated_verb_triggers(sent, lex, index, triggers)
        # Only a trigger reads the place index (a pure function of the sentence and the places):
        # about half the sentences have none.
        place_index = _place_index(sent, places) if triggers else {}
        # one reading per trigger word: the first (most specific) wins
        triggers = list({t.token.i: t for t in reversed(triggers)}.values())[::-1]
        typed = {t.token.i for t in triggers}
        told_acts = [(t.token.i, t.ttype.plover_type) for t in triggers]
        told_types = dict(told_acts)  # one lookup per sentence (`_call_after_condemnation`)
        remarks = _denial_remarks(sent)
        # locals' telling read as their accusation remarks on the act it tells (`told_by_locals`)
        locals_told = {t.token.i for t in triggers if told_by_locals(t.token, t.ttype)}
        cuts = {t.token.i for t in triggers if cuts_relations(t.ttype)}  # cuts in relations
        handovers = {t.token.i for t in triggers if t.ttype.plover_type == "COOPERATE"}
        misread_relatives = _misread_relatives(sent.doc, typed)
        force_acts = {i for i, kind in told_acts if kind in FORCE_TYPES}
        selectors = {t.via.i for t in triggers if t.via is not None and not _judges_act(t)}
        selectors |= {
            p.i
            for t in triggers
            if t.via is not None and not requests_act(t.token, t.via)
            for p in t.via.children
            if p.dep_ == "pobj"
        }
        for trig in triggers:
            tok = trig.token
            if non_event(tok) is not None:
                continue  # a question, a role or actor noun, "Kabul-based" (events/polarity.py)
            if trig.nominal and (tok.i in selectors or _refers_back(tok)):
                continue
            if trig.nominal and _names_generic_actor(tok, index):
                continue  # "protesters", "supporters": the people, not a protest or support
            if trig.nominal and (motive := protest_motive_of(tok)) is not None and motive.i in cuts:
                continue  # "recalled its envoy in protest at ...": the recall is the act (framing.py)
            if not trig.nominal and heading_verb(tok, sent):
                continue  # "Countering TTP": a section title
            if not trig.nominal and _named_object(tok) is not None:
                continue  # "what it called ...": naming, no act
            framed_verb = _framed_verb(trig)
            framed = reframe(trig.ttype, framed_verb)  # kept for told threats (told_threats.py)
            ttype = framed
            args = _arguments(trig, ttype, index, lex)
            args.target = without_third_parties(args.target, doc.text)  # "a US-brokered truce"
            if not args.source and not trig.nominal:
                antecedent = relative_antecedent(tok)  # "X, who visited Y and agreed to ..."
                args.source = actors_of(antecedent, index) if antecedent is not None else []
            if tok.i in wanted and trig.ttype is DEMAND:
                args.target = [m for m in actors_of(wanted[tok.i], index) if m not in args.source]
            if not args.source and not trig.nominal and tok.dep_ == "oprd":
                # "has kept the border closed": the state's holder acts
                args.source = verb_arguments(tok.head, index).source
            args = _light_verb_arguments(trig, args, index)
            # an act of force told in the relative clause on a passive meeting's agent ("were
            # met by police who fired ..."): its target, its rank and whether it describes its noun
            on_meeting_agent = force_on_meeting_agent(tok, force_acts)
            if on_meeting_agent and (met := party_met(tok)) is not None:
                # "were met by police who ... fired rubber bullets at them": the crowd met
                met_actors = [m for m in actors_of(met, index) if m not in args.source]
                args.target = met_actors or args.target
            if not trig.nominal:
                args = received_from_parties(tok, args, index)  # "received aid from India"
                args = _passive_participle_arguments(tok, args, index)
                args = handed_over_parties(tok, args, index)  # "was extradited from X"
                args = suspect_receivers(tok, args, index)  # "handed a man accused of X to Y"
                args = donated_goods_parties(tok, args, index)  # "donated by X were handed to Y"
                args = entry_refusing_state(tok, args, index)  # "were refused entry to X"
                args = governed_handover_parties(tok, args, index)  # "refused to extradite"
                args = handed_ground_parties(tok, args, index)  # "ceded the area to Sudan"
            if not args.source and trig.nominal and (guest := visitor(tok)) is not None:
                args.source = actors_of(guest, index)  # "X is due in Seoul for a state visit"
            if not args.source:
                args.source = _group_antecedent(tok, actors, sent)
            ttype = _retype_by_target(ttype, tok, args.target, lex)
            ttype = _retype_by_source(ttype, tok, args.source, lex)
            ttype = _forced(ttype, tok)
            if trig.nominal:  # "... struck the depot. The strike forced ...": an attack
                ttype = strike_sense(tok, ttype, state.events)
                ttype = blockade_sense(tok, ttype, state.events)  # "... condemned the blockade"
                ttype = deployment_sense(tok, ttype, state.events)  # "... praised the deployment"
            if not trig.nominal:  # "handed over a commander wanted in X"
                ttype = wanted_handover_type(ttype, tok, index)
                ttype = attack_damage_type(ttype, tok)  # "the shelling destroyed a school"
            if not trig.nominal:
                ttype, purpose = purposed(ttype, tok)
                if purpose is not None:  # "sent troops to help Russia": Russia is helped
                    aimed, unnamed = [], []
                    for m in (m for o in helped_party_heads(purpose) for m in actors_of(o, index)):
                        if unnamed_people(m):
                            unnamed.append(m)
                        elif m not in aimed:
                            aimed.append(m)
                    # "sent surgeons to Kampala to treat people injured in ...": the people the
                    # purpose helps name no party, whichever reading made them the target
                    # (round r40, args44); where the helpers go is read instead
                    args.target = [m for m in args.target if m not in unnamed]
                    if ttype is not COMPLAINT or not args.target:
                        # a summoned envoy hears the complaint; the purpose's object is its
                        # grievance ("summoned Tomas Perez, Spain's ambassador, to protest the
                        # detention of a Dutch reporter": round r13, args17, own31 tune)
                        args.target = [m for m in aimed if m not in args.source] or args.target
                doers = criticised_doers(ttype.plover_type, tok, index, args.source)
                if doers:  # "protested the detention of two fishermen by Russian border guards"
                    args.target = doers
            if not args.source and args.anaphor is not None and args.anaphor.lower_ == "they":
                args.source = list(state.previous_subject)
            if not args.source and args.anaphor is not None and args.anaphor.lower_ == "it":
                args.source = list(state.previous_singular_subject)
            if (
                not args.source
                and args.anaphor is not None
                and args.anaphor.lower_ in PERSON_PRONOUNS
            ):
                # "A chief, Fon X, says ... He accuses the fighters": the person last named as a
                # subject (issue 9, round r7: reader_own6 tune)
                args.source = list(state.previous_person)
            if not args.target and not trig.nominal and opening_passive_pronoun(tok):
                args.target = list(state.previous_people_acted_on)  # undergoers_before.py
            if not args.target and not trig.nominal and bare_them_object(tok):
                args.target = [m for m in state.previous_plural_subject if m not in args.source]
            if not args.target and not trig.nominal and partitive_them_object(tok):
                # "jailed four of them": the sentence before's plural people, its subject's or
                # its reported clause's (undergoers_before.py; round r48, args52)
                args.target = [
                    m for m in state.previous_plural_subject or state.previous_reported_plural
                    if m not in args.source
                ]  # fmt: skip
            if not args.source and not trig.nominal:
                # "The two countries fought two wars": the story's two sides (pair_reference.py)
                pair = pair_subject(tok, actors)
                args.source = pair[:1]
                args.target = args.target or pair[1:]
            # the act noun itself, or the one a verb carries or was typed by ("voiced support")
            if not args.target and not trig.nominal:  # "criticised what it called X's filling"
                named = [n for c in tok.children if c.dep_ == "ccomp" for n in [_named_object(c)] if n]
                args.target = [m for n in named[:1] for m in actors_of(n, index) if m not in args.source]
            act_noun = tok if trig.nominal else (trig.noun or trig.via)
            owner = None if trig.nominal else whose_antecedent(tok)
            if not args.target and owner is not None:  # "X, whose ports were blockaded by Y"
                args.target = [m for m in actors_of(owner, index) if m not in args.source]
            if not args.target and act_noun is not None:
                args.target = _noun_party_fallback(act_noun, index, args.source)
            if not args.target and trig.nominal:  # "expressed support on Monday for Samoa's bid"
                args.target = [
                    m for prep in stance_phrases(tok) for p in prep.children if p.dep_ == "pobj"
                    for m in actors_of(p, index) if m not in args.source
                ]  # fmt: skip
            if not args.target and not trig.nominal:  # "froze accounts held by X"
                args.target = object_owners(tok, index, args.source)
            if not args.target:
                args.target = _target_from_earlier_event(tok, state, lex, args.source)
            if not args.target and (tok.i in remarks or _denial_on_claim_noun(tok)):
                args.target = _accusers_before(state, args.source)
            if not args.target and not trig.nominal:
                args.target = _object_group(tok, actors, args.source)
            if not args.target and not trig.nominal and (called := named_party(tok, tok.lemma_.lower())):
                args.target = [m for m in actors_of(called, index) if m not in args.source]  # naming.py
            if not args.target:
                args.target = pair_target(tok, actors, args.source)
            if not args.target and not trig.nominal and _in_main_clause(tok):
                # "accused its neighbour of ..." (pair_reference.py)
                args.target = neighbour_target(tok, actors, args.source)
            if not args.target and ttype.plover_type == "THREATEN" and not trig.nominal:
                args.target = [m for m in condition_parties(tok, index) if m not in args.source]
            if not args.target and ttype.plover_type == "PROTEST":
                args.target = purpose_parties(tok, index, args.source)
            if not args.target and ttype.plover_type == "PROTEST" and trig.nominal:
                # "a sit-in ... entered its second week, as their union called on the government"
                args.target = [
                    m for h in called_on_beside_lasting_act(tok) for m in actors_of(h, index)
                    if m not in args.source
                ]  # fmt: skip
            if ttype.plover_type == "PROTEST" and not trig.nominal:
                # "to protest a map shown by the organisers": the organisers (arguments.py)
                args.target = protested_agents(tok, index, args.source) or args.target
            if not args.target and ttype.plover_type in argument_words().proposal_types:
                args.target = proposal_authors(tok, index, args.source)
            if (
                not args.target
                and ttype.plover_type in argument_words().proposal_types
                and not trig.nominal
            ):  # "rejected a call for its troops to be deployed in X" (attachment round 22)
                args.target = proposed_deployment(tok, index, args.source)
            if not args.target and ttype.plover_type in argument_words().pressure_types:
                args.target = pressure_parties(tok, index, args.source)
            if not args.target and ttype.plover_type in argument_words().partner_types:
                args.target = meeting_partners(tok, index, args.source)
            if ttype.plover_type in argument_words().helped_types and only_people_helped(
                args.target
            ):  # "pledged aid for survivors of the earthquake in Turkey" (rounds r12, r12b)
                args.target = helped_places(tok, index, args.source) or args.target
            if (
                not args.target
                and not trig.nominal
                and ttype.plover_type in argument_words().helped_types
            ):  # "agreed to rebuild the port of Beira in Mozambique" (round r16, args20);
                # "trucks that carried food for the refugees" (round r30, plover48)
                args.target = built_for(tok, index, args.source) or people_helped(
                    tok, index, args.source
                )
            if not trig.nominal and ttype.plover_type in argument_words().helped_types:
                # "would send 120 doctors to Jamaica": the country helped, not the doctors
                # ... or a city of another state ("sent 30 doctors to Tirana": round r39)
                day = doc.published.isoformat() if doc.published else None
                args.target = (
                    helpers_sent_to(tok, index, args.target, args.source, place_index, day)
                    or args.target
                )
            if not trig.nominal and (not args.target or only_sent_forces(tok, args.target)):
                # "Alarmed by X's drills, Y sent a battalion ...": X, before the forces sent
                # (reactions.py); forces sent alone stay (dropping them lost an own23 check pair)
                args.target = (
                    reaction_causers(tok, index, args.source)
                    or answered_act_doers(tok, index, args.source)  # "after a raid by rebels"
                    or args.target
                )
            if ttype.plover_type in argument_words().border_types and (
                not args.target
                or only_sent_forces(tok, args.target, argument_words().withdrawing_verbs)
            ):
                # "withdrew the two battalions it had stationed along its frontier with Laos":
                # the forces pulled back are the withdrawer's own, the state across the border
                # the target; with no border they stay (round r38, plover56, stop 57 leftover)
                args.target = border_states(tok, index, args.source) or args.target
            if not args.target and ttype.plover_type in argument_words().protest_aim_types:
                args.target = protest_aims(tok, index, args.source)
            if not args.target and not trig.nominal:
                # the last step: "told the IAEA chief that Tehran would curb inspections"
                args.target = warned_addressees(tok, index, args.source)
            guessed = ttype.origin in {"block", "majority", "similar"}
            if guessed and not (args.source or args.target):
                continue  # a generic verb with no party named is rarely a political event
            if guessed and not trig.nominal and _bare_participle(tok):
                continue  # "the front desired by the opposition": a generic participle describes
            read = ttype
            ttype = correct(ttype, tok, trig.nominal, args.source, args.target)
            if not trig.nominal:  # "handed 40 prisoners to the ICRC": over the learned guess
                ttype = intermediary_release_type(ttype, tok)
                ttype = captors_seizing_people_type(ttype, tok)  # "gunmen seized 3 technicians"
            ttype, args.target = shown_weapons(ttype, tok, args.target, index)  # "test-fired"
            ttype = aimed_strike(tok, ttype, args.source)  # "strikes on militant hideouts"
            ttype = walkout_verb(tok, ttype, args.source)  # "traders struck for four days"
            joint = {tok.lemma_.lower(), trig.via.lemma_.lower() if trig.via is not None else ""}
            # a cooperative joint act's stateless objects are what the partners work on
            worked_on = joint_act_on_stateless(ttype.quad_class <= 2, args.source, args.target)
            reciprocal = len(args.source) > 1 and (
                _reciprocal(tok)
                or (
                    joint_marked(tok, argument_words().joint_markers)
                    and (_only_topics(args.target, sent) or worked_on)
                )
            )
            # a joint verb ("A and B signed"), or a type that is done with a partner ("A and B
            # teamed up to build a dam": COOPERATE)
            partnered = (
                bool(joint & lex.symmetric) or ttype.plover_type in argument_words().joint_types
            )
            if reciprocal or (
                partnered
                and len(args.source) > 1
                and (_only_topics(args.target, sent) or worked_on)
            ):
                args.source, args.target = args.source[:1], args.source[1:]
                ttype = _partnered(ttype, joint)
            # after the joint reading: "A and B clashed in X" is A against B, not against X
            if not args.source and not trig.nominal and ttype.plover_type in HOLDER_LETS_GO:
                # "Two traders held by Indian police were released": their holder frees them
                # (or hands them over: round r32, args36, own69 tune)
                args.source = holders_of_released(tok, index)
            if not args.source and not trig.nominal:
                # "a ship was seized ..., Iran's Revolutionary Guards said": the teller did it
                tellers = claimed_by(tok, actors)
                args.source = teller_of_agentless_passive(
                    tok, ttype.plover_type, tellers, args.target, actors
                )
            if not args.source and not trig.nominal and ttype.plover_type == "ASSAULT":
                # "Three militants were killed in a gunfight with security forces": the other
                # side of the fight the harm was done in did it (stop 63 lead)
                args.source = [
                    m for m in clash_partners_of_harm(tok, index) if m not in args.target
                ]
            if not args.source and ttype is REFUSAL_TO_TALK:
                # "Oslo says the quota is not up for discussion": the teller refuses (closed_topics)
                teller = refusing_teller(tok)
                args.source = verb_arguments(teller, index).source if teller is not None else []
            args.target = _not_own_state(args.source, args.target)
            args.target, acted_on = _place_target(trig, ttype, place_index, args, doc)
            if recalled_home(trig, args.source):
                # "X's ambassador was recalled to Rabat": Rabat is home, not whom the recall hits
                own = actor_countries(args.source)
                args.target = [m for m in args.target if m.country not in own]
            if (
                ttype.plover_type == "PROTEST"
                and not trig.nominal
                and args.target
                and all(m.how in PLACE_HOWS for m in args.target)
            ):
                # "blocked the harbour at Tema in protest at incursions by Chinese trawlers": the
                # party protested against, not the place blocked (round r23, plover41)
                args.target = protest_stance_agents(tok, index, args.source) or args.target
            if not args.target and not trig.nominal:
                # "donated by X were handed to hospitals in Khartoum": the place's state (r17)
                received = receiving_place(tok, place_index)
                if received is not None:
                    day = doc.published.isoformat() if doc.published else None
                    args.target = [place_party(received, args.source, day)]
            if (
                ttype.plover_type in argument_words().pressure_types
                and not trig.nominal
                and only_places_left(args.target, args.source)
            ):
                # "withdrew its boats from a shoal to ease tensions with X", "pulled out of a town
                # after weeks of fighting with X": the other side of the contest, over a place
                # of no other state that was left (attachment round 21, own20 tune)
                args.target = contest_partners(tok, index, args.source) or args.target
            if (
                ttype.plover_type in argument_words().pressure_types
                and not trig.nominal
                and (not args.target or only_places_left(args.target, args.source))
            ):
                # "pulled back from positions near the village of X, a day after Y's officials
                # had warned ...": whoever pressed in the earlier clause (round r42)
                args.target = pressing_clause_doers(tok, index, args.source) or args.target
            if (
                ttype.plover_type == "MOBILIZE"
                and not trig.nominal
                and (readied := readied_passive_subject(tok, index))
            ):
                # "X's navy was placed on alert after pirates hijacked a tanker": X readies it,
                # against the after-clause's doer
                answered = [m for m in args.source if m not in readied]
                args.source = readied
                args.target = answered or [m for m in args.target if m not in readied]
            if ttype.plover_type == "MOBILIZE" and own_forces_only(args.target, args.source):
                # "Taiwan raised the combat readiness of its forces": a state readies its own
                # forces, which are no party it acts on; the target is open unless the sentence
                # names whom the readiness is aimed at (round r24, args28: the brief's leftover)
                args.target = []
            if (
                ttype.plover_type == "MOBILIZE"
                and not trig.nominal
                and (not args.target or own_ground_only(args.target, args.source))
            ):
                # "sent troops into Shan state ahead of an offensive against the TNLA": the
                # region at home is where they go, the fight's party whom the move is aimed at
                args.target = readied_fight_enemies(tok, index, args.source) or args.target
            if (
                ttype.plover_type == "MOBILIZE"
                and not trig.nominal
                and (not args.target or only_people_raised(args.target, args.source))
            ):
                # "ordered the conscription of 5,000 men to fight X" (attachment round 22)
                args.target = (
                    purpose_enemies(tok, index, args.source)
                    or cited_threats(tok, index, args.source)  # "..., citing a build-up of X"
                    or args.target
                )
            if (
                not args.target
                and not trig.nominal
                and ttype.plover_type in argument_words().handover_types
            ):
                # "withdrew from a camp, handing it over to the Somali army" (round r11b)
                args.target = handed_over_to(tok, index, args.source)
            if not args.target and not trig.nominal:
                # "attacked a convoy ..., killing two soldiers": whom its trailing participle
                # of harm hit (attachment round 21)
                args.target = harmed_by_participle(tok, index, args.source)
            if not args.source:
                args.source = _acting_state(trig, ttype, place_index, doc, index)
            holders = custodians(tok, ttype.plover_type, index)
            if holders and (not args.source or victim_is_subject(tok)):
                # "died after torture while in Israeli police custody": the custodian did it,
                # and the one who died is its target (round r16, args20)
                if victim_is_subject(tok):
                    args.target = [m for m in args.source if m not in holders] or args.target
                args.source = holders
                args.target = [m for m in args.target if m not in holders] or died_of(tok, index)
            if not args.source and not trig.nominal and (attempt := attempt_noun(tok)):
                # "police foiled an attempt by pirates to hijack a tanker", "a Russian plot to
                # kill the president": the attempt's own doer, its "by" agent or the party
                # named on it, does the act tried (round r18, args22)
                args.source = [m for h in attempt_doers(attempt) for m in actors_of(h, index)]
            if not args.source:
                # "were killed ..., the army said, blaming the attack on FRUD fighters"
                args.source = [
                    m
                    for head in blamed_parties(tok, ttype.plover_type)
                    for m in actors_of(head, index)
                    if m not in args.target
                ]
            if not args.source:
                # "A roadside bomb near Baqubah killed two soldiers": the place's unidentified
                # attackers (round r16, args20)
                args.source = unknown_attackers(
                    tok, trig.nominal, ttype.plover_type, place_index,
                    [m for m in actors if sent.start_char <= m.start < sent.end_char],
                )  # fmt: skip
            polarity = _polarity(trig, ttype, polarity_of)
            # a headline verb's parse is the misreading it repairs: its place in it says nothing
            # a trailing "..., a charge X denied" remarks on the report: the act it follows is
            # not under it, and it ranks as an embedded act itself
            embedded = tok.i in remarks or tok.i in locals_told or (
                not trig.headline
                and (
                    _done_through(tok, typed)
                    or meeting_frames_force(tok, force_acts)  # "were met by police who fired"
                    or _issues_stated_act(tok, typed)
                    or _subordinate_to_main_clause(tok, typed)
                    or _fronts_joined_handover(tok, handovers)
                    or clause_on_noun_act(tok, typed)
                    or inside_stance_phrase(tok, typed)  # "support on Monday for X's bid to host"
                    or clause_timing_its_head(tok)
                    or gerund_timing_the_telling(tok)
                    or clause_timing_the_telling(tok, typed)
                    or answered_act(tok)
                    or ground_of_a_charge(tok)  # "wanted for exporting": the act charged
                    or not _means_of(tok)
                    and not on_meeting_agent
                    and _is_embedded(tok, typed - remarks - locals_told - misread_relatives)
                )
            )
            clausal = not trig.nominal and not trig.headline
            stated = _stated_in_issued_document(tok)
            conf = score(
                ttype.specificity,
                _named(args.source),
                _named(args.target),
                embedded,
                polarity,
                reframed=read.plover_type != trig.ttype.plover_type,
                # the act an issued document states is what the sentence reports, not a
                # description of the document
                # the act a report passive's teller's relative clause reports is as much a
                # description of the teller as the clause's own verb (round r36, args40)
                modifier=clausal
                and (
                    tok.dep_ in {"acl", "relcl"}
                    or tok.i in misread_relatives
                    or background_on_teller(tok, lex.report)
                )
                and not stated
                and not on_meeting_agent,
                participle=clausal and _bare_participle(tok) and not stated,
                adjunct=clausal and _trailing_participle(tok),
                attribution=_in_attribution(tok),
                later_clause=clausal
                and (_later_clause(tok, typed) or _call_after_condemnation(tok, told_types)),
                blames_told_act=clausal
                and (
                    blames_told_act(tok, told_acts)
                    or remarks_on_reported_act(tok, told_acts)
                    or tok.i in locals_told
                ),
                background_relative=clausal
                and (
                    background_on_subject(tok)
                    or background_in_apposition(tok)
                    or background_on_teller(tok, lex.report)
                ),
            )
            event_type, sub_type = acled_type(ttype, tok, args.source, args.target)
            place = _place(tok, place_index, args.source, args.target, acted_on)
            state.events.append(
                mention_at(
                    doc.doc_id,
                    sent,
                    tok,
                    trig.text,
                    **ttype.event_fields(),  # type: ignore[arg-type]
                    acled_event_type=event_type,
                    acled_sub_event_type=sub_type,
                    source=args.source,
                    target=args.target,
                    polarity=polarity,  # type: ignore[arg-type]
                    claimed_by=claimed_by(tok, actors),
                    date=resolve_date(sent, tok, doc.published),
                    location=place.place if place else None,
                    fatalities=fatalities_in(sent, tok) if ttype.plover_type == "ASSAULT" else None,
                    confidence=conf,
                    meeting_role=_meeting_role(tok, places),
                )
            )
            threat = told_threat(state.events[-1], trig.ttype, framed, tok, framed_verb)
            threat = threat or told_denial(state.events[-1], read, tok)
            threat = threat or told_openness(
                state.events[-1], read, tok, partial(actors_of, index=index)
            )
            if threat is not None:
                if threat.event is not state.events[-1]:  # an offer told: typed AGREE for now
                    state.events[-1] = threat.event
                told.append(threat)
        _threat_targets(state.events, sent)
        lift_acts_after_partyless_main(state.events, sent)  # "... for a month before it expelled"
        split_told_threats(state.events, told, polarity_of, acled_type, actors)
        _add_innocence_claims(state.events, doc, sent, index, polarity_of, acled_type)
        _add_conditional_threats(state.events, doc, sent, index, polarity_of)
        _add_self_help_threats(state.events, doc, sent, index, polarity_of, acled_type)
        _add_standing_refusals(state.events, doc, sent, index, acled_type)
        state.previous_people_acted_on = people_acted_on(state.events[first_event:], sent)
        subject = _subject_actors(sent, index)
        state.previous_plural_subject = _plural_people_subject(sent, subject)
        state.previous_reported_plural = _reported_plural_people(sent, index)
        if subject:
            state.previous_subject = subject
            if not _subject_is_plural_noun(sent):
                state.previous_singular_subject = subject
            # a person by name, else one by office ("The mayor of X criticised ...": person_roles)
            state.previous_person = [m for m in subject if _names_person(m, sent)] or (
                subject if subject_is_person_role(sent) else state.previous_person
            )
        elif (role := first_person_role_subject(sent)) is not None:
            state.previous_person = actors_of(role, index) or state.previous_person
    # a standing stance of a first sentence ranks below a later act that stands for the text
    rank_standing_background(state.events, sdoc)
    # ACLED types from the whole sentence context (learned), and events no lexicon verb found.
    return assign_acled(doc, sdoc, state.events, actors, places)


def _add_conditional_threats(
    events: list[EventMention],
    doc: Document,
    sent: Span,
    index: MentionIndex,
    polarity_of: Callable[[Token], str],
) -> None:
    """Each lawsuit, rejection or sanction told as the teller's side's future under a condition
    ("said they would take the police to court if ...", `conditional_threats`) adds an asserted
    THREATEN on the verb of telling, by the act's side (else the teller's subject), after the
    act; the act keeps its reading. A verb of telling that already carries an event keeps it."""
    for event in [e for e in events if e.doc_id == doc.doc_id and e.char_start == sent.start_char]:
        teller = conditional_threat_teller(event, sent)
        if teller is None or any(
            e.doc_id == doc.doc_id and e.trigger_start == teller.idx for e in events
        ):
            continue
        speakers = subject_parties(teller, index)
        threat = replace(
            event,
            **PLAIN_THREAT.event_fields(),  # type: ignore[arg-type]
            acled_event_type=None,
            acled_sub_event_type=None,
            source=event.source or speakers,
            trigger=teller.text,
            trigger_start=teller.idx,
            mention_id=f"{doc.doc_id}:{teller.idx}",
            polarity=telling_polarity(teller, polarity_of),  # type: ignore[arg-type]
            fatalities=None,
        )
        events.insert(events.index(event) + 1, threat)


def _add_self_help_threats(
    events: list[EventMention],
    doc: Document,
    sent: Span,
    index: MentionIndex,
    polarity_of: Callable[[Token], str],
    acled_type: Callable[..., tuple[str | None, str | None]],
) -> None:
    """Each self-help threat told in `sent` ("If ..., we will sail there ourselves," X said;
    `conditional_threats.self_help_teller`) adds an asserted THREATEN on the verb of telling by
    its subject, unless the verb of telling or the act already carries an event."""
    taken = {e.trigger_start for e in events if e.doc_id == doc.doc_id}
    for verb in sent:
        teller = self_help_teller(verb)
        if teller is None or teller.idx in taken or verb.idx in taken:
            continue
        speakers = subject_parties(teller, index)
        events.append(
            _told_event(doc, sent, teller, PLAIN_THREAT, speakers, polarity_of, acled_type)
        )
        taken.add(teller.idx)


def _add_standing_refusals(
    events: list[EventMention],
    doc: Document,
    sent: Span,
    index: MentionIndex,
    acled_type: Callable[..., tuple[str | None, str | None]],
) -> None:
    """Each standing refusal told in `sent` ("has never recognised the annexation",
    `standing_refusals`) adds an asserted REJECT on its words from the negation to the verb, by
    the refusing party, after the events already read: the negated reading of the verb stays the
    first on it (what did not happen), the refusal is the stance that holds."""
    for neg, verb in standing_refusals(sent):
        if any(e.doc_id == doc.doc_id and e.trigger_start == neg.idx for e in events):
            continue
        holder = refusing_holder(verb)
        parties = actors_of(holder, index) if holder is not None else []
        refusal = _told_event(doc, sent, neg, REFUSAL, parties, lambda _t: "asserted", acled_type)
        events.append(replace(refusal, trigger=sent.doc[neg.i : verb.i + 1].text))


def _told_event(
    doc: Document,
    sent: Span,
    teller: Token,
    ttype: TriggerType,
    speakers: list[ActorMention],
    polarity_of: Callable[[Token], str],
    acled_type: Callable[..., tuple[str | None, str | None]],
) -> EventMention:
    """An event of type `ttype` on a verb of telling, by the teller's subject `speakers`, with
    no target: a self-help threat or a claim of innocence."""
    polarity = telling_polarity(teller, polarity_of)
    event_type, sub_type = acled_type(ttype, teller, speakers, [])
    return mention_at(
        doc.doc_id,
        sent,
        teller,
        **ttype.event_fields(),  # type: ignore[arg-type]
        acled_event_type=event_type,
        acled_sub_event_type=sub_type,
        source=speakers,
        polarity=polarity,  # type: ignore[arg-type]
        date=_date_fn()(sent, teller, doc.published),
        confidence=score(ttype.specificity, bool(speakers), False, False, polarity),
    )


def _add_innocence_claims(
    events: list[EventMention],
    doc: Document,
    sent: Span,
    index: MentionIndex,
    polarity_of: Callable[[Token], str],
    acled_type: Callable[..., tuple[str | None, str | None]],
) -> None:
    """Each claim of innocence told in `sent` ("said the men had done nothing wrong",
    `innocence_claims`) as a denial (REJECT) on its verb of telling, by the teller's subject; a
    reading of the wrongdoing's own verb ("broken" as an assault) is dropped, the deed being
    denied, not reported. A verb of telling that already carries an event keeps it (a denial there
    takes the teller's subject as its source)."""
    for deed, teller in claimed_innocence(sent):
        events[:] = [
            e for e in events if not (e.doc_id == doc.doc_id and e.trigger_start == deed.idx)
        ]
        speakers = subject_parties(teller, index)
        on_teller = [e for e in events if e.doc_id == doc.doc_id and e.trigger_start == teller.idx]
        for e in on_teller:
            if e.plover_type == DENIAL.plover_type and speakers:
                # a denial told already read on the verb of telling (`told_denial`) took the deed's
                # doers ("the men"); the claim of innocence is the teller's
                events[events.index(e)] = replace(e, source=speakers, target=[])
        if on_teller:
            continue
        events.append(_told_event(doc, sent, teller, DENIAL, speakers, polarity_of, acled_type))


def _place_target(
    trig: Trigger,
    ttype: TriggerType,
    places: dict[int, PlaceMention],
    args: Arguments,
    doc: Document,
) -> tuple[list[ActorMention], PlaceMention | None]:
    """With no party acted on named, a place the act falls on stands for its government or
    people ("shelled villages near Afrin", `place_target`); a target that is a bare place name
    the actors stage could not place ("withdrew from Kindu") is read the same way, and a group
    with no country in a place takes the place's ("villages near Tartus"). Also returns the
    place acted on (the event's location when the places stage attached none)."""
    day = doc.published.isoformat() if doc.published else None
    sdoc = trig.token.doc
    if not trig.nominal and trig.token.lemma_.lower() in light_words()["handing_verbs"]:
        # "sent a note of protest to Paris over police raids on migrants": whom the protest is
        # handed to, a place standing for its state, is its target, not a party of the "over"
        # phrase (round r18, own41 tune)
        addressee = addressed_place(trig.token, ttype.plover_type, places)
        if addressee is not None:
            return [place_party(addressee, args.source, day)], None
    # "extradited a former colonel to Buenos Aires": the state a person is handed over to stands
    # beside the person (round r19, args23)
    handed_to = None if trig.nominal else handed_to_place(trig.token, ttype.plover_type, places)
    receiver = [place_party(handed_to, args.source, day)] if handed_to is not None else []
    place = acted_on_place(trig.token, trig.nominal, ttype.plover_type, places)
    if args.target:
        out, acted_on = [], None
        for m in args.target:
            named = unknown_place_name(m, places)
            acted_on = acted_on or named
            party = place_party(named, args.source, day) if named is not None else m
            out.append(placed_group(party, sdoc, places, place))
        known = {m.country for m in out}
        return out + [r for r in receiver if r.country not in known], acted_on
    if receiver:
        return receiver, None
    if place is None:
        # where people or goods are sent: the target, but not where the act happened
        dest = destination_place(trig.token, trig.nominal, ttype.plover_type, places)
        if dest is not None and _own_help(ttype, dest, args.source):
            dest = None
        return ([place_party(dest, args.source, day)] if dest is not None else []), None
    return [place_party(place, args.source, day)], place


def _own_help(ttype: TriggerType, dest: PlaceMention, source: list[ActorMention]) -> bool:
    """Help a state sends to a place of its own ("Albania sent 30 doctors to Tirana") helps no
    other state: the place is no target (round r39: plover57's guard, once args43's reading of
    the destination met it)."""
    return ttype.plover_type in argument_words().helped_types and dest.place.country in {
        m.country for m in source if m.country
    }


def _acting_state(
    trig: Trigger,
    ttype: TriggerType,
    places: dict[int, PlaceMention],
    doc: Document,
    index: MentionIndex,
) -> list[ActorMention]:
    """The state of the place where a passive act of coercion with no agent happened, as its
    source ("was arrested in Lebanon", `place_target.acting_state_place`), or of the place it
    moved its people or ships out of ("were deported from Iran",
    `place_target.left_place_words`)."""
    day = doc.published.isoformat() if doc.published else None
    place = acting_state_place(trig.token, trig.nominal, ttype.plover_type, places)
    if place is not None:
        return [place_party(place, [], day)]
    # "were deported from Iran", "was seized off Sri Lanka's coast": the state of the place left
    for tok in left_place_words(trig.token, trig.nominal, ttype.plover_type):
        hit = places.get(tok.i)
        if hit is not None and hit.place.country:
            return [place_party(hit, [], day)]
        state = index.at(tok)
        # a state named outright ("from Iran", "Sri Lanka's coast"), not a group in it
        if state is not None and state.country and state.actor_id == state.country:
            return [state]
    return []


def _arguments(trig: Trigger, ttype: TriggerType, index: MentionIndex, lex: Lexicon) -> Arguments:
    if trig.headline:
        return headline_arguments(trig.token, index)
    if trig.nominal:
        return noun_arguments(trig.token, ttype.plover_type, index)
    if ttype.plover_type == "REQUEST" and obligation(trig.token):
        args = obligation_arguments(trig.token, index)
        if args.target:
            return args
    args = verb_arguments(trig.token, index)
    via = trig.via
    if (
        via is not None
        and via.pos_ in {"NOUN", "PROPN"}
        and via.dep_ in {"dobj", "obj", "nsubjpass"}
        and lex.noun(via.lemma_.lower()) is not None
    ):
        # The verb was typed by an event noun ("the exercise involving forces from X, Y and Z was
        # launched"): the noun's own parties are the event's, and its name is not a target.
        own = noun_arguments(via, ttype.plover_type, index)
        # A capitalised compound on an owned request is its owner, not its name ("rejected on
        # Tuesday a Paraguayan request": the parser reads the adjective as a proper-noun compound
        # once an adverbial stands between verb and object), and the owner is whom the answer is
        # aimed at (round r28, args32: own61 tune)
        owner_named = owned_request(via)
        name_tokens = [via, *(c for c in via.children if c.dep_ == "compound" and not owner_named)]
        named = {id(index.at(t)) for t in name_tokens if index.at(t)}
        args.target = [m for m in args.target if id(m) not in named] or own.target
        # "host a meeting between A and B": the parties the verb's target already names are not
        # its source too
        args.source = args.source or [
            m for m in own.source if id(m) not in named and m not in args.target
        ]
    return args


def _polarity(trig: Trigger, ttype: TriggerType, polarity_of: Callable[[Token], str]) -> str:
    """ "Russia said Sudan must return it": the "must" is the request, which is asserted as far as
    the verb of saying is; the returning itself is not the event. So is an option kept open
    ("would not rule out sanctions": `kept_open`)."""
    tok = trig.token
    if not trig.nominal and tok.dep_ == "amod" and tok.head.i > tok.i:
        # "denied laying mines", "refrained from expelling diplomats" parsed as mines that are
        # laying: the act stands where its noun does
        return polarity_of(tok.head)
    if not trig.nominal and ttype.plover_type == "REQUEST" and obligation(tok):
        return polarity_of(tok.head) if tok.dep_ == "ccomp" else "asserted"
    if not trig.nominal and ttype in KEPT_OPEN_TYPES and excluding_verb_kept_open(tok) is tok:
        # "did not rule out new sanctions": the negation and modal are the threat's own words
        return polarity_of(tok.head) if tok.dep_ == "ccomp" else "asserted"
    if not trig.nominal and ttype.plover_type == "AGREE" and (
        teller := compliance_teller(tok)
    ) is not None:
        # "said it would respect the ruling": the pledge to comply is the agreement, told as
        # the telling is (`compliance_pledges`)
        return telling_polarity(teller, polarity_of)
    if not trig.nominal and ttype is REFUSAL and refuses_acceptance(tok):
        # "will not accept a quota": the negation and modal are the refusal's own words; a
        # condition on it ("if the rebels attack, Quito will not accept ...") still holds
        if is_conditioned(tok):
            return "hypothetical"
        return polarity_of(tok.head) if tok.dep_ == "ccomp" else "asserted"
    if not trig.nominal and ttype is REFUSAL and (seer := no_grounds_seer(tok)) is not None:
        # "saw no reason to reopen the inquiry": the "no" is the refusal's own word, and it is
        # told as the seeing is, not as the infinitive of an act not done (round r27, args31)
        return polarity_of(seer.head) if seer.dep_ == "ccomp" else "asserted"
    if not trig.nominal and (decision := taken_decision(tok, ttype.plover_type)) is not None:
        # "the government's decision to withdraw its ambassador": the removal was carried out
        # by the decision, and is told as the decision is (`taken_decisions`)
        return polarity_of(decision)
    return polarity_of(tok)


def _threat_targets(events: list[EventMention], sent: Span) -> None:
    """ "threatened to impose restrictions against German goods", "threatened to institute a curfew
    in Algiers": a threat with no party named is aimed at whom the threatened act is (the act's
    target was found on its own noun or place, out of the threat's reach); so is an agreement to
    act ("agreed to hand over the town to Congolese troops")."""
    here = [e for e in events if sent.start_char <= e.trigger_start < sent.end_char]
    at = {e.trigger_start: e for e in here}
    for threat in here:
        # "promised to send 300 engineers to help rebuild bridges in X": people the speaker sends
        # are its own, not whom the promise is aimed at (round r11b, own22 tune)
        own_people = bool(threat.target) and only_people_raised(threat.target, threat.source)
        if threat.plover_type not in {"THREATEN", "AGREE"} or not threat.source:
            continue
        if threat.target and not own_people:
            continue
        tok = next(t for t in sent if t.idx == threat.trigger_start)
        comps = [
            c
            for c in tok.children
            if c.dep_ in {"xcomp", "ccomp"}
            or (c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
        ]  # "threatened today to impose ...": the parser hangs the act as an adjunct
        for comp in comps:
            # the act a condition names ("... if Kurdish militants attacked Turkish soldiers") is
            # what would set the threat off, not the threatened act: its target is not aimed at
            # (stop 43 lead: the soldiers attacked were taken for the threat's target)
            set_off = {t.i for c in comp.subtree if opens_condition(c) for t in c.subtree}
            acts = [
                at[t.idx] for t in comp.subtree
                if t.idx in at and at[t.idx] is not threat and t.i not in set_off
            ]  # fmt: skip
            aimed = [
                m for a in acts for m in a.target
                if m not in threat.source and not only_people_raised([m], threat.source)
            ]  # fmt: skip
            if aimed:
                if not own_people:  # a party found where none was: ranks as a named target
                    threat.confidence = round(min(0.99, threat.confidence + TARGET_FOUND), 4)
                threat.target = aimed[:1]
                break


def _denial_remarks(sent: Span) -> set[int]:
    """Denial verbs that close a sentence as a remark on the act it reports ("the army had
    forcibly conscripted boys, a charge N'Djamena denied"). The parser reads the claim noun as a
    compound of the denier and the reported clause as what is denied (a ccomp before the verb,
    after a comma), so the denial governed the sentence's act. The reported act is the news; the
    denial a party's answer to it (issue 9, round 16: own12 tune). Its polarity reading (the act
    denied) is left as it is."""
    words = polarity_lexicon()
    out = set()
    for tok in sent:
        if tok.lemma_.lower() not in words.denial_verbs or tok.pos_ != "VERB":
            continue
        denied = [c for c in tok.children if c.dep_ == "ccomp" and c.i < tok.i]
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        if not denied or not subjects:
            continue
        claim = any(
            c.dep_ in {"compound", "amod", "det"} and c.lemma_.lower() in words.claim_nouns
            for subject in subjects
            for c in subject.children
        ) or (
            subjects[0].left_edge.i > sent.start
            and sent.doc[subjects[0].left_edge.i - 1].lemma_.lower() in words.claim_nouns
        ) or (
            # "..., a claim the army's regional command denied": the parser may make the claim
            # noun a subject of its own before the denier (round r25, args29: own55 tune)
            len(subjects) > 1 and subjects[0].lemma_.lower() in words.claim_nouns
        )
        comma = any(t.text == "," for t in sent.doc[denied[-1].right_edge.i : subjects[0].i])
        if claim and comma:
            out.add(tok.i)
    return out


def _in_attribution(tok: Token) -> bool:
    """Inside "according to ...": the phrase names who tells, not what happened."""
    return tok.lower_ == "according" or any(
        a.lower_ == "according" and a.dep_ == "prep" for a in tok.ancestors
    )


def _trailing_participle(tok: Token) -> bool:
    """A present participle clause after its head verb, with no subject or auxiliary: "workers
    launched a strike, demanding higher pay" (it says why or how the head's event happened); a
    participle joined to such a one by "and" ("..., calling the raid unprovoked and demanding
    ...") is part of the same clause."""
    tok = first_of_joined_participles(tok)
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.i < tok.head.i:
        return False
    return not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "mark"} for c in tok.children)


def _bare_participle(tok: Token) -> bool:
    """A participle on a noun with no subject or auxiliary of its own: "the actors opposing X"."""
    if tok.dep_ != "acl" or tok.tag_ not in {"VBG", "VBN"}:
        return False
    return not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in tok.children)


def _retype_by_target(
    ttype: TriggerType, tok: Token, target: list[ActorMention], lex: Lexicon
) -> TriggerType:
    """Patterns over the kind of actor acted on: hosting an armed group is AID, not a visit. Not
    when the verb's object is an event noun: "hosted talks between Hamas and Fatah" hosts the
    talks, and the groups are the talks' parties, not what was hosted; nor "hosted a round of
    talks between ...", where the event noun is the object's "of" phrase."""
    for c in tok.children:
        if c.dep_ not in {"dobj", "obj"}:
            continue
        nouns = [c] + [o for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                       for o in p.children if o.dep_ == "pobj"]  # fmt: skip
        if any(lex.noun(n.lemma_.lower()) for n in nouns):
            return ttype
    for m in target:
        hit = lex.pattern(tok.lemma_.lower(), "", f"@{m.sector}") if m.sector else None
        if hit:
            return hit
    return ttype


def _names_generic_actor(tok: Token, index: MentionIndex) -> bool:
    m = index.at(tok)
    return m is not None and m.how.startswith("generic")


def _named(parties: list[ActorMention]) -> bool:
    """Whether a party counts for the main-event choice: generic parties ("protesters", "the
    minister") are sources and targets but do not make an event the sentence's main one; counted,
    they cost own2 tune 3 sentences and the synthetic tune part 2 (issue 9, fourth round)."""
    return any(not m.how.startswith("generic") for m in parties)


# Obstruction by armed or police forces is no protest (issue 9, round 4's convention, kept when
# round r8 typed blocked highways, streets and bridges as obstruction by their object).
OBSTRUCTION_MODE = "obstruct"
FORCE_SECTORS = {"MIL", "COP"}


def _retype_by_source(
    ttype: TriggerType, tok: Token, source: list[ActorMention], lex: Lexicon
) -> TriggerType:
    """Patterns over the kind of actor acting (`own_triggers.tsv`, preposition "@source"):
    protesters gathering or assembling hold a demonstration, not a meeting. Obstructing passage
    (CAMEO 144, mode "obstruct": "blocked the highway") is a protest when people do it; soldiers
    or police doing it restrict movement, and the verb's own reading (coercion) stands."""
    if (
        ttype.mode == OBSTRUCTION_MODE
        and source
        and all(m.sector in FORCE_SECTORS for m in source)
    ):
        return lex.verb(tok.lemma_.lower()) or ttype
    own_default = ttype == lex.verb(tok.lemma_.lower())
    # a dictionary object row of a verb whose acting party's kind decides ("protested the
    # detention": a state's protest is diplomatic, `data/events/source_kind.yaml`)
    kind_decides = ttype.origin == "pattern" and tok.lemma_.lower() in _kind_deciding_verbs()
    if (
        ttype.origin not in {"block", "majority", "similar", "verb"}
        and not own_default
        and not kind_decides
    ):
        # a pattern already says what this verb means here; the verb's own default entry does
        # not ("protest" is a demonstration unless a state protests: stop 41, lead)
        return ttype
    for m in source:
        sector = _acting_sector(m)
        hit = lex.pattern(tok.lemma_.lower(), "@source", f"@{sector}") if sector else None
        if hit:
            return hit
    return ttype


@cache
def _kind_deciding_verbs() -> frozenset[str]:
    """Verbs whose acting party's kind wins over the dictionary's object patterns
    (`data/events/source_kind.yaml`)."""
    return read_word_sets(DATA_DIR / "source_kind.yaml")["over_dictionary_patterns"]


# The sector a state named outright acts as (`_acting_sector`).
STATE_SECTOR = "GOV"


def recalled_home(trig: Trigger, source: list[ActorMention]) -> bool:
    """A recall (`arguments.RECALLING_VERBS`) with a source: the place its envoy is recalled to
    is the source's own country, which the destination reading made the target (round r29,
    reader33, from a reader_own28 tune sentence)."""
    return (
        not trig.nominal and bool(source) and trig.token.lemma_.lower() in RECALLING_VERBS
    )


def _not_own_state(
    source: list[ActorMention], target: list[ActorMention]
) -> list[ActorMention]:
    """The targets less the source's own state named outright, when every source is that state
    or one of its branches: "the exercise involving troops from Egypt, Sudan and Saudi Arabia"
    gave the troops Egypt's country and then listed Egypt among the parties it exercised with
    (stop 41, lead: a seed article's "forces from Turkey, Azerbaijan, and Pakistan"). A state
    does not act on itself; its branches act on its people or officials, named otherwise."""
    countries = {m.country for m in source}
    if len(countries) != 1 or not all(m.is_state_or_sector for m in source):
        return target
    (country,) = countries
    kept = [m for m in target if m.actor_id != country]
    return kept if kept else target


def _acting_sector(m: ActorMention) -> str | None:
    """The sector a party acts as: its own, or government for a state named outright ("Pakistan
    protested ...": its government did; a state acts through its government). Its people named
    by a demonym ("Hundreds of Greenlanders", "Jamaican nurses", read as the state) are not its
    government (tune parts of own35 and own41, stop 41)."""
    if m.sector:
        return m.sector
    if not (m.country and m.actor_id == m.country):
        return None
    from realpolitik.places import load_gazetteer

    return STATE_SECTOR if load_gazetteer().names_country(m.text) else None


# How an actor was found when it is a place named (by the tagger or the gazetteer), not a party.
PLACE_HOWS = {"ner", "place"}
# "each other's", "one another": the coordinated parties act on each other.
RECIPROCALS = {("each", "other"), ("one", "another")}


def _reciprocal(verb: Token) -> bool:
    """ "Russia and Estonia expelled each other's ambassadors", "the two sides accused one
    another": a reciprocal pronoun in the verb's own clause (its object, or under a
    preposition or possessive there) makes any act a joint one."""
    for tok in verb.subtree:
        if tok.i + 1 < len(tok.doc) and (tok.lower_, tok.doc[tok.i + 1].lower_) in RECIPROCALS:
            head = tok.doc[tok.i + 1]
            while head.head.i not in {head.i, verb.i} and head.head.pos_ != "VERB":
                head = head.head
            return head.head.i == verb.i
    return False


def _only_topics(target: list[ActorMention], sent: Span) -> bool:
    """No target, or only parties named in what a joint act is about ("South Korea and Japan
    agreed to share intelligence on North Korean launches": North Korea is the topic, Japan the
    other party)."""
    topic_preps = argument_words().topic_preps
    for m in target:
        span = sent.doc.char_span(m.start, m.end, alignment_mode="expand")
        preps = [a.lower_ for a in span.root.ancestors if a.dep_ == "prep"] if span else []
        # the nearest preposition above decides: "an agreement on migrants with Belgium" (with:
        # the partner) against "intelligence on North Korean launches" (on: the topic)
        if not preps or preps[0] not in topic_preps:
            return False
    return True


PARTNERED_CAMEO = "062"  # CAMEO "cooperate militarily"


def _partnered(ttype: TriggerType, words: set[str]) -> TriggerType:
    """A show of force done by several parties together ("Russian and Chinese warships held
    drills") is military cooperation, as a "joint" exercise is (`data/events/own_triggers.tsv`);
    one side's exercise stays a show of force."""
    if ttype.plover_type == "MOBILIZE" and words & argument_words().partnered_force_nouns:
        return TriggerType("COOPERATE", "military", PARTNERED_CAMEO, ttype.origin)
    return ttype


# Acts a holder does to the people it holds when it lets them go: a release (RETREAT) or a
# judicial hand-over (COOPERATE: "Two men wanted in Lima, held by Bolivian police since May, were
# handed over to Peru", round r32, args36, own69 tune).
HOLDER_LETS_GO = frozenset({"RETREAT", "COOPERATE"})
FORCED_CAMEO = "174"  # CAMEO "expel or deport individuals": the commonest forced cooperative act
ENVOYS_EXPELLED_CAMEO = "166"  # CAMEO "expel or withdraw": diplomats sent out (the crosswalk's 166)


def _forced(ttype: TriggerType, tok: Token) -> TriggerType:
    """A cooperative act done by force, or people moved where they did not choose to go (whatever
    the verb's entry: "expelled diplomats" is a sanction, "expelled migrants" coercion), is
    coercion: "forcibly handed over the activists", "returned the refugees", "sent back home
    thousands of Afghans"."""
    if _envoys_sent_out(tok):
        return TriggerType("SANCTION", "expel", ENVOYS_EXPELLED_CAMEO, ttype.origin)
    if ttype.plover_type in {"COERCE", "ASSAULT"} or tok.pos_ != "VERB":
        return ttype
    words = direction_words()
    if done_forcibly(tok) and ttype.quad_class <= 2:
        return TriggerType("COERCE", "deport", FORCED_CAMEO, ttype.origin)
    lemma = tok.lemma_.lower()
    particles = {c.lower_ for c in tok.children if c.dep_ in {"prt", "advmod"}}
    # "ordered the French troops out of the country": "out" as a particle or a preposition
    # on the verb (the parser may hang it on the object)
    outs = particles | {
        c.lower_
        for h in [tok, *(o for o in tok.children if o.dep_ in {"dobj", "obj"})]
        for c in h.children
        if c.dep_ == "prep"
    }
    # an expulsion already read as breaking relations ("ordered the envoys out") stays SANCTION,
    # and a case or proposal "thrown out" (read REJECT by its object) moved no one
    expels = ttype.plover_type not in {"SANCTION", "REJECT"} and lemma in words["expelling_verbs"]
    if expels and outs & words["expelling_particles"]:
        return TriggerType("COERCE", "deport", FORCED_CAMEO, ttype.origin)
    moves = lemma in words["removal_verbs"] or (
        lemma in words["removal_particle_verbs"] and particles & words["removal_particles"]
    ) or (lemma in words["removal_direction_verbs"] and _directions(tok) & words["removal_direction_preps"])
    people = _people_objects(tok)
    if moves and any(
        _names_people(o, words["displaced_people"]) or _described_as_fled(o, words["fleeing_verbs"])
        for o in people
    ):
        return TriggerType("COERCE", "deport", FORCED_CAMEO, ttype.origin)
    if _people_sent_back_across(tok, particles) or held_people_sent_back(tok, particles, people):
        return TriggerType("COERCE", "deport", FORCED_CAMEO, ttype.origin)
    if _displaced_handed_to_a_state(tok, particles, people):
        return TriggerType("COERCE", "deport", FORCED_CAMEO, ttype.origin)
    return ttype


def _displaced_handed_to_a_state(verb: Token, particles: set[str], people: list[Token]) -> bool:
    """ "Border guards turned over 45 Eritrean migrants to Sudanese police", "handed 60 asylum
    seekers back to the Chinese authorities": displaced people handed over or back to a state
    (a named country or city, or a state body of `handover_state_receivers`) are returned against
    their will, not given as aid (stop 64, lead: probe sentences written as wire text read such
    hand-overs as AID). Handed to an aid agency ("to the Red Cross") they keep the verb's reading;
    people named only by their nationality ("two Chileans wanted for fraud") may be suspects
    handed over to their state's police, a judicial hand-over."""
    words = direction_words()
    if verb.lemma_.lower() not in words["handover_removal_verbs"]:
        return False
    if not particles & words["handover_removal_particles"]:
        return False
    if not any(o.lemma_.lower() in words["handed_displaced_people"] for o in people):
        return False
    receivers = [
        p
        for h in [verb, *people]
        for prep in h.children
        if prep.dep_ == "prep" and prep.lower_ == "to"
        for p in prep.children
        if p.dep_ == "pobj"
    ]
    return any(
        r.ent_type_ == "GPE" or r.lemma_.lower() in words["handover_state_receivers"] for r in receivers
    )


def _people_sent_back_across(verb: Token, particles: set[str]) -> bool:
    """ "sent 300 villagers back across the river", "pushed 80 traders back over the border":
    people a removal verb moves "back" across a river or border (`crossing_back_preps`, on the
    verb, its object or "back" itself) are made to leave, whoever they are."""
    words = direction_words()
    if verb.lemma_.lower() not in words["removal_particle_verbs"] or "back" not in particles:
        return False
    backs = [c for c in verb.children if c.lower_ == "back"]
    preps = _directions(verb) | {c.lower_ for b in backs for c in b.children if c.dep_ == "prep"}
    if not preps & words["crossing_back_preps"]:
        return False
    return any(
        names_a_person(o) or o.lemma_.lower() in words["people_sent_back_across"] | words["displaced_people"]
        for o in _people_objects(verb)
    )


def _envoys_sent_out(verb: Token) -> bool:
    """ "ordered two diplomats out of the country", "were ordered out of Laos": diplomats sent out
    by an expelling verb with "out" (`expelled_envoys`) are expelled, a sanction, whatever the
    verb's row (the verb "order" reads COERCE)."""
    words = direction_words()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words["expelling_verbs"]:
        return False
    heads = [verb, *(o for o in verb.children if o.dep_ in {"dobj", "obj"})]
    outs = {c.lower_ for h in heads for c in h.children if c.dep_ in {"prt", "advmod", "prep"}}
    return bool(outs & words["expelling_particles"]) and any(
        _names_people(o, words["expelled_envoys"]) for o in _people_objects(verb)
    )


def _directions(verb: Token) -> set[str]:
    """The prepositions on the verb and on the people it moves ("pushed thousands of migrants
    towards the border": the parser hangs "towards" on "migrants")."""
    return {c.lower_ for h in [verb, *_people_objects(verb)] for c in h.children if c.dep_ == "prep"}


def _described_as_fled(head: Token, fleeing: frozenset[str]) -> bool:
    """ "sent back 2,000 villagers who had fled across the river", "returned the families fleeing
    the fighting": people a relative clause or participle says fled are displaced, whatever noun
    names them."""
    return any(c.dep_ in {"relcl", "acl"} and c.lemma_.lower() in fleeing for c in head.children)


def _passive_participle_arguments(verb: Token, args: Arguments, index: MentionIndex) -> Arguments:
    """ "Backed by Russian mercenaries, Malian troops retook the town": a passive participle
    clause with an agent and no subject of its own is the agent's act on the main clause's
    subject (which the subject inheritance had made its source)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBN":
        return args
    if any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass", "mark"} for c in verb.children):
        return args
    agents = [
        m
        for agent in verb.children
        if agent.dep_ == "agent"
        for p in agent.children
        if p.dep_ == "pobj"
        for m in actors_of(p, index)
    ]
    if not agents:
        return args
    patients = [m for m in args.source + args.target if m not in agents]
    return Arguments(source=agents, target=patients, anaphor=None)


NOUN_PARTIES_PATH = DATA_DIR / "noun_parties.yaml"


@cache
def _noun_party_words() -> dict[str, frozenset[str]]:
    return read_word_sets(NOUN_PARTIES_PATH)


def _noun_party_fallback(noun: Token, index: MentionIndex, source: list[ActorMention]) -> list[ActorMention]:
    """The party an event noun with no target found acts on (`data/events/noun_parties.yaml`):
    the state whose attribute the act is for ("support for the unity and sovereignty of
    Somalia"), or the partner its "with" names ("Ethiopia's memorandum with Somaliland")."""
    words = _noun_party_words()
    found: list[ActorMention] = []
    for prep in noun.children:
        if prep.dep_ != "prep":
            continue
        for p in (c for c in prep.children if c.dep_ == "pobj"):
            if prep.lower_ in words["partner_preps"]:
                found += actors_of(p, index)
            elif prep.lower_ == "for" and p.lemma_.lower() in words["state_attributes"]:
                # the attribute's holder: "of Somalia", "Azerbaijan's"
                holders = [c for c in p.children if c.dep_ == "poss"]
                holders += [o for q in p.children if q.lower_ == "of" for o in q.children]
                found += [m for h in holders for m in actors_of(h, index)]
    return [m for m in found if m not in source]


def _named_object(verb: Token) -> Token | None:
    """The noun a naming free relative puts forward as `verb`'s object: "what it called
    Ethiopia's unilateral filling" (an object predicate), "what it described as Russia's
    annexation" (an "as" phrase); None when `verb` is no naming verb with "what" as object."""
    if verb.lemma_.lower() not in _noun_party_words()["naming_verbs"]:
        return None
    if not any(c.dep_ in {"dobj", "obj"} and c.lower_ == "what" for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ == "oprd":
            return c
        if c.dep_ == "prep" and c.lower_ == "as":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    return None


def _light_verb_arguments(trig: Trigger, args: Arguments, index: MentionIndex) -> Arguments:
    """The parties of an act named by a noun that a light verb carries (`data/events/
    light_verbs.yaml`): "handed a protest note to the ambassador" (the subject protests to the
    ambassador); "faced criticism from Poland", "came under pressure from Russia" (the subject
    is acted on, the "from" party acts)."""
    words = light_words()
    tok = trig.token
    # the event noun itself, or the one the verb carries or was typed by
    noun = tok if trig.nominal else (trig.noun or trig.via)
    if noun is not None and noun.dep_ == "prep":  # "came under pressure": typed by "under"
        noun = next((p for p in noun.children if p.dep_ == "pobj"), None)
    if noun is None:
        return args
    holder = noun.head if noun.dep_ == "compound" else noun  # "a protest note"
    answering = answering_verb(holder) if trig.nominal and not args.source else None
    if answering is not None:  # "responded with sanctions": the responder imposes them
        return Arguments(verb_arguments(answering, index).source, args.target, args.anaphor)
    verb = holder.head
    receiving = causing = False
    if holder.dep_ == "pobj" and holder.head.lower_ == "under":
        verb = holder.head.head
        undergone = verb.lemma_.lower() in words["under_verbs"]
    elif stays_in_custody(holder, words["held_in_verbs"]):
        # "the two journalists stayed in detention": the one who stays is held, not the holder
        verb = holder.head.head
        undergone = True
    else:
        lemma = verb.lemma_.lower()
        # "received a phone call from the Saudi crown prince": an act noun received is
        # undergone as one faced is; only the noun itself, never a verb typed by its object
        # ("received a delegation from X" is a hosting, its subject the host)
        receiving = trig.nominal and lemma in words["act_receiving_verbs"]
        causing = lemma in words["reaction_causing_verbs"]
        undergone = holder.dep_ in {"dobj", "obj"} and (
            lemma in words["undergoing_verbs"] or receiving or causing
        )
    if verb.pos_ not in {"VERB", "AUX"} or (not trig.nominal and verb.i != tok.i):
        return args
    if undergone:
        agents = [
            m
            for head in {t.i: t for t in (verb, noun, holder)}.values()
            for prep in head.children
            if prep.dep_ in {"prep", "agent"} and prep.lower_ in words["undergoing_agent_preps"]
            for p in prep.children
            if p.dep_ == "pobj"
            for m in actors_of(p, index)
        ]
        if causing and not agents:
            return args  # "the arrests sparked protests": no doer named, the noun's own reading
        if receiving:
            # the receiver is the grammatical subject: a verb of receiving's own reading takes
            # its "from" party for the doer ("received a formal protest from Nicaragua")
            subject = [m for s in verb.children if s.dep_ == "nsubj" for m in actors_of(s, index)]
        else:
            subject = verb_arguments(verb, index).source if trig.nominal else args.source
        if subject:
            return Arguments(source=agents, target=subject, anaphor=args.anaphor)
        return args
    if trig.nominal and not args.source and _comes_from(holder, verb, words):
        # "Praise for Ghana came on Monday from the AU": the act noun is the subject of a verb
        # of coming; its "from" party does the act
        doers = _prep_phrase_actors(verb, words["coming_preps"], index)
        if doers:
            return Arguments(source=doers, target=args.target, anaphor=args.anaphor)
        return args
    handing = holder.dep_ in {"dobj", "obj"} and verb.lemma_.lower() in words["handing_verbs"]
    if not (handing and trig.nominal and not args.source):
        return args
    recipients = _prep_phrase_actors(verb, words["handing_preps"], index)
    source = verb_arguments(verb, index).source
    target = args.target or [m for m in recipients if m not in source]
    return Arguments(source=source, target=target, anaphor=args.anaphor)


def _prep_phrase_actors(
    verb: Token, preps: frozenset[str], index: MentionIndex
) -> list[ActorMention]:
    """The parties named in the verb's own phrases of `preps` ("came from the AU", "handed to
    Kenya"), in the parse's order."""
    return [
        m
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in preps
        for p in prep.children
        if p.dep_ == "pobj"
        for m in actors_of(p, index)
    ]


def _comes_from(holder: Token, verb: Token, words: dict[str, frozenset[str]]) -> bool:
    """Whether an act noun is the subject of a verb of coming (`light_verbs.yaml` coming_verbs:
    "Praise for X came from Y")."""
    return holder.dep_ == "nsubj" and verb.lemma_.lower() in words["coming_verbs"]


def _people_objects(verb: Token) -> list[Token]:
    """The verb's object heads, and for a quantity ("thousands of Afghans") what it counts, in
    its own "of" phrase or in a fronted one on the verb ("Of the 900 migrants ..., 300 were sent
    back": round r31, plover49)."""
    objs = [c for c in verb.children if c.dep_ in {"dobj", "obj", "nsubjpass"}]
    for o in list(objs):
        objs += [p for prep in o.children if prep.lower_ == "of" for p in prep.children]
        objs += fronted_partitive(verb, o)
    return objs


def _names_people(head: Token, people: frozenset[str]) -> bool:
    return head.lemma_.lower() in people or (head.ent_type_ == "NORP" and head.tag_ == "NNPS")


# Sectors a bare "the group" can refer back to.
GROUP_SECTORS = {"TER", "REB", "OPP"}
GROUP_NOUNS = {"group", "organisation", "organization", "outfit", "militants", "movement"}


def _group_antecedent(tok: Token, actors: list[ActorMention], sent: Span) -> list[ActorMention]:
    """'the latest attack by the group': the last armed group named before this sentence."""
    for c in tok.children:
        if c.dep_ not in {"prep", "agent"} or c.lower_ != "by":
            continue
        for p in c.children:
            if p.lower_ in GROUP_NOUNS and any(d.lower_ == "the" for d in p.children):
                before = [
                    m for m in actors if m.end <= sent.start_char and m.sector in GROUP_SECTORS
                ]
                return before[-1:]
    return []


def _object_group(
    verb: Token, actors: list[ActorMention], source: list[ActorMention]
) -> list[ActorMention]:
    """'released a number of the group's leaders': the last armed group named before it."""
    for obj in verb.children:
        if obj.dep_ not in {"dobj", "obj"}:
            continue
        for t in obj.subtree:
            if t.lower_ in GROUP_NOUNS and any(d.lower_ == "the" for d in t.children):
                before = [
                    m
                    for m in actors
                    if m.end <= t.idx and m.sector in GROUP_SECTORS and m not in source
                ]
                return before[-1:]
    return []


@cache
def _act_judging_verbs() -> frozenset[str]:
    """Verbs whose event-noun object stays an act of its own: those that judge, investigate or
    demand it, those that put it off, and those that propose it."""
    words = object_act_words()
    return words["act_judging_verbs"] | words["act_deferring_verbs"] | words["act_proposing_verbs"]


def _judges_act(trig: Trigger) -> bool:
    """The trigger's pattern was selected by an event noun the verb judges, investigates or
    demands ("condemned the killing", "demanded the release"): that noun is an act of its own,
    not the verb's object word only (`data/events/object_acts.yaml`)."""
    return (
        trig.via is not None
        and trig.noun is None
        and trig.via.pos_ == "NOUN"
        and (trig.token.lemma_.lower() in _act_judging_verbs() or owned_request(trig.via))
    )


def _refers_back(tok: Token) -> bool:
    """A nominal that repeats an event rather than reporting one: 'these accusations'."""
    return any(c.dep_ == "det" and c.lower_ in BACK_REFERENCE_DETERMINERS for c in tok.children)


def _framed_verb(trig: Trigger) -> Token:
    """The verb whose clause frames the trigger: itself, or for an object nominal its verb."""
    tok = trig.token
    if trig.nominal and tok.dep_ in {"dobj", "obj"}:
        return tok.head
    return tok


CLAIM_REFERENT = TriggerType("ACCUSE", None, "112", "own")


def _denial_on_claim_noun(tok: Token) -> bool:
    """ "Togo accused Ghana of harbouring dissidents, an accusation Accra rejected": a denial
    verb in a relative clause on a claim noun answers the charge the sentence reports."""
    words = polarity_lexicon()
    return (
        tok.dep_ == "relcl"
        and tok.lemma_.lower() in words.denial_verbs
        and tok.head.lemma_.lower() in words.claim_nouns
    )


def _accusers_before(state: _DocumentState, source: list[ActorMention]) -> list[ActorMention]:
    """Whoever made the accusation told last before a denial remark ("..., a charge Dushanbe
    denied", `_denial_remarks`, `_denial_on_claim_noun`): the denial is aimed at the accuser, as
    "Dushanbe denied the charge" in a sentence of its own is (`_target_from_earlier_event`).
    Stop 57 lead (probes of our own: such denials had no target)."""
    return _earlier_doers(state, "ACCUSE", source) or []


def _target_from_earlier_event(
    tok: Token, state: _DocumentState, lex: Lexicon, source: list[ActorMention]
) -> list[ActorMention]:
    """'denied these accusations': the target is whoever made the accusations reported earlier."""
    for obj in tok.children:
        if obj.dep_ not in {"dobj", "obj"}:
            continue
        if not any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETERMINERS for c in obj.children):
            continue
        referred = lex.noun(obj.lemma_.lower())
        if referred is None and obj.lemma_.lower() in argument_words().claim_nouns:
            referred = CLAIM_REFERENT  # "denied the claim": the accusation made before it
        if referred is None:
            continue
        doers = _earlier_doers(state, referred.plover_type, source)
        if doers is not None:
            return doers
    return []


def _earlier_doers(
    state: _DocumentState, plover_type: str, source: list[ActorMention]
) -> list[ActorMention] | None:
    """The doers of the last of the document's recent events (six) of `plover_type` that names
    any, less `source`: whom a later answer to that act is aimed at; None when there is none."""
    for earlier in reversed(state.events[-6:]):
        if earlier.plover_type == plover_type and earlier.source:
            return [m for m in earlier.source if m not in source]
    return None
