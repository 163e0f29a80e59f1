"""When an event happened: the date phrase nearest the trigger, resolved against `published`.

The phrase is a spaCy DATE entity (or a year after "in"/"since", which spaCy often calls a
CARDINAL) in the trigger's sentence; lengths of time ("8 days") and ages are skipped. Relative
phrases ("on Monday", "January 30", "last week") are resolved against the document's published
date; without one they keep their text with precision "unknown" -- no year is invented.
Weekdays and bare years are read here; everything else goes to dateparser, whose `period` gives
the precision (it fills in a day for "in March": the precision, not the day, is kept).
A phrase that dates another word is skipped ("over Tuesday's seizure", "flights from next
year", "the strike they began on Tuesday"), and an offset ("a day later", "the next day") hung
on the act counts from the sentence's earlier date.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache, lru_cache
from pathlib import Path

import yaml
from dateparser.date import DateDataParser
from spacy.tokens import Span, Token

from realpolitik.events.date_periods import decade_part, read_period, week_of_month, years_in
from realpolitik.model import DateInfo, Precision
from realpolitik.nlp.token_columns import doc_text

LEXICON_PATH = Path(__file__).resolve().parents[1] / "data" / "events" / "dates.yaml"

WEEKDAYS = tuple(day.lower() for day in calendar.day_name)  # monday ... sunday
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
BARE_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
POSSESSIVE_END = re.compile(r"\s*(?:['\u2019]s|(?<=s)['\u2019])$")
# A weekday placed in a week named from the published date ("on Thursday last week", "Monday of
# next week"): read as a bare weekday it found no match and the act took its document's date
# (round r23, fuse22: fusion_own17 tune, a summons told as background a week before an expulsion).
WEEKDAY_OF_WEEK = re.compile(
    r"^(" + "|".join(WEEKDAYS) + r")(?:,)? (?:of )?(last|previous|this|next) week$"
)
WEEKDAY = re.compile(r"^(?:(last|this|this past|past|next|coming) )?(" + "|".join(WEEKDAYS) + r")$")
# A day of the month alone ("on the 8th", "the 24th"): a day of the published month, or of the
# month before where that day is still to come. Dateparser read a one-digit ordinal as a month
# ("the 8th" as August of the year before) and a later day as one to come (round r36, fuse35:
# fusion_own30 tune, "arrested by Indian guards on the 24th" under a "August 25" date line).
DAY_OF_MONTH = re.compile(r"^(?:the )?([12]?\d|3[01])(?:st|nd|rd|th)$")
# How far up the parse a date phrase may hang from the trigger's clause and still be its date:
# "met ... on Monday" (date -> on -> met) is 2; deeper is usually another clause's date.
MAX_ATTACHMENT_DEPTH = 4
# Month names, full and short, for a day and month the entity recogniser left unlabelled
# ("on 11 February" read as a CARDINAL and a PROPN).
MONTHS = frozenset(
    [m.lower() for m in calendar.month_name[1:]]
    + [m.lower() for m in calendar.month_abbr[1:]]
    + ["sept"]
)
# A wire date line opening the sentence ("DJIBOUTI, Nov 2, 2026 (Horn Wire) - Eritrea on Sunday
# released ..."): an upper-case place and a comma before the phrase, and after it at most a
# year, an outlet in brackets and a dash. The parser hangs its date on the main verb, nearer
# than the act's own "on Sunday" (round r12, fuse9: fusion_own6 tune); it is the article's day,
# so it dates the act only when no phrase of the act's own does (not skipped: round r11 found
# "on Tuesday" hung on a describing clause, the date line then the only date of the act).
_DATE_LINE_BEFORE = re.compile(r"^\s*[A-Z][A-Z .'-]+,\s*$")
_DATE_LINE_AFTER = re.compile(r"^[\s,]*(?:\d{4})?\s*(?:\([^()]{1,60}\))?\s*[-\u2013\u2014]\s")
# dateparser builds its language data per parser; one parser per base date, a few bases at once.
PARSER_CACHE_SIZE = 64
# Resolved (text, published) pairs kept: news repeats its few date phrases across documents.
RESOLVE_CACHE_SIZE = 8192

Resolved = tuple[date | None, date | None, Precision]


@dataclass(frozen=True)
class Lexicon:
    leading_qualifiers: re.Pattern[str]
    day_parts: re.Pattern[str]
    duration_units: frozenset[str]
    quantity_words: frozenset[str]
    anchor_words: frozenset[str]
    never_dates: frozenset[str]
    year_prepositions: frozenset[str]
    period_start_prepositions: frozenset[str]
    offset_counts: dict[str, int]
    next_day_words: frozenset[str]
    same_day_words: frozenset[str]
    reacting_verbs: frozenset[str]
    reporting_verbs: frozenset[str]
    doers_pointed_back: frozenset[str]
    parts_of_that_day: frozenset[str]
    hours_later_units: frozenset[str]
    overnight_words: frozenset[str]
    nightfall_words: frozenset[str]
    time_clause_marks: dict[str, int]
    seasons: dict[str, tuple[int, int]]


@cache
def lexicon() -> Lexicon:
    """The word lists, read once."""
    raw = yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))
    qualifiers = sorted((re.escape(q) for q in raw["leading_qualifiers"]), key=len, reverse=True)
    units = set(raw["duration_units"]) | {u + "s" for u in raw["duration_units"]}
    return Lexicon(
        leading_qualifiers=re.compile(r"^(?:(?:" + "|".join(qualifiers) + r")(?:\s+|-))+"),
        day_parts=re.compile(r"\s+(?:" + "|".join(map(re.escape, raw["day_parts"])) + r")$"),
        duration_units=frozenset(units),
        quantity_words=frozenset(raw["quantity_words"]),
        anchor_words=frozenset(raw["anchor_words"]),
        never_dates=frozenset(raw["never_dates"]),
        year_prepositions=frozenset(raw["year_prepositions"]),
        period_start_prepositions=frozenset(raw["period_start_prepositions"]),
        offset_counts={str(k): int(v) for k, v in raw["offset_counts"].items()},
        next_day_words=frozenset(raw["next_day_words"]),
        same_day_words=frozenset(raw["same_day_words"]),
        reacting_verbs=frozenset(raw["reacting_verbs"]),
        reporting_verbs=frozenset(raw["reporting_verbs"]),
        doers_pointed_back=frozenset(raw["doers_pointed_back"]),
        parts_of_that_day=frozenset(raw["parts_of_that_day"]),
        hours_later_units=frozenset(raw["hours_later_units"]),
        overnight_words=frozenset(raw["overnight_words"]),
        nightfall_words=frozenset(raw["nightfall_words"]),
        time_clause_marks={str(k): int(v) for k, v in raw["time_clause_marks"].items()},
        seasons={str(k): (int(v[0]), int(v[1])) for k, v in raw["seasons"].items()},
    )


def resolve_date(sent: Span, trigger: Token, published: date | None) -> DateInfo:
    """The date of the event of `trigger`: from its sentence, else the document's date."""
    if isinstance(published, datetime):
        published = published.date()
    phrases = _date_phrases(sent, trigger)
    if offset := _day_offset_of(sent, trigger, phrases, published):
        return offset
    if offset := _time_clause_offset(trigger, phrases, published):
        return offset
    if offset := _time_phrase_noun_offset(trigger, phrases, published):
        return offset
    if offset := _trailing_offset_of_act_noun(trigger, phrases, published):
        return offset
    if offset := _previous_sentence_offset(sent, trigger, phrases, published):
        return offset
    if later := _later_that_day(sent, trigger, published):
        return later
    for phrase in phrases:
        resolved = resolve_text(phrase.text, published)
        if resolved is not None and not _starts_what_was_done(phrase, trigger, resolved, published):
            start, end, precision = resolved
            return DateInfo(
                start=start.isoformat() if start else None,
                end=end.isoformat() if end else None,
                precision=precision,
                text=phrase.text,
            )
    if year := _year_before_act_noun(trigger):
        return DateInfo(
            start=f"{year}-01-01", end=f"{year}-12-31", precision="year", text=str(year)
        )
    if carried := _day_of_the_doers_pointed_back_to(sent, trigger, published):
        return carried
    if published is None:
        return DateInfo(precision="unknown", from_document=True)
    day = published.isoformat()
    return DateInfo(start=day, end=day, precision="day", text=None, from_document=True)


