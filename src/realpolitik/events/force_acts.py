"""Two acts of force told through verbs the lexicon does not type by themselves (round r17,
helper fuse16, from fusion_own10 and fusion_own11 tune misses; word lists in
`data/events/force_on_crowds_and_vessels.yaml`):

- a crowd-control weapon aimed at people ("riot police turned water cannon on the marchers",
  "used tear gas on striking nurses", "trained rubber bullets at the crowd"): force used on them,
  ASSAULT in mode crowd-control (CAMEO 175), as the "fire ... teargas" rows of `own_triggers.tsv`
  read the firing. The weapon must be aimed "on", "at" or "against" someone: round r13 dropped a
  family reading every "used tear gas" (PLOVER check fell by one), where "used tear gas to
  disperse protesters" is told by its purpose clause's dispersal.
- people dispersed, driven or pushed back "with" a crowd-control weapon ("police dispersed the
  marchers with tear gas", "were driven out of the square with water cannon"): the same force
  (round r29, plover47), where the bare verbs read a guessed protest or an expulsion.
- a vessel held, stopped or boarded ("police held a Russian cargo ship at Kotka", "a patrol ship
  stopped the longliner X", "the coast guard boarded the tanker"): a seizure (COERCE, CAMEO 171),
  as "seized the tanker" reads. "Boarded" is also what passengers do, so it needs a force for its
  doer ("the coast guard", "marines"); it may then name the vessel by its name alone.
- a force going "aboard" a vessel ("coast guard officers went aboard the trawler"), or holding,
  stopping or boarding "it" where "it" stands for a vessel told earlier in the sentence ("the
  trawler was fishing near the reef when a navy patrol boat stopped it"): the same seizure (round
  r36, reader40).
- goods, or lorries carrying them, held at a border post or crossing ("60 lorries of maize
  were held at the Namanga border post"): trade halted, SANCTION (CAMEO 163; round r33, args37).
- a vessel escorted or towed "into" a port or town ("the navy escorted a trawler into Arica"):
  taken there, a seizure (COERCE, CAMEO 171; round r36, args40), unless the vessel is in
  distress (a stricken yacht towed in is rescued); or "to" a place by a force, not the doer's own
  vessel nor to safety ("police towed the trawler to Umag"; round r38, reader42). A vessel told
  by a relative pronoun ("the trawler, which the coast guard stopped") is read as its noun.
- a boat's crew or other seized people taken "to" a place by a force ("coast guard officers took
  its five crew to Puerto Cortes"): moved into custody, an arrest (COERCE, CAMEO 173; round r37,
  reader41), unless they are rescued people or are taken to a place of care.
- a vessel searched or inspected by a force ("coast guard officers searched two trawlers"):
  force short of a seizure (COERCE, CAMEO 170; round r38, reader42), not by safety inspectors.
  Told by its noun, with the craft in its "of" or "on" phrase ("the inspections of Kenyan trucks",
  "checks on cheese lorries"), the same act (`craft_searched_noun`; round r48, reader52). A force
  told as the antecedent of a relative clause ("the marines who boarded the X") does the clause's
  act (round r48, reader52).
- stones, rocks, bricks or bottles thrown by a force ("gendarmes had thrown stones at a bus"):
  an attack (ASSAULT, CAMEO 180; round r40, reader44), where a crowd's throwing is a riot.
- a vessel chased or pursued ("a patrol ship chased a squid boat", "navy sailors pursued the X"):
  force short of a seizure (COERCE, CAMEO 170; round r25, fuse24), with the same doer rule as
  "boarded" for a vessel named by its name alone.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from realpolitik.events.coordination import relative_object_antecedent
from realpolitik.events.lexicon import DATA_DIR, TriggerType
from realpolitik.events.nominal_objects import prep_objects
from realpolitik.events.wordlists import read_word_sets
from realpolitik.nlp.doers import subjects_and_agents

CROWD_WEAPON_AIMED = TriggerType("ASSAULT", "crowd-control", "175", "own")
VESSEL_HELD = TriggerType("COERCE", "seize", "171", "own")
VESSEL_CHASED = TriggerType("COERCE", None, "170", "own")
VESSEL_SEARCHED = TriggerType("COERCE", None, "170", "own")
GOODS_HELD = TriggerType("SANCTION", None, "163", "own")
CREW_TAKEN = TriggerType("COERCE", "arrest", "173", "own")
STONES_THROWN = TriggerType("ASSAULT", None, "180", "own")


@cache
def _words() -> dict[str, frozenset[str]]:
    return read_word_sets(DATA_DIR / "force_on_crowds_and_vessels.yaml")


def force_act_type(verb: Token) -> TriggerType | None:
    """The verb's type when it aims a crowd-control weapon at someone, holds or chases a vessel."""
    if crowd_weapon_aimed(verb) or crowd_pushed_with_weapon(verb):
        return CROWD_WEAPON_AIMED
    if (
        vessel_held(verb)
        or vessel_kept(verb)
        or vessel_gone_aboard(verb)
        or vessel_brought_into_port(verb)
    ):
        return VESSEL_HELD
    if vessel_chased(verb):
        return VESSEL_CHASED
    if vessel_searched(verb):
        return VESSEL_SEARCHED
    if crew_taken_away(verb):
        return CREW_TAKEN
    if goods_held_at_border(verb):
        return GOODS_HELD
    if stones_thrown_by_force(verb):
        return STONES_THROWN
    return None


