"""Generic and titled actors: "protesters", "Thai police", "the interior minister", "security
forces", "a local militia", "residents".

Event coders code such parties as actors (a country and a sector: THACOP, ---OPP, ---CVL), and
most news events have one: without them an arrest of "three journalists" or a protest "against
the government" by "farmers" has no source or no target. A noun phrase is a generic actor when
its head is a common noun (not a name) standing where a party stands (subject, object,
prepositional object, conjunct, apposition, possessor) and the head, with its compound or
adjective modifiers, is a role or group phrase: the role index of `roles` (Phoenix agents, MIT,
and `curated.yaml`) or `data/actors/generic_actors.yaml`. The mention spans the head and the
modifiers that belong to the phrase or name a state ("Thai police").

Identity: a state institution with a known country is the state's sector actor, as "Pakistani
border guards" already is (`KEN.COP`); any other is a new actor whose id carries its country
(`new:protesters@tha`), so that protesters in two countries are never one actor; with no
country it is `new:<phrase>`, which fusion treats as evidence of nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

import yaml
from spacy.tokens import Doc, Span, Token

from realpolitik.actors.context import group_words
from realpolitik.actors.kb import DATA_DIR, KnowledgeBase
from realpolitik.actors.roles import phrase_sector, role_index
from realpolitik.model import Actor, ActorMention
from realpolitik.nlp.token_columns import token_columns

# Where a noun phrase stands for a party to an event.
_PARTY_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "poss", "dative", "agent"}
# Modifiers that may belong to a role phrase ("security forces", "interior minister").
_MODIFIER_DEPS = {"compound", "amod"}
# Entity labels of time phrases, which never name a party ("the next day", "that morning").
_TIME_ENTITIES = {"DATE", "TIME"}
# A state's institutions: with a country the mention is the state's sector actor (`KEN.COP`).
STATE_SECTORS = {"GOV", "MIL", "INT", "COP", "LEG", "JUD"}
# `how` of a generic mention whose own words name an origin that is no state: it takes no country
# from its sentence.
ORIGIN_NAMED = "generic+origin"


@cache
def _generic_data() -> dict:
    """`generic_actors.yaml`, parsed once per process for all its lists."""
    return yaml.safe_load((DATA_DIR / "generic_actors.yaml").read_text(encoding="utf-8"))


@cache
def _word_set(key: str) -> frozenset[str]:
    """The lower-cased words of one list of `generic_actors.yaml` (empty when it is absent)."""
    return frozenset(w.lower() for w in _generic_data().get(key) or [])


@cache
def _word_lists() -> tuple[dict[str, str], frozenset[str]]:
    extra = {r["phrase"].lower(): r["sector"] for r in _generic_data().get("extra_role_words") or []}
    return extra, _word_set("not_heads")


@cache
def _craft_heads() -> frozenset[str]:
    return _word_set("craft_heads")


@cache
def _leading_suffixes() -> frozenset[str]:
    return _word_set("leading_state_suffixes")


def backer_state(doc: Doc, end: int) -> bool:
    """Whether a state's name ending at token `end` is a backer: "-backed", "-funded" glued
    after it (`generic_actors.yaml` `backer_state_suffixes`)."""
    return (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and doc[end + 1].lower_ in _word_set("backer_state_suffixes")
    )


@cache
def _stance_prefixes() -> frozenset[str]:
    return _word_set("stance_prefixes")


def _stance(mod: Token) -> bool:
    """A modifier hyphenated onto a stance prefix ("anti-Syria", "pro-Russia"): it names what
    the party is for or against, not where it is from."""
    doc = mod.doc
    return (
        mod.i >= 2
        and doc[mod.i - 1].text == "-"
        and not doc[mod.i - 1].whitespace_
        and not doc[mod.i - 2].whitespace_
        and doc[mod.i - 2].lower_ in _stance_prefixes()
    )


@cache
def _member_nouns() -> frozenset[str]:
    return _word_set("member_nouns")


@cache
def _body_member_nouns() -> frozenset[str]:
    return _word_set("body_member_nouns")


# Sectors of a named actor whose people a role noun after its name are ("Hamas negotiators").
GROUP_SECTORS = {"REB", "TER", "OPP", "PTY"}


def _is_group(m: ActorMention) -> bool:
    return m.sector in GROUP_SECTORS or (m.actor_id.startswith("new:") and m.sector is None)


@cache
def _institution_buildings() -> frozenset[str]:
    return _word_set("institution_buildings")


def set_off(tok: Token) -> bool:
    """The token comes right after a comma: the start of a clause or phrase set off by commas
    ("The mayor, elected last year, ...")."""
    return tok.i > 0 and tok.nbor(-1).lower_ == ","


def _subject_made_root(head: Token) -> bool:
    """ "The mayor, elected last year on a low turnout, called on residents ...": after a subject
    with a participle clause set off by commas, the parser makes the subject the sentence's root
    and hangs the main verb on it as one more clause (`acl`, a past form after the closing comma).
    The noun is that verb's subject, a party's place (round r25, reader29, from the reader_own24
    tune miss; `events.arguments._main_verb_after_apposition` reads the verb's source from it)."""
    if head.dep_ != "ROOT" or head.pos_ != "NOUN":
        return False
    clauses = [c for c in head.rights if c.dep_ == "acl" and set_off(c)]
    return (
        len(clauses) >= 2
        and clauses[0].tag_ == "VBN"
        and clauses[-1].tag_ in {"VBD", "VBN"}
    )


def folded_side(head: Token) -> bool:
    """ "clashes between police and cattle raiders": the parser folds the first side into a
    modifier of the second ("police" an `nmod` of "raiders", with the "and" on it); it is a side
    of the "between" phrase all the same (lead, stop 59, probe sentences written as wire text:
    the police were lost and the raiders clashed with no one)."""
    side = head.head
    return (
        head.dep_ in {"nmod", "compound"}
        and any(c.dep_ == "cc" for c in head.children)
        and side.dep_ == "pobj"
        and side.head.lower_ == "between"
    )


def _party_position(head: Token) -> bool:
    """Where a noun phrase stands for a party: a party's dependency, or the institution a
    building or post is named for ("attacked a [police] station", "an [army] post")."""
    if head.dep_ in _PARTY_DEPS or _subject_made_root(head) or folded_side(head):
        return True
    building = head.head
    return (
        head.dep_ == "compound"
        and building.i > head.i
        and building.lower_ in _institution_buildings()
        and building.dep_ in {"dobj", "pobj"}  # acted on; "a police station was rebuilt" is not
    )


@cache
def _camp_modifiers() -> frozenset[str]:
    return _word_set("camp_modifiers")


def _camp_modifier(kb: KnowledgeBase, head: Token) -> bool:
    """ "An opposition petition was dismissed", "police broke up an opposition rally": a camp
    word (`camp_modifiers`) compounded onto a noun in a party's place that is no party with it
    ("opposition lawmakers" is one) nor a group's name word ("the opposition party X" is X)
    stands for the camp, the party whose thing was acted on (round r12b, own-set tune miss);
    "government" does so on a proposal only (`proposal_camp_modifiers`, round r41: "voted down
    a government bill")."""
    thing = head.head
    return (
        head.dep_ == "compound"
        and _names_a_camp(head, thing)
        and thing.i == head.i + 1
        and thing.pos_ == "NOUN"
        and thing.dep_ in _PARTY_DEPS
        and thing.lower_ not in group_words().group_nouns
        and thing.lemma_.lower() not in group_words().group_nouns
        and generic_sector(kb, [head.text, thing.text]) is None
    )


def _names_a_camp(word: Token, thing: Token) -> bool:
    """A camp word (`camp_modifiers`), or "government" on a proposal (`proposal_camp_modifiers`
    on `proposal_nouns`)."""
    return word.lower_ in _camp_modifiers() or (
        word.lower_ in _word_set("proposal_camp_modifiers")
        and thing.lemma_.lower() in _word_set("proposal_nouns")
    )


def _members_of_named(head: Token, mentions: list[ActorMention]) -> bool:
    """ "Fighters of the Ansar Dine movement", "Houthi negotiators": a member noun whose "of"
    phrase, or any role noun whose modifier, names an actor that is no bare state is that actor's
    people (the events stage finds the named actor instead)."""
    for mod in _modifiers(head):  # a group's own people; a state's or an IGO's stay generic
        if any(m.start <= mod.idx < m.end and _is_group(m) for m in mentions):
            return True
    if head.lower_ not in _member_nouns():
        return False
    if head.lower_ in _body_member_nouns() and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in head.rights
    ):
        return True  # "officers of the prosecutor's office": the office's people, whatever it is
    for prep in head.rights:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for t in prep.subtree:
            for m in mentions:
                if m.start <= t.idx < m.end and m.actor_id != m.country:
                    return True
    return False


