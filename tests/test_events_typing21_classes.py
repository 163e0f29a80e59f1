"""Classes of phrasing of the twenty-first typing round (issue 9 item 2, round r9; own22, news-wire
sentences over all PLOVER roots), on sentences written for the test (not the tune sentences that
prompted them): working with or alongside a party is joint action; a joint team set up is
cooperation, whatever it is set up to do; people a relative clause or participle says fled are
displaced, so sending or returning them is an expulsion; closing one's airspace, borders, ports or
crossings cuts exchange with a party (a sanction), while closing a road stays a restriction; the
noun "closure of X" is typed as "close X" where the lexicon has that pattern; expelling an
individual who is no diplomat is a deportation (COERCE), expelling a diplomat a sanction."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events

from realpolitik.eval.plover import top_event
from realpolitik.events.lexicon import load_lexicon


def test_events_typing21_work_teams_and_closures_in_the_lexicon():
    lex = load_lexicon()
    assert lex.pattern("work", "with", "").plover_type == "COOPERATE"
    assert lex.pattern("work", "alongside", "").plover_type == "COOPERATE"
    assert lex.noun("team", ["joint"]).plover_type == "COOPERATE"
    assert lex.noun("team") is None  # a team alone is no act
    assert lex.pattern("close", "", "airspace").plover_type == "SANCTION"
    assert lex.pattern("shut", "", "port").plover_type == "SANCTION"
    assert lex.pattern("expel", "", "missionary").plover_type == "COERCE"
    assert lex.pattern("expel", "", "diplomat").plover_type == "SANCTION"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        ("Chilean engineers worked alongside Argentine crews to reopen the mountain pass after "
         "the avalanche, officials said.", "COOPERATE"),
        ("The coast guard of Malta worked with Italian navy ships to track smugglers in the "
         "central Mediterranean.", "COOPERATE"),
        ("Zambia and Malawi formed a joint team of veterinarians to contain an outbreak of cattle "
         "disease along their border.", "COOPERATE"),
        ("Guinean soldiers returned some 300 Liberian families fleeing the fighting in Lofa "
         "county, a UN official said.", "COERCE"),
        ("Police returned forty young men who had escaped from a detention camp near the border.",
         "COERCE"),
        ("Qatar shut its airspace to Bahraini airliners on Monday, the civil aviation authority "
         "said.", "SANCTION"),
        ("Chad closed its frontier with Sudan's Darfur region after clashes between rival "
         "militias.", "SANCTION"),
        ("Police closed the main road to the airport for the president's convoy.", "COERCE"),
        ("Hungary announced the closure of its airspace to Russian cargo flights on Monday.",
         "SANCTION"),
        ("Turkey announced the closure of three of its border crossings with Syria.", "SANCTION"),
        ("Belarus expelled two Polish priests accused of preaching politics, the interior "
         "ministry said.", "COERCE"),
        ("Rwanda expelled the Belgian ambassador on Monday.", "SANCTION"),
    ],
)  # fmt: skip
def test_events_typing21_main_event_type(resources, text, plover_type):
    top = top_event(pipeline_events(text, resources))
    assert top is not None and top.plover_type == plover_type, text


@pytest.mark.slow
def test_events_typing21_a_closure_with_no_pattern_keeps_the_nouns_own_reading(resources):
    events = pipeline_events("The closure of schools in the capital angered parents.", resources)
    closure = [e for e in events if e.trigger == "closure"]
    assert closure and closure[0].plover_type == "COERCE"