def _year_before_act_noun(trigger: Token) -> int | None:
    """The bare year the act noun carries as its own number ("Traders remember the 2035
    closure", "Lusaka's 2034 expulsion"), which the recogniser labels a cardinal: used only where
    the sentence gives the act no date phrase at all, in place of the document's date, which
    made a retold act of years ago one with the new one (round r31, fuse30: fusion_own25 tune;
    round r29's wider form, taken ahead of the sentence's own dates, cost own23 check; giving
    the year also to the verb of a relative clause on the noun, "the 2036 raid in which officers
    torched 40 houses", cost own25 check and was dropped)."""
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return None
    for child in trigger.children:
        if child.dep_ == "nummod" and child.i < trigger.i and BARE_YEAR.match(child.text):
            return int(child.text)
    return None


def _date_phrases(sent: Span, trigger: Token) -> list[Span]:
    """Date phrases of the sentence, those hanging from the trigger's clause first, then nearest."""
    lex = lexicon()
    ents = sent.ents  # spaCy makes a Span of each of the document's entities at every access
    phrases = [
        e
        for date_ent in ents
        if date_ent.label_ == "DATE"
        for e in _day_and_count_apart(date_ent, lex)
        if not _is_length_or_age(e.text, lex) and not _apposed_age(e)
    ]
    phrases += [
        e
        for e in ents
        if e.label_ == "CARDINAL"
        and BARE_YEAR.match(e.text)
        and (e.root.head.lower_ in lex.year_prepositions or _year_after_bare_preposition(e))
    ]
    # A time of day on a named day ("on Friday night", "in the small hours of 4 May"): the
    # recogniser labels the whole a TIME (lead, stop 42: probes dated such acts by the document)
    phrases += [e for e in ents if e.label_ == "TIME" and _names_a_day(e)]
    phrases += _unlabelled_days(sent, phrases)
    # A nominal trigger takes its date through its verb ("the attack was on January 30");
    # a verb's head is another clause, with dates of its own.
    anchors = _anchors(trigger)
    phrases = [p for p in phrases if not _dates_another_word(p, anchors, lex)]
    phrases = [p for p in phrases if not _lends_no_date(p, trigger, lex)]
    phrases = [p for p in phrases if not _dates_the_participles_main_verb(p, trigger)]

    def rank(phrase: Span) -> tuple[int, int, int]:
        for anchor_rank, anchor in enumerate(anchors):
            depth = _attachment_depth(phrase.root, anchor)
            if depth is not None:
                if _in_date_line(phrase, sent):
                    depth = MAX_ATTACHMENT_DEPTH + 1  # after the act's own phrases
                return (anchor_rank, depth, abs(phrase.root.i - trigger.i))
        return (len(anchors), 0, abs(phrase.root.i - trigger.i))

    return sorted(phrases, key=rank)


def _day_and_count_apart(phrase: Span, lex: Lexicon) -> list[Span]:
    """A date entity that runs from a day over a comma into the count of days of the clause that
    follows ("on Sunday, four days after Japanese officers detained ..." labelled "Sunday, four
    days"), as its two phrases: the day, and the count (which `_time_clause_offset` reads from
    the parse). Read as one, the entity named no day, and the sending and the detention both
    took the document's date (round r39, fuse38: a fusion_own33 tune miss). A comma with no
    count after it ("Sunday, August 18") keeps the entity whole, and so does a count of an act
    noun's phrase ("on Wednesday, two days after the arrest of ...": cut, the arrest took its
    own day and lost the report it had joined undated, fusion_own24 tune 0.320 -> 0.174)."""
    doc = phrase.doc
    for comma in phrase[1:-1]:
        if comma.text != ",":
            continue
        after = doc[comma.i + 1 : phrase.end]
        counted = len(after) == 2 and after[1].lower_ in {"day", "days"}
        if not counted or after[1].head.pos_ not in {"VERB", "AUX"}:
            continue  # the count of a clause's verb only ("four days after officers detained")
        if after[0].text.isdigit() or after[0].lower_ in lex.offset_counts:
            return [doc[phrase.start : comma.i], doc[comma.i + 1 : phrase.end]]
    return [phrase]


def _year_after_bare_preposition(year: Span) -> bool:
    """A year right after a year preposition that the parser left without an object: in "In 2038
    Chilean soldiers detained two herders" (no comma) it reads the year as a count of the
    subject ("2038 soldiers") and the "In" as an empty preposition, so a retold act of years ago
    took its document's day and joined the new act of its story (round r33, fuse32: a
    fusion_own27 tune miss; "In 2038, ..." with a comma was already read)."""
    if year.start == 0:
        return False
    before = year.doc[year.start - 1]
    return (
        before.lower_ in lexicon().year_prepositions
        and before.dep_ == "prep"
        and not any(child.dep_ == "pobj" for child in before.children)
    ) or _year_counting_the_stolen_subject(year, before)