def _objects(verb: Token) -> list[Token]:
    """The verb's direct objects, or its passive subject ("the ship was held"), with conjuncts; a
    relative pronoun object as the noun it stands for ("the trawler X, which the coast guard
    stopped"; round r38, reader42: reader_own37 tune read no stop there)."""
    heads = [
        relative_object_antecedent(verb, c)
        for c in verb.children
        if c.dep_ in {"dobj", "obj", "nsubjpass"}
    ]
    return heads + [c for h in heads for c in h.children if c.dep_ == "conj"]


def _is_weapon(noun: Token, words: dict[str, frozenset[str]]) -> bool:
    head = noun.lemma_.lower()
    if head in words["weapon_words"]:
        return True
    mods = (c.lemma_.lower() for c in noun.children if c.dep_ in {"compound", "amod"})
    return any(f"{m} {head}" in words["weapon_phrases"] for m in mods)


def crowd_control_weapon(noun: Token) -> bool:
    """`noun` names a crowd-control weapon ("water cannon", "tear gas", "batons")."""
    return _is_weapon(noun, _words())


def crowd_weapon_aimed(verb: Token) -> bool:
    """A crowd-control weapon is the verb's object and an "on / at / against" phrase (on the verb
    or on the weapon: "fired tear gas at the crowd") names whom it was aimed at."""
    words = _words()
    if verb.lemma_.lower() not in words["aiming_verbs"]:
        return False
    weapons = [o for o in _objects(verb) if _is_weapon(o, words)]
    if not weapons:
        return False
    preps = [c for h in [verb, *weapons] for c in h.children if c.dep_ == "prep"]
    return any(
        p.lower_ in words["aimed_preps"] and any(c.dep_ == "pobj" for c in p.children)
        for p in preps
    )


def crowd_pushed_with_weapon(verb: Token) -> bool:
    """A verb of dispersing or driving people back whose "with" phrase names a crowd-control
    weapon ("dispersed the marchers with tear gas and batons", "were driven out with water
    cannon")."""
    words = _words()
    if verb.lemma_.lower() not in words["crowd_pushing_verbs"]:
        return False
    # the parser hangs the "with" phrase on the verb or on the people dispersed
    holders = [verb, *_objects(verb)]
    tools = [o for h in holders for o in prep_objects(h, "with")]
    tools += [c for t in tools for c in t.children if c.dep_ == "conj"]
    return any(_is_weapon(t, words) for t in tools)


def _one_of(tok: Token, words: frozenset[str]) -> bool:
    """The token's lemma or its own word is in `words` (lists hold both "crew" and "crewmen")."""
    return tok.lemma_.lower() in words or tok.lower_ in words


