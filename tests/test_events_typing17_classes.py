"""Classes of phrasing of the seventeenth typing round (issue 9 item 2, round r5; own15, genres no
earlier set used: state-media readouts, parliament and courts, sanctions compliance, press
releases, police news, sport and culture diplomacy), on sentences written for the test (not the
tune sentences that prompted them): summoning a foreign envoy is an official complaint, while
summoning one's own people stays a call to meet; a message, cable or greeting of congratulation,
condolence or thanks sent to a party is praise (a plain "message" sent stays a warning); anything
sent "toward" a named place is a show of force, where what is sent "to" a party stays aid; forces
"placed on alert" or "on standby" are mobilised."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events

from realpolitik.eval.plover import top_event
from realpolitik.events.lexicon import load_lexicon


def test_events_typing17_summoned_envoys_in_the_lexicon():
    lex = load_lexicon()
    for envoy in ("ambassador", "envoy", "diplomat", "charge"):
        assert lex.pattern("summon", "", envoy).plover_type == "ACCUSE"
    # other objects keep the crosswalk's verb default
    assert lex.pattern("summon", "", "cabinet") is None
    assert lex.pattern("send", "", "condolence").plover_type == "SUPPORT"
    assert lex.pattern("convey", "", "thanks").plover_type == "SUPPORT"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        ("Ankara summoned the Dutch envoy after the rally was banned.", "ACCUSE"),
        ("Seoul summoned a Japanese diplomat over the textbook row.", "ACCUSE"),
        ("Lima summoned Mexico's ambassador to protest remarks by the president.", "ACCUSE"),
        ("The president summoned his cabinet for an emergency meeting.", "CONSULT"),
        (
            "Cuba's president sent a message of condolence to the Turkish people after the quake.",
            "SUPPORT",
        ),
        ("The king sent a cable of congratulations to the new president of Ghana.", "SUPPORT"),
        ("Japan's prime minister conveyed his thanks to India for the rescue teams.", "SUPPORT"),
        ("Beijing sent a naval flotilla towards the Philippines.", "MOBILIZE"),
        ("Iran sent drones toward Israel overnight.", "MOBILIZE"),
        ("The Netherlands sent fighter jets to Ukraine.", "AID"),
        ("Seoul placed its troops on alert following the missile launch.", "MOBILIZE"),
        ("Kenya put two army battalions on standby near the Somali border.", "MOBILIZE"),
    ],
)
def test_events_typing17_main_event_type(resources, text, plover_type):
    top = top_event(pipeline_events(text, resources))
    assert top is not None and top.plover_type == plover_type, text
