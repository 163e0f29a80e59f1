"""Equipment or crews sent for relief are aid (round r18, helper fuse17, from fusion_own12 tune;
modifiers in `data/events/relief_sent.yaml`).

"Dispatched four firefighting aircraft to Portugal", "deployed two medical helicopters",
"dispatched a hospital ship": the "forces moved" family of `pattern_families.yaml` reads the
object's head (aircraft, helicopters, warships) as forces readied (MOBILIZE, CAMEO 154), and
another report of the same dispatch ("sent four water bombers to help fight the fires") reads
as aid, so the two stayed apart. A relief modifier on the object says what the craft are for:
the sending is humanitarian aid (AID, CAMEO 073), as sending relief is.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from spacy.tokens import Token

from realpolitik.events.lexicon import DATA_DIR, TriggerType
from realpolitik.events.strike_sense import pointing_back
from realpolitik.events.wordlists import read_word_sets
from realpolitik.model import EventMention

RELIEF_SENT = TriggerType("AID", None, "073", "own")


@cache
def _modifiers() -> frozenset[str]:
    return read_word_sets(DATA_DIR / "relief_sent.yaml")["relief_modifiers"]


def relief_sent(obj: Token, ttype: TriggerType) -> TriggerType:
    """`ttype`, or aid when it reads forces readied and the object carries a relief modifier."""
    if ttype.plover_type != "MOBILIZE":
        return ttype
    mods = {c.lemma_.lower() for c in obj.children if c.dep_ in {"compound", "amod"}}
    mods |= {c.lower_ for c in obj.children if c.dep_ in {"compound", "amod"}}
    return RELIEF_SENT if mods & _modifiers() else ttype


# Nouns of sending that a later sentence uses to point back at a dispatch ("praised the
# deployment", "the dispatch"), and the verbs whose aid they may name.
SENDING_NOUNS = frozenset({"deployment", "dispatch", "airlift"})
SENDING_VERBS = frozenset({"send", "sent", "dispatch", "dispatched", "deploy", "deployed",
                           "airlift", "airlifted", "fly", "flew", "rush", "rushed"})  # fmt: skip


def deployment_sense(
    noun: Token, ttype: TriggerType, earlier: Sequence[EventMention]
) -> TriggerType:
    """`ttype`, or aid when `noun` is a pointing "the deployment" read as forces readied and its
    document told a sending read as aid before it and no forces readied: "Rabat dispatched four
    firefighting aircraft to Portugal. Lisbon praised the deployment." points back to the aid."""
    if (
        noun.lemma_.lower() not in SENDING_NOUNS
        or ttype.plover_type != "MOBILIZE"
        or not pointing_back(noun)
    ):
        return ttype
    sendings = [e for e in earlier if set(e.trigger.lower().split()) & SENDING_VERBS]
    if any(e.plover_type == "MOBILIZE" for e in sendings):
        return ttype  # forces sent before: "the deployment" may be theirs
    if any(e.plover_type == "AID" for e in sendings):
        return RELIEF_SENT
    return ttype
