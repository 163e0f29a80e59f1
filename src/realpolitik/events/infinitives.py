"""The "to" infinitive of a verb, read by several event modules below the triggers module.

Needs: a parsed token. Adds nothing: one test shared by `triggers`, `arguments`, `refusals` and
`threat_nouns`, which cannot import it from `triggers` (they sit beneath it).
"""

from __future__ import annotations

from spacy.tokens import Token


def to_infinitive(verb: Token) -> bool:
    """The verb has the "to" of an infinitive ("to leave", "to expel")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