def generic_sector(kb: KnowledgeBase, words: list[str]) -> tuple[str, int] | None:
    """Sector of the longest role phrase ending `words`, and how many words it takes."""
    # Remembered on the KB (whose role index it reads): asked for every noun in a party's
    # position, and the same few words ("police", "officials") come back in every document.
    memo: dict[tuple[str, ...], tuple[str, int] | None] = kb._cache.setdefault("generic_sector", {})
    key = tuple(words)
    if key in memo:
        return memo[key]
    if len(memo) >= SECTOR_MEMO_SIZE:
        memo.clear()
    extra, _ = _word_lists()
    index = role_index(kb)
    found = None
    for i in range(len(words)):
        tail = words[i:]
        sector = phrase_sector(extra, tail) or phrase_sector(index, tail)
        if sector:
            found = sector, len(tail)
            break
    memo[key] = found
    return found


SECTOR_MEMO_SIZE = 20_000


def _state_of(kb: KnowledgeBase, word: str) -> str | None:
    """The state a modifier names ("Thai", "Kenyan"), if any."""
    for e in kb.lookup(word):
        if "." not in e.actor_id and ":" not in e.actor_id and e.kind == "name":
            return e.actor_id
    return None


def _modifiers(head: Token) -> list[Token]:
    """The contiguous compound and adjective modifiers right before the head (of the head or
    of one another: "[interior] minister", "[riot] police", "[Thai] police"). A modifier the
    recogniser reads as a date or time is a time phrase the parser hung on the subject ("The
    next day officers arrested ...": "day" a compound of "officers"), no word of the role
    (round r21, fuse20, from the round r20 leftover in fusion_own14 tune s1)."""
    mods: list[Token] = []
    within = {head.i}
    i = head.i - 1
    while (
        i >= 0
        and head.doc[i].dep_ in _MODIFIER_DEPS
        and head.doc[i].head.i in within
        and head.doc[i].ent_type_ not in _TIME_ENTITIES
    ):
        mods.insert(0, head.doc[i])
        within.add(i)
        i -= 1
    return mods


