"""A place acted on as an event's target: "shelled villages near Afrin", "the curfew in Abidjan".

The events stage receives the document's places (`places/`). When an event names no party acted
on, a place its act falls on stands for that place's country (its government) as the target:
the trigger's object is the place, or a thing in the place ("fired at targets in Jericho",
"bombed the airport in Sanaa"), or a directional preposition points the act at it ("imposed a
curfew on Gondar", "withdrew from Bakhmut"). The place also stays the event's location. The
actors stage's metonymy ("Kabul accused ...", "visited Kyiv") is not touched: a place it made
an actor is no place here. Word lists: `data/events/place_targets.yaml`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Doc, Token

from realpolitik.events.arguments import (
    argument_words,
    fronted_participles,
    meets_attack,
    transfer_destinations,
)
from realpolitik.events.ground_handed import handed_ground_object, recipient_words
from realpolitik.events.lexicon import DATA_DIR
from realpolitik.events.person_objects import CUSTODY_PARTICIPLES
from realpolitik.events.triggers import agentless_passive, is_passive
from realpolitik.events.wordlists import read_word_sets
from realpolitik.model import ActorMention, PlaceMention
from realpolitik.places.locate.sentence import participle_place, same_time_clauses

WORDS_PATH = DATA_DIR / "place_targets.yaml"
HOW = "place"  # `ActorMention.how` of a target read from a place
# Sectors of a state acting on its own place: the target is the place's people, not the state.
STATE_SECTORS = {"GOV", "MIL", "COP", "INT", "JUD", "LEG"}


@dataclass(frozen=True)
class PlaceTargetWords:
    types: frozenset[str]
    verb_preps: frozenset[str]
    from_types: frozenset[str]
    object_preps: frozenset[str]
    in_types: frozenset[str]
    in_preps: frozenset[str]
    custody_preps: frozenset[str]
    state_act_types: frozenset[str]
    state_court_verbs: frozenset[str]
    state_leave_types: frozenset[str]
    release_types: frozenset[str]
    state_leave_preps: frozenset[str]
    sending_types: frozenset[str]
    sending_preps: frozenset[str]
    addressed_types: frozenset[str]
    addressed_preps: frozenset[str]
    handed_to_types: frozenset[str]
    handed_to_preps: frozenset[str]
    visit_types: frozenset[str]
    visit_nouns: frozenset[str]
    host_preps: frozenset[str]
    future_visit_types: frozenset[str]
    party_scene_types: frozenset[str]


@cache
def place_target_words() -> PlaceTargetWords:
    raw = read_word_sets(WORDS_PATH)
    return PlaceTargetWords(**{k: frozenset(w.upper() if k.endswith("types") else w for w in v)
                               for k, v in raw.items()})  # fmt: skip


def _place_at(tok: Token, places: dict[int, PlaceMention]) -> PlaceMention | None:
    place = places.get(tok.i)
    return place if place is not None and place.place.country else None


OF = frozenset({"of"})


def _preps(tok: Token, allowed: frozenset[str], dep: str = "prep") -> list[Token]:
    """The objects of `tok`'s prepositions in `allowed`, or of its datives with `dep="dative"`."""
    return [
        p for c in tok.children if c.dep_ == dep and c.lower_ in allowed
        for p in c.children if p.dep_ == "pobj"
    ]  # fmt: skip


def _loading_participles(objects: list[Token]) -> list[Token]:
    """ "flew three cargo planes loaded with flour and blankets to Tehran": the parser hangs the
    sentence's "to" phrase on the participle that tells what the carrier holds (a participle or
    adjective on the object with a "with" phrase: loaded, laden, packed, filled), so where it goes
    is read there too (round r39, args43, own83 tune)."""
    return [
        c for o in objects for c in o.children
        if (c.dep_, c.tag_) in {("acl", "VBN"), ("amod", "JJ"), ("amod", "VBN")}
        and any(p.dep_ == "prep" and p.lower_ == "with" for p in c.children)
    ]  # fmt: skip


def _in_place(noun: Token, places: dict[int, PlaceMention], depth: int = 2) -> PlaceMention | None:
    """The noun is a place, or names a thing in one ("villages near Afrin", "the airport in
    Sanaa", "the port of Odesa", "targets in the West Bank city of Jericho")."""
    for tok in (noun, *noun.conjuncts):
        hit = _place_at(tok, places)
        if hit is not None:
            return hit
        for c in tok.children:  # "the capital Kabul", "Jericho's outskirts"
            if c.dep_ in {"appos", "compound", "poss"}:
                hit = _place_at(c, places)
                if hit is not None:
                    return hit
        if depth:
            for p in _preps(tok, place_target_words().object_preps):
                hit = _in_place(p, places, depth - 1)
                if hit is not None:
                    return hit
    return None


