"""Classes the reader_own13 tune articles lacked (issue 9, round r14, reader18): a singular "it"
never stands for a plural common noun subject ("..., diplomats say"); an offer with its owner
("Ghana's offer to mediate") is the owner's offer, made, whatever verb answers it; a future act in
the clause of another party's forecast ("What Lagos expects is that Accra will give in") keeps its
own type, no pledge. Every text here was written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import event_on

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Ghana has options it has not used. Talks are unlikely this year, diplomats say. "
        "It withdrew its troops from the village in 2015.",
        "Ghana closed its embassy in March. Local traders said the move hurt them. "
        "It withdrew its troops from the village in 2015.",
    ],
)
def test_it_skips_a_plural_common_noun_subject(analyse, text):
    withdrew = event_on(analyse(text), "withdrew")
    assert [a.text for a in withdrew.source] == ["Ghana"]


def test_they_still_stands_for_a_plural_subject(analyse):
    agreed = event_on(
        analyse("The ministers met in Lome. They agreed to reopen the border."), "agreed"
    )
    assert [a.text for a in agreed.source] == ["ministers"]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Togo's offer to mediate is welcome in Accra.", "Togo"),
        ("Accra rejected the Togolese offer of talks.", "Togolese"),
        ("Benin turned down Nigeria's proposal on Friday.", "Nigeria"),
    ],
)
def test_an_owned_offer_is_the_owners_offer_made(analyse, text, owner):
    offer = next(e for e in analyse(text) if e.trigger in {"offer", "proposal"})
    assert offer.plover_type == "AGREE" and offer.polarity == "asserted"
    assert any(owner in a.text for a in offer.source)


@pytest.mark.parametrize(
    "text", ["Accra rejected the offer.", "Click here for a special offer on phones."]
)
def test_an_offer_without_owner_is_no_event(analyse, text):
    assert all(e.trigger != "offer" for e in analyse(text))


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("What Lagos expects is that Accra will back down.", "back", "CONCEDE"),
        ("Analysts predict that Togo will reopen the border next week.", "reopen", "CONCEDE"),
    ],
)
def test_a_forecast_of_another_partys_act_is_no_pledge(analyse, text, verb, expected):
    event = event_on(analyse(text), verb)
    assert event.plover_type == expected and event.polarity != "asserted"


def test_a_forecasters_own_future_act_stays_a_pledge(analyse):
    assert (
        event_on(analyse("Ghana hopes it will sign the deal next week."), "sign").plover_type
        == "AGREE"
    )


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        (
            "Police in Lome detained two Ghanaians and handed them over to Ghanaian officials.",
            "handed",
        ),
        ("The soldiers handed them to Beninese police at the post.", "handed"),
        ("Togo has never handed him over.", "handed"),
    ],
)
def test_people_named_by_a_pronoun_handed_over_are_given_into_custody(analyse, text, verb):
    assert event_on(analyse(text), verb).plover_type == "COOPERATE"


def test_handing_someone_a_letter_is_no_custody(analyse):
    assert all(e.plover_type != "COOPERATE" for e in analyse("The minister handed him a letter."))