def _noun_read_as_adjective(head: Token) -> bool:
    """A noun the tagger read as an adjective in a noun's place ("The junta rejected ...": a
    determiner before it and a subject's or object's role): it heads its phrase as a noun would
    (attachment round 18, own9 tune)."""
    return (
        head.pos_ == "ADJ"
        and head.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}
        and any(c.dep_ == "det" for c in head.children)
    )


def _noun_read_as_proper(head: Token) -> bool:
    """A capitalised common noun the tagger read as a proper noun at the start of a sentence
    that follows page furniture ("By X, Place | 19 November" then "Relatives of the two farmers
    blocked ..."): no entity, a subject's or object's role, first in its sentence; it heads its
    phrase as a noun would, and only a listed role word makes it an actor (issue 9, round r16,
    reader20: reader_own15 tune, where the relatives' blockade went to the farmers)."""
    return (
        head.pos_ == "PROPN"
        and not head.ent_type_
        and head.dep_ in {"nsubj", "nsubjpass"}
        and (head.is_sent_start or head.i == 0 or head.nbor(-1).is_space or _after_time_stamp(head))
    )


def _after_time_stamp(head: Token) -> bool:
    """Only a live blog's time stamp comes before the word in its sentence ("15:10 - Police in
    Kenema have arrested ..."): numbers and punctuation, so the word opens the entry as it would
    open a sentence (issue 9, round r28, reader32: reader_own27 tune, where the police went
    unnamed)."""
    before = head.doc[head.sent.start : head.i]
    return (
        bool(before)
        and any(t.pos_ == "NUM" for t in before)
        and all(t.pos_ in {"NUM", "PUNCT", "SYM"} for t in before)
    )


# A legislature's common noun, which the tagger reads as a name in lower case too ("passed by
# congress"); only these: other lower-case words it reads as names stay out (round r17, args21:
# any listed role word lowered a reader_own1 check figure by one).
LOWER_CASE_BODY_NOUNS = frozenset({"congress", "senate", "parliament"})


def _lower_case_proper(head: Token) -> bool:
    """A legislature's common noun written in lower case that the tagger read as a proper noun
    ("a law passed by congress", "approved by the senate"): no name, so it heads its phrase as a
    noun would (round r17, args21, own26 tune)."""
    return head.pos_ == "PROPN" and head.text in LOWER_CASE_BODY_NOUNS


def _lower_case_body_of_state(head: Token, mentions: list[ActorMention]) -> bool:
    """A lower-case common noun the tagger read as a proper noun because a state's name follows
    in an "of" phrase ("The foreign ministry of Uzbekistan", "the defence ministry of Armenia"):
    it heads its phrase as a noun would, as it does in "Uzbekistan's foreign ministry" (stop 67,
    lead: probes of our own, where the ministry was no party and the bare state, or nobody,
    acted). Only a bare state's mention in the "of" phrase counts: the wider reading of any
    lower-case proper noun cost a reader check figure (`LOWER_CASE_BODY_NOUNS`)."""
    if head.pos_ != "PROPN" or not head.text[:1].islower():
        return False
    return any(_bare_state_after_of(obj, mentions) for obj in _of_objects(head))