def _year_counting_the_stolen_subject(year: Span, before: Token) -> bool:
    """ "In 2054 miners also occupied the company's offices" (no comma): the parser makes the year
    a count of the people ("2054 miners") and the people the object of "In", so the verb keeps
    no subject and the retold act of years ago took its document's day and joined the new act of
    its story (issue 9, stop 73, fuse52: fusion_own47 tune, two of the three retold acts). Only
    where the preposition opens the sentence and the verb it hangs on has no subject of its own:
    "power was cut in 2000 homes" stays a count."""
    counted = year.root.head
    return (
        before.lower_ in lexicon().year_prepositions
        and bool(before.is_sent_start)
        and year.root.dep_ == "nummod"
        and counted.dep_ == "pobj"
        and counted.head.i == before.i
        and before.head.pos_ in {"VERB", "AUX"}
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in before.head.children)
    )


def _apposed_age(phrase: Span) -> bool:
    """A bare number of one or two digits set off by commas ("Ramiro Choque, 23, was hit"): a
    person's age, which the recogniser labels a DATE and which was read as that day of the month
    (round r32, fuse31: a fusion_own26 tune miss, a wounding dated the 23rd)."""
    doc = phrase.doc
    return (
        len(phrase) == 1
        and phrase.text.isdigit()
        and len(phrase.text) <= 2
        and phrase.start > 0
        and phrase.end < len(doc)
        and doc[phrase.start - 1].text == ","
        and doc[phrase.end].text == ","
    )


def _unlabelled_days(sent: Span, labelled: list[Span]) -> list[Span]:
    """A day and month name side by side that no date entity covers ("on 11 February", "on
    February 11": round r12, fuse9; the recogniser labelled the day a CARDINAL and left the act
    dated by its document, read from a fusion_own1 tune miss), and a weekday outside every
    entity."""
    covered = {i for span in labelled for i in range(span.start, span.end)}
    found = []
    for token in sent:
        if token.lower_ in WEEKDAYS and token.is_title and not token.ent_type_:
            # a weekday no entity holds: "in the early hours of Tuesday" labelled "the early
            # hours" a TIME and left the day out (lead, stop 42)
            found.append(sent.doc[token.i : token.i + 1])
            continue
        if token.lower_.rstrip(".") not in MONTHS or not token.is_title or token.i in covered:
            continue
        for day in (token.nbor(-1) if token.i > sent.start else None,
                    token.nbor(1) if token.i + 1 < sent.end else None):  # fmt: skip
            if day is not None and day.i not in covered and _day_number(day.text):
                start, end = min(day.i, token.i), max(day.i, token.i) + 1
                found.append(sent.doc[start:end])
                break
    return found


def _names_a_day(phrase: Span) -> bool:
    """The phrase holds a weekday's or a month's name."""
    return any(t.lower_.rstrip(".") in MONTHS or t.lower_ in WEEKDAYS for t in phrase if t.is_title)


def _day_number(text: str) -> bool:
    return text.isdigit() and 1 <= int(text) <= 31


def _in_date_line(phrase: Span, sent: Span) -> bool:
    """The phrase is the date of a wire date line that opens the sentence (`_DATE_LINE_BEFORE`).
    Read from the start of the phrase's line: the sentence splitter often cuts the place off
    as a sentence of its own (", Nov 2, 2026 (Horn Wire) - Eritrea on Sunday ...")."""
    # Joined once per document (`doc.text` joins every token at each access: 177 calls cost
    # 1.2 s of the events stage's 23 s in a profile of 100 ECB+ documents).
    text = doc_text(sent.doc)
    line_start = text.rfind("\n", 0, phrase.start_char) + 1
    before = text[line_start : phrase.start_char]
    after = text[phrase.end_char : phrase.end_char + 80]
    return bool(_DATE_LINE_BEFORE.match(before) and _DATE_LINE_AFTER.match(after))


def _anchors(trigger: Token) -> list[Token]:
    """The trigger, and for a nominal trigger its verb: "the attack was on January 30"."""
    if trigger.pos_ in {"NOUN", "PROPN"} or trigger.dep_ in {"xcomp", "acl"}:
        return [trigger, trigger.head]
    return [trigger]


def _lends_no_date(phrase: Span, trigger: Token, lex: Lexicon) -> bool:
    """The phrase is another act's, though the act has no date of its own: the act is named as
    what another act reacts to and the phrase stands before it on the reaction's verb or in
    another clause ("on Tuesday condemned the ban": Tuesday is the condemnation's day; "called
    the arrest political and said it would rally on Sunday"). A phrase after the object on the
    reaction's verb ("welcomed the release of the mayor on Sunday") is left to the ranking, as
    English leaves it open."""
    if _attachment_depth(phrase.root, trigger) is not None:
        return False
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return False
    verb = trigger.head
    if trigger.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif trigger.dep_ not in {"dobj", "nsubjpass"}:
        return False
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.reacting_verbs:
        return False
    return (
        _clause_verb(phrase.root) != verb
        or phrase.start < trigger.i
        or _bare_noun_then_verbs_phrase(phrase, trigger, verb)
    )


def _dates_the_participles_main_verb(phrase: Span, trigger: Token) -> bool:
    """The act is a past participle on the subject of another verb and the phrase hangs on that
    verb, outside the participle ("Two men arrested after the attack were charged on Friday"):
    the participle tells an earlier act of its own, and Friday is the charge's day (issue 9,
    stop 61, fuse40: fusion_own35 tune, the arrest took the charge's day and stayed apart from
    the same arrest told by another outlet). A day inside the participle ("a man arrested on
    Monday") is its own."""
    noun = trigger.head
    if trigger.dep_ != "acl" or trigger.tag_ != "VBN" or noun.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    if trigger.left_edge.i <= phrase.root.i <= trigger.right_edge.i:
        return False
    return _clause_verb(phrase.root) == noun.head


def _bare_noun_then_verbs_phrase(phrase: Span, trigger: Token, verb: Token) -> bool:
    """The phrase hangs on the reaction's verb and follows its bare object noun ("condemned
    the closure on Monday"): nothing after the noun could carry it, so it is the reaction's day;
    the closure's own would be told before it ("Sunday's closure"). With words after the noun
    ("welcomed the release of the mayor on Sunday") English leaves it open (round r26, fuse25:
    fusion_own20 tune, the closure took the condemnation's Monday)."""
    prep = phrase.root.head
    return (
        prep.dep_ == "prep"
        and prep.head.i == verb.i
        and prep.i == trigger.i + 1
        and not any(True for _ in trigger.rights)
    )


