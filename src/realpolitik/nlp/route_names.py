"""Proper names of roads, railways, bridges and canals that carry a state's name or demonym ("the
Pan-American Highway", "the Trans-Canada Highway", "the Afghan-Pakistan Friendship Bridge"): the
state's word there names neither the state as a party nor the state as a place. Shared by the
actors stage (`actors.not_actors.drop_route_names`) and the places stage (demonym spans).
Round r16, args20: miners who blocked the Pan-American Highway had the USA as target, own26 tune.
"""

from __future__ import annotations

from spacy.tokens import Token

# Route and structure nouns that, capitalised, end a proper place name. Lowercase "the Afghan
# road" is a common noun and is left alone.
ROUTE_NOUNS = frozenset({
    "highway", "road", "expressway", "motorway", "freeway", "railway", "railroad", "bridge",
    "canal", "pipeline", "avenue", "street", "boulevard", "tunnel",
})  # fmt: skip


def is_route_noun(token: Token) -> bool:
    return token.lower_ in ROUTE_NOUNS and token.text[:1].isupper()


def in_route_name(token: Token) -> bool:
    """The token is a modifier inside a capitalised route name: up its chain of compound and
    adjective heads ("Afghan" -> "Pakistan" -> "Bridge") to a route noun, through name words
    only, the route noun ending the name."""
    tok = token
    while tok.dep_ in {"amod", "compound"} and tok.head.i > tok.i:
        tok = tok.head
        if is_route_noun(tok):
            # the name ends there ("the Kenya Road Authority" is an agency, not a road)
            return not (tok.dep_ in {"amod", "compound"} and tok.head.i > tok.i)
        if not (tok.pos_ in {"PROPN", "ADJ"} or tok.text[:1].isupper()):
            return False
    return False
