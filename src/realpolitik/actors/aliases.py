"""Aliases a text states: two names of one actor joined within the document, learnt across them.

A writer often introduces a group under two names: "the Baloch Liberation Front (BLF)", "Tehreek
Azadi, formerly known as the Freedom Movement", "the Islamic Emirate, also known as the Taliban",
"the Southern Front, or Jabhat al-Janoub,", "the Mujahideen Council renamed itself the Ansar
Front", "the Ansar Front, successor to the Mujahideen Council". Each pattern is read between two
actor mentions that follow each other, so it costs a regular expression per pair of neighbours.

Within a document every mention of the second name takes the first name's actor (the one the
knowledge base knows, else the current name, else the longer one). The mention where the text
states the alias is marked `how="stated-alias"`, others `"text-alias"`; `learnt_aliases` turns
the stated ones into records (alias, actor, the sentence that says so) that the store keeps, so a
later document naming only the alias finds the same actor (`KnowledgeBase.learn`). They are
never written into the shipped knowledge base.

States and people are never joined this way: "Rahmon (Tajikistan)" and "Iran, or Russia," list
two actors, not one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from realpolitik.actors.kb import KnowledgeBase, name_key
from realpolitik.model import ActorMention

# What stands between two names of one actor, as the whole gap between the two mentions.
# "order" says which of the two is the current (preferred) name: "first" or "second".
_THE = r"(?:the\s+|an?\s+)?"
# A closing bracket or comma may come first: "the Front (TF), formerly known as ...".
_LEAD = r"\s*\)?\s*[,(]?\s*"
_GAPS: list[tuple[str, re.Pattern[str], str]] = [
    # "X, formerly known as Y", "X (formerly Y)", "X, previously called Y"
    (
        "former",
        re.compile(
            # "once", "earlier" and "originally" only with "known as": "X, once the Y ally"
            _LEAD + r"(?:which|who)?\s*(?:was\s+)?(?:(?:formerly|previously)"
            r"(?:\s+(?:known|called|named)(?:\s+as)?)?|(?:once|earlier|originally)\s+"
            r"(?:known|called|named)(?:\s+as)?)\s+" + _THE,
            re.I,
        ),
        "first",
    ),
    # "X, also known as Y", "X (a.k.a. Y)", "X, better known as Y"
    (
        "also",
        re.compile(
            _LEAD + r"(?:also\s+(?:known\s+as|called|named)|a\.?k\.?a\.?|better\s+known\s+as"
            r"|otherwise\s+known\s+as)\s+" + _THE,
            re.I,
        ),
        "first",
    ),
    # "X renamed itself Y", "X was renamed Y", "X changed its name to Y"
    (
        "renamed",
        re.compile(
            _LEAD
            + r"(?:which\s+)?(?:was\s+|has\s+been\s+|had\s+been\s+|later\s+)?(?:renamed|rebranded)"
            r"(?:\s+(?:itself|themselves))?(?:\s+(?:as|to|into))?\s+"
            + _THE
            + r"|"
            + _LEAD
            + r"(?:which\s+)?(?:changed|has\s+changed|later\s+changed)\s+its\s+name\s+to\s+"
            + _THE,
            re.I,
        ),
        "second",
    ),
    # "X, successor to Y", "X, the successor of Y", "X, which succeeded Y"
    (
        "successor",
        re.compile(
            _LEAD + r"(?:which\s+|that\s+)?(?:is\s+)?(?:the\s+|a\s+)?(?:successor\s+(?:to|of)"
            r"|succeeded)\s+" + _THE,
            re.I,
        ),
        "first",
    ),
    # "X (Y)": an acronym or a second name in parentheses
    ("paren", re.compile(r"\s*\(\s*" + _THE, re.I), "first"),
    # "X, or Y," (the closing comma is checked after the second name)
    ("or", re.compile(r"\s*,\s*or\s+" + _THE, re.I), "first"),
]
# Patterns whose second name must be closed off ("X (Y)", "X, or Y,"), else "Iran, or Russia and
# China" would read as an alias.
_CLOSERS = {"paren": (")",), "or": (",", ")", ".")}
# Patterns that hold between two different knowledge-base actors only when the names also look
# alike as acronym and full name: "the Taliban (TTP)" is a writer's gloss, not a statement.
_LOOSE = {"paren", "or"}


@dataclass(frozen=True)
class StatedAlias:
    """Two names the text gives one actor."""

    pattern: str  # which phrasing: former, also, renamed, successor, paren, or
    keep: ActorMention  # the mention whose actor both names now stand for
    alias: ActorMention  # the other name's mention (before joining)


def _kind(kb: KnowledgeBase, m: ActorMention, new_kinds: dict[str, str]) -> str:
    if m.actor_id.startswith("new:"):
        return "person" if new_kinds.get(m.actor_id) == "person" else "new"
    if m.actor_id.startswith("person:"):
        return "person"
    if ":" not in m.actor_id:
        return "state"  # "PAK", "PAK.MIL": a state and its institutions
    actor = kb.get(m.actor_id)
    return actor.kind if actor else "other"


def _initials(name: str) -> str:
    words = re.findall(r"[A-Za-z][A-Za-z']*", name.replace("-", " "))
    return "".join(w[0].upper() for w in words if w.lower() not in {"of", "the", "and", "for"})


def acronym_of(short: str, full: str) -> bool:
    """Whether `short` ("BLF", "TTP") abbreviates `full` ("Baloch Liberation Front"): its letters
    are the initials of the full name's main words, in order, allowing words it skips."""
    letters = re.sub(r"[^A-Za-z]", "", short).upper()
    if len(letters) < 2 or not short.replace(".", "").replace("-", "").isupper():
        return False
    initials = _initials(full)
    it = iter(initials)
    return initials[:1] == letters[:1] and all(c in it for c in letters)


