"""The issuer of an official statement: who "the Government" and "the Ministry" are in a
government's press release.

A press office's release names its state once, in the letterhead above a "PRESS RELEASE" or
"COMMUNIQUE" line ("REPUBLIC OF HAITI / MINISTRY OF FOREIGN AFFAIRS", "MINISTRY OF FOREIGN
AFFAIRS OF THE REPUBLIC OF GHANA"), and then calls itself "the Government", "the Ministry", "the
Minister", capitalised, with no state in the phrase. Read alone, such a phrase has no country (and
the sentence's one country is usually the other state's: "The Government requests the Republic
of Togo to ..."), so the statement's own header gives it: the issuer. Only documents whose header
says they are a statement, and only the issuer nouns of `data/actors/statement_words.yaml`.
"""

from __future__ import annotations

import re
from functools import cache

import yaml
from spacy.tokens import Doc

# Where "the Government" stands for a party, and a state named by text: as the generic actors read
# them.
from realpolitik.actors.generic import _PARTY_DEPS, _state_of
from realpolitik.actors.kb import DATA_DIR, KnowledgeBase
from realpolitik.model import ActorMention
from realpolitik.nlp.token_columns import doc_text

# The header is the short lines before the body's first long line: a letterhead, the kind of
# document, a place and date. Eight lines hold every layout we have seen.
_HEADER_LINES = 8
_BODY_WORDS = 12
HOW = "statement-issuer"


@cache
def _words() -> tuple[tuple[str, ...], dict[str, str]]:
    data = yaml.safe_load((DATA_DIR / "statement_words.yaml").read_text(encoding="utf-8"))
    markers = tuple(w.lower() for w in data["statement_markers"])
    return markers, {k.lower(): v for k, v in data["issuer_nouns"].items()}


def _header(text: str) -> list[str]:
    lines: list[str] = []
    for line in (ln.strip() for ln in text.splitlines()):
        if not line:
            continue
        if len(line.split()) >= _BODY_WORDS or len(lines) >= _HEADER_LINES:
            break
        lines.append(line)
    return lines


def _states_named(kb: KnowledgeBase, line: str) -> set[str]:
    """The states a letterhead line names: the line itself, or what follows an "of" in it
    ("Republic of Haiti", "Ministry of Foreign Affairs of the Republic of Ghana")."""
    states: set[str] = set()
    parts = re.split(r"\bof\b", line, flags=re.I)
    for i in range(len(parts)):
        tail = re.sub(r"^\s*(the\s+)?", "", "of".join(parts[i:]), flags=re.I).strip(" .,")
        state = _state_of(kb, tail) if tail else None
        if state:
            states.add(state)
    return states


def statement_issuer(kb: KnowledgeBase, text: str) -> str | None:
    """The state that issued `text`, when its header marks it as an official statement and its
    letterhead names exactly one state; else None."""
    markers, _ = _words()
    header = _header(text)
    if not any(m in line.lower() for line in header for m in markers):
        return None
    states: set[str] = set()
    for line in header:
        states |= _states_named(kb, line)
    return states.pop() if len(states) == 1 else None


def issuer_mentions(
    doc_id: str, sdoc: Doc, kb: KnowledgeBase, issuer: str, mentions: list[ActorMention]
) -> list[ActorMention]:
    """ "the Government", "The Ministry" (capitalised, after "the", standing for a party, not
    inside another mention: "the Ministry of Defence" is a name) as the issuer's institutions."""
    _, nouns = _words()
    taken = [(m.start, m.end) for m in mentions]
    out: list[ActorMention] = []
    for tok in sdoc:
        sector = nouns.get(tok.lower_)
        if sector is None or not tok.text[:1].isupper() or tok.i == 0:
            continue
        if sdoc[tok.i - 1].lower_ != "the" or tok.dep_ not in _PARTY_DEPS:
            continue
        if any(child.dep_ == "prep" and child.lower_ == "of" for child in tok.rights):
            continue  # "the Government of Kenya", "the Ministry of Defence": named elsewhere
        start, end = sdoc[tok.i - 1].idx, tok.idx + len(tok.text)
        actor = kb.get(f"{issuer}.{sector}")
        if actor is None or any(s < end and start < e for s, e in taken):
            continue
        out.append(
            ActorMention(
                doc_id,
                start,
                end,
                doc_text(sdoc)[start:end],
                actor.actor_id,
                actor.name,
                issuer,
                sector,
                None,
                HOW,
            )  # fmt: skip
        )
    return out
