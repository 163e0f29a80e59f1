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


def test_a_territory_gain_needs_a_word_of_taking_a_place(nlp):
    from realpolitik.events.acled_model import best
    from realpolitik.events.acled_typing import _decision_scores

    probs = {"Government regains territory": 0.4, "Change to group/activity": 0.3, "none": 0.3}
    massed = next(nlp("Two brigades were massed on the ridge before the offensive.").sents)
    assert best(_decision_scores(probs, massed, [])).label == "Change to group/activity"
    # an irregular past the tagger may leave unlemmatised still names the gain
    retook = next(nlp("Two brigades retook the ridge before dawn.").sents)
    assert best(_decision_scores(probs, retook, [])).label == "Government regains territory"


def test_a_transfer_of_territory_needs_a_place(nlp):
    from realpolitik.events.acled_model import best
    from realpolitik.events.acled_typing import _decision_scores

    probs = {"Non-violent transfer of territory": 0.4, "Agreement": 0.25, "none": 0.35}
    left = next(nlp("The farmers' union left the ruling alliance last week.").sents)
    assert best(_decision_scores(probs, left, [])).label == "none"
    gave_up = next(nlp("The militia left the valley to the army last week.").sents)
    assert best(_decision_scores(probs, gave_up, [])).label == "Non-violent transfer of territory"


def test_an_explosion_or_gas_in_an_accident_with_no_armed_actor_is_no_acled_event(nlp):
    from realpolitik.events.acled_model import best
    from realpolitik.events.acled_typing import _decision_scores

    probs = {"Chemical weapon": 0.5, "Remote explosive/landmine/IED": 0.2, "none": 0.3}
    leak = next(nlp("A tanker carrying chlorine crashed and leaked gas over a village.").sents)
    assert best(_decision_scores(probs, leak, [])).label == "none"
    attack = next(nlp("Militants released chlorine gas near a factory, sickening dozens.").sents)
    assert best(_decision_scores(probs, attack, [])).label == "Chemical weapon"
