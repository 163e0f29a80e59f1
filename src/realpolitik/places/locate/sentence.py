"""The place an event's own sentence attaches to its trigger: by a locative preposition ("clashed
in Kabul"), its object ("raided a cell in Kabul", "visited Kabul"), a visit's destination, or the
clause it shares ("... and killed five").
"""

from __future__ import annotations

from collections import deque
from dataclasses import replace
from functools import cache

from spacy.tokens import Token

from realpolitik.model import PlaceMention
from realpolitik.places.gazetteer import load_gazetteer, tsv_rows, word_list
from realpolitik.places.locate.roles import LOCATIVE_PREPOSITIONS, PLACE_SEARCH_DEPTH
from realpolitik.places.recognize import (
    WILD_GROUND_NOUNS,
    is_distance_from,
    lists_places,
    names_ground_controlled,
)
from realpolitik.places.roads import ROAD_LINKING_VERBS, ROAD_NOUNS, VEHICLE_NOUNS

# The walk from a trigger to its place (`event_place`): prepositions whose object is where.
# "through": a march, a convoy or a raid that goes through a place happens there ("marched
# through the centre of Lima"; stop 44 lead, probes of our own).
EVENT_LOCATIVES = LOCATIVE_PREPOSITIONS | {"along", "within", "off", "through"}
# "a hideout north of Kabul": "of" after these is locative too.
DIRECTION_WORDS = {
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "north-east", "north-west", "south-east", "south-west", "outskirts", "suburbs", "edge",
}  # fmt: skip
# "the centre of Lima", "the streets of Asuncion": "of" after a part of a place names the place
# the part is in (stop 44 lead: "marched through the centre of Lima" had no place).
# "off the coast of Benin", "along the shores of Lake Kivu": a coast is a part of its place too
# (stop 52 lead, probes of our own: a boarding off a country's coast had no place).
# "in a residential neighbourhood of Tripoli", "the old quarter of Sanaa" likewise (same probes).
# "in the hills of Rutshuru", "the jungle of Putumayo department": wild ground is a part of the
# place it lies in (stop 54 lead, probes of our own: `recognize.WILD_GROUND_NOUNS`).
PLACE_PART_NOUNS = {
    "centre", "center", "heart", "middle", "streets", "outskirt", "suburb", "coast", "coastline",
    "shore", "shores", "neighbourhood", "neighborhood", "quarter", "area",
    *WILD_GROUND_NOUNS,
}  # fmt: skip
# "raided the offices of a newspaper in Harare", "stormed the headquarters of a party in
# Kinshasa": "of" after a building named by its owner leads to the owner, whose own place phrase
# says where the building is (stop 54 lead, probes of our own: the walk's depth ran out at the
# owner and such acts had no place). Lemmas; not "embassy" ("the embassy of Kenya" names a state).
OWNED_SITE_NOUNS = {
    "office", "headquarters", "headquarter", "premise", "premises", "home", "house", "residence",
    "studio", "compound", "warehouse", "building",
}  # fmt: skip
# "carried out an attack on an army post near Diffa", "launched an offensive on positions near
# Bossangoa": "on" after an attack noun leads to what was hit, whose own place phrase says where
# the attack was (stop 54 lead, probes of our own: a light verb's act had no place, the walk's
# depth running out at the site). Lemmas.
ATTACK_ON_NOUNS = {
    "attack", "assault", "raid", "strike", "airstrike", "offensive", "ambush", "bombardment",
    "incursion", "onslaught", "crackdown",
}  # fmt: skip
# "a crowd of farmers in Mopti", "hundreds of students in Lome": a crowd, a group or a count
# whose "of" phrase names its members, who stand where it does (round r47, fuse46). Lemmas.
CROWD_NOUNS = {
    "crowd", "group", "gathering", "throng", "mob", "band", "hundred", "hundreds", "dozen",
    "dozens", "thousand", "thousands", "score", "scores",
}  # fmt: skip
# "the town of Bunagana": "of" after these names the place itself.
# Not "port": "in Oman's port of Salalah" is mostly a ship's, hung by the parse on whatever is near.
SETTLEMENT_NOUNS = {"town", "city", "village", "district", "province", "region", "county"}
# A country's adjective on these names its edge, not a place inside it ("near the Ugandan border").
EDGE_NOUNS = {"border", "frontier", "boundary", "borderline"}
# "on" is locative before these nouns only.
ON_PLACE_NOUNS = {
    "territory", "soil", "border", "frontier", "island", "coast", "outskirts", "side", "street",
    "road", "highway", "front", "frontline", "bank", "shore", "edge",
    # the lemma the tagger gives "outskirts" ("a checkpoint on the outskirts of Mogadishu" had
    # no place: the plural above never matched; stop 52 lead)
    "outskirt",
}  # fmt: skip
# A verb coordinated with or subordinate to another shares its place ("raided a cell in Kabul and
# killed ...", "raided a hideout near Kabul, killing ..."); a relative clause takes its noun's
# ("a bombing at a Kabul mosque that killed five").
SHARED_CLAUSE_DEPS = {"conj", "advcl", "xcomp"}
# Prepositions that frame an act as done during a visit ("During a visit to Vietnam, the prime
# minister signed ...", "On a trip to Kenya, she announced ...", "while on a state visit to
# Brazil"): the visit's destination is where. Not "before" or "after" (elsewhere, then).
VISIT_FRAME_PREPOSITIONS = {"during", "on", "in"}


