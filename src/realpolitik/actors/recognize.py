"""Finding actor mentions: knowledge-base names, spaCy entities, role phrases, metonyms.

One pass over a parsed document:
1. every longest span whose text is a KB name or alias (short acronyms case-sensitive);
2. spaCy PERSON/ORG/NORP entities the KB does not know (fuzzy-matched for people);
3. each span is widened to the longest meaningful phrase: a state or group with its group noun
   ("Pakistani border guards" -> PAK.MIL), a person with the role before the name ("Pakistani
   Foreign Minister Bilawal Bhutto Zardari"), a seat with its government noun;
4. capitals and seats are kept only where they act (see `metonymy`);
5. short names refer back to people named in full (see `coref`).
Resolution (country, sector, de-facto holders) uses the document's date, today when undated.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from realpolitik.actors.aliases import apply_learnt, join_aliases
from realpolitik.actors.candidates import Candidate
from realpolitik.actors.codes import FORCE_SECTORS
from realpolitik.actors.context import (
    describe,
    is_group_name,
    modifies_group_noun,
    name_sector,
    weapon_nouns,
)
from realpolitik.actors.coref import (
    GROUP_NOUNS,
    OFFICE_NOUNS,
    REFERRING_BODY_NOUNS,
    TITLE_WINDOW,
    ShortNames,
    body_reference,
    group_reference,
    is_group,
    latest_before,
    named_body_before,
    title_references,
)
from realpolitik.actors.divided_states import divided_state_mentions
from realpolitik.actors.dual_nationality import DUAL_NATIONAL, join_dual_nationals
from realpolitik.actors.generic import (
    ORIGIN_NAMED,
    backer_state,
    generic_mentions,
    generic_sector,
    settle_ids,
)
from realpolitik.actors.kb import KnowledgeBase, current_role, today
from realpolitik.actors.matching import TokenTable, match_names
from realpolitik.actors.metonymy import GOVERNMENT_NOUNS, government_noun, seat_is_actor
from realpolitik.actors.name_parts import drop_name_parts
from realpolitik.actors.names import acronym_groups, transliterated_names
from realpolitik.actors.namesake_states import settle_namesakes
from realpolitik.actors.not_actors import (
    drop_descriptions,
    drop_event_names,
    drop_feature_names,
    drop_jurisdictions,
    drop_route_names,
    drop_site_names,
    drop_thing_adjectives,
    drop_wire_agencies,
    speaking_gathering,
)
from realpolitik.actors.resolve import fuzzy_person, prefetch_fuzzy, surname_person
from realpolitik.actors.roles import phrase_sector, role_index, role_sector, role_sector_anywhere
from realpolitik.actors.statement import issuer_mentions, statement_issuer
from realpolitik.model import CONTEXT_GUESS, Actor, ActorMention, Document
from realpolitik.nlp.token_columns import doc_text
from realpolitik.places.gazetteer import word_list

# A state's institutions with an actor of their own (`PAK.MIL`); other sectors get `PAK.CVL` etc.
ENTITY_LABELS = {"PERSON", "ORG", "NORP"}
# Words a role phrase before a name may contain besides role nouns and the names of states and
# organisations ("the Director General of Pakistan's Inter-Services Intelligence (ISI)").
_ROLE_GLUE = {"of", "'s", "’s", "(", ")", "[", "]", "-", "the", "for"}
_MAX_ROLE_TOKENS = 14
# A group noun after an organisation names its own people ("Taliban forces", "TTP militants",
# "Taliban government") only for these sectors; "Taliban opposition" is someone else.
_OWN_MEMBERS_SECTORS = {"GOV", "MIL", "INT", "COP", "REB", "TER", "LEG"}


def _entity_candidates(kb: KnowledgeBase, sdoc: Doc, taken: list[Candidate]) -> list[Candidate]:
    """spaCy entities the KB matches do not explain.

    An ORG/NORP entity that is longer than the KB names inside it, when those are only states or
    one-word Phoenix aliases, is an organisation of its own: "Palestinian Liberation
    Organization", "Pakistan Army", "Liberation Tigers of Tamil Eelam".
    """
    out = []
    for ent in sdoc.ents:
        if ent.label_ not in ENTITY_LABELS and not (
            # "the Asia Media Summit urged ...": a gathering the tagger read as an event speaks
            # as a body (round r17, args21; `not_actors.speaking_gathering`)
            ent.label_ == "EVENT" and speaking_gathering(ent[-1])
        ):
            continue
        end = ent.end
        while end > ent.start + 1 and (
            sdoc[end - 1].is_punct or sdoc[end - 1].is_space or sdoc[end - 1].lower_ in {"'s", "’s"}
        ):
            end -= 1
        start = (
            ent.start + 1
            if ent[0].lower_ in {"the", "a", "an"} and end - ent.start > 1
            else ent.start
        )
        cand = Candidate(start, end, None, "ner", ent.label_.lower())
        inside = [c for c in taken if c.overlaps(cand)]
        if not inside:
            if ent.label_ == "ORG":
                cand.country = _possessing_state(kb, sdoc, start, taken)
            out.append(cand)
            continue
        contained = all(cand.start <= c.start and c.end <= cand.end for c in inside)
        seats = [c for c in inside if c.kind == "seat"]
        weak = all(c.kind in {"state", "seat"} or _is_weak_match(kb, c) for c in inside)
        longer = sum(c.end - c.start for c in inside) < cand.end - cand.start
        # A span opening in lower case describes rather than names ("the foreign ministry of
        # Uzbekistan"): `drop_descriptions` drops it, so it takes no state from inside it (the
        # state stayed unread, and the ministry with it; stop 67, lead, probes of our own).
        described = (
            ent.label_ == "ORG"
            and sdoc[cand.start].is_alpha
            and sdoc[cand.start].text[:1].islower()
            and all(c.start > 0 and sdoc[c.start - 1].lower_ == "of" for c in inside)
        )
        if ent.label_ in {"ORG", "NORP"} and contained and weak and longer and not described:
            states = [c for c in inside if c.kind == "state"]
            cand.country = states[0].actor_id if states else None  # a state's id is its ISO3
            words = [t.text for t in sdoc[cand.start : cand.end] if not _in(t.i, states + seats)]
            own_sector = name_sector(words)  # "Nigerian Labour Congress": a union
            if seats and not own_sector:
                # a capital inside a name stands for its government ("Kyiv Post" aside) unless
                # the rest names an organisation of its own kind
                continue
            if seats and cand.country is None:
                # "The Harare Railway Workers Union": a union named for a capital is that
                # capital's state's (round r16, args20: such a union had no actor, own37 tune)
                seat = kb.get(seats[0].actor_id) if seats[0].actor_id else None
                cand.country = seat.country if seat else None
            cand.sector = own_sector or role_sector(kb, words)
            if states and cand.sector in STATE_SECTORS and len(words) <= 2 and not own_sector:
                # "Pakistan Army", "US Congress": the state's own institution.
                cand.actor_id = f"{states[0].actor_id}.{cand.sector}"
                cand.how, cand.kind = "kb+noun", "state"
            else:
                cand.kind, cand.how = "org-of-state", "ner"
            out.append(cand)
            for c in inside:
                if c.kind == "seat":
                    c.how = "in-name"  # still a place: it tells the sentence's country
                else:
                    taken.remove(c)
    return out + _untagged_gatherings(sdoc, [*taken, *out])


def _untagged_gatherings(sdoc: Doc, taken: list[Candidate]) -> list[Candidate]:
    """ "The Third World Water Forum concluded that ...": a capitalised name ending in a gathering
    noun that speaks (`not_actors.speaking_gathering`) and that the tagger left without an entity
    (round r17, args21, PLOVER gold tune)."""
    out = []
    for tok in sdoc:
        if tok.ent_type_ or not speaking_gathering(tok):
            continue
        start = tok.i
        while (
            start > 0
            and sdoc[start - 1].text[:1].isupper()
            and sdoc[start - 1].dep_ in {"compound", "amod"}
            and start - 1 < sdoc[start - 1].head.i <= tok.i
        ):
            start -= 1
        cand = Candidate(start, tok.i + 1, None, "ner", "org")
        if start < tok.i and not any(c.overlaps(cand) for c in taken):
            out.append(cand)
    return out


# Sectors with an institution actor per state: "Pakistan Army" is PAK.MIL, not a new actor.
STATE_SECTORS = {"GOV", "MIL", "INT", "COP", "LEG", "JUD"}


def _is_weak_match(kb: KnowledgeBase, c: Candidate) -> bool:
    """A name known only from Phoenix: easily a part of a longer organisation's name, whether
    one word ("Organization", "Tigers") or more ("Revolutionary Army" inside "Sindhudesh
    Revolutionary Army", a different group)."""
    if not c.actor_id:
        return False
    return all(e.priority >= 2 for e in kb.lookup_id_entries(c.actor_id))


def _in(i: int, cands: list[Candidate]) -> bool:
    return any(c.start <= i < c.end for c in cands)


def _owner(cands: list[Candidate], i: int) -> Candidate | None:
    for c in cands:
        if c.start <= i < c.end:
            return c
    return None


def _span_root(sdoc: Doc, cand: Candidate) -> Token:
    """The last token whose head lies outside the span ("US" in "The US", not "The")."""
    outside = [t for t in sdoc[cand.start : cand.end] if not cand.start <= t.head.i < cand.end]
    return outside[-1] if outside else sdoc[cand.end - 1]


def _group_noun(sdoc: Doc, cand: Candidate, cands: list[Candidate]) -> Token | None:
    """The noun a state or group modifies ("Pakistani [border guards]", "Taliban [forces]")."""
    root = _span_root(sdoc, cand)
    head = root.head
    if root.dep_ not in {"amod", "compound", "poss", "nmod", "npadvmod"}:
        return None
    if head.i < cand.end or not _noun_in_place(head) or head.i - cand.end > 4:
        return None
    for j in range(cand.end, head.i + 1):
        other = _owner(cands, j)
        # An unknown organisation ("Congress" in "US Congress") may be absorbed, nothing else;
        # a later conjunct of the name ("Thai and [Cambodian] troops") lies between them too
        # and leaves the first its noun (stop 56, lead: "Thai" kept no sector).
        if other is not None and not (other.actor_id is None and other.kind == "org"):
            if not _later_conjunct(sdoc, other, root):
                return None
    return head


# Where a word stands as a noun phrase's head: a word the tagger took for an adjective there is a
# noun ("Chad's junta freed ...": "junta" tagged ADJ as a subject, so the state kept no body).
_NOUN_SLOTS = {"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj"}


def _noun_in_place(tok: Token) -> bool:
    """A noun, or a word the tagger read as an adjective in a noun's slot with a possessor on it
    ("Niger's junta"; stop 56, lead)."""
    if tok.pos_ in {"NOUN", "PROPN"}:
        return True
    return (
        tok.pos_ == "ADJ"
        and tok.dep_ in _NOUN_SLOTS
        and any(c.dep_ == "poss" for c in tok.children)
    )


def _later_conjunct(sdoc: Doc, other: Candidate, root: Token) -> bool:
    """Whether a candidate is a conjunct of `root` after it ("Cambodian" of "Thai and Cambodian
    troops")."""
    other_root = _span_root(sdoc, other)
    return other_root.dep_ == "conj" and other_root.head.i == root.i and other_root.i > root.i


def _noun_right_after(sdoc: Doc, cand: Candidate, cands: list[Candidate]) -> Token | None:
    """The parse's fallback: common nouns right after the name ("Pakistani border guards" when
    the parser made "Pakistani" a conjunct of an earlier name), an adjective before a noun
    among them ("Azerbaijani foreign ministers": the second of two joined nationalities, whose
    noun began with an adjective, kept no sector and split the noun off as a party of no
    state)."""
    last = None
    for j in range(cand.end, min(cand.end + 3, len(sdoc))):
        t = sdoc[j]
        if _in(j, cands):
            break
        if t.pos_ == "ADJ" and j + 1 < len(sdoc) and sdoc[j + 1].pos_ == "NOUN":
            continue  # "Armenian and Azerbaijani [foreign ministers]" (stop 57, lead)
        if t.pos_ != "NOUN":
            break
        last = t
    return last


def _ethnic_group(sdoc: Doc, cand: Candidate) -> None:
    """ "ethnic Albanians", "ethnic Tajiks": people of an ethnic group, wherever they live, not
    the state of that name (issue 9, stop 69, lead: "Serbian police detained three ethnic
    Albanians" had Albania as the target). The state's plural name right after "ethnic" becomes
    an unknown group of civilians, whose country is the sentence's or none."""
    if cand.kind != "state" or cand.start < 1 or sdoc[cand.start - 1].lower_ != "ethnic":
        return
    if sdoc[cand.end - 1].tag_ not in {"NNS", "NNPS"}:
        return
    cand.start -= 1
    cand.actor_id, cand.kind, cand.how, cand.sector = None, "norp", "ethnic", "CVL"


def _noun_of_misparsed_pair(sdoc: Doc, cand: Candidate, cands: list[Candidate]) -> Token | None:
    """ "Kyrgyz and Tajik border guards": the parser makes the first nationality the noun and the
    second's noun phrase its conjunct, so the first kept no noun and stood for its whole state
    (issue 9, stop 69, lead: of two border forces that exchanged fire, one was the state). The
    noun is the conjunct's head when that phrase opens with another state's name right after
    the conjunction and the first name modifies nothing."""
    root = _span_root(sdoc, cand)
    if any(c.dep_ in {"amod", "compound", "poss"} for c in root.children):
        return None
    nxt = cand.end + 1
    if nxt >= len(sdoc) or sdoc[cand.end].lower_ not in {"and", "or"}:
        return None
    other = _owner(cands, nxt)
    if other is None or other.kind != "state" or other.start != nxt:
        return None
    for conj in root.children:
        if conj.dep_ == "conj" and conj.tag_ == "NNS" and other.end <= conj.i <= other.end + 2:
            return conj
    return None


def _armed_group_sector(kb: KnowledgeBase, words: list[str]) -> str | None:
    """ "Chadian gunmen", "Haitian gangs", "Congolese militias": a nationality on a noun our own
    list (`generic_actors.yaml`) gives as an armed group names an armed group of that country,
    whatever the role index says (it lacks "gunmen" and "militias", so the state itself became
    the attacker, and reads "gangs" as civilians; stop 54 lead, probes of our own). REB, or None
    for any other noun."""
    own = generic_sector(kb, [w.lower() for w in words])
    return "REB" if own is not None and own[0] == "REB" else None


def _widen_with_noun(kb: KnowledgeBase, sdoc: Doc, cand: Candidate, cands: list[Candidate]) -> None:
    head = (
        _group_noun(sdoc, cand, cands)
        or _noun_right_after(sdoc, cand, cands)
        or _noun_of_misparsed_pair(sdoc, cand, cands)
    )
    if head is None:
        return
    between = sdoc[cand.end : head.i + 1]
    words = [t.text for t in between if t.text not in {"'s", "’s"}]
    sector = _armed_group_sector(kb, words) or role_sector(kb, words)
    last_two = " ".join(words[-2:]).lower()
    if sector is None and cand.kind == "state" and words and (
        words[-1].lower() in weapon_nouns() or last_two in weapon_nouns()
    ):
        sector = "MIL"  # "Ukrainian drones", "a Turkish drone strike": its military
    if sector is None and cand.kind == "state" and words[-1:] == [head.text] and (
        head.lemma_.lower() in _COUNTERPART_NOUNS
    ):
        sector = _counterpart_sector(sdoc, cand, cands)
    if sector is None:
        return
    coordinated = any(t.pos_ == "CCONJ" or t.is_punct for t in between)
    # A sibling conjunct ("Hungarian and Romanian officials") takes the sector, not the span.
    root = _span_root(sdoc, cand)
    conj_of_head = root.dep_ == "conj" and root.head.i > root.i
    # Only capitalised words name a body: "the Nigerian Labour Congress" is a union, but in
    # "Bolivia's former mining minister" the lower-case portfolio describes an official of the
    # state (stop 37: such ministers came out as companies, BUS, and kept no government sector).
    own_sector = name_sector([w for w in words if w[:1].isupper()])
    if cand.kind == "state" and own_sector and not coordinated:
        # "the Nigerian Labour Congress" parsed as "Nigerian" + "Congress": a body of its own
        # (a union), of that state, not the state's legislature.
        cand.country, cand.sector = cand.actor_id, own_sector
        cand.actor_id, cand.kind, cand.how = None, "org-of-state", "kb+noun"
    elif cand.kind == "state":
        cand.actor_id = f"{cand.actor_id}.{sector}"
        cand.how = "kb+noun"
    elif cand.kind == "organisation" and sector in _OWN_MEMBERS_SECTORS:
        cand.how = "kb+noun"
    else:
        return
    if not coordinated and not conj_of_head:
        cand.end = head.i + 1


# "his Iraqi counterpart": the holder of the same office in another state.
_COUNTERPART_NOUNS = {"counterpart"}


def _counterpart_sector(sdoc: Doc, cand: Candidate, cands: list[Candidate]) -> str:
    """The sector of "his Togolese counterpart": that of the office named before it in the
    sentence ("Ghana's defence chief met his Togolese counterpart" is Togo's military), else
    the government's, whose ministers and presidents most counterparts are (issue 9, stop 69,
    lead: the counterpart was read as the whole state, so a meeting of two foreign ministers
    had a state for one party and a government for the other, and one outlet's "Iraqi foreign
    minister" and another's "his Iraqi counterpart" named two actors)."""
    sent_start = sdoc[cand.start].sent.start
    for c in sorted(cands, key=lambda c: -c.start):
        if not sent_start <= c.start < cand.start:
            continue
        if c.actor_id and c.kind == "state" and "." in c.actor_id:
            return c.actor_id.split(".", 1)[1]
        if c.sector and c.kind in {"person", "ner-person", "org-of-state"}:
            return c.sector
    return "GOV"


def _office_of_person_before(
    span: Span, mentions: list[ActorMention], people: set[str]
) -> str | None:
    """The sector of the person named nearest before a counterpart in its sentence, when no
    other party with a sector stands between them: "India's army chief General X met his
    Nepali counterpart" is Nepal's military. The candidates' reading (`_counterpart_sector`)
    runs before titles are read and before the knowledge base dates a person's office, so a
    named officer's counterpart fell back to the government (issue 9, stop 70, lead)."""
    sent_start = span.sent.start_char
    for m in sorted(mentions, key=lambda m: -m.start):
        if m.start < sent_start or m.end > span.start_char or m.sector is None:
            continue
        return m.sector if m.actor_id in people else None
    return None


def _role_window(sdoc: Doc, cand: Candidate, cands: list[Candidate]) -> int:
    """Start of the role phrase right before a person's name (== cand.start when none)."""
    # Not bounded by spaCy's sentences: the parser often ends one at "(ISI)" before a name.
    i = cand.start - 1
    while i >= 0 and cand.start - i <= _MAX_ROLE_TOKENS:
        t = sdoc[i]
        if t.text in {".", "!", "?", ";", ":"} or "\n" in t.text or "\n" in t.whitespace_:
            break
        if _spaced_dash(sdoc, i):
            break
        other = _owner(cands, i)
        if other is not None and other.kind in {"person", "ner-person"}:
            break
        if t.lower_ in _ROLE_GLUE or (other is not None and other.kind != "seat"):
            i -= 1
            continue
        if t.pos_ in {"PROPN", "NOUN", "ADJ"} and t.text[:1].isupper() or t.pos_ == "NOUN":
            i -= 1
            continue
        break
    start = i + 1
    # Trim what cannot begin a role phrase.
    while start < cand.start and sdoc[start].lower_ in _ROLE_GLUE:
        start += 1
    return start


def _spaced_dash(sdoc: Doc, i: int) -> bool:
    """A dash with a space on each side ("TBILISI, 5 December - Deputy Foreign Minister X",
    "12:30 - Opposition MP Y") parts a dateline or a live blog's time stamp from the sentence;
    no role phrase runs across it (a hyphen inside a title, "Vice-President", has no spaces).
    Issue 9, round r17 (reader21, reader_own16 tune: the stamp was read into the person's name)."""
    t = sdoc[i]
    return t.text in {"-", "–", "—"} and i > 0 and bool(sdoc[i - 1].whitespace_) and bool(t.whitespace_)


def _apply_role(
    kb: KnowledgeBase, sdoc: Doc, cand: Candidate, cands: list[Candidate], start: int, end: int
) -> bool:
    """Read country and sector from a role phrase [start, end); True when it says either."""
    inside = [
        c
        for c in cands
        if c is not cand and start <= c.start and c.end <= end and not _body_word(kb, sdoc, c)
    ]
    words = [t.text for t in sdoc[start:end] if not _in(t.i, inside)]
    sector = role_sector_anywhere(kb, words) if words else None
    country = None
    for c in inside:
        actor = kb.get(c.actor_id) if c.actor_id else None
        if actor is None:
            if c.kind in {"org", "org-of-state", "norp"} and is_group_name(
                sdoc[c.start : c.end].text
            ):
                # The spokesman *of an unknown group* ("of Tehrik-e-Jihad Pakistan") speaks
                # for the group, not a government: its country, and no state sector.
                sector, country = None, c.country or country
                cand.country, cand.sector, cand.affiliated = country, None, True
                return True
            continue
        if c.kind == "organisation" and actor.sector and actor.kind != "person":
            # The organisation's own sector wins: the director general *of the ISI* is INT; a
            # UN envoy is the UN's, whatever his own country.
            sector, country = actor.sector, actor.country or country
            if sector in {"IGO", "NGO"}:
                cand.country, cand.sector, cand.affiliated = None, sector, True
                return True
        elif c.kind == "state":
            country = country or actor.country
            if c.actor_id and "." in c.actor_id:  # "Pakistan army's ..." already widened
                sector = sector or actor.sector
    if country is None and sector is None:
        return False
    cand.country = country or cand.country
    cand.sector = sector or cand.sector
    cand.affiliated = cand.affiliated or bool(inside)
    return True


def _body_word(kb: KnowledgeBase, sdoc: Doc, c: Candidate) -> bool:
    """An unknown "organisation" that is only a force's common noun, which the tagger marks in
    a title ("India's navy chief", "Army chief General X"): part of the role phrase, not a
    body of its own. Read as one, the title lost its sector and, the noun being a group word,
    the person his country (issue 9, stop 70, lead: the person and his counterpart came out
    with no sector or the government's)."""
    words = [t.text for t in sdoc[c.start : c.end]]
    return c.actor_id is None and phrase_sector(role_index(kb), words) is not None


def _possessing_state(
    kb: KnowledgeBase, sdoc: Doc, start: int, cands: list[Candidate]
) -> str | None:
    """ "Belarus's State Border Committee", "Minsk's State Border Committee": a body the KB does
    not know, named right after the possessive of a state or of its capital, is that state's.
    The tagger leaves the possessive out of the organisation, so the body had no country and, as
    the doer of an arrest, could not match "Belarusian border guards" of another report (round
    r30, fuse29: fusion_own24 tune). Only a state or a seat (the possessor's actor has a country
    and no sector): a person's or a company's possessive says nothing of a state."""
    if start < 1 or sdoc[start - 1].lower_ not in {"'s", "’s"}:
        return None
    for c in cands:
        # the possessor's candidate ends before the "'s" or holds it ("Belarus's")
        if c.end not in {start - 1, start} or c.start >= start - 1 or not c.actor_id:
            continue
        if c.kind == "state" and "." not in c.actor_id:
            return c.actor_id  # a state's id is its ISO3
        actor = kb.get(c.actor_id)
        if actor is None or not actor.country:
            continue
        if c.kind == "seat" or (actor.sector is None and actor.kind != "person"):
            return actor.country
    return None


def _state_after_of(sdoc: Doc, cand: Candidate, cands: list[Candidate]) -> None:
    """"King Hassan of Morocco", "President Kagame of Rwanda": the state after "of" is the
    person's, whatever a namesake in the KB holds (issue 9, round r13, PLOVER tune)."""
    i = cand.end
    if i + 1 >= len(sdoc) or sdoc[i].lower_ != "of":
        return
    j = i + 2 if sdoc[i + 1].lower_ == "the" else i + 1
    state = next((c for c in cands if c.start == j and c.kind == "state"), None)
    if state is not None and state.actor_id and "." not in state.actor_id:
        cand.country, cand.affiliated = state.actor_id, True


def _state_before_named_force(
    kb: KnowledgeBase, sdoc: Doc, cand: Candidate, cands: list[Candidate]
) -> None:
    """ "the Thai Royal Navy", "the Moroccan Royal Navy's coastal squadron": a force the KB knows
    by a name one state's force bears ("Royal Navy", "Royal Air Force": Britain's) told with
    another state's demonym or name right before it, as a modifier of the name, is that state's
    force (issue 9, stop 71, args55: own107 tune; the doer took Britain and the act lost its
    source). Only the KB's armed forces (sector MIL): "a Kenyan United Nations official" is the
    organisation's."""
    if cand.kind != "organisation" or not cand.actor_id or cand.start < 1:
        return
    actor = kb.get(cand.actor_id)
    if actor is None or actor.sector != "MIL" or not actor.country:
        return
    before = sdoc[cand.start - 1]
    if before.dep_ not in {"amod", "compound", "nmod"} or before.head.i not in range(
        cand.start, cand.end
    ):
        return
    state = next((c for c in cands if c.end == cand.start and c.kind == "state"), None)
    if state is None or not state.actor_id or "." in state.actor_id:
        return
    if state.actor_id != actor.country:
        cand.country, cand.affiliated = state.actor_id, True


def _person_roles(kb: KnowledgeBase, sdoc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """Role phrases before people's names (absorbed into the mention) and after them in an
    apposition ("Malik, the director-general of Pakistan's ISI,": read, not absorbed)."""
    absorbed: list[Candidate] = []
    for cand in cands:
        if cand.kind not in {"person", "ner-person"}:
            continue
        _state_after_of(sdoc, cand, cands)
        start = _role_window(sdoc, cand, cands)
        if start < cand.start and _apply_role(kb, sdoc, cand, cands, start, cand.start):
            absorbed += [c for c in cands if c is not cand and start <= c.start < cand.start]
            cand.start = start
            cand.how = "role" if cand.actor_id is None or cand.how == "kb" else cand.how
            if cand.country is not None:
                continue
            # A rank with no country ("Colonel X, a spokesman for Mali's junta,"): the
            # apposition after the name places the person (issue 9, round r13).
        if cand.end + 2 < len(sdoc) and sdoc[cand.end].text == ",":
            end = cand.end + 1
            while end < len(sdoc) and end - cand.end <= _MAX_ROLE_TOKENS:
                t = sdoc[end]
                if t.text in {",", ".", ";"} or t.pos_ in {"VERB", "AUX"}:
                    break
                end += 1
            first = sdoc[cand.end + 1]
            if (
                first.lower_ in {"the", "a", "an"}
                or first.pos_ in {"NOUN", "ADJ"}
                or _possessive_state_role(sdoc, cand.end + 1, cands)
            ):
                _apply_role(kb, sdoc, cand, cands, cand.end + 1, end)
        if cand.country is None:
            _apposed_to_state_role(kb, sdoc, cand, cands)
    return [c for c in cands if all(c is not a for a in absorbed)]


def _apposed_to_state_role(
    kb: KnowledgeBase, sdoc: Doc, cand: Candidate, cands: list[Candidate]
) -> None:
    """A name in apposition after a state's role phrase: "talks with Uganda's trade minister,
    Moses Ssali, in Nairobi": the person holds that state's role (stop 38: the sentence's other
    state had left him none, and his family name later took the country of the town he flew to).
    Not after a body ("Kenya's government, ...")."""
    root = sdoc[cand.start : cand.end].root
    head = root.head
    if root.dep_ != "appos" or head.i >= cand.start or head.lemma_.lower() in GOVERNMENT_NOUNS:
        return
    owner = _owner(cands, head.i)
    if owner is None or owner.kind != "state" or owner.end != head.i + 1 or not owner.actor_id:
        return
    holder = kb.get(owner.actor_id)
    if holder is not None and holder.country:
        cand.country, cand.affiliated = holder.country, True
        cand.sector = cand.sector or holder.sector


def _possessive_state_role(sdoc: Doc, start: int, cands: list[Candidate]) -> bool:
    """An apposition that opens with a state's possessive: "Tomas Perez, Spain's ambassador in
    The Hague,", "Rania Haddad, Jordan's planning minister," (round r13, args17: own31 tune,
    where the person kept no country and the summons lost its target)."""
    owner = _owner(cands, start)
    if owner is None or owner.kind != "state" or owner.start != start:
        return False
    # the state's name alone, or widened with the role it holds ("Spain's ambassador")
    return any(t.lower_ in {"'s", "’s"} for t in sdoc[start : min(owner.end + 1, len(sdoc))])


def _widen_seat(sdoc: Doc, cand: Candidate) -> bool:
    """Keep a seat only where it acts; widen it to its government noun. False: a place."""
    span = sdoc[cand.start : cand.end]
    if not seat_is_actor(span):
        return False
    noun = government_noun(span)
    if noun is not None:
        left = min([noun.i, *[c.i for c in noun.lefts if c.dep_ in {"amod", "compound"}]])
        cand.start, cand.end = min(cand.start, left), max(cand.end, noun.i + 1)
    cand.how = "metonymy"
    return True


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def _day(doc: Document) -> str:
    return doc.published.isoformat() if doc.published else today()


def resolve(kb: KnowledgeBase, actor_id: str, day: str, mentioned: set[str]) -> Actor | None:
    """The actor an id stands for on `day`: de-facto holders, regional branches."""
    actor_id = kb.redirect(actor_id, day)
    for branch, country in kb.branches.get(actor_id, []):
        if branch in mentioned or country in mentioned:
            actor_id = branch
    return kb.get(actor_id)


def find_actors(
    doc: Document, sdoc: Doc, kb: KnowledgeBase
) -> tuple[list[ActorMention], list[Actor]]:
    """Actor mentions in a parsed document, and the unknown actors among them."""
    day = _day(doc)
    table = TokenTable.of(sdoc)
    cands = drop_name_parts(sdoc, kb, match_names(sdoc, kb, table))
    cands += _entity_candidates(kb, sdoc, cands)
    cands += transliterated_names(kb, sdoc, cands)
    cands += acronym_groups(sdoc, cands)
    cands = drop_thing_adjectives(sdoc, drop_descriptions(sdoc, drop_event_names(sdoc, cands)))
    cands = drop_jurisdictions(sdoc, cands)
    cands = drop_wire_agencies(sdoc, cands)
    cands = drop_route_names(sdoc, cands)
    cands = drop_site_names(sdoc, cands)
    cands = drop_feature_names(sdoc, cands)
    cands.sort(key=lambda c: c.start)
    for c in cands:  # people found by NER only: resolved later (coref, fuzzy, family name)
        if c.how == "ner" and c.kind == "person":
            c.kind = "ner-person"
    kept = []
    places: list[tuple[int, str]] = []  # (offset, ISO3) of seats read as places
    for c in cands:
        if c.kind == "seat" and (c.how == "in-name" or not _widen_seat(sdoc, c)):
            # the state holding the seat on the document's day, as the seat read as an actor
            # would be ("Belgrade" is Serbia and Montenegro's in the knowledge base, Serbia's
            # today: read as a place, it told another country than the sentence's Serbian
            # parliament; stop 53 lead, PLOVER gold tune)
            seat = kb.get(kb.redirect(c.actor_id, day)) if c.actor_id else None
            if seat and seat.country:
                places.append((sdoc[c.start].idx, seat.country))
            continue
        kept.append(c)
    for c in kept:
        _ethnic_group(sdoc, c)
        if c.kind in {"state", "organisation"}:
            _widen_with_noun(kb, sdoc, c, kept)
    widened = [c for c in kept if c.how == "kb+noun"]
    kept = [c for c in kept if c.how == "kb+noun" or not any(w.overlaps(c) for w in widened)]
    kept = join_dual_nationals(sdoc, kept, places)
    settle_namesakes(kb, sdoc, kept, places)  # "Congo" beside Goma and the M23 is Kinshasa's
    for c in kept:
        _state_before_named_force(kb, sdoc, c, kept)
    kept = _person_roles(kb, sdoc, kept)
    return _to_mentions(doc, sdoc, kb, kept, day, places, table)


def _to_mentions(
    doc: Document,
    sdoc: Doc,
    kb: KnowledgeBase,
    cands: list[Candidate],
    day: str,
    places: list[tuple[int, str]],
    table: TokenTable,
) -> tuple[list[ActorMention], list[Actor]]:
    person_ents = [(e.start, e.end) for e in sdoc.ents if e.label_ == "PERSON"]
    name_spans = {id(c): _name_part(sdoc, c, person_ents) for c in cands}
    # Names that may need the fuzzy matcher, matched against the KB in one call.
    prefetch_fuzzy(
        kb, [name_spans[id(c)].text for c in cands if c.actor_id is None and c.kind == "ner-person"]
    )
    mentioned = {c.actor_id for c in cands if c.actor_id}
    mentioned |= {a.split(".")[0] for a in mentioned}
    short_names = ShortNames()
    antecedents: dict[str, tuple[str | None, str | None]] = {}  # person -> as last named in full
    in_doc_people: list[tuple[str, str]] = []
    mentions: list[ActorMention] = []
    new: dict[str, Actor] = {}
    for c in sorted(cands, key=lambda c: c.start):
        span = sdoc[c.start : c.end]
        text = span.text
        how = c.how
        actor_id = c.actor_id
        name_span = name_spans[id(c)]
        # A family name named in full before: also when the recogniser tags it an organisation
        # as it comes back alone ("... minister, Hassan Ali Joho, ... Joho later flew to
        # Kampala": stop 38, reader_own7 tune once a royal's one-word KB name no longer took
        # the full name).
        lone_org = c.kind == "org" and c.how == "ner" and c.end - c.start == 1
        if actor_id is None and (c.kind == "ner-person" or lone_org):
            actor_id = short_names.find(name_span.text, span.start_char)
            how = "coref" if actor_id else how
        if actor_id is None and c.kind == "ner-person":
            hit = fuzzy_person(kb, name_span.text, in_doc_people)
            if hit:
                actor_id, how = hit[0], "fuzzy" if how == "ner" else f"{how}+fuzzy"
            else:
                actor_id = surname_person(kb, name_span.text, day)
                how = f"{how}+surname" if actor_id else how
        actor = resolve(kb, actor_id, day, mentioned) if actor_id else None
        if actor is None and how == "coref" and actor_id in new:
            actor = new[actor_id]  # a family name of a person the document named in full
        if actor is None:
            actor = _new_actor(c, name_span.text, new)
            _read_context(sdoc, c, actor)
        country, sector = actor.country, actor.sector
        if c.how == "kb+noun" and sdoc[c.end - 1].lemma_.lower() in _COUNTERPART_NOUNS:
            office = _office_of_person_before(span, mentions, {p for _, p in in_doc_people})
            held = kb.get(f"{country}.{office}") if office and office != sector else None
            if held is not None:
                actor, sector = held, office
        if country is None and actor.kind not in {"igo", "person"} and actor.sector != "IGO":
            # (an ethnic group's name holds a state's, which is not its country)
            country = None if c.how == "ethnic" else _country_in_name(kb, actor.name)
        roles = kb.dated_roles(actor.actor_id) if actor.actor_id in kb.roles else []
        if roles:
            role = current_role(roles, day)
            if role:
                country, sector = role.country or country, role.sector or sector
        if c.affiliated:  # "Pakistani Foreign Minister X": what the text says beats the KB
            country, sector = c.country or country, c.sector or sector
            if sector in {"IGO", "NGO"}:
                country = c.country
        elif c.country or c.sector:  # a bare title ("commander X") only fills gaps
            country, sector = country or c.country, sector or c.sector
        if how == "coref" and actor_id in antecedents:
            country, sector = antecedents[actor_id]
        if sector is None and actor.kind != "person" and c.kind not in {"person", "ner-person"}:
            sector = name_sector(actor.name.split())  # "Kibo Mining Corp", "Washington Post"
        if sector is None and actor.actor_id.startswith("new:"):
            sector = _igo_leading_name(kb, actor.name)  # "United Nations Relief Coordinator"
        if actor.kind == "person" or c.kind in {"person", "ner-person"}:
            short_names.add(name_span.text, actor.actor_id, span.start_char)
            if how != "coref":
                antecedents[actor.actor_id] = (country, sector)
            in_doc_people.append((name_span.text, actor.actor_id))
        mentions.append(
            ActorMention(
                doc_id=doc.doc_id,
                start=span.start_char,
                end=span.end_char,
                text=text,
                actor_id=actor.actor_id,
                name=actor.name,
                country=country,
                sector=sector,
                wikidata=actor.wikidata,
                how=how,
            )
        )
    mentions = _national_societies(sdoc, mentions)
    mentions += _short_name_mentions(doc, table, mentions, short_names)
    mentions.sort(key=lambda m: m.start)
    mentions += _group_mentions(doc, sdoc, table, kb, mentions, new)
    mentions += _body_mentions(sdoc, table, mentions)
    mentions += generic_mentions(doc.doc_id, sdoc, kb, mentions)
    issuer = statement_issuer(kb, doc_text(sdoc))
    if issuer is not None:  # "the Government" of a press release is its issuer's
        mentions += issuer_mentions(doc.doc_id, sdoc, kb, issuer, mentions)
    mentions.sort(key=lambda m: m.start)
    mentions += _title_mentions(sdoc, mentions)
    mentions += divided_state_mentions(doc.doc_id, sdoc, kb, mentions, places)
    mentions.sort(key=lambda m: m.start)
    _country_from_sentence(sdoc, mentions, new, places)
    for actor in settle_ids(kb, mentions):
        new[actor.actor_id] = actor
    # Names the text gives one actor ("the NRF, formerly known as the Northern Alliance") join
    # here, before events read the mentions; aliases other documents stated come next.
    join_aliases(kb, table.text, mentions, {k: a.kind for k, a in new.items()})
    apply_learnt(kb, mentions)
    named = {m.actor_id for m in mentions}
    return mentions, [a for a in new.values() if a.actor_id in named]


def _national_societies(sdoc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """"the Turkish Red Crescent", "the American Red Cross": a demonym right before a known
    NGO's name names that NGO's national society, of the demonym's state (issue 9, round r13,
    actors_check2 tune: the demonym was left a mention of its own)."""
    out: list[ActorMention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        prev = out[-1] if out else None
        if (
            prev is not None
            and m.sector == "NGO"
            and not m.actor_id.startswith("new:")
            and prev.actor_id == prev.country
            and not doc_text(sdoc)[prev.end : m.start].strip()
        ):
            text = doc_text(sdoc)[prev.start : m.end]
            m.start, m.text, m.country = prev.start, text, prev.country
            out[-1] = m
            continue
        out.append(m)
    return out


def _country_from_sentence(
    sdoc: Doc, mentions: list[ActorMention], new: dict[str, Actor], places: list[tuple[int, str]]
) -> None:
    """An unknown actor with no country of its own ("Hausa politicians", "President Mugabe")
    takes the country of its sentence when the sentence names exactly one (as a state, a
    demonym, an institution or a place such as "in Algiers"): the convention of event coders,
    who code local actors by where the event is set. One whose own phrase places it ("protesters
    in Baghdad") takes that place's country first, whatever else the sentence names."""
    seat_country = dict(places)
    for m in mentions:
        if m.actor_id.startswith("new:") and m.country is None and m.how != ORIGIN_NAMED:
            country = _located_in(sdoc, m, seat_country)
            if country and m.sector not in {"IGO", "NGO"}:
                m.country = country
                m.how += "+place"
    _role_named_before(sdoc, mentions)
    # A name given back ("The council also asked ... against Guyana") is the actor its first
    # mention placed ("Venezuela's National Defence Council"), not its own sentence's only
    # state (issue 9, round r9: reader_own8 tune): names given back are placed last.
    _sentence_country(sdoc, mentions, places, given_back=False)
    placed: dict[str, str] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.how == "coref" and m.country is None and m.actor_id in placed:
            m.country = placed[m.actor_id]
        elif m.country is not None and m.actor_id not in placed:
            placed[m.actor_id] = m.country
    _sentence_country(sdoc, mentions, places, given_back=True)




def _role_named_before(sdoc: Doc, mentions: list[ActorMention]) -> None:
    """ "Kenyan police have stepped up checks .... The police arrested three Somali traders": a
    force named again by its role alone, with "the" and no country of its own, opening a later
    sentence is the force the previous sentence named with its country, of the same sector; the
    later sentence's one country (the traders') is whom it acts on, not its home (round r38,
    args42: stop 57's leftover and own81 tune, "The officers" after "Moldova's border police")."""
    text = doc_text(sdoc)
    sents = list(sdoc.sents)
    for before, sent in zip(sents, sents[1:], strict=False):
        earlier = [m for m in mentions if before.start_char <= m.start < before.end_char
                   and m.country and m.sector in FORCE_SECTORS and not m.country_from_context]  # fmt: skip
        for m in mentions:
            if not (sent.start_char <= m.start < sent.end_char) or m.country is not None:
                continue
            if not m.how.startswith("generic") or m.sector not in FORCE_SECTORS:
                continue
            if text[sent.start_char : m.start].strip().lower() != "the":
                continue
            same = {e.country for e in earlier if e.sector == m.sector}
            if len(same) == 1:
                m.country = same.pop()


def _sentence_country(
    sdoc: Doc, mentions: list[ActorMention], places: list[tuple[int, str]], given_back: bool
) -> None:
    """The sentence's one country for its unknown actors with none (names given back, or the
    others)."""
    for sent in sdoc.sents:
        inside = [m for m in mentions if sent.start_char <= m.start < sent.end_char]
        # a state named as where goods or craft are bound is no home of the parties acting on
        # them ("The navy intercepted a dhow headed for Yemen": not Yemen's navy)
        named = [
            m
            for m in inside
            if m.country
            and not m.actor_id.startswith("new:")
            and m.how != DUAL_NATIONAL
            and not _bound_for(sdoc, m.start, m.end)
            and not _backer(sdoc, m)
        ]
        here = [
            (offset, c)
            for offset, c in places
            if sent.start_char <= offset < sent.end_char
            and not _bound_for(sdoc, offset, offset + 1)
        ]
        placed = {c for _, c in here}
        placed_at = [offset for offset, _ in here]
        countries = {m.country for m in named} | placed
        if len(countries) != 1:
            continue
        if not placed and all(_posted_abroad(sdoc, m) for m in named):
            continue  # the one country is an envoy's: the others beside him are the host's
        (country,) = countries
        for m in inside:
            if (
                m.actor_id.startswith("new:")
                and m.country is None
                and m.sector not in {"IGO", "NGO"}
                and m.how != ORIGIN_NAMED
                and (m.how == "coref") == given_back
                and not _posted_abroad(sdoc, m)
                and (placed or not _acted_on_by(sdoc, m, named))
                and (placed or not _doers_on_the_named(sdoc, m, named))
                and not _visits_the_named(sdoc, m, named, placed_at)
            ):
                m.country = country
                m.how += CONTEXT_GUESS


# How an act reaches what it is done to: the object of a verb, the subject of a passive, or an
# "of" / "at" / "on" phrase ("the detention of nine fishermen", "shot at a fishing boat").
_ACTED_ON_DEPS = {"dobj", "nsubjpass"}
_ACTED_ON_PREPS = {"of", "at", "on"}
# Only people named by a generic noun ("migrants", "fishermen", "refugees"): a person named
# ("arrested Mohamed Kargbo") and a craft ("a second Murmansk vessel") kept their guess, which
# fusion_own8's tune part needed (a named detainee lost his country and a second seized vessel
# joined the first).
_PEOPLE_SECTORS = {"CVL", "REF"}


# Sectors of unnamed armed groups ("militants", "gunmen", "bandits").
_ARMED_SECTORS = {"REB", "UAF", "INS", "TER"}
# ... and of a state's forces named by role alone ("The navy seized a Vietnamese trawler",
# "Coast guards detained a Chinese fishing boat"): the flag or nationality of what they act on is
# no more their home than the victims' is the attackers' (stop 60, lead, probe sentences written
# as wire text: the navy was Viet Nam's).
_DOER_SECTORS = _ARMED_SECTORS | FORCE_SECTORS


def _doers_on_the_named(sdoc: Doc, m: ActorMention, named: list[ActorMention]) -> bool:
    """Whether the unknown party is an armed group, or a state's force named by role, whose act's
    object holds every named party of the sentence ("Militants abducted two Chinese engineers",
    "Gunmen shot dead three Nepali guards"): the nationality of the people acted on is no evidence of where the attackers come
    from (lead, stop 59, probe sentences written as wire text). So for a state's force named by
    role ("The navy seized a Vietnamese trawler": stop 60, lead). Only the act's subject: the
    police of "..., police said" still take the sentence's one country (stop 58's first form of
    this read all parties and lost it)."""
    if not m.how.startswith("generic") or m.sector not in _DOER_SECTORS or not named:
        return False
    span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "nsubj":
        return False
    objects = [c for c in span.root.head.children if c.dep_ in {"dobj", "obj"}]
    return all(any(n.start <= t.idx < n.end for o in objects for t in o.subtree) for n in named)


# Verbs of an official's journey and the prepositions of where it goes ("flew to Ankara",
# "arrived in Kigali", "left for Doha"; "visited Kigali" by its object). Our own lists.
_JOURNEY_VERBS = frozenset({"travel", "fly", "arrive", "visit", "journey", "head", "go", "leave"})
_OFFICIAL_SECTORS = {"GOV", "LEG"}


def _visits_the_named(
    sdoc: Doc, m: ActorMention, named: list[ActorMention], placed_at: list[int]
) -> bool:
    """Whether the unknown party is an official named by role ("The president", "The foreign
    minister") who travels to, or visits, where every state and place the sentence names lies,
    with whom he meets there ("The president flew to Ankara for talks with Turkish officials"):
    the host is no evidence of the traveller's home (stop 67, lead, probe sentences written as
    wire text: the president was Turkey's). A state's force that goes somewhere is left to the
    coders' convention (police arriving at a square are the place's), and so is a journey to a
    place alone ("The president flew to Goma": often at home)."""
    if not m.how.startswith("generic") or m.sector not in _OFFICIAL_SECTORS:
        return False
    span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "nsubj":
        return False
    verb = span.root.head
    if verb.lemma_.lower() not in _JOURNEY_VERBS:
        return False
    subject = {t.i for t in span.root.subtree}
    rest = [t for t in verb.subtree if t.i not in subject and t.i != verb.i]
    if not rest:
        return False
    lo, hi = rest[0].idx, rest[-1].idx + len(rest[-1].text)
    # a state, or its officials, named beside the place: a seat alone ("flew to Goma") or a force
    # met there ("to meet Congolese troops") is as often a journey at home
    offsets = [n.start for n in named] + placed_at
    hosts = bool(named) and all(n.sector in {None, *_OFFICIAL_SECTORS} for n in named)
    return hosts and all(lo <= o < hi for o in offsets)


def _acted_on_by(sdoc: Doc, m: ActorMention, named: list[ActorMention]) -> bool:
    """Whether the unknown party is what a named state's party of the sentence does something to
    ("In 2030 Botswana deported 90 migrants", "The detention of nine porters by Spanish
    gendarmes", "Turkmen patrol boats shot at a fishing boat"): the doer's state is no evidence
    of where the people or craft it acts on come from, and one report's guess then conflicted
    with another's named origin (issue 9, stop 55, fuse34: stop 54's leftover and fusion_own29
    tune). A place the sentence names still places them, by the coders' convention."""
    if not m.how.startswith("generic") or m.sector not in _PEOPLE_SECTORS:
        return False
    span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.root.lower_ not in word_list("moved_people_words.txt"):
        return False
    tok = span.root
    if tok.dep_ in _ACTED_ON_DEPS:
        act = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ in _ACTED_ON_PREPS:
        act = tok.head.head
    else:
        return False
    doers = [c for c in act.children if c.dep_ == "nsubj"]
    doers += [
        g
        for c in act.children
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return any(
        n.start <= t.idx < n.end for d in doers for t in d.subtree for n in named
    )


def _posted_abroad(sdoc: Doc, m: ActorMention) -> bool:
    """An envoy of a state ("the Dutch ambassador", "two Russian diplomats") serves in another
    state: the unnamed parties dealing with him ("The ministry summoned the Dutch ambassador")
    are the host's, so his country is not the sentence's one country, and an unnamed envoy
    ("Hungary blocked the statement, diplomats said") is as likely the host's as the named
    state's, so he takes none (stop 46, lead; the heads are `envoy_words.txt` of the places
    stage)."""
    span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and span.root.lemma_.lower() in word_list("envoy_words.txt")


def _backer(sdoc: Doc, m: ActorMention) -> bool:
    """ "Russian-backed separatists": the state backs the party, it is not where the sentence is
    set (`generic.backer_state`)."""
    span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and backer_state(sdoc, span.end)


def _bound_for(sdoc: Doc, start: int, end: int) -> bool:
    """Whether the name at these offsets is where goods or craft are bound ("cocaine bound for
    Spain", "a dhow headed for Yemen"): the object of "for"/"to" under such a participle. The
    parties acting on the goods ("Police seized ...", "The navy intercepted ...") are not that
    state's; they took its country when it was the sentence's only one (stop 47, lead, from
    wire probes)."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    while tok.dep_ == "compound" and tok.head is not tok:
        tok = tok.head
    prep = tok.head
    return (
        tok.dep_ == "pobj"
        and prep.lower_ in {"for", "to"}
        and prep.head.dep_ == "acl"
        and prep.head.lower_ in word_list("destination_participles.txt")
    )


# Prepositions that place a party ("demonstrators in Baghdad", "students from Kabul").
_LOCATING_PREPS = {"in", "from"}


def _located_in(sdoc: Doc, m: ActorMention, seat_country: dict[int, str]) -> str | None:
    """The country of the seat the mention's own phrase places it in, if any."""
    span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return None
    for prep in span.root.children:
        if prep.dep_ == "prep" and prep.lower_ in _LOCATING_PREPS:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    first = min(t.idx for t in obj.subtree)
                    hit = seat_country.get(obj.idx) or seat_country.get(first)
                    if hit:
                        return hit
    return None


def _country_in_name(kb: KnowledgeBase, name: str) -> str | None:
    """The state an organisation's own name places it in ("Palestinian Islamic Jihad")."""
    found = {
        e.actor_id
        for word in name.split()
        for e in kb.lookup(word)
        if "." not in e.actor_id and ":" not in e.actor_id and e.kind == "name"
    }
    return found.pop() if len(found) == 1 else None


def _igo_leading_name(kb: KnowledgeBase, name: str) -> str | None:
    """IGO when an unknown actor's name begins with an international body's ("United Nations
    Emergency Relief Coordinator", "NATO Secretary General"): an office of that body, which
    event coders code IGO (issue 9, round r13, PLOVER tune)."""
    words = name.split()
    for n in range(min(3, len(words) - 1), 0, -1):
        for e in kb.lookup(" ".join(words[:n])):
            body = kb.get(e.actor_id)
            if e.kind == "name" and body is not None and body.sector == "IGO":
                return "IGO"
    return None


def _name_part(sdoc: Doc, c: Candidate, person_ents: list[tuple[int, int]]) -> Span:
    """The name inside a widened person mention (its last PERSON entity or proper nouns)."""
    span = sdoc[c.start : c.end]
    if c.kind not in {"person", "ner-person"}:
        return span
    ents = [(s, e) for s, e in person_ents if c.start <= s and e <= c.end]
    if ents:
        return sdoc[ents[-1][0] : ents[-1][1]]
    i = c.end
    while i > c.start and sdoc[i - 1].pos_ == "PROPN":
        i -= 1
    return sdoc[i : c.end] if i < c.end else span


def _new_actor(c: Candidate, name: str, new: dict[str, Actor]) -> Actor:
    kinds = {"ner-person": "person", "norp": "group", "org": "organisation"}
    kind = kinds.get(c.kind, "organisation" if c.kind == "org-of-state" else "other")
    actor_id = f"new:{_slug(name)}"
    if actor_id not in new:
        new[actor_id] = Actor(actor_id, name, kind, c.country, c.sector, source="text")
    return new[actor_id]


def _read_context(sdoc: Doc, c: Candidate, actor: Actor) -> None:
    """An unknown actor's kind and sector from its name and context (see `context`)."""
    kind, sector = describe(sdoc, c.start, c.end)
    if (
        kind is None
        and actor.kind == "person"
        and c.how in {"ner", "role"}
        and is_group_name(actor.name)
    ):
        kind = "group"  # "Jamaat Ahl al-Haqq" tagged PERSON
    if kind is None and actor.kind in {"organisation", "other"} and is_group_name(actor.name):
        kind = "group" if c.kind in {"org", "norp"} else None
    if kind is not None:
        actor.kind = kind
    if sector is not None:  # "separatist outfit X Army": the text's word beats the noun's
        actor.sector = sector


def _short_name_mentions(
    doc: Document, table: TokenTable, mentions: list[ActorMention], short_names: ShortNames
) -> list[ActorMention]:
    """Proper nouns the entity recogniser missed that repeat a family name named before."""
    out = []
    for i, text in enumerate(table.texts):
        # The dictionary test first: it rules out nearly every token at once.
        if not table.is_propn[i] or text.removesuffix("'s").removesuffix("’s") not in (
            short_names.by_name
        ):
            continue
        start = table.starts[i]
        if any(m.start <= start < m.end for m in mentions):
            continue
        actor_id = short_names.find(text, start)
        if actor_id is None:
            continue
        same = next(m for m in mentions if m.actor_id == actor_id)
        out.append(_coref_mention(same, start, start + len(text), text))
    return out


def _group_mentions(
    doc: Document,
    sdoc: Doc,
    table: TokenTable,
    kb: KnowledgeBase,
    mentions: list[ActorMention],
    new: dict[str, Actor],
) -> list[ActorMention]:
    """ "The group" / "this organisation" acting in an event: the latest group named before."""
    kinds = {m.actor_id: _actor_kind(kb, m.actor_id) for m in mentions}
    # an unknown group the text calls one where it names it ("the Viv Ansanm coalition", "Viv
    # Ansanm gunmen") is named back too; other unknown names are not (a town read as a group)
    for m in mentions:
        if m.actor_id in new and (_named_with_group_noun(sdoc, m) or _named_as_armed_body(m)):
            kinds[m.actor_id] = "group"
    groups = [
        (m.start, m.actor_id) for m in mentions if is_group(kinds[m.actor_id], m.actor_id, m.sector)
    ]
    if not groups:
        return []
    by_id = {m.actor_id: m for m in mentions}
    out = []
    for i, text in enumerate(table.texts):
        if text.lower() not in GROUP_NOUNS:
            continue
        span = group_reference(sdoc, i)
        if span is None:
            continue
        start, end = table.starts[span[0]], table.ends[span[1] - 1]
        actor_id = latest_before(groups, start)
        if actor_id is None or any(m.start < end and start < m.end for m in mentions):
            continue
        out.append(_coref_mention(by_id[actor_id], start, end, table.text[start:end]))
    return out


def _body_mentions(sdoc: Doc, table: TokenTable, mentions: list[ActorMention]) -> list[ActorMention]:
    """ "The council asked ...": the latest body named before with "Council" as its last word."""
    named = sorted((m for m in mentions if m.how != "coref"), key=lambda m: m.start)
    names = [(m.start, _office_text(m) or m.name) for m in named]
    out = []
    for i, text in enumerate(table.texts):
        if text.lower() not in REFERRING_BODY_NOUNS:  # (one set, not a union per token)
            continue
        span = body_reference(sdoc, i)
        if span is None:
            continue
        start, end = table.starts[span[0]], table.ends[span[1] - 1]
        if any(m.start < end and start < m.end for m in mentions):
            continue
        k = named_body_before(names, text.lower(), start)
        if k is not None:
            out.append(_coref_mention(named[k], start, end, table.text[start:end]))
    return out


def _office_text(m: ActorMention) -> str | None:
    """The mention's own words where they end in a ministry or agency noun ("Peru's foreign
    ministry", whose actor is Peru's government): what "the ministry" names back."""
    words = m.text.lower().split()
    return m.text if words and words[-1] in OFFICE_NOUNS else None


def _title_mentions(sdoc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """ "The Ambassador rejected ...": the holder the text introduced with that title."""
    refs = title_references(sdoc)
    if not refs:
        return []
    holders = []
    for m in mentions:
        span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            holders.append((span.start, span.end, m))
    out = []
    for start, end, first in refs:
        holder = next((m for s, _, m in holders if first < s <= first + TITLE_WINDOW), None)
        begin, finish = sdoc[start].idx, sdoc[end - 1].idx + len(sdoc[end - 1].text)
        if holder is None or any(m.start < finish and begin < m.end for m in mentions):
            continue
        out.append(_coref_mention(holder, begin, finish, doc_text(sdoc)[begin:finish]))
    return out


def _named_with_group_noun(sdoc: Doc, m: ActorMention) -> bool:
    """The mention's name modifies a group noun or an armed member noun right after it."""
    span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and modifies_group_noun(sdoc, span.end)


# Last words of an unknown name that make it an armed body the text can name back as "the group"
# ("the Arakan Army ... the group said it would return two fishermen", "the Kachin Independence
# Army"): a state's own army is known to the knowledge base by its country and is never new here.
# Not "front" or "movement": "National Front" and "Movement for Change" are as often parties.
# Round r32, reader36 (reader_own31 tune: "the group" and "the group's spokesman" had no actor).
ARMED_NAME_ENDS = frozenset({"army", "militia", "brigade", "brigades"})


def _named_as_armed_body(m: ActorMention) -> bool:
    """The unknown name ends with a word of an armed body ("Arakan Army") and has two words or
    more, the first capitalised."""
    words = m.name.split()
    return len(words) >= 2 and words[0][:1].isupper() and words[-1].lower() in ARMED_NAME_ENDS


def _coref_mention(antecedent: ActorMention, start: int, end: int, text: str) -> ActorMention:
    """A later span that refers back to `antecedent`'s actor."""
    return ActorMention(
        antecedent.doc_id,
        start,
        end,
        text,
        antecedent.actor_id,
        antecedent.name,
        antecedent.country,
        antecedent.sector,
        antecedent.wikidata,
        "coref",
    )  # fmt: skip


def _actor_kind(kb: KnowledgeBase, actor_id: str) -> str:
    if actor_id.startswith("new:"):
        return "other"
    actor = kb.get(actor_id)
    return actor.kind if actor else "other"
