"""A trailing "after" clause hung as a conjunct, a fronted arrest before a hand-over, and a
suspect "delivered" to police (round r44, plover62; the stop 63 leftovers and own92 tune).

- "X's minister travelled to Y for talks with his counterpart, days after X had turned down a
  request from Y": the parser hung the "after" clause's verb as a conjunct of "travelled", so the
  earlier refusal outranked the talks (`coordination.main_clause_beside_subordinate`).
- "Arrested by X's police on a warrant, a banker accused of fraud was flown to Y and handed to
  Y's police": the fronted arrest outranked the hand-over, which the head clause reaches only
  through a joined verb (`extract._fronts_joined_handover`).
- "delivered two suspected smugglers to Malian gendarmes" is a hand-over as "handed" is
  (`handed_over.yaml` `bare_handing_verbs`).

Sentences written for the test, none from a gold set."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_top


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Latvia's interior minister travelled to Vilnius on Thursday for talks with his "
        "Lithuanian counterpart on the migrant crossings, days after Riga had turned down a "
        "Lithuanian request to build a second fence on its side of the frontier.",
        "Paraguay's foreign minister travelled to Montevideo on Monday for talks with her "
        "Uruguayan counterpart on the river port, days after Asuncion had turned down a Uruguayan "
        "request to dredge the channel on its side of the waterway.",
    ],
)
def test_trailing_after_clause_hung_as_conjunct_ranks_below_the_talks(resources, text):
    assert pipeline_top(text, resources).plover_type == "CONSULT", text


@pytest.mark.slow
def test_coordinated_clause_keeps_its_rank(resources):
    # guard: a clause joined by "and" with no subordinator is no "after" clause
    top = pipeline_top(
        "Kuwait recalled its ambassador from Baghdad on Monday, and Iraq expelled a Kuwaiti "
        "diplomat a day later, officials said.",
        resources,
    )
    assert top.plover_type == "SANCTION"
    assert top.trigger.startswith("recalled")


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Arrested by Ghanaian police in Accra on an Interpol notice, a Togolese banker accused of "
        "fraud was flown to Lome on Friday and handed to Togolese police, officials said.",
        "Seized by Mauritanian police in Nouakchott on a warrant from Senegal, a smuggler wanted "
        "for trafficking was driven to Rosso on Monday and delivered to Senegalese police, "
        "officials said.",
    ],
)
def test_fronted_arrest_ranks_below_the_hand_over(resources, text):
    assert pipeline_top(text, resources).plover_type == "COOPERATE", text


@pytest.mark.slow
def test_fronted_arrest_before_questioning_stays_coerce(resources):
    # guard: only a hand-over outranks the fronted arrest
    top = pipeline_top(
        "Arrested by Malian gendarmes near Gao, three suspected smugglers were taken to Bamako "
        "and questioned on Monday, officials said.",
        resources,
    )
    assert top.plover_type == "COERCE"


@pytest.mark.slow
def test_suspects_delivered_to_police_are_handed_over(resources):
    top = pipeline_top(
        "Nigerien police delivered two suspected smugglers to Malian gendarmes at the border on "
        "Tuesday, officials said.",
        resources,
    )
    assert top.plover_type == "COOPERATE"


@pytest.mark.slow
def test_food_delivered_stays_aid(resources):
    # guard: goods delivered are aid
    top = pipeline_top(
        "The Red Cross delivered food to villages near Gao on Tuesday, officials said.", resources
    )
    assert top.plover_type == "AID"
