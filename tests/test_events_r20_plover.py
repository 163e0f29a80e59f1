"""Classes of phrasing of the PLOVER typing round r20 (plover38), on sentences written for the
test (not the gold sentences, nor the probes that found them): press accreditation or
credentials withdrawn, revoked or suspended (a restriction of the press, COERCE 1721, not a
pull-back or a broken relation); prisoners transferred between states to serve their sentences
(judicial cooperation, COOPERATE 063, not aid); a state's or a parliament's protest over a
detention (a diplomatic protest, ACCUSE, not CAMEO's rallying of support); a march whose
bare relative clause the parser hangs on the verb ("officials they blame for ...") stays a
protest, while a protest told in words ("protested that ...") stays a complaint."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events, pipeline_top


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Belarus withdrew the accreditation of three Polish reporters on Tuesday.",
        "The Egyptian authorities revoked the press credentials of a Reuters photographer.",
        "Rwanda suspended the accreditation of two Belgian correspondents in Kigali.",
    ],
)
def test_events_r20_plover_press_accreditation_withdrawn_restricts_the_press(resources, text):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.cameo_code) == ("COERCE", "1721"), text


@pytest.mark.slow
def test_events_r20_plover_fishing_licence_revoked_stays_a_sanction(resources):
    top = pipeline_top("Senegal revoked the fishing licence of a Korean trawler.", resources)
    assert top.plover_type == "SANCTION"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "France transferred six Moroccan prisoners to jails in Morocco on Thursday.",
        "Thailand transferred 40 British inmates to Britain to serve out their terms.",
    ],
)
def test_events_r20_plover_prisoners_transferred_are_judicial_cooperation(resources, text):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.cameo_code) == ("COOPERATE", "063"), text


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The Belgian parliament protested the detention of a Belgian aid worker in Iran.",
        "Norway protested the arrest of two Norwegian sailors by the Libyan coast guard.",
    ],
)
def test_events_r20_plover_state_protest_over_detention_is_an_accusation(resources, text):
    top = pipeline_top(text, resources)
    assert top.plover_type == "ACCUSE", text


@pytest.mark.slow
def test_events_r20_plover_crowd_protest_over_detention_is_no_accusation(resources):
    events = pipeline_events(
        "Hundreds of villagers protested the detention of their chief outside the courthouse.",
        resources,
    )
    assert all(e.plover_type != "ACCUSE" for e in events)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of teachers marched through Harare on Monday to demand the sacking of "
        "officials they blame for unpaid salaries.",
        "Thousands of miners marched in Kitwe to demand the removal of managers they hold "
        "responsible for a deadly collapse.",
    ],
)
def test_events_r20_plover_march_with_a_bare_relative_clause_stays_a_protest(resources, text):
    top = pipeline_top(text, resources)
    assert top.plover_type == "PROTEST", text


@pytest.mark.slow
def test_events_r20_plover_protest_in_words_stays_an_accusation(resources):
    top = pipeline_top("The teachers' union protested that the pay deal had been broken.", resources)
    assert top.plover_type == "ACCUSE"
