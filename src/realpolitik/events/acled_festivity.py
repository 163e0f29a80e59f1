"""A crowd at a feast (round r27, issue 9, helper "acled30"), a funeral (stop 69) or a match (stop
70) told as no ACLED event.

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

from realpolitik.events.acled_phrases import in_group, in_words, sentence_has_group
from realpolitik.events.acled_protest_force import protest_under_way
from realpolitik.events.acled_unnamed_protest import unnamed_protest_words
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


# Stop 69 (acled52, own49 tune: mourners who "filled the streets" behind a singer's coffin read as
# a peaceful protest): a crowd at a funeral is no demonstration unless it presses a demand. Words
# of a natural death (die, dead, death: `lethal`) are the mourned person's there, so they keep no
# event; killing, shooting and every other event word still do ("mourners of a student shot by
# police"), and so does a grievance word of `acled_unnamed_protest.tsv` ("demanding justice").
MOURNED_DEATH = frozenset({"die", "dead", "death"})


def reads_mourning_crowd(sent: Span) -> bool:
    """The sentence names a funeral or mourners (`mourning`) and no protest, grievance, protest
    under way, violence or damage but the mourned person's death."""
    if not sentence_has_group(sent, "mourning"):
        return False
    grievance = unnamed_protest_words()["grievance"]
    for tok in span_tokens(sent):
        if tok.lemma_.lower() in MOURNED_DEATH:
            continue
        if _tells_event(tok, "mourning") or in_words(tok, grievance):
            return False
    return not protest_under_way(sent)


def _tells_event(tok: Token, occasion: str = "festivity") -> bool:
    """A word of protest or violence that is not said of the feast itself: "fireworks launched
    from a barge", "fired firecrackers" are the feast's ("launch" and "fire" are words of
    violence)."""
    if not any(in_group(tok, group) for group in EVENT_GROUPS):
        return False
    return not (in_group(tok.head, occasion) or any(in_group(c, occasion) for c in tok.children))


def reads_sports_crowd(sent: Span) -> bool:
    """The sentence names a match or its fans (`sporting`) and no protest, grievance, protest
    under way, violence, damage or beating but one side's win over another ("fans poured into
    the streets after Ghana beat Nigeria in the final"; stop 70, acled53, own50 tune)."""
    if not sentence_has_group(sent, "sporting"):
        return False
    words = unnamed_protest_words()
    grievance = words["grievance"] - {"against"}  # "the win against Nigeria" is the match's
    for tok in span_tokens(sent):
        if _tells_event(tok, "sporting") or in_words(tok, grievance):
            return False
        if in_words(tok, words["violence"]):  # "fans rioted", "police dispersed the fans"
            return False
        if in_group(tok, "beating") and not _beats_a_side(tok):
            return False
    return not protest_under_way(sent)


# Named sides of a match: a country, a team or a people ("Ghana beat Nigeria").
SIDE_ENTITIES = frozenset({"GPE", "ORG", "NORP"})


def _beats_a_side(verb: Token) -> bool:
    """A beating verb whose object is a side of a match, not a person."""
    return any(
        c.dep_ in {"dobj", "obj"} and (c.ent_type_ in SIDE_ENTITIES or in_group(c, "sporting_side"))
        for c in verb.children
    )
