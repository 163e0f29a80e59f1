"""Force at a protest as one decision (round 11): who uses what force on whom, and whether the
crowd was violent.

The ACLED codebook separates four readings of a sentence where a protest meets force or where
protesters meet the police, and the earlier rounds voted for each from its own reader, so that
one sentence could vote for two of them (tear gas on a rally read as excessive force, rubber
bullets as a violent demonstration: pipeline tune CV misses of round 10). Here they are decided
in one order, the codebook's:

1. the crowd does violence (`reads_violent_protest`: a protest named violent, protesters who
   throw, torch or loot): a violent demonstration, whatever force meets it;
2. else lethal or clearly disproportionate force on the protest (`reads_lethal_force_on_protest`:
   deaths or live fire, a protest suppressed "brutally"): excessive force against protesters;
3. else non-lethal dispersal (tear gas, water cannon, rubber bullets, batons; a protest
   dispersed, broken up or scattered), or arrests at a protest under way: a protest with
   intervention;
4. else protesters arrested where neither the sentence nor the one before tells a protest under
   way (no protest named as an event, nor a place it gathers at; or the arrest is "for" or
   "over" a protest): arrests. (Its vote is 0 since tuning, `acled_typing.PROTEST_FORCE_VOTE`:
   the reading only keeps the intervention vote off such sentences.)
   "Police arrested 12 protesters in Lahore" names only who was arrested and the city, against
   "police detained 30 demonstrators at a rally" or "officers held people who joined a march".
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Span, Token

from realpolitik.events.acled_acts import (
    _done_to_death,
    _names_state_force,
    _sets_on_fire,
    _subjects,
    _with_partitive,
    act_words,
    reads_lethal_force_on_protest,
)
from realpolitik.events.acled_phrases import (
    in_words,
    phrase_words,
    reads_protest_arrest,
    token_words,
)
from realpolitik.events.acled_unnamed_protest import unnamed_protest_words
from realpolitik.events.lexicon import DATA_DIR
from realpolitik.events.nominal_objects import prep_objects
from realpolitik.events.wordlists import read_word_groups
from realpolitik.nlp.columns import span_has_any, span_tokens

VIOLENT_PROTEST_FILE = DATA_DIR / "acled_violent_protest.tsv"
PROTEST_FORCE_FILE = DATA_DIR / "acled_protest_force.tsv"

VIOLENT_DEMONSTRATION = "Violent demonstration"
EXCESSIVE_FORCE = "Excessive force against protesters"
INTERVENTION = "Protest with intervention"
ARRESTS = "Arrests"


@lru_cache(maxsize=1)
def violent_protest_words() -> dict[str, frozenset[str]]:
    """The word groups of `acled_violent_protest.tsv`."""
    return read_word_groups(VIOLENT_PROTEST_FILE)


@lru_cache(maxsize=1)
def force_words() -> dict[str, frozenset[str]]:
    """The word groups of `acled_protest_force.tsv`."""
    return read_word_groups(PROTEST_FORCE_FILE)


def _in(tok: Token, group: str) -> bool:
    return in_words(tok, force_words()[group])


def _sentence_has(sent: Span, group: str) -> bool:
    return span_has_any(sent, force_words()[group])


def reads_burning_barricades(sent: Span) -> bool:
    """Tyres or barricades set burning (round r11, own12 tune: "young men ... blocked streets
    with flaming tyres" read as mob violence): the rioter's mark in regional news, told with no
    protest word. A tyre or barricade with "burning" or "flaming" on it, or the object of a verb
    of burning or of setting on fire ("torched tyres", "set barricades ablaze")."""
    groups = violent_protest_words()
    for tok in span_tokens(sent):
        if not token_words(tok) & groups["barricade"]:
            continue
        if any(token_words(c) & groups["aflame"] for c in tok.children if c.dep_ in {"amod", "compound"}):
            return True
        if tok.dep_ in {"dobj", "obj", "nsubjpass"} and (
            token_words(tok.head) & groups["burn"] or _sets_fire(tok.head)
        ):
            return True
    return False


def reads_violent_protest(sent: Span) -> bool:
    """A protest word with a word of violence on it ("violent protests"), a throwing done by
    a protest word ("a protester throws a petrol bomb"), or done during a protest ("torched a
    building during the march", round 9)."""
    groups = violent_protest_words()
    for tok in span_tokens(sent):
        words = token_words(tok)
        if not words & groups["protest"]:
            continue
        # "riot police", "riot troops" name the force, not a riot (issue 9, stop 73, acled56:
        # own54 tune probes, riot police throwing stun grenades read as the crowd's throwing)
        if tok.dep_ in {"amod", "compound"} and _names_state_force(tok.head):
            continue
        if any(
            token_words(c) & groups["violent"] and not _negated_word(c)
            for c in tok.children
            if c.dep_ in {"amod", "advmod"}
        ):
            return True
        if tok.dep_ == "nsubj" and token_words(tok.head) & groups["throw"]:
            return True
        # round r24 (own25 tune): the protesters setting something on fire ("demonstrators set
        # fire to a row of shops", "protesters set a police post ablaze"), told by "set" and its
        # object rather than one verb of burning: read as peaceful protest or mob violence
        if tok.dep_ == "nsubj" and _sets_fire(tok.head):
            return True
        # round r22 (own23 tune): the protesters' throwing told in a later coordinated verb
        # ("demonstrators stormed the office, smashed windows and ..."), or the protest word a
        # modifier of the subject ("protesting teachers ... overturned desks")
        doer = tok.head if tok.dep_ == "amod" else tok
        if doer.dep_ == "nsubj" and any(
            token_words(v) & groups["throw"] for v in doer.head.conjuncts if v.pos_ == "VERB"
        ):
            return True
        if tok.dep_ == "amod" and doer.dep_ == "nsubj" and token_words(doer.head) & groups["throw"]:
            return True
        # round 10: a throwing or burning done by marchers: the throw verb hangs on the protest
        # verb ("residents marching on the town centre burned down the police post")
        if tok.pos_ == "VERB" and any(
            token_words(c) & groups["throw"] for c in tok.children if c.dep_ in {"conj", "dep"}
        ):
            return True
        # round r8: a throwing or burning in the protesters' participle clause, or coordinated
        # with it ("protesters burning tyres ...", and where the parse hangs the main verb on
        # the clause: "Protesters rejecting the count smashed storefronts and overturned buses",
        # own4 tune: "overturned" is a conjunct of "rejecting")
        if any(
            v.pos_ == "VERB" and token_words(v) & groups["throw"]
            for c in tok.children
            if c.dep_ == "acl"
            for v in (c, *c.conjuncts)
        ):
            return True
        # round 9: a throwing or burning done "during" or "at" the protest ("torched a
        # building during their demonstration")
        # round 11: or a setting on fire ("set fire to a bank during a march")
        if tok.dep_ == "pobj" and tok.head.lower_ in {"during", "at"}:
            act = tok.head.head
            if token_words(act) & groups["throw"] or _sets_fire(act):
                return True
        # round r9: a throwing or burning done "in protest" (the protest is its motive: "youths
        # torched shops and set up barricades in protest at the reform", own10 tune, where "in
        # protest" hangs on the second of the coordinated verbs)
        if _damage_in_protest(tok):
            return True
        # round r9: a protest that ended in or turned into violence or damage ("a march against
        # water rationing ended with the town hall in flames", "the rally descended into
        # rioting", own10 tune: no verb of violence has a protester for its subject)
        if tok.dep_ == "nsubj" and _ends_in_mayhem(tok.head):
            return True
        # round r23: the crowd's own throwing or smashing told in a "when" or "as" clause on
        # the protest's verb, done by the protesters as a pronoun or a part of them ("a march
        # turned chaotic when some of them smashed the windows of the assembly", a probe of
        # the weak sub-types: read as the dispersal's intervention)
        if tok.dep_ == "nsubj" and any(_crowd_throws_in_clause(c) for c in tok.head.children):
            return True
    return False


def _crowd_throws_in_clause(clause: Token) -> bool:
    """An adverbial clause marked "when" or "as" whose verb, or a verb coordinated with it,
    throws, smashes or burns (`throw`), its subject a pronoun or a part of a pronoun ("some of
    them", "they"): the crowd of the clause above doing the violence. A named doer ("when
    gunmen threw a grenade") is someone else's act."""
    if clause.dep_ != "advcl" or not any(
        c.dep_ in {"advmod", "mark"} and c.lower_ in {"when", "as"} for c in clause.children
    ):
        return False
    groups = violent_protest_words()
    if not any(token_words(v) & groups["throw"] for v in (clause, *clause.conjuncts)):
        return False
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(
        s.pos_ == "PRON" or any(p.pos_ == "PRON" for p in prep_objects(s, "of")) for s in subjects
    )


def reads_damage_in_protest(sent: Span) -> bool:
    """A throwing, burning or smashing done "in protest" (round r9), or to press a demand (round
    r12): the destruction is the protest itself, so it is the violent demonstration, not
    looting/property destruction."""
    return any(
        _damage_in_protest(tok) or _damage_for_demand(tok) or _blockers_wreck(tok)
        for tok in span_tokens(sent)
    )


def _blockers_wreck(verb: Token) -> bool:
    """Civilians blocking a road (`_civilian_blockade`, no armed group among them) who burn,
    smash or set fire to something in the same telling: a verb of throwing or burning, or a
    setting on fire, coordinated with the blocking or hanging on it as a clause ("growers
    blocked the highway, setting two lorries on fire"; round r24, own25 tune: read as property
    destruction). A road blockade by civilians is news's usual telling of a protest, and the
    damage its violence; "gunmen blocked the road and torched a bus" is an armed group's."""
    if not _civilian_blockade(verb):
        return False
    armed = act_words()["armed_group"]
    if any(in_words(c, armed) for c in verb.children if c.dep_ == "nsubj"):
        return False
    throw = violent_protest_words()["throw"]
    acts = [*verb.conjuncts, *(c for c in verb.children if c.dep_ == "advcl")]
    return any(a.pos_ == "VERB" and (token_words(a) & throw or _sets_fire(a)) for a in acts)


def _damage_for_demand(verb: Token) -> bool:
    """A verb of throwing or burning, or one coordinated with it, with an infinitive of purpose
    whose verb presses a demand ("students hijacked three trucks and burned them to press for
    teaching posts"; round r12, own13 tune: read as property destruction, then mob violence).
    "Gunmen torched the bus to cover their escape" names no demand."""
    groups = violent_protest_words()
    if verb.pos_ != "VERB" or not (token_words(verb) & groups["throw"] or _sets_fire(verb)):
        return False
    acts = [verb, *verb.conjuncts]
    return any(
        c.dep_ in {"advcl", "xcomp"}
        and token_words(c) & groups["demand"]
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for act in acts
        for c in act.children
    )


def _damage_in_protest(tok: Token) -> bool:
    """The token is the "protest" of "in protest" on a verb of throwing or burning, or on a verb
    coordinated with one."""
    if not (tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.lower_ == "protest"):
        return False
    act = tok.head.head
    throw = violent_protest_words()["throw"]
    return any(token_words(v) & throw or _sets_fire(v) for v in (act, *act.conjuncts))


def _ends_in_mayhem(verb: Token) -> bool:
    """A verb of ending or turning ("ended with", "turned into", "descended into", "turned
    violent") whose outcome names violence or damage (flames, rioting, clashes, looting)."""
    groups = violent_protest_words()
    if verb.pos_ != "VERB" or not token_words(verb) & groups["outcome"]:
        return False
    outcomes = [c for c in verb.children if c.dep_ in {"acomp", "oprd"}]
    outcomes += [
        p for c in verb.children if c.dep_ == "prep" and c.lower_ in {"in", "into", "with"}
        for p in c.children if p.dep_ == "pobj"
    ]
    return any(
        t.pos_ in {"NOUN", "ADJ", "PROPN"} and token_words(t) & groups["mayhem"]
        for o in outcomes
        for t in o.subtree
    )


def _negated_word(tok: Token) -> bool:
    """A word with "non-" before it ("a non-violent demonstration", round 11: read as violent)."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "non"


def _sets_fire(verb: Token) -> bool:
    """ "set fire to X", "set X on fire", "set X ablaze"."""
    return _sets_on_fire(verb) or (
        verb.lemma_.lower() == "set"
        and any(c.dep_ in {"dobj", "obj"} and c.lower_ == "fire" for c in verb.children)
    )


def _modified_by(tok: Token, group: str) -> bool:
    return any(_in(c, group) for c in tok.children if c.dep_ in {"amod", "compound", "nmod"})


def _names_nonlethal_weapon(tok: Token) -> bool:
    """Tear gas, water cannon, rubber or plastic bullets, pepper spray, stun grenades, batons."""
    if _in(tok, "nonlethal"):
        return True
    return _in(tok, "nonlethal_head") and _modified_by(tok, "nonlethal_kind")


def _disperses_protest(verb: Token) -> bool:
    """A verb of dispersing a protest: "dispersed the rally", "broke up a sit-in", "scattered
    students protesting fees" (the object, or anything in its phrase, names the protest)."""
    return any(_in(t, "protest") for o in _dispersed(verb) for t in o.subtree)


def _dispersed(verb: Token) -> list[Token]:
    """What a verb of dispersing disperses (its object, or its subject in the passive); none where
    the verb is no such verb ("break" only with "up")."""
    if verb.pos_ != "VERB" or not _in(verb, "disperse"):
        return []
    if verb.lemma_.lower() == "break" and not any(
        c.dep_ == "prt" and c.lower_ == "up" for c in verb.children
    ):
        return []
    return [c for c in verb.children if c.dep_ in {"dobj", "obj", "nsubjpass"}]


def reads_gathering_broken_up(sent: Span) -> bool:
    """A gathering or crowd (`gathering_noun`) broken up, dispersed or scattered by a state force
    ("police broke up a gathering of students outside the university's gate", "soldiers
    dispersed a crowd of traders"), no word of death or live fire: a protest told without a
    protest word, broken up by the state (round r36, own37 tune: the gathering broken up and
    twelve students taken to a station read as plain arrests). The codebook's protest with
    intervention. Only the dispersed noun itself counts ("cleared the road" is no gathering),
    and only a state force's dispersal (people who "broke up a wedding party" are no police)."""
    if _sentence_has(sent, "deadly"):
        return False
    grievance = span_has_any(sent, unnamed_protest_words()["grievance"])
    return any(
        any(_in(o, "gathering_noun") or _gathered_people(o, grievance) for o in _dispersed(verb))
        and any(_names_state_force(d) for d in _subjects(verb))
        for verb in span_tokens(sent)
    )


def _gathered_people(obj: Token, grievance: bool) -> bool:
    """People told as gathered in a clause on them, at a site or in a sentence with a demand
    ("dispersed hundreds of drivers who had gathered outside the governor's office"; stop 69,
    acled52, own49 tune: read as a violent demonstration), as `reads_gatherers_arrested` reads
    the people it holds."""
    return any(
        _told_gathered(clause, grievance)
        for person in [obj, *prep_objects(obj, "of")]
        for clause in _clauses_on(person)
    )


def _clauses_on(person: Token) -> list[Token]:
    """The verbs of the relative and participle clauses on a noun ("drivers who had gathered")."""
    return [c for c in person.children if c.dep_ in {"relcl", "acl"} and c.pos_ == "VERB"]


def _told_gathered(clause: Token, grievance: bool) -> bool:
    """A clause telling people gathered or massed, with a demand in the sentence or at a site."""
    return in_words(clause, unnamed_protest_words()["gather"]) and (
        grievance or _at_a_site(clause)
    )


def reads_gathering_dispersed_quietly(sent: Span) -> bool:
    """A gathering broken up by a state force (`reads_gathering_broken_up`) in a sentence that
    tells no violence of the crowd (`_crowd_violence`), no fire set and no damage or unrest word
    ("traders who had gathered ... and set fire to its gate" stay a violent demonstration): a
    protest with intervention (stop 69)."""
    if not reads_gathering_broken_up(sent) or _crowd_violence(sent):
        return False
    damage = phrase_words()["property_act"]
    return not any(
        _sets_fire(t)
        or token_words(t) & damage
        or _in(t, "unrest") and t.dep_ not in {"amod", "compound"}
        for t in span_tokens(sent)
    )


def _crowd_violence(sent: Span) -> bool:
    """Violence of the crowd: a violent protest, burning barricades, protesters fighting, or a
    throwing or burning anywhere ("blockers who hurled stones")."""
    if reads_violent_protest(sent) or reads_burning_barricades(sent):
        return True
    if reads_protesters_fight(sent):
        return True
    throw = violent_protest_words()["throw"]
    return any(
        t.pos_ == "VERB" and token_words(t) & throw and not _thrown_by_state_force(t)
        for t in span_tokens(sent)
    )


def _thrown_by_state_force(verb: Token) -> bool:
    """A throwing done by a state force ("riot police threw stun grenades at the traders"): the
    force's own, not the crowd's violence (issue 9, stop 73, acled56: own54 tune, stun grenades
    on vendors sitting across a road; probes of such throwings on road blockers read as a
    violent demonstration)."""
    return any(_names_state_force(d) for d in _subjects(verb))


def _civilian_blockade(verb: Token) -> bool:
    """A road blocked by people who are no state force: "residents who had blocked National
    Road 1", "villagers blocking the highway" (round r20, own21 tune). The blockers are the
    verb's subject or, in a relative clause ("who had blocked"), the noun it describes."""
    if verb.pos_ != "VERB" or not _in(verb, "block_verb"):
        return False
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    if not any(_in(o, "road") for o in objects):
        return False
    blockers = [c for c in verb.children if c.dep_ == "nsubj" and c.tag_ not in {"WP", "WDT"}]
    if verb.dep_ in {"relcl", "acl"}:
        blockers.append(verb.head)
    return bool(blockers) and not any(_in(b, "blocking_force") for b in blockers)


def reads_nonlethal_dispersal(sent: Span) -> bool:
    """Non-lethal force on a protest: a non-lethal weapon named in a sentence with a protest
    word, or a verb of dispersing whose object names a protest; no word of death or live fire
    (those are `reads_lethal_force_on_protest`'s), and no word of violence or rioting (a crowd
    not told peaceful: "fired tear gas as the protest descended into violence", CASE tune)."""
    protest = _sentence_has(sent, "protest") or any(_civilian_blockade(t) for t in span_tokens(sent))
    if not protest or _sentence_has(sent, "deadly"):
        return False
    # the crowd is not told peaceful: no reading ("riot police", "riot gear" name the police)
    if any(_in(t, "unrest") and t.dep_ not in {"amod", "compound"} for t in span_tokens(sent)):
        return False
    return any(_names_nonlethal_weapon(t) or _disperses_protest(t) for t in span_tokens(sent))


def reads_blockade_dispersed(sent: Span) -> bool:
    """Civilians blocking a road in protest met by tear gas, batons or a dispersal, with no word
    of the crowd's own violence: no throwing or burning, no burning barricades, no fight with
    protesters as a side (round r22, own23 tune: riot police "scattered taxi drivers blocking
    the highway with tear gas" read as a violent demonstration). Narrowed to blockades: the
    same swap on any dispersed protest cost CASE tune four violent demonstrations."""
    if not any(_civilian_blockade(t) for t in span_tokens(sent)):
        return False
    return not _crowd_violence(sent) and reads_nonlethal_dispersal(sent)


def reads_protest_told_peaceful(sent: Span) -> bool:
    """The protest's own words call it peaceful and nothing in the sentence tells the crowd's
    violence (round r17, own18 tune: police "fired tear gas to disperse residents ... who were
    marching peacefully" read as a violent demonstration): a word of `peaceful` on a protest word
    ("marching peacefully", "a peaceful sit-in", "a non-violent march"), or as what a protest
    word is ("the rally was calm"); and no violent crowd reading, no word of unrest (but "riot
    police"), no word of a fight and no word telling the peace as how the protest began
    (`began`: "ending what started as a peaceful rally", CASE tune). Force used on such a
    protest is the police's, so the protest is no violent demonstration."""
    if reads_violent_protest(sent) or reads_burning_barricades(sent) or _sentence_has(sent, "began"):
        return False
    for tok in span_tokens(sent):
        if (_in(tok, "unrest") and tok.dep_ not in {"amod", "compound"}) or _in(tok, "fight"):
            return False
    return any(_in(tok, "protest") and _told_peaceful(tok) for tok in span_tokens(sent))


def _told_peaceful(tok: Token) -> bool:
    """A word of `peaceful` modifies the protest word, or is its predicate after a copula."""
    mods = [c for c in tok.children if c.dep_ in {"amod", "advmod", "acomp"}]
    if tok.dep_ in {"nsubj", "nsubjpass"}:
        mods += [c for c in tok.head.children if c.dep_ in {"acomp", "attr"}]
    violent = violent_protest_words()["violent"]
    return any(
        _in(m, "peaceful") or (token_words(m) & violent and _negated_word(m)) for m in mods
    )


def reads_protesters_fight(sent: Span) -> bool:
    """Protesters are a side of a fight (round r17, CASE tune: a report of rallies whose third
    sentence tells "clashes erupted between police forces and protesters"): a word of `fight`
    whose parties name a protester or a protest ("clashes between police and demonstrators",
    "marchers scuffled with officers", "a confrontation with the protesters")."""
    for tok in span_tokens(sent):
        if not _in(tok, "fight"):
            continue
        parties = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
        # the parser hangs "between ..." on the verb the fight noun is subject of ("clashes
        # erupted between police and protesters")
        holders = [tok, tok.head] if tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" else [tok]
        parties += [
            p for h in holders for c in h.children
            if c.dep_ == "prep" and c.lower_ in {"between", "with", "among", "involving"}
            for p in c.children if p.dep_ == "pobj"
        ]
        parties += [c for p in parties for c in p.conjuncts]
        if any(_in(p, "protest") for p in parties):
            return True
    return False


def _earlier(tok: Token) -> bool:
    """The protest is what the arrest is for ("arrested for protesting", "detained over the
    march"), or is told as past ("a cleric who spoke at last week's rally"). "After" alone is
    not enough: marchers are often arrested after a march is broken up."""
    prep = tok.head
    if tok.dep_ in {"pobj", "pcomp"} and _in(prep, "earlier_prep"):
        # "for" and "over" tell a reason only on the arrest ("gathered for a march" is no reason)
        if _in(prep.head, "arrest_verb"):
            return True
    return any(
        _in(t, "earlier_mod")
        for c in tok.children
        if c.dep_ in {"amod", "poss", "npadvmod"}
        for t in c.subtree
    )


def _ahead(tok: Token) -> bool:
    """The protest is told as still to come (round r11, own12 tune: "arrested 22 activists
    overnight ahead of Saturday's rally" read as a protest with intervention): the object of
    "before", "ahead of" or "prior to", or told planned, upcoming or scheduled."""
    prep = tok.head
    if tok.dep_ == "pobj" and prep is not tok:
        if _in(prep, "ahead_prep"):
            return True
        if prep.lower_ in {"of", "to"} and _in(prep.head, "ahead_word"):
            return True
    if _planned(tok):
        return True
    return any(_in(c, "later_mod") for c in tok.children if c.dep_ in {"amod", "compound", "acl"})


def _planned(tok: Token) -> bool:
    """The protest is the object of a gerund or infinitive of planning, organising, calling or
    inciting ("accused of planning unsanctioned protests", "held for organising a rally",
    "detained while calling for a march"; round r13, own13 tune: read as the protest's
    intervention): such a protest is still to come. A finite verb ("unions organised a rally
    on Monday") tells it held, so only the gerund and the infinitive are read."""
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ == "for":  # "calling for a march"
        verb = verb.head
    elif tok.dep_ not in {"dobj", "obj"}:
        return False
    return verb is not tok and verb.tag_ in {"VBG", "VB"} and _in(verb, "plan_verb")


def _depicted(tok: Token) -> bool:
    """The protest is only what a picture or film shows ("posted footage of a protest", "shared
    photos of the march", "a video of Sunday's rally"): the protest is older news the record tells,
    not one under way where the arrest is (issue 9, stop 72, acled55: own53 tune, a journalist
    arrested after he posted footage of a protest read as a protest with intervention). The
    record's nouns are `acled_phrases.tsv`'s `media_item` (the published-claims reader's)."""
    prep = tok.head
    return (
        tok.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep is not tok
        and in_words(prep.head, phrase_words()["media_item"])
    )


def reads_arrest_before_protest(sent: Span) -> bool:
    """People arrested before a protest told as still to come, with no protest under way in the
    sentence or the one before: the codebook's arrests (pre-emptive), not a protest with
    intervention (round r11)."""
    if not reads_protest_arrest(sent) or protest_told(sent):
        return False
    return any(_in(t, "protest_event") and _ahead(t) for t in span_tokens(sent))


def _at_a_site(tok: Token) -> bool:
    """A place the protest gathers at hangs on the token: "outside the courthouse", "at the
    gates", "in front of parliament" (a city with "in" only says where the arrest was)."""
    for c in tok.children:
        if c.dep_ != "prep":
            continue
        if _in(c, "site_prep"):
            return True
        if c.lower_ == "in" and any(p.lower_ == "front" for p in c.children):
            return True
    return False


def _argument(tok: Token) -> Token:
    """The noun phrase the token stands in: "dozens of demonstrators" -> "dozens"."""
    while tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in {"NOUN", "NUM"}:
        tok = tok.head.head
    return tok


def _sentence_before(sent: Span) -> Span | None:
    """The sentence before `sent`; None for the first sentence or no sentence at all (the
    decision's unit tests pass no tokens)."""
    if not sent or sent.start == 0:
        return None
    return sent.doc[sent.start - 1].sent


def protest_told(sent: Span) -> bool:
    """A protest under way in the sentence or in the one before: a report often tells the
    protest first and the arrests next ("Hundreds marched on the ministry. Police arrested
    twelve protesters.")."""
    before = _sentence_before(sent)
    return protest_under_way(sent) or (before is not None and protest_under_way(before))


def protest_under_way(sent: Span) -> bool:
    """The sentence tells a protest happening: a protest named as an event (a rally, a march, a
    sit-in, people protesting or staging a demonstration) that is not what an arrest is for, or
    protesters at the place they gather ("demonstrators were rounded up outside the
    courthouse")."""
    for tok in span_tokens(sent):
        if (
            _in(tok, "protest_event")
            and not _earlier(tok)
            and not _ahead(tok)
            and not _depicted(tok)
        ):
            return True
        if _in(tok, "protest_person"):
            arg = _argument(tok)
            if _at_a_site(arg) or (arg.dep_ in {"dobj", "nsubjpass"} and _at_a_site(arg.head)):
                return True
    return False


def reads_protest_for_the_held(sent: Span) -> bool:
    """A protest under way for people held earlier, the arrest told only as what the people are
    ("their detained sons", "jailed journalists", "arrested classmates": a participle on a noun),
    no arrest told as an act of the report (round r21, a probe of the protest family: a vigil
    "calling for news of their detained sons" read as arrests). The codebook's protest; the
    arrest is older news."""
    arrests = [
        t
        for t in span_tokens(sent)
        if t.pos_ == "VERB"
        and _in(t, "arrest_verb")
        # "held a vigil", "staged and held a rally": holding the protest, nobody held
        and not any(_in(o, "protest_event") for o in t.children if o.dep_ in {"dobj", "obj"})
    ]
    if not arrests or any(t.dep_ != "amod" for t in arrests):
        return False
    return protest_under_way(sent)


def protest_force(sent: Span) -> str | None:
    """The sub-type the sentence's force at a protest names, in the codebook's order (module
    docstring), or None where it tells none."""
    if reads_violent_protest(sent) or reads_burning_barricades(sent):
        return VIOLENT_DEMONSTRATION
    if reads_lethal_force_on_protest(sent) or reads_marchers_before_killed(sent):
        return EXCESSIVE_FORCE
    if reads_nonlethal_dispersal(sent):
        return INTERVENTION
    if reads_gatherers_arrested(sent) or reads_occupiers_removed(sent):
        return INTERVENTION
    if reads_protest_arrest(sent):
        return INTERVENTION if protest_told(sent) else ARRESTS
    return None


def reads_force_withheld(sent: Span) -> bool:
    """A state force told as holding back: a verb of intervening or stopping (`withheld_verb`)
    negated, whose subject (or the subject of the verb it is coordinated with: "riot police
    stood by but did not intervene") is a police or army word (`blocking_force`), in a sentence
    that tells no force used at a protest (`protest_force`). Round r34 (own35 tune: students'
    sit-in where "police were deployed at the gate but did not intervene" read as a protest with
    intervention, the police words weighed by the classifier). Force withheld is no
    intervention; "did not intervene at first but later fired tear gas" tells the force and reads
    nothing."""
    if protest_force(sent) is not None:
        return False
    for tok in span_tokens(sent):
        if tok.pos_ != "VERB" or not _in(tok, "withheld_verb"):
            continue
        if not any(c.dep_ == "neg" for c in tok.children) or _tried_and_failed(tok):
            continue
        # a verb coordinated with another shares its subject (`_subjects`), a passive one's too
        # ("police were deployed at the gate but did not intervene")
        subjects = _subjects(tok)
        if tok.dep_ == "conj":
            subjects += [c for c in tok.head.children if c.dep_ == "nsubjpass"]
        if any(_in(s, "blocking_force") for s in subjects):
            return True
    return False


def _tried_and_failed(verb: Token) -> bool:
    """ "could not disperse the crowd", "cannot stop the marchers": a force that could not act
    tried and failed; it did not hold back (the merge of round r34: "police could not disperse
    the crowd" lost its event). The modals of ability are polarity's (`ability_modals`)."""
    from realpolitik.events.polarity import lexicon

    modals = lexicon().ability_modals
    return any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children)


def reads_marchers_before_killed(sent: Span) -> bool:
    """A state force that kills people named by a pronoun ("beat two of them to death", "shot
    them dead") right after a sentence telling a protest under way: the pronoun names the
    protesters of the sentence before ("Hundreds marched on the district office. Police then beat
    two of them to death"; round r28, the brief's leftover: read as a peaceful protest). The
    codebook's excessive force against protesters."""
    before = _sentence_before(sent)
    if before is None or not protest_under_way(before):
        return False
    return any(_state_force_kills_pronoun(verb) for verb in span_tokens(sent))


def _state_force_kills_pronoun(verb: Token) -> bool:
    """A verb of killing, one done "to death", or "shot ... dead", whose object (or its "of") is
    a pronoun and whose doer is a state force."""
    kills = in_words(verb, act_words()["kill_verb"]) or _done_to_death(verb) or _shot_dead(verb)
    if verb.pos_ != "VERB" or not kills:
        return False
    killed = _with_partitive([c for c in verb.children if c.dep_ in {"dobj", "obj"}])
    return any(k.pos_ == "PRON" for k in killed) and any(
        _names_state_force(d) for d in _subjects(verb)
    )


def _shot_dead(verb: Token) -> bool:
    """ "shot three of them dead", "shot dead two marchers": "shoot" with "dead" on it."""
    return verb.lemma_.lower() == "shoot" and any(c.lower_ == "dead" for c in verb.children)


def reads_gatherers_arrested(sent: Span) -> bool:
    """People arrested who are told, in a clause on them, as gathered or massed with a demand or
    at a site ("detained dozens of supporters who had gathered outside the electoral commission
    to demand a recount"): a protest told without a protest word, broken up by arrests (round
    r23, a leftover of round r22's probes: read as plain arrests). The codebook's protest with
    intervention. A death or live fire in the sentence leaves it to the lethal readings; a
    gathering told ahead ("who planned to gather") is no such clause: its verb is the planning.
    Round r39 (acled42, own40 tune: residents "who had sat down on the national highway ... to
    demand" read as arrests): people who sat or were sitting (`sit_verb`) with a demand or
    grievance in the sentence ("arrested twenty nurses who were sitting in front of the ministry
    over unpaid allowances"); sitting alone ("two men who were sitting in a car near the bank") is
    no protest."""
    if span_has_any(sent, phrase_words()["lethal"]):
        return False
    grievance = span_has_any(sent, unnamed_protest_words()["grievance"])
    for verb in span_tokens(sent):
        if verb.pos_ != "VERB" or not _in(verb, "arrest_verb"):
            continue
        for person in _held_people(verb):
            for clause in _clauses_on(person):
                if _told_gathered(clause, grievance):
                    return True
                # round r39: people who sat down or were sitting somewhere with a demand
                if _in(clause, "sit_verb") and grievance:
                    return True
    return False


def _held_people(verb: Token) -> list[Token]:
    """The people an arrest verb holds: its objects or passive subject and their "of" ("dozens
    of supporters"); or, for a verb coordinated with an earlier one that has them ("removed and
    detained forty residents"; round r39, acled42, own40 tune), that verb's."""
    held = [c for c in verb.children if c.dep_ in {"dobj", "obj", "nsubjpass"}]
    if not held and verb.dep_ == "conj":
        held = [c for c in verb.head.children if c.dep_ in {"dobj", "obj", "nsubjpass"}]
    return held + [p for h in held for p in prep_objects(h, "of")]


def reads_occupiers_removed(sent: Span) -> bool:
    """People evicted, removed or arrested who are told, in a clause on them, as occupying a
    building or a site ("police evicted workers who had occupied the ministry for a week",
    "detained students occupying the rector's office"): an occupation, the codebook's protest,
    ended by the state's intervention (round r25, the brief's leftover: the eviction read as
    arrests). Armed occupiers (militants who had occupied a school) are no protesters, and a
    death in the sentence leaves it to the lethal readings."""
    if span_has_any(sent, phrase_words()["lethal"]):
        return False
    organised = act_words()["organised"]
    for verb in span_tokens(sent):
        if verb.pos_ != "VERB" or not (_in(verb, "remove_verb") or _in(verb, "arrest_verb")):
            continue
        held = [c for c in verb.children if c.dep_ in {"dobj", "obj", "nsubjpass"}]
        held += [p for h in held for p in prep_objects(h, "of")]  # "dozens of workers"
        if any(in_words(h, organised) for h in held):
            continue
        if any(_occupying_clause(h) for h in held):
            return True
    return False


def _clause_on_person(person: Token, verb_group: str, object_ok: Callable[[Token], bool]) -> bool:
    """A relative or participle clause on the person whose verb is of `verb_group` with an object
    `object_ok` accepts."""
    return any(
        clause.dep_ in {"relcl", "acl"}
        and clause.pos_ == "VERB"
        and _in(clause, verb_group)
        and any(object_ok(o) for o in clause.children if o.dep_ in {"dobj", "obj"})
        for clause in person.children
    )


def _occupying_clause(person: Token) -> bool:
    """A clause on the person whose verb is one of occupying with an object ("who had occupied
    the headquarters", "occupying the rector's office")."""
    return _clause_on_person(person, "occupy_verb", lambda _: True)


def reads_blockers_removed(sent: Span) -> bool:
    """People removed or held who are told, in a clause on them, as blocking a road ("dock
    workers who had blocked the port road were removed by police", "removed dozens of women
    blocking the highway"), or a road or site cleared or reopened (`site_freed`) that people had
    blocked or occupied ("detained twenty farmers and cleared the bridge they had occupied"): a
    blockade or an occupation, the codebook's protest, ended by the state (round r41, own42 tune
    and stop 60's leftover: both read as plain arrests). Armed blockers (rebels, soldiers: the
    `organised` words) are no protesters, people who "blocked an investigation" blocked no road,
    and a death in the sentence leaves it to the lethal readings."""
    if span_has_any(sent, phrase_words()["lethal"]):
        return False
    organised = act_words()["organised"]
    for verb in span_tokens(sent):
        if verb.pos_ != "VERB":
            continue
        taken = [c for c in verb.children if c.dep_ in {"dobj", "obj", "nsubjpass"}]
        if _in(verb, "remove_verb") or _in(verb, "arrest_verb"):
            held = taken + [p for h in taken for p in prep_objects(h, "of")]  # "dozens of women"
            if any(not in_words(h, organised) and _blocking_clause(h) for h in held):
                return True
        if _in(verb, "site_freed") and any(_held_by_civilians(site, organised) for site in taken):
            return True
    return False


def _blocking_clause(person: Token) -> bool:
    """A clause on the person whose verb blocks a road ("who had blocked the highway",
    "blocking the main road")."""
    return _clause_on_person(person, "block_verb", lambda o: _in(o, "road"))


def _held_by_civilians(site: Token, organised: frozenset[str]) -> bool:
    """A relative clause on the site whose verb blocks or occupies it and whose subject is a
    pronoun or people who are no armed or state side ("the bridge they had occupied", "the road
    farmers had blocked"; not "a road that rebels had blocked")."""
    for clause in site.children:
        if clause.dep_ != "relcl" or not (_in(clause, "block_verb") or _in(clause, "occupy_verb")):
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.tag_ not in {"WP", "WDT"}]
        if subjects and not any(in_words(s, organised) for s in subjects):
            return True
    return False
