"""The other half of a divided state: "South Korea offered talks to the North", "Seoul accused
the North of ...", "Sudan and the South signed an oil deal".

News names the other side of a state divided into a northern and a southern state by the bare
compass word once the sentence or the document has named one half. "The North" or "the South"
stands for a state only when the document names a state whose name has the opposite compass
word ("South Korea" -> "North Korea") or whose northern or southern half the knowledge base
knows ("Sudan" -> "South Sudan"); a "North X" with no "North X" state stands for "X" ("South
Sudan" -> "Sudan"). Elsewhere ("the South of France", "the North voted Labour") the word is no
party. Round r12b (PLOVER own-set tune miss: a region standing for a side).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from realpolitik.actors.kb import KnowledgeBase
from realpolitik.model import ActorMention

_OPPOSITE = {"North": "South", "South": "North"}
# Where the bare compass word stands for a party (as a generic actor's head does).
_PARTY_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "poss", "dative", "agent"}


def _state_named(kb: KnowledgeBase, name: str) -> str | None:
    for e in kb.lookup(name):
        if "." not in e.actor_id and ":" not in e.actor_id and e.kind == "name":
            return e.actor_id
    return None


def _other_half(kb: KnowledgeBase, state: str, word: str) -> str | None:
    """The state "the North" or "the South" (`word`) stands for beside `state`, if any."""
    actor = kb.get(state)
    if actor is None:
        return None
    name = actor.name
    first, _, rest = name.partition(" ")
    if first == _OPPOSITE[word] and rest:  # "South Korea": "the North" is "North Korea"
        return _state_named(kb, f"{word} {rest}") or _state_named(kb, rest)
    if first not in _OPPOSITE:  # "Sudan": "the South" is "South Sudan"
        return _state_named(kb, f"{word} {name}")
    return None


def _bare_compass_word(tok: Token) -> bool:
    """ "the North" standing alone where a party stands (not "the North Atlantic", "North
    Korea" or "the north of the country")."""
    return (
        tok.text in _OPPOSITE
        and tok.i > 0
        and tok.doc[tok.i - 1].lower_ == "the"
        and tok.dep_ in _PARTY_DEPS
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    )


def divided_state_mentions(
    doc_id: str,
    sdoc: Doc,
    kb: KnowledgeBase,
    mentions: list[ActorMention],
    places: list[tuple[int, str]],
) -> list[ActorMention]:
    """Mentions of "the North" / "the South" as the other half of a state the document names
    (as a state, one of its institutions or a seat read as a place)."""
    named = {m.country for m in mentions if m.country and m.is_state_or_sector}
    named |= {country for _, country in places}
    out: list[ActorMention] = []
    for tok in sdoc:
        if not _bare_compass_word(tok):
            continue
        start, end = tok.idx, tok.idx + len(tok.text)
        if any(m.start < end and start < m.end for m in mentions):
            continue
        halves = {h for s in named if (h := _other_half(kb, s, tok.text))}
        if len(halves) != 1:
            continue
        (state,) = halves
        actor = kb.get(state)
        assert actor is not None  # `_state_named` found it in the knowledge base
        out.append(
            ActorMention(
                doc_id,
                start,
                end,
                tok.text,
                state,
                actor.name,
                state,
                None,
                actor.wikidata,
                "divided-state",
            )  # fmt: skip
        )
    return out
