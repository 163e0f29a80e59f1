"""Source and target of a trigger, read from the dependency parse and mapped to actor mentions.

Source: the subject (or the passive agent "attacked by X"), inherited from the governing verb when
the trigger has none ("agreed to provide", "raided ... and killed"); for a nominal, its possessor
("Rahmon's meeting"), an actor modifier ("the TTP attack"), "by X", "of X", "between X and Y",
or the subject of the verb it is the object of ("held talks"). Target: the object, the indirect
object, or the object of a preposition such as with/against/on/to.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from spacy.tokens import Span, Token

from realpolitik.actors.codes import FORCE_SECTORS
from realpolitik.actors.generic import (
    ORIGIN_NAMED,
    PERSON_POSSESSIVES,
    folded_side,
    names_related_states,
    set_off,
)
from realpolitik.actors.roles import singular
from realpolitik.events.charge_grounds import names_the_charge
from realpolitik.events.coordination import (
    clause_of_conjunct,
    finite_conjunct_of_infinitive,
    finite_conjunct_of_participle,
    relative_antecedent,
    set_off_participle_read_as_clause,
    stance_conjunct_of_reported_clause,
)
from realpolitik.events.dateline_words import dateline_end
from realpolitik.events.deployed_arrivals import arrival_relief_for, body_words, deployed_words
from realpolitik.events.framing import has_future_aux, threat_conditioned
from realpolitik.events.infinitives import to_infinitive
from realpolitik.events.left_ground import bodies_left
from realpolitik.events.lexicon import load_lexicon
from realpolitik.events.naming import disapproves, names_its_antecedent, naming_complement
from realpolitik.events.nominal_objects import prep_objects
from realpolitik.events.person_objects import CUSTODY_PARTICIPLES
from realpolitik.events.pledges_delivered import sum_in_phrases
from realpolitik.events.purpose import summons_complaint
from realpolitik.events.refusals import no_grounds_seer
from realpolitik.events.threat_nouns import threat_noun_event
from realpolitik.events.triggers import is_passive, secondary_predicates, two_word_forms
from realpolitik.events.unknown_attackers import ARMED_GROUP_SECTORS
from realpolitik.events.wordlists import read_word_sets
from realpolitik.model import ActorMention, PlaceMention
from realpolitik.places.gazetteer import word_list

# "behind": whom one stands, rallies or throws one's weight behind is the party backed.
TARGET_PREPS = {"with", "against", "on", "to", "toward", "towards", "upon", "into", "at", "behind"}
# The target prepositions an attack is aimed by ("fired on", "shot at", "turned against").
AIMED_PREPS = {"on", "at", "against", "upon"}
# Objects of these prepositions are places or times, not parties: never searched for actors.
LOCATIVE_PREPS = {
    "in",
    "at",
    "near",
    "outside",
    "inside",
    "across",
    "along",
    "during",
    "since",
    "after",
    "before",
}
SUBJECT_DEPS = {"nsubj", "csubj", "expl"}
PASSIVE_SUBJECT_DEPS = {"nsubjpass"}
# A relative pronoun as the object of its clause ("whom police detained", "which the army shelled").
RELATIVE_OBJECT_DEPS = {"dobj", "obj"}
INHERIT_DEPS = {"xcomp", "conj", "advcl", "acomp"}
# Marks of a clause told at another time than the clause it hangs on (`_passive_clause_of_its_own`).
OTHER_TIME_MARKS = frozenset({"after", "before", "since"})
# Pronouns that may stand for the previous sentence's subject actor.
ANAPHORS = {"it", "they", "he", "she", "its", "their", "his", "her"}
# Nominal event types whose "of X" names the party acted on ("the arrest of X") rather than the actor.
OF_IS_TARGET = {"COERCE", "ASSAULT", "SANCTION", "ACCUSE", "REJECT"}
# Nominal types whose "about X" names whom they are aimed at ("complaints about Russia's conduct").
ABOUT_IS_TARGET = {"ACCUSE", "PROTEST", "REQUEST", "THREATEN", "REJECT"}
PARTICIPANT_VERBS = {"involve", "include", "bring"}
MAX_SEARCH_DEPTH = 3
WORDS_PATH = Path(__file__).resolve().parents[1] / "data" / "events" / "arguments.yaml"
# How many to-infinitives down a framing verb looks for its target ("agreed to try to meet X").
MAX_COMPLEMENT_DEPTH = 2


@dataclass(frozen=True)
class ArgumentWords:
    origin_nouns: frozenset[str]
    armed_sectors: frozenset[str]
    place_entities: frozenset[str]
    state_attack_nouns: frozenset[str]
    from_target_verbs: frozenset[str]
    asked_from_verbs: frozenset[str]
    summoning_particle_verbs: frozenset[str]
    taking_verbs: frozenset[str]
    taken_verbs: frozenset[str]
    receiving_verbs: frozenset[str]
    transfer_verbs: frozenset[str]
    diplomatic_premises: frozenset[str]
    targeting_verbs: frozenset[str]
    agent_nouns: frozenset[str]
    freed_party_nouns: frozenset[str]
    judging_verbs: frozenset[str]
    resisting_verbs: frozenset[str]
    of_agent_attack_nouns: frozenset[str]
    harm_occasion_nouns: frozenset[str]
    condition_marks: frozenset[str]
    received_acts: frozenset[str]
    received_of_acts: frozenset[str]
    people_nouns: frozenset[str]
    people_place_preps: frozenset[str]
    claim_nouns: frozenset[str]
    partnered_force_nouns: frozenset[str]
    topic_preps: frozenset[str]
    denial_verbs: frozenset[str]
    proposal_nouns: frozenset[str]
    proposal_preps: frozenset[str]
    proposal_types: frozenset[str]
    demand_verbs: frozenset[str]
    pressure_types: frozenset[str]
    pressure_preps: frozenset[str]
    pressure_nouns: frozenset[str]
    pressure_verbs: frozenset[str]
    pressure_talk_nouns: frozenset[str]
    first_person: frozenset[str]
    saying_verbs: frozenset[str]
    place_part_nouns: frozenset[str]
    branch_nouns: frozenset[str]
    from_adverbs: frozenset[str]
    partner_types: frozenset[str]
    occasion_preps: frozenset[str]
    meeting_nouns: frozenset[str]
    joint_markers: frozenset[str]
    joint_types: frozenset[str]
    help_nouns: frozenset[str]
    result_verbs: frozenset[str]
    transfer_nouns: frozenset[str]
    response_marks: frozenset[str]
    dismissal_verbs: frozenset[str]
    stance_nouns: frozenset[str]
    stance_preps: frozenset[str]
    naming_hedges: frozenset[str]
    border_types: frozenset[str]
    border_nouns: frozenset[str]
    border_line_nouns: frozenset[str]
    audience_sectors: frozenset[str]
    document_nouns: frozenset[str]
    speech_document_nouns: frozenset[str]
    issuing_verbs: frozenset[str]
    protest_aim_types: frozenset[str]
    protest_occasion_preps: frozenset[str]
    protest_nouns: frozenset[str]
    launched_weapon_nouns: frozenset[str]
    fire_agent_nouns: frozenset[str]
    pressure_protest_nouns: frozenset[str]
    pressure_spans: frozenset[str]
    owning_verbs: frozenset[str]
    summoning_verbs: frozenset[str]
    topic_object_verbs: frozenset[str]
    told_passive_types: frozenset[str]
    told_passive_sectors: frozenset[str]
    pressing_verbs: frozenset[str]
    contest_nouns: frozenset[str]
    contest_preps: frozenset[str]
    sending_verbs: frozenset[str]
    goods_sending_verbs: frozenset[str]
    sent_force_sectors: frozenset[str]
    sent_to_preps: frozenset[str]
    withdrawing_verbs: frozenset[str]
    withdrawn_people_nouns: frozenset[str]
    withdrawn_from_preps: frozenset[str]
    harm_participles: frozenset[str]
    answering_participles: frozenset[str]
    purpose_fight_verbs: frozenset[str]
    force_nouns: frozenset[str]
    mission_nouns: frozenset[str]
    accepting_verbs: frozenset[str]
    quantity_nouns: frozenset[str]
    committing_verbs: frozenset[str]
    citing_verbs: frozenset[str]
    accepted_proposals: frozenset[str]
    handover_types: frozenset[str]
    belonging_participles: frozenset[str]
    helped_types: frozenset[str]
    beneficiary_nouns: frozenset[str]
    reaction_participles: frozenset[str]
    reaction_preps: frozenset[str]
    conditional_warning_verbs: frozenset[str]
    intent_nouns: frozenset[str]
    hedge_participles: frozenset[str]
    held_ground_nouns: frozenset[str]
    holding_participles: frozenset[str]
    owned_firm_nouns: frozenset[str]
    owning_participles: frozenset[str]
    grievance_nouns: frozenset[str]
    removed_from_nouns: frozenset[str]
    operated_carriers: frozenset[str]
    operating_participles: frozenset[str]
    harm_verbs: frozenset[str]
    gunfight_nouns: frozenset[str]
    responsibility_claim_verbs: frozenset[str]
    responsibility_nouns: frozenset[str]
    route_nouns: frozenset[str]


def _own_conditional_act(verb: Token, clause: Token) -> bool:
    """A warning verb's clause that tells, with "would" or "will" and an "if" clause, what the
    warner's side will do: "warned that Fiji would close its ports if the men were tried". Where
    the clause comes before its warner ("Ghana will cut gas to Togo unless Lome pays, the minister
    warned") the parser hangs the condition on the warning verb (round r25, args29: own55 tune
    aimed the warning at the warner's own state)."""
    if verb.lemma_.lower() not in argument_words().conditional_warning_verbs:
        return False
    modal = any(c.dep_ == "aux" and c.lower_ in {"would", "will", "'ll"} for c in clause.children)
    fronted = clause.i < verb.i and threat_conditioned(verb)
    return modal and (threat_conditioned(clause) or fronted)


def _own_side_moved(
    clause: Token, index: MentionIndex, source: list[ActorMention]
) -> list[ActorMention]:
    """ "warned that troops would be moved to the line if ...", "that its army would be put on
    alert if ...": the subject of a threatened passive with no "by" agent, where it names no state
    or the warner's own, is the warner's side moved, not whom the threat is aimed at."""
    if not is_passive(clause) or _children(clause, {"agent"}):
        return []
    own = {m.country for m in source if m.country}
    return [
        m for s in _children(clause, PASSIVE_SUBJECT_DEPS) for m in actors_of(s, index)
        if m.country is None or m.country in own
    ]  # fmt: skip


def _condition_parties(
    clause: Token, verb: Token, index: MentionIndex, source: list[ActorMention]
) -> list[ActorMention]:
    """ "warned that troops would be moved to the line if Kosovo police raided the offices": the
    subject of the threat's "if"/"unless" clause is whom it is aimed at, where the threatened act
    names no one else (stop 64, args48: stop 63's leftover, own91 tune, where the troops moved
    were the target)."""
    from realpolitik.events.polarity import lexicon

    marks = lexicon().threat_condition_marks
    warners = {a.country for a in source}
    return [
        m for head in (clause, verb) for c in _children(head, {"advcl"})
        if any(k.lower_ in marks for k in c.children)
        for s in _children(c, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS) for m in actors_of(s, index)
        if m.country not in warners
    ]  # fmt: skip


@cache
def argument_words() -> ArgumentWords:
    """The word lists of `arguments.yaml`, read once."""
    return ArgumentWords(**read_word_sets(WORDS_PATH, lower=False))


def _addressed_on(verb: Token) -> list[Token]:
    """The objects of "on"/"upon" after "call" or "appeal": "called on the parties to halt"."""
    if verb.lemma_.lower() not in {"call", "appeal"}:
        return []
    return prep_objects(verb, "on") + prep_objects(verb, "upon")


def _armed_attackers_of(noun: Token, found: list[ActorMention]) -> bool:
    """ "the attacks of the militia": an attack noun whose "of X" names armed parties."""
    words = argument_words()
    return (
        noun.lemma_.lower() in words.of_agent_attack_nouns
        and bool(found)
        and all(m.sector in words.armed_sectors for m in found)
    )


def is_origin_phrase(prep: Token) -> bool:
    """ "from Afghanistan prisons", "from police custody": where someone was taken from."""
    if prep.lower_ != "from":
        return False
    words = argument_words().origin_nouns
    return any(p.lemma_.lower() in words or p.lower_ in words for p in _pobjs(prep))


@dataclass
class MentionIndex:
    """Token index -> the actor mention covering it, for one document."""

    by_token: dict[int, ActorMention] = field(default_factory=dict)

    @classmethod
    def build(
        cls, tokens: Span, actors: list[ActorMention], skip_dateline: bool = False
    ) -> MentionIndex:
        """`skip_dateline`: a dateline opening the span names no party (`dateline_words`)."""
        idx = cls()
        # Only the mentions inside the span: the document's others would be tried per token.
        lo, hi = tokens.start_char, tokens.end_char
        inside = [m for m in actors if m.start < hi and m.end > lo]
        first = dateline_end(tokens) if skip_dateline else tokens.start
        for tok in tokens:
            if tok.i < first:
                continue
            for m in inside:
                if m.start <= tok.idx < m.end:
                    # The shortest covering mention is the most precise ("ISI" inside a longer one).
                    old = idx.by_token.get(tok.i)
                    if old is None or (m.end - m.start) < (old.end - old.start):
                        idx.by_token[tok.i] = m
        return idx

    def at(self, tok: Token) -> ActorMention | None:
        return self.by_token.get(tok.i)


def _search(head: Token, index: MentionIndex) -> ActorMention | None:
    """The mention at `head`, else the nearest one inside its phrase (not crossing places/clauses)."""
    found = _search_token(head, index)
    return index.at(found) if found is not None else None


def _search_token(head: Token, index: MentionIndex) -> Token | None:
    """The token of `_search`'s mention."""
    queue: deque[tuple[Token, int]] = deque([(head, 0)])
    while queue:
        tok, depth = queue.popleft()
        if index.at(tok):
            return tok
        if depth >= MAX_SEARCH_DEPTH:
            continue
        for c in tok.children:
            if c.dep_ in {"relcl", "acl", "advcl", "ccomp", "conj", "cc", "punct", "det"}:
                continue
            if c.dep_ == "prep" and (c.lower_ in LOCATIVE_PREPS or is_origin_phrase(c)):
                if not _body_joined_in(tok, c):
                    continue
            # An apposition restates its noun ("the crew of the Nuevo Sol, a Peruvian trawler"),
            # and a quantity only counts its "of" phrase ("dozens of supporters of X"): neither
            # costs a search step (attachment round 23, own27 and own8 tune).
            # Nor does the state of a hyphenated participle of belonging ("licences for 40
            # Chinese-flagged trawlers": one word in the text, two steps in the parse; round r12).
            # Nor does a crew's "of" phrase, the craft it mans ("by the crew of a helicopter from a
            # Nigerian navy frigate": the navy, four steps on; round r34, args38).
            # Nor does a branch's "of" phrase, the body it is part of ("a patrol from the
            # frontier unit of Chile's carabineros": the carabineros; round r49, args53).
            free = (
                c.dep_ == "appos"
                or _counts_of(tok, c)
                or _crew_of(tok, c)
                or _branch_of(tok, c)
                or _hyphenated_owner(c)
            )
            queue.append((c, depth if free else depth + 1))
    return None


# Nouns of belonging to a body whose "in" phrase names the body, not a place ("froze its
# participation in the CSTO", "suspended its membership in the bloc"): the party a withdrawal
# leaves, as "membership of X" already read (round r29, plover47: own62 tune).
MEMBERSHIP_NOUNS = frozenset({"membership", "participation", "seat", "involvement"})


def _body_joined_in(noun: Token, prep: Token) -> bool:
    """Whether `prep` is the "in" of a noun of membership ("participation in the CSTO")."""
    return prep.lower_ == "in" and noun.lemma_.lower() in MEMBERSHIP_NOUNS


def _hyphenated_owner(child: Token) -> bool:
    """Whether `child` is a hyphenated participle of belonging on a noun ("Chinese-flagged",
    "Turkish-owned", "Maltese-registered": `belonging_participles`), whose first half the parser
    hangs on it as a modifier: the step from the noun to the participle is part of one word."""
    return (
        child.dep_ == "amod"
        and child.tag_ == "VBN"
        and child.lower_ in argument_words().belonging_participles
        and child.i >= 2
        and child.doc[child.i - 1].text == "-"
        and child.doc[child.i - 2].dep_ == "npadvmod"
        and child.doc[child.i - 2].head.i == child.i
    )


def _counts_of(tok: Token, child: Token) -> bool:
    """Whether `child` is the "of" of a quantity noun (`quantity_nouns`: "dozens of", "a handful
    of") or of a number ("two of"), or that "of"'s object: the step from the count to what it
    counts."""
    if child.dep_ == "prep" and child.lower_ == "of":
        return _is_count(tok)
    return (
        tok.dep_ == "prep" and tok.lower_ == "of" and child.dep_ == "pobj" and _is_count(tok.head)
    )


# Nouns of the people who man a craft: their "of" phrase names the craft, which stands for them.
CREW_NOUNS = frozenset({"crew", "crews"})


def _crew_of(tok: Token, child: Token) -> bool:
    """Whether `child` is the "of" of a crew noun ("the crew of a helicopter"), or that "of"'s
    object: the step from the crew to the craft it mans."""
    if child.dep_ == "prep" and child.lower_ == "of":
        return tok.lemma_.lower() in CREW_NOUNS
    return (
        tok.dep_ == "prep"
        and tok.lower_ == "of"
        and child.dep_ == "pobj"
        and tok.head.lemma_.lower() in CREW_NOUNS
    )


def _branch_of(tok: Token, child: Token) -> bool:
    """Whether `child` is the "of" of a branch noun (`branch_nouns`: "the frontier unit of"), or
    that "of"'s object: the step from a body's part to the body."""
    branches = argument_words().branch_nouns
    if child.dep_ == "prep" and child.lower_ == "of":
        return tok.pos_ == "NOUN" and tok.lemma_.lower() in branches
    return (
        tok.dep_ == "prep"
        and tok.lower_ == "of"
        and child.dep_ == "pobj"
        and tok.head.pos_ == "NOUN"
        and tok.head.lemma_.lower() in branches
    )


def _is_count(tok: Token) -> bool:
    """A quantity noun ("dozens", "a handful") or a bare number ("two of its crossings")."""
    quantities = argument_words().quantity_nouns
    return tok.lemma_.lower() in quantities or tok.lower_ in quantities or tok.pos_ == "NUM"


def subject_parties(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """The parties its subject names ("the men said ...": the men), conjuncts included."""
    return [m for c in verb.children if c.dep_ == "nsubj" for m in actors_of(c, index)]


def actors_of(head: Token, index: MentionIndex) -> list[ActorMention]:
    """Actors named by a noun phrase, its conjuncts included ("Turkey, Azerbaijan and Pakistan")."""
    out: list[ActorMention] = []
    for tok in (head, *head.conjuncts, *_conjuncts_hung_on_apposed_name(head)):
        found = _body_of_branch(tok, index) or _search_token(tok, index)
        # "villages held by separatist militias": held ground stands for its holder before
        # its own mention (round r27, args31)
        held = _holder_of_ground(tok, index)
        m = (
            held
            or (index.at(found) if found is not None else None)
            or _people_of_place(tok, index)
            or _part_of_place(tok, index)
            or _sides_of_conflict(tok, index)
        )
        if m and found is not None and not held and not m.is_state_or_sector:
            m = _named_in_apposition(found, index) or m
        if m and m not in out:
            out.append(m)
            out += [side for side in _folded_sides(found, index) if side not in out]
        owner = _owner_of_a_firm(tok, index) if m is None or m.country is None else None
        if owner and owner not in out:
            out.append(owner)
        if m is None:
            out += [side for side in _sides_named_before(tok, index) if side not in out]
        person = _apposed_person(found, index) if found is not None and m else None
        if person and person not in out:
            out.append(person)
        body = _apposed_body(found, index) if found is not None and m else None
        if body and body not in out:
            out.append(body)
        origin = _state_of_origin(found, index) if found is not None and m else None
        if origin and origin not in out:
            out.append(origin)
    shared = [m for m in _coordinated_modifier_parties(head, index) if m not in out]
    return sorted(out + shared, key=lambda m: m.start) if shared else out


def _conjuncts_hung_on_apposed_name(head: Token) -> list[Token]:
    """ "Laos's prime minister, <name>, and Vietnam's transport minister met ...": the parser
    hangs the second party on the first one's apposed name, not on the first party, so the
    coordination of the two parties was not seen and the second party was lost (issue 9, stop 72,
    args56: own109 tune). A conjunct of a proper-name apposition of `head` that stands after the
    comma closing the apposition is a conjunct of `head`; a list inside the apposition itself
    ("the envoy, a veteran of Kosovo and Bosnia," has a common noun, and no comma before "and")
    is not."""
    out: list[Token] = []
    doc = head.doc
    for appos in _children(head, {"appos"}):
        if appos.pos_ != "PROPN":
            continue
        own = [t.i for c in appos.children if c.dep_ not in {"conj", "cc", "punct"}
               for t in c.subtree]  # fmt: skip
        closing = max([appos.i, *own]) + 1
        for conj in _children(appos, {"conj"}):
            start = conj.left_edge.i
            if closing + 1 < start and doc[closing].text == "," and doc[start - 1].dep_ == "cc":
                out.append(conj)
    return out


def _folded_sides(found: Token | None, index: MentionIndex) -> list[ActorMention]:
    """ "A gunfight between police and cattle thieves killed two officers": the side the parser
    folded into a modifier of the other (`generic.folded_side`) is named with it; once both
    sides were parties, the verb's source kept the thieves alone (stop 60, lead: "thieves" became
    a party)."""
    if found is None:
        return []
    return [m for c in found.children if folded_side(c) and (m := index.at(c)) is not None]


def _apposed_person(found: Token, index: MentionIndex) -> ActorMention | None:
    """ "her Tunisian counterpart, Habib Jelassi", "the country's police chief, Amadou Diallo": a
    state named on a common noun for a role (or as the role itself) whose apposition names the
    person who holds it. The person is a party beside the state; the search stops at the state,
    before the apposition (round r10, fuse6: fusion_own4 tune, where another report named only
    the person)."""
    state = index.at(found)
    if state is None or not state.is_state_or_sector:
        return None
    noun = found.head if found.dep_ in {"amod", "compound", "nmod", "poss"} else found
    if noun.pos_ != "NOUN" or noun.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS:
        # a second actor on the subject reads as a second party acting ("Venezuela's defence
        # minister, General X, ordered naval exercises" became joint exercises with X)
        return None
    for appos in _children(noun, {"appos"}):
        hit = index.at(appos) if appos.pos_ == "PROPN" else None
        if hit is not None and not hit.is_state_or_sector:
            return hit
    return None


def _named_in_apposition(found: Token, index: MentionIndex) -> ActorMention | None:
    """ "arrested a second government critic, Grace Mhango, in Zomba", "detained a local
    journalist, Amara Toli": an object named by a common noun of what someone does, whose
    apposition names the person, is that person; the noun only says who they are, and another
    report names the person alone (round r19, fuse18: fusion_own13 tune, where "government
    critic" stood for the critic named beside it). A state or its sector keeps its own mention
    (`_apposed_person` adds the person beside it); a subject keeps its noun, as there."""
    if found.pos_ != "NOUN" or found.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS:
        return None
    role = index.at(found)
    # a person's name the tagger took for an organisation ("a second union leader, Tomasa Huanca":
    # ORG) names the person too, after a role noun our own list makes a party (stop 57: with
    # "union leader" a party, that arrest joined an earlier one of another leader)
    names = {"PERSON", "ORG"} if role is not None and role.how.startswith("generic") else {"PERSON"}
    for appos in _children(found, {"appos"}):
        hit = index.at(appos) if appos.pos_ == "PROPN" and appos.ent_type_ in names else None
        if hit is not None and not hit.is_state_or_sector:
            return hit
    return None


def _state_of_origin(found: Token, index: MentionIndex) -> ActorMention | None:
    """ "detained nine fishermen from Sierra Leone", "refugees from Syria": people of no country
    whose "from" phrase names a state are that state's people; the state is a party beside them
    (round r26, args30, the brief's leftover: the target had no country, and the state read as a
    place). Only a state (or one of its sectors) right in the "from" phrase, on the people or on
    the verb right after them, and only for people the actors stage gave no country."""
    people = index.at(found)
    if people is None or people.country is not None or people.actor_id.startswith("person:"):
        return None
    preps = _children(found, {"prep"})
    if found.dep_ in {"dobj", "obj"}:
        # the parser hangs the phrase on the verb, right after its object ("detained nine
        # fishermen from Sierra Leone": "from" on "detained")
        preps += [c for c in _children(found.head, {"prep"}) if c.i == found.right_edge.i + 1]
    for prep in preps:
        if prep.lower_ != "from" or is_origin_phrase(prep):
            continue
        for p in _pobjs(prep):
            hit = index.at(p)
            if hit is not None and hit.is_state_or_sector:
                return hit
    return None


def _apposed_body(found: Token, index: MentionIndex) -> ActorMention | None:
    """ "Maria Lopez, a United Nations envoy, urged Sudan ...": a person whose apposition names
    the body whose role the person holds (on the role noun, as a modifier or a possessor) acts
    for that body; the body is a party beside the person. A person the actors stage gave a
    country keeps it alone unless the body is one of no country (an international body: "X, the
    UN relief coordinator"), so a state's role is not read twice (round r19, args23: PLOVER
    tune, a UN coordinator's demand had only his name as its source)."""
    person = index.at(found)
    if person is None or person.is_state_or_sector:
        return None
    if not (person.actor_id.startswith("person:") or found.ent_type_ == "PERSON"):
        return None  # "the Revolutionary United Front (RUF)": a group's second name, no role
    for role in _children(found, {"appos"}):
        # a title may be capitalised, and the names stage may take it whole as the body's
        # mention ("the United Nations Emergency Relief Coordinator")
        if role.pos_ not in {"NOUN", "PROPN"}:
            continue
        mods = [t for m in _children(role, {"compound", "nmod", "poss"}) for t in m.subtree]
        hit = next((index.at(t) for t in (role, *mods) if index.at(t) is not None), None)
        if hit is None or hit == person or hit.how == "generic" or hit.actor_id.startswith("person:"):
            continue  # a bare role noun ("a local teacher") names no body
        if person.country is None or hit.country is None:
            return hit
    return None


def _coordinated_modifier_parties(head: Token, index: MentionIndex) -> list[ActorMention]:
    """ "Indian and Chinese soldiers", "Armenian and Azerbaijani border guards": coordinated
    adjectives that share one head name one party each (the parser hangs the second on the first
    as a conjunct, so the head's own mention covers only one of them). Only a modifier that names
    a state or one of its institutions counts: "new and old members" names no party. The tagger
    reads some demonyms as proper nouns ("Kyrgyz and Tajik negotiators"), hung on the head as
    `nmod` (attachment round 18)."""
    out: list[ActorMention] = []
    for mod in head.children:
        if mod.dep_ not in {"amod", "compound", "nmod"} or mod.i > head.i or not mod.conjuncts:
            continue
        for tok in (mod, *mod.conjuncts):
            m = index.at(tok)
            if m and m.is_state_or_sector and m not in out:
                out.append(m)
    return out


def _people_of_place(noun: Token, index: MentionIndex) -> ActorMention | None:
    """ "Rebels in the Ivory Coast", "students throughout Indonesia": a people or group noun that
    names no actor itself belongs to the place it is in."""
    words = argument_words()
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in words.people_nouns:
        return None
    for prep in _children(noun, {"prep"}):
        if prep.lower_ in words.people_place_preps:
            for p in _pobjs(prep):
                hit = _search(p, index)
                if hit:
                    return hit
    return None


def _body_of_branch(noun: Token, index: MentionIndex) -> Token | None:
    """ "the Cibitoke branch of the Red Cross": the token of the body a local branch, chapter or
    office belongs to (`branch_nouns`), named in its "of" phrase, which the search would reach
    only after the place named in the noun's modifiers."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in argument_words().branch_nouns:
        return None
    for prep in _children(noun, {"prep"}):
        if prep.lower_ == "of":
            for p in _pobjs(prep):
                found = _search_token(p, index)
                if found is not None:
                    return found
    return None


def _part_of_place(noun: Token, index: MentionIndex) -> ActorMention | None:
    """ "the outskirts of Goma", "the northern suburbs of Aleppo": a part of a place that names
    no actor itself stands for the party its "of" phrase names."""
    if noun.pos_ != "NOUN" or noun.lower_ not in argument_words().place_part_nouns:
        return None
    for prep in _children(noun, {"prep"}):
        if prep.lower_ == "of":
            for p in _pobjs(prep):
                hit = _search(p, index)
                if hit:
                    return hit
    return None


def _without_apposed_subject(verb: Token, subjects: list[Token]) -> list[Token]:
    """The subjects, with an apposition the parser took for a second subject put back on its
    name: "Moscow, long the chief sponsor of the rebels, accused Kyiv ...", "Washington, the main
    culprit of the crisis, blames ...": a common noun set off by commas right after a name that
    is the verb's subject (or that the parser hung on the verb as a bare noun modifier) restates
    that name; the name acts, and nothing inside the apposition does (stop 38, read on the seeds'
    class of phrasing; tests on other sentences)."""
    if not subjects:
        return subjects
    doc = verb.doc
    names = [c for c in verb.children if c.i < verb.i and c.pos_ == "PROPN"
             and c.dep_ in SUBJECT_DEPS | {"npadvmod"}]  # fmt: skip
    out = list(subjects)
    for s in subjects:
        first, last = s.left_edge.i, s.right_edge.i
        if s.pos_ != "NOUN" or first < 2 or last + 1 >= verb.i:
            continue
        comma = first - 1
        if doc[comma].pos_ == "ADV" and doc[comma].head.i == verb.i:
            comma -= 1  # "Washington, obviously the main culprit ...": the adverb hangs on the verb
        if comma < 1 or doc[comma].text != "," or doc[last + 1].text != ",":
            continue
        name = next((n for n in names if n.right_edge.i == comma - 1), None)
        if name is not None:
            out = [name if o is s else o for o in out]
    return list(dict.fromkeys(out))


# "the parties to the conflict in Sudan", "all sides in the war in Yemen", "the warring factions
# in Libya": the sides of a conflict that names no actor stand for the state it is fought in
# (round r16, args20: a demand made of the parties to a conflict had no target, PLOVER tune).
_SIDE_NOUNS = frozenset({"party", "side", "faction"})
_CONFLICT_NOUNS = frozenset({"conflict", "war", "fighting", "crisis", "hostilities"})


# Determiners that make a side noun the sides already named ("both sides", "the two parties").
_SIDES_DETERMINERS = frozenset({"both", "two", "all", "the"})


def _sides_named_before(noun: Token, index: MentionIndex) -> list[ActorMention]:
    """ "After clashes between Kosovo police and Serbian gunmen, the EU called on the two sides to
    resume dialogue": "both sides", "the two sides", "all parties" with nothing of their own
    after them are the parties of the nearest "between" phrase earlier in the sentence. The
    urged act then has whom it was urged on and who is to act; with no such phrase nothing
    changes (a first version that left the urged act's doer open cost an `own` polarity check
    item at stop 42; round r23, args27)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _SIDE_NOUNS or noun.tag_ != "NNS":
        return []
    if _children(noun, {"prep"}) or not any(
        c.lower_ in _SIDES_DETERMINERS for c in noun.children if c.dep_ in {"det", "predet", "nummod"}
    ):
        return []
    between = [
        t for t in noun.sent if t.i < noun.i and t.dep_ == "prep" and t.lower_ == "between"
    ]
    return between_parties(between[-1], index) if between else []


def _holder_of_ground(noun: Token, index: MentionIndex) -> ActorMention | None:
    """The party holding the ground a noun names ("fire from positions held by the rebel group",
    "shelled areas controlled by the army"): positions, areas or lines stand for whoever holds
    them (round r26, args30: own57 tune, the shelling had no source). Only a participle of
    holding (`holding_participles`) with a "by" agent on a ground noun (`held_ground_nouns`)."""
    words = argument_words()
    if noun.lemma_.lower() not in words.held_ground_nouns:
        return None
    return _agent_of_participle(noun, {"acl"}, words.holding_participles, index)


def _owner_of_a_firm(noun: Token, index: MentionIndex) -> ActorMention | None:
    """The party owning the firm a noun names ("a deal with the company, which is owned by the
    Ethiopian state", "a contract with a firm controlled by the Chinese government"): a firm with
    no country of its own stands beside its owner, named by a participle of owning
    (`owning_participles`) with a "by" agent on a firm noun (`owned_firm_nouns`). Round r35,
    plover53: stop 54's leftover, the agreement's other party had no country or no mention."""
    words = argument_words()
    if noun.lemma_.lower() not in words.owned_firm_nouns:
        return None
    return _agent_of_participle(noun, {"acl", "relcl"}, words.owning_participles, index)


def _agent_of_participle(
    noun: Token, clause_deps: set[str], participles: frozenset[str], index: MentionIndex
) -> ActorMention | None:
    """The party of the "by" agent of a past participle of `participles` on the noun ("areas
    held by the army", "a firm owned by the state"), read by `_holder_of_ground` and
    `_owner_of_a_firm`."""
    for clause in _children(noun, clause_deps):
        if clause.tag_ != "VBN" or clause.lemma_.lower() not in participles:
            continue
        for agent in _children(clause, {"agent"}):
            for p in _pobjs(agent):
                hit = _search(p, index)
                if hit:
                    return hit
    return None


def _sides_of_conflict(noun: Token, index: MentionIndex) -> ActorMention | None:
    """The state a conflict whose sides the noun names is fought in, or None."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _SIDE_NOUNS:
        return None
    warring = any(c.lower_ == "warring" for c in noun.children if c.dep_ == "amod")
    preps = _children(noun, {"prep"})
    # "urged parties to the conflict in Sudan to ...": the parser hangs "to the conflict" on the
    # verb, right after its object
    preps += [c for c in _children(noun.head, {"prep"}) if c.i == noun.i + 1 and noun.dep_ == "dobj"]
    for prep in preps:
        for p in _pobjs(prep):
            if warring and prep.lower_ == "in":  # "the warring factions in Libya"
                hit = _search(p, index)
                if hit:
                    return hit
            if prep.lower_ in {"to", "in"} and p.lemma_.lower() in _CONFLICT_NOUNS:
                for inner in _children(p, {"prep"}):
                    if inner.lower_ in {"in", "over"}:
                        for place in _pobjs(inner):
                            hit = _search(place, index)
                            if hit:
                                return hit
    return None


def _children(tok: Token, deps: set[str]) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def fronted_participles(verb: Token) -> list[Token]:
    """Past participle clauses fronted before the verb's subject ("Held in Gomel since their
    arrest in May, the crew were released"): the parser hangs them on the verb as adverbial
    clauses. Read for the holder of people let go here and in `place_target._holding_place`."""
    return [c for c in _children(verb, {"advcl"}) if c.i < verb.i and c.tag_ == "VBN"]


def _pobjs(prep: Token) -> list[Token]:
    return [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]


def _agent_parties(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """The parties of a passive verb's "by" agent ("detained by the coast guard")."""
    return [
        m for agent in _children(verb, {"agent"}) for p in _pobjs(agent)
        for m in actors_of(p, index)
    ]  # fmt: skip


def _passive_conjunct(verb: Token) -> bool:
    """ "A diplomat was declared persona non grata and given 48 hours to leave", "were detained
    and deported": a past participle joined to a passive verb, with no subject or auxiliary of
    its own, is passive too, and the shared subject is acted on; it was read as the conjunct's
    doer (round r23, args27, own51 tune). The parser also tags such a participle as a past tense
    ("was detained by police at the jetty and questioned for six hours"): a regular "-ed" form
    with no object of its own is read as the participle it also is (round r27, reader31, from a
    reader_own26 tune miss)."""
    return (
        verb.dep_ == "conj"
        and (verb.tag_ == "VBN" or _objectless_regular_past(verb))
        and (is_passive(verb.head) or _listed_passive(verb.head))
        and not any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS | {"aux", "auxpass"}
                    for c in verb.children)
    ) or _listed_passive(verb)  # fmt: skip


def _listed_passive(verb: Token) -> bool:
    """ "were rounded up near Nioro, held in a barracks and questioned ... by gendarmes", "were
    stopped, searched and detained ... by border guards": the middle one of three joined passives
    set off by a comma, which the parser hangs on the first as an adverbial participle with the
    third joined to it; it is passive too, and the "by" phrase on the third names the doer of
    all three (stop 67, args51: stop 65's and 66's leftover, own95 and own97 tune; the first act
    took a place or the acted-on party as its source). Only a bare participle right after a
    comma that has a conjunct of its own (the list goes on): "were detained, accused of spying"
    is one act told twice."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBN"
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and is_passive(verb.head)
        and any(c.dep_ == "conj" and c.pos_ == "VERB" for c in verb.children)
        and not any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS | {"aux", "auxpass", "mark"}
                    for c in verb.children)
    )  # fmt: skip


def _passive_after_active(verb: Token) -> bool:
    """ "Riot police dispersed the miners and were criticised by a UN office": a passive with an
    auxiliary of its own ("were", "had been") joined to an active verb, and no subject of its
    own, shares the active verb's subject as the party it acts on; that subject is not its doer
    (its "by" agent is). Round r30, args34: the brief's leftover, where the police were read as
    a second source of the criticism. Only with a conjunction between the two: "A businessman
    wanted in France was handed over" is a garden path the parser joins without one (own58)."""
    return (
        verb.dep_ == "conj"
        and any(c.dep_ == "cc" and verb.head.i < c.i < verb.i for c in verb.head.children)
        and any(c.dep_ == "auxpass" for c in verb.children)
        and not any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in verb.children)
        and not is_passive(verb.head)
    )