def _of_objects(word: Token) -> list[Token]:
    """The objects of the "of" phrases on `word`."""
    return [o for p in word.rights if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj"]  # fmt: skip


def _bare_state_after_of(obj: Token, mentions: list[ActorMention]) -> bool:
    """A bare state's mention at `obj`, or at the "of" object of a lower-case portfolio there:
    "The ministry of defence of Ukraine", "the ministry of foreign affairs of Kazakhstan" (stop
    68, lead, probes of our own: the second "of" hangs on the portfolio, so the ministry had no
    source)."""
    if _bare_state_mention(obj, mentions) is not None:
        return True
    return obj.text[:1].islower() and any(
        _bare_state_mention(o, mentions) is not None for o in _of_objects(obj)
    )


def _bare_state_mention(tok: Token, mentions: list[ActorMention]) -> ActorMention | None:
    """The first mention covering `tok` that names a state itself (no body of it), or None."""
    covering = (m for m in mentions if m.start <= tok.idx < m.end)
    return next((m for m in covering if m.country and m.actor_id == m.country), None)


def _phrase(
    kb: KnowledgeBase, head: Token, body_of_state: bool = False
) -> tuple[int, str, str | None, bool] | None:
    """(first token, sector, country named by a modifier, whether a modifier names some other
    origin) of a generic actor phrase at `head` (`body_of_state`: a lower-case noun read as a
    name before a state's "of" phrase, `_lower_case_body_of_state`)."""
    extra, not_heads = _word_lists()
    if not (
        head.pos_ == "NOUN"
        or body_of_state
        or _noun_read_as_adjective(head)
        or _noun_read_as_proper(head)
        or _lower_case_proper(head)
    ):
        return None
    if not (_party_position(head) or _camp_modifier(kb, head)):
        return None
    mods = _modifiers(head)
    words = [t.text for t in (*mods, head)]
    if head.lower_ in not_heads and not any(
        phrase_sector(extra, words[i:]) for i in range(len(words) - 1)
    ):
        # a head that is no party by itself ("the use of force") is one in a listed phrase
        # with its modifiers ("a regional peacekeeping force")
        return None
    found = generic_sector(kb, [t.text for t in (*mods, head)])
    if found is None and mods and head.lemma_.lower() in _craft_heads():
        # "a coast guard boat stopped the trawler", "a navy cutter": a craft named by the force
        # it belongs to acts for that force (round r12, reader14, from reader_own11 tune)
        found = generic_sector(kb, [t.text for t in mods])
        if found is not None:
            found = found[0], found[1] + 1
    if found is None:
        return None
    sector, n = found
    start = head.i - (n - 1)
    for m in reversed(mods):  # nouns before the head name it too ("health minister")
        if m.i < start - 1 or m.dep_ != "compound" or m.pos_ != "NOUN":
            break
        start = m.i
    country, origin = _leading_state(kb, mods), False
    for m in mods:
        state = _state_of(kb, m.text) if m.text[:1].isupper() and not _stance(m) else None
        if state:
            country = country or state
            start = min(start, m.i)
        elif m.text[:1].isupper() and (
            m.ent_type_ in {"NORP", "GPE", "LOC"} or (m.i > 0 and m.doc[m.i - 1].text == "-")
        ):
            # "Scandinavian diplomats", "anti-Kremlin activists": the phrase says where they
            # are from (or against), so the sentence's one country is not theirs. Another name
            # before the noun ("MEND fighters") stays out of the span: it is an actor of its own.
            start, origin = min(start, m.i), True
    doc = head.doc
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_:
        start -= 2  # a hyphenated prefix belongs to the phrase ("anti-Kremlin")
    return start, sector, country, origin


def _leading_state(kb: KnowledgeBase, mods: list[Token]) -> str | None:
    """ "US-led forces", "French-led troops": the state a "-led" modifier names leads the party,
    and coders code the party as that state's (a "-backed" party is not its backer's, so only
    "led" is read); a "Liberian-flagged tanker" or a "Russian-registered jet" is its flag state's
    (`generic_actors.yaml` `leading_state_suffixes`). The state stays a mention of its own; the
    phrase takes its country."""
    for m in mods:
        if m.lower_ not in _leading_suffixes() or m.i < 2 or m.doc[m.i - 1].text != "-":
            continue
        leader = m.doc[m.i - 2]
        if leader.text[:1].isupper() and not leader.whitespace_:
            return _state_of(kb, leader.text)
    return None


# Nouns of a settlement or an administered region, whose demonym modifier names the state that
# holds it ("the Bolivian border town of Villazon", "a Peruvian province").
SETTLEMENT_NOUNS = frozenset({
    "town", "city", "village", "province", "region", "department", "district", "county",
    "state", "municipality", "governorate", "prefecture", "port",
})  # fmt: skip


def _place_country(kb: KnowledgeBase, head: Token, mentions: list[ActorMention]) -> str | None:
    """ "Doctors in Kenya", "police of Bangladesh": the state named by the head's place phrase.
    A "from" phrase on a noun with a possessor is where the party is taken from, not its origin
    ("Peru recalled its ambassador from Mexico": Peru's envoy; round r28, args32, the brief's
    leftover), so the possessor names the state instead."""
    possessed = any(c.dep_ == "poss" for c in head.children)
    for prep in head.rights:
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "of", "from"}:
            continue
        if possessed and prep.lower_ == "from":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            # ... or the state that owns the place named: "a police officer in Kenya's Coast
            # Province" is Kenya's police (round r28, args32, the brief's leftover: the teller
            # placed in a state's region had no country, and the bare state stood for it)
            # ... and, after "of" too, a state's region or a town a demonym places: "the
            # governor of Bolivia's Potosi department", "the mayor of the Bolivian border town
            # of Villazon" (round r29, args33, own63 tune: the official had no country)
            owners = [c for c in obj.children if c.dep_ == "poss"]
            if obj.lemma_.lower() in SETTLEMENT_NOUNS:
                owners += [c for c in obj.children if c.dep_ == "amod"]
            # ... or after a lower-case portfolio's own "of": "the ministry of defence of
            # Ukraine" (stop 68, lead, probes of our own: the parser hangs the state on the
            # portfolio, and the ministry had no country)
            if prep.lower_ == "of" and obj.text[:1].islower():
                owners += _of_objects(obj)
            for named in (obj, *owners):
                if (state := _bare_state_mention(named, mentions)) is not None:
                    return state.country
            # ... or the state of a settlement named with it in one mention of no sector: "a
            # school in the Ethiopian town of Zalambessa" (a place, not a party) is Ethiopia's;
            # the school took the attackers' state from the context (round r34, plover52: the
            # brief's leftover "the shelling destroyed a school", the target is the school's side)
            if obj.lemma_.lower() in SETTLEMENT_NOUNS:
                for m in mentions:
                    if m.start <= obj.idx < m.end and m.country and m.sector is None:
                        return m.country
    return None


