"""A gathering's "by" phrase the parser hung on the verb whose object the gathering is: "Police
broke up a rally by opposition supporters", "the governor banned a march by students".

After an active verb's object, "by" names how the act was done as often as who did it, and the
parser hangs "by X" on the verb; then the gathering loses its doers, and the act on it (a
dispersal, a ban) names no party it was done to. Where the object is a gathering or a stoppage
(`GATHERING_NOUNS`) and "by" follows it at once with a noun phrase that names someone (plural,
proper or with a determiner: "by force", "by road" are means), the "by" phrase is the
gathering's again. Stop 67 (lead), probe sentences written as wire text: "Riot police used tear
gas to break up a rally by opposition supporters" had no target, where "a rally of opposition
supporters" had one.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

# Our own list, singular and plural (the repair runs before the lemmatizer): a gathering, a
# march or a stoppage whose doers a "by" phrase names.
GATHERING_NOUNS = frozenset({
    "rally", "rallies", "march", "marches", "protest", "protests", "demonstration",
    "demonstrations", "sit-in", "sit-ins", "vigil", "vigils", "strike", "strikes", "walkout",
    "walkouts", "procession", "processions", "gathering", "gatherings", "blockade", "blockades",
    "picket", "pickets",
})  # fmt: skip

# Tags of a noun that names someone: a plural or a proper noun ("by students", "by Fatah").
NAMING_TAGS = frozenset({"NNS", "NNP", "NNPS"})


def _noun_word(noun: Token) -> str:
    """The object's word, with a hyphened first part the tokenizer split off ("sit - in")."""
    doc = noun.doc
    i = noun.i
    joined = i >= 2 and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_
    if joined and doc[i - 1].text == "-":
        return f"{doc[i - 2].lower_}-{noun.lower_}"
    return noun.lower_


def _names_someone(pobj: Token) -> bool:
    return pobj.tag_ in NAMING_TAGS or any(c.dep_ in {"det", "poss"} for c in pobj.children)


def _object_right_before(by: Token) -> Token | None:
    """The direct object of the verb `by` hangs on that ends right before it."""
    return next(
        (c for c in by.head.children if c.dep_ == "dobj" and c.right_edge.i + 1 == by.i), None
    )


def misread_gathering_by(sent: Span) -> list[Token]:
    """The "by" prepositions hung on an active verb right after its gathering object."""
    found = []
    for by in sent:
        if by.lower_ != "by" or by.dep_ != "prep":
            continue
        verb = by.head
        if not verb.tag_.startswith("VB") or any(c.dep_ == "auxpass" for c in verb.children):
            continue
        gathering = _object_right_before(by)
        if gathering is None or _noun_word(gathering) not in GATHERING_NOUNS:
            continue
        if any(c.dep_ == "pobj" and _names_someone(c) for c in by.children):
            found.append(by)
    return found


def repair_gathering_by(by: Token) -> None:
    """Hang `by` (found by `misread_gathering_by`) on the gathering right before it."""
    gathering = _object_right_before(by)
    if gathering is not None:
        by.head = gathering