def takes_place_object(lemma: str) -> bool:
    """A verb whose direct object, when a city or country, is where it happened ("visited Kabul"),
    or the same verb done again ("recaptured Kherson", "retook the town")."""
    words, lemma = word_list("place_object_verbs.txt"), lemma.lower()
    return lemma in words or (lemma.startswith("re") and lemma[2:] in words)


def is_statement_verb(lemma: str) -> bool:
    """A verb of saying or judging: its object's place is not where it was said ("condemned the
    attack in Peshawar" was not condemned in Peshawar)."""
    return lemma.lower() in word_list("statement_verbs.txt")


def is_visit_word(lemma: str) -> bool:
    """A word whose "to X" is where the event happens ("a visit to Kabul", "the trip to Kabul")."""
    return lemma.lower() in word_list("visit_words.txt")


@cache
def accord_words() -> dict[str, str]:
    """Lemma -> kind (`noun`, `declaration`, `making`) of `accord_words.tsv`."""
    return {word: kind for word, kind, *_ in tsv_rows("accord_words.tsv")}


def is_accord_noun(token: Token) -> bool:
    """The head noun of an accord's name ("the Minsk Protocol", "the Baku Declaration")."""
    return accord_words().get(token.lemma_.lower()) in {"noun", "declaration"}


def visit_destinations(visit: Token, places: dict[int, PlaceMention]) -> list[PlaceMention]:
    """The places a visit word goes to, by its "to" or "of" phrase ("a visit to Warsaw", "the
    tour of Kenya")."""
    return [
        places[obj.i]
        for to in visit.children
        if to.dep_ == "prep" and to.lower_ in {"to", "of"}
        for obj in to.children
        if obj.dep_ == "pobj" and obj.i in places
    ]


def subject_visit_destination(
    trigger: Token, places: dict[int, PlaceMention]
) -> PlaceMention | None:
    """The destination of a visit framing the trigger's subject ("The Ukrainian president, on a
    visit to Warsaw, thanked ..."): where the subject acts."""
    for subject in (c for c in trigger.children if c.dep_ == "nsubj"):
        for prep in subject.children:
            if prep.dep_ != "prep" or prep.lower_ not in VISIT_FRAME_PREPOSITIONS:
                continue
            for visit in (o for o in prep.children if o.dep_ == "pobj" and is_visit_word(o.lemma_)):
                destinations = visit_destinations(visit, places)
                if destinations:
                    return destinations[0]
    return None


def speaking_occasion_place(trigger: Token, places: dict[int, PlaceMention]) -> PlaceMention | None:
    """For a statement, the place of an occasion of speaking in its own clause, however deep the
    parse hangs it ("warned against escalation in a speech in Berlin", "accused Sudan of arming
    rebels at a summit in Addis Ababa": `speaking_occasions.txt`); not inside a clause with a
    subject of its own ("said that troops met at a summit in X" is the troops')."""
    occasions = _speaking_settings()
    for tok in trigger.subtree:
        if (
            tok.i not in places
            or tok.dep_ != "pobj"
            or tok.head.lower_ not in LOCATIVE_PREPOSITIONS
        ):
            continue
        holder = tok.head.head
        if (
            holder.dep_ == "acl"
            and holder.tag_ == "VBN"
            and holder.head.lemma_.lower() in occasions
        ):
            holder = holder.head  # "In a statement issued in Moscow": the statement's place
        if holder.lemma_.lower() not in occasions or not _said_there(holder, trigger):
            continue
        return places[tok.i]
    return spoken_from(trigger, places)


# Lemmas of a participle of speaking whose "from" names where the speaker is ("Speaking from
# Kyiv by video link, ...").
SPEAKING_PARTICIPLES = {"speak", "talk"}


def spoken_from(trigger: Token, places: dict[int, PlaceMention]) -> PlaceMention | None:
    """A statement made from a place: "from X" on an occasion of speaking in its own clause ("In a
    televised address from Kinshasa, ...") or on the trigger's own participle of speaking
    ("Speaking from Kyiv by video link, ..."): the speaker is at X. Not "Returning from a
    conference in Cairo" (no occasion or speaking participle takes the "from")."""
    occasions = word_list("speaking_occasions.txt")
    for tok in trigger.subtree:
        if tok.i not in places or tok.dep_ != "pobj" or tok.head.lower_ != "from":
            continue
        holder = tok.head.head
        if holder.lemma_.lower() in occasions and _said_there(holder, trigger):
            return places[tok.i]
        if (
            holder.lemma_.lower() in SPEAKING_PARTICIPLES
            and holder.tag_ == "VBG"
            and holder.dep_ == "advcl"
            and holder.head.i == trigger.i
            and not any(c.dep_ in {"nsubj", "mark"} for c in holder.children)
        ):
            return places[tok.i]
    return None


def _speaking_settings() -> frozenset[str]:
    """Occasions of speaking and the audiences spoken to: a place on either in a statement's
    own clause is where it was made ("in a speech in Berlin", "in remarks to reporters in
    Ankara")."""
    return word_list("speaking_occasions.txt") | word_list("audience_words.txt")


# Prepositions on a subject that say where it is ("the minister in Geneva", "the president at the
# Lima summit", "police in Lagos"); not "from" (where the subject comes from).
SUBJECT_SITE_PREPOSITIONS = {"in", "at"}