def acted_on_place(
    trigger: Token,
    nominal: bool,
    plover_type: str,
    places: dict[int, PlaceMention],
    depth: int = 0,
) -> PlaceMention | None:
    """The place the trigger's act falls on, if any (see the module's docstring)."""
    words = place_target_words()
    if plover_type not in words.types:
        return None
    hit = _acted_on_place(trigger, nominal, plover_type, places)
    if hit is not None or nominal or depth:
        return hit
    # "killed 23 people when they blew themselves up in Tel Aviv": a clause telling when, with the
    # act's own subject, tells where the act fell (attachment round 19, PLOVER tune
    # target-country misses)
    for clause in same_time_clauses(trigger):
        hit = acted_on_place(clause, False, plover_type, places, depth + 1)
        if hit is not None:
            return hit
    return None


def _acted_on_place(
    trigger: Token, nominal: bool, plover_type: str, places: dict[int, PlaceMention]
) -> PlaceMention | None:
    words = place_target_words()
    if nominal:  # "the curfew in Abidjan", "the shelling of Donetsk"
        return _in_place(trigger, places, depth=1) if trigger.i not in places else None
    verb = trigger
    if any(meets_attack(c) for c in verb.children):
        # "repelled an attack on their camp in X": the attack fell on the place, not the
        # repelling (`meets_attack`; stop 54 lead, probes of our own: the place's people were
        # the target of those who drove the attack back)
        return None
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj", "nsubjpass"}]
    for o in objects:  # "shelled villages near Afrin", "a curfew on Gondar" hangs on its noun
        hit = _in_place(o, places)
        if hit is not None:
            return hit
    preps = set(words.verb_preps)
    if plover_type in words.from_types:
        preps.add("from")
    if plover_type in words.in_types:
        preps |= words.in_preps
    left = _preps(verb, frozenset(preps))  # "fired on Jericho", "withdrew from Bakhmut"
    if plover_type in words.from_types:  # "pulled out of the Jenin camp": "of" hangs on "out"
        left += [
            p for c in verb.children if c.lower_ == "out" for p in _preps(c, frozenset({"of"}))
        ]
        # "pulled back from Goma", "moved away from the border town": "from" hangs on the adverb
        left += [p for c in verb.children if c.lower_ in {"back", "away"}
                 for p in _preps(c, frozenset({"from"}))]  # fmt: skip
    for p in left:
        hit = _in_place(p, places, depth=1)
        if hit is not None:
            return hit
    if plover_type in words.from_types:
        # "pulled out of the town of Kabindu in eastern Congo": a town no stage knows, named by
        # the "of" phrase of the place noun left, lies in the place its own "in" phrase names
        # (attachment round 22, own16 tune)
        for p in left:
            hit = _in_place(p, places, depth=2)
            if hit is not None:
                return hit
    for o in objects:  # "imposed a curfew on Gondar": the verb's object is an event noun
        for p in _preps(o, words.verb_preps):
            hit = _in_place(p, places, depth=1)
            if hit is not None:
                return hit
    if plover_type in words.in_types:
        # a scene as the subject: "airstrikes on Gaza killed 30 people", "the shelling of Kherson
        # wounded ...": the act falls where its scene noun does
        scene_preps = words.verb_preps | words.in_preps | {"of"}
        for subj in (
            c for c in verb.children
            if c.dep_ == "nsubj"
            and c.pos_ == "NOUN"
            and (plover_type in words.party_scene_types or not _party_noun(c))
        ):  # fmt: skip
            for p in _preps(subj, scene_preps):
                hit = _in_place(p, places, depth=1)
                if hit is not None:
                    return hit
    return None


