"""Classes the reader_own26 tune articles lacked (issue 9, round r27, reader31): a person
questioned (or asked questions) by police is interrogated, not appealed to; leaders who spoke
or talked by telephone consulted; "had been made to" with the infinitive parsed as an adverbial
clause, or with only a pronoun compelled, is still a compulsion; a force trained by a state is
given military assistance; an order to pay a fine is the fine imposed; a past form joined to a
passive with a "by" phrase is passive too, done by the same doer. Every text here was written
for these tests."""

from __future__ import annotations

import pytest
from event_helpers import event_on

pytestmark = pytest.mark.slow


def _names(parties) -> set[str]:
    return {p.text for p in parties}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "The opposition leader was questioned for five hours by detectives in Kisumu.",
            "questioned",
        ),
        ("Detectives questioned two customs officers about the missing containers.", "questioned"),
        ("Officers said they had only asked the pilot a few questions about his cargo.", "asked"),
    ],
)
def test_a_person_questioned_is_interrogated_not_appealed_to(analyse, text, word):
    event = event_on(analyse(text), word)
    assert (event.plover_type, event.plover_mode) == ("ACCUSE", "investigate")


def test_asking_for_help_stays_an_appeal(analyse):
    event = event_on(analyse("The governor asked the army for help after the floods."), "asked")
    assert event.plover_type == "REQUEST"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The two foreign ministers spoke by telephone on Sunday evening.", "spoke"),
        (
            "The prime ministers of Malawi and Zambia talked by phone for an hour on Tuesday.",
            "talked",
        ),
    ],
)
def test_leaders_speaking_by_telephone_consult(analyse, text, word):
    assert event_on(analyse(text), word).plover_type == "CONSULT"


@pytest.mark.parametrize(
    "text",
    [
        "The miners said they had been made to sign statements they could not read.",
        "Three of the sailors said they had been made to kneel on the deck for hours.",
    ],
)
def test_made_to_with_only_a_pronoun_compelled_is_coercion(analyse, text):
    event = event_on(analyse(text), "made")
    assert event.plover_type == "COERCE" and event.polarity == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "The coast guard, trained by Turkey, has begun escorting fishing boats.",
        "Egyptian instructors trained the new border police last year.",
    ],
)
def test_a_force_trained_by_a_state_is_given_military_assistance(analyse, text):
    event = event_on(analyse(text), "trained")
    assert (event.plover_type, event.plover_mode) == ("AID", "military")


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen armed with rifles stormed the village on Sunday.",
        "Police trained their guns on the crowd.",
    ],
)
def test_weapons_carried_or_aimed_are_no_assistance(analyse, text):
    assert all(e.plover_type != "AID" for e in analyse(text))


@pytest.mark.parametrize(
    "text",
    [
        "A court in Malindi ordered the trawler's owner to pay a fine of 2 million shillings.",
        "The judge ordered the mining company to pay a penalty for the spill.",
    ],
)
def test_an_order_to_pay_a_fine_is_the_fine_imposed(analyse, text):
    assert event_on(analyse(text), "ordered").plover_type == "SANCTION"


def test_an_order_to_pay_a_levy_stays_a_demand(analyse):
    event = event_on(analyse("The army ordered the villagers to pay a levy."), "ordered")
    assert event.plover_type == "REQUEST"


@pytest.mark.parametrize(
    ("text", "word", "doer", "done_to"),
    [
        (
            "The reporter was stopped by soldiers at the checkpoint and beaten.",
            "beaten", "soldiers", "reporter",
        ),
        (
            "The ambassador was summoned by Kenya on Monday and reprimanded.",
            "reprimanded", "Kenya", "ambassador",
        ),
    ],
)  # fmt: skip
def test_a_past_form_joined_to_a_passive_shares_its_doer_and_is_done_to_its_subject(
    analyse, text, word, doer, done_to
):
    event = event_on(analyse(text), word)
    assert doer in _names(event.source) and done_to in _names(event.target)


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the envoy, recalled in May, would go back to Kampala soon.",
        "The cabinet said talks could resume if the prisoners are freed, and that the consul, "
        "expelled in March, would return within weeks.",
    ],
)
def test_a_set_off_participle_read_as_a_clause_is_an_earlier_act_done_to_its_noun(analyse, text):
    event = next(e for e in analyse(text) if e.plover_type == "SANCTION")
    assert event.polarity == "asserted"
    assert {"envoy", "consul"} & {w for p in event.target for w in p.text.split()}
    assert not {"envoy", "consul"} & {w for p in event.source for w in p.text.split()}


def test_a_participle_with_its_own_auxiliary_keeps_the_condition(analyse):
    text = "The cabinet said talks could resume if the envoy is recalled from Kampala."
    event = event_on(analyse(text), "recalled")
    assert event.polarity != "asserted"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Fishing associations in Kilifi threatened to block the harbour road.", "threatened"),
        ("Taxi associations in Kisumu called off their strike on Monday.", "called"),
    ],
)
def test_a_trade_association_is_a_party(analyse, text, word):
    event = event_on(analyse(text), word)
    assert any("associations" in p.text for p in event.source)


@pytest.mark.parametrize(
    "text",
    [
        "The editor said the minister held the young reporter in high regard.",
        "The president holds the retired general in great esteem.",
    ],
)
def test_a_person_held_in_regard_is_no_detention(analyse, text):
    assert all(e.plover_type != "COERCE" for e in analyse(text))


def test_a_person_held_in_custody_stays_detained(analyse):
    event = event_on(analyse("Police held the journalist in custody for two days."), "held")
    assert event.plover_type == "COERCE"


def test_a_stance_verb_after_comma_and_belongs_to_the_reporting_party(analyse):
    text = (
        "Traders' associations in Kisumu welcomed the decision but said the curfew, which the "
        "governor extended on Monday, was ruining families, and threatened to block the road."
    )
    event = event_on(analyse(text), "threatened")
    assert any("associations" in p.text for p in event.source)


def test_an_act_after_comma_and_inside_a_denial_stays_denied(analyse):
    event = event_on(
        analyse("The ministry denied its jets had struck the market, and shelled the villages."),
        "shelled",
    )
    assert event.polarity == "denied"


def test_a_stance_verb_after_an_apposition_and_before_a_trailing_attribution_keeps_its_subject(
    analyse,
):
    text = "Kenya recalled its envoy, Peter Otieno, and demanded an apology from Uganda, a spokesman said."
    event = event_on(analyse(text), "demanded")
    assert any("Kenya" in p.text for p in event.source)
