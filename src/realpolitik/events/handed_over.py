"""A person handed over in the passive with no agent ("a banker wanted in Peru was extradited from
Spain"): the state in the "from" phrase hands over (the source), the one in the "to" phrase, or else
the one a "wanted in" / "sought by" participle on the person names, receives (the target); in the
active with no "to" phrase, that asking state is the target too. The words are in
`data/events/handed_over.yaml`."""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.events.arguments import Arguments, MentionIndex, actors_of
from realpolitik.events.lexicon import TriggerType
from realpolitik.events.suspect_handovers import (
    CAPTIVE_RELEASE,
    JUDICIAL_HANDOVER,
    fronted_participle,
    handed_people,
    handover_words,
    is_suspect,
    modified_by,
    receiver_preps,
    suspect_handed_to,
)
from realpolitik.model import ActorMention


def _is_handover(verb: Token) -> bool:
    words = handover_words()
    lemma = verb.lemma_.lower()
    if lemma in words["handover_verbs"]:
        return True
    return lemma in words["handover_particle_verbs"] and any(
        c.dep_ == "prt" and c.lower_ == "over" for c in verb.children
    )


def _prep_parties(verb: Token, preps: set[str], index: MentionIndex) -> list[ActorMention]:
    return [
        m
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in preps
        for obj in prep.children
        if obj.dep_ == "pobj"
        for m in actors_of(obj, index)
    ]


def _wanted_by(person: Token, index: MentionIndex) -> list[ActorMention]:
    """ "a banker wanted in Peru", "two suspects sought by France": the asking state."""
    words = handover_words()
    return [
        m
        for part in person.children
        if part.dep_ == "acl" and part.lemma_.lower() in words["wanted_verbs"]
        for m in _prep_parties(part, set(words["wanted_preps"]), index)
        + [
            m
            for agent in part.children
            if agent.dep_ == "agent"
            for obj in agent.children
            if obj.dep_ == "pobj"
            for m in actors_of(obj, index)
        ]
    ]