def _passive_clause_of_its_own(verb: Token) -> bool:
    """ "Traders blocked the bridge two days after a porter was wounded", "Police closed the
    market after a vendor was stabbed": a passive in a clause of "after", "before" or "since"
    with a subject of its own names what was acted on at another time; the main clause's subject
    did the main act, not this one, and was read as its doer (round r32, fuse31: the brief's
    leftover, seen in a fusion_own26 tune miss where the wounding took the blockading porters
    as its doer). Only where the clause names a doer of its own, by a "by" agent or a clause on
    it ("was wounded when gendarmes fired": `verb_arguments` takes that clause's subject): left
    with no doer at all, such an act joined other acts of its document (reader_own23 check fell
    by one found item). Not a clause of "when" or "if" ("would withdraw only when the threat was
    removed"): taken so, the removal lost its doer and joined another act (reader_own2 tune)."""
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    return (
        verb.dep_ == "advcl"
        and bool(marks & OTHER_TIME_MARKS)
        and bool(_children(verb, PASSIVE_SUBJECT_DEPS))
        and bool(_children(verb, {"agent", "advcl"}))
    )


def _passive_on_misread_relative(verb: Token) -> bool:
    """ "Twelve labourers held for weeks in X's province were freed on Monday": the parser reads
    the reduced relative's participle ("held", no auxiliary) as the main verb and joins the real
    passive to it with no conjunction between; the participle's noun is what the passive acts on,
    not its doer (round r30, args34: own63's tune leftover, the brief's first leftover class)."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and head.tag_ == "VBN"
        and bool(_children(head, {"nsubj"}))
        and not _children(head, {"aux", "auxpass", "dobj", "obj"})
        and _stranded_passive(verb, head)
        and not any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children)
    )


def _objectless_regular_past(verb: Token) -> bool:
    """A past tense that is also the past participle ("questioned", "reprimanded") and has no
    direct object: after a passive verb it continues the passive."""
    return verb.tag_ == "VBD" and verb.lower_.endswith("ed") and not _children(verb, {"dobj", "obj"})


# Verbs of going away whose object is the state a person is made to leave.
LEAVING_VERBS = frozenset({"leave", "quit", "exit"})


def _state_made_to_leave(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """ "A diplomat was declared persona non grata and given 48 hours to leave Kosovo", "was
    ordered to leave Chad": a passive act with no "by" agent that makes someone leave a state is
    that state's act (it alone can expel from its soil). The state is the object of a "to leave"
    complement of the verb or of a verb joined to it (round r23, args27, own51 tune)."""
    return [
        m for v in (verb, *verb.conjuncts) for c in _children(v, {"xcomp", "advcl"})
        if c.lemma_.lower() in LEAVING_VERBS
        for o in _children(c, {"dobj"}) for m in actors_of(o, index) if m.is_state_or_sector
    ]  # fmt: skip


def _agents_on_complement(verb: Token) -> list[Token]:
    """ "was declared persona non grata by Peru", "was designated a terrorist group by the US":
    the parser hangs a passive's "by" phrase on its object predicate (`oprd`) rather than on
    the verb (round r23, args27)."""
    return [
        b for o in _children(verb, {"oprd"}) for b in _children(o, {"prep", "agent"})
        if b.lower_ == "by"
    ] or _agents_on_infinitive(verb)  # fmt: skip


def _agents_on_infinitive(verb: Token) -> list[Token]:
    """ "were ordered to leave the market within a day by police officers from Uganda": the parser
    hangs a passive's "by" phrase that comes after its infinitive complement on the infinitive, as
    a plain phrase (round r35, args39, from an own75 tune miss). Only an active infinitive's
    "prep" (a passive one's own "agent" is its own doer); the caller keeps only actors, so "by
    road" or "by Friday" names nobody."""
    return [
        b for x in _children(verb, {"xcomp"})
        if x.tag_ == "VB" and not is_passive(x)
        for b in _children(x, {"prep"}) if b.lower_ == "by"
    ]  # fmt: skip


# The prepositions of a passive verb's own phrase (an instrument, a destination, a place) on
# whose noun the parser may hang the verb's "by" phrase; not "over", "for" or "about", whose noun
# is a topic that a "by" phrase gives an author of ("detained over a post by a blogger").
_AGENT_HOST_PREPS = frozenset({"with", "to", "into", "at", "in", "on", "from", "near"})


def _agents_on_own_phrase(verb: Token) -> list[Token]:
    """ "were beaten with rifle butts by soldiers", "was handed over to Uzbek authorities by
    Kazakhstan": the parser hangs a passive's "by" phrase on the noun of the verb's own
    prepositional phrase before it (an instrument, a destination), and the act had no source
    (round r30, plover48: own64 tune). Only where the verb has no "by" phrase of its own."""
    return [
        b
        for prep in _children(verb, {"prep"})
        if prep.lower_ in _AGENT_HOST_PREPS
        for o in _pobjs(prep)
        for b in _children(o, {"prep", "agent"})
        if b.lower_ == "by"
    ]


def _agents_on_passive_conjuncts(verb: Token) -> list[Token]:
    """ "A trawler was boarded and held for ten hours by the coast guard": the "by" phrase after
    the last of two joined passives names the doer of both (the parser hangs it on the last
    one); the first had no source (round r25, args29, own55 tune)."""
    if _children(verb, {"agent"}):
        return []
    listed = [c for c in _children(verb, {"advcl"}) if _listed_passive(c)]
    return [
        b for c in _children(verb, {"conj"}) + listed if _passive_conjunct(c)
        # "was boarded and ordered to sail to port by inspectors": or on the last one's
        # infinitive (round r35, args39); a listed passive's doer is on its own conjunct
        for b in (_children(c, {"agent"}) or _agents_on_infinitive(c)
                  or (_agents_on_passive_conjuncts(c) if c in listed else [])
                  # "were detained and taken to a post near Pskov by border guards": or on the
                  # noun of the last one's own phrase (round r49, args53: stop 68's leftover)
                  or _agents_on_own_phrase(c))
    ] or _agents_on_gapped_passives(verb) or _agents_on_owned_passives(verb)  # fmt: skip


def _agents_on_gapped_passives(verb: Token) -> list[Token]:
    """ "were beaten and their cattle driven off by militiamen", "were beaten and their cameras
    smashed by supporters of the party": the second passive has a subject of its own and shares
    the first one's auxiliary ("their cattle [were] driven off"), and its "by" phrase names the
    doer of both; the parser reads it as a participle with a subject and no auxiliary, or as a
    noun joined to the verb with the participle on it, and the first act had no source (round
    r34, plover52: own72 tune)."""
    out: list[Token] = []
    for c in _children(verb, {"conj"}):
        if c.tag_ == "VBN" and not _children(c, {"aux", "auxpass"}):
            if _children(c, {"nsubj", "nsubjpass"}):
                out += _children(c, {"agent"})
        elif c.pos_ == "NOUN":
            out += [
                b for a in _children(c, {"acl"}) if a.tag_ == "VBN"
                for b in _children(a, {"agent"})
            ]  # fmt: skip
    return out


def _agents_on_owned_passives(verb: Token) -> list[Token]:
    """ "A lorry was stopped near the border, and its driver was arrested, by customs officers",
    "were held for a day and had their phones searched by soldiers": a second passive with an
    auxiliary (or a "had") and a subject of its own joined to a first passive, whose subject a
    possessive pronoun ties to the first one's ("its driver", "their phones"), tells one scene, and
    its "by" phrase names the doer of both; the first act had no source, or took a place's
    authorities (stop 64, args48: own93 tune). Only a pronoun's own subject: "a reporter was
    detained and a cameraman was beaten by supporters" names two acts of which the first has no
    named doer."""
    if not is_passive(verb):
        return []
    out: list[Token] = []
    for c in _children(verb, {"conj"}):
        if is_passive(c) or c.lemma_.lower() == "have":
            # "its driver was arrested by", "had their phones searched by" (the participle read
            # as a clause with a subject), "had their passports taken by" (read on the object)
            for x in [c, *_children(c, {"ccomp", "xcomp"})]:
                if any(_pronoun_possessors(n) for n in _children(x, {"nsubj", "nsubjpass"})):
                    out += _children(x, {"agent"})
            for o in _children(c, {"dobj"}) if c.lemma_.lower() == "have" else []:
                if _pronoun_possessors(o):
                    out += [b for a in _children(o, {"acl"}) for b in _children(a, {"agent"})]
    return out


def _agents_on_set_off_clause(verb: Token) -> list[Token]:
    """ "Three traders were held on Monday, after a farmer reported their lorry, by soldiers
    on patrol": a "by" phrase set off by a comma after an adverbial clause of an agentless passive
    belongs to the passive, but the parser hangs it on the clause's active verb, which has a
    subject of its own and so no "by" doer; the clause's subject was taken as the doer (stop 64,
    args48: own93 tune). Only an active clause with a subject of its own and a comma right before
    "by"; the caller keeps only actors ("by phone" names nobody)."""
    return [
        b for c in _children(verb, {"advcl"})
        if not is_passive(c) and _children(c, SUBJECT_DEPS)
        for b in _children(c, {"prep", "agent"})
        if b.lower_ == "by" and b.i > 0 and b.doc[b.i - 1].text == ","
    ]  # fmt: skip


def _agents_of_passive_head(verb: Token) -> list[Token]:
    """ "was detained by police at the jetty and questioned for six hours": a passive conjunct
    with no "by" phrase of its own shares the one of the passive it is joined to (the mirror of
    `_agents_on_passive_conjuncts`; round r27, reader31, from a reader_own26 tune miss)."""
    if not _passive_conjunct(verb):
        return []
    return _children(verb.head, {"agent"})


def _fronted_passive_participle(verb: Token) -> bool:
    """ "Rounded up in raids on farms near Durban, sixty workers were put on buses by police": a
    past participle that opens the sentence, with no subject or auxiliary of its own, is a
    passive whose patient is its clause's subject, when that clause is itself a passive whose
    "by" agent did both (round r47, plover65: the stop 66 leftover, where the workers read as the
    round-up's doers and it had no target). Only with that agent: with none ("were put on a ship
    ..., the police said") the round-up with no doer fell below a retold accusation (own88 tune
    0.913 -> 0.870), so that reading is left as it was."""
    return (
        verb.dep_ == "advcl"
        and is_passive(verb.head)
        and any(c.dep_ == "agent" for c in verb.head.children)
        and verb.tag_ == "VBN"
        and verb.left_edge.i == verb.sent.start
        and verb.i < verb.head.i
        and not any(
            c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "mark"} for c in verb.children
        )
    )


@dataclass
class Arguments:
    source: list[ActorMention] = field(default_factory=list)
    target: list[ActorMention] = field(default_factory=list)
    anaphor: Token | None = None  # a pronoun subject left unresolved


def between_parties(prep: Token, index: MentionIndex) -> list[ActorMention]:
    """Every party named inside "between ...", in text order: the parser often folds "the
    Taliban and Pakistani border guards" into one noun phrase."""
    inside = [index.at(t) for p in _pobjs(prep) for t in p.subtree]
    return sorted({id(m): m for m in inside if m}.values(), key=lambda m: m.start)


def _modified_noun_arguments(verb: Token, index: MentionIndex, args: Arguments) -> None:
    """A clause on a noun names that noun's part in it: "the militia, which shelled the town"
    and "the militia shelling the town" (the noun acts), "the convoy attacked by rebels" (the
    noun is acted on)."""
    noun = verb.head
    if verb.dep_ == "relcl":
        relative = [c for c in verb.children if c.tag_ in {"WDT", "WP"}]
        # "the US, whose envoys visited Islamabad": the noun acts through its people.
        whose = any(g.tag_ == "WP$" for c in _children(verb, SUBJECT_DEPS) for g in c.children)
        if (whose or any(c.dep_ in SUBJECT_DEPS for c in relative)) and not args.source:
            args.source = actors_of(noun, index)
        elif any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in relative) and not args.target:
            args.target = actors_of(noun, index)
        elif any(c.dep_ in RELATIVE_OBJECT_DEPS for c in relative) and not args.target:
            # "the mayor, whom police detained on Friday": the noun is the relative pronoun's
            # object, so it is acted on (fusion round r12b: the pronoun itself names no one,
            # and the act lost its target against the other reports of the arrest)
            args.target = actors_of(noun, index)
        elif names_its_antecedent(verb) and not args.target:
            # "Ethiopia's decision to fill the dam, a step Cairo called a threat": what is named
            # is the noun, or the act noun it stands beside, and its author (stop 73, lead)
            args.target = actors_of(noun, index) or (
                actors_of(noun.head, index) if noun.dep_ == "appos" else []
            )
        elif _contact_relative_on_object(verb, relative) and not args.target:
            # "a diplomat it accused of meddling", "a journalist the rebels had kidnapped": a
            # relative clause with no relative word, its own subject and no object of its own
            # acts on the noun it hangs on (stop 71 lead, probes of wire expulsion and hostage
            # reports: the accusation and the kidnapping had no target)
            args.target = actors_of(noun, index)
    elif verb.dep_ == "acl" and not _children(verb, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS):
        if _participle_on_addressee(verb) and not args.target:
            args.target = actors_of(noun, index)  # the one urged; the writer urges
        elif verb.tag_ == "VBG" and not args.source:
            args.source = actors_of(noun, index) or _document_author(noun, index)
        elif verb.tag_ == "VBN" and not args.target:
            args.target = actors_of(noun, index)
        elif not args.source and _infinitive_of_intent(verb):
            args.source = _intent_holders(noun, index)


def _contact_relative_on_object(verb: Token, relative: list[Token]) -> bool:
    """A relative clause with no relative word whose verb has an active subject of its own and
    no object ("the pilot its forces captured"): the noun it hangs on is the verb's object."""
    return (
        not relative
        and not any(c.dep_ == "mark" for c in verb.children)
        and bool(_children(verb, {"nsubj"}))
        and not _children(verb, RELATIVE_OBJECT_DEPS | PASSIVE_SUBJECT_DEPS | {"ccomp", "dative"})
    )


def _reduced_relative_misread_as_verb(verb: Token) -> bool:
    """ "said that 20 traders arrested at a market last week would be deported": the parser reads
    the participle of a reduced relative as the clause's finite verb (its noun the subject) and
    hangs the real verb, a passive with no subject, beside it. The participle has no object and
    its noun is acted on, not acting (round r25, args29: own55 tune read the traders as the
    arresters)."""
    if (
        verb.tag_ not in {"VBD", "VBN"}
        or not _children(verb, {"nsubj"})
        or _children(verb, {"aux", "auxpass", "dobj", "obj", "ccomp", "xcomp", "attr", "acomp", "prt"})
    ):
        return False
    if verb.dep_ in {"csubj", "csubjpass"}:
        # "... herders detained at a watering point would be sent home": or as the passive's
        # clausal subject
        return is_passive(verb.head) and verb.head.i > verb.i
    if set_off_participle_read_as_clause(verb):
        return True  # "the envoy, recalled last month, would go back": the envoy was recalled
    if _main_verb_hung_on(verb) is not None:
        return True  # "Relatives of the miners detained on Monday marched ...": see there
    if any(_passive_on_misread_relative(c) for c in _children(verb, {"conj"})):
        return True  # "sailors detained at a port in Togo were released": see there
    return verb.dep_ == "ccomp" and any(
        _stranded_passive(c, verb) for c in _children(verb.head, {"ccomp"})
    )


