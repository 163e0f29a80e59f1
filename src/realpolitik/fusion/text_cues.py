"""What the words around a trigger say about which happening it names.

Fusion compares participants, dates and places; these cues add what the sentence itself tells:
a definite noun ("the raid", "this meeting", "Rahmon's meeting") points back at a happening the
document already named; an infinitive ("asked Islamabad to discuss") names a wanted act, not a
reported one; a specific trigger kind (a raid, a bombing) is a different happening from another
specific kind; a stated date ("on Sunday") differs from another stated date in the same text.
"""

from __future__ import annotations

import re

from realpolitik.model import EventMention

# ---- definite nominal references

# A determiner (or a possessive) then at most two modifiers ("the deadly", "this first") right
# before the trigger. "that" only counts directly before the trigger: "a bombing that killed"
# is a relative clause, "that raid" a reference. A possessive pronoun points back as "the" does
# ("Police detained X ... His detention was condemned": round r17, fuse16, fusion_own11 tune).
_DEFINITE_BEFORE = re.compile(
    r"(?:\b(?:the|this|these|those|such|said|his|her|its|their)\s+(?:[\w-]+\s+){0,2}"
    r"|\bthat\s+|[\w-]+['’]s\s+(?:[\w-]+\s+){0,1})$",
    re.IGNORECASE,
)

# Triggers that read as nouns: without a part-of-speech tag in the mention, the form decides.
# "this group came", "the two sides agreed" are a subject and its verb, not a reference.
_NOMINAL_SUFFIXES = ("ing", "ings", "tion", "tions", "sion", "sions", "ment", "ments", "ure", "al")
_NOMINAL_WORDS = frozenset(
    "visit visits trip trips talks call summit raid raids attack attacks strike strikes airstrike "
    "airstrikes blast blasts clash clashes assault offensive ambush takeover crackdown siege ban "
    "embargo deal protest protests aid accusation accusations exercise exercises operation "
    "skirmish skirmishes battle battles fight war "
    # nouns spelt as their verb, of acts a later sentence refers back to ("called the arrest
    # political", "the swap was arranged"; round r9, fusion_own3 tune)
    "arrest arrests release releases swap swaps blockade boycott veto tariff levy "
    # agreement nouns a later sentence judges ("welcomed the accord", "the pact of 4 June";
    # round r21, fuse20, fusion_own15 tune)
    "accord accords pact pacts treaty treaties".split()
)


def looks_nominal(trigger: str) -> bool:
    """The trigger reads as a noun by its first word: a light verb's trigger runs from the verb
    to its event noun ("carried out the raid", "held talks") and reports an act, so it is no
    reference back to a named happening whatever its last word."""
    word = trigger.strip().lower().split()[0] if trigger.strip() else ""
    return word in _NOMINAL_WORDS or (len(word) > 4 and word.endswith(_NOMINAL_SUFFIXES))


def _before_trigger(m: EventMention, width: int = 48) -> str | None:
    offset = m.trigger_start - m.char_start
    if offset < 0 or offset > len(m.sentence):
        return None
    return m.sentence[max(0, offset - width) : offset]