def _closed(text: str, end: int, pattern: str) -> bool:
    closers = _CLOSERS.get(pattern)
    return closers is None or text[end:].lstrip().startswith(closers)


def _looks_alike(a: ActorMention, b: ActorMention) -> bool:
    return acronym_of(a.text, b.text) or acronym_of(b.text, a.text)


def stated_aliases(
    kb: KnowledgeBase,
    text: str,
    mentions: list[ActorMention],
    new_kinds: dict[str, str] | None = None,
) -> list[StatedAlias]:
    """The aliases a document states between neighbouring mentions; `new_kinds` gives the kind
    of each unknown actor (`new:` id -> "person", "group", ...)."""
    new_kinds = new_kinds or {}
    out = []
    ordered = sorted(mentions, key=lambda m: m.start)
    for first, second in zip(ordered, ordered[1:], strict=False):
        if first.actor_id == second.actor_id or first.end > second.start:
            continue
        gap = text[first.end : second.start]
        if len(gap) > 60 or "\n" in gap or text.startswith(("'s", "’s"), second.end):
            continue  # "X, formerly the Y's ally": Y's, not a second name of X
        kinds = [_kind(kb, first, new_kinds), _kind(kb, second, new_kinds)]
        if "state" in kinds:
            continue
        for pattern, regex, order in _GAPS:
            if not regex.fullmatch(gap) or not _closed(text, second.end, pattern):
                continue
            both_known = not first.actor_id.startswith("new:") and not second.actor_id.startswith(
                "new:"
            )
            if "person" in kinds and (pattern in _LOOSE or both_known and len(set(kinds)) > 1):
                # "Rahmon (Dushanbe's man)", "Rahmon, or the Front,": two actors. A stated
                # "formerly known as" between a person and an unknown name is believed: the
                # recogniser often takes a group's foreign name for a person's.
                break
            if pattern in _LOOSE and both_known and not _looks_alike(first, second):
                break
            if pattern == "paren" and "new" in kinds and not _looks_alike(first, second):
                # "the Jirga (Pakistan's tribal council)": a gloss. With an unknown name, only
                # an acronym in brackets is a second name.
                break
            keep, alias = (first, second) if order == "first" else (second, first)
            out.append(StatedAlias(pattern, *_preferred(keep, alias, pattern)))
            break
    return out


def _preferred(keep: ActorMention, alias: ActorMention, pattern: str) -> tuple[ActorMention, ...]:
    """Which of the two names the joined actor keeps: a known actor over an unknown one; among
    unknown ones the current name ("renamed", "formerly") or else the full name over its acronym."""
    keep_new, alias_new = keep.actor_id.startswith("new:"), alias.actor_id.startswith("new:")
    if keep_new and not alias_new:
        return alias, keep
    if keep_new and alias_new and pattern in {"paren", "or", "also"}:
        shorter_acronym = keep.text.isupper() and len(keep.text) < len(alias.text)
        if acronym_of(keep.text, alias.text) or shorter_acronym:
            return alias, keep
    return keep, alias


# An acronym defined right after a name: in brackets ("the Baloch Liberation Front (BLF)"),
# after ", or" or ", also known as" and closed by a comma or a bracket ("..., or BLF,").
_BRACKETED = re.compile(
    r"\s*(?:\(\s*|,\s*(?:or|also\s+known\s+as|known\s+as|a\.?k\.?a\.?)\s+(?:the\s+)?)"
    r"([A-Z][A-Za-z&\-]{1,8})\s*[),]"
)