def subject_site(trigger: Token, places: dict[int, PlaceMention]) -> PlaceMention | None:
    """The place the trigger's subject is said to be in or at by a preposition on it. For a
    statement, where its speaker said it ("The Nigerian minister in Geneva warned ...", "Zardari in
    Munich Security Conference openly said ... and warned ..."); for any other act, where its doer
    did it ("Police in Lagos arrested 40 people", "Rebels in Ituri attacked a camp"), or where
    those it befell were ("two aid workers in Ituri were kidnapped"). `sentence_place` reads it for
    an act only when the act's own words name no place (stop 51 lead: wire copy names the scene
    on the doer, "Authorities in Tashkent expelled ...", and such acts had no place or the
    doer's country)."""
    subject = _subject_of(trigger)
    if subject is None:
        return None
    for prep in subject.children:
        if prep.dep_ != "prep" or prep.lower_ not in SUBJECT_SITE_PREPOSITIONS:
            continue
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            if obj.i in places:
                return places[obj.i]
            if (named := _named_by_noun(obj, places)) is not None:
                return named  # "Police in the Kenyan capital", "Troops in the town of Kidal"
            if obj.lemma_.lower() in word_list("speaking_occasions.txt"):
                for c in obj.children:  # "at the Dakar forum": the forum's town
                    if c.dep_ in {"compound", "nmod"} and c.i in places:
                        return places[c.i]
    return None


def _subject_of(verb: Token) -> Token | None:
    """The subject of a verb (of saying or any other act; a passive's too), through the verbs it
    is coordinated with ("said ... and warned ...", "raided ... and arrested ..."). The parse often
    hangs a second verb of saying on the reported clause of the first ("said that prices would
    rise and warned that ...": "warned" a conjunct of "rise"); its speaker is then the first
    verb's."""
    while verb.dep_ == "conj" and not _has_subject(verb):
        head = verb.head
        if (
            head.dep_ == "ccomp"
            and is_statement_verb(verb.lemma_)
            and is_statement_verb(head.head.lemma_)
            and not is_statement_verb(head.lemma_)
        ):
            head = head.head
        verb = head
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _said_there(occasion: Token, verb: Token) -> bool:
    """The occasion hangs on the statement verb through its own clause: not through a verb with
    a subject of its own ("denied that his envoys had met rebels at a summit in Lima"), nor a
    participle clause or "from" ("Returning from a conference in Cairo": on the way back; the
    trigger's own participle clauses are read by `_present_participle`)."""
    head = occasion.head
    while head.i != verb.i:
        if head.pos_ in {"VERB", "AUX"} and any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in head.children
        ):
            return False
        if head.lower_ == "from" or head.dep_ == "advcl" or head.head.i == head.i:
            return False
        head = head.head
    return True


def accord_town(trigger: Token, places: dict[int, PlaceMention]) -> PlaceMention | None:
    """For the making of an accord named for a town, that town: its adoption or conclusion
    ("the adoption of the Paris Agreement"), its signing by the two sides that made it ("the two
    sides signed the Nairobi Agreement", "the signing of the Minsk Protocol by Ukraine and
    Russia"), the acceptance of a declaration ("the acceptance of the Baku Declaration"). Only a
    town (precision `city`), not a country or region ("the Iran deal" says whom it concerns)."""
    kind = accord_words().get(trigger.lemma_.lower())
    if kind not in {"making", "signing", "accepting"}:
        return None
    if kind == "signing" and not _two_sides(trigger):
        return None
    accords = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    accords += [
        o for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children if o.dep_ == "pobj"
    ]  # fmt: skip
    wanted = {"declaration"} if kind == "accepting" else {"noun", "declaration"}
    for accord in accords:
        if accord_words().get(accord.lemma_.lower()) not in wanted:
            continue
        for c in accord.children:
            if c.dep_ in {"compound", "nmod"} and c.i in places:
                if places[c.i].place.precision == "city":
                    return places[c.i]
    return None


def _two_sides(trigger: Token) -> bool:
    """The signers are two sides named together: a subject or agent ("by ...") with a
    coordinated second party ("the United States and the Taliban signed"), or "the two sides",
    "both parties"."""
    signers = [c for c in trigger.children if c.dep_ == "nsubj"]
    signers += [
        o for c in trigger.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by"
        for o in c.children if o.dep_ == "pobj"
    ]  # fmt: skip
    for signer in signers:
        if any(c.dep_ == "conj" for c in signer.children):
            return True
        if any(c.lower_ in {"two", "both"} for c in signer.children):
            return True
    return False