def _starts_what_was_done(
    phrase: Span, trigger: Token, resolved: Resolved, published: date | None
) -> bool:
    """A period start after the published date on a verb told in the past ("proposed weekly
    trains from next spring", "agreed to cut tariffs from next year") is when what was proposed
    or agreed begins: the act itself was done by the published date."""
    start = resolved[0]
    return (
        published is not None
        and start is not None
        and start > published
        and trigger.tag_ in {"VBD", "VBN"}
        and phrase.root.head.lower_ in lexicon().period_start_prepositions
    )


def _clause_verb(token: Token) -> Token | None:
    """The nearest verb above `token`: the one whose clause it is in."""
    for _ in range(MAX_ATTACHMENT_DEPTH + 1):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in {"VERB", "AUX"}:
            return token
    return None


def _dates_another_word(phrase: Span, anchors: list[Token], lex: Lexicon) -> bool:
    """The phrase dates a word other than the act: a possessive ("protested over Tuesday's
    seizure": the seizure's day, not the protest's), the start of a period hung on another
    word ("proposed direct flights from next year", "agreed to pay arrears from July": when
    the flights and the payments start, not when the proposal or the deal was made), or the
    verb of a clause that describes a noun ("suspended the strike they began on Tuesday, after
    the government agreed": the strike's start, not the agreement's day)."""
    held = {a.i for a in anchors}
    root = phrase.root
    if root.dep_ == "poss":
        return root.head.i not in held
    head = root.head
    if head.lower_ in lex.period_start_prepositions:
        return head.head.i not in held
    verb = head.head if head.dep_ == "prep" else head
    if verb.pos_ == "VERB" and verb.dep_ in {"relcl", "acl"} and verb.i not in held:
        if _describes_the_acts_object(verb, held):
            return False
        # not when the act is told inside that clause: "the rebels, who crossed the border on
        # Tuesday and attacked a camp" (and a wire's opening sentence, which the parser hangs on
        # the date line's place as a relative clause): the attack is Tuesday's (round r24,
        # fuse23: fusion_own18 tune, "crossed ... on Tuesday and attacked" took the date line's
        # day)
        return not _within(verb, anchors)
    clause_verb = _clause_verb(root)
    if clause_verb is not None and _earlier_act_reported(clause_verb, anchors, lex):
        return True
    return clause_verb is not None and _conjoined_clause_of_its_own(clause_verb, anchors)


def _describes_the_acts_object(verb: Token, held: set[int]) -> bool:
    """A present participle on the act's object or on the object of one of its prepositions
    ("shot at a canoe carrying fish from Mfangano yesterday", "stopped a convoy bringing cattle
    to the market on Wednesday"): it tells what the object was doing when the act met it, so a
    day hung on it is the act's (round r37, fuse36: fusion_own31 tune, a shooting told
    "yesterday" this way took the report's own day). A relative clause ("the strike they began
    on Tuesday") and a past participle ("a man arrested on Monday") tell acts of their own."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG":
        return False
    noun = verb.head
    owner = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    return noun.dep_ in {"dobj", "pobj"} and owner.i in held


def _earlier_act_reported(verb: Token, anchors: list[Token], lex: Lexicon) -> bool:
    """The phrase dates a reporting verb ("said on Friday") whose reported clause tells the act
    in the past perfect ("its men had fired on smugglers"): the act came before the saying,
    and the saying's day is not its own (`reporting_verbs`)."""
    if verb.lemma_.lower() not in lex.reporting_verbs:
        return False
    return any(
        a.head.i == verb.i
        and a.dep_ in {"ccomp", "parataxis"}
        and any(c.dep_ == "aux" and c.lower_ == "had" for c in a.children)
        for a in anchors
        if a.i != verb.i
    )


def _within(verb: Token, anchors: list[Token]) -> bool:
    """Some anchor lies in the verb's clause (its subtree's span)."""
    return any(verb.left_edge.i <= a.i <= verb.right_edge.i for a in anchors)


def _conjoined_clause_of_its_own(verb: Token, anchors: list[Token]) -> bool:
    """The phrase hangs on a clause joined by "and" that has a subject of its own, and the act
    lies outside that clause ("Vilnius had summoned the envoy the day after ..., and on Friday
    lawmakers urged ..."): Friday is the lawmakers' day, not the summons's, which a recall
    without a day of its own took before (round r24, fuse23: fusion_own18 tune, a summons told
    by two outlets fell on two days). A conjunct sharing the act's subject ("crossed on Tuesday
    and attacked") is one clause's acts, and an act inside the clause ("and on Friday troops
    attacked the town, killing 12") takes its day: both keep the ranking."""
    return (
        verb.pos_ in {"VERB", "AUX"}
        and verb.dep_ == "conj"
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
        and not _within(verb, anchors)
    )


def _day_offset_of(
    sent: Span, trigger: Token, phrases: list[Span], published: date | None
) -> DateInfo | None:
    """An act dated from another's day by an offset: "the arrest on Wednesday and the detention
    of his editor a day later", "... and two days later freed them". The offset phrase must hang
    from the act; its base is the sentence's other date phrase at day precision, read as for the
    act (a length of time otherwise: `_is_length_or_age` drops "a day later"). It must hang
    from the act's own word, not only from its verb: in "condemns the arrest on Wednesday and
    the detention a day later" the offset is the detention's, not the arrest's."""
    lex = lexicon()
    for ent in sent.ents:
        count = _offset_count(ent.text, lex)
        depth = _attachment_depth(ent.root, trigger) if count is not None else None
        if count is None or depth is None:
            continue
        for base in phrases:
            if base.start <= ent.start < base.end or base.start >= ent.start:
                continue  # the base is told before the offset ("on Wednesday ... a day later")
            base_depth = _attachment_depth(base.root, trigger)
            if base_depth is not None and base_depth <= depth:
                return None  # the act's own date: "raided on Monday and questioned ... later"
            resolved = resolve_text(base.text, published)
            if resolved is None or resolved[2] != "day" or resolved[0] is None:
                continue
            day = (resolved[0] + timedelta(days=count)).isoformat()
            return DateInfo(start=day, end=day, precision="day", text=ent.text)
    return None