def _names_vessel(noun: Token, vessels: frozenset[str]) -> bool:
    """The noun is a vessel noun, has one for compound or apposition ("the Faroese longliner X"),
    or is the name apposed to one ("the trawler Santa Rosa, which the police stopped": the clause
    hangs on the name; round r38, reader42)."""
    if _one_of(noun, vessels):
        return True
    if noun.dep_ == "appos" and _one_of(noun.head, vessels):
        return True
    return any(
        c.dep_ in {"compound", "appos"} and c.lemma_.lower() in vessels for c in noun.children
    )


def _done_by_force(verb: Token, forces: frozenset[str]) -> bool:
    # "the marines who boarded the X": the relative pronoun stands for its antecedent, the force
    # (round r48, reader52: stop 67's leftover and reader_own47 tune read no boarding)
    doers = [relative_object_antecedent(verb, d) for d in subjects_and_agents(verb)]
    return any(
        w.lemma_.lower() in forces
        for d in doers
        for w in [d, *(c for c in d.children if c.dep_ == "compound")]
    )


def vessel_held(verb: Token) -> bool:
    """A vessel (a vessel noun, or for "board" done by a force, a vessel's proper name) is what
    the verb holds, stops or boards."""
    words = _words()
    lemma = verb.lemma_.lower()
    if lemma not in words["holding_verbs"]:
        return False
    if lemma == "board":  # a force boards small craft too (`boarded_craft_nouns`)
        craft = {**words, "vessel_nouns": words["vessel_nouns"] | words["boarded_craft_nouns"]}
        return _forced_on_vessel(verb, craft, by_name=True)
    return _forced_on_vessel(verb, words, by_name=False)


def vessel_gone_aboard(verb: Token) -> bool:
    """A force goes or climbs "aboard" a vessel not of its own side ("coast guard officers went
    aboard the trawler X", not "the sailors went aboard their ship"): a boarding (round r36,
    reader40)."""
    words = _words()
    if verb.lemma_.lower() not in words["aboard_verbs"]:
        return False
    if not _done_by_force(verb, words["force_nouns"]):
        return False
    boarded = prep_objects(verb, "aboard")
    boarded += [c for b in boarded for c in b.children if c.dep_ == "conj"]
    return any(
        (_names_vessel(b, words["vessel_nouns"]) or b.pos_ == "PROPN") and not _own_side(b, words)
        for b in boarded
    )


def _own_side(vessel: Token, words: dict[str, frozenset[str]]) -> bool:
    return any(c.dep_ == "poss" and c.lower_ in words["own_side_possessives"] for c in vessel.children)


def _vessel_pronoun(obj: Token, verb: Token, words: dict[str, frozenset[str]]) -> bool:
    """`obj` is "it" / "them" and a vessel noun comes before the verb in its sentence, outside the
    doer's phrase ("the trawler was fishing near the reef when a navy patrol boat stopped it")."""
    return _pronoun_after(obj, verb, words["vessel_pronouns"], words["vessel_nouns"])


def vessel_kept(verb: Token) -> bool:
    """A vessel noun not of the keeper's own side ("kept the tanker", not "kept its boats in
    port") is what the verb keeps: seized property held (round r34, reader38)."""
    words = _words()
    if verb.lemma_.lower() not in words["keeping_verbs"]:
        return False
    vessels = [o for o in _objects(verb) if _names_vessel(o, words["vessel_nouns"])]
    return bool(vessels) and not any(_own_side(v, words) for v in vessels)


def vessel_brought_into_port(verb: Token) -> bool:
    """A vessel noun, not one in distress (`distress_words` on it: "the stricken yacht"), is what
    the verb escorts or tows, and an "into" phrase on the verb names where it was taken ("escorted
    a trawler into the port of Arica"; round r36, args40), or a "to" phrase does and a force does
    it to a vessel not of its own side, not to a place of care ("police towed the trawler to
    Umag"; round r38, reader42: reader_own37 tune read no seizure, or aid to the town)."""
    words = _words()
    if verb.lemma_.lower() not in words["port_bringing_verbs"]:
        return False
    if not prep_objects(verb, "into") and not _taken_to_by_force(verb, words):
        return False
    vessels = [o for o in _objects(verb) if _names_vessel(o, words["vessel_nouns"])]
    return bool(vessels) and not any(
        _one_of(c, words["distress_words"]) for v in vessels for c in v.children
    )


