"""Eleventh round: a town within `CLOSE_KM` of another name's town beats a far, larger namesake
(document coherence beyond the 200 km share of `NEAR_BONUS`)."""

from __future__ import annotations

from collections import Counter

import pytest
from place_helpers import places_by_text

from realpolitik.places.gazetteer import Entry
from realpolitik.places.resolve import CLOSE_BONUS, CLOSE_KM, score

# Hand-made readings: two namesakes of "Elmford" and a neighbour 20 km from the small one.
_SMALL = Entry("Elmford", "city", "GBR", 56.0, -3.0, 40_000, admin1="Scotland")
_LARGE = Entry("Elmford", "city", "AUS", -31.0, 115.0, 2_000_000, admin1="Western Australia")
_NEIGHBOUR = Entry("Brackwater", "city", "GBR", 56.18, -3.0, 150_000, admin1="Scotland")
_FAR_NEIGHBOUR = Entry("Tollbury", "city", "GBR", 56.0 + CLOSE_KM / 111.0 + 0.2, -3.0, 150_000)
_REGION = Entry("Brackwater", "admin1", "GBR", 56.18, -3.0, 0, precision="admin1")


def test_score_close_town_gains_the_close_bonus():
    plain = score(_SMALL, True, Counter(), anchors=[_NEIGHBOUR])
    close = score(_SMALL, True, Counter(), anchors=[_NEIGHBOUR], close=True)
    assert close == pytest.approx(plain + CLOSE_BONUS)


def test_score_close_bonus_needs_the_anchor_within_close_km():
    plain = score(_SMALL, True, Counter(), anchors=[_FAR_NEIGHBOUR])
    assert score(_SMALL, True, Counter(), anchors=[_FAR_NEIGHBOUR], close=True) == plain


def test_score_close_bonus_needs_a_town_anchor():
    # a division's point says nothing of where its towns lie
    plain = score(_SMALL, True, Counter(), anchors=[_REGION])
    assert score(_SMALL, True, Counter(), anchors=[_REGION], close=True) == plain


def test_score_close_small_town_beats_a_larger_namesake_far_away():
    anchors = [_NEIGHBOUR]
    small = score(_SMALL, True, Counter(), anchors=anchors, close=True)
    large = score(_LARGE, True, Counter(), anchors=anchors, close=True)
    assert small > large
    # ... which the 200 km share alone does not do
    assert score(_SMALL, True, Counter(), anchors=anchors) < score(
        _LARGE, True, Counter(), anchors=anchors
    )


@pytest.mark.slow
def test_places_town_near_an_ambiguous_neighbour_is_that_neighbours(nlp):
    # Dundee, Scotland (also South Africa, Florida...) is 30 km from Perth, Scotland; Perth,
    # Western Australia is 50x the Scottish town
    text = "Firefighters from Dundee helped put out a blaze at a Perth warehouse."
    places = places_by_text(nlp, text)
    assert places["Dundee"].country == "GBR"
    assert places["Perth"].country == "GBR"


@pytest.mark.slow
def test_places_namesake_beyond_close_km_does_not_pull_a_capital(nlp):
    # Paris, Texas lies 150 km from Dallas: near, not close
    text = "The mayor of Dallas flew to Paris on Monday for the climate talks."
    assert places_by_text(nlp, text)["Paris"].country == "FRA"