def _placed_teller_country(
    kb: KnowledgeBase, head: Token, mentions: list[ActorMention]
) -> str | None:
    """ "A police spokesman in Peru's Puno region said officers arrested three smugglers": a
    state's force named only by its role ("officers", "soldiers") as the doer of a clause told by
    a teller placed in a state belongs to that state, as the teller speaks for it. The teller
    stays no party (round r29, args33, the brief's leftover: the arrest had a doer with no
    country). Only a teller placed by its own "in"/"of" phrase is read (`_place_country`)."""
    clause = head.head
    if head.dep_ not in {"nsubj", "nsubjpass"} or clause.dep_ != "ccomp":
        return None
    for teller in (c for c in clause.head.children if c.dep_ == "nsubj"):
        country = _place_country(kb, teller, mentions)
        if country:
            return country
    return None


def _possessor_country(head: Token, mentions: list[ActorMention]) -> str | None:
    """ "Moldova's pro-European government", "Sudan's paramilitary forces": the state named by the
    head's possessor, when a modifier kept the possessor out of the phrase."""
    for poss in head.children:
        if poss.dep_ != "poss":
            continue
        for m in mentions:
            # the state itself or one of its sectors ("Moldova" read as MDA.GOV by its noun)
            if m.start <= poss.idx < m.end and m.is_state_or_sector:
                return m.country
    return None


def _kin_of_a_named_possessor(head: Token) -> bool:
    """ "the ousted president's son": a kin noun (`kin_nouns`) whose possessor is a noun, which
    stands for the family; "his two brothers" (a pronoun) or "two brothers" are the party."""
    return head.lower_ in _word_set("kin_nouns") and any(
        c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"} for c in head.children
    )


def _kin_teller_country(head: Token, mentions: list[ActorMention]) -> str | None:
    """ "A Kenyan journalist said police in Kampala had arrested his brother": kin a "his"/"her"
    names (`kin_nouns`) in a reported clause are the family of the teller the pronoun names back,
    and share the teller's country; before, they took the sentence's one country (the place's:
    "agents in Nairobi detained her husband" read Kenyan kin of a Somali singer) or none (round
    r35, plover53: stop 54's leftover). A teller that is a state itself ("Kenya said police held
    his son") names no family: no country is given. A kin noun joined to one ("her husband and
    son") shares its possessor."""
    owner = head.head if head.dep_ == "conj" else head
    if head.lower_ not in _word_set("kin_nouns") or not any(
        c.dep_ == "poss" and c.lower_ in PERSON_POSSESSIVES for c in owner.children
    ):
        return None
    clause = next((t for t in owner.ancestors if t.dep_ == "ccomp"), None)
    if clause is None:
        return None
    for teller in clause.head.children:
        if teller.dep_ != "nsubj":
            continue
        if any(m.start <= teller.idx < m.end and m.actor_id == m.country for m in mentions):
            return None
        lo, hi = teller.left_edge.idx, teller.right_edge.idx + len(teller.right_edge.text)
        for m in sorted(mentions, key=lambda m: m.start):
            if lo <= m.start < hi and m.country:
                return m.country
    return None


# Possessive pronouns that name back a party ("Its defence minister", "their envoy").
POSSESSIVE_PRONOUNS = {"its", "their"}
# Possessive pronouns that name one person ("his two brothers", "her husband"), not a body.
PERSON_POSSESSIVES = frozenset({"his", "her"})
# `ActorMention.how` suffix of a generic party whose country its possessor gives ("its forces").
POSSESSOR_NAMED = "+poss"


def _pronoun_possessor_country(head: Token, mentions: list[ActorMention]) -> str | None:
    """ "Poland ... said it would close two crossings. Its defence minister flew to Vilnius": the
    state a possessive pronoun names back, the subject of the main clause it follows: the
    previous sentence's when the pronoun's noun is its own sentence's subject, else its own
    sentence's (issue 9, round r10: reader_own9 tune). Only a state or one of its sectors: a
    pronoun naming back a company, a party or a group gives no country."""
    antecedent = _pronoun_antecedent(head, mentions)
    return antecedent.country if antecedent is not None and antecedent.is_state_or_sector else None


