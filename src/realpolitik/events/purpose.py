"""Acts named by their purpose: sending forces "to help" someone is aid (or "to evacuate" them,
relief), summoning an envoy "to protest" (or an official "to hear a protest") is an official
complaint, travelling "to meet" someone is a visit to them (word lists:
`data/events/purpose.yaml`).

The verb alone reads otherwise: "sent troops" is a show of force (MOBILIZE) and "summoned the
ambassador" a meeting (CONSULT), so their sentences landed on the wrong side of cooperation and
conflict. The purpose is a bare to-infinitive with no subject of its own on the verb ("to help
Russia"); its object, when it names a party, is whom the act is for or against.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from realpolitik.events.lexicon import DATA_DIR, TriggerType
from realpolitik.events.relief_sent import RELIEF_SENT
from realpolitik.events.wordlists import read_word_sets
from realpolitik.model import ActorMention

WORDS_PATH = DATA_DIR / "purpose.yaml"
HELP = TriggerType("AID", "military", "074", "own")  # CAMEO: military protection or peacekeeping
COMPLAINT = TriggerType("ACCUSE", None, "114", "own")  # CAMEO: complain officially


@cache
def _words() -> dict[str, frozenset[str]]:
    return read_word_sets(WORDS_PATH)


def _misparsed_premodifiers(verb: Token) -> list[Token]:
    """ "would send soldiers and demining experts to help Laos": the parser reads a gerund that
    premodifies the second object ("demining experts", "firefighting aircraft") as a verb joined
    to the sending verb, and hangs the purpose on it. A finite or infinitive verb is not joined to
    a bare gerund, so such a conjunct (tag VBG, no subject or auxiliary of its own, an object of
    its own) is part of the verb's object and its purposes are the verb's (round r23, args27,
    own51 tune)."""
    if verb.tag_ == "VBG":
        return []
    return [
        c for c in verb.children
        if c.dep_ == "conj" and c.tag_ == "VBG"
        and not any(a.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for a in c.children)
        and any(a.dep_ == "dobj" for a in c.children)
    ]  # fmt: skip


def helped_party_heads(purpose: Token) -> list[Token]:
    """The heads that may name whom a purpose is for: its object ("to help Russia"), the subject
    of its own complement ("to help Moldova patrol its border"), and the word right after it
    where the parser made that word the subject of a bare infinitive hung elsewhere ("to help
    Laos clear unexploded ordnance": "clear" read as a modifier of "ordnance"; round r23, args27,
    own51 tune)."""
    heads = [c for c in purpose.children if c.dep_ in {"dobj", "obj"}]
    heads += [s for c in purpose.children if c.dep_ in {"ccomp", "xcomp"}
              for s in c.children if s.dep_ == "nsubj"]  # fmt: skip
    after = purpose.nbor(1) if purpose.i + 1 < len(purpose.doc) else None
    if after is not None and after.dep_ == "nsubj" and after not in heads:
        heads.append(after)
    return heads


def unnamed_people(mention: ActorMention) -> bool:
    """People a purpose helps who name no party: a generic civilian group with no country of its
    own, or only one guessed from the sentence ("sent engineers to Luang Prabang to help people
    whose homes were flooded": the sender's country was guessed for "people"). They are not whom
    the act is aimed at; where the helpers go is (round r39, args43, own83 tune)."""
    return (
        mention.how.startswith("generic")
        and mention.sector == "CVL"
        and (mention.country is None or mention.country_from_context)
    )


def _misparsed_purpose_conjuncts(verb: Token) -> list[Token]:
    """ "sent 500 soldiers to Garissa to clear roads and evacuate stranded families": the parser
    reads "to clear roads" as a "to" phrase and joins the bare "evacuate" to the finite sending
    verb. A bare form (tag VB) is never a conjunct of a past or present tense verb: with no
    subject or auxiliary of its own it is the second verb of the purpose (round r36, plover54,
    own76 tune)."""
    if verb.tag_ not in {"VBD", "VBZ", "VBP", "VBN"}:
        return []
    return [
        c for c in verb.children
        if c.dep_ == "conj" and c.tag_ == "VB"
        and not any(a.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "mark"} for a in c.children)
    ]  # fmt: skip


def _purposes(verb: Token) -> list[Token]:
    """The verb's bare to-infinitive adjuncts: "sent troops [to help] Russia"."""
    return [
        c for v in (verb, *_misparsed_premodifiers(verb)) for c in v.children
        if c.dep_ in {"advcl", "xcomp"} and c.pos_ == "VERB"
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and not any(a.dep_ in {"nsubj", "nsubjpass", "mark"} for a in c.children)
    ]  # fmt: skip


def summons_complaint(infinitive: Token) -> bool:
    """ "summoned Ghana's envoy to protest the arrests": the complaint is the summoner's, said to
    the envoy, so the infinitive's doer is the summoning verb's subject, not its object (unlike
    "urged the envoy to leave"). Stop 46, lead."""
    words, head = _words(), infinitive.head
    return (
        head.lemma_.lower() in words["summoning_verbs"]
        and infinitive.lemma_.lower() in words["complaint_purposes"]
        and infinitive in _purposes(head)
    )


def _protest_heard(purpose: Token) -> bool:
    """ "to hear a formal protest", "to receive a note of protest": the purpose's object names a
    protest (its head, a compound on it or its "of" phrase) and says it is no one else's (no
    "from" phrase: "to hear complaints from residents")."""
    protests = _words()["protest_nouns"]
    for obj in (c for c in purpose.children if c.dep_ in {"dobj", "obj"}):
        if any(c.dep_ == "prep" and c.lower_ == "from" for c in obj.children):
            continue
        named = [obj, *(c for c in obj.children if c.dep_ == "compound")]
        named += [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"]  # fmt: skip
        if any(t.lemma_.lower() in protests for t in named):
            return True
    return False


def purposed(ttype: TriggerType, verb: Token) -> tuple[TriggerType, Token | None]:
    """The act's type read from its purpose, and the purpose verb (None: unchanged)."""
    if verb.pos_ != "VERB":
        return ttype, None
    words, lemma = _words(), verb.lemma_.lower()
    for p in (*_purposes(verb), *_misparsed_purpose_conjuncts(verb)):
        purpose = p.lemma_.lower()
        if lemma in words["sending_verbs"] and purpose in words["helping_purposes"]:
            return HELP, p
        relief = [q for q in (p, *p.conjuncts) if q.lemma_.lower() in words["relief_purposes"]]
        if ttype.plover_type == "MOBILIZE" and lemma in words["sending_verbs"] and relief:
            return RELIEF_SENT, relief[0]  # "sent soldiers to evacuate families": relief
        if lemma in words["summoning_verbs"] and purpose in words["complaint_purposes"]:
            return COMPLAINT, p
        if lemma in words["summoning_verbs"] and purpose in words["receiving_purposes"]:
            if _protest_heard(p):
                return COMPLAINT, p  # "summoned the liaison officer to hear a protest"
        if lemma in words["travel_verbs"] and purpose in words["meeting_purposes"]:
            return ttype, p  # "flew to Ankara to meet X": the visit's type, aimed at X
        if lemma in words["sending_verbs"] and purpose in words["care_purposes"]:
            return ttype, p  # "sent surgeons to treat the injured": the sending, aimed at them
    return ttype, None