# "the first visit", "the latest attack", "a new round": these introduce a happening.
_NEW_REFERENT = re.compile(
    r"\b(?:first|second|third|latest|last|next|new|recent|previous|another|other)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


def is_definite_anaphor(m: EventMention) -> bool:
    """'the meeting', 'this visit', "Rahmon's meeting": a noun pointing at a named happening."""
    before = _before_trigger(m)
    if before is None or not looks_nominal(m.trigger):
        return False
    return bool(_DEFINITE_BEFORE.search(before)) and not _NEW_REFERENT.search(before)


# ---- a back-reference dated by the report that holds it

# A verb of saying and the "that" opening its clause, right before a definite act noun: "said
# on Wednesday that the detention", "told reporters on Friday that the seizure".
_REPORTED_THAT = re.compile(
    r"\b(?:said|says|told\s+[\w-]+|stated|added|insisted|argued|declared)\b(?P<between>[^,;.]*?)"
    r"\bthat\s+(?:the|this|its|their)\s+$",
    re.IGNORECASE,
)


def is_dated_by_its_report(m: EventMention) -> bool:
    """A definite act noun opening a reported clause whose only date words are the report's: "A
    ministry spokeswoman said on Wednesday that the detention was a provocation" dates the
    detention Wednesday, the day of the saying, while the wire told it on Tuesday (round r28,
    fuse27: fusion_own22 tune). The date words stand between the verb of saying and "that"."""
    if not is_definite_anaphor(m) or not m.date.text:
        return False
    before = _before_trigger(m, width=120)
    found = _REPORTED_THAT.search(before or "")
    return found is not None and m.date.text.lower() in found.group("between").lower()


# ---- a decision retold under another act

# An owned or definite "decision to" right before the act ("in support of the government's
# decision to withdraw its ambassador"): the decision taken, told as a back-reference.
_OWNED_DECISION_TO = re.compile(
    r"\b(?:the|this|that|its|their|[\w-]+['’]s)\s+decision\s+to\s+$", re.IGNORECASE
)


def is_retold_decision(m: EventMention) -> bool:
    """A taken decision's act (`events/taken_decisions`) told under another act and dated by
    that act's date words: "Dam workers blocked the bridge on Friday in support of the
    government's decision to withdraw its ambassador" dates the recall Friday, the day of the
    blockade, while the wire told the recall on Wednesday (round r29, fuse28: fusion_own23 tune).
    Only where the date words stand before the decision and none follow the act."""
    if not m.date.text:
        return False
    offset = m.trigger_start - m.char_start
    before = _before_trigger(m, width=60)
    found = _OWNED_DECISION_TO.search(before or "")
    if found is None or offset < 0:
        return False
    decision_at = offset - len(before or "") + found.start()
    date_text = m.date.text.lower()
    sentence = m.sentence.lower()
    return date_text in sentence[:decision_at] and date_text not in sentence[offset:]


# ---- an act told as done again

# "again", "anew" or "once more" in the trigger's clause (up to the next comma, semicolon, colon
# or full stop), or "again" right before the trigger: "then shut it again on Thursday", "police
# again arrested him".
_AGAIN_AFTER = re.compile(r"^[^,;:.]*?\b(?:again|anew|once more)\b", re.IGNORECASE)
_AGAIN_BEFORE = re.compile(r"\bagain\s+$", re.IGNORECASE)


def is_told_again(m: EventMention) -> bool:
    """The act is said to be done again: a repeat of one done before, not that one."""
    offset = m.trigger_start - m.char_start
    if offset < 0 or offset > len(m.sentence):
        return False
    after = m.sentence[offset + len(m.trigger) :]
    return bool(_AGAIN_AFTER.search(after) or _AGAIN_BEFORE.search(m.sentence[:offset]))


def repeat_and_original(m: EventMention, x: EventMention) -> bool:
    """One document tells an act, then tells it done again: "Cairo's decision to close Rafah a
    week ago ... then shut it again on Thursday" are two closures, whatever their parties and
    overlapping dates say (round r26, fuse25: fusion_own20 tune). Only within a document:
    another report may tell the repeat without the word."""
    if m.doc_id != x.doc_id:
        return False
    first, later = (m, x) if m.trigger_start < x.trigger_start else (x, m)
    return is_told_again(later) and not is_told_again(first)


# ---- an act told as a separate incident

# A sentence opened by "In a separate attack", "In an unrelated incident" or "In another raid"
# (the noun first or after one modifier) tells a happening other than the ones its report told
# before it: the writer says so. The noun must name a happening: "In a separate statement, the
# governor said the gunmen had attacked ..." retells the same attack (round r42, fuse41:
# fusion_own36 tune joined a vendor shot "in a separate attack" with the grenade attack told
# just before, same town and day).
_SEPARATE_OPENER = re.compile(
    r"^\W*in\s+(?:(?:a|an)\s+(?:separate|unrelated)|another)\s+([\w-]+)(?:\s+([\w-]+))?",
    re.IGNORECASE,
)
_HAPPENING_NOUNS = frozenset(
    "incident attack raid shooting clash ambush arrest operation case blast explosion bombing "
    "seizure killing abduction kidnapping protest demonstration strike".split()
)


def is_told_as_separate(m: EventMention) -> bool:
    """The mention's sentence opens by calling its act a separate incident."""
    found = _SEPARATE_OPENER.match(m.sentence)
    if found is None:
        return False
    return any((word or "").lower() in _HAPPENING_NOUNS for word in found.groups())


def separate_from_earlier(m: EventMention, x: EventMention) -> bool:
    """One document tells an act, then a sentence opened by "In a separate attack" tells
    another: the later one is not any act of the earlier sentences. Only within a document:
    another report may tell the separate act first, or without the words."""
    if m.doc_id != x.doc_id or m.char_start == x.char_start:
        return False
    later = m if m.char_start > x.char_start else x
    return is_told_as_separate(later)


# ---- an act's own doer, named by a possessive

# "'s" and at most one modifier between a possessor and the trigger ("the ministry's suspension",
# "Rusu's ministry's new ban" reads its nearest possessor).
_POSSESSIVE_GAP = re.compile(r"^['’]s\s+(?:[\w-]+\s+)?$")


def possessive_doers(m: EventMention) -> set[str]:
    """The actor ids of the mention's own doers named by a possessive right before its trigger
    ("the ministry's suspension of the licence": the ministry); empty when there is none."""
    out = set()
    for a in m.source:
        if a.doc_id != m.doc_id or a.end > m.trigger_start or m.trigger_start - a.end > 24:
            continue
        gap = m.sentence[a.end - m.char_start : m.trigger_start - m.char_start]
        if _POSSESSIVE_GAP.match(gap):
            out.add(a.actor_id)
    return out


# ---- wanted acts

_TO_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)