def _pronoun_antecedent(head: Token, mentions: list[ActorMention]) -> ActorMention | None:
    """The party a possessive pronoun on `head` names back, the subject of the main clause it
    follows (see `_pronoun_possessor_country`), or None."""
    if not any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in head.children):
        return None
    sent = head.sent
    in_subject = any(
        t.dep_ in {"nsubj", "nsubjpass"} and _main_clause(t.head)
        for t in [head, *head.ancestors]
    )
    if in_subject:
        if sent.start == 0:
            return None
        sent = head.doc[sent.start - 1].sent
    return next(_subject_mentions(sent, mentions), None)


def _subject_mentions(sent: Span, mentions: list[ActorMention]) -> Iterator[ActorMention]:
    """The mentions covering the subjects of `sent`'s root, subject by subject."""
    for subject in (c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}):
        yield from (m for m in mentions if m.start <= subject.idx < m.end)


def _force_of_a_state_country(
    kb: KnowledgeBase, head: Token, sector: str, mentions: list[ActorMention]
) -> str | None:
    """ "A boarding team from the coast guard of the Mauritius police", "Divers from the coast
    guard of the Tanzanian police": a state's force with no state of its own words whose "of"
    phrase names another force or body of a state by the state's name or demonym on it: that
    state (round r50, args54: own105 tune; the coast guard, a party itself, stopped the search
    for the doer, and the act had no source country)."""
    if sector not in STATE_SECTORS:
        return None
    for obj in _of_objects(head):
        found = generic_sector(kb, [obj.text])
        if found is None or found[0] not in STATE_SECTORS:
            continue
        for mod in obj.children:
            # a possessor ("the coast guard of Senegal's navy") is reached by the events stage,
            # which takes the possessed force as the doer: only a name or demonym on the noun
            if mod.dep_ not in {"compound", "amod"}:
                continue
            named = _bare_state_mention(mod, mentions)
            if named is not None:
                return named.country
            state = _state_of(kb, mod.text) if mod.text[:1].isupper() else None
            if state:
                return state
    return None


def _named_back_government_country(head: Token, mentions: list[ActorMention]) -> str | None:
    """ "Saint Lucia has complained for months that ... The cabinet on Friday expelled ...": a
    government body named by a definite noun alone (`named_back_government_nouns`: "the cabinet")
    as the subject of a later sentence's main clause names back the state that is the previous
    sentence's subject (round r50, args54: own105 and own103 tune, a standing complaint whose
    party acts next as "The cabinet"). Not with any other word on the noun ("a cabinet
    minister", "the new cabinet", "the cabinet of Peru"), and only a state or one of its sectors
    as the antecedent, as for a possessive pronoun (`_pronoun_antecedent`)."""
    before = _sentence_named_back(head, "named_back_government_nouns", "the")
    if before is None:
        return None
    named = (m for m in _subject_mentions(before, mentions) if m.is_state_or_sector)
    return next((m.country for m in named), None)


def _sentence_named_back(head: Token, nouns: str, determiner: str) -> Span | None:
    """The sentence before `head`'s, where `head` is a noun of the word set `nouns` with only
    `determiner` before it ("The cabinet", "Its head"), the subject of its sentence's main
    clause: the noun names back a party of that earlier sentence; else None."""
    if head.lower_ not in _word_set(nouns) or head.dep_ != "nsubj":
        return None
    if [c.lower_ for c in head.lefts] != [determiner] or not _main_clause(head.head):
        return None
    # the parser may hang the sentence's date on the noun ("The cabinet on Friday expelled ...");
    # any other phrase on it ("the cabinet of Peru", "the cabinet in Lima") names its own owner
    if any(c.dep_ != "prep" or c.lower_ != "on" for c in head.rights) or head.sent.start == 0:
        return None
    return head.doc[head.sent.start - 1].sent


def _body_head_named_back_country(head: Token, mentions: list[ActorMention]) -> str | None:
    """ "Hungary's water authority has said since April that ... Its head on Friday urged ...":
    the leader of a body (`body_head_nouns`) named by "Its" alone as the subject of a later
    sentence's main clause leads the body that is the previous sentence's subject; where a state
    owns that body ("<State>'s <authority>"), he acts for the state (issue 9, stop 73, args57:
    own111 tune, own109's leftover; "Its director" had no party at all). Only a state's or its
    sector's possessor, as for a possessive pronoun (`_pronoun_antecedent`)."""
    before = _sentence_named_back(head, "body_head_nouns", "its")
    if before is None:
        return None
    for subject in (c for c in before.root.children if c.dep_ in {"nsubj", "nsubjpass"}):
        for owner in (c for c in subject.children if c.dep_ == "poss"):
            for m in mentions:
                if m.start <= owner.idx < m.end and m.is_state_or_sector and m.country:
                    return m.country
    return None


def _main_clause(verb: Token) -> bool:
    """The sentence's main clause: its root, or a reported clause told before its teller ("Its
    navy seized a trawler ..., a spokesman said": the root is the trailing "said"; round r42,
    args46, own89 tune)."""
    root = verb.sent.root
    return verb == root or (verb.dep_ == "ccomp" and verb.head == root and verb.i < root.i)


