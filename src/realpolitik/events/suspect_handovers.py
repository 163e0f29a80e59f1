"""A suspect handed to a party with a bare "hand" (no "over"): "Ugandan police handed a former
mayor accused of organising killings to Rwandan prosecutors", "handed two suspected smugglers to
Kenyan police". It is a hand-over, judicial cooperation (COOPERATE 063, as `handed_over` types
"hand over" a wanted person). Without the particle the lexicon read no act, or one of the verb's
stray patterns, and the participle's accusation became the main event (round r26, args30: own57
tune). Goods or documents handed ("handed the documents to officials") stay as read. Kept apart
from `handed_over` (which reads parties and imports `arguments`) so that the trigger reader can
ask it. Words: `data/events/handed_over.yaml`."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from realpolitik.events.lexicon import DATA_DIR, TriggerType
from realpolitik.events.wordlists import read_word_sets

# Handing over a wanted person is judicial cooperation (CAMEO 063, PLOVER COOPERATE 'legal'; the
# conventions' "extradition, handing over a fugitive" row, manual 3.5, p.13).
JUDICIAL_HANDOVER = ("COOPERATE", "legal", "063")
# Handing over people a modifier says were captured or kidnapped is their release (CAMEO 0841,
# PLOVER RETREAT 'release'; the conventions' "hostages, captives or abductees handed over" row,
# manual 3.4, p.12), as the own rows for "hand over hostages / captives" read.
CAPTIVE_RELEASE = ("RETREAT", "release", "0841")
SUSPECT_HANDED = TriggerType(*JUDICIAL_HANDOVER, "own")
CAPTIVES_HANDED = TriggerType(*CAPTIVE_RELEASE, "own")


@cache
def handover_words() -> dict[str, frozenset[str]]:
    """The word lists of `data/events/handed_over.yaml` (read once, for `handed_over` too)."""
    return read_word_sets(DATA_DIR / "handed_over.yaml")


def suspect_handed_to(verb: Token, lemma: str) -> TriggerType | None:
    """COOPERATE when `verb` is a bare "hand" with a suspect as object and a "to" phrase; RETREAT
    (a release) when the people handed are captives a modifier names ("handed the captured
    soldiers to the Red Cross", `captive_modifiers`), as "handed over six captured soldiers"
    reads (`handed_over.wanted_handover_type`): without the particle no act was read at all
    (round r34, plover52: own72 tune)."""
    words = handover_words()
    if lemma not in words["bare_handing_verbs"] or any(c.dep_ == "prt" for c in verb.children):
        return None
    if not receiver_preps(verb):
        return None
    people = handed_people(verb)
    if any(is_suspect(c) for c in people):
        return SUSPECT_HANDED
    if any(modified_by(c, "captive_modifiers") for c in people):
        return CAPTIVES_HANDED
    return None


def handed_people(verb: Token) -> list[Token]:
    """Who is handed: the verb's object, its passive subject ("a man wanted in Fiji was handed to
    Fijian police"), or the passive subject of the verb it is joined to with no subject of its
    own ("was flown from San Salvador to Tegucigalpa and handed to Honduran police"). Round r28,
    plover46: the passive hand-over, own56's tune leftover, read no act, and the flight it
    followed (a visit, now read as no event) had been the only event."""
    out = [c for c in verb.children if c.dep_ in {"dobj", "obj", "nsubjpass"}]
    own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    if verb.dep_ == "conj" and not own_subject and not out:
        out = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
    if not out and not own_subject and verb.dep_ == "conj":
        out = _misparsed_wanted_subject(verb)
    # "a trader wanted for smuggling gold was taken to the border and delivered to police":
    # "wanted" parsed as the clausal subject of "taken", the trader its subject (round r45)
    out = [
        s
        for c in out
        for s in (
            [g for g in c.children if g.dep_ == "nsubj"]
            if c.pos_ == "VERB" and c.lemma_.lower() in handover_words()["wanted_verbs"]
            else [c]
        )
    ]
    if not out and not own_subject and fronted_participle(verb):
        # "Handed over by Thai police at the bridge, a businessman accused of fraud was driven
        # back to Vientiane": the fronted passive participle's person is the subject of the
        # clause it opens (round r43, plover61: an extradition told by its effect)
        out = [c for c in verb.head.children if c.dep_ in {"nsubjpass", "nsubj"}]
    return out


def _misparsed_wanted_subject(verb: Token) -> list[Token]:
    """The person of a chain of joined verbs with no subject of their own that starts under a
    "wanted" the parser took for the clause's verb: "(Detained in X on a warrant,) a smuggler
    wanted for moving fuel was driven to the border and delivered to Algerian police" parses
    "wanted" as the verb with the smuggler its subject, "driven" its conjunct and "delivered"
    the conjunct's (round r45, plover63: the stop 64 leftover, where the hand-over had no person
    and read aid)."""
    top = verb
    while top.dep_ == "conj" and not any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in top.children
    ):
        top = top.head
    if top is verb.head or top.lemma_.lower() not in handover_words()["wanted_verbs"]:
        return []  # one step is the plain conjunct `handed_people` reads
    return [c for c in top.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}]


def fronted_participle(verb: Token) -> bool:
    """`verb` is a past participle opening the sentence's clause before its head ("Handed over by
    X, a man ... was flown to Y"): a passive whose person is the head clause's subject."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i < verb.head.i and not any(
        c.dep_ == "mark" or c.lower_ == "having" for c in verb.children
    )


def receiver_preps(verb: Token) -> list[Token]:
    """The "to" phrases naming whom the suspect is handed to: on the verb, or hung by the parser
    inside the suspect's participle clause ("handed a mayor accused of organising killings during
    the genocide to Rwandan prosecutors": "to" on "genocide")."""
    on_verb = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"]
    if on_verb:
        return on_verb
    return [
        t
        for obj in verb.children
        if obj.dep_ in {"dobj", "obj"}
        for part in obj.children
        if part.dep_ == "acl"
        for t in part.subtree
        if t.dep_ == "prep" and t.lower_ == "to"
    ]


def is_suspect(person: Token) -> bool:
    """ "two suspected smugglers" (a modifier, `suspect_modifiers`), "a former mayor accused of
    organising killings", "a man wanted in Kigali" (a participle, `charged_participles`), "the
    fugitive" (a noun, `suspect_nouns`)."""
    words = handover_words()
    if person.lemma_.lower() in words["suspect_nouns"]:
        return True  # "handed the fugitive to Malawian detectives"
    if (
        person.dep_ == "nsubj"
        and person.head.lemma_.lower() in words["wanted_verbs"]
        and person.head.tag_ in {"VBN", "VBD"}
        and any(c.dep_ == "prep" for c in person.head.children)
    ):
        return True  # "a smuggler wanted for moving fuel" parsed as a clause (round r45)
    return modified_by(person, "suspect_modifiers") or any(
        # the tagger gives "wanted" after a passive subject as a past tense (VBD) as often
        c.dep_ == "acl"
        and c.tag_ in {"VBN", "VBD"}
        and c.lemma_.lower() in words["charged_participles"]
        for c in person.children
    )


def modified_by(person: Token, word_list: str) -> bool:
    """Whether a modifier of `person` is in the handed_over.yaml list `word_list` ("two suspected
    smugglers" for suspects, "six captured soldiers" for captives); read here and by
    `handed_over`."""
    return any(
        m.dep_ in {"amod", "compound"} and m.lower_ in handover_words()[word_list] for m in person.children
    )
