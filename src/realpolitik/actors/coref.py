"""Within-document coreference: short names ("Rahmon" after "Emomali Rahmon") and group
nouns ("the group" after "the TTP")."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token


@dataclass
class ShortNames:
    """Family names of the people a document has named in full, in text order."""

    by_name: dict[str, tuple[int, str]] = field(default_factory=dict)  # name -> (offset, actor)

    def add(self, full_name: str, actor_id: str, offset: int) -> None:
        words = [w for w in full_name.replace(",", " ").split() if w[:1].isupper()]
        if len(words) < 2:
            return
        for short in {words[-1], " ".join(words[-2:])}:
            if len(short) >= 3 and short not in self.by_name:
                self.by_name[short] = (offset, actor_id)

    def find(self, text: str, offset: int) -> str | None:
        """The actor a short name at `offset` refers back to, if it was named in full before."""
        text = text.removesuffix("'s").removesuffix("’s").strip()
        hit = self.by_name.get(text)
        if hit and hit[0] < offset:
            return hit[1]
        return None


# "the group", "this organisation": a definite noun phrase that names a group back. Only these
# nouns: "the country", "the two countries" are left to the events stage.
# "coalition", "faction", "alliance": an alliance of armed groups is named back as such ("the
# coalition denied ...", issue 9, round r6: reader_own5 tune); only an armed or designated group
# is their antecedent (`is_group`), so a ruling coalition named by its parties is not one.
GROUP_NOUNS = {
    "group",
    "organisation",
    "organization",
    "outfit",
    "coalition",
    "faction",
    "alliance",
}
_DEFINITE = {"the", "this", "that"}
# Where the phrase stands for a party to an event: subject or object of a verb.
_PARTY_DEPS = {"nsubj", "nsubjpass", "dobj", "agent"}
_GROUP_SECTORS = {"REB", "TER"}


def is_group(kind: str, actor_id: str, sector: str | None) -> bool:
    """Whether an actor can be what "the group" refers to: an armed or designated group."""
    return kind == "group" or (actor_id.startswith("org:") and sector in _GROUP_SECTORS)


def group_reference(sdoc: Doc, i: int) -> tuple[int, int] | None:
    """Token span [start, end) of "the group" at token i when it is a verb's subject or object."""
    t = sdoc[i]
    if t.lower_ not in GROUP_NOUNS or i == 0:
        return None
    first = i - 1
    # one lower-case word between ("the gang coalition", "the armed group") names its kind
    if sdoc[first].dep_ in {"compound", "amod"} and sdoc[first].is_lower and first > 0:
        first -= 1
    if sdoc[first].lower_ not in _DEFINITE:
        return None
    if t.dep_ == "poss" and _party_noun(t.head):
        return first, i + 1  # "the group's spokesman rejected ...": the group speaks (round r32)
    if t.dep_ not in _PARTY_DEPS or t.head.pos_ not in {"VERB", "AUX"}:
        return None
    return first, i + 1


def _party_noun(noun: Token) -> bool:
    """`noun` is itself a verb's subject or object ("the group's spokesman rejected")."""
    return noun.dep_ in _PARTY_DEPS and noun.head.pos_ in {"VERB", "AUX"}


# "the council", "the junta": a definite body noun that names back the latest body the text
# named with that noun as its last word ("Venezuela's National Defence Council met on Friday ...
# The council also asked ..."; issue 9, round r9: reader_own8 tune). A body named by no such
# name before is left alone: "the council" alone says nothing of whose it is.
BODY_NOUNS = frozenset({"council", "junta", "committee", "commission", "assembly", "parliament"})
# "the ministry", "the agency" name back the latest ministry or agency named before by its words
# ("Comoros's foreign ministry learned of the arrests ..., and the ministry asked ...": Comoros's
# government), the actor being the state's sector whose own name does not end in the noun (round
# r30, args34: the brief's leftover, "the ministry" had no country). One with its own "of" phrase
# ("the ministry of defence") names itself; a capitalised "the Ministry" is a press release's
# issuer (`statement.statement_issuer`: reader_own5 tune lost "The Ministry welcomes").
OFFICE_NOUNS = frozenset({"ministry", "agency"})
# Every noun a definite back-reference to a named body may use (`body_reference`).
REFERRING_BODY_NOUNS = BODY_NOUNS | OFFICE_NOUNS


def body_reference(sdoc: Doc, i: int) -> tuple[int, int] | None:
    """Token span [start, end) of "the council" at token i when it is a verb's subject or
    object."""
    t = sdoc[i]
    if t.lower_ not in REFERRING_BODY_NOUNS or i == 0 or sdoc[i - 1].lower_ not in _DEFINITE:
        return None
    if t.lower_ in OFFICE_NOUNS and (
        not t.is_lower or any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)
    ):
        return None  # "The Ministry welcomes ...": a press release's issuer, read as such
    if t.dep_ not in _PARTY_DEPS or t.head.pos_ not in {"VERB", "AUX"}:
        return None
    return i - 1, i + 1


def named_body_before(named: list[tuple[int, str]], noun: str, offset: int) -> int | None:
    """Index in `named` ((offset, actor name) in text order) of the latest name before `offset`
    whose last word is `noun`."""
    found = None
    for k, (start, name) in enumerate(named):
        if start >= offset:
            break
        words = name.lower().split()
        if words and words[-1] == noun:
            found = k
    return found


def latest_before(groups: list[tuple[int, str]], offset: int) -> str | None:
    """The most recent group actor mentioned before `offset` (groups: (offset, actor) sorted)."""
    found = None
    for start, actor_id in groups:
        if start >= offset:
            break
        found = actor_id
    return found


# "the Ambassador", "the Envoy": a capitalised title after "the", with no "of" phrase, names back
# the holder the text introduced with that title ("the Ambassador of the Dominican Republic, Mr
# Ramon Feliz Tejada, ... The Ambassador rejected ..."), as press releases and wire copy write
# (issue 9, round r6: reader_own5 tune). Only envoy titles: "the Minister", "the President" are
# too often the text's own side or another holder.
TITLE_NOUNS = {"ambassador", "envoy", "emissary", "chargé", "charge"}
# How far after the title's first use its holder may be named ("the Ambassador of the Dominican
# Republic, Mr Ramon Feliz Tejada": the state 3 tokens on, the name 8).
TITLE_WINDOW = 12


def title_references(sdoc: Doc) -> list[tuple[int, int, int]]:
    """(start token, end token, token of the title's first use) of each later "the <Title>" that
    names back the title's first use in the text."""
    first_use: dict[str, int] = {}
    out = []
    for t in sdoc:
        word = t.lower_
        if word not in TITLE_NOUNS or not t.text[:1].isupper():
            continue
        has_of = any(c.dep_ == "prep" and c.lower_ == "of" for c in t.rights)
        back = (
            word in first_use
            and not has_of
            and t.i > 0
            and sdoc[t.i - 1].lower_ == "the"
            and t.dep_ in _PARTY_DEPS
        )
        if back:
            out.append((t.i - 1, t.i + 1, first_use[word]))
        elif has_of or word not in first_use:
            first_use[word] = t.i
    return out
