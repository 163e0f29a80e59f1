"""Event locations read from what the act is: a release from a prison named for a place, a state
expelling people from its own territory, a statement by the pronoun of the speaker's own
clause (`places.locate.sentence.release_site`, `places.locate.home`,
`places.locate.surroundings`)."""

from __future__ import annotations

import pytest
from locate_helpers import located_events as _located


@pytest.mark.slow
def test_release_from_a_prison_named_for_a_place_happened_there(nlp):
    text = "Gunmen freed dozens of inmates from a Quetta jail on Tuesday."
    located = _located(nlp, text, ("Gunmen", None, "REB"))
    assert located.get("freed") == ("Quetta", "city", "sentence"), located


@pytest.mark.slow
def test_release_from_a_prison_deep_in_the_object_is_found(nlp):
    text = "The rebels released several of the army's officers from Quetta prisons."
    located = _located(nlp, text, ("rebels", None, "REB"))
    assert located.get("released") == ("Quetta", "city", "sentence"), located


@pytest.mark.slow
def test_release_from_a_place_that_is_no_prison_is_not_located(nlp):
    text = "The rebels released a statement from Kandahar officials."
    located = _located(nlp, text, ("rebels", None, "REB"))
    assert located.get("released") is None, located


@pytest.mark.slow
def test_state_deporting_people_is_located_at_home(nlp):
    text = "Kenya deported hundreds of migrants last month."
    located = _located(nlp, text, ("Kenya", "KEN", None))
    assert located.get("deported") == ("Kenya", "country", "home"), located


@pytest.mark.slow
def test_state_sending_people_back_home_is_located_at_home(nlp):
    text = "After the elections, Tehran sent back home thousands of refugees."
    located = _located(nlp, text, ("Tehran", "IRN", "GOV"))
    assert located.get("sent") == ("Iran", "country", "home"), located


@pytest.mark.slow
def test_sending_without_back_is_no_expulsion(nlp):
    text = "Kenya sent hundreds of soldiers last month."
    located = _located(nlp, text, ("Kenya", "KEN", None))
    assert located.get("sent") is None, located


@pytest.mark.slow
def test_expulsion_by_a_non_state_is_not_put_at_home(nlp):
    text = "The militia expelled hundreds of families last month."
    located = _located(nlp, text, ("militia", "KEN", "REB"))
    assert located.get("expelled") is None, located


@pytest.mark.slow
def test_pronoun_subject_of_the_speakers_own_clause_is_the_speaker(nlp):
    text = "The Afghan government has denied the reports, and it condemned the bombing."
    located = _located(nlp, text, ("Afghan government", "AFG", "GOV"))
    assert located.get("condemned") == ("Afghanistan", "country", "home"), located


@pytest.mark.slow
def test_pronoun_subject_of_another_sentence_is_not_followed(nlp):
    text = "The Afghan government met the envoy. It condemned the bombing."
    located = _located(nlp, text, ("Afghan government", "AFG", "GOV"))
    assert located.get("condemned") is None, located