def _passive_receivers(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """Who receives the person a passive hand-over hands over: its "to" phrase, else the state
    the person is wanted in or by."""
    receiver = _prep_parties(verb, {"to"}, index)
    if not receiver:
        receiver = [m for person in handed_people(verb) for m in _wanted_by(person, index)]
    words = handover_words()
    if (
        not receiver
        and verb.dep_ in {"conj", "ccomp"}
        and verb.head.lemma_.lower() in words["wanted_verbs"]
    ):
        # the parser reads "A banker wanted in Peru was extradited" as "A banker wanted ... and
        # was extradited": the participle is the head clause
        receiver = _prep_parties(verb.head, set(words["wanted_preps"]), index)
    return receiver


def handed_over_parties(verb: Token, args: Arguments, index: MentionIndex) -> Arguments:
    """`args` with the hand-over's parties where `verb` is a passive hand-over with no agent (an
    agent, when there is one, is read as any passive's); a source found otherwise is the handed-over
    person ("A former minister wanted in Peru": a title read as a party), who joins the target."""
    if not _is_handover(verb):
        return args
    children = list(verb.children)
    if not any(c.dep_ == "auxpass" for c in children) and not _joined_to_passive(verb):
        return _active_handover_parties(verb, args, index)
    if any(c.dep_ == "agent" for c in children):
        # "A banker wanted in Peru was extradited by Argentina": the agent hands over, as any
        # passive's; the state the person is wanted in receives them and leads the target (round
        # r34, plover52: own72 tune, the extradition had no target or only the person)
        args = _handed_person_out_of_source(verb, args, index)
        return _receivers_first(
            args, [m for m in _passive_receivers(verb, index) if m not in args.source]
        )
    giver = _passive_giver(verb, index)
    if not giver:
        return args
    receiver = _passive_receivers(verb, index)
    target: list[ActorMention] = []
    for m in receiver + args.target + args.source:
        if m not in giver and m not in target:
            target.append(m)
    return Arguments(source=giver, target=target, anaphor=args.anaphor)


def _handed_person_out_of_source(verb: Token, args: Arguments, index: MentionIndex) -> Arguments:
    """ "A Turkish banker wanted in France for fraud was handed over by Belgium": with "wanted"
    misparsed as the verb over the hand-over (`_misparsed_wanted_participle`), the banker was
    read as the hand-over's subject too and stood beside the agent as a second source; the person
    handed over is acted on, so their mention moves to the end of the target (round r35,
    plover53: stop 54's leftover). A source left with no other party keeps the person."""
    wanted = _misparsed_wanted_participle(verb)
    if wanted is None:
        return args
    person = [m for subj in wanted.children if subj.dep_ == "nsubj" for m in actors_of(subj, index)]
    moved = [m for m in args.source if m in person]
    if not moved or len(moved) == len(args.source):
        return args
    source = [m for m in args.source if m not in moved]
    target = [m for m in args.target if m not in moved] + moved
    return Arguments(source=source, target=target, anaphor=args.anaphor)


def _receivers_first(args: Arguments, receivers: list[ActorMention]) -> Arguments:
    """The arguments with the parties receiving a handed-over person leading the target (none:
    unchanged)."""
    if not receivers:
        return args
    target = receivers + [m for m in args.target if m not in receivers]
    return Arguments(source=args.source, target=target, anaphor=args.anaphor)


def _active_handover_parties(verb: Token, args: Arguments, index: MentionIndex) -> Arguments:
    """ "Spain extradited a banker wanted in Argentina", "would not hand over three dissidents
    sought by Nicaragua": with no "to" phrase, the state asking for the person receives them (the
    target, before the person)."""
    if _prep_parties(verb, {"to"}, index):
        return args
    asking = [
        m
        for person in verb.children
        if person.dep_ in {"dobj", "obj"}
        for m in _wanted_by(person, index)
        if m not in args.source
    ]
    return _receivers_first(args, asking)


def wanted_handover_type(ttype: TriggerType, verb: Token, index: MentionIndex) -> TriggerType:
    """ "handed over a rebel commander wanted in Uganda", "handed over two suspected smugglers": a
    person the participle says a party wants or seeks, or a modifier calls suspected, alleged or
    wanted, is a fugitive, and handing them over cooperation, not aid (the bare "hand over" reads
    CAMEO 070); the lexicon's own rows type named suspects ("handed over the suspects"). People a
    modifier calls captured or kidnapped ("turned over six captured soldiers to a church
    delegation") are released instead (RETREAT)."""
    if ttype.plover_type != "AID" or not _is_handover(verb):
        return ttype  # a framed reading ("would not hand over": a refusal) stands
    people = handed_people(verb)  # "was flown to Libreville and handed over": the flown man
    if any(modified_by(p, "captive_modifiers") for p in people):
        return TriggerType(*CAPTIVE_RELEASE, ttype.origin)
    misparsed = _misparsed_wanted_participle(verb)
    if misparsed is None and _joined_to_passive(verb):
        # "A man wanted in Gabon was flown to Libreville and handed over": "wanted" misparsed
        # as the verb over the flight the hand-over is joined to
        misparsed = _misparsed_wanted_participle(verb.head)
    if (
        # a modifier ("two suspected smugglers"), a noun ("the fugitive") or, since round r35
        # (plover53), a participle of charging ("an accountant suspected of laundering money was
        # handed over", which read aid) names a suspect (`is_suspect`)
        not any(_wanted(p) or is_suspect(p) for p in people)
        and not (misparsed is not None and _names_the_seeker(misparsed))
        and not _under_extradition(verb)
    ):
        return ttype
    return TriggerType(*JUDICIAL_HANDOVER, ttype.origin)


def _under_extradition(verb: Token) -> bool:
    """ "Under a 1998 extradition treaty, Argentina handed the former colonel over to Chile", "was
    handed over under an extradition request from Peru": a hand-over done under an extradition
    treaty or request is an extradition (the conventions' "extradition, handing over a fugitive"
    row), though the person is named by no word of wanting (round r30, plover48: the brief's
    leftover, where the bare "hand over" read aid and the treaty a signing)."""
    return any(
        t.lemma_.lower() == "extradition"
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "under"
        for t in prep.subtree
    )


def _wanted(person: Token) -> bool:
    """ "a man wanted in Baku over a robbery", "two suspects sought by the Turkish police": the
    participle says the person is sought, whether or not the place or agent it names is one of
    the sentence's actors (a capital or a city is often a place only: the typing needs the
    fugitive, the asking party is `_wanted_by`'s; round r25, plover43, own54 tune)."""
    return any(part.dep_ == "acl" and _names_the_seeker(part) for part in person.children)


def _names_the_seeker(part: Token) -> bool:
    """A verb of wanting with a "by" agent or an "in" / "by" phrase ("wanted in Baku"), a "for"
    phrase naming the crime ("wanted for the massacre") or an adverb standing for the asking
    state's ground ("wanted there"): round r31, plover49."""
    words = handover_words()
    preps = words["wanted_preps"] | words["wanted_typing_preps"]
    return part.lemma_.lower() in words["wanted_verbs"] and any(
        c.dep_ == "agent"
        or (c.dep_ == "prep" and c.lower_ in preps)
        or (c.dep_ == "advmod" and c.lower_ in words["wanted_place_adverbs"])
        for c in part.children
    )


def _misparsed_wanted_participle(verb: Token) -> Token | None:
    """The participle "wanted" of a passive hand-over's subject that the parser took for a verb
    with the person as its subject: "A businessman wanted in France ... was handed over to French
    police" parses "wanted" as the root with the hand-over as its conjunct or clausal complement,
    or as the clausal subject of "handed" ("A customs chief wanted in Zambia for fraud was handed over"), so the
    hand-over had no person and read aid (the bare "hand over", CAMEO 070). Round r27 (plover45,
    own58 tune; round r26's leftover "a passive hand-over of a wanted man")."""
    wanting = handover_words()["wanted_verbs"]
    for subj in verb.children:
        if subj.dep_ in {"nsubjpass", "csubjpass"} and subj.lemma_.lower() in wanting:
            if any(c.dep_ == "nsubj" for c in subj.children):
                return subj
    active = _wanted_conjunct_of_active(verb)
    if active is not None:
        return active
    head = verb.head
    if (
        (
            verb.dep_ in {"conj", "ccomp"}
            and any(c.dep_ == "auxpass" for c in verb.children)
            # "Handed over by Ugandan police, a banker wanted for fraud was flown back": the
            # fronted participle hung under "wanted", the banker its subject (round r43,
            # plover61: an extradition told by its effect read aid)
            or fronted_participle(verb)
        )
        and head.lemma_.lower() in wanting
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
        and any(c.dep_ == "nsubj" for c in head.children)
    ):
        return head
    return None


def _wanted_conjunct_of_active(verb: Token) -> Token | None:
    """The participle "wanted" of an active hand-over's object that the parser took for a verb
    joined to the hand-over with the person as its subject: "Peru handed over to Bolivia on
    Monday a former colonel wanted there for murder" parses "wanted" as a conjunct of "handed"
    (no "and" before it) and the colonel as its subject, so the hand-over had no person (round
    r31, plover49: own66 tune, where the "to" phrase before the object set the parse off). The
    parser as often hangs that "wanted" as an adverbial clause after the hand-over ("handed over
    to Spain a banker wanted there for the theft of pension funds"), with no subordinator of its
    own (round r45, plover63: own94 tune)."""
    if any(c.dep_ in {"dobj", "obj", "cc"} for c in verb.children):
        return None
    for conj in verb.children:
        if (
            (
                conj.dep_ == "conj"
                or (
                    conj.dep_ == "advcl"
                    and conj.i > verb.i
                    and not any(c.dep_ == "mark" for c in conj.children)
                )
            )
            and conj.lemma_.lower() in handover_words()["wanted_verbs"]
            and any(c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"} for c in conj.children)
        ):
            return conj
    return None


def governed_handover_parties(verb: Token, args: Arguments, index: MentionIndex) -> Arguments:
    """ "refused to extradite two men sought by Colombia", "agreed to hand over a suspect wanted in
    Peru": an act on a hand-over in its infinitive complement is done to the state asking for the
    person (or named in the hand-over's "to" phrase), which leads the target."""
    asking: list[ActorMention] = []
    for comp in verb.children:
        if comp.dep_ != "xcomp" or not _is_handover(comp):
            continue
        asking += _prep_parties(comp, {"to"}, index) or [
            m
            for person in comp.children
            if person.dep_ in {"dobj", "obj"}
            for m in _wanted_by(person, index)
        ]
    asking = [m for m in asking if m not in args.source]
    return _receivers_first(args, asking)


# Verbs that hand people to an intermediary ("handed 40 prisoners to the ICRC", "turned over six
# soldiers to the Red Crescent"), with or without "over" (the parser reads "handed over 20 ..." as
# "more than 20").
RELEASING_HANDOVER_VERBS = frozenset({"hand", "turn", "deliver", "transfer"})


def _to_intermediary(verb: Token) -> bool:
    """Whether the verb's "to" phrase names a neutral intermediary (`release_intermediaries`)."""
    names = handover_words()["release_intermediaries"]
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "to":
            continue
        told = " ".join(t.lower_ for obj in prep.children for t in obj.subtree)
        if any(name in told for name in names):
            return True
    return False


def _passive_people(verb: Token) -> list[Token]:
    """Who a passive hands over: its passive subject, or that of the passive it is joined to
    ("the crew were flown to Nairobi and handed over to their embassies"; round r28, reader32:
    the r27 leftover, which read aid)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if subjects or verb.dep_ != "conj":
        return subjects
    return [c for c in verb.head.children if c.dep_ == "nsubjpass"]


def intermediary_release_type(ttype: TriggerType, verb: Token) -> TriggerType:
    """ "Rebels handed over 20 prisoners to the Red Cross", "the army turned over 12 detainees to
    the ICRC": people handed to a neutral intermediary are released (RETREAT 0841; the
    conventions' "people handed to the Red Cross or Red Crescent" row), where the bare verb read
    aid (070), an agreement or, from "prisoners", a capture. An act governed by another verb
    ("agreed to hand over", "refused to hand over") keeps its framed reading there."""
    if verb.lemma_.lower() not in RELEASING_HANDOVER_VERBS or verb.dep_ in {"xcomp", "ccomp"}:
        return ttype
    if verb.lemma_.lower() == "turn" and not any(
        c.dep_ == "prt" and c.lower_ == "over" for c in verb.children
    ):
        return ttype  # "turned 40 prisoners to ..." is no hand-over
    people = [c for c in verb.children if c.dep_ in {"dobj", "obj"}] or _passive_people(verb)
    if not any(p.lemma_.lower() in handover_words()["released_people"] for p in people):
        return ttype
    if not _to_intermediary(verb):
        return ttype
    return TriggerType(*CAPTIVE_RELEASE, ttype.origin)


def suspect_receivers(verb: Token, args: Arguments, index: MentionIndex) -> Arguments:
    """ "handed a former mayor accused of organising killings during the genocide to Rwandan
    prosecutors": the party of a "to" phrase the parser hung inside the suspect's participle
    clause receives the suspect, and leads the target (round r26, args30: own57 tune, the target
    was the mayor alone). `suspect_handovers` types the act."""
    if suspect_handed_to(verb, verb.lemma_.lower()) is None:
        return args
    receivers = [
        m
        for prep in receiver_preps(verb)
        if prep.head.i != verb.i
        for obj in prep.children
        if obj.dep_ == "pobj"
        for m in actors_of(obj, index)
        if m not in args.source
    ]
    args = _receivers_first(args, receivers)
    giver = [] if args.source else _passive_giver(verb, index)
    if not giver:
        return args
    target = [m for m in args.target if m not in giver]
    return Arguments(source=giver, target=target, anaphor=args.anaphor)


def _passive_giver(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """The party a person handed in the passive with no agent comes from: the "from" phrase of
    the verb, or of the passive verb it is joined to ("was flown from El Salvador to Tegucigalpa
    and handed to Honduran police"), as the "extradited from" row reads (round r28, plover46)."""
    if any(c.dep_ == "agent" for c in verb.children):
        return []
    if any(c.dep_ == "auxpass" for c in verb.children):
        return _prep_parties(verb, {"from"}, index)
    if _joined_to_passive(verb):
        return _prep_parties(verb, {"from"}, index) or _prep_parties(verb.head, {"from"}, index)
    return []


def _joined_to_passive(verb: Token) -> bool:
    """`verb` is joined, with no subject of its own, to a passive verb with no agent ("was flown
    to Libreville and handed over to police"): it shares that verb's passive subject."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
        and any(c.dep_ == "auxpass" for c in head.children)
        and not any(c.dep_ == "agent" for c in head.children)
    )
