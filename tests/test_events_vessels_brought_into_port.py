"""Round r36 (args40), a class read from own77 tune misses; every sentence here is made up for
the test: a foreign vessel escorted or towed "into" a port by another party is taken there, a
seizure (COERCE, CAMEO 171), where the verbs had no reading and the sentence's main event fell
to a later clause ("..., and its captain was questioned by prosecutors"). A vessel in distress
towed to safety is a rescue, not a seizure, and an escort with no "into" phrase is protection."""

from __future__ import annotations

import pytest

from realpolitik.eval.plover import top_event
from realpolitik.events.force_acts import VESSEL_HELD, force_act_type, vessel_brought_into_port


def _verb(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The Chilean navy escorted a Peruvian trawler into the port of Arica on Monday.", "escorted"),
        ("A Moroccan patrol boat towed two Spanish fishing boats into Tangier harbour.", "towed"),
        ("The Peruvian freighter was escorted into Valparaiso by two navy corvettes.", "escorted"),
        ("An Argentine cutter escorted two Taiwanese squid jiggers into Puerto Madryn.", "escorted"),
    ],
)
def test_vessel_escorted_or_towed_into_port_is_a_seizure(nlp, text, verb):
    v = _verb(nlp, text, verb)
    assert vessel_brought_into_port(v)
    assert force_act_type(v) == VESSEL_HELD


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # a vessel in distress towed in: a rescue
        ("A coast guard cutter towed the stricken Greek yacht into Piraeus on Sunday.", "towed"),
        # an escort through a strait, no port: protection
        ("Two frigates escorted the Danish tanker through the strait on Tuesday.", "escorted"),
        # no vessel: a visitor escorted into a building
        ("Guards escorted the minister into the palace on Friday.", "escorted"),
    ],
)
def test_vessel_in_distress_escort_at_sea_or_person_escorted_is_no_seizure(nlp, text, verb):
    assert not vessel_brought_into_port(_verb(nlp, text, verb))


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean navy said it had escorted a Peruvian grain barge into the port of Arica, and "
        "that its skipper was being questioned by prosecutors in Santiago.",
        "The Ghanaian navy towed a Togolese trawler into Tema on Friday, and its owner was fined "
        "fifty thousand dollars by a court in Accra, officials said.",
    ],
)
def test_vessel_brought_into_port_is_the_main_event_before_a_later_clause(analyse, text):
    top = top_event(analyse(text))
    assert top is not None
    assert top.plover_type == "COERCE"
    assert top.trigger.split()[0] in {"escorted", "towed"}
