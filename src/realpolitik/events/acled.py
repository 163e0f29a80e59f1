"""ACLED event type and sub-event type of a violent or strategic event (rules in data/events/acled.tsv)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from realpolitik.events.lexicon import DATA_DIR, TriggerType
from realpolitik.model import ActorMention

# Dependencies whose words describe the act itself (weapon, victims, place kind), two levels down.
CUE_DEPS = {
    "compound",
    "amod",
    "nmod",
    "dobj",
    "nsubj",
    "nsubjpass",
    "prep",
    "pobj",
    "agent",
    "npadvmod",
    "acl",
    "relcl",
}
# The cue word standing for victims named as a people.
CIVILIAN_VICTIMS = "@civilians"
# Sectors of state forces: taking territory from others is "Government regains territory".
STATE_SECTORS = {"GOV", "MIL", "COP"}


@dataclass(frozen=True)
class AcledRule:
    plover_type: str
    cue_kind: str
    cue: str
    event_type: str
    sub_event_type: str


@lru_cache(maxsize=1)
def load_rules(path: Path = DATA_DIR / "acled.tsv") -> tuple[AcledRule, ...]:
    with path.open(encoding="utf-8") as f:
        lines = [ln for ln in f if not ln.startswith("#")]
    return tuple(
        AcledRule(
            r["plover_type"],
            r["cue_kind"],
            r["cue"],
            r["acled_event_type"],
            r["acled_sub_event_type"],
        )
        for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    )


def cue_words(trigger: Token) -> set[str]:
    """Lemmas around the trigger that describe the act."""
    words = {trigger.lemma_.lower(), trigger.lower_}
    frontier = [trigger]
    for _ in range(2):
        nxt = []
        for tok in frontier:
            for c in tok.children:
                if c.dep_ in CUE_DEPS:
                    words.update({c.lemma_.lower(), c.lower_})
                    nxt.append(c)
        frontier = nxt
    if trigger.dep_ in {"nsubj", "nsubjpass"}:  # "the attack was ... at a mosque in Peshawar"
        for prep in trigger.head.children:
            if prep.dep_ == "prep":
                words.update(c.lemma_.lower() for c in prep.children if c.dep_ == "pobj")
    if trigger.dep_ in {"relcl", "acl"}:  # "a bombing that killed five": the noun names the act
        words.update({trigger.head.lemma_.lower(), trigger.head.lower_})
    if trigger.dep_ in {"advcl", "conj"} and trigger.head.i != trigger.i:
        # "the attack was ... at a mosque in Peshawar, killing and injuring tens": the participle
        # is the same act as its head clause, which names the weapon, place or victims.
        head = trigger.head
        if head.dep_ in {"advcl", "conj"}:
            head = head.head
        words |= cue_words(head) if head.i != trigger.i else set()
    if any(_is_people(v) for v in _victims(trigger)):
        words.add(CIVILIAN_VICTIMS)
    return words


# Dependencies of a subject's own words that say who it is ("youths protesting", "angry rioters").
AGENT_MODIFIER_DEPS = {"compound", "amod", "acl", "relcl", "appos"}


def agent_words(trigger: Token) -> set[str]:
    """Lemmas of who does the act: the trigger's subject (or the agent of a passive), and that
    subject's modifiers ("youths protesting ...": youth, protest). A verb joined to another by
    "and" shares its subject ("stoned cars and burned tyres"). Unlike `cue_words`, no object or
    place: "protesters threw stones" and "police shot protesters" name protesters in two roles."""
    verb = trigger
    while verb.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        subjects += [p for p in agent.children if p.dep_ == "pobj"]
    words = set()
    for subj in subjects:
        for tok in (subj, *subj.conjuncts):
            words.update({tok.lemma_.lower(), tok.lower_})
            words.update(
                w
                for c in tok.children
                if c.dep_ in AGENT_MODIFIER_DEPS
                for w in (c.lemma_.lower(), c.lower_)
            )
    return words


def _victims(trigger: Token) -> list[Token]:
    """Who the act was done to: the object, or the head of "tens of Pakistanis"."""
    out = []
    for obj in trigger.children:
        if obj.dep_ not in {"dobj", "nsubjpass"}:
            continue
        out.append(obj)
        for prep in obj.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                out += [p for p in prep.children if p.dep_ == "pobj"]
    return out


def _is_people(tok: Token) -> bool:
    """A nationality or group in the plural ("Pakistanis", "Afghans"): people, not an armed force."""
    return tok.ent_type_ == "NORP" and tok.tag_ in {"NNPS", "NNS"}


def acled_type(
    ttype: TriggerType, trigger: Token, source: list[ActorMention], target: list[ActorMention]
) -> tuple[str | None, str | None]:
    hit = match_rule(ttype, trigger, source, target)
    return (hit[0].event_type, hit[1]) if hit else (None, None)


def match_rule(
    ttype: TriggerType, trigger: Token, source: list[ActorMention], target: list[ActorMention]
) -> tuple[AcledRule, str] | None:
    """The first rule that matches the trigger, with the sub-event type it gives."""
    words = cue_words(trigger)
    agents = agent_words(trigger)
    sectors = {m.sector for m in target if m.sector}
    for rule in load_rules():
        if rule.plover_type != ttype.plover_type:
            continue
        hit = (
            (rule.cue_kind == "mode" and ttype.mode == rule.cue)
            or (rule.cue_kind == "cameo" and (ttype.cameo or "").startswith(rule.cue))
            or (rule.cue_kind == "word" and rule.cue in words)
            or (rule.cue_kind == "sector" and rule.cue in sectors)
            or (rule.cue_kind == "agent" and rule.cue in agents)
            or rule.cue_kind == "any"
        )
        if hit:
            sub = rule.sub_event_type
            if sub == "Non-state actor overtakes territory" and any(
                m.sector in STATE_SECTORS for m in source
            ):
                sub = "Government regains territory"
            return rule, sub
    return None
