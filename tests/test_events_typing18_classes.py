"""Classes of phrasing of the eighteenth typing round (issue 9 item 2, round r6; own16, a general
news-wire mix), on sentences written for the test (not the tune sentences that prompted them):
"called on X" with a date or place before its to-infinitive is still an appeal (a plain "called on
X in a city" stays a visit); a failure coordinated after another act ("met ... but failed to
agree") leaves that act the event, while a failure on its own keeps its reading; an act said not to
have happened ranks below one that did; a meeting "under X's auspices" is a meeting; looting a
bank, shop, market or warehouse is seizing property (CAMEO's "loot home" row), not a riot."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events

from realpolitik.eval.plover import top_event
from realpolitik.events import confidence
from realpolitik.events.lexicon import load_lexicon


def test_events_typing18_failure_is_a_frame_only_as_a_conjunct():
    lex = load_lexicon()
    assert "fail" in lex.conjunct_frames
    assert "fail" not in lex.frames  # "failed to comply" alone keeps the verb's own reading
    assert lex.pattern("meet", "under", "auspices").plover_type == "CONSULT"
    for premises in ("bank", "shop", "warehouse", "market"):
        assert lex.pattern("loot", "", premises).plover_type == "ASSAULT"


def test_events_typing18_a_negated_act_ranks_below_an_asserted_one():
    kwargs = {"specificity": 0.7, "has_source": True, "has_target": True, "embedded": False}
    asserted = confidence.score(**kwargs, polarity="asserted")
    negated = confidence.score(**kwargs, polarity="negated")
    intended = confidence.score(**kwargs, polarity="intended")
    assert negated < intended < asserted
    assert round(asserted - negated, 4) == round(
        confidence.NOT_ASSERTED_PENALTY + confidence.NEGATED_PENALTY, 4
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        ("The Arab League called on Libya's rival governments on Friday to hold elections.",
         "REQUEST"),
        ("Washington called on Seoul and Tokyo in a statement to settle their trade row.",
         "REQUEST"),
        ("The Indonesian president called on the Malaysian king in Kuala Lumpur on Monday.",
         "CONSULT"),
        ("Peruvian and Bolivian ministers met in La Paz on Friday but failed to agree on water "
         "rights.", "CONSULT"),
        ("Croatia and Serbia held talks in Zagreb but failed to reach a deal on missing persons.",
         "CONSULT"),
        ("Kenyan and Somali officials met under UN auspices in Nairobi last week.", "CONSULT"),
        ("Residents said gunmen looted the only pharmacy and two shops in Mopti.", "ASSAULT"),
        ("Armed men looted a bank in Port-au-Prince on Saturday, police said.", "ASSAULT"),
    ],
)  # fmt: skip
def test_events_typing18_main_event_type(resources, text, plover_type):
    top = top_event(pipeline_events(text, resources))
    assert top is not None and top.plover_type == plover_type, text