def _previous_sentence_offset(
    sent: Span, trigger: Token, phrases: list[Span], published: date | None
) -> DateInfo | None:
    """An act dated by an offset alone ("The next day, police broke up ...", "Two days later,
    she signed ...", "the seizure of the port two days later angered Lima") counts from the day
    the sentence before it tells: the story goes on from the act just told (round r16, fuse15:
    fusion_own9 and fusion_own10 tune, analyses telling a second act after the first's day).
    Only where the act's own sentence has no other date phrase and the sentence before names
    exactly one day (a wire's date line aside); otherwise the document's date, as before."""
    lex = lexicon()
    offsets = [
        (ent, count)
        for ent in sent.ents
        if (count := _offset_count(ent.text, lex)) is not None
        and any(_attachment_depth(ent.root, anchor) is not None for anchor in _anchors(trigger))
    ]
    others = [p for p in phrases if _offset_count(p.text, lex) is None]
    if len(offsets) != 1 or others:
        return None
    ent, count = offsets[0]
    before = _one_day_before(sent, published, lex)
    if before is None:
        return None
    day = (before + timedelta(days=count)).isoformat()
    return DateInfo(start=day, end=day, precision="day", text=ent.text)


def _one_day_before(sent: Span, published: date | None, lex: Lexicon) -> date | None:
    """The one day the last dated sentence before `sent` names; None when it names none or
    several. Undated sentences between are skipped: a reaction told after the act ("Rights groups
    condemned his arrest. The next day police detained ...") leaves the story on the act's day
    (round r19, fuse18: fusion_own13 tune, "The next day" and "A day later" after a reaction
    took the article's date); at most `UNDATED_SENTENCES_SKIPPED`, the date line never counts."""
    previous = _previous_sentence(sent)
    skipped = 0
    while previous is not None and not any(p.label_ == "DATE" for p in previous.ents):
        if skipped == UNDATED_SENTENCES_SKIPPED:
            return None
        previous = _previous_sentence(previous)
        skipped += 1
    if previous is None:
        return None
    days = _days_named(previous, published, lex)
    return days.pop() if len(days) == 1 else None


def _later_that_day(sent: Span, trigger: Token, published: date | None) -> DateInfo | None:
    """An act told "that night", "that evening" or "hours later", with no day of its own, goes on
    from the one day the sentence before tells: "Rebels raided a post on Sunday. Troops detained
    three men that evening" (issue 9, stop 70, fuse49: fusion_own43 and own44 tune, such
    follow-ups under a later report took the report's date). Stop 63 read "the same night /
    morning" so and dropped it (own37 check: a look-alike "The same day in X" joined the act);
    "that" and a part of the day (`parts_of_that_day`), or a count of hours, point back to the
    act just told, not to another place. The time words must hang from the act; undated
    sentences between are skipped as for "the next day". "Overnight" is read as "that night"
    (stop 71, fuse50: fusion_own45 tune, "Police arrested 18 people overnight" under a wire of
    the act's day stayed apart from "... taken into custody by police that night"). The fall of
    that day's night, "after nightfall", "by nightfall", "at dusk" (`nightfall_words`), is read
    so too (issue 9, stop 72, fuse51: fusion_own46 tune, "Riot police fired tear gas at the
    graduates after nightfall" under a wire dated the day after took the report's date, apart
    from "Tear gas was used on them by police late that night")."""
    lex = lexicon()
    cue = _that_day_cue(sent, lex)
    if cue is None or all(_attachment_depth(cue, a) is None for a in _anchors(trigger)):
        return None
    if any(e.label_ == "DATE" and not e.start <= cue.i < e.end for e in sent.ents):
        return None  # the sentence's own day: "on Tuesday ... that evening"
    before = _one_day_before(sent, published, lex)
    if before is None:
        return None
    day = before.isoformat()
    return DateInfo(start=day, end=day, precision="day", text=cue.text)


def _that_day_cue(sent: Span, lex: Lexicon) -> Token | None:
    """The part of the day after "that" ("that night"), "later" after a unit of hours ("hours
    later", "a few hours later"), or "overnight" (`overnight_words`: the night after the day just
    told, as "that night"; stop 71, fuse50: fusion_own45 tune), or the fall of night
    (`nightfall_words`: "after nightfall", "by dusk", the evening of the day just told; stop 72,
    fuse51: fusion_own46 tune)."""
    for token in sent:
        lower = token.lower_
        if lower in lex.overnight_words or lower in lex.nightfall_words:
            return token
        if lower in lex.parts_of_that_day and any(
            c.dep_ == "det" and c.lower_ == "that" for c in token.children
        ):
            return token
        before = token.nbor(-1).lower_ if token.i > sent.start else ""
        if lower == "later" and before in lex.hours_later_units:
            return token
    return None


def _day_of_the_doers_pointed_back_to(
    sent: Span, trigger: Token, published: date | None
) -> DateInfo | None:
    """A done act on the doers of the sentence before, told with no date words, goes on from that
    sentence's one day: "Rebels raided a post on Sunday. Troops chased the attackers" (issue 9,
    stop 68, fuse47: fusion_own42 and own41 tune, such follow-ups under a later report took the
    report's date). The object points back: "them", or "the" and a plural noun of doers
    (`doers_pointed_back`) or of the sentence before's subject, alone or after a count ("four of
    the assailants"). Stop 66's wider form, any done act after a sentence naming one day, moved
    look-alikes and reactions too and was dropped (own32 check F1 0.385 -> 0.353). As there, only
    the simple past or past passive, not a reaction or a saying, and only the sentence just
    before, a clause (a date line or headline is not)."""
    lex = lexicon()
    if any(e.label_ == "DATE" for e in sent.ents) or not _done_in_the_past(trigger, lex):
        return None
    previous = _previous_sentence(sent)
    if previous is None or not any(t.pos_ in {"VERB", "AUX"} for t in previous):
        return None
    if not _points_back(trigger, previous, lex):
        return None
    days = _days_named(previous, published, lex)
    if len(days) != 1:
        return None
    day = days.pop().isoformat()
    return DateInfo(start=day, end=day, precision="day", text=None)


def _done_in_the_past(trigger: Token, lex: Lexicon) -> bool:
    """A verb told in the simple past ("chased") or the past passive ("were chased"), not a
    reaction or a saying."""
    lemma = trigger.lemma_.lower()
    if trigger.pos_ != "VERB" or lemma in lex.reacting_verbs or lemma in lex.reporting_verbs:
        return False
    auxiliaries = [c.lower_ for c in trigger.children if c.dep_ in {"aux", "auxpass"}]
    if trigger.tag_ == "VBD":
        return not auxiliaries
    return trigger.tag_ == "VBN" and auxiliaries in (["was"], ["were"])