def sentence_place(trigger: Token, places: dict[int, PlaceMention]) -> PlaceMention | None:
    """The place the trigger's own sentence attaches to it (see `event_place`)."""
    accord = accord_town(trigger, places)
    if accord is not None:
        return accord
    visited = subject_visit_destination(trigger, places)
    if visited is not None:
        return visited
    if trigger.lemma_.lower() in word_list("host_verbs.txt"):
        for c in trigger.children:  # "Tajikistan hosts the talks": the host is the place
            if c.dep_ == "nsubj" and c.i in places:
                return places[c.i]
            if c.dep_ == "nsubj" and (capital := _countrys_capital(c, places)) is not None:
                return capital  # "The Ethiopian capital hosted the talks"
    released = release_site(trigger, places)
    if released is not None:
        return released
    fled = flight_destination(trigger, places)
    if fled is not None:
        return fled
    if is_statement_verb(trigger.lemma_):
        occasion = speaking_occasion_place(trigger, places)
        if occasion is not None:
            return occasion
        site = subject_site(trigger, places)
        if site is not None:
            return site
    head, inside = trigger, False
    for climbed in range(3):
        found = attached(head, places, own=climbed == 0, locative=inside)
        if found is not None:
            return finer_place_inside(found, head, places)
        if head.dep_ == "relcl":
            head = head.head
            # "a blast at a Jalalabad market that wounded ten": the noun is itself the where
            inside = head.dep_ == "pobj" and head.head.lower_ in EVENT_LOCATIVES
        elif head.dep_ in SHARED_CLAUSE_DEPS and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in head.children
        ):
            head, inside = head.head, False
        else:
            break
    return (
        when_clause_place(trigger, places)
        or object_participle_place(trigger, places)
        or subject_site(head, places)
    )


# Precisions coarser than a town: a place found at these may have a town inside it in the phrase.
COARSE_PRECISIONS = frozenset({"admin1", "country"})


def finer_place_inside(
    found: PlaceMention, head: Token, places: dict[int, PlaceMention]
) -> PlaceMention:
    """A town in the act's own phrases that lies in the region or country `found`, else `found`.

    "abducted 20 passengers from a bus on the highway near Gusau in Zamfara state": the parse
    hangs "in Zamfara state" on the verb and the town three prepositions down, so the walk meets
    the state first; the town the state holds is where (stop 49 lead, probes of our own). Only
    a town in the same country (and region, for a region) reached through nouns and
    prepositions, never through another clause ("said in Kaduna state that troops near Zaria").
    """
    if found.place.precision not in COARSE_PRECISIONS:
        return found
    for tok in head.subtree:
        inner = places.get(tok.i)
        if inner is None or inner is found or inner.place.precision in COARSE_PRECISIONS:
            continue
        if inner.place.country != found.place.country or (
            found.place.precision == "admin1" and inner.place.admin1 != found.place.admin1
        ):
            continue
        if _phrase_of(tok, head):
            return inner
    return found


def _phrase_of(tok: Token, head: Token) -> bool:
    """`tok` is the object of a locative preposition reached from `head` through nouns and
    prepositions only."""
    step = tok.head  # the preposition: "near Gusau", "near the town of Bunia"
    if tok.i == head.i or tok.dep_ != "pobj" or not (
        step.lower_ in EVENT_LOCATIVES
        or (step.lower_ == "of" and step.head.lower_ in SETTLEMENT_NOUNS)
    ):
        return False
    while step.i != head.i:  # `tok` is below `head` in its subtree: the climb ends there
        if step.pos_ in {"VERB", "AUX"} or step.dep_ in {"ccomp", "advcl", "relcl", "acl"}:
            return False
        step = step.head
    return True


# Subordinators of a clause that tells when an act happened ("were killed when their vehicle hit a
# mine near Kabuye", "was arrested as he crossed at Malaba", "died while patrolling outside Beni").
SAME_TIME_MARKS = frozenset({"when", "as", "while"})


def same_time_clauses(verb: Token) -> list[Token]:
    """The verb's adverbial clauses that tell when it happened ("when", "as", "while")."""
    return [
        clause for clause in verb.children
        if clause.dep_ == "advcl" and any(
            c.dep_ in {"mark", "advmod"} and c.lower_ in SAME_TIME_MARKS for c in clause.children
        )
    ]  # fmt: skip


def when_clause_place(trigger: Token, places: dict[int, PlaceMention]) -> PlaceMention | None:
    """The place of a clause telling when the act happened, for an act that names none: "four
    soldiers were killed when their vehicle hit a mine near Kabuye village" was killed at Kabuye
    (stop 49 lead: wire reports of casualties tell the scene in that clause; before, the killing
    had no place of its own sentence and took the dateline's or none)."""
    for clause in same_time_clauses(trigger):
        found = attached(clause, places)
        if found is not None:
            return found
    return None


def object_participle_place(
    trigger: Token, places: dict[int, PlaceMention]
) -> PlaceMention | None:
    """The place of a participle clause on the act's object, for an act that names none: "police
    arrested 26 traders protesting a tax outside the city hall in Khujand" were arrested where
    they protested (issue 9, stop 72, fuse51: fusion_own46 tune, the arrest had no place and
    stayed apart from the other report's "detained ... outside Khujand city hall"). As on the
    subject (`_subject_participle`), only a present participle or a progressive relative clause
    that puts the people somewhere; only a done act, not a statement ("condemned students
    marching in Dhaka": what it is about, not where it was said). The place is the first one a
    locative reaches through the clause's nouns and prepositions (`_phrase_of`): the parse may
    hang "outside the city hall in Khujand" on the participle's own object ("a tax"), and
    `attached` reads a protest verb as a statement, whose object's places it skips."""
    if trigger.pos_ != "VERB" or is_statement_verb(trigger.lemma_):
        return None
    for obj in trigger.children:
        if obj.dep_ in {"dobj", "nsubjpass"} and (found := participle_place(obj, places)):
            return found
    return None