def acting_state_place(
    trigger: Token, nominal: bool, plover_type: str, places: dict[int, PlaceMention]
) -> PlaceMention | None:
    """ "A missionary was arrested in Lebanon", "two reporters were detained in Minsk": a passive
    act of state coercion with no agent named, in a place, is done by that place's state (an
    arrest, a detention or a deportation is a state's act); the place, or None."""
    words = place_target_words()
    # "were charged in Oslo", "was fined in Tbilisi": a charge, trial or fine is a state's act too
    state_act = plover_type in words.state_act_types or bool(
        {trigger.lemma_.lower(), trigger.lower_} & words.state_court_verbs
    )
    if not nominal and plover_type in words.release_types and agentless_passive(trigger):
        return _holding_place(trigger, places, words)
    if nominal or not state_act or not agentless_passive(trigger):
        return None
    # "were being held at a navy post in the Dominican Republic's Puerto Plata province": the
    # post or station a person is held "at" stands in the place named under it (round r27,
    # args31, own59 tune: `custody_preps`)
    for p in _preps(trigger, words.in_preps | words.custody_preps):
        hit = _in_place(p, places, depth=1)
        if hit is not None:
            return hit
    # "Migrants held at a detention centre in Nouadhibou were flown back to Bamako": a passive
    # deportation whose own phrases name only where the people went is done by the state that
    # held them (round r31, args35, own67 tune)
    return _holding_place(trigger, places, words)


def _holding_place(
    verb: Token, places: dict[int, PlaceMention], words: PlaceTargetWords
) -> PlaceMention | None:
    """ "Four hunters held in Iraq's Basra province were released": the place a custody
    participle on the release's passive subject names (its state held them and lets them go),
    or None."""
    # a reduced participle ("traders held in X") or a relative clause ("traders who had been held
    # in X since their arrest in May": round r31, args35, own67 tune)
    participles = [
        h for c in verb.children if c.dep_ == "nsubjpass"
        for h in c.children if h.dep_ in {"acl", "relcl"}
    ]  # fmt: skip
    # ... or a participle clause fronted before the subject ("Held in Gomel since their arrest in
    # May, the crew were released": round r32, args36, own69 tune and round r31's leftover; the
    # parser hangs it on the release as an adverbial clause)
    participles += fronted_participles(verb)
    if verb.dep_ == "conj" and verb.head.tag_ == "VBN" and not is_passive(verb.head):
        # "labourers held in X's province were freed": the parser made "held" the main verb
        # and joined the release to it (`arguments._passive_on_misread_relative`)
        participles.append(verb.head)
    for held in participles:
        if held.lemma_.lower() not in CUSTODY_PARTICIPLES:
            continue
        if any(c.dep_ == "agent" for c in held.children):
            continue  # "held by rebels in Mali": the rebels held them, not Mali's state
        for p in _preps(held, words.in_preps | words.custody_preps):
            hit = _in_place(p, places, depth=1)
            if hit is not None:
                return hit
    return None


def left_place_words(trigger: Token, nominal: bool, plover_type: str) -> list[Token]:
    """ "were deported from Iran", "was seized off Sri Lanka's coast", "was ordered out of
    Indonesia's waters": the place nouns a passive act with no agent moves its people or ships
    off or out of (the state they belong to did it), each followed by its owners ("Sri Lanka's")
    and its "of" objects ("the coast of Yemen"), in that order; empty for any other act."""
    words = place_target_words()
    if nominal or plover_type not in words.state_leave_types or not agentless_passive(trigger):
        return []
    out = []
    for c in trigger.children:
        if c.lower_ not in words.state_leave_preps or c.dep_ not in {"prep", "prt", "advmod"}:
            continue
        pobjs = [p for p in c.children if p.dep_ == "pobj"]
        if c.lower_ == "out":  # "out of": "of" hangs on "out"
            pobjs = _preps(c, frozenset({"of"}))
        for noun in pobjs:
            owners = [o for o in noun.children if o.dep_ in {"poss", "compound"}]
            out += [noun, *owners, *_preps(noun, frozenset({"of"}))]
    return out


def _party_noun(noun: Token) -> bool:
    """A role or group noun ("customs officers in Finland", "police in Cairo"): a party where
    it stands, not the scene of an act (attachment round 19, own15 tune); a protest's party in
    a place still protests against that place's state (`party_scene_types`)."""
    from realpolitik.actors.generic import generic_sector
    from realpolitik.actors.kb import load_kb

    words = [c.text for c in noun.lefts if c.dep_ in {"compound", "amod"}] + [noun.text]
    return generic_sector(load_kb(), words) is not None