def _points_back(trigger: Token, previous: Span, lex: Lexicon) -> bool:
    """The act's object (or passive subject) names the doers of the sentence before."""
    subjects = {t.lemma_.lower() for t in previous if t.dep_ == "nsubj" and t.tag_ == "NNS"}
    for obj in (c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}):
        noun = obj
        if obj.pos_ == "NUM":  # "four of the assailants"
            of = [g for c in obj.children if c.lower_ == "of" for g in c.children]
            noun = next((g for g in of if g.dep_ == "pobj"), obj)
        if noun.lower_ == "them":
            return True
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
        owned = any(c.dep_ == "poss" for c in noun.children)
        if noun.tag_ == "NNS" and definite and not owned:
            if noun.lemma_.lower() in lex.doers_pointed_back | subjects:
                return True
    return False


def _days_named(sent: Span, published: date | None, lex: Lexicon) -> set[date]:
    """The days a sentence's own date phrases name (a date line's, offsets and lengths aside)."""
    days = set()
    for phrase in sent.ents:
        if (
            phrase.label_ != "DATE"
            or _in_date_line(phrase, sent)
            or _offset_count(phrase.text, lex) is not None
            or _is_length_or_age(phrase.text, lex)
        ):
            continue
        resolved = resolve_text(phrase.text, published)
        if resolved is not None and resolved[2] == "day" and resolved[0] is not None:
            days.add(resolved[0])
    return days


# Undated sentences an offset's base may lie behind: one reaction between ("... on 8 February.
# The premier thanked Jakarta. A day later ...") or two; further back the story has moved on.
UNDATED_SENTENCES_SKIPPED = 2


def _previous_sentence(sent: Span) -> Span | None:
    """The sentence before `sent`, past blank paragraph breaks."""
    i = sent.start - 1
    while i >= 0:
        previous = sent.doc[i].sent
        if previous.text.strip():
            return previous
        i = previous.start - 1
    return None


def _time_clause_offset(
    trigger: Token, phrases: list[Span], published: date | None
) -> DateInfo | None:
    """An act told in a clause of "after" or "before" measured in days, with no date of its own,
    is dated from the day of the clause it qualifies: in "Venezuela rejected the claim on
    Wednesday, a day after Georgetown accused it" the accusation was on Tuesday (it took
    Wednesday, and stayed apart from the reports of Tuesday's accusation: fusion_own1 tune)."""
    lex = lexicon()
    clause = _time_clause_head(trigger)
    mark_tokens = [c for c in clause.children if c.dep_ == "mark"]
    marks = [c.lower_ for c in mark_tokens]
    if clause.dep_ != "advcl" or len(marks) != 1 or marks[0] not in lex.time_clause_marks:
        return None
    # "two days" hangs on the verb, or on "after" itself ("..., two days after gunmen attacked
    # a post": round r25, fuse24, fusion_own19 tune, which dated the attack by the main clause)
    counted = _days_counted([*clause.children, *mark_tokens[0].children])
    if counted is None:
        return None
    count, measure = counted
    others = [p for p in phrases if measure.i not in range(p.start, p.end)]  # not "two days"
    if any(_attachment_depth(p.root, trigger) is not None for p in others):
        return None  # the clause's own date: "a day after Lima accused it on Monday"
    # The day counted from hangs on a clause above the act's: the qualified verb, or one it
    # hangs on ("rejected the claim that it had moved troops, a day after ...": the parser
    # hangs the after-clause on "moved", whose day is the rejection's).
    above = {a.i for a in clause.ancestors}
    for phrase in others:
        verb = _clause_verb(phrase.root)
        if verb is None or verb.i not in above:
            continue
        return _days_from(phrase, published, count, measure, marks[0])
    return None


def _days_counted(candidates: list[Token]) -> tuple[int, Token] | None:
    """The count of days and its noun among the words an "after"/"before" may carry ("two days",
    "a day"): the last one found with a single number or article; None if none."""
    lex = lexicon()
    count = None
    measure = None
    for c in candidates:
        if c.dep_ == "npadvmod" and c.lower_ in {"day", "days"}:
            before = [t for t in c.lefts if t.dep_ in {"det", "nummod"}]
            if len(before) == 1:
                word = before[0].lower_
                count = int(word) if word.isdigit() else lex.offset_counts.get(word)
                measure = c
    if count is None or measure is None:
        return None
    return count, measure


def _days_from(
    phrase: Span, published: date | None, count: int, measure: Token, mark: str, told: str = ""
) -> DateInfo | None:
    """The day `count` days after or before (`mark`) the day `phrase` names; None when the phrase
    names no single day. `told`: the offset's words as the text says them, if not "day <mark>"."""
    resolved = resolve_text(phrase.text, published)
    if resolved is None or resolved[2] != "day" or resolved[0] is None:
        return None
    day = (resolved[0] + timedelta(days=count * lexicon().time_clause_marks[mark])).isoformat()
    return DateInfo(start=day, end=day, precision="day", text=told or f"{measure.text} {mark}")


# Words after an act noun, hung by the parser on the verb whose object names the act, that put
# the act that many days before the verb's own day ("over the shooting ... the day before").
_TRAILING_BEFORE = frozenset({"before", "earlier"})


