"""Halves of a divided state named by their compass word: "the North", "the South" in a text
about the two Koreas (`data/actors/compass_states.yaml`)."""

from __future__ import annotations

from functools import cache

import yaml
from spacy.tokens import Doc

from realpolitik.actors.kb import DATA_DIR, KnowledgeBase
from realpolitik.model import ActorMention

# Where "the North" stands for a party (as for generic actors, `generic._PARTY_DEPS`).
_PARTY_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "poss", "dative", "agent"}
HOW = "compass"


@cache
def _divided() -> dict[str, tuple[str, frozenset[str]]]:
    data = yaml.safe_load((DATA_DIR / "compass_states.yaml").read_text(encoding="utf-8"))
    return {d["word"]: (d["state"], frozenset(d["context"])) for d in data["divided"]}


def compass_mentions(
    doc_id: str, sdoc: Doc, kb: KnowledgeBase, mentions: list[ActorMention]
) -> list[ActorMention]:
    """ "the North" / "the South" where a party stands, in a document that names the divided
    state's pair, as that state's mention; not where another mention already stands."""
    divided = _divided()
    words = {t.text for t in sdoc}
    taken = [(m.start, m.end) for m in mentions]
    out: list[ActorMention] = []
    for tok in sdoc:
        entry = divided.get(tok.text)
        if entry is None or not entry[1] & words:
            continue
        if tok.i == 0 or sdoc[tok.i - 1].lower_ != "the" or tok.dep_ not in _PARTY_DEPS:
            continue
        nxt = sdoc[tok.i + 1] if tok.i + 1 < len(sdoc) else None
        if nxt is not None and (nxt.pos_ in {"NOUN", "PROPN"} or nxt.text == "-"):
            continue  # "the North Korean army", "the North Atlantic": a name of its own
        start, end = tok.idx, tok.idx + len(tok.text)
        if any(s < end and start < e for s, e in taken):
            continue
        state = kb.get(entry[0])
        if state is None:
            continue
        out.append(
            ActorMention(doc_id, start, end, tok.text, state.actor_id, state.name,
                         state.country or entry[0], state.sector, state.wikidata, HOW)  # fmt: skip
        )
    return out
