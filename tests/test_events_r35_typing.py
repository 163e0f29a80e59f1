"""Classes of phrasing of the PLOVER typing round r35 (plover53), on sentences written for the
tests (not the gold sentences that prompted them): a proposal, plan, bill or motion voted against
is refused (REJECT), as one voted down is; a person a participle of charging names ("an accountant
suspected of laundering money", "a colonel accused of torture") handed over in the passive is a
fugitive handed over (judicial cooperation), not aid."""

from __future__ import annotations

import pytest
from event_helpers import countries_of, pipeline_top

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    "text",
    [
        "The Ugandan parliament voted against a Kenyan proposal to share the costs of the pipeline "
        "on Wednesday.",
        "Lawmakers in Lima voted 70 to 40 against the government's plan to sell the state airline "
        "to a Chilean firm.",
        "Nepal's upper house voted on Monday against a bill that would have let Indian banks open "
        "branches.",
    ],
)
def test_events_r35_measure_voted_against_is_rejected(resources, text):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.cameo_code) == ("REJECT", "120"), text


def test_events_r35_person_voted_against_stays_disapproval(resources):
    # a vote against a person, not a measure, keeps CAMEO's "vote against" (110, disapprove)
    top = pipeline_top(
        "Opposition senators in Manila voted against the president in a motion of confidence on "
        "Friday.",
        resources,
    )
    assert top.plover_type == "ACCUSE"


@pytest.mark.parametrize(
    "text",
    [
        "A Ghanaian accountant suspected of laundering money for a cartel was handed over to the "
        "United States by Mexico.",
        "A Chadian colonel accused of torturing detainees was handed over by Niger to Senegal on "
        "Thursday.",
    ],
)
def test_events_r35_suspect_named_by_a_participle_handed_over_is_judicial_cooperation(
    resources, text
):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.cameo_code) == ("COOPERATE", "063"), text


def test_events_r35_goods_suspected_of_nothing_handed_over_stay_aid(resources):
    # goods (no charging participle on the handed) keep the bare hand-over's aid
    top = pipeline_top(
        "Two field hospitals donated by Qatar were handed over to Sudan by the Red Crescent.",
        resources,
    )
    assert top.plover_type == "AID"


@pytest.mark.parametrize(
    ("text", "giver", "asking"),
    [
        ("A Turkish banker wanted in France for fraud was handed over by Belgium on Monday, the "
         "justice ministry said.", "BEL", "FRA"),
        ("A Nigerian pastor wanted in Ghana for fraud was extradited by Togo last week, officials "
         "said.", "TGO", "GHA"),
    ],
)  # fmt: skip
def test_events_r35_misparsed_wanted_person_is_no_second_giver(resources, text, giver, asking):
    # "wanted" read as the verb over the hand-over made the person a second source; the agent
    # alone hands over, and the state asking leads the target
    top = pipeline_top(text, resources)
    assert top.plover_type == "COOPERATE"
    assert countries_of(top.source) == {giver}, text
    assert top.target[0].country == asking, text


def test_events_r35_active_handover_of_a_wanted_person_keeps_its_giver(resources):
    # guard: the active hand-over's subject is the giver, the person its object
    top = pipeline_top(
        "Belgium handed over a Turkish banker wanted in France for fraud on Monday.", resources
    )
    assert countries_of(top.source) == {"BEL"}


@pytest.mark.parametrize(
    ("text", "kin_country"),
    [
        ("A Kenyan journalist said police in Kampala had arrested his brother on Sunday.", "KEN"),
        ("The Somali singer Amina Farah said security agents in Nairobi detained her husband and "
         "son last week.", "SOM"),
    ],
)  # fmt: skip
def test_events_r35_kin_named_by_his_or_her_share_the_tellers_country(resources, text, kin_country):
    # the kin of the teller "his"/"her" names back are the teller's family, not the place's
    top = pipeline_top(text, resources)
    assert top.plover_type == "COERCE"
    assert countries_of(top.target) == {kin_country}, text


def test_events_r35_kin_with_no_person_possessor_take_no_tellers_country(resources):
    # guard: "two brothers" are no one's named family; the teller's country is not theirs
    top = pipeline_top(
        "A Kenyan journalist said police in Kampala had arrested two brothers on Sunday.", resources
    )
    assert "KEN" not in countries_of(top.target)


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Kenya signed a deal with the company, which is owned by the Ethiopian state, to build a "
         "railway.", "ETH"),
        ("Zambia signed a mining contract with a firm that is controlled by the Chinese "
         "government.", "CHN"),
    ],
)  # fmt: skip
def test_events_r35_agreement_with_a_firm_names_the_owner_of_its_relative_clause(
    resources, text, owner
):
    # the firm's owner, named only in a clause on the firm, is the agreement's other party
    top = pipeline_top(text, resources)
    assert top.plover_type == "SUPPORT"
    assert owner in countries_of(top.target), text


def test_events_r35_firm_of_a_named_country_keeps_its_own(resources):
    # guard: a firm a demonym places is no stand-in for its owner
    top = pipeline_top(
        "Kenya signed a deal with a Turkish company, which is owned by a Qatari fund.", resources
    )
    assert "QAT" not in countries_of(top.target)