def participle_place(noun: Token, places: dict[int, PlaceMention]) -> PlaceMention | None:
    """Where a participle clause of a crowd on `noun` puts it ("traders protesting a tax outside
    the city hall in Khujand"): the first place a locative reaches through the clause's nouns and
    prepositions (`_phrase_of`), for a clause that passes `_subject_participle` and whose verb is
    one of a crowd or a picket (`crowd_participles.txt`)."""
    for clause in noun.children:
        if clause.lemma_.lower() not in word_list("crowd_participles.txt"):
            continue
        if not _subject_participle(clause):
            continue
        for tok in clause.subtree:
            if tok.i in places and _phrase_of(tok, clause):
                return places[tok.i]
    return None


def attached(
    trigger: Token, places: dict[int, PlaceMention], own: bool = True, locative: bool = False
) -> PlaceMention | None:
    """The place hanging on `trigger`; `own`: the trigger itself, not a word climbed to from it;
    `locative`: the trigger is itself the object of a locative preposition."""
    starts = [trigger]
    if own and trigger.dep_ in {"nsubj", "nsubjpass"}:
        starts.append(trigger.head)  # "the attack was on January 30 at a mosque in Peshawar"
    if own:
        starts += [c for c in trigger.children if _present_participle(c)]
        # "The premier, visiting Canberra, criticised ...", "the premier, who is visiting
        # Canberra, ...": a participle on the subject says where the subject is as it acts
        starts += [
            c for s in trigger.children if s.dep_ == "nsubj"
            for c in s.children if _subject_participle(c)
        ]  # fmt: skip
    statement = is_statement_verb(trigger.lemma_)
    queue: deque[tuple[Token, int, bool]] = deque((s, 0, locative) for s in starts)
    while queue:
        tok, depth, locative = queue.popleft()
        if locative and tok.i in places:
            return places[tok.i]
        if locative and (settled := _named_by_noun(tok, places)) is not None:
            return settled
        if locative and (end := _road_end(tok, places)) is not None:
            return end
        if depth >= PLACE_SEARCH_DEPTH:
            if locative:  # "from a school in Kaduna state": the place names the last noun
                compounds = [c for c in tok.children if c.dep_ == "compound" and c.i in places]
                if compounds:
                    return places[compounds[0].i]
                # "dispersed students in the middle of Yerevan": the part's "of" place is one
                # step more than the walk's depth, and the part names no other place
                whole = _whole_of_part(tok.head if tok.lower_ == "of" else tok, places)
                if whole is not None:
                    return whole
                # "held talks with his Australian counterpart in Suva": the parse hangs the
                # place on the "with" partner, one step past the walk's depth. Only there: read
                # after any locative at the limit, it split fusion's happenings (own13, own16)
                if tok.dep_ == "prep" and (_on_with_partner(tok) or _locative_chain(tok)):
                    held = [o for o in tok.children if o.dep_ == "pobj" and o.i in places]
                    if held:
                        return places[held[0].i]
                inner = _inner_where(tok, places)
                if inner is not None:
                    return inner
            continue
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of" and tok.lemma_.lower() in CROWD_NOUNS:
                # "fired on a crowd of activists in Sokode": the people a crowd or a count is
                # made of stand where the crowd does, so their own place phrase is read at the
                # crowd's distance (round r47, fuse46: the parse hangs the town on the members,
                # one step past the walk's depth, and such acts had no place)
                queue.extend((o, depth, locative) for o in c.children if o.dep_ == "pobj")
                continue
            if c.dep_ == "prep":
                where = _locative(c, tok, depth)
                if statement and tok.i == trigger.i and where and _after_object(c, trigger):
                    # "criticised the government in Caracas", "condemned the arrests of
                    # fishermen in Manila": the parse hangs the object's place on the verb
                    continue
                if statement and tok.i == trigger.i and not (where or _visit_frame(c)):
                    # "blamed the army for the crisis in Sudan", "urged restraint over the
                    # tensions in the Strait": what the statement is about, not where it was made
                    # (an occasion of speaking there is read by `speaking_occasion_place`)
                    continue
                queue.append((c, depth + 1, where))
            elif c.dep_ in {"pobj", "compound"} and (locative or tok.dep_ == "prep"):
                queue.append((c, depth + 1, locative))
            elif _travelling(c) and depth >= 1:
                queue.append((c, depth, False))  # "a convoy travelling between Beni and ..."
            elif c.dep_ == "amod" and locative and c.i in places and tok.lemma_ not in EDGE_NOUNS:
                queue.append((c, depth + 1, locative))  # "shelled positions on Syrian territory"
            elif c.dep_ == "poss" and locative and _town_at(c, places):
                # "near Khartoum's main airport", "in Kabul's Dasht-e-Barchi neighbourhood": the
                # town owning a site reached as a where (stop 53 lead, probes of our own: no
                # place). A country or province as owner is left to the names after it ("in
                # Pakistan's Khyber district": the district, finer)
                queue.append((c, depth + 1, locative))
            elif c.dep_ == "conj" and depth >= 1 and _nouns(tok, c):
                # "killed a teacher and a tailor in Ouahigouya": the parse hangs the place on the
                # last of the coordinated objects, at the first one's distance (stop 49 lead)
                queue.append((c, depth, locative))
            elif c.dep_ in {"advmod", "npadvmod"} and c.lower_ in DIRECTION_WORDS:
                queue.append((c, depth + 1, False))  # "a hideout north of Kabul"
            elif (
                c.dep_ in {"dobj", "npadvmod"}
                and depth == 0
                and not (statement and tok.i == trigger.i)
            ):
                # What was closed or raided may itself be the place ("closed the Torkham
                # crossing"), but a city or country as the object is a party ("asked Islamabad
                # to ..."), unless the verb takes places as objects ("visited Kabul").
                # "attacked the village of Dogonbaki in northern Nigeria": a settlement named
                # as the object is where, before the larger place after it (stop 48 lead).
                if (settlement := _named_settlement(c, places)) is not None:
                    return settlement
                if (end := _road_end(c, places)) is not None:
                    return end  # "mined the road connecting Gao and Ansongo" (stop 52 lead)
                for named in (c, *(g for g in c.children if g.dep_ == "compound")):
                    if named.i != c.i and is_accord_noun(c):
                        continue  # "violated the Minsk Protocol": an accord's town, not a site
                    if named.i in places and (
                        named.i != c.i
                        or places[c.i].place.precision == "point"
                        or takes_place_object(tok.lemma_)
                    ):
                        return places[named.i]
                queue.append((c, depth + 1, False))
    return None


