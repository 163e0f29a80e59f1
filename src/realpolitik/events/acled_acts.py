"""Phrases of violent acts that name an ACLED sub-type by themselves (round 10), read from the parse.

A sixth set of own short reports (`eval/gold/acled_own6.yaml`, tune part) showed classes of
phrasing the classifier, with few CASE examples of these types, read as another type or as none:
a crowd that stones or burns a suspected thief or witch (mob violence, no lexicon trigger at all
for "stoned"), men shooting into a procession (an attack on civilians, not the protest's
excessive force), a bomber's explosives "strapped to his body" (an IED), settlers uprooting
trees and smashing pipes (no type). Each reader tells one such class; `acled_typing.phrase_votes`
turns them into votes (the word groups: `data/events/acled_acts.tsv`).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from realpolitik.events.acled_phrases import (
    accused_doers,
    armed_crowd,
    in_words,
    launched_subject,
    phrase_words,
)
from realpolitik.events.acled_unnamed_protest import unnamed_protest_words
from realpolitik.events.coordination import RELATIVE_PRONOUN_TAGS
from realpolitik.events.force_acts import crowd_control_weapon
from realpolitik.events.lexicon import DATA_DIR
from realpolitik.events.nominal_objects import prep_objects
from realpolitik.events.wordlists import read_word_groups
from realpolitik.nlp.columns import span_has_any, span_tokens
from realpolitik.nlp.conjuncts import first_conjunct
from realpolitik.nlp.doers import subjects_and_agents

ACTS_FILE = DATA_DIR / "acled_acts.tsv"
OBJECTS = frozenset({"dobj", "obj", "nsubjpass"})


@lru_cache(maxsize=1)
def act_words() -> dict[str, frozenset[str]]:
    """The word groups of `acled_acts.tsv` (group -> lemmas)."""
    return read_word_groups(ACTS_FILE)


def _in(tok: Token, group: str) -> bool:
    return in_words(tok, act_words()[group])


def _sentence_has(sent: Span, group: str) -> bool:
    return span_has_any(sent, act_words()[group])


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects (or passive agents), with their conjuncts and the nouns of their
    "of" ("groups of youths"); a verb coordinated with another, or a participle clause
    ("..., smashing shop windows"), shares its subject; a pronoun subject of a relative clause
    stands for the subject of the clause above ("villagers dragged two men they blamed for
    sorcery out ... and set them on fire": "they" are the villagers)."""
    subj = subjects_and_agents(verb)
    up = verb.head.i != verb.i
    if not subj and up and verb.dep_ == "conj" and _parenthetical_telling(verb.head):
        # "... did not fire a shot, residents said, but broke into the shops": the parser hangs
        # the act on the attribution, whose teller is no doer (round r27, own28 tune)
        return _subjects(verb.head.head)
    if not subj and up and verb.dep_ in {"conj", "xcomp", "advcl"}:
        return _subjects(verb.head)
    if subj and all(s.pos_ == "PRON" for s in subj) and up:
        clause = first_conjunct(verb)
        if clause.dep_ == "relcl" and any(s.tag_ in RELATIVE_PRONOUN_TAGS for s in subj):
            # "dispersed youths who had gathered ... and were hurling stones": a relative
            # pronoun is the noun its clause hangs on, not the subject of the clause above
            subj = [clause.head]
        elif clause.dep_ == "relcl" and clause.head.head.i != clause.head.i:
            return _subjects(clause.head.head)
    subj += [c for s in subj for c in s.conjuncts]
    subj += [p for s in subj for c in s.children if c.dep_ == "prep" for p in c.children]
    return subj


def _objects(verb: Token) -> list[Token]:
    out = [c for c in verb.children if c.dep_ in OBJECTS]
    return out + [c for o in out for c in o.conjuncts]


def _parenthetical_telling(verb: Token) -> bool:
    """A verb of telling set in the clause it reports (", residents said,"): the parser gives
    it as `parataxis` on the report's verb."""
    return (
        verb.dep_ == "parataxis"
        and verb.head.i != verb.i
        and in_words(verb, phrase_words()["tell_news"])
    )


def _is_person(tok: Token) -> bool:
    return tok.pos_ == "PRON" or tok.ent_type_ == "PERSON" or _in(tok, "person")


def _sets_on_fire(verb: Token) -> bool:
    """The verb sets its object on fire: "set X on fire", "set X ablaze" / "alight"."""
    if verb.lemma_.lower() != "set":
        return False
    return any(
        (c.dep_ == "prep" and c.lower_ == "on" and any(p.lower_ == "fire" for p in c.children))
        or c.lower_ in {"ablaze", "alight"}
        for c in verb.children
    )


def reads_mob_justice(sent: Span) -> bool:
    """A crowd that kills or hurts a person by its own hand: a crowd word (villagers, shoppers,
    residents, a mob) as the subject of a verb of beating, stoning, lynching or burning with a
    person as its object ("villagers stoned the suspect", "a crowd set two men on fire"), or a
    lynching named; or (round r9) a person told accused or suspected beaten, stoned or burned
    by hand. No organised side (police, soldiers, militias, gunmen) may be the subject:
    that is an attack. The ACLED codebook's mob violence; the classifier reads it as an attack,
    a property destruction or none (own6 tune)."""
    for tok in span_tokens(sent):
        if tok.pos_ not in {"VERB", "NOUN"}:
            continue
        if _in(tok, "lynch"):
            return True
        fire_to = set_fire_to(tok)
        if tok.pos_ != "VERB" or not (_in(tok, "harm") or _sets_on_fire(tok) or fire_to):
            continue
        subjects = _subjects(tok)
        if any(_in(s, "organised") or armed_crowd(s) for s in subjects):
            continue
        if any(_in(s, "crowd") for s in subjects) and any(_is_person(o) for o in _objects(tok)):
            return True
        if any(_in(s, "crowd") for s in subjects) and any(
            _accused_persons_property(o) for o in (*_objects(tok), *fire_to)
        ):
            return True
        if _in(tok, "by_hand") and any(_accused_person(o) for o in _objects(tok)):
            return True
    return False


def set_fire_to(verb: Token) -> list[Token]:
    """What "set fire to" burns: the nouns of its "to" ("set fire to the house of ...")."""
    if verb.lemma_.lower() != "set" or not any(
        c.dep_ in {"dobj", "obj"} and c.lower_ == "fire" for c in verb.children
    ):
        return []
    return prep_objects(verb, "to")


def _accused_persons_property(tok: Token) -> bool:
    """A house, shop or other property (`property`) of a person told accused or suspected ("the
    house of a man accused of killing a child", "a suspected thief's shop"; round r23, a probe
    of the weak sub-types: a crowd burning it read as an attack). A crowd wrecking or burning
    an accused's property is the crowd's justice as much as a beating is: the codebook's mob
    violence, done by rioters, not by an organised armed group."""
    if not _in(tok, "property"):
        return False
    owners = prep_objects(tok, "of") + [c for c in tok.children if c.dep_ == "poss"]
    return any(_accused_person(o) for o in owners)


def _accused_person(tok: Token) -> bool:
    """A person told accused, suspected or blamed ("a widow whom neighbours blamed for a
    youth's death was burned alive by them", own10 tune; "a suspected thief was beaten to
    death"): beaten, stoned or burned by hand with no organised side named, an accused is the
    crowd's justice (round r9), whoever the parse finds as the agent ("them")."""
    if not _is_person(tok):
        return False
    return any(_in(t, "accused") for t in tok.subtree)


def _fired_on(verb: Token) -> list[Token]:
    """What a verb of firing hits: its object, or the noun after "into", "at", "on", "upon"
    ("shot into a procession", "opened fire on marchers", "turned machine guns on villagers")."""
    out = _objects(verb)
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in {"into", "at", "on", "upon"}:
            out += [p for p in c.children if p.dep_ == "pobj"]
        if c.dep_ in {"dobj", "obj"}:  # "opened fire on": the preposition hangs on "fire"
            out += [
                p
                for prep in c.children
                if prep.dep_ == "prep" and prep.lower_ in {"into", "at", "on", "upon"}
                for p in prep.children
                if p.dep_ == "pobj"
            ]
    return out


def _names_protest(tok: Token) -> bool:
    """A protest word, or a noun whose clause or modifier names a protest ("villagers blocking
    a highway in protest", "a crowd demanding the release of a cleric"), or people whose clause
    blocks a road (round r8: "soldiers open fire on coca farmers blocking bridge": a road
    blockade is how regional news often tells a protest, with no protest word). Round r9:
    strikers, or people told "striking" ("opened fire on striking textile workers", own10 tune:
    read as an attack): a strike is a protest in the codebook."""
    if _in(tok, "protest") or _in(tok, "striker"):
        return True
    # people told striking are plural ("striking miners"); "a striking shot" is no strike
    if tok.tag_ == "NNS" and any(_in(c, "striking") for c in tok.children if c.dep_ in {"amod", "acl", "compound"}):
        return True
    return any(
        _in(t, "protest") or _in(t, "demand") or _blocks_route(c)
        for c in tok.children
        if c.dep_ in {"acl", "relcl"}
        for t in c.subtree
    )


def _blocks_route(verb: Token) -> bool:
    """A verb of blocking whose object is a road, a bridge or traffic ("blocking the highway",
    "barricading the main road"): a blockade, not a blocked bank account or a blocked deal."""
    if not _in(verb, "block"):
        return False
    return any(_in(o, "route") for o in _objects(verb))


def reads_lethal_force_on_protest(sent: Span) -> bool:
    """Deadly force on a protest: a verb of shooting or firing whose target is a protest (a
    procession, marchers, a crowd demanding something), in a sentence that tells deaths or live
    fire. Tear gas, water cannon or rubber bullets with no death are the protest's intervention,
    not excessive force: without a word of death or live fire nothing is read. The codebook's
    excessive force against protesters; the classifier read "men shot into a procession" as an
    attack (own6 tune). Also live fire used on a protest, and a protest suppressed violently (CASE tune
    out-of-fold misses)."""
    if _live_fire_on_protest(sent) or _violently_suppressed(sent) or _protesters_killed_by_forces(sent):
        return True
    if _killed_at_protest_by_forces(sent):
        return True
    if not _sentence_has(sent, "deadly"):
        return False
    for tok in span_tokens(sent):
        if tok.pos_ != "VERB" or not _in(tok, "fire_at"):
            continue
        if any(_names_protest(t) for t in _with_partitive(_fired_on(tok) + _dispersed_by(tok))):
            return True
    return reads_state_fire_on_gatherers(sent)


def reads_state_fire_on_gatherers(sent: Span) -> bool:
    """A state force firing, deaths told, on people told gathered over a grievance
    (`_gathered_over_grievance`): excessive force on a protest told without a protest word
    ("soldiers shot into a crowd that had assembled quietly ... over new taxes, killing two").
    Gunmen firing so are left to the attack."""
    if not _sentence_has(sent, "deadly"):
        return False
    return any(
        tok.pos_ == "VERB"
        and _in(tok, "fire_at")
        and any(_names_state_force(s) for s in _subjects(tok))
        and any(_gathered_over_grievance(t) for t in _with_partitive(_fired_on(tok)))
        for tok in span_tokens(sent)
    )


def _gathered_over_grievance(person: Token) -> bool:
    """People whose relative or participle clause tells them gathered (`gather` of
    `acled_unnamed_protest.tsv`, or "came together") with a grievance in it (its `grievance`
    words: "to ask for water", "demanding ...", or its `complaint` verbs: "to complain about ...")
    or an "over" phrase ("a crowd that had assembled
    quietly ... over new taxes"): a protest told without a protest word (round r42, own43 tune and
    stop 61's leftover: soldiers firing on such a crowd read as an attack or an armed clash). Read
    only where a state force fires (`reads_lethal_force_on_protest`); people gathered "for a
    wedding", or "over the weekend" (a date), tell no grievance."""
    words = unnamed_protest_words()
    for clause in person.children:
        if clause.dep_ not in {"relcl", "acl"}:
            continue
        # a verb of complaining in the clause (stop 66, own47 tune: "a crowd that had gathered
        # ... to complain about a week without water"); with one, people who "had come" to a
        # place count as gathered ("a crowd that had come to the town hall to complain")
        complains = any(in_words(t, words["complaint"]) for t in clause.subtree)
        if not _gathers(clause, words["gather"]) and not (
            complains and clause.lemma_.lower() == "come"
        ):
            continue
        if complains or any(in_words(t, words["grievance"]) for t in clause.subtree):
            return True
        # the parser often hangs "over ..." on the place before it ("in the square over the
        # price of fuel"): any "over" of the clause counts, but not one of a date or a place
        over = [
            o
            for t in clause.subtree
            if t.dep_ == "prep" and t.lower_ == "over"
            for o in t.children
            if o.dep_ == "pobj"
        ]
        if any(o.ent_type_ not in {"DATE", "TIME", "GPE", "LOC", "FAC"} for o in over):
            return True
    return False