def _trailing_offset_of_act_noun(
    trigger: Token, phrases: list[Span], published: date | None
) -> DateInfo | None:
    """ "Uganda summoned Kenya's envoy on Wednesday over the shooting of two fishermen the day
    before": the parser hangs "the day before" on the verb (or "two days earlier" on the noun),
    after the act noun the verb's preposition names; the act was that many days before the verb's own day, which it took
    (stop 53's leftover; round r34, fuse33). Only "before" / "earlier" told after the noun ("a
    day later" there may time the verb's act), only where the verb names a day of its own and
    the noun none."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj":
        return None
    verb = _clause_verb(trigger)
    if verb is None:
        return None
    # on the verb, or on the noun itself ("the arrest of six traders two days earlier")
    for word in [*verb.children, *trigger.children]:
        if word.dep_ != "advmod" or word.lower_ not in _TRAILING_BEFORE or word.i < trigger.i:
            continue
        measures = [c for c in word.children if c.dep_ == "npadvmod" and c.lower_ == "day"]
        # "the day before" counts one day, as "a day before" (`_days_counted`) does
        the_day = [m for m in measures if [t.lower_ for t in m.lefts] == ["the"]]
        counted = (1, the_day[0]) if the_day else _days_counted(list(word.children))
        if counted is None:
            return None
        count, measure = counted
        others = [p for p in phrases if measure.i not in range(p.start, p.end)]
        if any(_attachment_depth(p.root, trigger) is not None for p in others):
            return None  # the act's own date
        for phrase in others:
            if _clause_verb(phrase.root) == verb:
                told = f"{measure.text} {word.text}"
                return _days_from(phrase, published, count, measure, "after", told)
        return None
    return None


def _time_phrase_noun_offset(
    trigger: Token, phrases: list[Span], published: date | None
) -> DateInfo | None:
    """An act noun that is the object of "after" or "before" measured in days, with no date of
    its own, is dated from the day of the verb the phrase qualifies: in "Accra summoned Lomé's
    envoy on Friday, a day after the arrest of six traders" the arrest was on Thursday, as the
    clause form "a day after police arrested six traders" already reads (`_time_clause_offset`).
    It took Friday, and an outlet's "a day after" telling stayed apart from the others' (round
    r33, fuse32: fusion_own27 tune)."""
    lex = lexicon()
    prep = trigger.head
    if trigger.pos_ not in {"NOUN", "PROPN"} or trigger.dep_ != "pobj":
        return None
    verb = _clause_verb(prep)
    if prep.lower_ not in lex.time_clause_marks or verb is None:
        return None
    # "two days" hangs on "after", or "after" on "a day", which the parser may hang on the main
    # clause's date ("on 6 May, a day after the arrest")
    counted = _days_counted([*prep.children, prep.head])
    if counted is None:
        return None
    count, measure = counted
    others = [p for p in phrases if measure.i not in range(p.start, p.end)]
    if any(_attachment_depth(p.root, trigger) is not None for p in others):
        return None  # the act's own date: "a day after the raid on Monday"
    for phrase in others:
        if _clause_verb(phrase.root) != verb:
            continue
        return _days_from(phrase, published, count, measure, prep.lower_)
    return None


def _time_clause_head(trigger: Token) -> Token:
    """The verb that heads the trigger's clause of "after" / "before": the trigger, or the first
    verb of the "and" chain it ends. In "closed the border on Sunday, two days after gunmen
    attacked a post and killed four soldiers" the killing is told inside the after-clause too,
    and took Sunday from the main clause (round r25, fuse24: fusion_own19 tune, the killing
    joined the closure's day and not the attack's). A conjunct with a subject of its own is
    another clause, and keeps its own reading."""
    clause = trigger
    while (
        clause.dep_ == "conj"
        and clause.pos_ in {"VERB", "AUX"}
        and clause.head.pos_ in {"VERB", "AUX"}
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
    ) or _when_clause(clause):
        clause = clause.head
    return clause


def _when_clause(clause: Token) -> bool:
    """A clause of "when" on a verb: told at that verb's time. In "blocked the bridge on Thursday,
    two days after a porter was wounded when gendarmes fired on the crowd" the firing is the
    wounding's, two days before Thursday; it took Thursday (round r32, fuse31: a fusion_own26
    tune miss, the firing kept apart from the other outlets' Tuesday)."""
    return (
        clause.dep_ == "advcl"
        and clause.pos_ in {"VERB", "AUX"}
        and clause.head.pos_ in {"VERB", "AUX"}
        and clause.head.dep_ == "advcl"
        and any(c.dep_ in {"mark", "advmod"} and c.lower_ == "when" for c in clause.lefts)
    )  # the parser makes "when" the clause's adverb as often as its marker


def _offset_count(text: str, lex: Lexicon) -> int | None:
    """Days of "a day later", "two days later", "the next day", "the same day" (0) (None for
    any other phrase)."""
    words = text.lower().split()
    if words[:1] == ["the"] and words[2:] == ["day"] and len(words) == 3:
        return _one_day_word(words[1], lex)
    # The recogniser leaves a sentence-opening "The" out of the entity ("The next day police
    # detained ..." labels "next day"; round r19, fuse18: fusion_own13 tune).
    if len(words) == 2 and words[1] == "day":
        return _one_day_word(words[0], lex)
    if len(words) == 3 and words[1] in {"day", "days"} and words[2] == "later":
        return int(words[0]) if words[0].isdigit() else lex.offset_counts.get(words[0])
    return None


def _one_day_word(word: str, lex: Lexicon) -> int | None:
    """The offset of "the next day" (1) or "the same day" (0): the day the sentence before
    tells, as "the next day" counts from it (round r45, fuse44: "The same day in Tororo, police
    detained ..." took the report's date, a day after the act the sentence before dated
    "yesterday"; fusion_own39 tune and the stop 64 leftover of own38)."""
    if word in lex.same_day_words:
        return 0
    return 1 if word in lex.next_day_words else None


def _attachment_depth(token: Token, anchor: Token) -> int | None:
    """Steps from the date's head word up to `anchor`, if within reach."""
    for depth in range(MAX_ATTACHMENT_DEPTH + 1):
        if token.i == anchor.i:
            return depth
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _is_length_or_age(text: str, lex: Lexicon) -> bool:
    """'8 days', 'the past two decades', 'recent years', '54-year-old': not a point in time."""
    if week_of_month(text.lower().strip(), None) is not None:
        return False  # "the last week of December 2024": a week, its year no count
    words = re.findall(r"[a-z]+|\d+", text.lower())
    if any(w in lex.never_dates for w in words):
        return True
    if not any(w in lex.duration_units for w in words):
        return False
    if "ago" in words:
        return False  # "three years ago" is a point
    counted = any(
        (w.isdigit() and not _names_a_point(words, i)) or w in lex.quantity_words
        for i, w in enumerate(words)
    )
    plural_unit = any(w.endswith("s") and w in lex.duration_units for w in words)
    anchored = any(w in lex.anchor_words for w in words)
    return counted or (plural_unit and not anchored)


def _names_a_point(words: list[str], at: int) -> bool:
    """The number at `at` names a year or a day of a month, not a count of the unit: "fiscal year
    2024", "the week of March 12", "the first week of 12 May" (round r23, reader27: the brief's
    leftover; only "the last week of December 2024" was read, by `week_of_month`)."""
    word = words[at]
    if BARE_YEAR.match(word):
        return True
    beside = words[max(at - 1, 0) : at] + words[at + 1 : at + 2]
    return int(word) <= 31 and any(w in MONTHS for w in beside)