def defined_acronyms(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """Mentions for acronyms a text defines in brackets after a name, at the definition and at
    every later use, where the recogniser found none (it often misses an unknown acronym)."""
    out: list[ActorMention] = []
    taken = [(m.start, m.end) for m in mentions]

    def free(start: int, end: int) -> bool:
        return all(end <= s or e <= start for s, e in taken)

    for m in sorted(mentions, key=lambda m: m.start):
        match = _BRACKETED.match(text, m.end)
        if not match or not acronym_of(match.group(1), m.text):
            continue
        acronym = match.group(1)
        uses = [match.start(1)] + [
            u.start()
            for u in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text)
            if u.start() > match.end()
        ]
        for i, start in enumerate(uses):
            end = start + len(acronym)
            if not free(start, end):
                continue
            taken.append((start, end))
            out.append(ActorMention(m.doc_id, start, end, acronym, m.actor_id, m.name, m.country,
                                    m.sector, m.wikidata,
                                    "stated-alias" if i == 0 else "text-alias"))  # fmt: skip
    return out


def join_aliases(
    kb: KnowledgeBase,
    text: str,
    mentions: list[ActorMention],
    new_kinds: dict[str, str] | None = None,
) -> list[StatedAlias]:
    """Give every mention of a stated alias its actor (in place, adding the mentions of
    acronyms defined in brackets); the aliases found."""
    mentions += defined_acronyms(text, mentions)
    mentions.sort(key=lambda m: m.start)
    found = stated_aliases(kb, text, mentions, new_kinds)
    target: dict[str, ActorMention] = {}
    for s in found:
        target.setdefault(s.alias.actor_id, s.keep)
    # Chains ("A (B), formerly C"): follow to the end, never round in a circle.
    for actor_id in list(target):
        seen = {actor_id}
        keep = target[actor_id]
        while keep.actor_id in target and keep.actor_id not in seen:
            seen.add(keep.actor_id)
            keep = target[keep.actor_id]
        target[actor_id] = keep
    stated = {id(s.alias) for s in found}
    # Later uses of a stated name that the recogniser took for an actor of its own ("the BLF"
    # after "the Baloch Liberation Front (BLF)").
    for m in mentions:
        if m.how == "stated-alias" and (key := name_key(m.text)):
            for other in mentions:
                if (
                    other.actor_id.startswith("new:")
                    and other.actor_id != m.actor_id
                    and (name_key(other.text) == key)
                ):
                    target.setdefault(other.actor_id, m)
    for m in mentions:
        hit = target.get(m.actor_id)
        if hit is None or hit.actor_id == m.actor_id:
            continue
        keep = hit
        m.actor_id, m.name, m.wikidata = keep.actor_id, keep.name, keep.wikidata
        m.country, m.sector = keep.country or m.country, keep.sector or m.sector
        m.how = "stated-alias" if id(m) in stated else "text-alias"
    return found


_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\"“‘(])|\n")


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of `text` that holds [start, end) (split at . ! ? before a capital, or a
    line break)."""
    left = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        left = match.end()
    right_match = _SENTENCE_END.search(text, end)
    right = right_match.end() if right_match else len(text)
    return text[left:right].strip()


@dataclass(frozen=True)
class LearntAlias:
    """An alias a document stated, kept in the store (never in the shipped knowledge base)."""

    alias: str
    actor_id: str
    name: str
    country: str | None
    sector: str | None
    doc_id: str
    sentence: str


def learnt_aliases(text: str, mentions: list[ActorMention]) -> list[LearntAlias]:
    """The aliases a document's joined mentions record (`how="stated-alias"`), one per name."""
    out: dict[tuple[str, str], LearntAlias] = {}
    for m in mentions:
        if m.how != "stated-alias":
            continue
        key = (name_key(m.text), m.actor_id)
        if key[0] and key not in out:
            sentence = sentence_around(text, m.start, m.end)
            out[key] = LearntAlias(m.text, m.actor_id, m.name, m.country, m.sector, m.doc_id,
                                   sentence)  # fmt: skip
    return list(out.values())


def apply_learnt(kb: KnowledgeBase, mentions: list[ActorMention]) -> None:
    """Unknown names another document stated as an alias take that document's actor (in place)."""
    if not kb.learnt:
        return
    for m in mentions:
        if not m.actor_id.startswith("new:"):
            continue
        hit = kb.learnt.get(name_key(m.text)) or kb.learnt.get(name_key(m.name))
        if hit is None or hit.actor_id == m.actor_id:
            continue
        m.actor_id, m.name = hit.actor_id, hit.name
        m.country, m.sector = m.country or hit.country, m.sector or hit.sector
        m.how = "learnt-alias"
