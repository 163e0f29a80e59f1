"""An event on a border its text does not name: the border feature between the countries the
text names (`border_features.tsv`), never one of the two countries (`places.locate.border`)."""

from __future__ import annotations

import pytest
from locate_helpers import located_events as _located


@pytest.mark.slow
def test_clash_on_the_border_between_two_named_countries_is_on_their_border(nlp):
    text = "Troops from Afghanistan and Pakistan clashed on the border on Monday."
    located = _located(nlp, text, ("Troops", None, "MIL"))
    assert located.get("clashed") == ("Durand Line", "region", "border"), located


@pytest.mark.slow
def test_border_noun_before_the_trigger_puts_it_on_the_border(nlp):
    text = "Pakistan blamed Afghanistan for the border skirmishes of last week."
    located = _located(nlp, text, ("Pakistan", "PAK", None), ("Afghanistan", "AFG", None))
    assert located.get("skirmishes") == ("Durand Line", "region", "border"), located


@pytest.mark.slow
def test_crossing_named_in_the_paragraph_tells_which_border(nlp):
    text = (
        "Traders were stranded at the Ghulam Khan crossing for a week. "
        "Soldiers clashed along the frontier on Sunday."
    )
    located = _located(nlp, text, ("Soldiers", None, "MIL"))
    assert located.get("clashed") == ("Durand Line", "region", "border"), located


@pytest.mark.slow
def test_border_of_countries_without_a_feature_is_not_located(nlp):
    text = "Troops from India and China clashed on the border on Monday."
    located = _located(nlp, text, ("Troops", None, "MIL"))
    assert "clashed" in located and located["clashed"] is None, located


@pytest.mark.slow
def test_border_with_a_third_country_named_is_not_located(nlp):
    text = "Troops from Afghanistan, Pakistan and Iran clashed on the border on Monday."
    located = _located(nlp, text, ("Troops", None, "MIL"))
    assert "clashed" in located and located["clashed"] is None, located


@pytest.mark.slow
def test_named_border_crossing_is_the_place_not_the_whole_border(nlp):
    text = "Afghan and Pakistani guards clashed at the Torkham crossing on Monday."
    located = _located(nlp, text, ("guards", None, "MIL"))
    assert located.get("clashed") == ("Torkham", "point", "sentence"), located


@pytest.mark.slow
def test_clash_with_border_guards_of_two_named_countries_is_on_their_border(nlp):
    text = "Afghan troops clashed with Pakistani border guards on Monday."
    located = _located(
        nlp, text, ("Afghan troops", "AFG", "MIL"), ("Pakistani border guards", "PAK", "MIL")
    )
    assert located.get("clashed") == ("Durand Line", "region", "border"), located


@pytest.mark.slow
def test_clash_with_border_guards_of_unknown_countries_is_not_located(nlp):
    text = "Smugglers clashed with border guards on Monday."
    located = _located(nlp, text, ("Smugglers", None, "CRM"), ("border guards", None, "MIL"))
    assert "clashed" in located and located["clashed"] is None, located


@pytest.mark.slow
def test_an_agreement_about_the_border_is_not_on_it(nlp):
    text = "Afghanistan and Pakistan reached a border agreement on Monday."
    located = _located(nlp, text, ("Afghanistan", "AFG", None), ("Pakistan", "PAK", None))
    # a light verb's trigger names its event noun with it (tests/test_events_light.py)
    key = "reached a border agreement"
    assert key in located and located[key] is None, located


@pytest.mark.slow
def test_talks_on_the_border_are_about_it(nlp):
    text = "Afghanistan and Pakistan held talks on the border on Monday."
    located = _located(nlp, text, ("Afghanistan", "AFG", None), ("Pakistan", "PAK", None))
    assert "held talks" in located and located["held talks"] is None, located