def _gathers(verb: Token, gather: frozenset[str]) -> bool:
    """A verb of gathering, or "come together"."""
    if in_words(verb, gather):
        return True
    return verb.lemma_.lower() == "come" and any(c.lower_ == "together" for c in verb.children)


def _dispersed_by(verb: Token) -> list[Token]:
    """Who a firing was meant to disperse: the object of its purpose clause of dispersing
    (`disperse_purpose`: "fired live rounds to disperse residents who had gathered to demand
    ...", "opened fire to disperse villagers demanding ..."; round r41, stop 60's leftover: read
    as an attack, the people fired at told only by the dispersal). Tear gas, water cannon or
    rubber bullets fired to disperse (`nonlethal_fired` in the fired thing's phrase) are the
    protest's intervention, whatever death the protesters' own grievance names ("marching
    against a wave of killings": own18 tune fell to excessive force before this limit)."""
    fired = [t for o in verb.children if o.dep_ in {"dobj", "obj"} for t in o.subtree]
    if any(_in(t, "nonlethal_fired") for t in fired):
        return []
    return [
        o
        for c in verb.children
        if c.dep_ in {"xcomp", "advcl"} and c.pos_ == "VERB" and _in(c, "disperse_purpose")
        for o in c.children
        if o.dep_ in {"dobj", "obj"}
    ]


def _with_partitive(nouns: list[Token]) -> list[Token]:
    """The nouns with those of their "of" ("two of the marchers", "three of the protesters"):
    a number hit or killed names its people there (round r28)."""
    return nouns + [p for n in nouns for p in prep_objects(n, "of")]


def _protesters_killed_by_forces(sent: Span) -> bool:
    """Protesters killed by the state's forces, told with a verb of killing rather than of
    firing (round r11, own12 tune: "two protesters killed by police gunfire at a roadblock" read
    as a violent demonstration): the killed are a protest (`_names_protest`: the object, the
    passive subject, or the noun a headline's participle hangs on) and the killer is a state
    force, or its gunfire or bullets ("police gunfire", "the army's bullets"). Unknown gunmen
    killing marchers is an attack, not excessive force: nothing is read.
    Round r27 (acled30, the brief's leftover and own28 tune): a verb done "to death" kills too
    ("soldiers clubbed two marchers to death"), and protesters who "died after" a state force
    beat or shot them (`_protesters_died_after_force`) were killed by it; both read as a
    peaceful protest."""
    if _protesters_died_after_force(sent):
        return True
    for verb in span_tokens(sent):
        if verb.pos_ != "VERB" or not (_in(verb, "kill_verb") or _done_to_death(verb)):
            continue
        killed = [c for c in verb.children if c.dep_ in OBJECTS]
        if verb.dep_ == "acl":  # "Two protesters killed by ...": the participle on its noun
            killed.append(verb.head)
        # "beat two of the marchers to death": the killed are named in the number's "of" (round
        # r28, the brief's leftover: read as mob violence)
        if any(_names_protest(t) for t in _with_partitive(killed)) and any(
            _names_state_force(k) for k in _subjects(verb)
        ):
            return True
    return False


def _protesters_died_after_force(sent: Span) -> bool:
    """Protesters who died after a state force acted on them: a verb of dying whose subject
    names a protest ("three students who had taken part in a rally ... died", `_names_protest`)
    and an "after" clause on it whose subject is a state force ("after soldiers chased the crowd
    ... and beat them"). Unknown gunmen, or a death with no force told, read nothing."""
    for verb in span_tokens(sent):
        if verb.pos_ != "VERB" or verb.lemma_.lower() != "die":
            continue
        if not any(_names_protest(s) for s in _subjects(verb)):
            continue
        after = [c for c in verb.children if after_clause(c)]
        if any(_names_state_force(k) for c in after for k in _subjects(c)):
            return True
    return False


def after_clause(tok: Token) -> bool:
    """`tok` heads an adverbial clause marked "after" ("... after soldiers chased the crowd")."""
    return tok.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ == "after" for m in tok.children
    )


def _killed_at_protest_by_forces(sent: Span) -> bool:
    """A person killed or shot dead "during" or "at" a protest by a state force, the victim
    told as a person rather than a protester ("police shot dead a teenager during a march"),
    also where the force is told accused of it ("police were accused of shooting dead a
    teenager during a march against bread prices"; round r23, a probe of the weak sub-types:
    read as an attack). The codebook's excessive force against protesters; unknown gunmen are
    left to the attack."""
    for verb in span_tokens(sent):
        if verb.pos_ != "VERB" or not _kills(verb):
            continue
        at = prep_objects(verb, "during") + prep_objects(verb, "at")
        if not any(_names_protest(t) for t in at):
            continue
        if any(_names_state_force(k) for k in (*_subjects(verb), *_accused_of(verb))):
            return True
    return any(_killing_noun_at_protest_by_forces(t) for t in span_tokens(sent))


def _killing_noun_at_protest_by_forces(noun: Token) -> bool:
    """The same told by a noun (round r24, a probe of the weak sub-types: "the shooting of two
    teenagers by police during a march ... drew condemnation" read as a peaceful protest, the
    act only named as what others condemned): a noun of killing or shooting (`kill_noun`) whose
    "by" phrase, on it or on its "of" object, names a state force, and a "during" or "at" phrase,
    on it or on the verb it is the object of, names a protest. "The killing of a student by
    gunmen at a market" names neither."""
    told = _killing_noun_parties(noun)
    if told is None or not any(_names_state_force(k) for k in told[1]):
        return False
    places = [noun] + ([noun.head] if noun.dep_ in {"dobj", "obj"} else [])
    return any(
        _names_protest(t)
        for p in places
        for t in (*prep_objects(p, "during"), *prep_objects(p, "at"))
    )


def _killing_noun_parties(noun: Token) -> tuple[list[Token], list[Token]] | None:
    """For a noun of killing or shooting (`kill_noun`): its "of" objects (the killed) and the
    "by" objects on it or on them (the killers: "the shooting of two teenagers by police", "the
    killing of six herders by soldiers"); None for any other token."""
    if noun.pos_ != "NOUN" or not _in(noun, "kill_noun"):
        return None
    killed = prep_objects(noun, "of")
    return killed, [k for h in (noun, *killed) for k in prep_objects(h, "by")]


def _kills(verb: Token) -> bool:
    """A verb of killing, or of shooting with "dead" on it ("shot dead")."""
    if _in(verb, "kill_verb"):
        return True
    return verb.lemma_.lower() == "shoot" and any(
        c.dep_ in {"advmod", "acomp", "oprd", "amod"} and c.lower_ == "dead" for c in verb.children
    )


def _accused_of(verb: Token) -> list[Token]:
    """Those told accused of the verb's act ("police were accused of shooting ...", "groups
    accused soldiers of killing ..."): the passive subject or the object of the verb of
    accusing whose "of" holds the gerund."""
    of = verb.head
    if verb.dep_ != "pcomp" or of.lower_ != "of" or of.head.i == of.i:
        return []
    accuse = of.head
    if accuse.lemma_.lower() not in {"accuse", "blame", "charge", "suspect"}:
        return []
    return [c for c in accuse.children if c.dep_ in {"nsubjpass", "dobj", "obj"}]


def _names_state_force(tok: Token) -> bool:
    """A state force ("police", "troops", "security forces"), or fire of one ("police
    gunfire", "the army's bullets")."""
    if _in(tok, "state_force"):
        return True
    return _in(tok, "ammunition") and any(
        _in(c, "state_force") for c in tok.children if c.dep_ in {"compound", "amod", "poss"}
    )


def _live_fire_on_protest(sent: Span) -> bool:
    """Live fire used on a protest: "live" bullets, rounds or ammunition in a sentence with a
    protest word, used by no protester ("dispersed the demonstration using live bullets")."""
    if not _sentence_has(sent, "protest"):
        return False
    for tok in span_tokens(sent):
        if not _in(tok, "ammunition") or not any(c.lower_ == "live" for c in tok.children):
            continue
        user = tok.head
        while (
            user.dep_ in {"acl", "advcl", "xcomp", "prep", "pobj", "dobj"} and user.head.i != user.i
        ):
            user = user.head
        if not any(_in(s, "protest") for s in _subjects(user)):
            return True
    return False


def _violently_suppressed(sent: Span) -> bool:
    """A protest suppressed, crushed or broken up "violently", "brutally" or "ruthlessly": the
    manner makes it excessive force ("suppressed a peaceful demonstration" alone is the
    protest's intervention)."""
    for tok in span_tokens(sent):
        if tok.pos_ != "VERB" or not _in(tok, "suppress"):
            continue
        if not any(_in(c, "brutal") for c in tok.children if c.dep_ == "advmod"):
            continue
        if any(_names_protest(o) for o in _objects(tok)):
            return True
    return False


def _on_the_body(verb: Token) -> bool:
    """Strapped to the body: "to his body", "around her waist" (a bomb strapped under a lorry is
    an IED)."""
    return any(
        _in(p, "body")
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in {"to", "around", "on"}
        for p in c.children
        if p.dep_ == "pobj"
    )


def reads_suicide_bombing(sent: Span) -> bool:
    """A bomber's own death told by the body: explosives strapped to the body, a bomber who blew
    himself up, or an explosive vest or belt ("detonated explosives strapped to his body": read
    as a roadside bomb by the classifier, own6 tune). Round r18: an attacker or a weapon called
    "suicide" ("a suicide attacker triggered his vest"), or a vehicle laden with explosives
    driven into its target."""
    for tok in span_tokens(sent):
        if _in(tok, "strap") and _sentence_has(sent, "explosive") and _on_the_body(tok):
            return True
        if _in(tok, "strap") and _strapped_person_with_explosives(tok):
            return True
        if tok.lemma_.lower() in {"blow", "detonate"} and any(
            c.lower_ in {"himself", "herself", "themselves"} for c in tok.children
        ):
            return True
        if _in(tok, "vest") and any(_in(c, "explosive") for c in tok.children):
            return True
        if _in(tok, "explosive") and (_under_clothing(tok) or _worn(tok)):
            return True
        if _set_off_what_was_under_clothing(tok):
            return True
        if _in(tok, "suicide_agent") and any(
            _in(c, "suicide") for c in tok.children if c.dep_ in {"amod", "compound"}
        ):
            return True
        if _in(tok, "ram") and tok.pos_ == "VERB" and _drives_explosive_vehicle_into(tok):
            return True
        if _in(tok, "ram") and tok.pos_ == "VERB" and _rammed_by_explosive_vehicle(tok):
            return True
        if _in(tok, "detonate") and _set_off_by_its_driver(tok, sent):
            return True
        if _in(tok, "kill_verb") and _kills_the_bomber(tok, sent):
            return True
        if _in(tok, "bomber_person") and _bomber_died_in_the_blast(tok, sent):
            return True
        if _in(tok, "bomber_blast") and _died_in_the_blast_they_set_off(tok):
            return True
    return False


# Stop 70: the pronouns of one who set off a blast and died in it ("the blast he set off").
SETTER_PRONOUNS = frozenset({"he", "she", "they"})