def destination_place(
    trigger: Token, nominal: bool, plover_type: str, places: dict[int, PlaceMention]
) -> PlaceMention | None:
    """ "recalled its ambassador from Kinshasa", "deployed troops to Goma": people or goods sent
    to, or called back from, a place are sent to or called back from its state. The place is
    where they go or come from, not where the act happens (the event's location stays the
    places stage's)."""
    words = place_target_words()
    if plover_type in words.visit_types:
        visited = _visited_place(trigger, plover_type, places) if nominal else None
        return visited or _host_place(trigger, nominal, places)
    if plover_type in words.future_visit_types and (host := _host_place(trigger, nominal, places)):
        return host  # "will travel to Lima next week for a state visit" (AGREE, 3.2, p.10)
    if nominal:
        if plover_type in words.sending_types:
            # "has put the delivery of the batteries to Kyiv on hold": goods handed over go to
            # the place of the transfer noun's "to" phrase, or its verb's (stop 40, lead)
            for p in transfer_destinations(trigger):
                hit = _in_place(p, places, depth=1)
                if hit is not None:
                    return hit
        return None
    if (ground := handed_ground_object(trigger)) is not None:
        # "returned the captured territory to Yerevan": the capital's state receives it (stop 41)
        for p in recipient_words(trigger, ground):
            hit = _in_place(p, places, depth=1)
            if hit is not None:
                return hit
    objects = [c for c in trigger.children if c.dep_ in {"dobj", "obj", "nsubjpass"}]
    goods = [g for o in objects for g in _goods_of_transfer(o)]
    if plover_type not in words.sending_types:
        # "blocked the transfer of drones to Kyiv": goods on their way "to" a place go to its
        # state, whatever the blocking verb's type (round r18, args22)
        # ... and so do one's own flights "to" a place (`own_service_destinations`, round r34)
        transfers = [o for o in objects if o.lemma_.lower() in _transfer_nouns() | _route_nouns()]
        heads = [trigger, *transfers, *goods] if transfers else []
        preps = frozenset({"to"})
    else:  # "halted the shipment of ammunition to Kyiv": the parser hangs "to" on the goods
        heads, preps = [trigger, *objects, *goods, *_loading_participles(objects)], words.sending_preps
    for head in heads:
        # "sent tents and blankets to Nouakchott": the parser may label a sending verb's "to" a
        # dative; its object is where the goods go all the same (round r39, args43, own83 tune)
        for p in _preps(head, preps) + _preps(head, preps, dep="dative"):
            hit = _in_place(p, places, depth=1)
            if hit is not None:
                return hit
    return None


def _transfer_nouns() -> frozenset[str]:
    return argument_words().transfer_nouns


def _route_nouns() -> frozenset[str]:
    return argument_words().route_nouns


def _goods_of_transfer(obj: Token) -> list[Token]:
    """The goods of a transfer noun ("the delivery of tanks": "tanks"), where the parser may hang
    the "to" phrase; none for any other object (`arguments.yaml` `transfer_nouns`)."""
    if obj.lemma_.lower() not in _transfer_nouns():
        return []
    return _preps(obj, OF)


def addressed_place(
    trigger: Token, plover_type: str, places: dict[int, PlaceMention]
) -> PlaceMention | None:
    """ "sent a note of protest to Paris", "delivered a protest note to Lome": a protest handed
    or sent "to" a place (a capital the actors stage left a place) is addressed to its state.
    The "to" phrase hangs on the verb (as a preposition or a dative), on its object, or on the
    object's "of" noun ("a letter of protest to Kampala"); the place itself, not a thing in it or
    a body it names ("to the Chinese embassy in Hanoi", "to the UN Security Council")."""
    words = place_target_words()
    if plover_type not in words.addressed_types:
        return None
    objects = [c for c in trigger.children if c.dep_ in {"dobj", "obj"}]
    kinds = [p for o in objects for p in _preps(o, OF)]
    for head in (trigger, *objects, *kinds):
        for c in head.children:
            if c.dep_ not in {"prep", "dative"} or c.lower_ not in words.addressed_preps:
                continue
            for p in c.children:
                hit = _place_at(p, places) if p.dep_ == "pobj" else None
                if hit is not None:
                    return hit
    return None


def handed_to_place(
    trigger: Token, plover_type: str, places: dict[int, PlaceMention]
) -> PlaceMention | None:
    """ "extradited a former colonel to Buenos Aires", "handed three suspects over to Baghdad": a
    person handed over "to" a place (the "to" phrase on the verb or on the person) goes to its
    state. The place itself, not a thing in it ("to a prison in Lima" is no party)."""
    words = place_target_words()
    if plover_type not in words.handed_to_types:
        return None
    if trigger.lemma_.lower() not in argument_words().transfer_verbs:
        return None
    objects = [c for c in trigger.children if c.dep_ in {"dobj", "obj"}]
    for head in (trigger, *objects):
        for p in _preps(head, words.handed_to_preps):
            hit = _place_at(p, places)
            if hit is not None:
                return hit
    return None