def _main_verb_hung_on(participle: Token) -> Token | None:
    """The sentence's real main verb where the parser made a reduced relative's participle the
    root: "Relatives of the demonstrators detained in Amman on Wednesday rallied outside ..." is
    parsed with "detained" as the root (the relatives its subject) and "rallied" hung on it as an
    unlabelled `dep` with no subject. The participle's noun was acted on, and the main verb's doer
    is the participle's subject (round r29, fuse28: fusion_own23 tune read the relatives as the
    arresters and the rally had no doer). None when the sentence is no such misreading."""
    if participle.dep_ != "ROOT" or participle.tag_ not in {"VBD", "VBN"}:
        return None
    subjects = _children(participle, {"nsubj"})
    if not subjects or subjects[0].i > participle.i:
        return None
    for c in _children(participle, {"dep"}):
        if c.i > participle.i and c.tag_ in {"VBD", "VBZ", "VBP"} and not _children(
            c, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
        ):
            return c
    return None


def _hung_on_misread_participle(verb: Token) -> bool:
    """Whether `verb` is the real main verb the parser hung on a reduced relative's participle
    read as the root (`_main_verb_hung_on`): its doer is that participle's subject."""
    if verb.dep_ != "dep":
        return False
    main = _main_verb_hung_on(verb.head)
    return main is not None and main.i == verb.i


def _misread_relative_nouns(participle: Token) -> list[Token]:
    """What a reduced relative read as a finite verb was done to: the noun right before the
    participle, where it stands in its misread subject's phrase ("Relatives of the demonstrators
    detained": the demonstrators, not the relatives), else that subject ("20 traders arrested")."""
    subjects = _children(participle, {"nsubj"})
    before = participle.doc[participle.i - 1] if participle.i > 0 else None
    for s in subjects:
        if (
            before is not None
            and before.pos_ in {"NOUN", "PROPN"}
            and s.left_edge.i <= before.i <= s.right_edge.i
        ):
            return [before]
    return subjects


def _stranded_passive(clause: Token, participle: Token) -> bool:
    """A passive clause right after `participle`, under the same head, with no subject."""
    return (
        clause.i > participle.i
        and any(c.dep_ == "auxpass" for c in clause.children)
        and not _children(clause, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)
        and not any(c.dep_ == "mark" for c in clause.children)
    )


def _subject_of_misread_relative(verb: Token) -> list[Token]:
    """The noun of a reduced relative the parser read as a finite verb beside `verb` (a stranded
    passive): what `verb` is done to ("20 traders arrested ... would be deported")."""
    if not is_passive(verb) or _children(verb, {"nsubj", "expl"}):
        return []
    beside = _children(verb.head, {"ccomp"}) if verb.dep_ == "ccomp" else []
    return [
        s for c in beside + _children(verb, {"csubj", "csubjpass"})
        if c.i < verb.i and _reduced_relative_misread_as_verb(c)
        for s in _children(c, {"nsubj"})
    ]  # fmt: skip


def _comma_participle_on_ordered_act(verb: Token) -> bool:
    """ "ordered the ambassador to leave within 48 hours, accusing Paris of meddling": the parser
    hangs a trailing participle after a comma on the ordered infinitive, whose doer is the
    ordered party; the participle comments on the whole clause, so its doer is the subject of
    the verb that orders (round r25, args29: the round's leftover, made-up sentences)."""
    infinitive = verb.head
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and set_off(verb)
        and infinitive.dep_ == "xcomp"
        and to_infinitive(infinitive)
        and bool(_children(infinitive.head, {"dobj", "obj"}))
        and bool(_children(infinitive.head, SUBJECT_DEPS))
    )


# Personal pronouns that, as a participle's object, can only point at someone other than the
# participle's doer (its own doer would be "himself", "herself", "themselves").
ADDRESSEE_PRONOUNS = frozenset({"him", "her", "them"})


def _participle_on_addressee(verb: Token) -> bool:
    """ "said she had written to Chile's foreign minister urging him to reopen the bridge": the
    parser hangs the participle on the noun the writing went to, which would make the minister
    the one who urges. A pronoun object ("him") cannot be the participle's own doer, so the noun
    it hangs on is the one urged and the doer is the subject of the verb the "to" phrase belongs
    to (round r29, args33, own63 tune: the urged minister was the request's source)."""
    noun = verb.head
    prep = noun.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and noun.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.lower_ in {"to", "with"}
        and prep.head.pos_ in {"VERB", "AUX"}
        and any(c.lower_ in ADDRESSEE_PRONOUNS for c in _children(verb, {"dobj", "obj"}))
    )


def _act_after_misread_hedge(verb: Token) -> bool:
    """ "Gunmen thought to belong to a militia killed six farmers": the parser reads the hedge
    ("thought") as the finite verb, with "to belong" its infinitive and the act a clause under
    it with no subject; the act's doer is the hedge's subject (`hedge_participles`)."""
    hedge = verb.head
    return (
        verb.dep_ in {"ccomp", "advcl", "conj"}
        and verb.tag_ == "VBD"
        and hedge.i < verb.i
        and hedge.tag_ in {"VBD", "VBN"}
        and hedge.lemma_.lower() in argument_words().hedge_participles
        and bool(_children(hedge, SUBJECT_DEPS))
        and any(
            hedge.i < x.i < verb.i and to_infinitive(x) for x in _children(hedge, {"xcomp"})
        )
    )


def _infinitive_of_intent(verb: Token) -> bool:
    """ "Peru's decision to expel", "a bid by Ankara to block": a "to" infinitive on a noun of
    intent (`intent_nouns`)."""
    return (
        verb.tag_ == "VB"
        and to_infinitive(verb)
        and verb.head.lemma_.lower() in argument_words().intent_nouns
    )


def _intent_holders(noun: Token, index: MentionIndex) -> list[ActorMention]:
    """Whose intent a noun of intent tells: its possessor ("Peru's decision"), else its "by"
    phrase ("the decision by Peru")."""
    owners = [m for p in _children(noun, {"poss"}) for m in actors_of(p, index)]
    return owners or [
        m for b in _children(noun, {"prep", "agent"}) if b.lower_ == "by"
        for p in _pobjs(b) for m in actors_of(p, index)
    ]  # fmt: skip


def _document_author(noun: Token, index: MentionIndex) -> list[ActorMention]:
    """ "The assembly adopted a resolution demanding that X withdraw", "a statement issued by the
    ministry accusing Y": the act a document states is done by whoever issued it, the subject
    of an issuing verb whose object the document is (or its "by" agent when the verb is
    passive); "rejected a resolution condemning it" names no author."""
    words = argument_words()
    if noun.lemma_.lower() not in words.document_nouns:
        return []
    issuer = noun.head
    if noun.dep_ not in {"dobj", "obj", "nsubjpass"} or (
        issuer.lemma_.lower() not in words.issuing_verbs
    ):
        return []
    return verb_arguments(issuer, index, MAX_COMPLEMENT_DEPTH).source


def _launcher_of(weapon: Token, index: MentionIndex) -> list[ActorMention]:
    """Whoever launched, fired or planted a weapon that is the subject: "a drone launched by an
    Iraqi militia struck a US base" (the participle's "by" agent acts, not the drone)."""
    if weapon.lemma_.lower() not in argument_words().launched_weapon_nouns:
        return []
    return [
        m
        for part in weapon.children
        if part.dep_ == "acl" and part.tag_ == "VBN"
        for m in _agent_parties(part, index)
    ]


def _operator_of(carrier: Token, index: MentionIndex) -> list[ActorMention]:
    """Whoever chartered, runs or sent a craft that is the subject (`operated_carriers`,
    `operating_participles`): "a cargo ship chartered by the Mauritian government docked ... with
    rice" delivers the government's aid, the participle's "by" agent acts, not the ship."""
    words = argument_words()
    if carrier.lemma_.lower() not in words.operated_carriers:
        return []
    return [
        m
        for part in carrier.children
        if part.dep_ == "acl" and part.tag_ == "VBN"
        and part.lemma_.lower() in words.operating_participles
        for m in _agent_parties(part, index)
    ]  # fmt: skip


# The prepositions that put a passive act's goods on a craft ("flown in on two planes", "carried
# aboard a ship"); round r41, args45.
CRAFT_PREPOSITIONS = frozenset({"on", "aboard", "onboard"})