def _town_at(tok: Token, places: dict[int, PlaceMention]) -> bool:
    return tok.i in places and places[tok.i].place.precision not in COARSE_PRECISIONS


def _nouns(*tokens: Token) -> bool:
    return all(t.pos_ in {"NOUN", "PROPN"} for t in tokens)


# Settlement nouns whose "of" phrase names the settlement acted on (not a division's).
NAMED_SETTLEMENT_NOUNS = SETTLEMENT_NOUNS - {"district", "province", "region", "county"}


def _named_settlement(noun: Token, places: dict[int, PlaceMention]) -> PlaceMention | None:
    """The place a settlement noun's "of" phrase names ("the village of Dogonbaki")."""
    if noun.lower_ not in NAMED_SETTLEMENT_NOUNS:
        return None
    return _of_place(noun, places)


# Nouns a town's name is put to in apposition ("in the capital Harare", "in the port city,
# Mombasa").
APPOSED_TOWN_NOUNS = NAMED_SETTLEMENT_NOUNS | {"capital", "port"}


# Division nouns whose "of" phrase names the division reached as a where ("in the border state of
# Zulia", "in the province of Idlib"; stop 52 lead, probes of our own: the walk's depth ran out).
NAMED_DIVISION_NOUNS = {
    "district", "province", "region", "county", "state", "governorate", "department",
}  # fmt: skip


def _named_by_noun(noun: Token, places: dict[int, PlaceMention]) -> PlaceMention | None:
    """The town a settlement noun reached as a where names by its "of" phrase ("in Kenya's coastal
    town of Lamu", "in the West Bank town of Hebron") or in apposition ("in the capital Harare"):
    one step past the noun, read when the walk reaches the noun (stop 51 lead, probes of our own:
    the walk's depth ran out before the town, or met the larger place before it and took that).
    A division noun's "of" phrase likewise (`NAMED_DIVISION_NOUNS`)."""
    if noun.lower_ in NAMED_DIVISION_NOUNS:
        return _of_place(noun, places)
    if noun.lower_ not in APPOSED_TOWN_NOUNS:
        return None
    named = _named_settlement(noun, places)
    if named is not None:
        return named
    apposed = [c for c in noun.children if c.dep_ == "appos" and c.i in places]
    if apposed:
        return places[apposed[0].i]
    return _countrys_capital(noun, places)


def _countrys_capital(noun: Token, places: dict[int, PlaceMention]) -> PlaceMention | None:
    """ "in the Kenyan capital", "in Mali's capital": the capital named by its country's demonym
    or possessive is the capital's town, not the country (stop 52 lead, probes of our own: such
    acts had no place, or the whole country). Read on the mention of the country's word."""
    if noun.text != "capital":  # lower-case: "Capital" opens a name ("Capital FM")
        return None
    for c in noun.children:
        mention = places.get(c.i) if c.dep_ in {"amod", "poss", "compound"} else None
        if mention is None or mention.place.precision != "country" or not mention.place.country:
            continue
        town = load_gazetteer().capitals.get(mention.place.country)
        if town is not None:
            return replace(mention, place=town.place())
    return None


def _locative_chain(prep: Token) -> bool:
    """The preposition hangs on a noun that is itself a locative preposition's object: a where
    inside a where ("on islands in Lake Chad", "at protesters outside the embassy in
    Ouagadougou"), one step past the walk's depth (stop 52 lead, probes of our own). Read
    everywhere at the limit, a locative split fusion's happenings (stop 44): only a chain of
    two locatives is read."""
    noun = prep.head
    return (
        (prep.lower_ in EVENT_LOCATIVES or lists_places(prep))
        and noun.dep_ == "pobj"
        and noun.head.dep_ == "prep"
        and _locative(noun.head, noun.head.head, 1)
    )


def _inner_where(noun: Token, places: dict[int, PlaceMention]) -> PlaceMention | None:
    """The place of a locative phrase on a noun that is a locative's object ("outside the
    embassy in Ouagadougou"), two steps past the walk's depth (`_locative_chain`)."""
    if noun.dep_ != "pobj":
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and _locative_chain(prep):
            held = [o for o in prep.children if o.dep_ == "pobj" and o.i in places]
            if held:
                return places[held[0].i]
    return None