def _visited_place(
    noun: Token, plover_type: str, places: dict[int, PlaceMention]
) -> PlaceMention | None:
    """ "a visit by the Vietnamese president to Vientiane": a visit noun's "to" place is whose
    state was visited."""
    words = place_target_words()
    if plover_type not in words.visit_types or noun.lemma_.lower() not in words.visit_nouns:
        return None
    for p in _preps(noun, frozenset({"to"})):
        hit = _in_place(p, places, depth=1)
        if hit is not None:
            return hit
    return None


def _visit_frame(trigger: Token, nominal: bool) -> Token | None:
    """The verb a visit is told through, by a "for <visit noun>" phrase on it: "arrived in
    Canberra for a three-day visit" (the verb is the trigger), "is due in Seoul for a state visit"
    (the noun is). None for any other trigger."""
    words = place_target_words()
    if not nominal:
        fors = _preps(trigger, frozenset({"for"}))
        return trigger if any(n.lemma_.lower() in words.visit_nouns for n in fors) else None
    prep = trigger.head
    if trigger.lemma_.lower() not in words.visit_nouns or trigger.dep_ != "pobj":
        return None
    return prep.head if prep.lower_ == "for" and prep.dep_ == "prep" else None


def _host_place(trigger: Token, nominal: bool, places: dict[int, PlaceMention]) -> PlaceMention | None:
    """ "arrived in Canberra for a three-day visit", "is due in Seoul on Friday for a state
    visit": where a visitor arrives for a visit is the state visited (round r15, args19: own35
    and own8 tune). Without the visit noun an arrival may be at a venue ("arrived in Geneva for
    talks"), so it is not read."""
    verb = _visit_frame(trigger, nominal)
    if verb is None:
        return None
    # "is due in Seoul": the place hangs on the copula's "due"
    for head in (verb, *(c for c in verb.children if c.dep_ == "acomp")):
        for p in _preps(head, place_target_words().host_preps):
            hit = _in_place(p, places, depth=0)
            if hit is not None:
                return hit
    return None


def visitor(noun: Token) -> Token | None:
    """The subject of the verb a visit noun is told through ("Mongolia's prime minister is due in
    Seoul for a two-day visit": the minister pays the visit)."""
    verb = _visit_frame(noun, True)
    if verb is None:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def place_party(place: PlaceMention, source: list[ActorMention], day: str | None) -> ActorMention:
    """Who a place acted on stands for, as a target mention spanning the place's name: its
    country's government ("Israeli jets struck targets in Jericho"), or, when the place's own
    state acts on it ("the junta imposed a curfew on Niamey"), its people (`NER.CVL`)."""
    from realpolitik.actors.kb import load_kb, today

    country = place.place.country or ""
    kb = load_kb()
    own_state = any(m.country == country and m.sector in STATE_SECTORS for m in source)
    actor_id = f"{country}.CVL" if own_state else kb.redirect(f"{country}.GOV", day or today())
    actor = kb.get(actor_id)
    return ActorMention(
        doc_id=place.doc_id,
        start=place.char_start,
        end=place.char_end,
        text=place.text,
        actor_id=actor.actor_id if actor else actor_id,
        name=actor.name if actor else country,
        country=(actor.country if actor else None) or country,
        sector=(actor.sector if actor else None) or ("CVL" if own_state else "GOV"),
        wikidata=actor.wikidata if actor else None,
        how=HOW,
    )


def unknown_place_name(m: ActorMention, places: dict[int, PlaceMention]) -> PlaceMention | None:
    """A party the actors stage made of a bare name it could not place ("Kindu" as `new:kindu`,
    no country or one guessed from the sentence) that the places stage found to be a place, or a
    state's name that is part of a longer place name of another state: the place, to read as
    above."""
    # "ner+context": the country was only guessed from the sentence; the places stage knows it
    if m.how in {"ner", "ner+context"} and m.actor_id.startswith("new:"):
        for p in places.values():
            if p.char_start == m.start and p.char_end == m.end and p.place.country:
                return p
        return _listed_places(m, places)
    # "banned a paramilitary group in Northern Ireland": a state's name inside a longer place
    # name of another state ("Ireland" in "Northern Ireland") is that place (attachment round 19,
    # PLOVER tune target-country misses)
    if m.country and m.actor_id == m.country:
        for p in places.values():
            inside = p.char_start <= m.start and m.end <= p.char_end
            longer = p.char_end - p.char_start > m.end - m.start
            if inside and longer and p.place.country and p.place.country != m.country:
                return p
    return None


