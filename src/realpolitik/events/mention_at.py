"""One event mention at a trigger token: the fields every reader of an event sets the same way
(its document, sentence, trigger and id), so the three places that build mentions (the lexicon's
events, told events, events ACLED typing adds) cannot drift apart."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

from realpolitik.model import EventMention


def mention_at(
    doc_id: str, sent: Span, token: Token, trigger: str | None = None, **fields: Any
) -> EventMention:
    """An event mention on `token` in `sent` (`trigger`: its text when it is more than the
    token, "carried out an attack"); `fields`: the event's own fields (type, parties, ...)."""
    return EventMention(
        doc_id=doc_id,
        char_start=sent.start_char,
        char_end=sent.end_char,
        sentence=sent.text,
        trigger=token.text if trigger is None else trigger,
        trigger_start=token.idx,
        mention_id=f"{doc_id}:{token.idx}",
        **fields,
    )