# "the road linking Bunia and Mahagi", "the highway connecting Gao and Ansongo": the towns a road
# links are its ends, as "between" names them (stop 52 lead, probes of our own).


def _road_end(road: Token, places: dict[int, PlaceMention]) -> PlaceMention | None:
    """The first town a road noun reached as a where links ("along the road linking Bunia and
    Mahagi"): its participle's object, one step past the walk's depth; or the first its own
    "between"/"from"/"to" phrase names ("ambushed a convoy on the road between Kabul and
    Kandahar": the road is the object's where, and its ends lay past the walk's depth; stop 53
    lead, probes of our own)."""
    if road.lemma_.lower() not in ROAD_NOUNS:
        return None
    for c in road.children:
        if c.dep_ == "acl" and c.lemma_.lower() in ROAD_LINKING_VERBS:
            ends = [o for o in c.children if o.dep_ == "dobj" and o.i in places]
        elif c.dep_ == "prep" and c.lower_ in ROAD_END_PREPOSITIONS:
            ends = [o for o in c.children if o.dep_ == "pobj" and o.i in places]
        else:
            continue
        if ends:
            return places[ends[0].i]
    return None


def _on_with_partner(prep: Token) -> bool:
    """The preposition hangs on the object of "with" ("talks with his counterpart in Suva")."""
    partner = prep.head
    return partner.dep_ == "pobj" and partner.head.lower_ == "with"


def _whole_of_part(part: Token, places: dict[int, PlaceMention]) -> PlaceMention | None:
    """The place a part-of-place noun's "of" phrase names ("the middle of Yerevan")."""
    if part.lower_ not in PLACE_PART_NOUNS | DIRECTION_WORDS:
        return None
    return _of_place(part, places)


def _of_place(noun: Token, places: dict[int, PlaceMention]) -> PlaceMention | None:
    """The place that is the object of the noun's "of" phrase, if any."""
    for of in noun.children:
        if of.dep_ == "prep" and of.lower_ == "of":
            for obj in of.children:
                if obj.dep_ == "pobj" and obj.i in places:
                    return places[obj.i]
    return None


def _after_object(prep: Token, verb: Token) -> bool:
    """The preposition comes right after the verb's direct object ("criticised the government
    in Caracas"): read as the object's place, not the verb's, whatever the parse hangs it on.
    A place before the object ("said in Geneva that ...", "warned in Geneva against ...") or
    with no object stays the verb's."""
    return any(
        c.dep_ == "dobj" and c.i < prep.i and c.right_edge.i + 1 == prep.i for c in verb.children
    )


# "kidnapped passengers on the highway between Kaduna and Zaria", "ambushed a bus on the road
# from Gao to Ansongo": the towns a road runs between name where on it the act was; the first
# named end stands for the stretch (stop 50 lead, probes of our own: such acts had no place).
ROAD_END_PREPOSITIONS = {"between", "from", "to"}
# ... and the towns a convoy, bus or patrol was travelling between when it was hit ("attacked a
# convoy travelling between Beni and Butembo", "fired on a bus heading from Kano to Maiduguri"):
# a participle of ground travel on the noun acted on names the stretch the same way (stop 51
# lead, probes of our own: the walk did not enter the participle, and such acts had no place).
TRAVEL_VERBS = {"travel", "head", "drive", "move", "ply", "journey"}


def _locative(prep: Token, head: Token, depth: int) -> bool:
    word = prep.lower_
    if word in EVENT_LOCATIVES or is_distance_from(prep):  # "30 km from Mopti": near it
        return True
    if lists_places(prep):  # "in cities including Yangon": the first town listed stands for all
        return True
    if word in ROAD_END_PREPOSITIONS and head.lemma_.lower() in ROAD_NOUNS:
        return True
    if word in ROAD_END_PREPOSITIONS and _travelling(head):
        return True
    if word == "between" and head.lemma_.lower() in VEHICLE_NOUNS:
        return True  # "a bus between Gusau and Funtua": on the road between them
    if word in {"to", "of"} and is_visit_word(head.lemma_) and _visit_frame(head.head):
        return True  # "During a visit to Vietnam, ...", "during his tour of Egypt"
    if word == "of":
        # "north of Kabul"; "the closure of the Torkham crossing", "the capture of Kherson"
        # ("the visit of the minister" names the visitor); "the town of Bunagana"
        return (
            head.lower_ in DIRECTION_WORDS
            or head.lower_ in PLACE_PART_NOUNS
            or head.lower_ in SETTLEMENT_NOUNS
            or (depth == 0 and takes_place_object(head.lemma_) and not is_visit_word(head.lemma_))
            or names_ground_controlled(head)
            or head.lemma_.lower() in OWNED_SITE_NOUNS
        )
    if word == "on":
        # "on Syrian territory", "on the Kabul road"; not "sanctions on Pakistan"; "an attack on
        # an army post near Diffa" (`ATTACK_ON_NOUNS`)
        return head.lemma_.lower() in ATTACK_ON_NOUNS or any(
            c.dep_ == "pobj" and _on_place_noun(c) for c in prep.children
        )
    return word == "to" and depth == 0 and is_visit_word(head.lemma_)