# What may join the places of one tagger span ("Gusau and Funtua", "Bunia, Komanda").
PLACE_LIST_JOINERS = frozenset({"and", ",", "&"})


def _listed_places(m: ActorMention, places: dict[int, PlaceMention]) -> PlaceMention | None:
    """ "stopped a bus between Gusau and Funtua": a name the tagger made of two or more places
    joined by "and" or commas is those places, no party; the first, or None (stop 54 lead, probes
    of our own: "Gusau and Funtua" was a new actor and the act's target)."""
    inside = sorted(
        (p for p in places.values() if m.start <= p.char_start and p.char_end <= m.end),
        key=lambda p: p.char_start,
    )
    if len(inside) < 2 or inside[0].char_start != m.start or not inside[0].place.country:
        return None
    rest, at = [], m.start
    for p in inside:
        rest.append(m.text[at - m.start : p.char_start - m.start])
        at = p.char_end
    rest.append(m.text[at - m.start :])
    words = " ".join(rest).replace(",", " , ").split()
    return inside[0] if all(w.lower() in PLACE_LIST_JOINERS for w in words) else None


def placed_group(
    m: ActorMention, doc: Doc, places: dict[int, PlaceMention], acted_on: PlaceMention | None
) -> ActorMention:
    """A generic party with no country of its own in a place ("shelled villages near Tartus",
    "attacked a police station in Zamfara"), or acted on where the act falls on a place: the
    place's country is the party's. A country the actors stage only guessed from the sentence
    ("+context": "Russian shelling killed eight people in Kherson" gave the people Russia's)
    gives way to the place's: victims are coded by where they are hit, not by who hits them."""
    guessed = m.country_from_context
    if (m.country and not guessed) or not m.how.startswith("generic"):
        return m
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return m
    root = span.root.head if span.root.dep_ == "compound" else span.root  # "police [station]"
    origin = _origin_place(span.root, places)
    if origin is not None:
        return _with_country(m, origin.place.country or "")
    for p in _preps(root, place_target_words().object_preps):
        hit = _in_place(p, places, depth=1)
        if hit is not None:
            return _with_country(m, hit.place.country or "")
    # "arrested 26 traders protesting a tax outside the city hall in Khujand": the group's own
    # participle clause puts its people there, as its own place phrase would (issue 9, stop 72,
    # fuse51: fusion_own46 tune, the traders kept no country and the arrest stayed apart from
    # the other report's, told in Khujand)
    if (where := participle_place(root, places)) is not None:
        return _with_country(m, where.place.country or "")
    return _with_country(m, acted_on.place.country or "") if acted_on is not None else m


def _origin_place(head: Token, places: dict[int, PlaceMention]) -> PlaceMention | None:
    """ "a missionary from Calgary", "students from Toronto": the place a group's own "from"
    phrase names is where its people come from, and their country is that place's, over where
    they were hit or what the sentence suggests (attachment round 19, PLOVER tune
    target-country misses). Only a "from" on the group's noun: one on the verb ("withdrew troops
    from Mali", "deported migrants from Libya") names the place left."""
    for p in _preps(head, frozenset({"from"})):
        hit = _place_at(p, places)
        if hit is not None:
            return hit
    return None


def _with_country(m: ActorMention, country: str) -> ActorMention:
    """The generic party with a country, and the identity the actors stage gives one with a
    country (`actors.generic.settle_ids`): a state institution is the state's sector actor."""
    from realpolitik.actors.generic import STATE_SECTORS as INSTITUTIONS
    from realpolitik.actors.kb import load_kb

    if not country or country == m.country:
        return m
    actor = load_kb().get(f"{country}.{m.sector}") if m.sector in INSTITUTIONS else None
    if actor is not None:
        return replace(m, country=country, actor_id=actor.actor_id, name=actor.name)
    if m.country and m.actor_id.startswith("new:"):  # the guessed country's id: "new:people@rus"
        return replace(
            m, country=country, actor_id=f"{m.actor_id.rsplit('@', 1)[0]}@{country.lower()}"
        )
    if m.country:  # a state institution the KB lacks for the place's state: keep the party as read
        return m
    return replace(m, country=country, actor_id=f"{m.actor_id}@{country.lower()}")