@lru_cache(maxsize=RESOLVE_CACHE_SIZE)
def resolve_text(text: str, published: date | None) -> Resolved | None:
    """(start, end, precision) of a date phrase; None when it is not a readable date.

    Relative phrases without a published date give (None, None, "unknown").
    """
    lex = lexicon()
    # A possessive date names the act it stands before ("Last Monday's arrest", "Saturday's
    # raid"): the entity recogniser keeps the "'s" in the phrase, and no parser reads it (round
    # r14, fuse13: fusion_own8 tune; the act then took a year of its sentence's other phrase).
    phrase = POSSESSIVE_END.sub("", text.lower().strip())
    # read before the qualifiers are stripped: they would leave the month or the decade
    if (period := week_of_month(phrase, published) or decade_part(phrase)) is not None:
        return period
    phrase = lex.leading_qualifiers.sub("", phrase)
    phrase = lex.day_parts.sub("", phrase).strip(" ,.")
    if not phrase:
        return None
    absolute = YEAR.search(phrase) is not None
    if match := BARE_YEAR.match(phrase):
        year = int(match.group(1))
        return date(year, 1, 1), date(year, 12, 31), "year"
    if (decade := decade_part(phrase)) is not None:  # "1990s" once "the early" was stripped
        return decade
    if (weeks := _weeks_ago(phrase, lex)) is not None:
        if published is None:
            return None, None, "unknown"
        return _about_weeks_before(published, weeks)
    if match := WEEKDAY_OF_WEEK.match(phrase):
        if published is None:
            return None, None, "unknown"
        day = _weekday_of_week(published, WEEKDAYS.index(match.group(1)), match.group(2))
        return day, day, "day"
    if match := WEEKDAY.match(phrase):
        if published is None:
            return None, None, "unknown"
        day = _weekday_near(published, WEEKDAYS.index(match.group(2)), match.group(1))
        return day, day, "day"
    if match := DAY_OF_MONTH.match(phrase):
        return _day_of_published_month(int(match.group(1)), published)
    if (period := read_period(phrase, published, lex.seasons)) is not None:
        return _within_tense(text, period, published)
    parsed = _parse(phrase, published)
    if parsed is None:
        return years_in(phrase)  # "fiscal 2024", "between 2019 and 2021"; None without a year
    day, period_name = parsed
    if published is None and not absolute:
        return None, None, "unknown"  # "January 30" without a year or a base: no invented year
    return _within_tense(text, _span_of(day, period_name), published)


# "a week ago", "two weeks ago": a point about that many weeks before the published day, which
# writers round to the week ("Cairo's decision to close Rafah a week ago", written on a Monday of
# a closure eight days back). Dateparser gives the day seven days back with the period "week",
# read as that day's calendar week (Monday to Sunday), so an act a day further back fell outside
# it (round r27, fuse26: fusion_own20 tune). Read as that day give or take
# `WEEKS_AGO_SLACK_DAYS`, never after the published day.
WEEKS_AGO = re.compile(r"^(a|an|one|two|three|four|\d) weeks? ago$")
WEEKS_AGO_SLACK_DAYS = 3


def _weeks_ago(phrase: str, lex: Lexicon) -> int | None:
    """The count of "a week ago", "two weeks ago"; None for any other phrase."""
    match = WEEKS_AGO.match(phrase)
    if match is None:
        return None
    word = match.group(1)
    if word.isdigit():
        return int(word)
    return 1 if word in {"a", "an", "one"} else lex.offset_counts.get(word)


def _about_weeks_before(published: date, weeks: int) -> Resolved:
    day = published - timedelta(days=7 * weeks)
    slack = timedelta(days=WEEKS_AGO_SLACK_DAYS)
    return day - slack, min(day + slack, published), "week"


def _within_tense(text: str, span: Resolved, published: date | None) -> Resolved:
    """A span read from "earlier this month" ends by the published date; from "later this
    year", starts at it."""
    start, end, precision = span
    if published is None or start is None or end is None:
        return span
    first = text.lower().split(maxsplit=1)[0] if text.strip() else ""
    if first == "earlier" and start <= published < end:
        return start, published, precision
    if first == "later" and start < published <= end:
        return published, end, precision
    return span


def _day_of_published_month(day: int, published: date | None) -> Resolved | None:
    """Day `day` of the published month, or of the month before when it is after the published
    day; None where neither month has that day."""
    if published is None:
        return None, None, "unknown"
    year, month = published.year, published.month
    if day > published.day:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    if day > calendar.monthrange(year, month)[1]:
        return None
    found = date(year, month, day)
    return found, found, "day"


def _weekday_of_week(published: date, weekday: int, which: str) -> date:
    """The weekday of the week named from the published date ("Thursday last week": the
    Thursday of the week before the one it was published in)."""
    monday = published - timedelta(days=published.weekday())
    shift = {"last": -7, "previous": -7, "next": 7}.get(which, 0)
    return monday + timedelta(days=shift + weekday)


def _weekday_near(published: date, weekday: int, qualifier: str | None) -> date:
    """The weekday meant: the latest on or before `published` ("last": strictly before)."""
    if qualifier in {"next", "coming"}:
        return published + timedelta(days=(weekday - published.weekday() - 1) % 7 + 1)
    back = (published.weekday() - weekday) % 7
    if back == 0 and qualifier in {"last", "past", "this past"}:
        back = 7
    return published - timedelta(days=back)


def _parse(phrase: str, published: date | None) -> tuple[date, str] | None:
    """dateparser's reading of the phrase (day, period), or None."""
    result = _parser(published).get_date_data(phrase)
    moment = result.date_obj
    if moment is None:
        return None
    # A reading with seconds is dateparser taking a number for a time offset ("the 1990s" as
    # 1990 seconds ago), not a date the text gives.
    if moment.second or moment.microsecond:
        return None
    return moment.date(), result.period or "day"


@lru_cache(maxsize=PARSER_CACHE_SIZE)
def _parser(published: date | None) -> DateDataParser:
    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if published is not None:
        settings["RELATIVE_BASE"] = datetime(published.year, published.month, published.day)
    return DateDataParser(languages=["en"], settings=settings)


def _span_of(day: date, period: str) -> Resolved:
    """First and last day of the period dateparser read around `day`."""
    if period == "week":
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6), "week"
    if period == "month":
        last = calendar.monthrange(day.year, day.month)[1]
        return day.replace(day=1), day.replace(day=last), "month"
    if period == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31), "year"
    return day, day, "day"
