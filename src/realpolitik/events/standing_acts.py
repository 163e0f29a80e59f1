"""A standing stance or habit told in the perfect with a span of time: "X has long complained
that ...", "X has warned for months that ...", "X has protested since the spring against ...".

In a text of more than one sentence such a first clause is the background of what follows:
"Namibia has complained for months that Angolan herders graze south of the Kunene. Its police
arrested six Angolan herders on Sunday" reports the arrest. The rules rank each sentence's
events on their own, so the complaint (a verb with both parties, 0.82 to 0.9) outranked the act
of the next sentence whose doer is named back ("Its police", 0.78). `rank_standing_background`
ranks such a verb down (`confidence.STANDING_PENALTY`) when a later sentence has an act whose
doer is resolved to the stance's own state and that has a target: the party's act that the
stance was the background of. A one-sentence text keeps its reading (there the stance is all
the sentence tells), and so does a text whose later acts are not the stance's party's (stop 63
dropped the rule without that condition: the new top event's doer, named back, was not
resolved). A past perfect ("had warned for months") is left alone: it is a step of a story told
in order.

A simple past dated to an earlier span ("Vietnam warned Cambodia in April that ...", "X's
minister warned last month that ...") opening a text is background too when a later sentence
tells an act dated on a weekday ("... seized two barges on Saturday") whose doer names a state and
that has a target (`dated_background`, `_told_later`; stop 66, args50: own97 tune and stop 65's
leftover, "warned last month"). Here the later act need not be the background's own party's: a
dated warning is often answered by the other side's act.

Word lists: `data/events/standing_acts.yaml`. Written for issue 9, stop 65 (args49: own95 tune
and stop 64's leftover; first tried in stop 63, args47).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from pathlib import Path

from spacy.tokens import Doc, Token

from realpolitik.events.confidence import DATED_BACKGROUND_PENALTY, STANDING_PENALTY
from realpolitik.events.dates import WEEKDAYS
from realpolitik.events.wordlists import read_word_sets
from realpolitik.model import EventMention

WORDS_PATH = Path(__file__).parent.parent / "data" / "events" / "standing_acts.yaml"


@cache
def _words() -> dict[str, frozenset[str]]:
    return read_word_sets(WORDS_PATH)


def _lasting(verb: Token, words: dict[str, frozenset[str]]) -> bool:
    """A span of time on the verb: "long", "for" with a span noun ("for months"), or "since"
    with a season or a month ("since the spring")."""
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in words["standing_span_adverbs"]:
            return True
        if c.dep_ != "prep":
            continue
        objects = [p.lower_ for p in c.children if p.dep_ == "pobj"]
        if c.lower_ == "for" and set(objects) & words["standing_span_nouns"]:
            return True
        if c.lower_ == "since" and set(objects) & words["standing_since_nouns"]:
            return True
    return False


def standing_background(verb: Token) -> bool:
    """`verb` is the main verb of its sentence, a present perfect with a span of time, in a text
    that has another sentence."""
    words = _words()
    if verb.dep_ != "ROOT" or verb.tag_ != "VBN":
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if not auxes & words["standing_perfect_auxes"]:
        return False
    if sum(1 for _ in verb.doc.sents) < 2:
        return False
    return _lasting(verb, words)


def _dated_earlier(verb: Token, words: dict[str, frozenset[str]]) -> bool:
    """A date of an earlier span on the verb: "last" with a span noun ("warned last month"), or
    "in" with a month or a season ("complained in April")."""
    for c in verb.children:
        if c.dep_ in {"npadvmod", "obl:tmod", "advmod"} and c.lower_ in words["dated_last_nouns"]:
            if any(m.lower_ == "last" for m in c.children):
                return True
        if c.dep_ == "prep" and c.lower_ == "in":
            if {p.lower_ for p in c.children if p.dep_ == "pobj"} & words["standing_since_nouns"]:
                return True
    return False


def dated_background(verb: Token) -> bool:
    """`verb` is the main verb of its sentence, a simple past dated to an earlier span ("warned
    Cambodia in April", "complained last month"), in a text that has another sentence."""
    if verb.dep_ != "ROOT" or verb.tag_ != "VBD":
        return False
    if sum(1 for _ in verb.doc.sents) < 2:
        return False
    return _dated_earlier(verb, _words())


def _dated_on_a_day(event: EventMention, sdoc: Doc) -> bool:
    """The event's sentence dates it "on" a weekday ("seized two barges on Saturday")."""
    span = sdoc.char_span(event.char_start, event.char_end, alignment_mode="expand")
    return span is not None and any(
        t.lower_ in WEEKDAYS and t.head.lower_ == "on" for t in span
    )


def _told_later(event: EventMention, background: EventMention, sdoc: Doc) -> bool:
    """A later act dated on a weekday whose doer is resolved to a state the background names (as
    its doer or its target) and whose target names a state: the news that a background dated to
    an earlier span ("in April", "last month") leads into. An act whose target names no state
    ("had shelled an army post ... and the army had returned fire") leaves the background first:
    without that condition own77 tune's main pair and own71 check's main source fell."""
    parties = {m.country for m in (*background.source, *background.target) if m.country}
    return (
        event.char_start > background.char_start
        and any(m.country in parties for m in event.source)
        and any(m.country for m in event.target)
        and _dated_on_a_day(event, sdoc)
    )


def _stands_for_text(event: EventMention, stance: EventMention) -> bool:
    """An act whose doer is resolved to a state of the stance's own party (the one named back:
    "Its police") and that has a target."""
    own = {m.country for m in stance.source if m.country}
    return any(m.country in own for m in event.source) and bool(event.target)


def rank_standing_background(events: list[EventMention], sdoc: Doc) -> None:
    """Rank down, in place, each standing stance's event (`standing_background` on its verb
    trigger) when an act of a later sentence by the stance's own state stands for the text
    (`_stands_for_text`), and each act dated to an earlier span (`dated_background`) when a later
    act dated on a weekday does (`_told_later`)."""
    by_start = {t.idx: t for t in sdoc}
    for n, event in enumerate(events):
        verb = by_start.get(event.trigger_start)
        if verb is None or verb.pos_ not in {"VERB", "AUX"}:
            continue
        if standing_background(verb):
            penalty = STANDING_PENALTY
            later_act = any(
                later.char_start > event.char_start and _stands_for_text(later, event)
                for later in events
            )
        elif dated_background(verb):
            penalty = DATED_BACKGROUND_PENALTY
            later_act = any(_told_later(later, event, sdoc) for later in events)
        else:
            continue
        if later_act:
            conf = round(max(0.01, event.confidence - penalty), 4)
            events[n] = replace(event, confidence=conf)