def _taken_to_by_force(verb: Token, words: dict[str, frozenset[str]]) -> bool:
    """A "to" phrase on the verb names a place that is not one of care ("to safety"), a force does
    it and none of its objects is of the doer's own side ("escorted its tankers to ..." protects)."""
    if not _taken_to_custody_place(verb, words):
        return False
    return _done_by_force(verb, words["force_nouns"]) and not any(
        _own_side(o, words) for o in _objects(verb)
    )


def _taken_to_custody_place(verb: Token, words: dict[str, frozenset[str]]) -> bool:
    """A "to" phrase on the verb names a place, and none of a place of care ("to safety", "to a
    hospital": `care_places`)."""
    places = prep_objects(verb, "to")
    return bool(places) and not any(p.lemma_.lower() in words["care_places"] for p in places)


def crew_taken_away(verb: Token) -> bool:
    """A force takes a boat's crew or other seized people (`taken_people_nouns`) "to" a place:
    moved into custody ("took its six crew to Puerto Cortes"; round r37, reader41). The doer is
    read on the verb or, for a verb joined to an earlier one ("boarded the barge and took the
    crewmen to ..."), on that verb; rescued people and places of care are a rescue."""
    words = _words()
    if verb.lemma_.lower() not in words["custody_taking_verbs"]:
        return False
    if not _taken_to_custody_place(verb, words):
        return False
    if not _done_by_force(_doer_verb(verb), words["force_nouns"]):
        return False
    people = [o for o in _objects(verb) if _one_of(o, words["taken_people_nouns"])]
    rescued = words["rescued_people_words"] | words["distress_words"]
    return bool(people) and not any(
        _one_of(c, rescued) for p in people for c in p.children
    )


def goods_held_at_border(verb: Token) -> bool:
    """Goods or the lorries carrying them (`goods_nouns`, the head or its "of" noun: "trucks of
    fruit") are what the verb holds or stops, and a place phrase on the verb names a border post,
    crossing or checkpoint (`border_place_nouns`, the head or a compound: "at the Gatuna border
    post"): trade halted at a border (round r33, args37)."""
    words = _words()
    if verb.lemma_.lower() not in words["goods_holding_verbs"]:
        return False
    goods = words["goods_nouns"]
    held = [n for o in _objects(verb) for n in (o, *prep_objects(o, "of"))]
    if not any(_one_of(n, goods) for n in held):
        return False
    # the parser may hang the place on the lorries' participle ("trucks carrying maize at ...")
    holders = [verb, *(c for o in held for c in o.children if c.dep_ == "acl")]
    places = [o for h in holders for prep in words["goods_place_preps"] for o in prep_objects(h, prep)]
    return any(
        w.lemma_.lower() in words["border_place_nouns"]
        for p in places
        for w in (p, *(c for c in p.children if c.dep_ == "compound"))
    )


def vessel_chased(verb: Token) -> bool:
    """A vessel noun is what the verb chases or pursues, or, the doer being a force, a name."""
    words = _words()
    if verb.lemma_.lower() not in words["chasing_verbs"]:
        return False
    return _forced_on_vessel(verb, words, by_name=True)