def is_wanted_act(m: EventMention) -> bool:
    """An infinitive that is not reported as done ('asked X to discuss', 'seeks to overthrow').

    It names what someone wants to happen: never the same happening as a reported one elsewhere.
    """
    before = _before_trigger(m, 8)
    if m.polarity == "asserted" or before is None or not _TO_BEFORE.search(before):
        return False
    return not is_past_decision(m)


# "Chad's decision to shut the frontier last Sunday", "Cairo's decision to close Rafah a week
# ago": a decision the sentence dates in the past is one taken, and its act is the act other
# reports tell as done (round r27, fuse26: fusion_own19 and fusion_own20 tune, where the
# infinitive, read as intended, never met the closure it retold). Only with a date phrase that
# looks back ("last", "ago", "earlier", "yesterday"): "the decision to close the border next
# month" stays a plan.
_DECISION_TO = re.compile(r"\bdecisions?\s+to\s+$", re.IGNORECASE)
_LOOKS_BACK = re.compile(r"\b(?:last|ago|earlier|yesterday)\b", re.IGNORECASE)


def is_past_decision(m: EventMention) -> bool:
    """The act is the object of "decision to" and its stated date looks back."""
    before = _before_trigger(m, 20)
    return (
        before is not None
        and bool(_DECISION_TO.search(before))
        and not m.date.from_document
        and bool(m.date.text and _LOOKS_BACK.search(m.date.text))
    )


# ---- trigger kinds

# Kinds of an assault that are different happenings when both are named: a raid on a cell and a
# bombing of a mosque, reported in one paragraph, are two events. Generic words ("attack",
# "killed", "fighting") have no kind and fit any.
_ASSAULT_KINDS = (
    ("raid", ("raid",)),
    ("bombing", ("bomb", "blast", "explos", "suicide")),
    ("clash", ("clash", "skirmish", "firefight", "battle")),
    ("airstrike", ("airstrike", "air strike", "drone", "shell", "bombard")),
    ("assassination", ("assassin",)),
    ("abduction", ("kidnap", "abduct")),
)


# Kinds of a protest between states that are different acts when both are named: summoning an
# envoy and accusing the other side. "Moscow summoned Estonia's ambassador over the seizure" and
# "Russia's foreign ministry accused Tallinn of piracy" joined as one event through their shared
# sides and day (issue 9, round r38, fuse37: fusion_own32 tune, three wrong pairs in two stories;
# stop 57's leftover "a summons and a later accusation joined"). A summons is read as ACCUSE or
# CONSULT, so its kind holds for any type; an accusation only as ACCUSE. Other words of protest
# ("protested", "condemned", "the protest") have no kind and fit either.
_SUMMONS_STEMS = ("summon",)
_ACCUSATION_STEMS = ("accus",)


def trigger_kind(m: EventMention) -> str | None:
    word = m.trigger.lower()
    if not m.source and m.plover_type != "ASSAULT":
        # a protest whose sentence names no doer may be the one its report's summons names:
        # joined, it takes that doer (reader_own8 tune: "Guyana on Wednesday accused ..." read
        # with no source lost its doer when kept apart from "Georgetown summoned ...")
        return None
    if word.startswith(_SUMMONS_STEMS):
        return "summons"
    if m.plover_type == "ACCUSE" and word.startswith(_ACCUSATION_STEMS):
        return "accusation"
    if m.plover_type != "ASSAULT":
        return None
    for kind, stems in _ASSAULT_KINDS:
        if any(word.startswith(stem) for stem in stems):
            return kind
    return None


# ---- stated dates

_DATE_FILLER = re.compile(r"\b(?:on|in|at|the|of|earlier|last|this|since)\b|[^\w\s]", re.I)


def stated_date_key(m: EventMention) -> str | None:
    """The date words the sentence gave, normalised ('on Sunday' -> 'sunday'); None if none."""
    if m.date.from_document or not m.date.text:
        return None
    key = " ".join(_DATE_FILLER.sub(" ", m.date.text.lower()).split())
    return key or None