def _force_of_its_members(head: Token, mentions: list[ActorMention]) -> str | None:
    """The sector of the force whose men a possessive pronoun names back ("Kenya's police
    service said its men had fired": COP), where the noun has no sector of its own
    (`force_member_nouns`); None for a state named back ("Kenya said its men ..."), whose men
    may be anyone's. `mentions` holds the generic parties read so far ("police service")."""
    if head.lower_ not in group_words().force_member_nouns:
        return None
    antecedent = _pronoun_antecedent(head, mentions)
    if antecedent is None or not antecedent.country or antecedent.sector not in STATE_SECTORS:
        return None
    return antecedent.sector


@cache
def _collective_data() -> dict:
    """`collective_parties.yaml`, read once for the collective parties and the related states."""
    data: dict = yaml.safe_load((DATA_DIR / "collective_parties.yaml").read_text(encoding="utf-8"))
    return data


@cache
def _collective_words() -> tuple[frozenset[str], dict[str, str]]:
    """(head nouns, regional or bloc word -> what it stands for) of `collective_parties.yaml`."""
    data = _collective_data()
    heads = frozenset(w.lower() for w in data.get("heads") or [])
    return heads, {g["word"].lower(): g["stands_for"] for g in data.get("groups") or []}


def _armed_adjective_phrase(kb: KnowledgeBase, head: Token) -> tuple[int, int, str, str | None] | None:
    """(first token, last token, sector, country) of the party an adjective names before a post
    or building acted on: "shelled rebel positions", "hit Kurdish militant positions", "raided
    insurgent camps" (the parser reads the role word as an adjective, so the compound reading
    of `_party_position` misses it)."""
    buildings = _institution_buildings()
    if head.dep_ not in {"dobj", "pobj"} or not {head.lower_, head.lemma_.lower()} & buildings:
        return None
    mods = _modifiers(head)
    if not mods or mods[-1].pos_ != "ADJ" or mods[-1].i != head.i - 1:
        return None
    # the descriptors of `group_words.yaml` ("militant": REB), and role words ("rebel")
    word = mods[-1].lower_
    sector = group_words().descriptors.get(word) if word != "armed" else None
    sector = sector or (generic_sector(kb, [mods[-1].text]) or (None, 0))[0]
    if sector not in {"REB", "TER"}:
        return None
    first, country = mods[-1].i, None
    for m in reversed(mods[:-1]):
        if not m.text[:1].isupper():
            break
        first, country = m.i, country or _state_of(kb, m.text)
    return first, mods[-1].i, sector, country


def _collective(head: Token) -> tuple[int, str] | None:
    """(first token, what it stands for) of a collective party at `head`: "Nordic leaders",
    "Gulf states", "Western powers", "G7 finance ministers" (a regional or bloc word among the
    modifiers of a plural noun for states or their people)."""
    heads, groups = _collective_words()
    if head.lower_ not in heads or not _party_position(head):
        return None
    mods = _modifiers(head)
    for k, mod in enumerate(mods):
        # a two-word region first ("West African leaders" are not "African leaders")
        pair = f"{mods[k - 1].lower_} {mod.lower_}" if k else ""
        if pair in groups:
            return mods[k - 1].i, groups[pair]
        if mod.lower_ in groups:
            return mod.i, groups[mod.lower_]
    return None


@cache
def _relational_heads() -> frozenset[str]:
    """The nouns for other states in a relation to a possessor (`relational_heads`)."""
    return frozenset(w.lower() for w in _collective_data()["relational_heads"])


def names_related_states(head: Token) -> bool:
    """Whether `head` is a noun for other states in a relation to a possessor ("allies",
    "neighbours", "creditors"): the possessor or "of" object is who they relate to, not who they
    are."""
    return head.lower_ in _relational_heads()


