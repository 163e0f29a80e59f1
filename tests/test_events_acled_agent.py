"""Who does the act decides between a violent demonstration and force against protesters, and a
peaceful protest's vote yields to a vote that says the protest was not peaceful (round 8)."""

from __future__ import annotations

import pytest

from realpolitik.events.acled import agent_words, match_rule
from realpolitik.events.acled_typing import _with_rule_votes
from realpolitik.events.lexicon import TriggerType
from realpolitik.model import EventMention

pytestmark = pytest.mark.slow  # needs the English parse

ASSAULT = TriggerType("ASSAULT", None, None, "own")


def _token(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


def test_agent_words_are_the_subject_and_its_modifiers_not_the_objects(nlp):
    text = "Students who were protesting the fee rise hurled bottles at the guards."
    words = agent_words(_token(nlp, text, "hurled"))
    assert {"student", "protest"} <= words
    assert not {"bottle", "guard"} & words


def test_a_verb_joined_by_and_shares_the_subject(nlp):
    tok = _token(nlp, "Rioters looted a bakery and torched a bank.", "torched")
    assert "rioter" in agent_words(tok)


def test_protesters_doing_violence_vote_for_a_violent_demonstration(nlp):
    tok = _token(nlp, "Protesters smashed the windows of a bank in the high street.", "smashed")
    hit = match_rule(ASSAULT, tok, [], [])
    assert hit is not None and hit[1] == "Violent demonstration"


def test_force_used_on_protesters_stays_excessive_force(nlp):
    tok = _token(nlp, "Soldiers shot two protesters near the city hall.", "shot")
    hit = match_rule(ASSAULT, tok, [], [])
    assert hit is not None and hit[1] == "Excessive force against protesters"


def _event(tok, plover_type: str, mode: str | None) -> EventMention:
    return EventMention(
        doc_id="d",
        char_start=tok.sent.start_char,
        char_end=tok.sent.end_char,
        sentence=tok.sent.text,
        trigger=tok.text,
        trigger_start=tok.idx,
        plover_type=plover_type,
        quad_class=4 if plover_type == "ASSAULT" else 3,
        plover_mode=mode,
    )


def test_a_peaceful_protest_vote_yields_to_a_vote_of_violence_by_its_marchers(nlp):
    doc = nlp("Marchers hurled stones at the town hall during the protest.")
    sent = next(doc.sents)
    hurled = _event(next(t for t in sent if t.text == "hurled"), "ASSAULT", None)
    protest = _event(next(t for t in sent if t.text == "protest"), "PROTEST", "demo")
    probs = {"Peaceful protest": 0.3, "Violent demonstration": 0.25, "none": 0.45}
    scores = _with_rule_votes(probs, sent, [hurled, protest])
    assert scores["Peaceful protest"] == pytest.approx(0.3)  # its vote dropped
    assert scores["Violent demonstration"] > 0.25