# "seized boats on Lake Albert", "on Lake Kivu": a lake named with its word is a surface acted on
# (stop 51 lead: the parse heads the name with "Albert", so the noun test above missed it).
ON_NAME_WORDS = {"lake", "island", "isle"}


def _on_place_noun(noun: Token) -> bool:
    return noun.lemma_.lower() in ON_PLACE_NOUNS or any(
        c.dep_ == "compound" and c.lemma_.lower() in ON_NAME_WORDS for c in noun.children
    )


def _travelling(token: Token) -> bool:
    """A participle of ground travel on a noun ("a convoy travelling ...", "a bus heading ...")."""
    return token.dep_ == "acl" and token.tag_ == "VBG" and token.lemma_.lower() in TRAVEL_VERBS


def _visit_frame(prep: Token) -> bool:
    """A preposition on a verb framing it as done during a visit ("During a visit to ...",
    "on a trip to ...")."""
    if not (
        prep.dep_ == "prep"
        and prep.lower_ in VISIT_FRAME_PREPOSITIONS
        and prep.head.pos_ in {"VERB", "AUX"}
        and any(o.dep_ == "pobj" and is_visit_word(o.lemma_) for o in prep.children)
    ):
        return False
    # "During his visit to Kenya, protesters in Uganda clashed ...": a subject put elsewhere
    # by its own words is not the visitor
    subjects = (c for c in prep.head.children if c.dep_ in {"nsubj", "nsubjpass"})
    return not any(t.ent_type_ in {"GPE", "LOC", "FAC"} for s in subjects for t in s.subtree)


def release_site(trigger: Token, places: dict[int, PlaceMention]) -> PlaceMention | None:
    """For a release or an escape (`release_verbs.txt`), the place a prison or jail it was from is
    named for ("released ... from Afghanistan prisons", "escaped from a Syrian jail"): where it
    happened. Searched in the verb's own clause, however deep the prison's noun phrase sits
    ("released a number of the group's leaders from ... prisons")."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in word_list("release_verbs.txt"):
        return None
    for tok in trigger.subtree:
        if (
            tok.dep_ == "pobj"
            and tok.head.lower_ == "from"
            and tok.lemma_.lower() in word_list("detention_words.txt")
            and _in_clause_of(tok, trigger)
        ):
            for c in tok.children:
                if c.dep_ in {"compound", "amod", "nmod", "poss"} and c.i in places:
                    return places[c.i]
    return None


FLIGHT_PREPOSITIONS = {"to", "into"}


def flight_destination(trigger: Token, places: dict[int, PlaceMention]) -> PlaceMention | None:
    """For a flight (`flight_verbs.txt`), the place it went to or into by a preposition on the
    verb ("fled to Chad", "fled into Bangladesh"): the refuge it ends in, as a visit's
    destination. Not "fled the city" or "fled from X" (where the flight started)."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in word_list("flight_verbs.txt"):
        return None
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ in FLIGHT_PREPOSITIONS:
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.i in places:
                    return places[obj.i]
    return None


def _in_clause_of(token: Token, verb: Token) -> bool:
    """`token` hangs on `verb` through nouns and prepositions only, not through another verb."""
    head = token.head
    while head.i != verb.i:  # spaCy makes a new Token object on each access: compare indexes
        if head.pos_ in {"VERB", "AUX"} or head.head.i == head.i:
            return False
        head = head.head
    return True


def _subject_participle(clause: Token) -> bool:
    """A present participle on the trigger's subject, or a relative clause in the progressive,
    that puts the subject somewhere ("the premier, visiting Canberra, ...", "the premier, who is
    visiting Canberra, ...", "the minister, speaking in Lagos, ..."). Not a past or lasting
    state ("who was born in Hanoi", "who lives in Paris")."""
    if clause.tag_ != "VBG" or clause.dep_ not in {"acl", "relcl"}:
        return False
    objects = [o for o in clause.children if o.dep_ == "dobj"]
    return takes_place_object(clause.lemma_) or any(
        c.dep_ == "prep" and c.lower_ in EVENT_LOCATIVES
        for c in (*clause.children, *(g for o in objects for g in o.children))
    )


def _present_participle(clause: Token) -> bool:
    """A participle clause without its own subject that puts the trigger's subject somewhere
    ("Speaking at a summit in Brussels, the president criticised ...", "Addressing a rally in
    Lahore, ...", "Visiting Kabul, the minister said ..."): its place is the trigger's. Not one
    whose first word leads away ("Returning from talks in Moscow, ...")."""
    if clause.dep_ != "advcl" or clause.tag_ != "VBG":
        return False  # not "Born in Nashville, she left ...": a past participle tells a past
    if any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in clause.children):
        return False  # "while troops were shelling Kherson", "after he arrived": another clause
    # "Speaking at ...", "Addressing a rally in ...", "Visiting Kabul"; "Speaking to reporters
    # in Paris": the audience spoken to is where the speaker is
    objects = [o for o in clause.children if o.dep_ == "dobj"]
    audiences = [
        o for c in clause.children if c.dep_ == "prep" and c.lower_ == "to"
        for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in word_list("audience_words.txt")
    ]  # fmt: skip
    return takes_place_object(clause.lemma_) or any(
        c.dep_ == "prep" and c.lower_ in EVENT_LOCATIVES
        for c in (*clause.children, *(g for o in (*objects, *audiences) for g in o.children))
    )