def vessel_searched(verb: Token) -> bool:
    """A force (not `civil_searchers`: safety inspectors) searches or inspects a vessel noun
    ("coast guard officers searched two trawlers", "police may begin inspecting fishing boats",
    the doer read on the verb of beginning): force short of a seizure (round r38, reader42)."""
    words = _words()
    if verb.lemma_.lower() not in words["searching_verbs"]:
        return False
    doer_verb = verb.head if verb.dep_ == "xcomp" and not subjects_and_agents(verb) else _doer_verb(verb)
    doers = subjects_and_agents(doer_verb)
    if any(d.lemma_.lower() in words["civil_searchers"] for d in doers):
        return False
    if not _done_by_force(doer_verb, words["force_nouns"]):
        return False
    # a land vehicle too, or "it" for one named before (round r39, reader43: "stopped their
    # truck, searched it and took the three men to ...")
    searched = words["vessel_nouns"] | words["searched_vehicle_nouns"]
    return any(
        _names_vessel(o, searched) or _pronoun_after(o, verb, words["vessel_pronouns"], searched)
        for o in _objects(verb)
    )


# Modifiers that make a check a civil one ("safety inspections of school buses"): our own list.
CIVIL_CHECK_WORDS = frozenset({"annual", "maintenance", "roadworthiness", "safety", "technical"})


def craft_searched_noun(noun: Token) -> TriggerType | None:
    """A search, inspection or check of vessels or land vehicles told by its noun, the craft in
    its "of" or "on" phrase ("the inspections of Kenyan trucks at Busia", "the checks on cheese
    lorries at the bridge"): force short of a seizure, as `vessel_searched` reads the verb (round
    r48, reader52: reader_own47 and reader_own46 tune read the checks as no event). A civil check
    (`CIVIL_CHECK_WORDS`: "safety inspections of school buses") is none."""
    words = _words()
    if noun.lemma_.lower() not in words["searching_nouns"]:
        return None
    modifiers = [c for c in noun.children if c.dep_ in {"amod", "compound"}]
    if any(c.lemma_.lower() in CIVIL_CHECK_WORDS for c in modifiers):
        return None
    searched = words["vessel_nouns"] | words["searched_vehicle_nouns"]
    objects = prep_objects(noun, "of") + prep_objects(noun, "on")
    return VESSEL_SEARCHED if any(_names_vessel(o, searched) for o in objects) else None


def stones_thrown_by_force(verb: Token) -> bool:
    """A force (`force_nouns`) throws or hurls stones, rocks, bricks or bottles ("gendarmes had
    thrown stones at a Nigerien bus"): an attack, not the riot a crowd's throwing is (round r40,
    reader44)."""
    words = _words()
    if verb.lemma_.lower() not in words["throwing_verbs"]:
        return False
    if not _done_by_force(_doer_verb(verb), words["force_nouns"]):
        return False
    return any(o.lemma_.lower() in words["thrown_missiles"] for o in _objects(verb))


def _doer_verb(verb: Token) -> Token:
    """The verb whose subject does `verb`: itself, or up a chain of joined verbs with no subject
    of their own ("stopped the lorry, searched it and took the drivers to ...": "stopped")."""
    for _ in range(4):
        if verb.dep_ != "conj" or subjects_and_agents(verb):
            return verb
        verb = verb.head
    return verb


def _pronoun_after(obj: Token, verb: Token, pronouns: frozenset[str], nouns: frozenset[str]) -> bool:
    """`obj` is one of `pronouns` and one of `nouns` comes before the verb in its sentence, outside
    the doer's phrase."""
    if obj.lower_ not in pronouns:
        return False
    doers = {t.i for c in verb.children if c.dep_ in {"nsubj", "agent"} for t in c.subtree}
    return any(
        t.i < verb.i and t.i not in doers and t.pos_ == "NOUN" and t.lemma_.lower() in nouns
        for t in verb.sent
    )


def _forced_on_vessel(verb: Token, words: dict[str, frozenset[str]], by_name: bool) -> bool:
    """A vessel noun is the verb's object; with `by_name`, a proper name too when a force is the
    doer (and then the force is required, as passengers board and fans chase)."""
    objects = _objects(verb)
    forced = _done_by_force(verb, words["force_nouns"])
    if by_name and not forced:
        return False
    return any(
        _names_vessel(o, words["vessel_nouns"])
        or (by_name and o.pos_ == "PROPN")
        or (forced and _vessel_pronoun(o, verb, words))
        for o in objects
    )