def _died_in_the_blast_they_set_off(blast: Token) -> bool:
    """One who died in, or was killed by, the blast he himself set off ("a teenager walked into
    the mosque and died with twelve worshippers in the blast he set off", "the man was killed by
    the bomb he detonated"; stop 70, acled53, own51 tune: read as a roadside bomb, no "suicide"
    or "himself" told): a blast noun (`bomber_blast`) with a relative clause of setting off
    (`detonate`, or "set" with "off") whose subject is a pronoun, the object of "in" or "by" under
    a verb of dying (`bomber_dies`) or of killing in the passive. Blasts others set off ("the
    blast the militants set off") name the setter by a noun and are left to the other readers."""
    if blast.dep_ != "pobj" or blast.head.lower_ not in {"in", "by"}:
        return False
    if not any(_set_off_by_pronoun(c) for c in blast.children if c.dep_ == "relcl"):
        return False
    verb = next((a for a in blast.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return False
    if _in(verb, "bomber_dies"):
        return True
    return _in(verb, "kill_verb") and any(c.dep_ == "nsubjpass" for c in verb.children)


def _set_off_by_pronoun(clause: Token) -> bool:
    sets_off = _in(clause, "detonate") or clause.lemma_.lower() == "set" and _has_particle(
        clause, "off"
    )
    return sets_off and any(
        c.dep_ == "nsubj" and c.lower_ in SETTER_PRONOUNS for c in clause.children
    )


def _bomber_died_in_the_blast(person: Token, sent: Span) -> bool:
    """Round r32 (the brief's leftover: "the bomber's death" not read as a suicide bomb): the
    bomber's own death told by a noun or a verb, in a sentence that names the blast and no
    shooting: "the bomber's death" or "the death of the bomber" (`bomber_death`), "the attacker
    died in the blast" (`bomber_dies`), "the blast killed the bomber", "the bomber was killed by
    his own explosives". A bomber shot dead by guards (`bomber_shot`) died of no blast of his."""
    if not _sentence_has(sent, "bomber_blast") or _sentence_has(sent, "bomber_shot"):
        return False
    head = person.head
    if person.dep_ == "poss" and _in(head, "bomber_death"):
        return True
    if person.dep_ == "pobj" and head.lower_ == "of" and _in(head.head, "bomber_death"):
        return True
    if person.dep_ == "nsubj" and _in(head, "bomber_dies"):
        return True
    if _in(head, "kill_verb") and person.dep_ in {"dobj", "obj", "nsubjpass"}:
        # killed by the blast ("the blast killed the bomber", "killed by his own explosives",
        # "killed in the explosion"), not by police who shot him before it
        in_blast = [
            p for c in head.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
        ]
        return any(_in(d, "bomber_blast") for d in [*_subjects(head), *in_blast])
    return False


def _kills_the_bomber(verb: Token, sent: Span) -> bool:
    """A blast that killed the one who set it off: a verb of killing whose object is a reflexive
    pronoun ("detonated his charge, killing himself and two guards"), in a sentence that names an
    explosive or a detonation (round r31, own32 tune: a bomber on a motorcycle laden with
    explosives read as a roadside bomb). A gunman "killing himself" after a shooting names no
    explosive and is none of it."""
    if not (_sentence_has(sent, "explosive") or _sentence_has(sent, "detonate")):
        return False
    return any(
        c.dep_ in {"dobj", "obj"} and c.lower_ in {"himself", "herself", "themselves"}
        for c in verb.children
    )


def reads_drone_put_to_attack(sent: Span) -> bool:
    """A drone put to an attack (round r31, own32 tune: fighters who "used commercial drones
    fitted with small mortar bombs to strike a police station" read as a roadside bomb, the
    classifier weighing the bomb words): a drone word (`drone_craft`) that is the object of a
    verb of using or flying (`drone_use`) with a clause of striking (`drone_hit`: "to strike",
    "to drop grenades"), or the subject of a verb of striking ("a drone dropped two bombs on the
    market"). The codebook's air/drone strike, by a state or an armed group alike. A drone shot
    down or intercepted is the disrupted weapons use (`reads_interception`), not read here."""
    for tok in span_tokens(sent):
        if not _in(tok, "drone_craft"):
            continue
        head = tok.head
        if tok.dep_ in {"dobj", "obj"} and _in(head, "drone_use") and _struck_with(head):
            return True
        if tok.dep_ == "nsubj" and head.pos_ == "VERB" and _in(head, "drone_hit"):
            # round r41: "a drone fired toward the terminal was brought down" is parsed as the
            # drone firing; the passive verb coordinated with it tells the drone stopped
            if not any(tok in launched_subject(c) for c in head.conjuncts):
                return True
        if _struck_by(tok):
            return True
    return False


def reads_munitions_dropped_from_aircraft(sent: Span) -> bool:
    """Explosives dropped by or from an aircraft (round r37, the brief's leftover of stop 56: a
    military plane that "dropped barrels packed with explosives on two villages" read as disrupted
    weapons use, the explosive words weighed for a bomb found): a verb of dropping (`air_drop`)
    whose doer, or the noun of its "from" phrase, is an aircraft (`aircraft`), and whose dropped
    thing (its object, its passive subject, or the noun it describes: "bombs dropped from a
    helicopter") holds a munition word (`air_munition`). The codebook's air/drone strike. A
    toxic gas dropped is the chemical weapon's (`reads_toxic_gas_use`); aid dropped from a plane
    ("sacks of flour and barrels of water") holds no munition word."""
    if reads_toxic_gas_use(sent):
        return False
    for verb in span_tokens(sent):
        if verb.pos_ != "VERB" or not _in(verb, "air_drop"):
            continue
        craft = [*subjects_and_agents(verb), *prep_objects(verb, "from")]
        if not any(_in(c, "aircraft") for c in craft):
            continue
        dropped = [*_objects(verb), *(c for c in verb.children if c.dep_ == "nsubjpass")]
        if verb.dep_ == "acl":
            dropped.append(verb.head)
        if any(_in(t, "air_munition") for d in dropped for t in d.subtree):
            return True
    return False


def reads_remnant_explosion(sent: Span) -> bool:
    """Round r32 (own probes after own33's tune part had no miss: "an unexploded mortar shell
    they were playing with blew up" read as a shelling, a leftover grenade as a grenade attack):
    a munition told unexploded or left over from fighting (`remnant_munition`, `remnant_mark`,
    "left over from", "left behind") in a sentence where something blew up or someone was
    killed or hurt (`remnant_harm`, "went off") and nothing was defused or destroyed
    (`remnant_defused`, the disrupted weapons use); the munition itself went off or was struck
    or handled (`_blew_up`, `_touched`). The codebook's remote explosive: a
    victim-activated device, whoever once fired or threw it."""
    if _sentence_has(sent, "remnant_defused"):
        return False
    tokens = span_tokens(sent)
    remnants = [t for t in tokens if _in(t, "remnant_munition") and _left_over(t)]
    if any(_blew_up(t) for t in remnants):
        return True
    # "his plough struck an unexploded round", in a sentence telling someone killed or hurt
    return any(_touched(t) for t in remnants) and any(_in(t, "remnant_harm") for t in tokens)


def _blew_up(munition: Token) -> bool:
    """The munition is the subject of its own going off: "the shell blew up", "went off"."""
    verb = munition.head
    return munition.dep_ == "nsubj" and (_in(verb, "remnant_blew") or _went_off(verb))


def _touched(munition: Token) -> bool:
    """The munition is what someone struck, stepped on or handled (`remnant_touch`)."""
    verb = munition.head.head if munition.dep_ == "pobj" else munition.head
    return munition.dep_ in {"dobj", "obj", "pobj"} and _in(verb, "remnant_touch")


def _left_over(munition: Token) -> bool:
    """The munition is marked unexploded or leftover, or left over or behind ("a shell left
    over from the war")."""
    marks = [t for c in munition.lefts if c.dep_ in {"amod", "compound"} for t in c.subtree]
    if any(_in(t, "remnant_mark") for t in marks):
        return True  # "a leftover mortar round": the parser hangs "leftover" on "mortar"
    return any(c.dep_ == "acl" and _in(c, "remnant_left") for c in munition.children)


def reads_parked_vehicle_blew_up(sent: Span) -> bool:
    """A vehicle told parked, left or abandoned (`placed_vehicle`, `placed_mark`: "a parked
    car", "a motorcycle left outside the market") that blew up, exploded or went off: a car bomb
    set off with no driver, the codebook's remote explosive (round r39, acled42, the brief's
    leftover of stop 58: read as no event). A vehicle that crashed and burned is told without
    such a mark."""
    for tok in span_tokens(sent):
        if not _in(tok, "placed_vehicle") or tok.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        marked = any(
            (c.dep_ in {"amod", "acl", "compound"} and _in(c, "placed_mark"))
            or (c.dep_ == "relcl" and _in(c, "placed_mark"))
            for c in tok.children
        )
        if marked and (_in(tok.head, "remnant_blew") or _went_off(tok.head)):
            return True
    return False


def reads_hidden_thing_went_off(sent: Span) -> bool:
    """A thing told only by where it was hidden, buried or planted (`hidden_thing` with a
    `hidden_mark` participle or relative clause on it: "something hidden in the ditch", "a
    package that had been left by the gate") that went off, exploded or blew up: a device laid in
    wait, the codebook's remote explosive (round r43, acled46, stops 61 and 62's leftover: read as
    an armed clash, or as no event). A thing told without the mark is left alone."""
    for tok in span_tokens(sent):
        if not _in(tok, "hidden_thing") or tok.dep_ != "nsubj":
            continue
        if not (_in(tok.head, "remnant_blew") or _went_off(tok.head)):
            continue
        if any(c.dep_ in {"acl", "relcl", "amod"} and _in(c, "hidden_mark") for c in tok.children):
            return True
    return False


def _went_off(tok: Token) -> bool:
    """ "went off": the verb go with its particle off."""
    return tok.lemma_ == "go" and any(c.dep_ == "prt" and c.lower_ == "off" for c in tok.children)


def reads_struck_by_drone(sent: Span) -> bool:
    """A target struck by a drone told in the passive (`_struck_by`), the one drone reading
    that votes by itself (`acled_typing.ACT_READERS`)."""
    return any(_in(t, "drone_craft") and _struck_by(t) for t in span_tokens(sent))


def _struck_by(drone: Token) -> bool:
    """Round r32 (the brief's leftover: "a vehicle was hit by a drone" got no type): the drone
    is the agent of a passive verb of striking (`drone_struck`: "was targeted by a drone",
    "were killed by a drone"), the strike told with no one named flying it."""
    agent = drone.head
    return (
        drone.dep_ == "pobj"
        and agent.dep_ == "agent"
        and agent.head.pos_ == "VERB"
        and _in(agent.head, "drone_struck")
    )


def _struck_with(verb: Token) -> bool:
    """The verb of using has a clause of striking: "to strike", "to drop bombs on"."""
    return any(
        c.dep_ in {"xcomp", "advcl"} and c.pos_ == "VERB" and _in(c, "drone_hit")
        for c in verb.children
    )


def _explosive_vehicle(tok: Token) -> bool:
    """A vehicle word with explosives in its phrase ("a car packed with explosives", "an
    explosives-laden truck")."""
    return _in(tok, "bomb_vehicle") and any(
        _in(t, "explosive") for t in tok.subtree if t.i != tok.i
    )


def _rammed_by_explosive_vehicle(verb: Token) -> bool:
    """The target told rammed BY a vehicle laden with explosives, or the vehicle the subject of
    the ramming ("the gate was rammed by a truck packed with explosives", "a car laden with
    explosives rammed the checkpoint"; round r21, own22 tune: read as a roadside bomb)."""
    return any(_explosive_vehicle(d) for d in subjects_and_agents(verb))


def _set_off_by_its_driver(verb: Token, sent: Span) -> bool:
    """A driver setting off the explosives, in a sentence with a vehicle laden with them ("a
    car packed with explosives whose driver detonated it", "the driver of the explosives-laden
    truck blew it up at the gate"; round r21, own22 tune): the bomb died with its bomber."""
    if not any(_in(s, "vehicle_driver") for s in _subjects(verb)):
        return False
    return any(_explosive_vehicle(t) for t in span_tokens(sent))




def _drives_explosive_vehicle_into(verb: Token) -> bool:
    """The verb drives or rams a vehicle laden with explosives into something ("drove an
    explosives-laden car into the gate", "rammed a truck packed with explosives into the
    station"; round r18, own19 tune: read as a roadside bomb). Driven into its target, the
    vehicle's bomb dies with its driver: the codebook's suicide bomb. A car bomb parked and set
    off is no such phrase."""
    for vehicle in _objects(verb):
        if not _in(vehicle, "bomb_vehicle"):
            continue
        if not any(_in(t, "explosive") for t in vehicle.subtree if t.i != vehicle.i):
            continue
        heads = [verb, vehicle, *(c for c in vehicle.children if c.dep_ == "acl")]
        if any(c.dep_ == "prep" and c.lower_ == "into" for h in heads for c in h.children):
            return True
    return False


def reads_hand_thrown_explosive(sent: Span) -> bool:
    """An explosive named as thrown or held by hand (round r12b): "a hand-thrown explosive",
    "tossed an explosive device over the gate" (round r27, `_thrown`),
    "an explosive hand device" (own13 tune: read as an IED by the classifier, the explosive
    word outweighing the hand). The hand word modifies the explosive noun; a "hand-made" bomb
    is no grenade and is not listed."""
    for tok in span_tokens(sent):
        if _in(tok, "hand_explosive") and any(
            _in(c, "hand_mod") for c in tok.children if c.dep_ in {"amod", "compound"}
        ):
            return True
        if _in(tok, "hand_explosive") and _thrown(tok):
            return True
    return reads_pin_pulled_and_thrown(sent)


def reads_pin_pulled_and_thrown(sent: Span) -> bool:
    """A pin pulled, drawn or yanked (`pin_pull` with a `pin_noun` object) and a verb of throwing
    by hand (`hand_throw`) in the sentence: "pulled the pin from a small explosive and flung it
    through the window", "drew the pin and hurled the thing into the crowd". The pin tells the
    grenade, whatever the thrown thing is called or where it is only "it" (stop 65, own46 tune:
    read as no event); or the pin's ring pulled from a told explosive ("yanked the ring from a
    small explosive", stop 66, own47 tune: read as an IED). A pin pulled with nothing thrown
    ("pulled the pin of a grenade during a drill") is not read, nor the pin of a thing that is no
    explosive ("pulled the pin from the trailer hitch"), nor a throw of a named thing that is none
    ("threw the sack")."""
    tokens = span_tokens(sent)
    pulled = any(
        t.pos_ == "VERB"
        and _in(t, "pin_pull")
        and any(
            c.dep_ in {"dobj", "obj"}
            and (
                (_in(c, "pin_noun") and _pin_of_explosive(t, c))
                or (_in(c, "pin_ring") and _pin_of_explosive(t, c, told=True))
            )
            for c in t.children
        )
        for t in tokens
    )
    return pulled and any(
        t.pos_ == "VERB"
        and _in(t, "hand_throw")
        and all(
            o.pos_ == "PRON" or _hand_explosive(o)
            for o in t.children
            if o.dep_ in {"dobj", "obj"}
        )
        for t in tokens
    )


def _pin_of_explosive(verb: Token, pin: Token, told: bool = False) -> bool:
    """The pin's "of" or "from" thing (on the pin or on the verb of pulling), where one is told
    (with `told`: one must be told), is an explosive ("the pin of a small bomb", "pulled the pin
    from an explosive", "the ring of an explosive")."""
    things = [
        o
        for head in (pin, verb)
        for p in head.children
        if p.dep_ == "prep" and p.lower_ in {"of", "from", "out"}
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return (bool(things) or not told) and all(_hand_explosive(o) for o in things)


def _hand_explosive(tok: Token) -> bool:
    """An explosive thrown by hand (`hand_explosive`) or a grenade by its own name."""
    return _in(tok, "hand_explosive") or tok.lemma_.lower() == "grenade"


def _thrown(explosive: Token) -> bool:
    """The explosive is what a verb of throwing by hand throws (round r27): its object or
    passive subject ("tossed an explosive device into the yard", "a charge was lobbed over the
    wall"), or the noun its participle hangs on ("an explosive tossed over the wall"), also where
    the parser makes that participle the clause's verb."""
    verb = explosive.head
    if explosive.dep_ in {"dobj", "obj", "nsubjpass"} and _in(verb, "hand_throw"):
        return True
    # "when an explosive tossed over the wall went off": the parser reads the participle as
    # the clause's verb and the explosive as its subject; an explosive throws nothing, so an
    # explosive subject of a throwing verb with no object is what was thrown
    if (
        explosive.dep_ == "nsubj"
        and _in(verb, "hand_throw")
        and not any(c.dep_ in {"dobj", "obj"} for c in verb.children)
    ):
        return True
    return any(c.dep_ == "acl" and _in(c, "hand_throw") for c in explosive.children)


def _strapped_person_with_explosives(verb: Token) -> bool:
    """A person strapped with explosives (round r10): the participle hangs from a person word
    ("a woman strapped with explosives detonated them", "a teenager strapped with a bomb"), or
    its (passive) subject is one ("the man was strapped with a bomb"), and its "with" holds an
    explosive. Read as a roadside bomb by the classifier (own11 tune)."""
    people = [verb.head] if verb.dep_ == "acl" else []
    people += [c for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.dep_ == "acomp":  # the tagger's adjective: "the bomber was strapped with a bomb"
        people += [c for c in verb.head.children if c.dep_ == "nsubj"]
    holds_explosive = any(_in(p, "explosive") for p in prep_objects(verb, "with"))
    return holds_explosive and any(_is_person(p) or _in(p, "bomber") for p in people)


def _under_clothing(explosive: Token) -> bool:
    """Explosives hidden under the bomber's clothes (round r6): "explosives concealed under his
    coat", "hid a bomb beneath her robe" (a preposition of hiding with a piece of clothing, in
    the explosive's phrase or on the verb it is the object of). Read as a roadside bomb by the
    classifier (own8 tune)."""
    preps = [t for t in explosive.subtree if t.dep_ == "prep"]
    if explosive.dep_ in {"dobj", "obj"}:
        preps += [c for c in explosive.head.children if c.dep_ == "prep"]
    return any(
        _in(prep, "conceal_prep")
        and any(_in(p, "clothing") for p in prep.children if p.dep_ == "pobj")
        for prep in preps
    )


def _set_off_what_was_under_clothing(verb: Token) -> bool:
    """A charge told only as what the attacker carried or hid under his clothes, set off
    ("set off what he was carrying under his jacket", "detonated what she had hidden beneath
    her robe"; stop 68, acled51, the stop 65-67 leftover: read as no event, no explosive word):
    a verb of setting off (`detonate`, or "set" with "off") whose object is a clause opened by
    "what" with a preposition of hiding and a piece of clothing (`conceal_prep`, `clothing`)."""
    if verb.pos_ != "VERB":
        return False
    if not (_in(verb, "detonate") or verb.lemma_.lower() == "set" and _has_particle(verb, "off")):
        return False
    for clause in verb.children:
        if clause.dep_ not in {"ccomp", "dobj", "obj"} or clause.pos_ != "VERB":
            continue
        if not any(c.lower_ == "what" for c in clause.children if c.dep_ in {"dobj", "obj"}):
            continue
        if any(
            _in(prep, "conceal_prep") and any(_in(p, "clothing") for p in prep.children)
            for prep in clause.children
            if prep.dep_ == "prep"
        ):
            return True
    return False


def _has_particle(verb: Token, word: str) -> bool:
    return any(c.dep_ == "prt" and c.lower_ == word for c in verb.children)


def _worn(explosive: Token) -> bool:
    """Explosives worn ("a man wearing explosives"): worn, they are on the body."""
    return explosive.dep_ in {"dobj", "obj"} and _in(explosive.head, "wear")


def reads_toxic_gas_use(sent: Span) -> bool:
    """A toxic gas used on people (round r6): a verb of dropping, firing, releasing or spraying
    whose object, or a noun in its phrase, is a named agent (chlorine, sarin) or a gas or
    agent called toxic, poisonous, choking or nerve ("dropped canisters of a choking gas on
    caves"). The codebook's chemical weapon; the sentence named no word of the relevance list
    and got no event (own8 tune). A leak or a factory blast is an accident: the decision's
    accident rule makes it "none" (`acled_typing._decision_scores`)."""
    for tok in span_tokens(sent):
        if tok.pos_ != "VERB" or not _in(tok, "gas_release"):
            continue
        # the agent may be what the object holds ("barrels filled with chlorine", "canisters of
        # a choking gas", "rockets carrying a nerve agent")
        if any(_names_toxic_agent(t) for o in _objects(tok) for t in o.subtree):
            return True
    return False


def _names_toxic_agent(tok: Token) -> bool:
    if _in(tok, "toxic_named"):
        return True
    kinds = [c for c in tok.children if c.dep_ in {"amod", "compound"}]
    if _in(tok, "toxic_head") and any(_in(c, "toxic_kind") or _in(c, "toxic_named") for c in kinds):
        return True
    return _gas_told_by_symptoms(tok, kinds)


def _gas_told_by_symptoms(tok: Token, kinds: list[Token]) -> bool:
    """A gas, smoke or cloud named only by a colour or not at all, whose relative clause tells
    what it did to people by a symptom of poisoning (`symptom`: "released a yellow smoke that
    made dozens cough blood", "a cloud that left villagers choking"; round r24, a probe of the
    weak sub-types: read as the shelling that carried it). Tear gas is the police's, no
    chemical weapon, and is left out."""
    if not _in(tok, "toxic_head") or any(c.lower_ == "tear" for c in kinds):
        return False
    return any(
        _in(t, "symptom") for c in tok.children if c.dep_ == "relcl" for t in c.subtree
    )


def reads_property_destruction(sent: Span) -> bool:
    """Property wrecked by hand: a verb of destroying (uproot, smash, vandalise, bulldoze, raze)
    with a word of property as its object ("uprooted olive trees", "smashed irrigation pipes"),
    in a sentence that names no weapon of remote violence, no firearm, no death, no protest and
    no crowd (those are strikes, attacks, riots and mob violence). The codebook's looting/property
    destruction; the classifier gave it no type (own6 tune)."""
    for group in ("weapon", "deadly", "protest"):
        if _sentence_has(sent, group):
            return False
    for tok in span_tokens(sent):
        if tok.pos_ != "VERB" or not _in(tok, "wreck"):
            continue
        if any(_in(s, "crowd") for s in _subjects(tok)):
            return False
        if any(_in(o, "property") for o in _objects(tok)):
            return True
    return any(_burns_property(tok) for tok in span_tokens(sent) if tok.pos_ == "VERB")


def _burns_property(verb: Token) -> bool:
    """Property set on fire (round r10): "set fire to wheat fields", "set the barns ablaze"
    (no crowd as the subject: a crowd burning shops is a riot). The classifier read an
    arson of crops with no one hurt as an attack (own11 tune)."""
    if verb.lemma_.lower() != "set" or any(_in(s, "crowd") for s in _subjects(verb)):
        return False
    if _sets_on_fire(verb):
        return any(_in(o, "property") for o in _objects(verb))
    fire = [c for c in verb.children if c.dep_ in OBJECTS and c.lower_ == "fire"]
    if not fire:
        return False
    burned = prep_objects(verb, "to") + prep_objects(verb, "on")
    if not burned:  # the tagger took "to" for an infinitive's ("set fire to maize fields")
        after = verb.doc[fire[0].i + 1 : fire[0].i + 5]
        burned = [t for t in after[1:] if t.pos_ in {"NOUN", "VERB"}] if after[:1].text == "to" else []
    return any(_in(b, "property") for b in burned + [c for b in burned for c in b.conjuncts])


# Particles that send the goods away from their owners ("carried off", "drove away").
AWAY_PARTICLES = frozenset({"off", "away"})
# Subjects that deny a death ("nobody was killed", "no one died").
NOBODY = frozenset({"nobody", "none", "noone"})


def reads_goods_carried_off(sent: Span) -> bool:
    """Goods carried off (round r30, own31 tune: armed men who raided a market, "carrying off
    sacks of sorghum, livestock and solar panels", read as an attack, nobody killed): a verb of
    carrying or driving (`carry_away`) with "off" or "away" ("carried off", "drove away"), or
    "made off with", or a verb of stealing (`steal`), or a place stripped or emptied of goods
    (`strip_goods`, `_stripped_of_goods`; round r39), whose goods (its object, or the object of
    "with") name goods, stock or food (`goods`), in a sentence that tells no death as having
    happened (a death word negated or denied by "nobody" does not count: a raid that kills is
    an attack). The codebook's looting/property destruction."""
    if any(_in(t, "deadly") and not _death_denied(t) for t in span_tokens(sent)):
        return False
    for verb in span_tokens(sent):
        if verb.pos_ != "VERB":
            continue
        if _in(verb, "strip_goods") and _stripped_of_goods(verb):
            return True
        away = any(c.dep_ in {"prt", "advmod"} and c.lower_ in AWAY_PARTICLES for c in verb.children)
        if not (_in(verb, "steal") or (away and _in(verb, "carry_away"))):
            continue
        taken = [c for c in verb.children if c.dep_ in {"dobj", "obj"}] + prep_objects(verb, "with")
        if any(_in(t, "goods") for o in taken for t in o.subtree):
            return True
    return False


def _stripped_of_goods(verb: Token) -> bool:
    """A place stripped or emptied "of" goods ("stripped the market of rice", "the store was
    emptied of its grain"): the "of" on the verb or on its object names goods (round r39,
    acled42, the brief's leftover of stop 58: read as an attack)."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    stripped = prep_objects(verb, "of") + [p for o in objects for p in prep_objects(o, "of")]
    return any(_in(t, "goods") for o in stripped for t in o.subtree)


def tells_only_harm_of_nobody(verb: Token) -> bool:
    """A telling verb whose clause is a harm said of nobody ("Nobody was hurt, police said.", "No
    one was hurt, the army said."): the sentence tells that an act told before it harmed no one,
    no act of its own. The learned typing added an assault on "said" for it, an event of its own
    beside the shooting (round r36, fuse35: the brief's class left from stop 55)."""
    return any(
        c.dep_ == "ccomp" and _in(c, "harm_of_nobody") and _death_denied(c) for c in verb.children
    )


def _death_denied(tok: Token) -> bool:
    """A death word told as not having happened: negated ("were not killed", "no deaths") or
    said of nobody ("nobody was killed", "no one died")."""
    heads = [tok, tok.head] if tok.dep_ in {"amod", "acomp", "attr"} else [tok]
    for h in heads:
        for c in h.children:
            if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no"):
                return True
            if c.dep_ in {"nsubj", "nsubjpass"} and (
                c.lower_ in NOBODY
                or (c.lower_ == "one" and any(d.lower_ == "no" for d in c.children))
            ):
                return True
    return False


def reads_deployment(sent: Span) -> bool:
    """Troops moved or reinforced: a verb of deploying, sending or reinforcing whose object is
    a unit of troops ("deployed an additional battalion to the border", "sent reinforcements",
    "reinforced the troops"), in a sentence that tells no death and no fighting. The codebook's
    change to group/activity covers troop movements; the classifier reads them as a clash or a
    base (CASE tune out-of-fold misses, own4 tune). A death or a fight named as the
    deployment's cause, a noun under "after", "following" or "since" ("deploys the army to
    patrol the province after killings of gold miners"), is no fight of the sentence (round
    r16, own12 tune: read as the state of emergency's "Other"); one told in a clause ("after
    gunmen killed six farmers") still is."""
    if any(
        (_in(t, "deadly") or _in(t, "fighting")) and not told_as_cause(t)
        for t in span_tokens(sent)
    ):
        return False
    for tok in span_tokens(sent):
        if tok.pos_ != "VERB" or not _in(tok, "deploy") or _asked_for(tok):
            continue
        with_units = [  # "reinforced the garrison with fresh troops"
            p
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "with"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        if any(_in(o, "unit") for o in _objects(tok) + with_units):
            return True
    return False


def _asked_for(verb: Token) -> bool:
    """The verb is what someone asks, urges or calls for, not done: a clause of it hangs, as an
    infinitive or a complement, on a verb of asking ("a chief said, urging the state to deploy
    troops", "called on the army to send more soldiers"; round r24, own25 tune: a raid's victims
    asking for troops read as the troops' deployment, a change to group/activity)."""
    tok = verb
    while tok.dep_ in {"xcomp", "ccomp", "advcl", "pcomp", "pobj", "prep"} and tok.head is not tok:
        tok = tok.head
        if tok.pos_ == "VERB" and _in(tok, "ask_for"):
            return True
    return False


def reads_protest_called_for(sent: Span) -> bool:
    """A protest action (`called_action`: a boycott, a strike, a rally) that the sentence only
    tells as called for, urged or demanded: a noun that is the object of a verb of asking or of
    its "for" ("separatists called for a boycott of the vote", "the union demanded a
    shutdown"), or a verb hanging on one ("urged voters to boycott the polls"). A call is no
    protest held, so by the codebook no event (round r25, own26 tune: a by-election's turnout
    after a boycott call read as a peaceful protest). The caller checks that no protest is told
    as under way."""
    for tok in span_tokens(sent):
        if not _in(tok, "called_action"):
            continue
        if tok.pos_ == "VERB" and _asked_for(tok):
            return True
        if tok.pos_ in {"NOUN", "PROPN"} and _noun_asked_for(tok):
            return True
    return False


def _noun_asked_for(noun: Token) -> bool:
    """The noun (or the noun it is coordinated with) is what a verb of asking asks: its direct
    object ("demanded a strike") or the object of its "for" ("called for a boycott")."""
    head_noun = noun.head if noun.dep_ == "conj" else noun
    asker = head_noun.head
    if head_noun.dep_ == "pobj" and asker.lower_ == "for":
        asker = asker.head
    elif head_noun.dep_ not in {"dobj", "obj"}:
        return False
    return asker.pos_ == "VERB" and _in(asker, "ask_for") and not _phrasal(asker)


def _phrasal(verb: Token) -> bool:
    """The verb has a particle that makes it another verb: "called off the strike" cancels what
    "called for a strike" asks (stop 45 review: the polarity set own7's tune "called off the
    strike planned for Monday" lost its strike)."""
    return any(c.dep_ == "prt" for c in verb.children)


def told_as_cause(tok: Token) -> bool:
    """The word is inside a noun phrase of what came before (`earlier`: "after the killings",
    "following clashes"), not the sentence's own act. A clause ("after gunmen killed six
    farmers") tells the attack itself, with its doers: the deployment is then its sequel."""
    return any(t.dep_ == "prep" and _in(t, "earlier") for t in (tok, *tok.ancestors))


def reads_prisoner_exchange(sent: Span) -> bool:
    """Captives exchanged: a verb of swapping or exchanging with captives as its object ("the two
    sides swapped 40 prisoners"), or captives released "in exchange for" others. The codebook's
    agreement covers prisoner exchanges; the classifier read a release as another development
    (own4 tune)."""
    for tok in span_tokens(sent):
        if tok.pos_ != "VERB":
            continue
        captives = [o for o in _objects(tok) if _in(o, "captive")]
        if _in(tok, "swap") and captives:
            return True
        if _in(tok, "release") and captives and any(
            c.dep_ == "prep"
            and c.lower_ == "in"
            and any(_in(p, "swap") for p in c.children if p.dep_ == "pobj")
            for c in tok.children
        ):
            return True
    return False


def reads_armed_fight(sent: Span) -> bool:
    """Two armed sides fighting each other: a verb of fighting or clashing whose subjects name
    armed groups or forces ("two rival militias fought with machine guns and rocket launchers",
    "rebels and troops clashed with mortars"). The weapons named beside it do not make it a
    shelling: the classifier weighed the rocket words (own5 tune)."""
    for tok in span_tokens(sent):
        if tok.pos_ != "VERB" or not (_in(tok, "fight") or _exchanges_fire(tok)):
            continue
        subjects = [c for c in tok.children if c.dep_ == "nsubj"] or _shared_subjects(tok)
        subjects += [c for s in subjects for c in s.conjuncts]
        subjects += _sides_in_the_of_phrase(subjects)
        subjects += _groups_the_subjects_belong_to(subjects)
        # vigilantes are an armed side here only (round r26, own27 tune: "vigilantes and bandits
        # fought", read as an attack)
        # and so are kidnappers and cattle rustlers (round r27, the brief's leftover: "vigilantes
        # and kidnappers exchanged gunfire", read as an attack)
        armed = [s for s in subjects if _armed_side(s)]
        # stop 67 (acled50, own48 tune): where fire is traded, a side told only as "armed"
        # ("police and armed herders traded shots") fires too; read for trading fire only, where
        # both subjects shoot, not for a fight word, which an unarmed side may take part in
        if _exchanges_fire(tok):
            armed += [s for s in subjects if s not in armed and _armed_modifier(s)]
        # round r37 (own38 tune: "militiamen of two rival groups traded gunfire" read as an
        # attack): "two" or "rival" may sit on the noun of the side's "of" phrase
        # round r38 (the brief's leftover of stop 57): or of its "from" phrase ("gunmen from two
        # rival gangs traded fire")
        rival = any(
            c.lower_ in {"rival", "two"}
            for s in armed
            for n in (s, *prep_objects(s, "of"), *prep_objects(s, "from"))
            for c in n.children
        )
        # "clashed with soldiers"; "exchanged fire with soldiers" (the parser may hang the
        # "with" on the fire)
        heads = [tok, *(o for o in _objects(tok) if _exchanges_fire(tok))]
        with_side = any(
            _in(p, "organised") or _named_armed_side(p, sent)
            for h in heads
            for c in h.children
            if c.dep_ == "prep" and c.lower_ in {"with", "against"}
            for p in c.children
            if p.dep_ == "pobj"
        )
        if armed and (len(armed) > 1 or rival or with_side or _two_sides_named(armed, sent)):
            return True
        if armed and _in(tok, "fight") and _fought_armed_object(tok):
            return True
        if armed and _exchanges_fire(tok) and _with_someone(heads):
            # fire traded "with" a side fires both ways whoever the side is ("marines traded
            # fire with a band of holdouts"; round r18, own19 tune: read as an attack)
            return True
    return reads_fire_returned(sent)


def _shared_subjects(verb: Token) -> list[Token]:
    """The subjects of the verb a subjectless verb is joined to ("police and armed men dug in on
    a ridge and traded shots", also parsed with no "and"): joined verbs share their subject
    (stop 68, acled51, the stop 67 leftover: sides that "dug in ... traded shots" read as no
    fight, the trading had no subject)."""
    if verb.dep_ != "conj" or verb.head.i == verb.i:
        return []
    return [c for c in verb.head.children if c.dep_ == "nsubj"]


def _groups_the_subjects_belong_to(subjects: list[Token]) -> list[Token]:
    """For a subject that names no armed side itself, the armed group it is a part of, one word
    for one side: the noun of its "of" or a modifier of that noun ("members of a local
    vigilance group": "vigilance"; round r28, "members of a local vigilance group battled
    bandits" read as mob violence, "members" no armed word). A subject already armed ("fighters
    of the militia") adds nothing: its "of" is the same side."""
    out = []
    for s in subjects:
        if _armed_side(s):
            continue
        for group in prep_objects(s, "of"):
            words = [group, *(c for c in group.children if c.dep_ in {"compound", "amod"})]
            out += [w for w in words if _armed_side(w)][:1]
    return out


def _armed_modifier(tok: Token) -> bool:
    """A noun with "armed" as its modifier ("armed men", "armed herders")."""
    return any(c.dep_ == "amod" and c.lower_ == "armed" for c in tok.children)


def _armed_side(tok: Token) -> bool:
    """An organised armed side, a self-defence group or armed criminals."""
    return _in(tok, "organised") or _in(tok, "self_defence") or _in(tok, "armed_criminal")


def _fought_armed_object(verb: Token) -> bool:
    """The object of a verb of fighting is an armed side, or its "of" names one ("vigilantes
    fought a band of cattle rustlers", "militiamen battled bandits"): the fight has two armed
    sides, the subject's and the object's (round r28, the brief's leftover: read as mob
    violence, the vigilantes taken for a crowd)."""
    objects = [o for o in verb.children if o.dep_ in {"dobj", "obj"}]
    objects += [p for o in objects for p in prep_objects(o, "of")]
    return any(_armed_side(o) for o in objects)


def _sides_in_the_of_phrase(subjects: list[Token]) -> list[Token]:
    """The other sides the parser hung inside a subject's "of" phrase: in "fighters of the CODECO
    militia and FARDC soldiers traded gunfire" the soldiers are read as a conjunct of the
    militia, not of the fighters (round r20, own21 tune: read as an attack, one side only)."""
    return [side for s in subjects for p in prep_objects(s, "of") for side in p.conjuncts]


def reads_fighting_resumed(sent: Span) -> bool:
    """Fighting told as starting again: a verb of resuming whose subject is a word of fighting
    or object ("clashes resumed after a brief lull", "fighting resumed in the north", "the
    factions resumed fighting"). The classifier read the resuming verb as an agreement's (talks or a truce
    resumed); here the fight goes on (round r20, a lead probe)."""
    return any(
        tok.pos_ == "VERB"
        and _in(tok, "resume_verb")
        and any(_in(s, "fighting_noun") for s in [*_subjects(tok), *_objects(tok), *_xcomps(tok)])
        for tok in span_tokens(sent)
    )


def _xcomps(verb: Token) -> list[Token]:
    """The verb's open clause complements ("resumed fighting": the parser reads a verb)."""
    return [c for c in verb.children if c.dep_ == "xcomp"]


def reads_protest_lodged(sent: Span) -> bool:
    """A protest lodged, filed or conveyed: a government's formal complaint ("India lodged a
    strong protest with Nepal", "the ministry conveyed its protest to the envoy"), which is no
    demonstration; the classifier read the protest word as a peaceful protest (round r20, a
    lead probe)."""
    return any(
        tok.pos_ == "VERB"
        and _in(tok, "lodge_verb")
        and any(_in(o, "protest_note") for o in _objects(tok))
        for tok in span_tokens(sent)
    )


def reads_fire_returned(sent: Span) -> bool:
    """An armed side firing back at those who fired on it: "the rangers fired back", "troops
    returned fire", "guards shot back". Fire returned means both sides were shooting, which
    the codebook types an armed clash however one-sided the first volley was (round r19, own20
    tune: gunmen who "opened fire on a ranger base" and rangers who "fired back" read as an
    attack, the classifier weighing the opening assault)."""
    for tok in span_tokens(sent):
        if tok.pos_ != "VERB" or not _returns_fire(tok):
            continue
        if any(_in(s, "organised") or _in(s, "state_force") for s in _subjects(tok)):
            return True
    return False


def _returns_fire(verb: Token) -> bool:
    """"fired back", "shot back", "returned fire" (its object a fire word)."""
    if _in(verb, "shoot_verb"):
        return any(c.dep_ in {"advmod", "prt"} and _in(c, "back_particle") for c in verb.children)
    return _in(verb, "return_verb") and any(_in(o, "fire_noun") for o in _objects(verb))


def _named_armed_side(tok: Token, sent: Span) -> bool:
    """The other side of a fight given by its name only, an organisation the recogniser found
    ("troops clashed with the Allied Democratic Forces"; round r12, a CASE tune out-of-fold miss:
    an army's clash with a named militia coalition read as no event), in a sentence naming no
    protest (police clashing with a named movement's marchers is a protest's reading)."""
    named = tok.ent_type_ == "ORG" or any(  # "the Nyatura coalition", "the X Front alliance"
        c.ent_type_ == "ORG" for c in tok.children if c.dep_ in {"compound", "nmod"}
    )
    if not named:
        return False
    return not any(_names_protest(t) for t in span_tokens(sent))


def _with_someone(heads: list[Token]) -> bool:
    """A "with" phrase on the verb or on its fire noun."""
    return any(
        c.dep_ == "prep" and c.lower_ == "with" and any(p.dep_ == "pobj" for p in c.children)
        for h in heads
        for c in h.children
    )


def _exchanges_fire(verb: Token) -> bool:
    """A verb of trading or exchanging whose object is fire ("border units traded small-arms
    fire", "exchanged gunfire"; round r12, own13 tune: read as a disrupted weapons use, the
    "arms" word weighed by the classifier): a fight between the verb's subjects."""
    return _in(verb, "exchange") and any(_in(o, "fire_noun") for o in _objects(verb))


def reads_fire_exchanged_between(sent: Span) -> bool:
    """Fire exchanged between two sides told in a "between" phrase, by a passive ("gunfire was
    exchanged between the two camps") or by a noun ("an exchange of fire between ..."): both
    sides shooting, which the codebook types an armed clash (round r29, own30 tune: a passive
    exchange between village volunteers of two communities read as an attack, the deaths
    weighed by the classifier; `reads_armed_fight` reads only sides told as subjects). The
    parser may hang the "between" on a noun of the clause ("for two hours between ..."), so it
    is looked for in the whole clause."""
    for tok in span_tokens(sent):
        if not _in(tok, "exchange"):
            continue
        if tok.pos_ == "VERB":
            fired = any(_in(o, "fire_noun") for o in _objects(tok))
        else:
            fired = any(_in(p, "fire_noun") for p in prep_objects(tok, "of"))
        if fired and _sides_between(tok):
            return True
    return False


def reads_arms_turned_on_each_other(sent: Span) -> bool:
    """Arms turned on each other or on one another: a verb of turning (`turn_verb`) whose object
    is a gun or weapon word (`turned_arm`) with a reciprocal "on" or "against" phrase ("two
    factions turned their rifles on each other"): both sides shooting, the codebook's armed
    clash (round r43, acled46, stop 62's leftover: read as a change to the group, "turned"
    weighed as a turn of allegiance). Arms turned on one side ("on the villagers") are left
    alone."""
    for tok in span_tokens(sent):
        if tok.pos_ != "VERB" or not _in(tok, "turn_verb"):
            continue
        if not any(_in(o, "turned_arm") for o in _objects(tok)):
            continue
        # "on each other"; "on one another", where the parser makes "one" the object
        if any(
            p.lower_ in {"other", "another"} or any(c.lower_ == "another" for c in p.children)
            for prep in ("on", "against", "upon")
            for p in prep_objects(tok, prep)
        ):
            return True
    return False


def reads_exchange_of_fire(sent: Span) -> bool:
    """An exchange of fire told by its noun ("an exchange of fire near the border post",
    "exchanges of gunfire were reported overnight"), not negated ("no exchange of fire"): two
    sides shooting, the codebook's armed clash, even where the sentence names neither side
    (round r30, the brief's leftover: with no other event word such a sentence was no candidate
    or read as an agreement, "exchange" weighed as a prisoner swap's). An exchange told as the
    prelude of another act (`_told_as_earlier`), or not told as having happened
    (`_told_as_happened`), votes for nothing."""
    return any(
        tok.pos_ == "NOUN"
        and _in(tok, "exchange")
        and any(_in(p, "fire_noun") for p in prep_objects(tok, "of"))
        and not any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in tok.children)
        and not _told_as_earlier(tok)
        and _told_as_happened(tok)
        for tok in span_tokens(sent)
    )


def _told_as_happened(noun: Token) -> bool:
    """The event the noun names is asserted (`polarity.polarity_of`): not one that "could
    resume" or "that neither side wants" (the seeds' reader reports: such an exchange, given an
    event by the vote, was asserted)."""
    from realpolitik.events.polarity import polarity_of

    if polarity_of(noun) != "asserted":
        return False
    return not _under_modal(noun) and not any(
        c.dep_ == "relcl" and any(d.lower_ in UNWANTED for d in c.children) for c in noun.children
    )


# Subjects that say nobody wants or did the act ("an exchange of fire that neither side wants").
UNWANTED = frozenset({"neither", "nobody", "none", "no"})


def _under_modal(tok: Token) -> bool:
    """A verb above the word, up to the root, has a modal ("could spiral into an exchange of
    fire", "the exchange could resume"): the act is only possible."""
    while tok.head.i != tok.i:
        tok = tok.head
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children):
            return True
    return False


def _told_as_earlier(noun: Token) -> bool:
    """The noun is the object of "after", "since" or "following" (`earlier`): the prelude of
    the act the sentence tells ("occupied the town after a brief exchange of fire with police":
    the exchange is how the ground was won, which the gain types; own24 tune)."""
    return noun.dep_ == "pobj" and in_words(noun.head, phrase_words()["earlier"])


def _sides_between(head: Token) -> bool:
    """A "between" phrase with its object in the clause of `head`."""
    return any(
        t.dep_ == "prep" and t.lower_ == "between" and any(c.dep_ == "pobj" for c in t.children)
        for t in head.subtree
    )


def _two_sides_named(armed: list[Token], sent: Span) -> bool:
    """Two sides told in one subject or in the losses (round r10): coordinated modifiers of one
    armed noun ("Russian and Ukrainian units", "army and rebel fighters"), or losses "on both
    sides". The classifier read such a fight as an air strike (own11 tune)."""
    for noun in armed:
        mods = [c for c in noun.children if c.dep_ in {"amod", "compound", "nmod"}]
        if any(m.conjuncts for m in mods):
            return True
    return any(
        tok.lower_ == "both" and tok.head.lemma_.lower() == "side" for tok in span_tokens(sent)
    )


def _repels(verb: Token) -> bool:
    """A verb of driving an attack back: "repelled", "repulsed", or a verb with its particle
    ("beat back", "fought off", "fended off", "pushed back")."""
    if _in(verb, "repel"):
        return True
    return _in(verb, "repel_phrasal") and any(
        c.dep_ in {"prt", "advmod"} and _in(c, "repel_particle") for c in verb.children
    )


def reads_assault_repelled(sent: Span) -> bool:
    """An assault met by armed resistance and driven back (round r13, own14 tune: "units
    repelled an infantry push ... assaults beaten back" read as none, the rules' vote going to
    an attack): a verb of repelling whose object, passive subject or head noun ("fourteen
    assaults beaten back": the participle hangs on the noun) is an assault word, in a sentence
    naming an armed side. The codebook types an attack that the other side fights off as an
    armed clash: both sides are armed and engaged."""
    if not any(_in(t, "organised") or _in(t, "state_force") for t in span_tokens(sent)):
        return False
    for tok in span_tokens(sent):
        if tok.pos_ not in {"VERB", "ADJ"} or not _repels(tok):
            continue
        hit = [*_objects(tok)]
        if tok.dep_ in {"acl", "amod"}:
            hit.append(tok.head)
        if any(_in(o, "assault_noun") for o in hit):
            return True
        if any(_armed_body_advancing(o, tok) for o in hit) and not any(
            _names_protest(t) for t in span_tokens(sent)
        ):
            return True
    return False


def _armed_body_advancing(noun: Token, verb: Token) -> bool:
    """An armed body told as moving on someone, the thing driven back instead of its assault
    (round r23, own24 tune: resistance fighters who "held off a junta column advancing on
    villages" read as an air strike, the classifier weighing the junta word): a column, convoy
    or armed unit word (`armed_body`, `organised`, `state_force`), or the "of" noun of one ("a
    column of gunmen"), with a participle of moving on it (`advance_verb`: "advancing on",
    "moving toward"). Holding off or beating back a body of fighters is a fight of two armed
    sides, the codebook's armed clash. A crowd held off by police is no such body (the caller
    drops sentences naming a protest). The parser may hang the participle on the verb of
    repelling ("beat back an army convoy advancing on their positions"): a subjectless -ing
    clause there counts too."""
    bodies = [noun, *prep_objects(noun, "of")]
    if not any(_in(b, "armed_body") or _in(b, "organised") or _in(b, "state_force") for b in bodies):
        return False
    moves = [c for b in bodies for c in b.children if c.dep_ in {"acl", "relcl"}]
    moves += [
        c
        for c in verb.children
        if c.dep_ == "advcl" and c.tag_ == "VBG" and not any(s.dep_ == "nsubj" for s in c.children)
    ]
    return any(_in(m, "advance_verb") for m in moves)


def reads_retreat_before_advance(sent: Span) -> bool:
    """State forces leaving ground as an armed group advances on it (round r31, the brief's
    leftover: "government troops pulled out of the district headquarters as the militia
    advanced" read as a non-violent transfer): a verb of retreating (`retreat_verb`; "pull"
    with "out" or "back") whose subject is a state force (`names_state_side`), with a clause
    marked "as", "while" or "when" (`retreat_while`) whose verb of moving (`advance_verb`:
    "advanced", "closed in") has an armed group for subject. The codebook's non-state actor
    overtakes territory: the ground is lost under the group's advance, no handover. A retreat
    after a deal or an order ("withdrew under the agreement") has no such clause and is none
    of it."""
    for tok in span_tokens(sent):
        if tok.pos_ != "VERB" or not _in(tok, "retreat_verb") or not _leaves_ground(tok):
            continue
        if not any(names_state_side(s) for s in _state_subjects(tok)):
            continue
        if any(_armed_advance(c) for c in tok.children if c.dep_ == "advcl"):
            return True
    return False


def _leaves_ground(verb: Token) -> bool:
    """"Pull" leaves ground only with "out" or "back"; the other retreat verbs always do."""
    if verb.lemma_.lower() != "pull":
        return True
    return any(c.lower_ in {"out", "back"} for c in verb.children if c.dep_ in {"prt", "advmod", "prep"})


def _state_subjects(verb: Token) -> list[Token]:
    """The verb's subjects with their conjuncts, or the tellers of a pronoun subject ("the army
    said they pulled out ...")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    subjects += [c for s in subjects for c in s.conjuncts]
    return _teller_of_pronoun_subject(verb, subjects) or subjects


def _armed_advance(clause: Token) -> bool:
    """A clause marked "as"/"while"/"when" whose verb of moving has an armed group subject
    ("as hundreds of militia fighters advanced": the "of" noun counts)."""
    if not any(c.dep_ == "mark" and _in(c, "retreat_while") for c in clause.children):
        return False
    if not (_in(clause, "advance_verb") or _in(clause, "advance_told")):
        return False
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    subjects += [p for s in subjects for p in prep_objects(s, "of")]
    return any(_in(s, "armed_group") for s in subjects)


def _names_ground(tok: Token) -> bool:
    return _in(tok, "ground") or tok.ent_type_ in {"GPE", "LOC", "FAC"}


def _teller_of_pronoun_subject(verb: Token, subjects: list[Token]) -> list[Token]:
    """The subjects of the verb of telling whose complement `verb` is, when `verb`'s only
    subjects are pronouns ("troops say they have recaptured ...": "troops")."""
    if not subjects or any(s.pos_ != "PRON" for s in subjects) or verb.dep_ != "ccomp":
        return []
    teller = verb.head
    if teller.i == verb.i or teller.lemma_.lower() not in act_words()["tell"]:
        return []
    return [c for c in teller.children if c.dep_ == "nsubj"]


def reads_ground_retaken(sent: Span) -> bool:
    """A state force retaking a place (round r13, own14 tune: "troops retook the coastal village
    of X from the insurgents" read as an armed clash, no lexicon event on "retook"): a verb of
    retaking whose subject is a state force word, not a group's name ("the Arakan Army"), and
    whose object or its "of" noun is a place word or a named place. The codebook's government
    regains territory.

    Round r15 (own16 tune: "the army said on Sunday it had regained control of two islands"): a
    pronoun subject of a retaking told as what someone said or announced stands for that
    teller, so the state force reporting its own gain is its subject."""
    for tok in span_tokens(sent):
        if tok.pos_ not in {"VERB", "ADJ"} or not _in(tok, "retake"):
            continue
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        subjects += [c for s in subjects for c in s.conjuncts]
        subjects += _teller_of_pronoun_subject(tok, subjects)
        if not any(names_state_side(s) for s in subjects):
            continue
        objects = _objects(tok)
        objects += [p for o in objects for p in prep_objects(o, "of")]
        if any(_names_ground(o) for o in objects):
            return True
    return False


def reads_group_dislodged(sent: Span) -> bool:
    """An armed group driven from its ground by the state: a verb of dislodging ("ousted",
    "flushed") or of driving with its particle ("pushed back", "drove out") whose object or
    passive subject is an armed group (`dislodged_side`), with a "from" or "out of" phrase
    naming ground (a `ground` word or a named place), done by a state force or by no one told
    (a passive with no agent). Round r19, a CASE tune leftover of round r18: terrorists "pushed
    back from their strongholds", the battle told in the next sentence, read as an armed
    clash; the codebook's government regains territory is a battle that ends with the state
    holding the ground."""
    for tok in span_tokens(sent):
        if tok.pos_ != "VERB" or not _dislodges(tok):
            continue
        sides = [*_objects(tok), *(c for c in tok.children if c.dep_ == "nsubjpass")]
        sides += [c for s in sides for c in s.conjuncts]
        if not any(_in(s, "dislodged_side") for s in sides):
            continue
        doers = [c for c in tok.children if c.dep_ == "nsubj"]
        doers += [p for c in tok.children if c.dep_ == "agent" for p in c.children]
        # round r31: "forces said they had driven insurgents out of ...": the tellers did it
        doers = _teller_of_pronoun_subject(tok, doers) or doers
        if doers and not any(names_state_side(d) for d in doers):
            continue
        if any(_names_ground(g) or _located_in_ground(g, tok) or _of_named_place(g) for g in _ground_left(tok)):
            return True
    return False


def reads_state_force_killing_civilians(sent: Span) -> bool:
    """A state force killing civilians, one-sided: a verb of killing (`killing` of
    acled_phrases.tsv: killed, shot, executed) whose subject or passive agent is a state force
    (`names_state_side`: soldiers, troops, police) and whose object is a word of civilians
    (herders, villagers, traders), no armed side nor its site among them, in a sentence with no
    word of two sides fighting. The codebook's attack (state forces against civilians); the
    classifier reads the soldiers as one side of an armed clash (round r25, the brief's
    leftover: "the army denied that its soldiers had killed civilians" read as a clash). The
    killing is told as the report tells it, a denial or accusation above it included: the
    codebook codes the event reported, the parties' claims going to its notes."""
    words = phrase_words()
    if span_has_any(sent, words["two_sided"]):
        return False
    for tok in span_tokens(sent):
        if tok.pos_ != "VERB" or not (in_words(tok, words["killing"]) or _done_to_death(tok)):
            continue
        doers = [c for c in tok.children if c.dep_ == "nsubj"]
        doers += [p for c in tok.children if c.dep_ == "agent" for p in c.children]
        doers += accused_doers(tok)
        if not any(names_state_side(d) for d in doers):
            continue
        victims = _objects(tok)
        if any(
            in_words(t, words["organised"]) or in_words(t, words["armed_site"])
            for v in victims
            for t in v.subtree
        ):
            continue
        if any(in_words(v, words["civilian"]) for v in victims):
            return True
    return any(_killing_noun_of_civilians_by_forces(t, words) for t in span_tokens(sent))


def _done_to_death(verb: Token) -> bool:
    """A verb with "to death" ("beaten to death", "tortured to death"): whatever the verb, the
    act killed (round r26, the brief's leftover: "police denied that officers had beaten two
    traders to death" read as a protest with intervention, "beat" no verb of killing)."""
    return any(
        c.dep_ == "prep" and c.lower_ == "to" and any(p.lower_ == "death" for p in c.children)
        for c in verb.children
    )


def _killing_noun_of_civilians_by_forces(noun: Token, words: dict[str, frozenset[str]]) -> bool:
    """The same told by a noun: "the killing of six herders by soldiers" (a noun of killing,
    `kill_noun`, whose "of" object is a word of civilians and whose "by" phrase, on it or on
    that object, names a state force; round r25, a probe: read as mob violence)."""
    told = _killing_noun_parties(noun)
    if told is None:
        return False
    victims, doers = told
    return any(in_words(v, words["civilian"]) for v in victims) and any(
        names_state_side(d) for d in doers
    )


def _of_named_place(noun: Token) -> bool:
    """A site noun (`named_site`) whose "of" phrase is a proper name ("the administrative post
    of Mecula", "the district seat of Kidal"; round r31, own32 tune, the town tagged a person):
    the ground is that place. The verb must still dislodge an armed group from it."""
    return _in(noun, "named_site") and any(p.pos_ == "PROPN" for p in prep_objects(noun, "of"))


def _located_in_ground(name: Token, verb: Token) -> bool:
    """A name the tagger does not read as a place, told as lying in or near one, the parser
    hanging the "in" phrase on the name or on the verb ("out of Dansadau in Zamfara's Maru
    area": round r22, own23 tune, the village read as a person)."""
    return name.pos_ == "PROPN" and any(
        _names_ground(p) for h in (name, verb) for prep in ("in", "near") for p in prep_objects(h, prep)
    )


def names_state_side(tok: Token) -> bool:
    """A state's force: a state force word that is no group's name ("troops", not "the Arakan
    Army"), or a unit word under a nationality ("Mozambican and Rwandan units", "Kenyan
    contingents"; round r21, own22 tune: units that drove insurgents out of a village were no
    state side, and the retaking read as the insurgents' takeover), or under a state force word
    that is no group's name ("army units", "police detachments"; round r34, the brief's leftover:
    "army units recaptured the village" read as the rebels' takeover)."""
    if _in(tok, "state_force"):
        return tok.ent_type_ != "ORG"
    if not _in(tok, "national_unit"):
        return False
    modifiers = [c for c in tok.children if c.dep_ in {"amod", "compound"}]
    modifiers += [c for m in modifiers for c in m.conjuncts]
    return any(
        m.lower_ in nationality_words() or (_in(m, "state_force") and not _part_of_name(m))
        for m in modifiers
    )


def _part_of_name(tok: Token) -> bool:
    """The word ends a group's name ("Arakan Army"): a proper noun modifies it. A bare "Army"
    at a sentence's start, which the recogniser may tag as an organisation, is no name."""
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)


@lru_cache(maxsize=1)
def nationality_words() -> frozenset[str]:
    """The demonyms of the gazetteer's list (`data/places/demonyms.tsv`), lower case."""
    from realpolitik.places.gazetteer import tsv_rows

    return frozenset(row[0].lower() for row in tsv_rows("demonyms.tsv"))


def _dislodges(verb: Token) -> bool:
    if _in(verb, "dislodge"):
        return True
    return _in(verb, "dislodge_phrasal") and any(  # the parser may read "out" as a preposition
        c.dep_ in {"prt", "advmod", "prep"} and _in(c, "dislodge_particle") for c in verb.children
    )


def _ground_left(verb: Token) -> list[Token]:
    """What a "from" or "out of" phrase on the verb (or on its particle) names."""
    heads = [verb, *(c for c in verb.children if c.dep_ in {"prt", "advmod", "prep"})]
    out = [p for h in heads for p in prep_objects(h, "from")]
    out += [p for h in heads for p in prep_objects(h, "of") if h.lower_ == "out" or h is verb]
    return out


def reads_armed_group_takes_ground(sent: Span) -> bool:
    """An armed group that is no state force taking a place (round r18, own19 tune: militiamen
    who "took" a town "after a day of battles" and hoisted their banner there, read as a
    peaceful protest, the banner weighed by the classifier): a verb of seizing (`seize_ground`)
    whose subject is an armed group word (`armed_group`: rebels, militiamen, insurgents ...; a
    state force word is none) and whose object is a place word, a named place, or a proper name
    the recogniser did not tag a person (it often tags a small town an organisation). The
    codebook's non-state actor overtakes territory."""
    for tok in span_tokens(sent):
        if tok.pos_ != "VERB" or not _in(tok, "seize_ground"):
            continue
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        subjects += [c for s in subjects for c in s.conjuncts]
        if not subjects or not all(_in(s, "armed_group") for s in subjects):
            continue
        objects = _objects(tok)
        objects += [p for o in objects for p in prep_objects(o, "of")]
        named = [o for o in objects if o.pos_ == "PROPN"]
        if any(_names_ground(o) for o in objects) or any(
            o.ent_type_ != "PERSON" or _in(tok, "overrun") for o in named
        ):
            return True
    return False


# Prepositions of a flag flown over ground ("over the town hall", "above the district office").
FLAG_PLACES = ("over", "above", "on", "atop")


def reads_armed_group_flies_flag(sent: Span) -> bool:
    """An armed group that is no state force hoisting its flag or banner over a building or a
    place (round r30, own31 tune: fighters told patrolling a town after a battle, who "hoisted
    their banner over the municipal building", read as an armed clash): a verb of hoisting
    (`hoist`) whose object is a flag word (`flag`) with an "over", "above", "on" or "atop"
    phrase naming a building or a place (`flown_over`, `ground`, a place entity), and whose
    subjects (a coordinated verb's included) are all armed group words (`armed_group`). The
    flag tells who holds the ground: the codebook's non-state actor overtakes territory."""
    for verb in span_tokens(sent):
        if verb.pos_ != "VERB" or not _in(verb, "hoist"):
            continue
        flags = [o for o in _objects(verb) if _in(o, "flag")]
        if not flags:
            continue
        heads = [verb, *flags]
        places = [p for h in heads for prep in FLAG_PLACES for p in prep_objects(h, prep)]
        if not any(_names_ground(p) or _in(p, "flown_over") for p in places):
            continue
        subjects = [d for d in _subjects(verb) if d.dep_ in {"nsubj", "pobj"} or d.pos_ == "NOUN"]
        if subjects and all(_in(d, "armed_group") for d in subjects):
            return True
    return False


# Verbs of seizing that take people as readily as goods: with people as their object and
# captors as their doer they tell an abduction (round r28).
# Round r29 (acled32): "take" with a person for its object ("armed men took two aid workers from
# their car", the brief's leftover, read as no event) seizes them as "seize" does; the doer test
# below keeps a state force's taking to the arrests.
SEIZE_VERBS = frozenset({"seize", "grab", "snatch", "take"})


def reads_people_seized_by_captors(sent: Span) -> bool:
    """Captors who seize people: a verb of seizing whose object is a person word (or a number
    whose "of" is one: "two of the traders") and whose doer is armed criminals or an organised
    side that is no state force ("kidnappers seized two traders at gunpoint ... and took them
    into the bush"; round r28, the brief's leftover: the seizure words weighed for a disrupted
    weapons use). The codebook's abduction; a state force seizing people is an arrest's reading
    and weapons seized are the disrupted weapons use. Round r29: men told armed ("armed men",
    `armed_crowd`) are captors too, whom the codebook's abduction names most often."""
    return any(people_seized_by_captors(verb) for verb in span_tokens(sent))


def people_seized_by_captors(verb: Token) -> bool:
    """This verb is captors seizing people (`reads_people_seized_by_captors`); the PLOVER typing
    reads it too (`events/captors.py`, round r31)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in SEIZE_VERBS:
        return False
    seized = _with_partitive([c for c in verb.children if c.dep_ in {"dobj", "obj"}])
    if not any(_in(o, "person") or _in(o, "taken_person") for o in seized):
        return False
    doers = _subjects(verb)
    captors = [d for d in doers if _armed_side(d) or armed_crowd(d)]
    return bool(captors) and not any(_names_state_force(d) for d in doers)


# Round r33: verbs of taking someone away, with the particle that makes them so ("took away",
# "picked up", "hauled off"): an arrest told without an arrest word when a state force does it.
TAKING_AWAY = {
    "take": frozenset({"away"}),
    "pick": frozenset({"up"}),
    "haul": frozenset({"away", "off"}),
    "whisk": frozenset({"away", "off"}),
    "lead": frozenset({"away"}),
    "drag": frozenset({"away"}),
}


def reads_taken_then_charged(sent: Span) -> bool:
    """A state force taking people away ("soldiers took away four young men", "gendarmes picked
    up a presenter") in a sentence that tells a legal sequel ("were charged", "to face charges",
    "brought before a judge", "held for questioning"): the codebook's arrests. Round r33 (own34
    tune: read as an abduction, the taking words weighed for it, or as no event). Men who only
    say they are soldiers, or a taking with no sequel, stay the classifier's. Round r39 (acled42,
    the brief's leftover of stop 58): the sequel may be told in the next sentence ("Gendarmes
    picked up a union leader at his home. He was charged on Thursday with ..."), read as none."""
    if not _sentence_has(sent, "legal_sequel") and not _sequel_told_next(sent):
        return False
    return any(state_force_takes_away(verb) for verb in span_tokens(sent))


def _sequel_told_next(sent: Span) -> bool:
    """The sentence after this one tells a legal sequel (a bare list of tokens has none)."""
    if not isinstance(sent, Span) or sent.end >= len(sent.doc):
        return False
    return _sentence_has(sent.doc[sent.end].sent, "legal_sequel")


def _taking_away_doers(verb: Token) -> list[Token]:
    """The doers of a verb of taking away with its particle told (`TAKING_AWAY`: "took away",
    "led off"); none where the verb is no such taking."""
    particles = TAKING_AWAY.get(verb.lemma_.lower())
    if verb.pos_ != "VERB" or particles is None:
        return []
    if not any(c.dep_ in {"prt", "advmod"} and c.lower_ in particles for c in verb.children):
        return []
    return _subjects(verb)


def state_force_takes_away(verb: Token) -> bool:
    """This verb is a state force taking people away (`reads_taken_then_charged`); the ACLED
    typing takes it for the arrest's word when no arrest word names the act."""
    doers = _taking_away_doers(verb)
    return bool(doers) and all(_names_state_force(d) for d in doers)


def others_take_away(verb: Token) -> bool:
    """This verb is a taking away (`TAKING_AWAY`, its particle told) by named doers none of whom
    is a state force ("gunmen led away four villagers", "two men were taken away by kidnappers"):
    captors, not the arrest a police or army taking is (stop 64, fuse43; `captors`). People a
    group "picked up" stay detained, as round r32's rows read them ("The militia freed two
    journalists it picked up")."""
    if verb.lemma_.lower() == "pick":
        return False
    doers = _taking_away_doers(verb)
    return bool(doers) and not any(_names_state_force(d) for d in doers)


def reads_aircraft_over_the_blasts(sent: Span) -> bool:
    """An aircraft told only as seen or heard overhead ("witnesses described a plane circling
    above the town before the blasts", "a helicopter was heard hovering over the village") in a
    sentence telling blasts or deaths and no bomb planted, thrown or worn: the codebook's
    air/drone strike, the striker unnamed. Round r33 (own34 tune: a market hit while a plane
    circled read as an IED, the blast words weighed for it). A drone or plane shot down is the
    interception's (`reads_interception`, checked first in the typing's votes)."""
    tokens = span_tokens(sent)
    if any(_in(t, "ground_device") for t in tokens):
        return False
    if not any(_in(t, "aircraft_harm") for t in tokens if not _in(t, "aircraft")):
        return False
    return any(_in(t, "aircraft") and _overhead(t) for t in tokens)


def _overhead(craft: Token) -> bool:
    """The aircraft flies about: the subject of a verb of flying or circling ("jets roared
    over") or of bombing from the air (`aircraft_strike`, stop 70), seen or heard doing so, or
    with such a participle ("a plane circling above")."""
    head = craft.head
    if craft.dep_ in {"nsubj", "nsubjpass", "compound"} and _in(head, "aircraft_overhead"):
        return True  # the parser may take "a plane circling" for a compound noun
    if craft.dep_ == "nsubj" and _in(head, "aircraft_strike"):
        return True  # stop 70: "a military jet bombed the village", "planes strafed a convoy"
    # "saw jets", "they heard a plane overhead" (the parser hangs "plane" on "overhead")
    sensed = head if craft.dep_ == "compound" else craft
    if sensed.dep_ in {"dobj", "obj"} and _in(sensed.head, "aircraft_sensed"):
        return True
    if craft.dep_ == "nsubjpass" and any(  # "was seen hovering over the village"
        c.dep_ in {"xcomp", "ccomp", "advcl"} and _in(c, "aircraft_overhead") for c in head.children
    ):
        return True
    return any(c.dep_ in {"acl", "relcl"} and _in(c, "aircraft_overhead") for c in craft.children)


# Round r33: verbs of fighting or forcing one's way ("fought their way back into the town").
WAY_VERBS = frozenset({"fight", "battle", "force", "shoot", "blast"})


def reads_state_fights_way_back(sent: Span) -> bool:
    """A state force that fought, battled or forced its way back into a place ("junta troops ...
    fought their way back into the town they lost"): the codebook's government regaining
    territory, won by fighting. Round r33 (own34 tune: read as a non-violent transfer, the other
    side's "pulled out" weighing for it)."""
    return any(_state_way_back(verb) for verb in span_tokens(sent))


def _state_way_back(verb: Token) -> bool:
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in WAY_VERBS:
        return False
    way = [c for c in verb.children if c.dep_ in {"dobj", "obj"} and c.lemma_.lower() == "way"]
    if not way:
        return False
    words = {t.lower_ for w in way for t in w.subtree} | {c.lower_ for c in verb.children}
    if "back" not in words:
        return False
    doers = _subjects(verb)
    return bool(doers) and all(_names_state_force(d) for d in doers)


def reads_state_back_where_it_left(sent: Span) -> bool:
    """A state force that returned to or re-entered a place it had itself left earlier ("troops
    re-entered the town, three weeks after they had left it", "soldiers returned to the village
    a month after withdrawing"): the state back on its ground, the codebook's government
    regaining territory. Round r40 (own41 tune: army units that "re-entered" a town "a month
    after they had pulled out" read as a non-violent transfer, the leaving words weighed for a
    handover). The leaving must be told as earlier ("after", "following", "since") and done by
    the same side: no subject of its own, or a pronoun one. Troops moving in after rebels had
    left take ground handed over, not read here."""
    return any(_state_back_where_it_left(verb) for verb in span_tokens(sent))


def _state_back_where_it_left(verb: Token) -> bool:
    if not _goes_back_in(verb):
        return False
    doers = _subjects(verb)  # a state's side, "army units" too (`names_state_side`)
    if not doers or not all(names_state_side(d) for d in doers):
        return False
    return any(_left_earlier_by_itself(t) for t in verb.subtree if t.i != verb.i)


# The prefix of "re-entered", which the parser may split off as a verb of its own ("re", "-",
# "entered"), the subject hung on it.
REENTER_PREFIX = "re"


def _goes_back_in(verb: Token) -> bool:
    """A verb of going back into a place: "returned" with no object ("returned fire" is a
    fight's), or "re-entered"."""
    if _in(verb, "return_verb"):
        return verb.pos_ == "VERB" and not any(c.dep_ in {"dobj", "obj"} for c in verb.children)
    doc = verb.doc
    if verb.lower_ == REENTER_PREFIX and verb.i + 2 < len(doc):
        return doc[verb.i + 1].text == "-" and doc[verb.i + 2].lemma_.lower() == "enter"
    return verb.lemma_.lower() in {"reenter", "re-enter"}


def _left_earlier_by_itself(tok: Token) -> bool:
    """A verb of leaving ground told as earlier ("after they had left it", "after withdrawing")
    whose subject is none of its own or a pronoun: the side that went back had left."""
    if tok.pos_ != "VERB" or not _in(tok, "left_ground"):
        return False
    earlier = any(c.dep_ == "mark" and _in(c, "earlier") for c in tok.children) or (
        tok.dep_ == "pcomp" and _in(tok.head, "earlier")
    )
    subjects = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return earlier and all(s.pos_ == "PRON" for s in subjects)


def reads_arms_handed_over(sent: Span) -> bool:
    """Fighters handing over, turning over or handing in their arms (round r35, the brief's
    leftover of round r34: "handed over their rifles to the army" read as a transfer of
    territory, the handover words weighed): a verb of `arms_handover` with its particle
    ("over", "in") whose object names arms (acled_phrases.tsv's `weapon`), and no state force
    among its subjects. Armed men giving up their arms is the codebook's change to
    group/activity (disarmament); police handing seized rifles to a court disarm no one, and
    "handed over the town" names no arms."""
    weapon_words = phrase_words()["weapon"]
    for verb in span_tokens(sent):
        if verb.pos_ != "VERB" or not _in(verb, "arms_handover"):
            continue
        if not any(c.dep_ == "prt" and _in(c, "handover_particle") for c in verb.children):
            continue
        if any(names_state_side(s) for s in _subjects(verb)):
            continue
        if any(in_words(o, weapon_words) for o in _objects(verb)):
            return True
    return False


def reads_only_crowd_control_fire(sent: Span) -> bool:
    """The only weapons the sentence names are crowd-control ones ("fired water cannon at a
    supply boat", "used tear gas against the fishing crews"), no other weapon word outside their
    phrase and no death (stop 65, lead, probe sentences written as wire text: a coast guard's
    water cannon read as shelling, "cannon" being an artillery word to the classifier). No
    shell, rocket or gun was fired, so no shelling."""
    tokens = span_tokens(sent)
    weapons = [t for t in tokens if crowd_control_weapon(t)]
    if not weapons or _sentence_has(sent, "deadly"):
        return False
    inside = {w.i for w in weapons} | {
        c.i for w in weapons for c in w.children if c.dep_ in {"compound", "amod"}
    }
    return not any(t.i not in inside and _in(t, "weapon") for t in tokens)