def _operators_of_craft_used(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """ "tents ... were flown into Port-au-Prince on two planes sent by the Dominican government":
    a passive act with no "by" agent of its own, done on or aboard a craft whose participle says
    who sent, chartered or ran it (`_operator_of`), was done by that party (round r41, args45:
    own87 tune and stop 60's leftover, where the aid had no source)."""
    return [
        m
        for prep in _children(verb, {"prep"})
        if prep.lower_ in CRAFT_PREPOSITIONS
        for p in _pobjs(prep)
        for m in _operator_of(p, index)
    ]


def _fire_senders(verb: Token, agents: list[Token], index: MentionIndex) -> list[ActorMention]:
    """ "was hit by fire from an Israeli navy vessel", "was struck by mortar fire from Syrian army
    positions": a passive act whose "by" agent is fire or a weapon (`fire_agent_nouns`,
    `launched_weapon_nouns`), no party, was done by whoever the "from" phrase names, on the
    agent noun, on its participle or (as the parser often hangs it) on the verb (round r27,
    args31: own59 tune)."""
    words = argument_words()
    fire = [
        p for a in agents for p in _pobjs(a)
        if p.lemma_.lower() in words.fire_agent_nouns | words.launched_weapon_nouns
    ]  # fmt: skip
    # "rockets fired from Israeli positions": the "from" phrase on the weapon's participle
    fired = [c for f in fire for c in f.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    froms = [b for tok in [*fire, *fired, verb] if fire for b in _children(tok, {"prep"})]
    return [
        m for b in froms if b.lower_ == "from" for p in _pobjs(b) for m in actors_of(p, index)
    ]  # fmt: skip


def _fronted_subject(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """ "At a summit in Jakarta, Thailand and Cambodia agreed ...": after an opening phrase that
    ends in a name, the parser lists a coordinated subject with that name ("Jakarta, Thailand and
    Cambodia") and leaves the verb without a subject. The conjuncts after the comma that reach
    the verb are its subject; the opening phrase's own name is a place or an occasion."""
    doc = verb.doc
    for prep in _children(verb, {"prep"}):
        if prep.i > verb.i or prep.right_edge.i != verb.i - 1:
            continue
        for tok in prep.subtree:
            first = tok.left_edge.i
            if tok.dep_ == "conj" and first > prep.i and doc[first - 1].text == ",":
                named = [index.at(t) for t in doc[first : verb.i]]
                return sorted({id(m): m for m in named if m}.values(), key=lambda m: m.start)
    return []


# How the parser hangs a main clause's subject on a fronted clause before it (an apposition of its
# last noun, a noun-phrase adverb of its verb): `_subject_apposed_in_fronted_clause`.
MISREAD_MAIN_SUBJECT_DEPS = frozenset({"appos", "npadvmod"})


def _subject_apposed_in_fronted_clause(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """ "After Yerevan accused Baku of stalling the demarcation of the border, Azerbaijan on
    Thursday turned down an invitation": the parser reads the main clause's subject, after the
    comma that closes a fronted subordinate clause, as an apposition of that clause's last noun
    ("the border, Azerbaijan"), or as a noun-phrase adverb of its gerund ("of shelling villages
    near the border, Azerbaijan on Monday turned down"), and leaves the main verb without a
    subject; the refusal then had no party and the fronted accusation outranked it (round r31,
    plover49: own66 tune). That noun is the subject when the marked clause reaches right up to
    the verb and the noun, set off by a comma, is its last such one and names a party.

    A sentence-opening phrase does the same ("In a note handed to the envoy by the foreign
    minister, Marko Petrov, the Macedonian government accused Belgrade": the government read as
    a second apposition of the minister's name; round r36, args40: own77 tune). There the noun
    must be an apposition on a person's name or on another apposition, since a phrase's place
    takes its own ("In Lima, the capital, ...")."""
    doc = verb.doc
    for clause in _children(verb, {"advcl", "prep"}):
        if clause.i > verb.i or clause.right_edge.i != verb.i - 1:
            continue
        opening = clause.dep_ == "prep"
        if opening and clause.left_edge.i != verb.sent.start:
            continue
        if not opening and not _children(clause, {"mark"}):
            continue
        apposed = [
            t
            for t in clause.subtree
            if t.dep_ in MISREAD_MAIN_SUBJECT_DEPS and t.i > clause.i and t.pos_ in {"PROPN", "NOUN"}
        ]
        if not apposed:
            continue
        last = apposed[-1]
        if doc[last.left_edge.i - 1].text != ",":
            continue
        if opening and not _apposed_on_name(last):
            continue
        return actors_of(last, index)
    return []


def _apposed_on_name(noun: Token) -> bool:
    """An apposition on a person's name or on another apposition ("the minister, Marko Petrov,
    the Macedonian government"): no restatement of the name, so the parser's misreading of a
    clause's subject."""
    return noun.dep_ == "appos" and (
        noun.head.dep_ == "appos" or noun.head.ent_type_ == "PERSON"
    )


def _opening_adverb_subject(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """ "Washington increased pressure on Caracas ...": the parser reads a sentence-opening name
    before a subject-less verb as a noun-phrase adverb of it; a party named there is the
    subject (the actors stage keeps a seat there as an actor, `actors.metonymy`)."""
    sent_start = verb.sent.start
    for adverb in _children(verb, {"npadvmod", "advmod"}):
        if adverb.i < verb.i and adverb.left_edge.i == sent_start:
            return actors_of(adverb, index)
    return []


def _taken_from(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """ "retook the town of Gwoza from the rebels": for a verb of taking, the party named after
    "from" is the one acted on; the object is what was taken (a town, a port, weapons). The
    parser often hangs the "from" phrase on the object ("the village of X from the army")."""
    if verb.lemma_.lower() not in argument_words().taking_verbs:
        return []
    preps = _children(verb, {"prep"}) + [
        t for o in _children(verb, {"dobj", "obj"}) for t in o.subtree if t.dep_ == "prep"
    ]
    return [
        m for prep in preps if prep.lower_ == "from" and not is_origin_phrase(prep)
        for p in _pobjs(prep) for m in actors_of(p, index)
    ]  # fmt: skip


def _addressees(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """Whom a verb of saying addresses ("told X", "wrote to X"), less an audience (the press)."""
    words = argument_words()
    if verb.lemma_.lower() not in words.saying_verbs:
        return []
    heads = _children(verb, {"dobj", "obj", "dative"}) + [
        o for p in _children(verb, {"prep"}) if p.lower_ == "to" for o in _pobjs(p)
    ]
    found = [m for h in heads for m in actors_of(h, index)]
    return [m for m in found if m.sector not in words.audience_sectors]


def _talked_with(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """Whom a verb of talking over a topic talks with ("discussed the fate of a jailed activist
    with Togolese officials"): the "with" phrase on the verb or anywhere in its object."""
    if verb.lemma_.lower() not in argument_words().topic_object_verbs:
        return []
    preps = _children(verb, {"prep"}) + [
        t for o in _children(verb, {"dobj", "obj"}) for t in o.subtree if t.dep_ == "prep"
    ]
    return [m for prep in preps if prep.lower_ == "with" for p in _pobjs(prep)
            for m in actors_of(p, index)]  # fmt: skip


def _mission_state(noun: Token, index: MentionIndex) -> list[ActorMention]:
    """The party a mission works in ("a peacekeeping mission in the Central African Republic"):
    a mission noun with no party of its own stands for where it works (`mission_nouns`)."""
    if noun.lemma_.lower() not in argument_words().mission_nouns or actors_of(noun, index):
        return []
    return [m for p in _children(noun, {"prep"}) if p.lower_ == "in" for o in _pobjs(p)
            for m in actors_of(o, index)]  # fmt: skip


def _returned_to(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """ "will return weapons seized from UN peacekeepers", "handed back two trucks it had taken
    from the Red Cross": a thing handed back goes to whom it was taken from."""
    words = argument_words()
    if verb.lemma_.lower() not in words.transfer_verbs:
        return []
    things = [t for o in _children(verb, {"dobj", "obj"}) for t in (o, *o.conjuncts)]
    return [
        m for t in things for c in _children(t, {"acl", "relcl"})
        if c.lemma_.lower() in words.taken_verbs
        for prep in _children(c, {"prep"}) if prep.lower_ == "from" and not is_origin_phrase(prep)
        for p in _pobjs(prep) for m in actors_of(p, index)
    ]  # fmt: skip


def _purpose_clauses(verb: Token) -> list[Token]:
    """ "sent troops to retake the town": an infinitive with no subject of its own, on the verb
    or, as the parser often hangs it, on the forces sent ("troops to retake")."""
    objects = _children(verb, {"dobj", "obj"})
    clauses = _children(verb, {"advcl"}) + [
        c for o in objects for c in _children(o, {"relcl", "acl"})
    ]
    return [
        c for c in clauses
        if any(a.tag_ == "TO" for a in c.children) and not _children(c, SUBJECT_DEPS)
    ]  # fmt: skip


def _listed_before(subject: Token, index: MentionIndex) -> list[ActorMention]:
    """A headline lists its joint subjects with a comma ("Ethiopia, Eritrea sign peace deal"):
    the parser hangs the first name on the verb as a modifier. It joins the subject when it opens
    the sentence and only a comma stands between it and the subject."""
    verb, doc = subject.head, subject.doc
    first = subject.left_edge
    if first.i < 2 or doc[first.i - 1].text != ",":
        return []
    for c in verb.children:
        if c.dep_ in {"npadvmod", "dep"} and c.i < first.i:
            lo, hi = c.left_edge.i, c.right_edge.i
            if lo == subject.sent.start and hi == first.i - 2:
                return actors_of(c, index)
    return []


def _main_verb_after_apposition(verb: Token) -> bool:
    """ "Kenya's president, the regional bloc's envoy, called on Ethiopia to ...": after a subject
    with an apposition set off by commas, the parser makes the subject the sentence's root and the
    real main verb a participle clause on it (`acl`, read passive: the subject became the
    target). A sentence whose root is that noun has no other main verb, so a past form right after
    the closing comma, with no "by" agent, is the active main verb (round r21, plover39, own46 tune:
    the source of "called on" was lost)."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in {"VBN", "VBD"}:
        return False
    if noun.dep_ != "ROOT" and not _coordinated_with_subjects_verb(verb):
        return False
    if noun.pos_ not in {"NOUN", "PROPN"} or not set_off(verb):
        return False
    if any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in verb.children):
        return False
    return any(
        (c.dep_ == "appos" or _set_off_participle(c)) and c.i < verb.i for c in noun.children
    )


def _coordinated_with_subjects_verb(verb: Token) -> bool:
    """ "The mayor, elected last year, called on residents to stay calm but complained that ...":
    the parser hangs the first of two joined main verbs on the subject (`acl`) and the "but" on
    the subject too; the subject's own verb follows that conjunction. The first verb is then a main
    verb of the same subject, not a participle describing it (round r25, reader29, reader_own24
    tune)."""
    noun = verb.head
    if noun.dep_ not in {"nsubj", "nsubjpass"} or noun.head.i < verb.i:
        return False
    return any(c.dep_ == "cc" and verb.i < c.i < noun.head.i for c in noun.children)


def _set_off_participle(clause: Token) -> bool:
    """ "The mayor, elected last year on a low turnout, called on ...": a past participle clause
    set off by commas after the subject stands where an apposition would, and the parser hangs the
    main verb on the subject the same way (round r25, reader29, from the reader_own24 tune miss
    whose "called on residents" lost its source)."""
    return (
        clause.dep_ == "acl"
        and clause.tag_ == "VBN"
        and set_off(clause)
    )


# The verb of the causative: "had the leaders arrested" (the causer has it done to them).
_CAUSATIVE_VERBS = frozenset({"have", "get"})
# Acts a causer has done to people; a state's "has 5,000 troops deployed in Mali" or "had its
# forces stationed there" tells where its forces are, not an act done to them.
_CAUSED_ACTS = frozenset({
    "arrest", "detain", "expel", "deport", "jail", "imprison", "execute", "kill", "shoot",
    "kidnap", "abduct", "extradite", "hang", "beat", "torture", "release", "free", "dismiss",
    "sack", "remove", "banish", "exile", "intern", "seize", "confiscate",
})  # fmt: skip
# Possessors that make the causative's object the subject's own: "had their homes destroyed" is
# suffered, not caused.
_SUFFERER_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "my"})


def _caused_patient(verb: Token) -> tuple[Token, Token] | None:
    """The object of a causative "have" whose past participle is the act, with that "have"
    ("The junta had the opposition leaders arrested"): the parser makes the object the
    participle's subject, or hangs the participle on the object as a modifier. None when the
    object is the causer's own ("Villagers had their homes destroyed": suffered) or the verb is
    no such participle (round r24, args28: the brief's leftover, where the leaders were read as
    the arrest's doers, or the arrest had no doer)."""
    # the tagger sometimes reads the participle hung on the object as a past tense ("had four
    # traders detained": VBD)
    participle = verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.dep_ == "acl")
    if not participle or verb.lemma_.lower() not in _CAUSED_ACTS or is_passive(verb):
        return None
    if any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return None
    if verb.dep_ in {"ccomp", "xcomp"}:
        have = verb.head
        patients = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
        patient = patients[0] if len(patients) == 1 else None
    elif verb.dep_ == "acl" and verb.head.dep_ in {"dobj", "obj"} and verb.head.i < verb.i:
        patient, have = verb.head, verb.head.head
    else:
        return None
    if patient is None or have.i == verb.i or have.lemma_.lower() not in _CAUSATIVE_VERBS:
        return None
    if any(c.dep_ == "poss" and c.lower_ in _SUFFERER_POSSESSIVES for c in patient.children):
        return None
    return patient, have


def _causative_arguments(
    verb: Token, patient: Token, have: Token, index: MentionIndex
) -> Arguments:
    """The causer does the act (or the "by" agent it had do it), and the object undergoes it."""
    args = Arguments()
    args.source += _agent_parties(verb, index)
    if not args.source:
        for s in _children(have, SUBJECT_DEPS):
            args.source += _possessor_of(s, index) or actors_of(s, index)
    args.target = actors_of(patient, index)
    return args


def verb_arguments(verb: Token, index: MentionIndex, depth: int = 0) -> Arguments:
    if (caused := _caused_patient(verb)) is not None:
        return _causative_arguments(verb, *caused, index)
    args = Arguments()
    main_after_apposition = _main_verb_after_apposition(verb)
    if main_after_apposition:
        args.source = actors_of(verb.head, index)
    elif (seer := no_grounds_seer(verb)) is not None:
        # "saw no reason to reopen the talks": whoever sees no grounds for the act refuses it
        # (`refusals.no_grounds_seer`); the reason noun is no party (round r27, args31)
        args.source = verb_arguments(seer, index, depth + 1).source
    elif verb.dep_ in {"relcl", "acl"}:
        _modified_noun_arguments(verb, index, args)
    # "the convoy attacked by rebels": a past participle on a noun is passive.
    misread_relative = _reduced_relative_misread_as_verb(verb)
    fronted_participle = _fronted_passive_participle(verb)
    passive = (
        is_passive(verb)
        or fronted_participle
        or (verb.dep_ == "acl" and verb.tag_ == "VBN" and not main_after_apposition)
        or _passive_conjunct(verb)
        or misread_relative
    )
    tok = verb
    # Subject: the verb's own, else the governing verb's ("agreed to provide", "... and killed").
    for _ in range(4):
        subjects = _children(tok, SUBJECT_DEPS | (set() if passive else PASSIVE_SUBJECT_DEPS))
        if passive and tok is verb:
            subjects = [] if misread_relative else _children(tok, SUBJECT_DEPS)
        subjects = _without_apposed_subject(tok, subjects)
        if not subjects and tok is verb and _hung_on_misread_participle(tok):
            subjects = _children(tok.head, {"nsubj"})  # "Relatives of those detained ... rallied"
        if not subjects and tok.tag_ == "NNS" and tok.dep_ == "ROOT" and tok.pos_ != "VERB":
            # a verb the tagger read as a plural noun ("The Government of Haiti thanks ... and
            # calls on ..."): the parser hangs its subject on it as a noun modifier, and a verb
            # joined to it shares that subject (issue 9, round r6)
            subjects = [c for c in tok.lefts if c.dep_ in {"nmod", "compound"}]
        for s in subjects:
            args.source += _listed_before(s, index)
            args.source += (
                _possessor_of(s, index)
                or _operator_of(s, index)
                or actors_of(s, index)
                or _launcher_of(s, index)
            )
            if not args.source and s.lower_ in argument_words().first_person:
                args.source += _speaker(s, index)
            if not args.source and s.lower_ in ANAPHORS:
                args.source += _antecedent(s, index)
            if not args.source and s.lower_ in ANAPHORS:
                args.anaphor = s
        if not subjects and (fronted := _fronted_subject(tok, index)):
            args.source += fronted
            break
        if not subjects and (apposed := _subject_apposed_in_fronted_clause(tok, index)):
            args.source += apposed
            break
        if not subjects and (opening := _opening_adverb_subject(tok, index)):
            args.source += opening
            break
        accused = _gerund_on_object(tok) if not subjects else None
        if accused is not None and (acting := actors_of(accused, index)):
            args.source += acting  # "accused Somali militants of kidnapping two teachers"
            break
        prep = _gerund_preposition(tok) if not subjects else None
        if prep is not None:
            governing = prep.head
            controllers = _children(governing, {"dobj", "obj"})
            if controllers and (
                prep.lower_ in CONTROL_PREPS
                or (prep.lower_ == "against" and governing.lemma_.lower() in _dissuading())
            ):
                # "accused Chile of shelling", "blamed the rebels for attacking", "warned Chile
                # against shelling": the object acts
                args.source += actors_of(controllers[0], index)
                break
            if governing.dep_ == "acl" and names_the_charge(governing, prep):
                # "three soldiers suspected of killing a farmer", "a man convicted of bombing a
                # bus": the people the charging participle describes did the act charged (stop
                # 72 lead, probes of our own: the act had no doer)
                charged = actors_of(governing.head, index)
                if charged:
                    args.source += charged
                    break
            tok = governing  # "showed its reach by carrying out attacks": the shower acts
            continue
        if not subjects and _comma_participle_on_ordered_act(tok):
            tok = tok.head.head  # "ordered the envoy to leave, accusing Paris": who ordered
            continue
        if not subjects and _participle_on_addressee(tok):
            tok = tok.head.head.head  # "written to the minister urging him": the writer
            continue
        if not subjects and _act_after_misread_hedge(tok):
            tok = tok.head  # "Gunmen thought to belong to a militia killed ...": the gunmen
            continue
        if subjects or tok.dep_ not in INHERIT_DEPS or tok.head.i == tok.i:
            break
        if tok is verb and (_passive_after_active(verb) or _passive_on_misread_relative(verb)):
            break  # the active verb's subject is acted on, not the doer (below)
        if tok is verb and _passive_clause_of_its_own(verb):
            break  # "blocked the bridge two days after a colleague was wounded": not the blockers
        if finite_conjunct_of_infinitive(tok) and tok.head.dep_ in {"ccomp", "xcomp"}:
            # "said that X can pose a threat and warned that ...": the finite verb coordinates
            # with the saying verb, whose subject acts
            tok = clause_of_conjunct(tok)
            continue
        if finite_conjunct_of_participle(tok):
            # "accused X of shelling civilians and called on ...": the tensed verb coordinates
            # with "accused", whose subject calls, not with the gerund X controls (round r8b)
            tok = clause_of_conjunct(tok)
            continue
        if stance_conjunct_of_reported_clause(tok):
            # "X denied that weapons had entered the country and demanded ...": X demands
            tok = tok.head.head
            continue
        if tok.dep_ == "xcomp" and not summons_complaint(tok):
            # Object control: "urged the EC to support", "called on Belgrade to recognise" ->
            # the EC supports, Belgrade recognises (the "on" object: lead, stop 42).
            # The controller comes before the infinitive: an object after it is a misparsed
            # apposition ("voted to freeze its membership of the CSTO, the bloc that ...", round
            # r29, plover47: own62 tune), which controls nothing.
            objs = [o for o in _children(tok.head, {"dobj"}) if o.i < tok.i]
            objs = objs or _addressed_on(tok.head)
            acting = actors_of(objs[0], index) if objs else []
            if acting:
                args.source += acting
                break
            # "used tear gas to disperse them": an object that is no party (an instrument) does
            # not act; the governing verb's subject does.
        tok = tok.head
    for prep in _children(verb, {"prep"}):
        if prep.lower_ == "between":
            parties = between_parties(prep, index)
            if not args.source:
                args.source, args.target = parties[:1], parties[1:]
            else:
                # "Egypt mediated between A and B": a third party acts on both sides.
                args.target += [p for p in parties if p not in args.source]
    for subject in _children(verb, {"nsubj"}) if not args.source else []:
        # "A wave of shelling that residents blamed on the army killed nine villagers": the party
        # a relative clause on the subject blames the act on did it (round r27, plover45)
        args.source += _blamed_in_relative(subject, index)
    for subject in _children(verb, {"nsubj"}):
        # "talks between Serbia and Kosovo broke down", "fighting between A and B resumed": the
        # subject act's two sides are the verb's (attachment round 19, own17 tune)
        for prep in _children(subject, {"prep"}):
            if prep.lower_ == "between" and not args.target:
                parties = between_parties(prep, index)
                args.target += [p for p in parties[1:] if p not in args.source]
    if passive:
        agents = _children(verb, {"agent"}) + _agents_on_complement(verb)
        for agent in (
            agents
            or (_children(verb.head, {"agent"}) if fronted_participle else [])
            or _agents_on_passive_conjuncts(verb)
            or _agents_of_passive_head(verb)
            or _agents_on_own_phrase(verb)
            or _agents_on_set_off_clause(verb)
        ):
            for p in _pobjs(agent):
                # "signed by the transport ministers of Laos and Thailand": people named by role
                # act for the parties of their "of" phrase, as a subject's do (round r34, args38);
                # not a pronoun's own ("condemned by their union": the union, not whom "their"
                # stands for; an older guard, at the merge)
                owned = bool(_pronoun_possessors(p))
                args.source += ([] if owned else _possessor_of(p, index)) or actors_of(p, index)
        acted_on = _children(verb, PASSIVE_SUBJECT_DEPS)
        if not acted_on and _passive_conjunct(verb):
            acted_on = _children(verb.head, PASSIVE_SUBJECT_DEPS)
            if not acted_on and _listed_passive(verb.head):  # the third of a listed three
                acted_on = _children(verb.head.head, PASSIVE_SUBJECT_DEPS)
        if not acted_on and fronted_participle:
            acted_on = _children(verb.head, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)
        if not acted_on and _passive_after_active(verb):
            acted_on = _children(verb.head, SUBJECT_DEPS)
        if not acted_on and _passive_on_misread_relative(verb):
            acted_on = _misread_relative_nouns(verb.head)
        if misread_relative:
            acted_on = _misread_relative_nouns(verb)
        if not acted_on:
            acted_on = _subject_of_misread_relative(verb)
        for s in acted_on:
            args.target += actors_of(s, index)
        if not args.source:
            args.source += _fire_senders(verb, agents, index)
        if not args.source:
            args.source += _operators_of_craft_used(verb, index)
        if not args.source:
            args.source += _summoned_to(verb, index)
        if not args.source:
            args.source += _state_made_to_leave(verb, index)
        if not args.source:
            # "two soldiers were killed when militants ambushed their convoy": the clause that
            # says when names who did it.
            for clause in _time_clauses(verb):
                for s in _children(clause, SUBJECT_DEPS):
                    args.source += actors_of(s, index)
                if not args.source and is_passive(clause):
                    # "... were wounded when their patrol was ambushed by CODECO rebels": the
                    # when-clause's own "by" agent (attachment round 19, own9 tune)
                    args.source += _agent_parties(clause, index)
        if not args.source:
            args.source += _harm_occasion_agents(verb, index)
        if not args.source:
            args.source += _blamed_in_clause_relative(verb, index)
        if not args.source:
            args.source += [
                m for m in _authorities_where_it_happened(verb, index) if m not in args.target
            ]
    if passive and not args.source:
        _sent_forces(verb, index, args)
    if passive and not args.source:
        _withdrawn_people(verb, index, args)
    own_forces: list[ActorMention] = []
    own_possessed: list[ActorMention] = []
    forces_sent = False  # forces among the objects, named as an actor or not ("500 soldiers")
    taken_from = _taken_from(verb, index)
    args.target += taken_from
    for obj in [] if taken_from else _children(verb, {"dobj", "obj", "dative", "iobj"}):
        destinations = transfer_destinations(obj)
        if destinations:
            # "approved the sale of fighter jets to Turkey": Turkey, not the jets; and where the
            # goods go to a capital read as a place ("to Ankara": a seat after "to" is where
            # something goes), still not the jets, which the agent list makes a military actor:
            # the place's state is read later, as for goods that are no actor (stop 39, lead)
            args.target += [m for p in destinations for m in actors_of(p, index)]
            continue
        if _helpers_sent(verb, obj, index, args.source):
            # "sent a team of thirty nurses to Nouakchott": the sender's own staff, never the
            # target; where they go is read below, as for goods that are no actor
            own_possessed += actors_of(obj, index)
            continue
        kind = _own_people(obj, index, args.source) or _people_beside_equipment(
            obj, index, args.source
        )
        if kind:
            # "recalled its ambassador to/from X", "deployed troops to X": X is the target
            args.target += [
                m for prep in _children(obj, {"prep"}) if prep.lower_ not in LOCATIVE_PREPS
                for p in _pobjs(prep) for m in actors_of(p, index) or _mission_state(p, index)
            ]  # fmt: skip
            if kind == "forces":
                # "sent 400 police officers to a security mission in Haiti": the parser hangs
                # the mission on the verb (attachment round 20, own3 tune)
                args.target += [
                    m for prep in _children(verb, {"prep"}) if prep.lower_ in {"to", "for"}
                    for p in _pobjs(prep) for m in _mission_state(p, index)
                ]  # fmt: skip
            forces_sent = forces_sent or kind == "forces"
            if kind == "forces":  # ... and when no other party is named, the forces are
                own_forces += actors_of(obj, index)
            else:  # "put its forces on alert after X ...": sent, but never the target
                own_possessed += actors_of(obj, index)
            continue
        against = _against_parties(obj, index)
        if against:
            args.target += against
            continue
        flown_to = own_service_destinations(obj, index, args.source)
        if flown_to:
            # "suspended flights of its carrier to Tehran": the state flown to, not the carrier
            args.target += [m for p in flown_to for m in actors_of(p, index)]
            continue
        makers = _goods_makers(verb, obj, index)
        args.target += (
            [m for m in actors_of(obj, index) if m not in makers]
            or _goods_destination(obj, index)
            or _object_antecedent(obj, index, args.source)
            or _owner_named_before(obj, index, args.source)
            or _owner_acted_on_by_first_verb(obj, verb, index)
        )
        args.target += _people_aboard_first_craft(obj, verb, index)
    blamed = [m for m in _blamed_on_hung_low(verb, index) if m not in args.source]
    if blamed:
        # "blamed the burning of two villages in Borno on Boko Haram": the party blamed, never
        # the people of the act blamed
        args.target = blamed
    talked_with = [m for m in _talked_with(verb, index) if m not in args.source]
    if talked_with:
        args.target = talked_with
    if not args.target:
        args.target += _returned_to(verb, index)
    if not args.target:
        args.target += _called_in_envoy(verb, index)
    if not args.target:
        # "pulled back from X", "moved away from X": the parser hangs "from" on the adverb
        adverbs = [c for c in verb.children if c.dep_ in {"advmod", "prt"}
                   and c.lower_ in argument_words().from_adverbs]  # fmt: skip
        preps = _children(verb, {"prep"}) + [p for a in adverbs for p in _children(a, {"prep"})]
        for prep in preps:
            if prep.lower_ in TARGET_PREPS or _from_is_target(verb, prep):
                if names_the_charge(verb, prep):
                    # "charged with spying for Moscow": the act charged and its parties are the
                    # charge's grounds, not the one charged (round r43, reader47: stop 62's
                    # leftover took Russia as the one charged)
                    continue
                for p in _pobjs(prep):
                    # "fired tear gas at them": "them" as for an object (`_people_named_before`)
                    people = _people_named_before(p, index, args.source) if p.lower_ == "them" else []
                    if not people and prep.lower_ in AIMED_PREPS:
                        # "fired on their houses", "shot at their cattle": the owner of a thing
                        # fired at, as of a thing seized (`_owner_named_before`; stop 61 lead,
                        # probes of our own: the attack had no target)
                        people = _owner_named_before(p, index, args.source)
                    args.target += actors_of(p, index) or people
    if not args.target:
        # "pulled out of the regional bloc ECOWAS": the body of people left is acted on, as
        # "withdrew from the bloc" reads (`left_ground.bodies_left`)
        args.target += [m for body in bodies_left(verb) for m in actors_of(body, index)]
    if not args.target:
        # "transports carrying tents for Uruguay's flooded departments landed in Salto": the party
        # the relief is for, not the town of landing (round r34, args38)
        args.target += [m for p in arrival_relief_for(verb) for m in actors_of(p, index)]
    if not args.target:
        args.target += _premises_state(verb, index)
    if not args.target:
        args.target += _stance_parties(verb, index)
    if not args.target:
        # "called for sanctions against Peru", "demanded an end to its support": the party the
        # verb's event noun is aimed at.
        for noun in _object_nouns(verb):
            against = _against_parties(noun, index)
            if against:
                args.target += against
                continue
            for prep in _children(noun, {"prep"}):
                if prep.lower_ in NOUN_TARGET_PREPS or _help_for(noun, prep, index):
                    for p in _pobjs(prep):
                        # "demanded a halt to the siege of El Fasher by the RSF": whoever does
                        # the act to be ended is aimed at, not what it is done to (attachment
                        # round 19, own8 tune)
                        args.target += _by_agents(p, index) or actors_of(p, index)
                elif prep.lower_ == "between":
                    # "hosted talks between A and B", "brokered a truce between A and B": the
                    # parties of the event the verb makes happen are whom it is done for.
                    args.target += [m for m in between_parties(prep, index) if m not in args.source]
    if not args.target and not _children(verb, {"dobj", "obj"}):
        # "condemned and rejected X's claims", "shelled and then raided X": the object of the
        # next verb of the coordination is this one's too.
        for conj in _children(verb, {"conj"}):
            if conj.pos_ == "VERB" and not _children(conj, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS):
                for obj in _children(conj, {"dobj", "obj"}):
                    args.target += actors_of(obj, index)
    if not args.target and verb.lemma_.lower() not in argument_words().denial_verbs:
        # "demanded that the US cancel ...", "called for the army to withdraw": the subject of
        # the complement clause (a denial's clause holds the denied act's parties, not its own).
        for_clauses = [
            c for c in _children(verb, {"advcl"})
            if any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
        ]  # fmt: skip
        for comp in _children(verb, {"ccomp", "xcomp"}) + for_clauses:
            if depth < MAX_COMPLEMENT_DEPTH and _own_conditional_act(verb, comp):
                # "warned that Suva would recall its envoy if ...": the clause's subject is the
                # warner's own side; the warning is aimed at whom the threatened act is
                moved = _own_side_moved(comp, index, args.source)
                args.target += [
                    m for m in verb_arguments(comp, index, depth + 1).target
                    if m not in args.source and m not in moved
                ] or _condition_parties(comp, verb, index, args.source)  # fmt: skip
                continue
            for s in _children(comp, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS):
                args.target += actors_of(s, index)
            if not args.target and comp.tag_ == "VBN":
                # "ordered the farms' crops seized and forty Ethiopian labourers deported": the
                # first participle's subject names no party, the one joined after it does (stop
                # 67, args51: own99 tune; the order had no target)
                args.target += [
                    m for c in _children(comp, {"conj"}) if c.tag_ in {"VBN", "VBD"}
                    for s in _children(c, {"nsubj", "nsubjpass"}) for m in actors_of(s, index)
                ]  # fmt: skip
    if not args.target and depth < MAX_COMPLEMENT_DEPTH:
        # "threatened to break relations with Russia", "agreed to provide aid to Liberia": the
        # party the promised or refused act is aimed at is the target of the framing verb too.
        for comp in _children(verb, {"xcomp"}):
            if not _children(comp, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS):
                args.target += verb_arguments(comp, index, depth + 1).target
    if not args.target and verb in _time_clauses(verb.head) and is_passive(verb.head):
        # ... and whom the when-clause's act hit is the passive clause's subject.
        for s in _children(verb.head, PASSIVE_SUBJECT_DEPS):
            args.target += actors_of(s, index)
    if not args.target:
        # "cut gas supplies, leaving Moldova scrambling": whom the act left in a state
        for clause in _children(verb, {"advcl", "conj"}):
            args.target += [m for m in left_in_state(clause, index) if m not in args.source]
    if (
        not args.target
        and (own_forces or own_possessed)
        and not _moved_out_of(verb)
        and verb.lemma_.lower() not in argument_words().dismissal_verbs
    ):
        # "Taiwan scrambled jets after Chinese warplanes entered its air zone": moving one's own
        # forces answers the act that came before it; so does moving forces or envoys named as
        # its own ("put its forces on high alert after ...": attachment round 19, own18 tune)
        args.target = [
            m for c in _children(verb, {"advcl"}) if any(
                k.dep_ == "mark" and k.lower_ in argument_words().response_marks
                for k in c.children)
            for s in _children(c, SUBJECT_DEPS) for m in actors_of(s, index)
            if m not in args.source and m not in own_forces and m not in own_possessed
        ]  # fmt: skip
    if not args.target and own_forces:
        # "massed troops near its border with Cambodia": one's own forces sent to a border are
        # aimed at the state across it
        args.target = border_states(verb, index, args.source)
    if not args.target and own_forces:
        # "called up reservists after border clashes with X": the other side of the contest
        # (attachment round 21)
        args.target = contest_partners(verb, index, args.source)
    if not args.target and forces_sent:
        # "sent troops to the border, where rebels had attacked a post": one's own forces sent to
        # a place are aimed at the party a "where" clause on it says acts there (round r32,
        # plover50, the brief's leftover of round r31)
        args.target = [
            m for m in _where_clause_doers(verb, index)
            if m not in args.source and m not in own_forces
        ]  # fmt: skip
    if not args.target and own_forces and depth < MAX_COMPLEMENT_DEPTH:
        # "deployed two battalions to drive the rebels out of X": whom one's own forces are
        # sent against is the purpose clause's target
        args.target = [
            m for c in _purpose_clauses(verb)
            for m in verb_arguments(c, index, depth + 1).target
            if m not in args.source and m not in own_forces
        ]  # fmt: skip
    if not args.target and not own_forces and depth < MAX_COMPLEMENT_DEPTH:
        # "flew to Abuja to discuss the dispute with Nigerian officials": with no party of its
        # own, an act is aimed at whom its purpose clause's act is (attachment round 19, own13
        # tune)
        args.target = [
            m for c in _purpose_clauses(verb)
            for m in verb_arguments(c, index, depth + 1).target
            if m not in args.source
        ]  # fmt: skip
    if not args.target and not own_forces and not depth:
        # "approved a law recognising the opposition's victories", "launched an offensive
        # targeting the rebels": a participle on the object says whom the act is aimed at
        # (attachment round 19, PLOVER tune main misses). Not a document's: "adopted a
        # resolution demanding ..." reports the demand (`_document_author`).
        args.target = [
            m for o in _children(verb, {"dobj", "obj"})
            if o.lemma_.lower() not in argument_words().speech_document_nouns
            for c in _children(o, {"acl"}) if c.tag_ == "VBG"
            for m in verb_arguments(c, index, depth + 1).target
            if m not in args.source
        ]  # fmt: skip
    if not args.target:
        args.target = own_forces  # "Pakistani troops killed soldiers": no other party named
    if not args.target and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        # "told NATO counterparts ..., pressing for more air defence": whom it was said to
        args.target = [m for m in _addressees(verb.head, index) if m not in args.source]
    _recipients(verb, index, args)
    _receiving(verb, index, args)
    return _dedupe(args)


def warned_addressees(
    verb: Token, index: MentionIndex, source: list[ActorMention]
) -> list[ActorMention]:
    """ "Iran's foreign minister told the IAEA chief that Tehran would curb inspections if ...",
    "told the Chinese ambassador that Manila will expel ...": an act told as one the teller's side
    will or would do, naming no party it acts on, is aimed at whom it is told to, a party other
    than the teller's own state (not the press, `_addressees`; not "told parliament"). The last
    resort: a threat's condition ("... if Kosovo kept its police in the north") names whom it is
    aimed at first. Attachment round 23 (own9 tune)."""
    teller = verb.head
    if verb.dep_ != "ccomp" or teller.pos_ not in {"VERB", "AUX"}:
        return []
    if not has_future_aux(verb):
        return []
    if condition_parties(verb, index):
        return []  # "... would leave the talks if Azerbaijan kept ...": aimed at the condition
    own = {m.country for m in source if m.country}
    return [
        m for m in _addressees(teller, index)
        if m not in source and (m.country is None or m.country not in own)
    ]  # fmt: skip


def _goods_makers(verb: Token, obj: Token, index: MentionIndex) -> list[ActorMention]:
    """The names of makes on goods sent or handed over: "four Canadair water bombers" (a name
    compounded on a common noun), "two Canadairs" (a counted name). What is sent is no party;
    its recipient ("to Portugal") is the target (round r18, fuse17, from fusion_own12 tune: the
    maker read as the target kept one dispatch apart from another report's)."""
    if verb.lemma_.lower() not in argument_words().goods_sending_verbs:
        return []
    if obj.pos_ == "NOUN":
        names = [c for c in obj.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    elif obj.pos_ == "PROPN" and any(c.dep_ == "nummod" for c in obj.children):
        names = [obj]
    else:
        names = []
    found = [m for t in names if (m := index.at(t)) is not None]
    # a counted name is a make only when it is no known party ("sent two Britons" sends people)
    return [m for m in found if obj.pos_ == "NOUN" or m.actor_id.startswith("new:")]


def _sent_forces(verb: Token, index: MentionIndex, args: Arguments) -> None:
    """ "Kenyan police officers were deployed to Haiti", "Armenian units were moved closer to the
    line of contact with X": a state's forces or police sent, with no one named as sending them,
    are their state's act, aimed where they are sent (attachment round 21, own and own10 tune)."""
    words = argument_words()
    if verb.lemma_.lower() not in words.sending_verbs:
        return
    # "Armenian units were moved": a state named on a noun of forces (`force_nouns`) is the
    # state's forces, though the actors stage reads no sector for it (attachment round 22)
    sent = [
        m for s in _children(verb, PASSIVE_SUBJECT_DEPS) for m in actors_of(s, index)
        if m.country and (m.sector in words.sent_force_sectors
                          or (m.sector is None and s.lemma_.lower() in words.force_nouns))
    ]  # fmt: skip
    if not sent:
        return
    args.source = sent
    args.target = [
        m for prep in _children(verb, {"prep"}) if prep.lower_ in words.sent_to_preps
        for p in _pobjs(prep) for m in actors_of(p, index) or _mission_state(p, index)
        if m.country not in {s.country for s in sent}
    ] or border_states(verb, index, sent)  # fmt: skip


def _withdrawn_people(verb: Token, index: MentionIndex, args: Arguments) -> None:
    """ "Thirty German diplomats were evacuated from Sudan", "Eighty UN peacekeepers were shipped
    out of the enclave of Gorazde": a state's or a world body's own people withdrawn, with no one
    named as withdrawing them, are their own side's act, aimed at the state of the place they
    leave, which must name one (round r13, args17: the place had been read as the source and the people as the
    target)."""
    words = argument_words()
    if verb.lemma_.lower() not in words.withdrawing_verbs or _children(verb, {"agent"}):
        return
    movers = [
        m for s in _children(verb, PASSIVE_SUBJECT_DEPS) for m in actors_of(s, index)
        if (m.country or m.sector == "IGO")
        and (m.sector in words.sent_force_sectors
             or singular(s.lemma_.lower()) in words.withdrawn_people_nouns)
    ]  # fmt: skip
    if not movers:
        return
    theirs = {m.country for m in movers}
    places = [
        p for prep in _children(verb, {"prep", "prt"}) if prep.lower_ in words.withdrawn_from_preps
        for p in (_pobjs(prep) if prep.lower_ == "from" else
                  [q for of in _children(prep, {"prep"}) if of.lower_ == "of" for q in _pobjs(of)])
    ]  # fmt: skip
    left = [
        m for p in places for m in actors_of(p, index) or _mission_state(p, index)
        if m.country and m.country not in theirs
    ]  # fmt: skip
    if left:  # "two soldiers were pulled from the rubble" leaves no state: not a withdrawal
        args.source, args.target = movers, left
    elif verb.lemma_.lower() in RECALLING_VERBS:
        args.source, args.target = movers, _recalled_from(verb, index, theirs)


# Verbs that always bring one's own people home: "Morocco's ambassador to Madrid has been recalled
# to Rabat" is Morocco's act (a recall) with no "from" place, aimed at the state the envoy served
# in; the passive had no source, as "to Rabat" names home (round r29, reader33, from a
# reader_own28 tune miss).
RECALLING_VERBS = frozenset({"recall"})


def _recalled_from(verb: Token, index: MentionIndex, theirs: set[str | None]) -> list[ActorMention]:
    """The state a recalled envoy served in: the envoy's own "to" phrase ("ambassador to Madrid"),
    else any other state's party the passive already had; never the envoy's own state."""
    hosts = [
        m for s in _children(verb, PASSIVE_SUBJECT_DEPS) for prep in _children(s, {"prep"})
        if prep.lower_ == "to" for p in _pobjs(prep) for m in actors_of(p, index)
    ]  # fmt: skip
    return [m for m in hosts if m.country and m.country not in theirs]


def cited_threats(
    verb: Token, index: MentionIndex, source: list[ActorMention]
) -> list[ActorMention]:
    """ "Norway called up 3,000 reservists and moved two frigates north, citing a build-up of
    Russian troops near Kirkenes", "put its army on alert, citing Belarusian military activity":
    a mobilisation whose only party acted on is the people it raises is aimed at the state of
    the threat a trailing participle of `citing_verbs` names as its reason (the participle may
    hang on a verb coordinated with the mobilising one). Another state than the mobiliser's
    own. Attachment round 23 (own13 tune). The caller checks the type and the people raised."""
    words = argument_words()
    verbs = [verb, *_children(verb, {"conj"})]
    if verb.dep_ == "conj":
        verbs.append(verb.head)
    own = {m.country for m in source if m.country}
    # "called up reservists and sent 10,000 soldiers to its border with Belarus, citing ...": a
    # coordinated move of forces that names the state it faces gives the mobilisation's aim first
    faced = [
        m for v in verbs[1:] for m in verb_arguments(v, index).target + border_states(v, index, source)
        if m not in source and m.country and m.country not in own
    ]  # fmt: skip
    if faced:
        return faced
    return [
        m for v in [*verbs, *_reporting_verb(verbs[-1] if verb.dep_ == "conj" else verb)]
        for c in _children(v, {"advcl"})
        if c.lemma_.lower() in words.citing_verbs
        for o in _children(c, {"dobj", "obj"})
        # "a surge in Russian naval drills": the "in" of a change is what changed, no place
        for h in [o, *(x for p in _children(o, {"prep"}) if p.lower_ == "in" for x in _pobjs(p))]
        for m in actors_of(h, index)
        if m not in source and m.country and m.country not in own
    ]  # fmt: skip


# Words that put a move of forces before the fight it readies: "sent troops into Shan state ahead
# of an offensive against the TNLA", "massed troops before an assault on the rebels' last town".
READYING_PREPS = frozenset({"ahead", "before", "for"})


def own_ground_only(target: list[ActorMention], source: list[ActorMention]) -> bool:
    """Targets that are only places of the mover's own state ("into Kayin state"): where forces
    go at home, no party the move is aimed at (round r25, args29: own55 tune)."""
    own = {m.country for m in source if m.country}
    return bool(target) and bool(own) and all(m.country in own and not m.sector for m in target)


def readied_fight_enemies(
    verb: Token, index: MentionIndex, source: list[ActorMention]
) -> list[ActorMention]:
    """ "sent 800 troops into Shan state ahead of an offensive against the TNLA": a move of forces
    told as readying a fight ("ahead of", "before", "for") is aimed at whom the fight is
    "against" (round r25, args29: own55 tune took the region the troops went to)."""
    nouns = [
        x for c in _children(verb, {"prep", "advmod"}) if c.lower_ in READYING_PREPS
        for x in _pobjs(c) + [y for p in _children(c, {"prep"}) if p.lower_ == "of" for y in _pobjs(p)]
    ]  # fmt: skip
    own = {m.country for m in source if m.country}
    return [
        m for n in nouns for p in _children(n, {"prep"}) if p.lower_ == "against"
        for x in _pobjs(p) for m in actors_of(x, index)
        if m not in source and (m.country is None or m.country not in own or m.sector)
    ]  # fmt: skip


def _reporting_verb(verb: Token) -> list[Token]:
    """The verb of saying `verb`'s clause is reported by ("X put its army on alert, the ministry
    said, citing Y": the parser hangs the citing participle on "said", whose complement the
    mobilisation is); the reason the report cites is the act's. Round r23 (plover41), own50 tune:
    a mobilisation's target fell to the battalions it raised."""
    saying = argument_words().saying_verbs
    # the parser gives the report as the act's head (the act its complement) or, with the act
    # first, as a parataxis child of the act
    reports = [verb.head] if verb.dep_ == "ccomp" else []
    reports += _children(verb, {"parataxis"})
    return [r for r in reports if r.lemma_.lower() in saying]


def purpose_enemies(
    verb: Token, index: MentionIndex, source: list[ActorMention]
) -> list[ActorMention]:
    """ "ordered the conscription of 5,000 young men to fight X", "called up reservists to defend
    the border against X": a mobilisation whose only party acted on is the people it raises (no
    state of their own) is aimed at the party its purpose clause fights (`purpose_fight_verbs`),
    the clause's object or its "against" party (attachment round 22, the brief's leftover of
    round 21). The caller checks the type and the people raised."""
    fights = argument_words().purpose_fight_verbs
    clauses = _purpose_clauses(verb) + [
        c for c in _children(verb, {"xcomp"})
        if any(a.tag_ == "TO" for a in c.children) and not _children(c, SUBJECT_DEPS)
    ]  # fmt: skip
    heads = [
        h for c in clauses if c.lemma_.lower() in fights
        for o in [c, *_children(c, {"dobj", "obj"})]
        for h in ([o] if o is not c else []) + [
            x for p in _children(o, {"prep"}) if p.lower_ == "against" for x in _pobjs(p)
        ]
    ]  # fmt: skip
    # a named group of no state is an enemy too ("to fight the Islamic State"; round r11b), a
    # generic one only with a state ("to fight militants" names no party)
    return [
        m for h in heads for m in actors_of(h, index)
        if m not in source and (m.country or not m.how.startswith("generic"))
    ]  # fmt: skip


def handed_over_to(
    verb: Token, index: MentionIndex, source: list[ActorMention]
) -> list[ActorMention]:
    """ "withdrew from a camp near Dhobley, handing it over to the Somali army", "pulled out of the
    base and turned it over to X": a retreat with no party acted on is aimed at whom what it left
    is handed to, the "to" party of a trailing participle or a coordinated verb (no subject of
    its own) of `transfer_verbs` that takes an object ("and returned to the capital" hands over
    nothing). The caller checks the type (`handover_types`; round r11b)."""
    words = argument_words()
    handing = [
        c for c in verb.children
        if c.lemma_.lower() in words.transfer_verbs
        and (c.dep_ == "conj" and not _children(c, SUBJECT_DEPS) or c.dep_ == "advcl" and c.tag_ == "VBG")
        and _children(c, {"dobj", "obj"})
    ]  # fmt: skip
    return [
        m for c in handing for p in _children(c, {"prep"}) if p.lower_ == "to"
        for o in _pobjs(p) for m in actors_of(o, index) if m not in source
    ]  # fmt: skip


def only_people_raised(target: list[ActorMention], source: list[ActorMention]) -> bool:
    """ "conscripted 4,000 young men", "called up reservists": targets that are only generic
    people of no state of their own (none, or the source's by the context guess or by where they
    are raised: "5,000 young men in Rakhine state" for Myanmar's junta; round r11b), the ones a
    mobilisation raises, not a party it is aimed at."""
    own = {m.country for m in source}
    return bool(target) and all(
        m.how.startswith("generic") and (m.country is None or m.country in own) for m in target
    )


def own_forces_only(target: list[ActorMention], source: list[ActorMention]) -> bool:
    """ "raised the combat readiness of its forces", "placed its navy on alert": targets that
    are only the source state's own forces named generically (a sector of its country), the ones
    a mobilisation readies, not a party it is aimed at (round r24, args28)."""
    own = {m.country for m in source if m.country}
    return bool(target) and bool(own) and all(
        m.how.startswith("generic") and m.country in own and m.sector in FORCE_SECTORS
        for m in target
    )


def readied_passive_subject(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """ "Nigeria's navy was placed on alert after pirates hijacked a tanker": the subject of a
    passive readying with no "by" agent is the party readied, which acts (its state readies
    it); the "after" clause's doer, read as the source as for a harm ("were killed when militants
    ambushed ..."), is whom the readiness answers (round r24, args28: the brief's leftover).
    Empty when the verb is not such a passive, and for forces of no state ("Extra battalions
    were moved to the frontier, Azerbaijan's defence ministry said"): who readied them stays
    the named teller (`teller_of_agentless_passive`)."""
    if not is_passive(verb) or _children(verb, {"agent"}):
        return []
    return [
        m for s in _children(verb, {"nsubjpass"})
        for m in _possessor_of(s, index) or actors_of(s, index)
        if m.country
    ]  # fmt: skip


def proposed_deployment(
    verb: Token, index: MentionIndex, source: list[ActorMention]
) -> list[ActorMention]:
    """ "rejected a call for its troops to be deployed in Libya", "backed a request for its ships
    to be sent to Georgia": a stance on a proposal (`proposal_nouns`) whose clause sends the
    speaker's forces (a passive of `sending_verbs`) is aimed at where they would go, the "in" or
    `sent_to_preps` party or a mission's state (attachment round 22, PLOVER tune)."""
    words = argument_words()
    clauses = [
        c for o in _children(verb, {"dobj", "obj"}) if o.lemma_.lower() in words.proposal_nouns
        for c in _children(o, {"advcl", "acl", "relcl"})
        if c.lemma_.lower() in words.sending_verbs and _children(c, PASSIVE_SUBJECT_DEPS)
    ]  # fmt: skip
    to = words.sent_to_preps | {"in"}
    return [
        m for c in clauses for prep in _children(c, {"prep", "dative"}) if prep.lower_ in to
        for p in _pobjs(prep) for m in actors_of(p, index) or _mission_state(p, index)
        if m not in source
    ]  # fmt: skip


def only_places_left(target: list[ActorMention], source: list[ActorMention]) -> bool:
    """ "withdrew its boats from Luconia Shoals", "pulled out of a town" of its own country: the
    targets are only places the act left that belong to no other state (a name the actors stage
    found no country for, or a place of the source's own state)."""
    own = {m.country for m in source}
    return bool(target) and all(
        m.how in {"ner", "place"} and (m.country is None or m.country in own) for m in target
    )


def harmed_by_participle(
    verb: Token, index: MentionIndex, source: list[ActorMention]
) -> list[ActorMention]:
    """ "Gunmen attacked a convoy carrying ballot boxes, wounding three election officials": an
    act that hit no party or place of its own is aimed at whom its trailing participle of harm
    (`harm_participles`) hit (attachment round 21, own10 and own22 tune)."""
    harm = argument_words().harm_participles
    return [
        m for c in _children(verb, {"advcl"}) if c.tag_ == "VBG" and c.lemma_.lower() in harm
        for o in _children(c, {"dobj", "obj"}) for m in actors_of(o, index) if m not in source
    ]  # fmt: skip


# Verbs of taking or keeping people in custody whose "by" agent, on the people a passive release
# names, is who held them ("Two traders held by Indian border police were released", "fishermen
# who had been seized by a navy patrol were freed"): the holder lets them go (round r29,
# plover47, the brief's leftover; "keep" and "intern" from round r30's `holding_verbs`, args34).
# The states of custody are `person_objects.CUSTODY_PARTICIPLES` (round r31's "@held" slot reads
# the same words); the acts of taking people are added here.
CUSTODY_VERBS = CUSTODY_PARTICIPLES | {"seize", "capture", "kidnap", "abduct", "arrest"}


def holders_of_released(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """The "by" agent of a custody verb on a passive release's or hand-over's subject ("Five
    sailors detained by the coast guard were freed", "Two men wanted in Lima, held by Bolivian
    police, were handed over"): the doer, where the sentence names no other."""
    if _children(verb, {"agent"}):
        return []
    released = _children(verb, PASSIVE_SUBJECT_DEPS)
    clauses = [c for person in released for c in _children(person, {"acl", "relcl"})]
    # a second participle set off after the first ("Two men wanted in Lima, held by Bolivian
    # police since May, ...": the parser hangs "held" on "wanted")
    clauses += [
        g for c in list(clauses) for g in _children(c, {"advcl", "conj"}) if g.tag_ == "VBN"
    ]
    # ... or a custody participle fronted before the subject ("Held by rebels since their capture
    # in May, two engineers were released": round r32, args36)
    clauses += fronted_participles(verb)
    return [
        m for clause in clauses
        if clause.lemma_.lower() in CUSTODY_VERBS for m in _agent_parties(clause, index)
    ]  # fmt: skip


def joint_act_on_stateless(
    cooperative: bool, source: list[ActorMention], target: list[ActorMention]
) -> bool:
    """ "Moroccan and Spanish coastguards jointly rescued 60 migrants", "A and B agreed to revise
    the tariff annex of the Itaipu treaty": a cooperative act of several parties done together,
    on people or things that belong to no state, is the parties' act with each other; its
    objects are what they work on, as a topic is (attachment round 20, own7/own9/own10/own20
    tune). Only a cooperative act: "A and B jointly arrested 12 smugglers" stays aimed at the
    smugglers."""
    return (
        cooperative
        and len(source) > 1
        and bool(target)
        and all(m.country is None and m not in source for m in target)
    )


def _state_of_role_teller(
    teller: ActorMention, verb: Token, mentions: list[ActorMention]
) -> list[ActorMention]:
    """ "A senior police officer in Sri Lanka's Northern Province said ...", "an army officer in
    Jordan's northern command said ...": a role-only teller with no country of its own speaks for
    the state its "in" phrase names (that phrase's noun, or its owner); [] when none is named.
    Round r27, args31 (own59 tune: the place of the arrest, misread as a Dutch city, was the
    source)."""
    span = verb.doc.char_span(teller.start, teller.end, alignment_mode="expand")
    if span is None:
        return []
    nouns = [p for b in span.root.children if b.dep_ == "prep" and b.lower_ == "in" for p in _pobjs(b)]
    named = [t for p in nouns for t in (p, *p.children) if t is p or t.dep_ in {"poss", "compound"}]
    states = [m for t in named for m in mentions if m.start <= t.idx < m.end and m.is_state_or_sector]
    return states[:1]


def teller_of_agentless_passive(
    verb: Token,
    plover_type: str,
    tellers: list[ActorMention],
    target: list[ActorMention],
    mentions: list[ActorMention] | None = None,
) -> list[ActorMention]:
    """The authority that tells of an act of state power done in the passive with no "by" agent
    ("a ship was seized in the Strait of Hormuz, Iran's Revolutionary Guards said"): it did the
    act (`told_passive_types`, `told_passive_sectors` in `arguments.yaml`); a generic teller
    ("police said") names no one, and the state of those it was done to tells of its own."""
    words = argument_words()
    passive = is_passive(verb) or _reduced_relative_misread_as_verb(verb)
    if plover_type not in words.told_passive_types or not passive:
        return []
    if _children(verb, {"agent"}):
        return []
    # a named authority only: "police said" names no one (a generic party, as `extract._named`
    # reads it), and the place's state stays the better guess there; and not the state of those
    # it was done to ("two Thai fishermen were detained, Thailand's foreign ministry said" tells
    # of its own nationals)
    acted_on = {m.country for m in target if m.country}
    named = [
        m for m in tellers
        if m.sector in words.told_passive_sectors and not m.how.startswith("generic")
        and m.country not in acted_on
    ]  # fmt: skip
    if named or mentions is None:
        return named
    # a role-only teller placed in a state ("a police officer in Sri Lanka's Northern Province"):
    # the teller itself where the actors stage gave it that state's country (its police acted,
    # not the bare state: round r28, args32, the brief's leftover), else the state
    placed = [
        m if m.country == state.country else state for m in tellers
        if m.sector in words.told_passive_sectors and m.how.startswith("generic")
        for state in _state_of_role_teller(m, verb, mentions)
        if not m.country or m.country == state.country
    ]  # fmt: skip
    return [m for m in placed if m.country not in acted_on]


def _summoned_to(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """ "The ambassador was summoned to the Indian foreign ministry", "was called in to the
    Foreign Office": whoever one is summoned to summons (a passive with no "by" agent;
    attachment round 19, own21 tune). The "to" may hang on the particle ("called in to")."""
    if verb.lemma_.lower() not in argument_words().summoning_verbs:
        return []
    heads = [verb, *(c for c in verb.children if c.dep_ == "prt")]
    return [
        m for h in heads for prep in _children(h, {"prep"}) if prep.lower_ == "to"
        for p in _pobjs(prep) for m in actors_of(p, index)
    ]  # fmt: skip


def _stance_parties(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """ "blocked roads in protest against the government's land law", "expelled the envoy in
    response to Russia's strikes": the party an act answers or opposes, named in an "in protest
    at/against/over X" phrase (an "in" phrase, otherwise a place, is never searched)."""
    words = argument_words()
    out: list[ActorMention] = []
    for prep in _children(verb, {"prep"}):
        if prep.lower_ != "in":
            continue
        for noun in _pobjs(prep):
            if noun.lemma_.lower() not in words.stance_nouns:
                continue
            for inner in _children(noun, {"prep"}):
                if inner.lower_ in words.stance_preps:
                    heads = [h for p in _pobjs(inner) for h in _named_act(p)]
                    out += [m for h in heads for m in actors_of(h, index)]
    return out


def _named_act(clause: Token) -> list[Token]:
    """ "what its foreign ministry called Qatari meddling", "what he described as Lebanese
    indulgence": a free relative of a naming hedge (`naming_hedges`) stands for the act it names,
    not for its namer; any other phrase stands for itself."""
    named = (
        clause.dep_ == "pcomp"
        and clause.lemma_.lower() in argument_words().naming_hedges
        and any(c.tag_ == "WP" and c.lower_ == "what" for c in clause.children)
    )
    if not named:
        return [clause]
    acts = [c for c in clause.children if c.dep_ in {"oprd", "dobj"} and c.tag_ != "WP"]
    acts += [o for p in _children(clause, {"prep"}) if p.lower_ == "as" for o in _pobjs(p)]
    return acts


def protest_stance_agents(
    verb: Token, index: MentionIndex, source: list[ActorMention]
) -> list[ActorMention]:
    """ "fishermen blocked the harbour at Tema in protest at incursions by Chinese trawlers",
    "traders shut the market in protest over what they called harassment by customs officers":
    a protest whose parties acted on are only the places it blocks or fills is aimed at what its
    "in protest at/against/over X" phrase names, a party or the "by" agent of the act X (round r23,
    plover41: own50 tune, the harbour's place was the protest's target). The stance preposition
    may hang on the verb right after the noun, and X may be the complement of a hedging "what
    they called". The caller checks the type and the places."""
    words = argument_words()
    found: list[ActorMention] = []
    for prep in _children(verb, {"prep"}):
        if prep.lower_ != "in":
            continue
        for noun in (n for n in _pobjs(prep) if n.lemma_.lower() in words.stance_nouns):
            stances = [p for p in _children(noun, {"prep"}) if p.lower_ in words.stance_preps]
            stances += [p for p in _children(verb, {"prep"}) if p.i == noun.i + 1
                        and p.lower_ in words.stance_preps]  # fmt: skip
            for stance in stances:
                acts = _pobjs(stance) + [o for c in _children(stance, {"pcomp"})
                                         for o in _children(c, {"oprd", "dobj"})
                                         if o.pos_ != "PRON"]  # fmt: skip
                for act in acts:
                    # the parser may hang the act's "by" on the stance noun ("in protest at land
                    # seizures by the police"): one after the act is still the act's agent
                    bys = _children(act, {"prep", "agent"}) + [
                        b for b in _children(noun, {"prep", "agent"}) if b.i > act.i
                    ]
                    agents = [a for by in bys if by.lower_ == "by" for a in _pobjs(by)]
                    found += [m for a in [act, *agents] for m in actors_of(a, index)]
    # the act and its "by" agent may both lead to the agent's one mention
    spans = {(m.start, m.end): m for m in found if m not in source}
    return list(spans.values())


def _premises_state(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """ "protested outside the Chinese embassy", "rallied in front of the US consulate": the state
    whose premises the act is done at (a place phrase, otherwise never searched for parties)."""
    premises = argument_words().diplomatic_premises
    out: list[ActorMention] = []
    for prep in _children(verb, {"prep"}):
        for p in _pobjs(prep):
            if p.lemma_.lower() == "front":  # "in front of the embassy"
                p = next((o for of in _children(p, {"prep"}) if of.lower_ == "of"
                          for o in _pobjs(of)), p)  # fmt: skip
            if _head_and_modified_forms(p) & premises:
                out += [m for m in actors_of(p, index) if m.country]
    return out


def _recipients(verb: Token, index: MentionIndex, args: Arguments) -> None:
    """ "handed three suspects over to Uzbekistan": the party the handed people or things go to
    is a target too (the pair an event coder gives is the two states), after the object."""
    if verb.lemma_.lower() not in argument_words().transfer_verbs:
        return
    heads = [verb, *_children(verb, {"dobj", "obj"})]
    for prep in (p for h in heads for p in _children(h, {"prep"}) if p.lower_ == "to"):
        for p in _pobjs(prep):
            args.target += [m for m in actors_of(p, index) if m not in args.source]


# Subordinators of a clause that says when the main clause's act happened.
_TIME_MARKS = {"when", "as", "after"}


def _time_clauses(verb: Token) -> list[Token]:
    return [
        c for c in _children(verb, {"advcl"})
        if any(m.dep_ in {"mark", "advmod"} and m.lower_ in _TIME_MARKS for m in c.children)
    ]  # fmt: skip


def _possessor_of(subject: Token, index: MentionIndex) -> list[ActorMention]:
    """ "The ministry said its officers had broken up the rally", "the minister said his
    country would veto it": a subject that is a pronoun's own people or country, naming no actor
    of its own (or only a generic one), is the actor the pronoun stands for. "Negotiators for the
    government and the rebels signed", "police from Thailand and Cambodia worked together":
    people named only by their role act for the parties their "for/from/of" phrase names (the
    actors stage gives such a phrase the first party's country only)."""
    m = index.at(subject)
    if m is not None and not m.how.startswith("generic"):
        return []
    if m is None and subject.pos_ != "NOUN":
        return []
    if m is not None and names_related_states(subject):
        # "the neighbours of Mali", "its allies": states other than the one named after them
        # (lead, stop 65; `generic._related_states_owner`)
        return []
    if m is None or m.country is None:
        for c in subject.children:
            if c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS:
                return _antecedent(c, index)
    if m is not None and m.country_from_context:
        # "The Peruvian Ministry of Defence said its troops had withdrawn from posts near the
        # border with Ecuador": the possessor's country, not the context's guess; where the guess
        # agrees with the possessor the forces stay the actor ("Kampala denied that its soldiers
        # had looted ..."; attachment round 22, the brief's leftover of round 21)
        for c in subject.children:
            if c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS:
                found = _antecedent(c, index)
                owners = [a for a in found if a.country]
                if owners and m.country not in {a.country for a in owners}:
                    return owners
                # "The MNLA, a separatist movement in northern Mali, said its fighters had
                # seized ...": an armed group's own members act for the group, named, whatever
                # country the context guessed; only a state's forces stay the actor (round r15,
                # args19: own35 tune)
                groups = [a for a in found if a.sector in _NAMED_GROUP_SECTORS
                          and not a.how.startswith("generic")]  # fmt: skip
                if groups and m.sector in _NAMED_GROUP_SECTORS | {"CVL"}:
                    return groups
    parties = [
        a for prep in _children(subject, {"prep"}) if prep.lower_ in {"for", "from", "of"}
        for p in _pobjs(prep) for q in (p, *p.conjuncts) for a in actors_of(q, index)
        if not a.how.startswith("generic")
    ]  # fmt: skip
    if m is None:  # "the border commissions of Armenia and Azerbaijan met": both parties act
        return parties if len(parties) > 1 else []
    return parties if m.country is None or len(parties) > 1 else []


# Sectors of named non-state armed groups, whose own "fighters" or "men" act in their name.
_NAMED_GROUP_SECTORS = {"REB", "TER", "INS"}
# Possessive determiners: "its troops", "their envoy" are the possessor's own people.
_POSSESSIVE_PRONOUNS = {"its", "their", "his", "her", "our", "my"}


def _pronoun_possessors(noun: Token) -> list[Token]:
    """The possessive pronouns on a noun ("its carrier", "their union"), in order."""
    return [c for c in noun.children if c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS]


# A state's own forces and officials, as the generic actors stage names them by sector; also the
# standing authority a "where" clause on an act's place may name (`_authorities_where_it_happened`):
# forces, police, spies and officials, not people who live or work there.
_OWN_PEOPLE_SECTORS = {"MIL", "COP", "GOV", "INT"}


def _person_pronoun_of_a_body(possessor: Token, source: list[ActorMention]) -> bool:
    """ "police in Managua had detained his relatives", "security agents arrested his wife and
    daughter": a "his"/"her" names one person, so where every doer is a body named by its role
    (police, agents, soldiers: a generic actor), the people it owns are someone else's kin, acted
    on, not the doers' own people (round r34, plover52, the brief's leftover: the relatives held
    had been dropped as the doers' own and the arrest had no target). A named person or one
    named by a title ("the president sacked his chief of staff") keeps them as its own."""
    return possessor.lower_ in PERSON_POSSESSIVES and all(
        m.how.startswith("generic") for m in source
    )


def _own_people(obj: Token, index: MentionIndex, source: list[ActorMention]) -> str | None:
    """Whether a generic actor object is the subject's own people rather than a party acted on:
    "possessed" ("its troops", "its ambassador"), or "forces", a state's forces or officials with
    no country of their own when a state acts ("Britain mobilized army reservists for a war
    against Iraq", "Russia deployed troops to its border with Finland")."""
    m = index.at(obj)
    if m is None or not m.how.startswith("generic") or not source:
        return None
    possessors = _pronoun_possessors(obj)
    if possessors and not _person_pronoun_of_a_body(possessors[0], source):
        return "possessed"
    countries = {a.country for a in source}
    # an alliance's or a world body's forces are its own too ("NATO put fighter jets on alert")
    stateless_body = all(a.sector == "IGO" for a in source)
    if (
        m.sector in _OWN_PEOPLE_SECTORS
        # "warned Kurdish authorities": a phrase naming an origin of its own is no one's forces
        and m.how != ORIGIN_NAMED
        and (None not in countries or stateless_body)
        and (m.country is None or (m.country_from_context and countries == {m.country}))
    ):
        return "forces"
    return None


def _helpers_sent(verb: Token, obj: Token, index: MentionIndex, source: list[ActorMention]) -> bool:
    """Whether a sending verb's object is people sent to help, watch or advise (doctors, nurses,
    engineers, rescuers, "a team of thirty nurses": `deployed_arrivals.yaml` helping_bodies) who
    are a state's own: they go where the sending is aimed and are not acted on (round r39, args43,
    own83 tune: "sent a team of forty doctors to Mandalay" had the doctors as its target). People
    whose phrase names a country of its own ("Malian engineers") are left to the other readings."""
    words = argument_words()
    if verb.lemma_.lower() not in words.goods_sending_verbs | words.sending_verbs:
        return False
    countries = {a.country for a in source}
    if not source or None in countries:
        return False
    if not _helping_objects([obj]):
        return False
    people = actors_of(obj, index)
    return bool(people) and all(
        m.how.startswith("generic") and (m.country is None or m.country_from_context)
        for m in people
    )


def _people_beside_equipment(
    obj: Token, index: MentionIndex, source: list[ActorMention]
) -> str | None:
    """ "moved tanks and troops toward the border with X": an object that names no party (tanks,
    armoured vehicles, warships) coordinated with the subject's own people is sent with them;
    the people's kind (`_own_people`) is the whole object's, so the search for a party that
    finds the people through the coordination does not make them the target (round r12, own26
    tune)."""
    if index.at(obj) is not None:
        return None
    for conj in obj.conjuncts:
        kind = _own_people(conj, index, source)
        if kind:
            return kind
    return None


# "accused X of doing", "blamed X for doing": the verb's object is the gerund's subject.
CONTROL_PREPS = {"of", "for"}


def _dissuading() -> frozenset[str]:
    """Verbs whose object would do the act they warn against ("warned X against doing")."""
    from realpolitik.events.polarity import lexicon

    return lexicon().dissuading_verbs


# Prepositions on a verb's object noun that name whom the act is aimed at ("sanctions against X").
NOUN_TARGET_PREPS = {"against", "on", "with", "to", "toward", "towards", "upon"}


# Prepositions that name the forum or body a complaint or case is brought to ("with the UN",
# "at the court", "before the WTO", "to the Security Council").
FORUM_PREPS = frozenset({"with", "at", "before", "to"})


def _against_parties(noun: Token, index: MentionIndex) -> list[ActorMention]:
    """The parties a grievance noun (`arguments.yaml` `grievance_nouns`) is "against" when a
    forum is named beside them: in "lodged a complaint with the UN against Britain" or "filed a
    case at the court against Chad", the "against" party is whom the act is aimed at, and the
    forum (the parser may hang "against" on it, or the forum on the verb) is where it is brought
    (stop 47, lead, from wire probes: the forum was the target)."""
    if noun.lemma_.lower() not in argument_words().grievance_nouns:
        return []  # "an alliance with France against the jihadists": France is the partner
    holders = [noun, noun.head] if noun.dep_ in {"dobj", "obj"} else [noun]
    forums = [o for h in holders for p in _children(h, {"prep"}) if p.lower_ in FORUM_PREPS
              for o in _pobjs(p)]  # fmt: skip
    if not forums:
        return []
    return [
        m for h in (*holders, *forums) for p in _children(h, {"prep"}) if p.lower_ == "against"
        for o in _pobjs(p) for m in actors_of(o, index)
    ]  # fmt: skip


def _object_nouns(verb: Token) -> list[Token]:
    """The verb's object nouns, and those of a non-place preposition ("called for sanctions")."""
    nouns = _children(verb, {"dobj", "obj"})
    for prep in _children(verb, {"prep"}):
        if prep.lower_ not in LOCATIVE_PREPS and prep.lower_ not in TARGET_PREPS:
            nouns += _pobjs(prep)
    # A measure names the event in its "of" phrase: "a fresh round of talks between A and B".
    nouns += [p for n in nouns for prep in _children(n, {"prep"}) if prep.lower_ == "of"
              for p in _pobjs(prep)]  # fmt: skip
    # A sum names what it is in its "in" phrase, which holds the receiver: "pledged $50 million
    # in aid to Tajikistan" (stop 70, lead: the pledge had no target).
    nouns += [p for n in list(nouns) for prep in sum_in_phrases(verb, n) for p in _pobjs(prep)]
    return [n for n in nouns if n.pos_ == "NOUN"]


def _harm_occasion_agents(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """Who did a passive harm told only by the attack it happened in: "two soldiers were killed in
    an ambush by ELN guerrillas" (the parser hangs the "by" phrase on the ambush, not on the verb)."""
    words = argument_words()
    return [
        m for prep in _children(verb, {"prep"}) if prep.lower_ == "in"
        for noun in _pobjs(prep) if noun.lemma_.lower() in words.harm_occasion_nouns
        for m in _by_agents(noun, index)
    ]  # fmt: skip


# Verbs that lay an act on a party and the preposition that names it ("blamed on", "attributed
# to", "pinned on"): in a relative clause on an act noun, that party did the act.
BLAMING_PREPS = {"blame": "on", "pin": "on", "attribute": "to", "ascribe": "to"}


def _blamed_in_relative(subject: Token, index: MentionIndex) -> list[ActorMention]:
    """The party a relative clause on the subject lays the act on ("An ambush that officials
    blamed on Boko Haram killed six soldiers": Boko Haram), when the subject names no party
    itself."""
    if actors_of(subject, index):
        return []
    return [
        m for rel in _children(subject, {"relcl"})
        if BLAMING_PREPS.get(rel.lemma_.lower())
        for prep in _children(rel, {"prep"}) if prep.lower_ == BLAMING_PREPS[rel.lemma_.lower()]
        for p in _pobjs(prep) for m in actors_of(p, index)
    ]  # fmt: skip


def _blamed_on_hung_low(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """The party a verb of blaming lays its object's act on when the parser hangs the "on" (or
    "to") phrase low, on the last noun of the act's own phrases: "blamed the bombing of a bus in
    Mandera on al-Shabaab" ("on" under Mandera, or on "bombing" after its "of" phrase). The act
    noun's own first phrase is its aim ("blamed the attack on a police station") and is left
    alone (round r47, plover65: the stop 66 leftover, blame's "on" party). Only for an object
    that is an act, not a party ("blamed the Arakan Army for the shelling, an accusation ...
    rejected in a post on social media": the army, not the media; reader_own31 tune found 27 ->
    26 before this), and only through a chain of the object's own phrases (no apposition or
    clause between)."""
    prep_word = BLAMING_PREPS.get(verb.lemma_.lower())
    if not prep_word:
        return []
    found: list[ActorMention] = []
    for obj in _children(verb, {"dobj", "obj"}):
        if index.at(obj) is not None:
            continue  # a party blamed for an act ("blamed the Arakan Army for the shelling")
        low = [
            t for t in obj.subtree
            if t.dep_ == "prep" and t.lower_ == prep_word and t.i > obj.i
            and _through_phrases(t, obj) and not _first_phrase_of(t, obj)
        ]  # fmt: skip
        for prep in low[-1:]:
            found += [m for p in _pobjs(prep) for m in actors_of(p, index)]
    return found


def _first_phrase_of(prep: Token, noun: Token) -> bool:
    """`prep` is the noun's own first phrase ("the attack on a police station"): its aim. After
    another phrase ("the burning of two villages ... on Boko Haram") it is what blame lays."""
    return prep.head.i == noun.i and not any(
        c.dep_ == "prep" and c.i < prep.i for c in noun.children
    )


def _through_phrases(prep: Token, top: Token) -> bool:
    """`prep` hangs under `top` through prepositional phrases only ("of a bus in Mandera on")."""
    tok = prep
    while tok.i != top.i:
        if tok.dep_ not in {"prep", "pobj"} or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def _blamed_in_clause_relative(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """The party a "which" clause set off by a comma after the verb's own clause lays the act on
    ("Three villages were hit by shells on Sunday, which officials blamed on Cambodian artillery
    units": the units). The "which" stands for the whole clause, but the parser hangs the relative
    on the last noun of one of the verb's phrases ("on Sunday"), or on the verb itself as an
    adverbial clause when no phrase comes before it (round r34, args38, from an own73 tune miss)."""
    hosts = [verb, *(p for prep in _children(verb, {"prep", "agent"}) for p in _pobjs(prep))]
    return [
        m for host in hosts for rel in _children(host, {"relcl", "advcl"} if host is verb else {"relcl"})
        if BLAMING_PREPS.get(rel.lemma_.lower())
        and rel.left_edge.i > 0 and rel.doc[rel.left_edge.i - 1].text == ","
        and rel.left_edge.lower_ == "which"
        for prep in _children(rel, {"prep"}) if prep.lower_ == BLAMING_PREPS[rel.lemma_.lower()]
        for p in _pobjs(prep) for m in actors_of(p, index)
    ]  # fmt: skip


# Prepositions of where the people of an act noun's "of" phrase were or came from: the parser may
# hang the act's "by" phrase on that place's noun.
PLACE_OF_PATIENT_PREPS = frozenset({"from", "at", "near", "in"})


def _place_nouns_of(patient: Token) -> list[Token]:
    """The place phrases on the "of" object of an act noun, their prepositions and nouns: in "the
    forced return of 300 people from Myawaddy district by Thai troops" the parser hangs "by Thai
    troops" on "district" (or on "from"), and the return had no doer, so it stayed apart from
    the outlets that named Thailand (round r33, fuse32: fusion_own27 tune)."""
    preps = [p for p in _children(patient, {"prep"}) if p.lower_ in PLACE_OF_PATIENT_PREPS]
    return [*preps, *(q for prep in preps for q in _pobjs(prep))]


def _active_participles(noun: Token) -> list[Token]:
    """The noun's active present participles ("a barge carrying timber"): a "by" phrase the
    parser hangs on one is no agent of its own (an active verb has none)."""
    return [a for a in _children(noun, {"acl"}) if a.tag_ == "VBG"]


def _by_agents(noun: Token, index: MentionIndex) -> list[ActorMention]:
    """The parties of an act noun's "by" phrase ("the siege of El Fasher by the RSF")."""
    return [
        m for b in _children(noun, {"prep", "agent"}) if b.lower_ == "by"
        for o in _pobjs(b) for m in actors_of(o, index)
    ]  # fmt: skip


def _owned_goods_parties(
    act: Token, goods: Token, index: MentionIndex
) -> tuple[list[ActorMention], list[ActorMention]]:
    """The owners and the doer an act noun's goods name through an owning participle (the
    `owning_verbs` of `object_owners`): "the seizure of forty cattle belonging to Kenyan herders
    by Ugandan soldiers", "the confiscation of two lorries owned by Zambian traders by Tanzanian
    police". The owner is "belonging"'s "to" phrase or the participle's first "by" agent; a "by"
    phrase after the owner is the act's doer, wherever the parser hangs it: on the owner noun, on
    "belonging" (which takes no agent), or as the participle's second agent. Counted goods pass
    to what they count ("sixty bags of sugar belonging to ..."), and the parser may hang the
    participle on the act noun itself. Round r40, args44 (own85 tune)."""
    owning = argument_words().owning_verbs
    owner_nouns: list[Token] = []
    doer_nouns: list[Token] = []
    for noun in [goods, *_of_objects(goods), act]:
        for part in _children(noun, {"acl"}):
            lemma = part.lemma_.lower()
            if lemma not in owning:
                continue
            bys = [link for link in part.children if link.dep_ == "agent"
                   or (link.dep_ == "prep" and link.lower_ == "by")]  # fmt: skip
            if lemma == "belong":
                owned_by = [o for link in _children(part, {"prep"}) if link.lower_ == "to"
                            for o in _pobjs(link)]  # fmt: skip
                later = bys
            else:
                owned_by = [o for link in bys[:1] for o in _pobjs(link)]
                later = bys[1:]
            owner_nouns += owned_by
            doer_nouns += [o for link in later for o in _pobjs(link)]
            doer_nouns += [o for owner in owned_by for link in _children(owner, {"prep"})
                           if link.lower_ == "by" for o in _pobjs(link)]  # fmt: skip
    doers = [m for o in doer_nouns for m in actors_of(o, index)]
    owners = [m for o in owner_nouns for m in actors_of(o, index) if m not in doers]
    return owners, doers


def _goods_destination(obj: Token, index: MentionIndex) -> list[ActorMention]:
    """ "seized a cargo of drone engines bound for Russia", "stopped a ship headed to Yemen":
    goods acted on on their way are acted on against the party they are bound for (attachment
    round 19, own15 tune; `data/places/destination_participles.txt`)."""
    participles = word_list("destination_participles.txt")
    return [
        m for t in obj.subtree
        if t.dep_ == "acl" and t.lower_ in participles
        for prep in _children(t, {"prep"}) if prep.lower_ in {"for", "to"}
        for p in _pobjs(prep) for m in actors_of(p, index)
    ]  # fmt: skip


def own_service_destinations(
    obj: Token, index: MentionIndex, source: list[ActorMention]
) -> list[Token]:
    """The nouns of a route noun's "to" phrase (`route_nouns`: "suspended all flights of its
    national carrier to Tehran"; the parser may hang "to" on the verb) when the service is the
    doer's own: a possessive pronoun owns it ("its carrier") or its phrases name parties of the
    doer's state only, or none ("halted flights to Moscow"); else none (a foreign carrier's
    flights stay aimed at the carrier: an own71 check pair fell when they did not, totals only).
    A capital there is a place, whose state `place_target` reads. Round r34, args38 (own73
    tune)."""
    if obj.lemma_.lower() not in argument_words().route_nouns:
        return []
    own = {m.country for m in source if m.country}
    owners = [p for prep in _children(obj, {"prep"}) if prep.lower_ != "to" for p in _pobjs(prep)]
    carriers = [m for p in owners for m in actors_of(p, index)]
    # "its national carrier": a possessive pronoun makes the carrier the doer's, named or not
    possessed = any(_pronoun_possessors(p) for p in owners)
    if not own or not (possessed or all(m.country in own for m in carriers)):
        return []
    return [p for prep in _children(obj, {"prep"}) + _children(obj.head, {"prep"})
            if prep.lower_ == "to" for p in _pobjs(prep)]  # fmt: skip


def transfer_destinations(obj: Token) -> list[Token]:
    """The nouns of a transfer noun's "to" phrase ("the sale of fighter jets to Turkey", "the
    delivery of tanks to Poland"; the parser may hang "to" on the verb instead); none for any
    other object."""
    if obj.lemma_.lower() not in argument_words().transfer_nouns:
        return []
    return [p for prep in _children(obj, {"prep"}) + _children(obj.head, {"prep"})
            if prep.lower_ == "to" for p in _pobjs(prep)]  # fmt: skip


def helped_places(
    verb: Token, index: MentionIndex, source: list[ActorMention]
) -> list[ActorMention]:
    """ "pledged emergency aid for survivors of the earthquake in Turkey", "sent tents for
    families displaced by the floods in Libya": help (`help_nouns`) for people who name no party
    (`beneficiary_nouns`) goes to the state they are in, named by an "in" phrase of theirs or of
    the help noun (round r12, own8 tune). Only a place phrase counts ("victims of Russian shelling
    in Kharkiv" is Ukraine's), and never the helper's own state."""
    words = argument_words()
    own = {m.country for m in source}
    roots = _children(verb, {"dobj", "obj"})
    roots += [o for p in _children(verb, {"prep"}) for o in _pobjs(p)]
    helps = [
        t  # the list has plurals whose lemma is no entry ("supplies")
        for r in roots
        for t in r.subtree
        if t.lemma_.lower() in words.help_nouns or t.lower_ in words.help_nouns
    ]
    # the "for" phrase may hang on the help noun or on the verb that gives it ("sent tents and
    # blankets for families ...")
    for giver in (*helps, verb):
        for prep in _children(giver, {"prep"}):
            if prep.lower_ != "for":
                continue
            for helped in _pobjs(prep):
                named = index.at(helped)
                if helped.lemma_.lower() not in words.beneficiary_nouns or (
                    named and named.country and not named.country_from_context
                ):
                    continue
                places = [
                    t for t in helped.subtree
                    if t.dep_ == "pobj" and t.head.lower_ in words.people_place_preps
                ] + [
                    t for p in _children(giver, {"prep"})
                    if p.lower_ in words.people_place_preps for t in _pobjs(p)
                ]  # fmt: skip
                found = [m for t in places if (m := _search(t, index)) is not None]
                found = [m for m in found if m.country and m.country not in own]
                if found:
                    return found[:1]
    return []


def only_people_helped(targets: list[ActorMention]) -> bool:
    """Whether the targets found so far are none, or only people helped who name no state of
    their own ("civilians", "families": `beneficiary_nouns`, with no country or only their
    sentence's guessed one): the state they are in is then the party helped (`helped_places`;
    round r12b, the leftover of round r12: "pledged medical supplies for civilians wounded in
    the shelling in Kherson" kept "civilians", or gave them the helper's country)."""
    beneficiaries = argument_words().beneficiary_nouns
    return all(
        m.how.startswith("generic")
        and (not m.country or m.country_from_context)
        and singular(m.name.split()[-1].lower()) in beneficiaries
        for m in targets
    )


def helpers_sent_to(
    verb: Token,
    index: MentionIndex,
    target: list[ActorMention],
    source: list[ActorMention] | None = None,
    places: dict[int, PlaceMention] | None = None,
    day: str | None = None,
) -> list[ActorMention]:
    """ "would send 120 doctors and nurses to Jamaica", "flew rescuers to Nepal": where the only
    targets found are the people the verb sends (its objects, of no state of their own), they are
    the help given and the party its "to" phrase names is helped; [] when there is none. Round
    r31, args35 (own67 tune: the doctors sent were the target).

    The people may be gathered by a helping body ("a team of 30 doctors": `helping_bodies`), and
    the "to" phrase may name a city of another state than the sender's ("sent 30 doctors to
    Tirana", `places`): that state is helped (round r39, plover57, own82 tune)."""
    arrived_in = _states_arrived_in(verb, index, source)
    if arrived_in:
        return arrived_in
    heads = [t for o in _children(verb, {"dobj", "obj"}) for t in (o, *o.conjuncts)]
    gathered = [o for h in heads if h.lemma_.lower() in deployed_words()["helping_bodies"]
                for o in _of_objects(h)]  # fmt: skip
    objects = {t.i for t in [*heads, *(g for o in gathered for g in (o, *o.conjuncts))]}
    sent = [m for m in target if m.country is None]
    if len(sent) < len(target) or not (target or _helping_objects(heads)):
        # no target left at all: the helpers sent were read as the sender's own staff
        # (`_helpers_sent`, round r39, args43), and where they go is read here all the same
        return []
    if not all(any(m.start <= verb.doc[i].idx < m.end for i in objects) for m in sent):
        return []
    # the parser may give the "to" as a dative ("sent 30 doctors to Tirana"), or hang it on the
    # last noun of a "(along) with" phrase on the verb ("sent doctors along with two field
    # hospitals to Tirana")
    accompanying = [n for prep in _children(verb, {"prep"}) if prep.lower_ in {"with", "along"}
                    for w in (prep, *_children(prep, {"prep"})) if w.lower_ == "with"
                    for n in _pobjs(w)]  # fmt: skip
    destinations = [p for h in (verb, *accompanying) for prep in _children(h, {"prep", "dative"})
                    if prep.lower_ == "to" for p in _pobjs(prep)]  # fmt: skip
    helped = [m for p in destinations for m in actors_of(p, index) if m.country]
    if helped or not places:
        return helped
    from realpolitik.events.place_target import place_party  # place_target reads this module

    senders = {m.country for m in source or []}
    cities = [places[p.i] for p in destinations if p.i in places]
    return [
        place_party(c, source or [], day)
        for c in cities
        if c.place.country and c.place.country not in senders
    ]


def _helping_objects(heads: list[Token]) -> bool:
    """Whether a sending verb's objects are people sent to help (`helping_bodies`)."""
    return any(set(body_words(h)) & deployed_words()["helping_bodies"] for h in heads)


def _states_arrived_in(
    verb: Token, index: MentionIndex, source: list[ActorMention] | None
) -> list[ActorMention]:
    """ "Some 200 soldiers sent by Rwanda's president to help secure the port arrived in northern
    Mozambique": people a participle of sending names, who are the subject of a verb of arriving
    (`deployed_arrivals.yaml` arriving_verbs), are sent to the states their "in"/"at" phrase names,
    other than the sender's own (round r37, args41: own79 tune and stop 56's leftover, where the
    people sent were the sending's target)."""
    people = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or people.dep_ != "nsubj":
        return []
    arrival = people.head
    if arrival.lemma_.lower() not in deployed_words()["arriving_verbs"]:
        return []
    senders = {m.country for m in source or []}
    return [
        m for prep in _children(arrival, {"prep"}) if prep.lower_ in {"in", "at"}
        for p in _pobjs(prep) for m in actors_of(p, index) if m.country and m.country not in senders
    ]  # fmt: skip


def _help_for(noun: Token, prep: Token, index: MentionIndex) -> bool:
    """ "announced a package of military aid for Ukraine", "pledged support for the Afghan
    government": a help noun's "for X" names the party helped (elsewhere "for" gives a reason:
    "sanctions for abuses"). Only a party named outright: "support for Russia's war" backs an act."""
    return (
        prep.lower_ == "for"
        and noun.lemma_.lower() in argument_words().help_nouns
        and any(index.at(t) for p in _pobjs(prep) for t in (p, *p.conjuncts))
    )


def _moved_out_of(verb: Token) -> bool:
    """ "pulled its troops out of the town of Bunia ... after the UN mission shut its base": forces
    moved out of or away from a named place are aimed at the place's state (read from the
    place), not at whoever acted in the "after" clause (stop 44 lead)."""
    outs = [c for c in verb.children if c.dep_ in {"prep", "prt", "advmod"} and c.lower_ == "out"]
    preps = [p for o in outs for p in o.children if p.dep_ == "prep" and p.lower_ == "of"]
    preps += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"]
    return any(_pobjs(p) for p in preps)


def _head_and_modified_forms(noun: Token) -> set[str]:
    """The noun's lemma and its two-word forms with each adjective or compound ("the Indian high
    commission": "high commission"), for word lists that hold two-word heads."""
    return {noun.lemma_.lower(), *two_word_forms(noun)}


def _called_in_envoy(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """ "called in the Mexican ambassador", "called in Malawi's high commissioner": the parser
    reads the particle as a preposition; the envoy after it is the one summoned, the verb's object
    (stop 46, lead; two-word envoys round r42, args46)."""
    if verb.lemma_.lower() not in argument_words().summoning_particle_verbs:
        return []
    envoys = word_list("envoy_words.txt")
    return [
        m
        for p in prep_objects(verb, "in")
        if _head_and_modified_forms(p) & envoys
        for m in actors_of(p, index)
    ]


def _from_is_target(verb: Token, prep: Token) -> bool:
    """ "withdrew its troops from Chad": for verbs of removal, "from X" is the party acted on; for
    verbs of asking ("requested two helicopters from India") it is the party asked."""
    words = argument_words()
    return (
        prep.lower_ == "from"
        and verb.lemma_.lower() in words.from_target_verbs | words.asked_from_verbs
        and not is_origin_phrase(prep)
    )


def _gerund_adjunct(tok: Token) -> bool:
    """ "by carrying out attacks", "after shelling the town": a gerund under a preposition of the
    clause, whose subject is the clause's."""
    return (
        tok.dep_ == "pcomp"
        and tok.tag_ == "VBG"
        and tok.head.dep_ == "prep"
        and tok.head.head.pos_ in {"VERB", "AUX"}
    )


def _gerund_on_object(tok: Token) -> Token | None:
    """ "accused Somali militants of kidnapping two teachers", "blamed the rebels for attacking":
    the parser hangs the "of"/"for" gerund on the verb's object, not on the verb
    (`_gerund_preposition`); the object is the gerund's subject (stop 44 lead: the kidnapping had
    no source)."""
    prep = tok.head
    if not (tok.dep_ == "pcomp" and tok.tag_ == "VBG" and prep.dep_ == "prep"):
        return None
    owner = prep.head
    if prep.lower_ in CONTROL_PREPS and owner.dep_ in {"dobj", "obj"} and owner.head.pos_ == "VERB":
        return owner
    return None


def _gerund_preposition(tok: Token) -> Token | None:
    """The clause's preposition over a gerund: "by carrying out attacks" (the gerund its
    complement), or "by expelling diplomats" parsed as diplomats that are expelling (the gerund a
    modifier of the preposition's object); its verb's subject is the gerund's."""
    if _gerund_adjunct(tok):
        return tok.head
    noun = tok.head
    on_noun = tok.dep_ == "amod" and tok.tag_ == "VBG" and noun.i > tok.i and noun.dep_ == "pobj"
    if on_noun and noun.head.dep_ == "prep" and noun.head.head.pos_ in {"VERB", "AUX"}:
        return noun.head
    return None


def _receiving(verb: Token, index: MentionIndex, args: Arguments) -> None:
    """ "X received backing from Y", "won support from Y": Y acts on X. Not where X accepts
    what Y proposed ("accepted an invitation from Y", `accepting_verbs`): X agrees, to Y."""
    words = argument_words()
    if verb.lemma_.lower() not in words.receiving_verbs:
        return
    objects = _children(verb, {"dobj", "obj"})
    # "received six fire engines and two ambulances from France": the parser may hang the "from"
    # phrase on the last conjunct object (round r32, plover50)
    heads = [verb, *objects, *(c for o in objects for c in _children(o, {"conj"}))]
    givers = [
        m
        for h in heads
        for prep in _children(h, {"prep"})
        if prep.lower_ == "from" and not is_origin_phrase(prep)
        for p in _pobjs(prep)
        for m in actors_of(p, index)
    ]
    acts = any(o.lemma_.lower() in words.received_acts for o in _with_measured(heads[1:]))
    if acts and not givers:
        givers = _participle_givers(heads[1:], index)
    if not givers:
        givers = _stance_of_givers(objects, index, words)
    if not givers:
        return
    accepted = verb.lemma_.lower() in words.accepting_verbs and any(
        o.lemma_.lower() in words.accepted_proposals for o in objects
    )
    if acts and not accepted:
        receivers = [m for m in args.source if m not in givers] or [
            m for m in args.target if m not in givers
        ]
        args.source, args.target = givers, receivers
    elif not args.target:
        args.target = givers  # "received a delegation from the OSCE": whom the host deals with


def _where_clause_doers(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """The subjects of "where" relative clauses on the nouns of `verb`'s prepositional phrases
    ("to the border, where rebels had attacked"; the parser may hang the clause on a nearer noun
    of another phrase, "to the border on Friday, where ...")."""
    return [
        m
        for prep in _children(verb, {"prep", "dative"})
        for p in _pobjs(prep)
        for clause in _where_clauses(p)
        for subj in _children(clause, SUBJECT_DEPS)
        for m in actors_of(subj, index)
    ]


def _where_clauses(noun: Token) -> list[Token]:
    """The "where" relative clauses on a noun ("the border, where rebels had attacked"), read by
    `_where_clause_doers` and `_authorities_where_it_happened`."""
    return [
        clause
        for clause in _children(noun, {"relcl"})
        if any(c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children)
    ]


# The prepositions of a place where an act was done.
_PLACE_PREPS = frozenset({"at", "in", "near", "on", "outside", "inside"})


def _authorities_where_it_happened(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """ "Two drivers were beaten at the Malaba crossing, where Ugandan police have been enforcing
    new rules since March": a passive act with no doer of its own was done by the forces or
    officials a "where" clause on its place says hold it (round r35, args39, the leftover of
    round r34). Only state forces and officials (`_OWN_PEOPLE_SECTORS`): "delivered to the
    camp, where refugees have lived since 1991" names no doer."""
    places = [p for prep in _children(verb, {"prep"}) if prep.lower_ in _PLACE_PREPS
              for p in _pobjs(prep)]  # fmt: skip
    for _ in range(2):
        # "on an island near Teknaf, where ...", "at a market in the town of Dajabon, where ...":
        # the clause hangs on the last noun of the place's own phrases
        places += [q for p in places for prep in _children(p, {"prep"})
                   if prep.lower_ in _PLACE_PREPS | {"of"} for q in _pobjs(prep) if q not in places]  # fmt: skip
    return [
        m
        for place in places
        for clause in _where_clauses(place)
        if _told_as_standing(clause)
        for subj in _children(clause, SUBJECT_DEPS)
        for m in actors_of(subj, index)
        if m.sector in _OWN_PEOPLE_SECTORS
    ]


def _told_as_standing(clause: Token) -> bool:
    """A clause in the present ("where customs officers say", "where police have been checking",
    "where troops are posted"): a standing hold on the place, not a past act or a past presence
    of its own ("where rebels attacked a convoy", "where French troops were based until 2022")."""
    return clause.tag_ in {"VBP", "VBZ"} or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBP", "VBZ"} for c in clause.children
    )


def _participle_givers(objects: list[Token], index: MentionIndex) -> list[ActorMention]:
    """ "were receiving tents flown in by the air force", "medicine sent by Jordan": the agent of
    a past participle on what was received gave it (round r32, plover50, own68 tune)."""
    return [
        m
        for o in objects
        for part in _children(o, {"acl"})
        if part.tag_ == "VBN"
        for agent in _children(part, {"agent"})
        for p in _pobjs(agent)
        for m in actors_of(p, index)
    ]


def _stance_of_givers(
    objects: list[Token], index: MentionIndex, words: ArgumentWords
) -> list[ActorMention]:
    """ "Ghana won the backing of Nigeria", "secured the support of Turkey": the "of" party of a
    stance received (`received_of_acts`: backing, support, approval ...) gave it, as a "from"
    party does ("won backing from Nigeria"); the bare verb's reading had the winner back the
    giver (round r49, plover67, own102 tune). Goods received keep "of" as what they hold ("a
    shipment of Russian jets"), so only stance nouns read it so."""
    return [
        m
        for o in objects
        if o.lemma_.lower() in words.received_of_acts
        for p in _of_objects(o)
        for m in actors_of(p, index)
    ]


def _with_measured(nouns: list[Token]) -> list[Token]:
    """The nouns and what an "of" phrase on each measures: "received 2,000 tonnes of rice" is rice
    received (round r32, plover50: the measure hid the goods from `received_acts`), with the later
    items of a list it names ("two boatloads of bottled water, rice and blankets": round r39,
    plover57, as `triggers._objects` reads them)."""
    measured = [p for n in nouns for prep in _children(n, {"prep"})
                if prep.lower_ == "of" for p in _pobjs(prep)]  # fmt: skip
    return [*nouns, *measured, *(c for p in measured for c in p.conjuncts)]


def opens_condition(clause: Token) -> bool:
    """An adverbial clause opened by a condition mark ("if", "unless", "until": `condition_marks`):
    the act that would set a threat off."""
    marks = argument_words().condition_marks
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in marks for c in clause.children
    )


def condition_parties(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """ "threatened to strike unless Iraq withdrew", "threatened to ban voting if Hamas ran": the
    subject of the threat's condition is whom it is aimed at (the condition may hang on the verb
    or on the act threatened)."""
    heads = [verb]
    for comp in _children(verb, {"xcomp", "ccomp"}):
        heads += [t for t in comp.subtree if t.pos_ in {"VERB", "AUX"}]  # "to stop talks to cut"
    for head in heads:
        for clause in _children(head, {"advcl"}):
            if opens_condition(clause):
                found = [m for s in _children(clause, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)
                         for m in actors_of(s, index)]  # fmt: skip
                if found:
                    return found
    return []


def purpose_parties(
    trigger: Token, index: MentionIndex, source: list[ActorMention]
) -> list[ActorMention]:
    """ "blocked roads to press their demands on the government", "staged a strike to demand the
    minister's resignation": a protest is aimed at the first party its purpose clause names. The
    clause may hang on the object or on a clause describing it ("blocked roads leading to the
    centre to press ..."), on a protest noun under its light verb ("began a hunger strike to
    demand ..."), or trail as a participle of demanding ("marched on parliament, demanding ..."),
    also under a preposition ("rioted, joining demonstrators in demanding independence from X
    rule": round r18, the r17 report's leftover)."""
    root = trigger
    if trigger.pos_ in {"NOUN", "PROPN"} and trigger.dep_ in {"dobj", "obj"}:
        root = trigger.head  # "began a hunger strike to demand ...": the clause may hang on either
    demanding = argument_words().demand_verbs
    for clause in root.subtree:
        demands = clause.tag_ == "VBG" and clause.lemma_.lower() in demanding
        # "joining demonstrators in demanding independence from X", or a date misread as the
        # gerund's ("on Saturday demanding ..."): a demand under a preposition (round r18)
        governed = clause.dep_ == "pcomp" and demands
        if clause.i == root.i or (
            clause.dep_ not in {"advcl", "xcomp", "acl", "relcl"} and not governed
        ):
            continue
        purposive = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        if not (purposive or demands):
            continue
        found = [index.at(t) for t in clause.subtree]
        for m in sorted({id(m): m for m in found if m}.values(), key=lambda m: m.start):
            if m not in source:
                return [m]
    return []


def protested_agents(
    verb: Token, index: MentionIndex, source: list[ActorMention]
) -> list[ActorMention]:
    """ "protested a map of Karabakh shown by the organisers", "walked out to protest a law
    passed by parliament": the "by" agent of a participle on what a protest verb (or its purpose
    clause) objects to did what is protested, so it is the party aimed at, before any party the
    object names (round r14, args18: own28 tune took the mapped region)."""
    clauses = [verb] + [
        c for c in _children(verb, {"advcl", "xcomp"})
        if any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]  # fmt: skip
    out: list[ActorMention] = []
    for obj in (o for c in clauses for o in _children(c, {"dobj", "obj"})):
        for part in obj.subtree:
            if part.dep_ != "acl" or part.tag_ != "VBN":
                continue
            out += [m for m in _agent_parties(part, index) if m not in source]
    return out


def pressure_parties(
    verb: Token, index: MentionIndex, source: list[ActorMention]
) -> list[ActorMention]:
    """ "Under pressure from the EU, the parliament dropped the bill", "withdrew at the request of
    Paris", "withdrew after Vietnam demanded its departure": a concession with no party acted on
    answers whoever pressed for it."""
    words = argument_words()
    # "backed away from its plan to close the crossings after talks with Kosovo": the parser may
    # hang the phrase on an infinitive of the verb's object or of its preposition's object (not
    # on a participle: "drills planned near X after a request from Y" is the plan's request)
    inner = [
        c for o in [*_children(verb, {"dobj", "obj"}),
                    *(x for p in _children(verb, {"prep"}) for x in _pobjs(p)),
                    *(x for a in _children(verb, {"advmod"}) for p in _children(a, {"prep"})
                      for x in _pobjs(p))]
        for c in _children(o, {"acl"}) if any(a.lower_ == "to" for a in _children(c, {"aux"}))
    ]  # fmt: skip
    for prep in [*_children(verb, {"prep"}), *(p for c in inner for p in _children(c, {"prep"}))]:
        if prep.lower_ not in words.pressure_preps:
            continue
        # "following pressure from Canada": the parser reads "following" as a verb with an object
        objects = _pobjs(prep) + _children(prep, {"dobj"})
        for noun in _through_span(objects):
            lemma = noun.lemma_.lower()
            if noun.lower_ in words.pressure_talk_nouns or lemma in words.pressure_talk_nouns:
                found = [m for p in _children(noun, {"prep"}) if p.lower_ == "with"
                         for o in _pobjs(p) for m in actors_of(o, index) if m not in source]  # fmt: skip
                if found:
                    return found
                continue
            if lemma not in words.pressure_nouns | words.pressure_protest_nouns:
                continue
            heads = [o for p in _children(noun, {"prep"}) if p.lower_ in {"from", "of", "by"}
                     for o in _pobjs(p)] + _children(noun, {"poss"})  # fmt: skip
            found = [m for h in heads for m in actors_of(h, index) if m not in source]
            if found:
                return found
    # "withdrew from the ridge after Vietnam demanded its departure": the clause's presser
    # (attachment round 20, own10 tune)
    pressing = [
        c for c in _children(verb, {"advcl"}) if c.lemma_.lower() in words.pressing_verbs
        and any(k.dep_ == "mark" and k.lower_ in words.response_marks for k in c.children)
    ]  # fmt: skip
    found = [
        m for c in pressing for s in _children(c, {"nsubj"})
        for m in actors_of(s, index) if m not in source
    ]  # fmt: skip
    return found or answered_demands(verb, index, source) or contest_partners(verb, index, source)


def answered_demands(
    verb: Token, index: MentionIndex, source: list[ActorMention]
) -> list[ActorMention]:
    """ "The minister resigned, meeting the main demand of the dockworkers", "freed the detainees,
    granting the rebels' key demand": a concession whose trailing participle answers a demand
    (`answering_participles` + one of `pressure_nouns`) is aimed at whoever made the demand, the
    noun's "of"/"from"/"by" party or its possessor (attachment round 22)."""
    words = argument_words()
    demands = [
        o for c in _children(verb, {"advcl", "xcomp", "conj"})
        if c.tag_ == "VBG" and c.lemma_.lower() in words.answering_participles
        for o in _children(c, {"dobj", "obj"}) if o.lemma_.lower() in words.pressure_nouns
    ]  # fmt: skip
    heads = [o for n in demands for p in _children(n, {"prep"}) if p.lower_ in {"from", "of", "by"}
             for o in _pobjs(p)] + [h for n in demands for h in _children(n, {"poss"})]  # fmt: skip
    return [m for h in heads for m in actors_of(h, index) if m not in source]


def contest_partners(
    verb: Token, index: MentionIndex, source: list[ActorMention]
) -> list[ActorMention]:
    """ "called up reservists after a week of border clashes with Tajikistan", "dropped its claim
    after talks with Paraguay": an answering act with no party of its own is aimed at the other
    side of the contest or talks it follows (the "with" party of one of `contest_nouns` after
    `pressure_preps` or `contest_preps`, on the verb or on the verb it completes: "has begun
    calling up ... after ...")."""
    words = argument_words()
    preps = words.pressure_preps | words.contest_preps
    verbs = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    nouns = _through_span([o for v in verbs for p in _children(v, {"prep"}) if p.lower_ in preps
                           for o in _pobjs(p)])  # fmt: skip
    # ... or the contest its purpose clause acts on: "to ease tensions with X"
    nouns += [o for c in _purpose_clauses(verb) for o in _children(c, {"dobj", "obj"})]
    return [
        m for n in nouns if n.lemma_.lower() in words.contest_nouns
        for o in _with_objects([n]) for m in actors_of(o, index) if m not in source
    ]  # fmt: skip


def clash_partners_of_harm(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """ "Three militants were killed in a gunfight with security forces", "two policemen were
    wounded in an exchange of fire with bandits": harm done in the passive with no "by" doer, in
    a fight (`contest_nouns`, `gunfight_nouns`) with a named side, was done by that side."""
    words = argument_words()
    if verb.lemma_.lower() not in words.harm_verbs or not is_passive(verb):
        return []
    if _children(verb, {"agent"}):
        return []
    fights = [
        o for p in _children(verb, {"prep"}) if p.lower_ in {"in", "during"} for o in _pobjs(p)
        if o.lemma_.lower() in words.contest_nouns | words.gunfight_nouns
    ]  # fmt: skip
    # "an exchange of fire with bandits": the parser hangs "with" on "exchange" or on "fire"
    fights += [o for f in fights for o in _of_objects(f)]
    return [m for o in _with_objects(fights) for m in actors_of(o, index)]


def object_owners(
    verb: Token, index: MentionIndex, source: list[ActorMention]
) -> list[ActorMention]:
    """The owner of what a verb acts on, named by a participle on its object: "froze accounts
    held by three state companies", "seized yachts owned by Russian businessmen", "a tanker
    belonging to an Iranian firm" (the "by" agent, or "to" after "belonging")."""
    owning = argument_words().owning_verbs
    found: list[ActorMention] = []
    for obj in _children(verb, {"dobj", "obj", "nsubjpass"}):
        for part in _children(obj, {"acl"}):
            if part.lemma_.lower() not in owning:
                continue
            for link in part.children:
                if link.dep_ == "agent" or (link.dep_ == "prep" and link.lower_ == "to"):
                    found += [
                        m for o in _pobjs(link) for m in actors_of(o, index) if m not in source
                    ]
    return found


def _through_span(nouns: list[Token]) -> list[Token]:
    """ "after weeks of protests": a span of time before the noun is looked through to it."""
    spans = argument_words().pressure_spans
    return [
        inner
        for noun in nouns
        for inner in (
            [o for p in _children(noun, {"prep"}) if p.lower_ == "of" for o in _pobjs(p)]
            if noun.lemma_.lower() in spans
            else [noun]
        )
    ]


def border_states(
    trigger: Token, index: MentionIndex, source: list[ActorMention]
) -> list[ActorMention]:
    """ "massed helicopters at an airbase near the Finnish border", "a build-up of armour near
    its border with Poland": the state whose border forces are massed at, named by an adjective
    on the border noun or its "with" phrase, reached from the act through at most two
    prepositional phrases (the act's own, or the place it names)."""
    words = argument_words()
    act = trigger.head if trigger.dep_ in {"prt", "compound"} else trigger
    # ... or through the act's object: "massed troops near its border with Cambodia", "stepped up
    # troop deployments along its border with Pakistan" (attachment round 19, own18 and own13 tune)
    # ... or through an adverb that carries the place: "pulled back from two hilltops near the
    # line of contact with X", "moved units closer to the border" (attachment round 21)
    objects = _children(act, {"dobj", "obj"})
    # ... or through a participle on the object: "called off exercises planned near the Armenian
    # border" (attachment round 21)
    frontier = [act, *objects, *_children(act, {"advmod"})]
    frontier += [c for o in objects for c in _children(o, {"acl"}) if c.tag_ == "VBN"]
    # ... or through a relative clause on the object: "pulled back the units it had moved to the
    # heights near the border with Armenia" (round r38, plover56, the stop 57 leftover)
    frontier += [c for o in objects for c in _children(o, {"relcl"})]
    found: list[ActorMention] = []
    for _ in range(2):
        nouns = [o for t in frontier for p in _children(t, {"prep"}) for o in _pobjs(p)]
        # a count passes to what it counts: "the closure of two of its crossings on the border
        # with X" (attachment round 23, own21 tune)
        nouns += [o for n in nouns if _counts_of(n, _first_of(n)) for o in _of_objects(n)]
        for noun in nouns:
            lemma = noun.lemma_.lower()
            if lemma in words.border_line_nouns:
                # "the line of contact with X": the "with" may hang on the "of" noun
                named = _with_objects([noun, *_of_objects(noun)])
            elif lemma in words.border_nouns:
                named = [c for c in noun.children if c.dep_ in {"amod", "compound"}]
                named += _with_objects([noun])
            else:
                continue
            named += _with_hung_above(noun)
            found += [m for c in named for m in actors_of(c, index) if m not in source]
        frontier = nouns
    # a state's own border ("Russian troops massed near the Russian border") is no target
    own = {m.country for m in source if m.country}
    found = [m for m in found if m.country not in own]
    return _dedupe(Arguments(target=found)).target


def _first_of(noun: Token) -> Token:
    """The noun's first "of" phrase, else the noun itself (which `_counts_of` rejects)."""
    return next((p for p in _children(noun, {"prep"}) if p.lower_ == "of"), noun)


def _with_hung_above(noun: Token) -> list[Token]:
    """The objects of a "with" right after `noun` that the parser hung on a word above it: "had
    stationed along its frontier with Laos" hangs "with Laos" on the verb (round r38, plover56)."""
    after = noun.right_edge.i + 1
    if after >= len(noun.doc):
        return []
    prep = noun.doc[after]
    if prep.lower_ != "with" or prep.dep_ != "prep" or prep.head not in noun.ancestors:
        return []
    return _pobjs(prep)


def _with_objects(nouns: list[Token]) -> list[Token]:
    return [
        o for n in nouns for p in _children(n, {"prep"}) if p.lower_ == "with" for o in _pobjs(p)
    ]


def _of_objects(noun: Token) -> list[Token]:
    return [o for p in _children(noun, {"prep"}) if p.lower_ == "of" for o in _pobjs(p)]


def proposal_authors(
    trigger: Token, index: MentionIndex, source: list[ActorMention]
) -> list[ActorMention]:
    """ "rejected a ceasefire plan put forward by Egyptian mediators", "expressed support for an
    initiative proposed by the Kenyan government", "welcomed Cairo's proposal": a statement about
    a proposal is aimed at whoever made it (word lists: `arguments.yaml`)."""
    words = argument_words()
    heads = _children(trigger, {"dobj", "obj"})
    for prep in _children(trigger, {"prep"}):
        if prep.lower_ in words.proposal_preps:
            heads += _pobjs(prep)
    for noun in heads:
        if noun.lemma_.lower() not in words.proposal_nouns:
            continue
        found: list[ActorMention] = []
        # "an offer of mediation from Brazil", "a proposal for talks from Algeria": the parser
        # hangs the author on the proposal's "of"/"for" object (attachment round 19, own8 tune)
        topics = [o for p in _children(noun, {"prep"}) if p.lower_ in {"of", "for"} for o in _pobjs(p)]
        for c in [*noun.children, *(c for o in topics for c in o.children if c.dep_ == "prep")]:
            if c.dep_ == "poss":
                found += actors_of(c, index)
            elif c.dep_ == "prep" and c.lower_ in {"by", "from"}:
                found += [m for p in _pobjs(c) for m in actors_of(p, index)]
            elif c.dep_ in {"acl", "relcl"}:  # "a plan put forward by", "a bid that X made"
                for a in c.subtree:
                    if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ == "by"):
                        found += [m for p in _pobjs(a) for m in actors_of(p, index)]
                    elif a.dep_ in SUBJECT_DEPS and a.head.i == c.i:
                        found += actors_of(a, index)
        found = [m for m in found if m not in source]
        if found:
            return found
    return []


def obligation_arguments(verb: Token, index: MentionIndex) -> Arguments:
    """ "Russia said that Sudan must return the helicopter": Russia asks (the speaker), Sudan is
    asked (the obligation's subject). Without a speaker the writer asks: no source."""
    args = Arguments()
    clause = verb
    while clause.dep_ == "conj" and not _children(clause, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS):
        # "Kenya had no right to send troops and should withdraw them": a conjunct with no
        # subject of its own shares its first conjunct's, the one asked (issue 9, stop 55,
        # reader39: reader_own34 tune read the shared subject as the one asking)
        clause = clause.head
    for s in _children(clause, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS):
        args.target += actors_of(s, index)
    if clause.dep_ == "ccomp":
        for s in _children(clause.head, SUBJECT_DEPS):
            args.source += actors_of(s, index)
            if not args.source and s.lower_ in ANAPHORS:
                args.anaphor = s
    return _dedupe(args)


def _travelled_back_from(noun: Token) -> bool:
    """`noun` is the "from" phrase of a verb of coming back that the lexicon reads as no event
    there (the `nonevent` rows "return from visit / talks / summit ...")."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "from" or noun.head.head.pos_ != "VERB":
        return False
    verb = noun.head.head
    return load_lexicon().is_non_event(verb.lemma_.lower(), "from", noun.lemma_.lower())


def noun_arguments(noun: Token, plover_type: str, index: MentionIndex) -> Arguments:
    args = Arguments()
    words = argument_words()
    for c in noun.children:
        if plover_type == "ASSAULT" and _attacked_place(c, noun, index):
            args.target += actors_of(c, index)  # "the Pakistan attack", "the Kabul bombing"
        elif c.dep_ == "poss" or (c.dep_ in {"compound", "amod", "nmod"} and index.at(c)):
            args.source += actors_of(c, index) or (
                _antecedent(c, index) if c.lower_ in ANAPHORS else []
            )
        elif c.dep_ in {"acl", "ccomp", "relcl"} and any(m.dep_ == "mark" for m in c.children):
            # "its demands that Burundi's government grant ...": the one asked is the clause subject.
            for s in _children(c, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS):
                args.target += actors_of(s, index)
                if s.lower_ in ANAPHORS and threat_noun_event(noun) is not None:
                    # "a warning from Ankara that it would shoot down any Greek drone": the
                    # clause tells the sender's own act, and whom it is aimed at is its object
                    # (round r13, args17)
                    for obj in _children(c, {"dobj", "obj"}):
                        args.target += actors_of(obj, index)
        elif c.dep_ == "prep":
            prep = c.lower_
            pobjs = _pobjs(c)
            if prep == "between":
                parties = between_parties(c, index)
                if args.source:
                    # "Egypt's mediation between Hamas and Israel": a third party acts on both
                    args.target += [p for p in parties if p not in args.source]
                else:
                    args.source += parties[:1]
                    args.target += parties[1:]
            elif prep == "by" or (
                prep == "from"
                and not args.source
                and not is_origin_phrase(c)
                and noun.lemma_.lower() not in words.removed_from_nouns
            ):
                for p in pobjs:
                    args.source += actors_of(p, index)
                    args.target += _patient_hung_on_agent(noun, p, index)
                    # "attacks by militants targeting soldiers": the parse often hangs the
                    # participle on the attackers
                    for acl in _children(p, {"acl"}):
                        if acl.lemma_.lower() in words.targeting_verbs:
                            for obj in _children(acl, {"dobj", "obj"}):
                                args.target += actors_of(obj, index)
            elif prep == "of" and noun.lemma_.lower() in words.transfer_nouns:
                continue  # "the delivery of S-400 systems to Ankara": the goods, no party
            elif prep == "of":
                of_target = (
                    plover_type in OF_IS_TARGET
                    or noun.lemma_.lower() in words.agent_nouns
                    or noun.lemma_.lower() in words.freed_party_nouns
                )
                for p in pobjs:
                    # "the suspension of flights by Chile": the parser hangs the agent on the
                    # object; it is the event's source, not part of what was acted on. Also on
                    # an active participle of the object, which takes no agent of its own ("the
                    # seizure of a barge carrying timber by the coast guard"; round r42, args46)
                    agents = [
                        m for h in (p, *_place_nouns_of(p), *_active_participles(p))
                        for b in _children(h, {"prep", "agent"})
                        if b.lower_ == "by" for q in _pobjs(b) for m in actors_of(q, index)
                    ]  # fmt: skip
                    # "the seizure of cattle belonging to Kenyan herders by Ugandan soldiers":
                    # goods named with their owner; the owner is acted on, the later "by" acts
                    owners, doers = (
                        _owned_goods_parties(noun, p, index)
                        if of_target and plover_type in HOSTILE_ACT_TYPES
                        else ([], [])
                    )
                    agents += [m for m in doers if m not in agents]
                    args.source += agents
                    args.target += [m for m in owners if m not in agents]
                    found = [m for m in actors_of(p, index) if m not in agents]
                    if of_target and _armed_attackers_of(noun, found):
                        args.source += found  # "the attacks of the militia"
                    elif not of_target and (agents or _by_agents(noun, index)):
                        args.target += _acted_on_by_agent(found, agents + _by_agents(noun, index))
                        args.source += [m for m in found if m not in args.target]
                    else:
                        (args.target if of_target else args.source).extend(found)
            elif (
                prep in TARGET_PREPS
                or (prep == "about" and plover_type in ABOUT_IS_TARGET)
                or _help_for(noun, c, index)
            ):
                for p in pobjs:
                    args.target += actors_of(p, index)
        elif c.dep_ == "acl" and c.lemma_.lower() in words.targeting_verbs:
            # "attacks by militants targeting soldiers"
            for obj in _children(c, {"dobj", "obj"}):
                args.target += actors_of(obj, index)
        elif c.dep_ == "acl" and c.lemma_ in PARTICIPANT_VERBS:
            # "exercise involving special forces from Turkey, Azerbaijan and Pakistan"
            for obj in _children(c, {"dobj"}):
                args.source += actors_of(obj, index)
                for inner in _children(obj, {"prep"}):
                    for p in _pobjs(inner):
                        args.source += actors_of(p, index)
    if not any(c.dep_ == "prep" and c.lower_ == "between" for c in noun.children):
        # "talks hosted by Oman between Iran and the US", "talks in Doha between A and B": a
        # name takes no "between"; the parser hung the event noun's on the host, the venue or
        # the participle that names them
        for displaced in _displaced_between(noun):
            parties = [m for m in between_parties(displaced, index) if m not in args.source]
            if args.source:
                args.target += parties
            else:
                args.source, args.target = parties[:1], args.target + parties[1:]
    if (
        not args.source
        and noun.dep_ == "nsubjpass"
        and noun.head.lemma_.lower() not in words.judging_verbs
    ):
        # "the bombing was conducted by Islamic State terrorists"; not when the verb judges the
        # act: "the crackdown was condemned by church leaders" is no crackdown of theirs (round
        # r17, fuse16: fusion_own10 and fusion_own11 tune, the judge became the act's doer and
        # kept a recall apart from the act it recalls), as an active "condemned the ambush" is
        args.source += _agent_parties(noun.head, index)
    if not args.target and plover_type in HELP_TYPES:
        # "has put the delivery of the batteries to Kyiv on hold": goods handed over go to the
        # party of the "to" phrase, which the parser may hang on the verb governing the noun
        # (stop 40, lead: the polarity own sets' deliveries put on hold or resumed)
        args.target += [m for p in transfer_destinations(noun) for m in actors_of(p, index)]
    committed = _committing_verb(noun)
    if not args.source and committed is not None:
        # "Senegal and Mauritania signed up to a fisheries accord", "Chad agreed to a truce with
        # the rebels": whoever commits to the act does it (attachment round 23, own13 tune)
        governing = verb_arguments(committed, index)
        args.source, args.anaphor = governing.source, governing.anaphor
        if not args.target:
            args.target = [m for m in governing.target if m not in args.source]
    if (
        not args.target
        and plover_type in HELP_TYPES
        and noun.dep_ == "pobj"
        and committed is None
    ):
        # "with the support of Rwanda, the rebels seized Goma": the clause's subject is helped
        args.target = [m for m in _helped_subject(noun, index) if m not in args.source]
    if not args.source and noun.dep_ == "attr":
        # "X has been a powerful backer of Y", "X is a close ally of Y": the copula's subject.
        for s in _children(noun.head, SUBJECT_DEPS):
            args.source += actors_of(s, index)
            if s.tag_ in {"WDT", "WP"} and noun.head.dep_ == "relcl":
                args.source += actors_of(noun.head.head, index)  # "X, which is an ally of Y"
    if (
        not args.source
        and noun.dep_ in {"dobj", "obj"}
        and noun.head.pos_ in {"VERB", "AUX"}
        and noun.head.lemma_.lower() not in words.judging_verbs
        and not (plover_type in HOSTILE_ACT_TYPES and _named_in_disapproval(noun.head))
    ):
        governing = verb_arguments(noun.head, index)
        if meets_attack(noun):
            # "soldiers repelled an attack on their base": those who met it were attacked
            args.target = args.target or governing.source
            return _dedupe(args)
        # "Moroccan diplomats held their first meeting with ...": the verb's subject acts (not
        # when the verb judges the act: "Kenya condemned the ambush", nor when it names it in
        # disapproval: "Moscow called the seizure an act of piracy", whoever seized).
        args.source = governing.source
        args.anaphor = governing.anaphor
    if not args.source and _travelled_back_from(noun):
        # "the president returned from a state visit to India": who came back made the visit or
        # held the talks (stop 66, lead, probes of our own: the visit had no visitor)
        args.source = [m for m in subject_parties(noun.head.head, index) if m not in args.target]
    if not args.source:
        # "Al-Shabaab claimed responsibility for the ambush": who claims an act did it (stop 63
        # lead, probes of our own: the act had no doer)
        args.source = [m for m in _responsibility_claimers(noun, index) if m not in args.target]
    if not args.source:
        # "The expulsion of two reporters, ordered by the interior ministry, came ...": who
        # ordered the act did it (round r29, plover47, the brief's leftover)
        args.source = [m for m in _deciders_of(noun, index) if m not in args.target]
    if not args.source:
        _adjunct_act(noun, index, args)
    if not args.source and args.target:
        # "Malian troops withdrew from Ber after clashes with separatist rebels": the fight with a
        # named side that an armed subject's act follows was that subject's (stop 67, lead)
        args.source = [m for m in _fighting_subject(noun, index) if m not in args.target]
    if not args.target and noun.dep_ == "nsubj":
        args.target = [m for m in left_in_state(noun.head, index) if m not in args.source]
    if not args.target:
        # "brought a complaint before the WTO against Chile": a grievance noun carried by a verb
        # that is no trigger itself keeps the "against" party the parser hung on the forum, as
        # a typed verb's object does (`_against_parties`; round r28, args32, the brief's leftover)
        args.target = [m for m in _against_parties(noun, index) if m not in args.source]
    return _dedupe(args)


# Fights between two sides (of `contest_nouns` and `gunfight_nouns`; no talks, rows or tension),
# the prepositions of the clause they come before or beside, and the sectors of armed parties
# (the armed groups of `unknown_attackers` and a state's armed forces and police).
_FIGHT_NOUNS = frozenset({"clash", "fighting", "fight", "battle", "skirmish", "confrontation"})
_FIGHT_PREPS = frozenset({"after", "following", "amid", "during"})
_ARMED_SECTORS = ARMED_GROUP_SECTORS | {"MIL", "COP"}


def _fighting_subject(noun: Token, index: MentionIndex) -> list[ActorMention]:
    """The armed parties (`_ARMED_SECTORS`) that are the subject of the clause a fight with a
    named side comes before or beside ("Malian troops withdrew ... after clashes with separatist
    rebels", "Rebels seized the airport following days of fighting with government forces"): the
    fight named only its other side (stop 67, lead, probe sentences written as wire text). A
    subject that is no armed party ("Villagers fled after clashes with bandits") fought no one."""
    words = argument_words()
    fights = _FIGHT_NOUNS | words.gunfight_nouns
    if noun.lemma_.lower() not in fights or not _with_objects([noun]):
        return []
    tok = noun
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "pobj":
        tok = tok.head.head  # "following days of fighting with ..."
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in _FIGHT_PREPS:
        return []
    if prep.head.pos_ not in {"VERB", "AUX"}:
        return []
    return [m for m in subject_parties(prep.head, index) if m.sector in _ARMED_SECTORS]


def _responsibility_claimers(noun: Token, index: MentionIndex) -> list[ActorMention]:
    """The subject of a verb of claiming or accepting responsibility (or credit) for the act noun
    ("claimed responsibility for a drone attack", "accepted responsibility for the bombing"); []
    otherwise. A denial ("denied responsibility for") names no doer."""
    words = argument_words()
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return []
    owned = noun.head.head
    if owned.lemma_.lower() not in words.responsibility_nouns or owned.dep_ not in {"dobj", "obj"}:
        return []
    claim = owned.head
    if claim.lemma_.lower() not in words.responsibility_claim_verbs or any(c.dep_ == "neg" for c in claim.children):
        return []
    return [m for s in _children(claim, SUBJECT_DEPS) for m in actors_of(s, index)]


# Participles of deciding an act, whose "by" agent set off after an act noun is its doer ("the
# closure of the border, ordered by the army,", "a ban on rallies, imposed by the governor,").
DECIDING_PARTICIPLES = frozenset({"order", "impose", "decree", "announce", "authorize", "authorise"})


def _deciders_of(noun: Token, index: MentionIndex) -> list[ActorMention]:
    """The "by" agents of a participle of deciding hung on the act noun, or (set off by a comma)
    on the object of the noun's preposition, where the parser often hangs it ("The expulsion of
    two reporters, ordered by the ministry, ...", "a ban on rallies, imposed by ...")."""
    objects = [o for p in _children(noun, {"prep"}) for o in _pobjs(p)]
    hosts = [noun, *(o for o in objects if o.i + 1 < len(o.doc) and o.doc[o.i + 1].text == ",")]
    return [
        m for h in hosts for c in _children(h, {"acl"})
        if c.tag_ == "VBN" and c.lemma_.lower() in DECIDING_PARTICIPLES
        for m in _agent_parties(c, index)
    ]  # fmt: skip


def meets_attack(noun: Token) -> bool:
    """ "repelled an attack", "foiled an assault", "survived an ambush", "fended off a raid": the
    noun is the object of a verb whose subject meets the act (`resisting_verbs`), so the subject
    is the one attacked, not the doer."""
    verb = noun.head
    return noun.dep_ in {"dobj", "obj"} and verb.lemma_.lower() in argument_words().resisting_verbs


# Acts done to another, whose doer does not name them in disapproval (`_named_in_disapproval`).
HOSTILE_ACT_TYPES = frozenset({"COERCE", "ASSAULT", "SANCTION", "THREATEN"})


def _named_in_disapproval(verb: Token) -> bool:
    """ "Moscow called the seizure an act of piracy", "Rome termed the raid a crime": a verb of
    naming with a disapproving complement judges another's act; its subject is no party of it
    (round r16, fuse15: fusion_own8 and fusion_own10 tune, the namer's state was joined to
    another act of its own). A naming that approves ("called the talks productive") is left as
    it was: a participant may praise its own act, and only hostile acts (`HOSTILE_ACT_TYPES`)
    are set apart: "called the talks a failure" may be said by a party to them (fusion_own4 check
    lost a pair with every type, totals only)."""
    complement = naming_complement(verb, verb.lemma_.lower())
    return complement is not None and disapproves(complement)


def _patient_hung_on_agent(noun: Token, agent: Token, index: MentionIndex) -> list[ActorMention]:
    """ "The arrest by Thai police of a Malaysian businessman": where the "by" doer comes before
    the "of" phrase, the parser hangs the "of" phrase on the doer, not on the act noun, so the act
    lost what it was done to. The "of" parties of another state than the doer's are the target,
    as in `_acted_on_by_agent`; "by fighters of the Patriotic Front" (no state on the doer) and
    "by soldiers of the Malian army" (the doer's own state) stay the doer's name (round r23,
    args27, own51 tune)."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return []
    agents = actors_of(agent, index)
    found = [
        m for b in _children(agent, {"prep"}) if b.lower_ == "of"
        for q in _pobjs(b) for m in actors_of(q, index) if m not in agents
    ]  # fmt: skip
    return _acted_on_by_agent(found, agents)


def _acted_on_by_agent(
    found: list[ActorMention], agents: list[ActorMention]
) -> list[ActorMention]:
    """ "the release of 12 Peruvian fishermen by the Chilean navy", "the return of two Afghan
    refugees by Iranian police": where an act noun names its doer in a "by" phrase, the "of"
    parties of another state are what it was done to, as in a passive, also for the types whose
    "of" party otherwise does the act ("the withdrawal of Russian troops", `OF_IS_TARGET`).
    Parties of the doer's own state ("the pullout of Russian troops by Moscow") stay its own
    (attachment round 23, own27 tune)."""
    agent_states = {m.country for m in agents if m.country}
    if not agent_states:
        return []
    return [m for m in found if m.country and m.country not in agent_states]


def _displaced_between(noun: Token) -> list[Token]:
    """A "between" phrase the parser hung on a proper name or a participle inside the event
    noun's own modifiers ("hosted by Oman between ...", "held in Doha between ..."), at most
    three steps below the noun."""
    found = []
    for tok in noun.subtree:
        if tok.dep_ != "prep" or tok.lower_ != "between" or tok.head.pos_ not in {"PROPN", "VERB"}:
            continue
        up, steps = tok.head, 0
        while up.i != noun.i and steps < MAX_SEARCH_DEPTH and up.head.i != up.i:
            up, steps = up.head, steps + 1
        if up.i == noun.i:
            found.append(tok)
    return found[:1]


def left_in_state(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """ "The suspension of gas deliveries left Moldova scrambling", "the blockade left Gaza short
    of fuel", "shelled the town, leaving three soldiers dead": whom a resultative verb leaves in a
    state is whom the event above it hit."""
    if verb.lemma_.lower() not in argument_words().result_verbs:
        return []
    out: list[ActorMention] = []
    for state in secondary_predicates(verb):
        # "left the economy struggling" is parsed as a clause whose subject is the object
        held = _children(verb, {"dobj", "obj"}) or _children(state, {"nsubj"})
        out += [m for h in held for m in actors_of(h, index) if m not in out]
    return out


def _adjunct_act(noun: Token, index: MentionIndex, args: Arguments) -> None:
    """ "walked out of parliament in protest at the ruling", "expelled two diplomats in
    retaliation": a bare event noun under "in" says in what spirit the clause's subject acts, so
    that subject does it; "invited Peru's president for talks": a meeting the verb is for is
    held by its subject with its object. A noun with a determiner or a plural ("killed in
    clashes with rebels", "in a raid by militants") is an event of its own."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in {"VERB", "AUX"}:
        return
    bare = noun.tag_ == "NN" and not any(c.dep_ in {"det", "poss"} for c in noun.children)
    meeting = prep.lower_ == "for" and noun.lemma_.lower() in argument_words().meeting_nouns
    if not meeting and not (prep.lower_ == "in" and bare):
        return
    governing = verb_arguments(prep.head, index)
    args.source = governing.source
    if meeting and not args.target:
        args.target = [m for m in governing.target if m not in args.source]


# Help nominals whose adjunct phrase names whom they help through the clause's subject.
HELP_TYPES = {"SUPPORT", "AID"}
HELP_PREPS = {"with", "because", "thanks", "to", "through"}


def _committing_verb(noun: Token) -> Token | None:
    """The verb of commitment (`committing_verbs`: "signed up to", "agreed to", "committed to")
    whose "to" or "on" phrase the act noun is, else None. Such a noun is the act its subject
    commits to, not a help phrase adjunct to the clause ("thanks to the support of X")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in {"to", "on"}:
        return None
    verb = prep.head
    if verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in argument_words().committing_verbs:
        return verb
    return None


def _helped_subject(noun: Token, index: MentionIndex) -> list[ActorMention]:
    """The subject of the clause a help phrase ("with the support of X", "thanks to the backing
    of X", "because of ...") is an adjunct of."""
    tok = noun
    for _ in range(3):
        tok = tok.head
        if tok.pos_ in {"VERB", "AUX"}:
            return [m for s in _children(tok, SUBJECT_DEPS) for m in actors_of(s, index)]
        if tok.lower_ not in HELP_PREPS or tok.dep_ not in {"prep", "npadvmod", "pcomp"}:
            return []
    return []


def _attacked_place(mod: Token, noun: Token, index: MentionIndex) -> bool:
    """A place name compounded onto an attack noun names where or whom it hit, not the attacker:
    "the Pakistan attack". An armed actor there is the attacker ("the Taliban attack"), and so is
    the modifier when the noun names whom it hit itself ("the Pakistan attack on Afghanistan")."""
    if mod.dep_ != "compound" or mod.ent_type_ not in argument_words().place_entities:
        return False
    if noun.lemma_.lower() in argument_words().state_attack_nouns:
        return False
    mention = index.at(mod)
    if mention is None or mention.sector in argument_words().armed_sectors:
        return False
    return not any(c.dep_ == "prep" and c.lower_ in TARGET_PREPS for c in noun.children)


OBJECT_PRONOUNS = {"it", "them"}
PERSON_OBJECT_PRONOUNS = {"him", "her"}


def _object_is_party(verb: Token) -> bool:
    """The verb's object is someone who acts: "accused it of", "blamed them for", "asked it to";
    a bare "rejected it" more often stands for a plan or a claim."""
    return any(
        (c.dep_ == "prep" and c.lower_ in CONTROL_PREPS)
        or (c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
        for c in verb.children
    )


def _object_antecedent(
    pronoun: Token, index: MentionIndex, source: list[ActorMention]
) -> list[ActorMention]:
    """ "Chile is unhappy with Peru's policy and accuses it of ...": an object pronoun that names a
    party stands for the nearest actor named before it in the sentence that is not the subject's
    own party."""
    if _bare_count(pronoun):
        return _people_named_before(pronoun, index, source)
    if pronoun.lower_ in PERSON_OBJECT_PRONOUNS:
        return _person_named_before(pronoun, index, source)
    if pronoun.lower_ not in OBJECT_PRONOUNS:
        return []
    if not _object_is_party(pronoun.head):
        # only a direct object: "offered them visas" (a dative) names the ones given to, whom
        # the giver's act is not aimed at first (a later clause outranked the main act)
        direct = pronoun.lower_ == "them" and pronoun.dep_ in {"dobj", "obj"}
        return _people_named_before(pronoun, index, source) if direct else []
    own = {m.actor_id for m in source} | {m.country for m in source if m.country}
    for tok, m in _named_before(pronoun, index):
        if pronoun.lower_ == "it" and tok.tag_ == "NNS":
            # "rejected the claim that it had moved troops, a day after Lima accused it": "it"
            # stands for no plural common noun (fusion round r12b: the accused read as "troops")
            continue
        if m.actor_id not in own and m.country not in own:
            return [m]
    return []


def _person_named_before(
    pronoun: Token, index: MentionIndex, source: list[ActorMention]
) -> list[ActorMention]:
    """ "expelled a Serbian diplomat, accusing him of meddling": "him" or "her" as the party
    accused or blamed ("of"/"for", `_object_is_party`) stands for the nearest one person named
    before it (a person's name or a singular role noun) who is not the subject itself; the
    accusation had no target (stop 61 lead, probes of our own). A state or a plural is no "him"."""
    if not _object_is_party(pronoun.head):
        return []
    own = {m.actor_id for m in source}  # a state's police may accuse its own citizen
    for tok, m in _named_before(pronoun, index):
        if not (tok.ent_type_ == "PERSON" or (tok.tag_ == "NN" and not tok.ent_type_)):
            continue
        if m.actor_id not in own and m not in source:
            return [m]
    return []


def _named_before(tok: Token, index: MentionIndex) -> Iterator[tuple[Token, ActorMention]]:
    """The tokens before `tok` in its sentence that lie in an actor mention, nearest first, each
    with its mention: where a pronoun's antecedent is looked for."""
    for before in reversed(list(tok.sent)[: tok.i - tok.sent.start]):
        m = index.at(before)
        if m is not None:
            yield before, m


def _bare_count(obj: Token) -> bool:
    """ "opened fire on protesters, killing two", "killing at least 20 of them": a number with no
    noun of its own counts people named before it, as "them" does (stop 57, lead)."""
    if obj.tag_ != "CD" or obj.dep_ not in {"dobj", "obj"}:
        return False
    return all(
        c.dep_ in {"advmod", "quantmod", "det", "predet", "punct"}
        or (c.dep_ == "prep" and c.lower_ == "of" and all(p.lower_ == "them" for p in c.children))
        for c in obj.children
    )


def _people_named_before(
    pronoun: Token, index: MentionIndex, source: list[ActorMention]
) -> list[ActorMention]:
    """ "Nurses rallied outside the ministry, and riot police fired tear gas to disperse them",
    "two journalists were detained ..., and immigration officers deported them": "them" as the
    object of an act stands for the nearest party named before it in its sentence by a plural
    noun (or joined nouns), other than the doers themselves. A singular name ("Lome", "the
    ministry") is passed over: "them" cannot stand for it. Issue 9, stop 57 (lead, probes of our
    own: such acts had no target)."""
    doers = {m.actor_id for m in source}
    for tok, m in _named_before(pronoun, index):
        if m.actor_id not in doers and (
            tok.tag_ in {"NNS", "NNPS"} or (tok.dep_ != "conj" and tok.conjuncts)
        ):
            return [m]
    return []


def _owner_named_before(
    obj: Token, index: MentionIndex, source: list[ActorMention]
) -> list[ActorMention]:
    """ "detained eight fishermen and confiscated their boat": a thing owned by "their" that
    names no party is its owner's, the nearest party named before it in the sentence by a plural
    noun other than the doers (`_people_named_before`); the owner is whom the act hits (stop 57,
    lead: such seizures had no target). Not "its": a state's "its airspace" or "its neighbour"
    is the speaking state's, which the nearest singular name often is not (tried on the lead's
    branch: PLOVER own11 and own69 tune lost their main pair to the act on "its")."""
    if index.at(obj) is not None:
        return []
    owners = [c for c in _pronoun_possessors(obj) if c.lower_ == "their"]
    return _people_named_before(owners[0], index, source) if owners else []


def _owner_acted_on_by_first_verb(
    obj: Token, verb: Token, index: MentionIndex
) -> list[ActorMention]:
    """ "boarded a Togolese canoe and arrested its eleven crew", "intercepted a Somali skiff and
    seized its cargo": "its" on the object of a verb joined to a first one stands for the thing
    that first verb acted on, a craft or a thing (a singular common noun, no actor itself) whose
    modifier names its party; that party is whom the second act hits (round r38, args42: own81
    tune, the arrest had no target). A first object that is an actor itself ("criticised Ukraine
    and recalled its envoy") is left alone: "its" may be the doer's own there."""
    if index.at(obj) is not None or verb.dep_ != "conj" or verb.head.pos_ != "VERB":
        return []
    if not any(c.lower_ == "its" for c in _pronoun_possessors(obj)):
        return []
    return _party_of_first_thing(verb.head, index)


def _party_of_first_thing(first: Token, index: MentionIndex) -> list[ActorMention]:
    """The party named by the modifier of the first verb's object, where that object is a thing
    (a singular common noun, no actor itself: "a Togolese canoe", "a Peruvian launch")."""
    things = [o for o in _children(first, {"dobj", "obj"})
              if o.tag_ == "NN" and index.at(o) is None]  # fmt: skip
    return [m for o in things[:1] for m in actors_of(o, index)]


def _aboard(tok: Token) -> bool:
    """ "aboard" / "onboard" or "on board" on `tok`."""
    for c in tok.children:
        if c.dep_ in {"advmod", "prep"} and c.lower_ in {"aboard", "onboard"}:
            return True
        if c.dep_ == "prep" and c.lower_ == "on" and any(p.lower_ == "board" for p in c.children):
            return True
    return False


def _people_aboard_first_craft(obj: Token, verb: Token, index: MentionIndex) -> list[ActorMention]:
    """ "intercepted a Peruvian launch ... and detained the nine people aboard", "stopped a Sri
    Lankan trawler and arrested the five fishermen on board": people "aboard" (the parser hangs
    the word on the verb or on the people) of a verb joined to a first one are those of the craft
    that first verb acted on (a singular common noun, no actor itself, whose modifier names its
    party), who the act hits; the people noun names no state of its own (stop 62's leftover,
    stop 63, args47: own91 tune, the detention outranked the boarding with a stateless target).
    People named with their own state ("five Sri Lankan fishermen aboard") keep it alone."""
    if verb.dep_ != "conj" or verb.head.pos_ != "VERB" or obj.tag_ != "NNS":
        return []
    if not (_aboard(verb) or _aboard(obj)):
        return []
    if any(m.country for m in actors_of(obj, index)):
        return []
    return _party_of_first_thing(verb.head, index)


def _antecedent(pronoun: Token, index: MentionIndex) -> list[ActorMention]:
    """'Nigeria announced that it will ...', 'the group insisted on its demands': the pronoun is
    the subject of the clause above it. Only that one safe case is resolved here."""
    clause = pronoun.head
    while (
        clause.dep_ not in {"ccomp", "ROOT", "xcomp", "advcl", "conj"} and clause.head.i != clause.i
    ):
        clause = clause.head
    while clause.dep_ == "conj" and clause.head.dep_ == "ccomp" and clause.head.i != clause.i:
        # "said that the men could be freed, and that he had spoken to X": a second reported
        # clause hangs on the first; its pronoun is the speaker's, as in the first (issue 9,
        # round r5: reader_own4 tune)
        clause = clause.head
    upper = clause.head if clause.dep_ != "ROOT" else clause
    # Tokens are compared by position: spaCy makes a new Token object on every access (`.head`,
    # `.children`), so an identity test never holds (round r11b)
    if upper.i == clause.i and pronoun.head.i == clause.i:
        return []  # the pronoun is the main clause's own subject: left to the previous sentence
    if clause.dep_ == "advcl" and upper.pos_ in {"NOUN", "PROPN"}:
        # "studied the report for a month before it recalled ...": the parser hangs the clause
        # on the time noun; the clause it qualifies is its verb's (round r11b)
        upper = _verb_above(upper) or upper
    # A subject that names no party is passed over: a wire's dateline parses as a second
    # subject of the first verb ("ADDIS ABABA, Dec 2 (Wire) - Ethiopia accused ... and said it
    # had ..."), and its city stands for no one (round r8b, reader_own7 tune)
    for s in _children(upper, SUBJECT_DEPS):
        if s.i != pronoun.i and (named := actors_of(s, index)):
            return named
    # "according to the army, which said it had sent two patrol boats": the pronoun under a
    # relative clause of saying is the noun the clause modifies (round r33, reader37, the brief's
    # leftover), also through a later conjunct ("which accused X and said it had ...")
    noun = relative_antecedent(upper, first_conjunct=True)
    if noun is not None and (named := actors_of(noun, index)):
        return named
    if upper.dep_ == "conj" and upper.pos_ in {"VERB", "AUX"}:
        # "the rebels rejected the plan and said they opposed ...": a coordinated verb of
        # saying shares the first verb's subject, whose the pronoun is (round 17)
        for s in _children(upper.head, SUBJECT_DEPS):
            if s.i != pronoun.i and (named := actors_of(s, index)):
                return named
    if upper.tag_ == "VBG" and upper.dep_ in {"pcomp", "advcl"}:
        # "X was quoted as saying he would ...", "X told reporters, adding that he ...": a
        # gerund of saying has no subject of its own; the verb it hangs on has X
        governing = upper.head.head if upper.dep_ == "pcomp" else upper.head
        for s in _children(governing, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS):
            if s.i != pronoun.i:
                return actors_of(s, index)
    return []


def _verb_above(tok: Token) -> Token | None:
    """The nearest verb above a noun (a few steps up), or None."""
    for head in list(tok.ancestors)[:4]:
        if head.pos_ in {"VERB", "AUX"}:
            return head
    return None


def meeting_partners(
    verb: Token, index: MentionIndex, source: list[ActorMention]
) -> list[ActorMention]:
    """ "agreed to reopen the crossing following a meeting with Tajik officials": an agreement
    with no other party is made with whom its meeting was held; the meeting may hang on the verb
    or on a verb above it ('"We agreed ...," he said after talks with X')."""
    words = argument_words()
    for head in (verb, *verb.ancestors):
        if head.pos_ not in {"VERB", "AUX"}:
            continue
        for prep in _children(head, {"prep"}):
            if prep.lower_ not in words.occasion_preps:
                continue
            for noun in _pobjs(prep):
                if noun.lemma_.lower() not in words.meeting_nouns:
                    continue
                found = [m for w in _children(noun, {"prep"}) if w.lower_ == "with"
                         for p in _pobjs(w) for m in actors_of(p, index)]  # fmt: skip
                found = [m for m in found if m not in source]
                if found:
                    return found
    return []


def protest_aims(
    verb: Token, index: MentionIndex, source: list[ActorMention]
) -> list[ActorMention]:
    """ "Youths threw stones during demonstrations against abuses by the army": an act with no
    party of its own done at a protest is aimed at what the protest is against, a party or the
    "by" agent of an act; the protest may hang on the verb or on a verb above it."""
    words = argument_words()
    for head in (verb, *verb.ancestors):
        if head.pos_ not in {"VERB", "AUX"}:
            continue
        for prep in _children(head, {"prep"}):
            if prep.lower_ not in words.protest_occasion_preps:
                continue
            for noun in _pobjs(prep):
                if noun.lemma_.lower() not in words.protest_nouns:
                    continue
                aimed = [p for w in _children(noun, {"prep"}) if w.lower_ == "against"
                         for p in _pobjs(w)]  # fmt: skip
                found = [m for p in aimed for m in actors_of(p, index)] or [
                    m for p in aimed for by in _children(p, {"prep", "agent"})
                    if by.lower_ == "by" for a in _pobjs(by) for m in actors_of(a, index)
                ]  # fmt: skip
                found = [m for m in found if m not in source]
                if found:
                    return found
    return []


def _speaker(pronoun: Token, index: MentionIndex) -> list[ActorMention]:
    """'"We have agreed to extend it," the minister told reporters': a first-person subject of
    a clause under a verb of saying is the speaker, the subject of that verb."""
    clause = pronoun.head
    for _ in range(4):  # up through "to extend", "and will", to the clause the quote is
        if clause.dep_ not in {"xcomp", "conj", "advcl"} or clause.head.i == clause.i:
            break
        clause = clause.head
    upper = clause.head
    if clause.dep_ not in {"ccomp", "parataxis"} or upper.i == clause.i:
        return []
    if upper.lemma_.lower() not in argument_words().saying_verbs:
        return []
    return [m for s in _children(upper, SUBJECT_DEPS) for m in actors_of(s, index)]


def _dedupe(args: Arguments) -> Arguments:
    source: list[ActorMention] = []
    for m in args.source:
        if m not in source:
            source.append(m)
    target: list[ActorMention] = []
    for m in args.target:
        if m not in target and m not in source:
            target.append(m)
    args.source, args.target = source, target
    return args
