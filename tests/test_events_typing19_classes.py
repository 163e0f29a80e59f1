"""Classes of phrasing of the nineteenth typing round (issue 9 item 2, round r7; own18, news-wire
sentences written toward the rarer roots), on sentences written for the test (not the tune
sentences that prompted them): an objection or veto lifted is a concession; pressure stepped up
on a party is coercion; forces sent to a border are readied there, while forces sent to a country
keep CAMEO's aid reading; talks that broke down or collapsed are a refusal, while a ceasefire that
collapsed is not; "joint" on the head of a compound names the compound's act done together;
"recalls that ..." reports its clause, while "recalled its ambassador" stays a recall; "a press
release" names no event; completing an act names that act; forces crossing into a country or
over a border are moved against it (aid convoys keep their reading); a loan approved is aid."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events

from realpolitik.eval.plover import top_event
from realpolitik.events.lexicon import MODIFIER, load_lexicon


def test_events_typing19_objections_pressure_and_page_words_in_the_lexicon():
    lex = load_lexicon()
    assert lex.pattern("lift", "", "objection").plover_type == "CONCEDE"
    assert lex.pattern("waive", "", "veto").plover_type == "CONCEDE"
    assert lex.pattern("step", "up", "pressure").plover_type == "COERCE"
    assert lex.pattern("intensify", "", "pressure").plover_type == "COERCE"
    assert "recall" in lex.clause_reports and "recall" not in lex.report
    assert lex.is_non_event("release", MODIFIER, "press")
    assert "complete" in lex.support


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        ("Austria lifted its veto on Romania's entry to the Schengen area on Friday.", "CONCEDE"),
        ("Hungary dropped its opposition to the aid package after a summit in Brussels.",
         "CONCEDE"),
        ("Washington ratcheted up pressure on Havana on Monday, officials said.", "COERCE"),
        ("The EU stepped up pressure on Minsk over the detention of journalists.", "COERCE"),
        ("Armenia sent extra soldiers to its frontier with Azerbaijan this week.", "MOBILIZE"),
        ("India rushed tanks toward the border with China after the clash.", "MOBILIZE"),
        ("Kenya sent troops to Somalia to help the government fight militants.", "AID"),
        ("Peace talks between Khartoum and the rebels stalled over the status of Abyei.",
         "REJECT"),
        ("Negotiations between the union and the mining company collapsed on Friday.", "REJECT"),
        ("The ceasefire collapsed on Sunday when the army shelled rebel positions.", "ASSAULT"),
        ("Ghanaian and Togolese customs officers formed a joint inspection team at Aflao.",
         "COOPERATE"),
        ("The Ministry recalls that Ecuador has always supported dialogue with Colombia.",
         "SUPPORT"),
        ("Chile recalled its ambassador from Caracas on Monday.", "SANCTION"),
        ("In a press release, the Ugandan army said it had killed 20 rebels.", "ASSAULT"),
        ("France completed the withdrawal of its troops from Mali on Monday.", "RETREAT"),
        ("Sudanese soldiers crossed the border into Chad overnight, Chadian officials said.",
         "MOBILIZE"),
        ("Dozens of Russian tanks rolled across the frontier into the Kharkiv region.",
         "MOBILIZE"),
        ("The IMF approved a new credit line for Egypt on Monday.", "AID"),
        ("The Asian Development Bank approved a $90 million loan to Nepal.", "AID"),
    ],
)  # fmt: skip
def test_events_typing19_main_event_type(resources, text, plover_type):
    top = top_event(pipeline_events(text, resources))
    assert top is not None and top.plover_type == plover_type, text


@pytest.mark.slow
def test_events_typing19_an_aid_convoy_crossing_is_no_mobilisation(resources):
    text = "Relief lorries from Jordan crossed into southern Syria on Thursday."
    assert not any(
        e.plover_type == "MOBILIZE" and e.trigger == "crossed" and e.cameo_code == "154"
        for e in pipeline_events(text, resources)
    )


@pytest.mark.slow
def test_events_typing19_a_press_release_names_no_release(resources):
    events = pipeline_events("The ministry issued a news release on the talks.", resources)
    assert not any(e.plover_type == "RETREAT" for e in events)
