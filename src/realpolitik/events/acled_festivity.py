"""A crowd at a feast told as no ACLED event (round r27, issue 9, helper "acled30").

"Thousands thronged the riverside for the closing of the festival, setting off fireworks and
beating drums" tells a crowd, but the codebook's demonstrations are gatherings that press a
demand and its mob violence is a crowd's violence: a crowd at a festival, a carnival, a wedding
or fireworks that the sentence gives no protest word and no violence or damage is no event
(the brief's leftover: the classifier read such a crowd as a peaceful protest, or, with
"beating drums", mob violence). The word groups are those of `acled_phrases.tsv` (`festivity`,
`protest`, `violent_act`, `lethal`, `firearm`, `property_act`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from realpolitik.events.acled_phrases import in_group, sentence_has_group
from realpolitik.events.acled_protest_force import protest_under_way
from realpolitik.nlp.columns import span_tokens

# Groups whose words tell a protest, violence or damage: one of them keeps the crowd an event
# ("the carnival turned into a protest", "a grenade thrown into a wedding crowd", "revellers
# smashed shop windows").
EVENT_GROUPS = ("protest", "violent_act", "lethal", "firearm", "property_act")


def reads_festive_crowd(sent: Span) -> bool:
    """The sentence names a feast or fireworks and no protest, protest under way or violence."""
    if not sentence_has_group(sent, "festivity"):
        return False
    if any(_tells_event(tok) for tok in span_tokens(sent)):
        return False
    return not protest_under_way(sent)


def _tells_event(tok: Token) -> bool:
    """A word of protest or violence that is not said of the feast itself: "fireworks launched
    from a barge", "fired firecrackers" are the feast's ("launch" and "fire" are words of
    violence)."""
    if not any(in_group(tok, group) for group in EVENT_GROUPS):
        return False
    return not (in_group(tok.head, "festivity") or any(in_group(c, "festivity") for c in tok.children))