def _related_states_owner(head: Token, mentions: list[ActorMention]) -> str | None:
    """The country of the state that `head`'s other states stand in relation to: "Ukraine's
    allies", "the allies of Kyiv", "its neighbours" (`relational_heads` of
    `collective_parties.yaml`), or None."""
    if not names_related_states(head) or not _party_position(head):
        return None
    owners = [c for c in head.children if c.dep_ == "poss"]
    owners += [
        g for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children if g.dep_ == "pobj"
    ]  # fmt: skip
    for owner in owners:
        for m in mentions:
            if m.start <= owner.idx < m.end and m.is_state_or_sector and m.country:
                return m.country
    return _pronoun_possessor_country(head, mentions)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def generic_mentions(
    doc_id: str, sdoc: Doc, kb: KnowledgeBase, mentions: list[ActorMention]
) -> list[ActorMention]:
    """Generic actor mentions where no other mention stands (ids settled by `settle_ids`)."""
    out: list[ActorMention] = []
    taken = [(m.start, m.end) for m in mentions]
    columns = token_columns(sdoc)
    doc_text = columns.text
    # lower-case nouns read as names before a state's "of" phrase, found once for the walk and
    # for `_phrase`
    bodies_of_state = {
        i
        for i, tag in enumerate(columns.tags)
        if tag == "PROPN" and _lower_case_body_of_state(sdoc[i], mentions)
    }
    # the nouns, from the document's part-of-speech column (a `Token` only for them), and nouns
    # the tagger read as adjectives in a noun's place ("The junta rejected ...")
    for i in [
        i
        for i, tag in enumerate(columns.tags)
        if tag == "NOUN"
        or (tag == "ADJ" and _noun_read_as_adjective(sdoc[i]))
        or (tag == "PROPN" and (_noun_read_as_proper(sdoc[i]) or _lower_case_proper(sdoc[i])))
        or i in bodies_of_state
    ]:
        tok = sdoc[i]
        collective = _collective(tok)
        if collective is not None:
            first, stands_for = collective
            start, end = sdoc[first].idx, tok.idx + len(tok.text)
            if not any(s < end and start < e for s, e in taken):
                out.append(
                    ActorMention(
                        doc_id, start, end, doc_text[start:end], f"new:{_slug(stands_for)}",
                        stands_for, None, "GOV", None, ORIGIN_NAMED,
                    )  # fmt: skip
                )
                taken.append((start, end))
            continue
        owner = _related_states_owner(tok, mentions)
        if owner is not None:
            start, end = tok.idx, tok.idx + len(tok.text)
            if not any(s < end and start < e for s, e in taken):
                name = f"{tok.lower_} of {owner}"
                out.append(
                    ActorMention(
                        doc_id, start, end, doc_text[start:end], f"new:{_slug(name)}", name,
                        None, "GOV", None, ORIGIN_NAMED,
                    )  # fmt: skip
                )
                taken.append((start, end))
            continue
        led = _body_head_named_back_country(tok, mentions)
        if led is not None:
            start, end = tok.idx, tok.idx + len(tok.text)
            if not any(s < end and start < e for s, e in taken):
                out.append(
                    ActorMention(
                        doc_id, start, end, doc_text[start:end], f"new:{_slug(tok.lower_)}",
                        tok.lower_, led, "GOV", None, "generic" + POSSESSOR_NAMED,
                    )  # fmt: skip
                )
                taken.append((start, end))
            continue
        armed = _armed_adjective_phrase(kb, tok)
        if armed is not None:
            first, last, sector, country = armed
            start, end = sdoc[first].idx, sdoc[last].idx + len(sdoc[last].text)
            if not any(s < end and start < e for s, e in taken):
                text = doc_text[start:end]
                out.append(
                    ActorMention(
                        doc_id, start, end, text, f"new:{_slug(text)}", text, country, sector,
                        None, "generic" if country or first == last else ORIGIN_NAMED,
                    )  # fmt: skip
                )
                taken.append((start, end))
            continue
        found = _phrase(kb, tok, i in bodies_of_state)
        if found is None:
            continue
        first, sector, country, origin = found
        start, end = sdoc[first].idx, tok.idx + len(tok.text)
        if any(s < end and start < e for s, e in taken) or _members_of_named(tok, mentions):
            continue
        if _kin_of_a_named_possessor(tok):
            continue
        owned_by = None if country else (
            _possessor_country(tok, mentions) or _pronoun_possessor_country(tok, mentions)
        )
        country = (
            country
            or _named_back_government_country(tok, mentions)
            or _force_of_a_state_country(kb, tok, sector, mentions)
            or _kin_teller_country(tok, [*mentions, *out])
            or _place_country(kb, tok, mentions)
            or owned_by
        )
        if owned_by is not None:
            sector = _force_of_its_members(tok, [*mentions, *out]) or sector
        if not country and not origin and sector in STATE_SECTORS:
            country = _placed_teller_country(kb, tok, mentions)
        text = doc_text[start:end]
        name = re.sub(r"^(the|a|an)\s+", "", text, flags=re.I)
        how = ORIGIN_NAMED if origin and not country else "generic"
        if owned_by is not None and country == owned_by:
            # "its forces", "Kenya's police": the possessor names the state the party belongs
            # to, as a name would (`places.locate.own_ground` reads such a party's country as its
            # own; stop 40, lead: the location own set's "its forces killed six TTP militants")
            how += POSSESSOR_NAMED
        out.append(
            ActorMention(
                doc_id, start, end, text, f"new:{_slug(name)}", name, country, sector, None, how
            )
        )
        taken.append((start, end))
    return out


def settle_ids(kb: KnowledgeBase, mentions: list[ActorMention]) -> list[Actor]:
    """Give each generic mention its identity once its country is known (see the module's
    docstring); the new actors they name."""
    new: dict[str, Actor] = {}
    for m in mentions:
        if not m.how.startswith("generic"):
            continue
        if m.country and m.sector in STATE_SECTORS:
            actor = kb.get(f"{m.country}.{m.sector}")
            if actor is not None:
                m.actor_id, m.name = actor.actor_id, actor.name
                continue
        if m.country:
            m.actor_id = f"{m.actor_id}@{m.country.lower()}"
        if m.actor_id not in new:
            new[m.actor_id] = Actor(m.actor_id, m.name, "group", m.country, m.sector, source="text")
    return list(new.values())
