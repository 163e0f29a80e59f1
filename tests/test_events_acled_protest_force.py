"""Round 11: force at a protest as one decision (`events/acled_protest_force.protest_force`): a
violent crowd, else lethal force on the protest, else non-lethal dispersal or arrests at a
protest under way, else protesters arrested for a protest not under way. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import first_sentence

from realpolitik.events.acled_protest_force import (
    ARRESTS,
    EXCESSIVE_FORCE,
    INTERVENTION,
    VIOLENT_DEMONSTRATION,
    protest_force,
    protest_under_way,
    reads_nonlethal_dispersal,
)

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # the crowd's violence decides, whatever force met it
        (
            "Riot police fired tear gas after demonstrators hurled rocks at the governor's convoy.",
            VIOLENT_DEMONSTRATION,
        ),
        (
            "Students set fire to a bank branch during a march against fee rises in Accra.",
            VIOLENT_DEMONSTRATION,
        ),
        # lethal force on a crowd that did no violence
        (
            "Soldiers fired live rounds at the sit-in outside the ministry, killing two teachers.",
            EXCESSIVE_FORCE,
        ),
        # non-lethal dispersal of a peaceful crowd
        (
            "Police used tear gas to break up a rally of nurses outside the health ministry.",
            INTERVENTION,
        ),
        (
            "Officers fired rubber bullets at farmers protesting land seizures near the capital.",
            INTERVENTION,
        ),
        (
            "Gendarmes dispersed the vigil for the missing journalist with water cannon.",
            INTERVENTION,
        ),
        # arrests: at a protest under way, or of protesters for a protest not under way
        (
            "Police detained forty miners during a sit-in at the company's headquarters.",
            INTERVENTION,
        ),
        (
            "About fifty demonstrators were detained outside the electoral commission on Tuesday.",
            INTERVENTION,
        ),
        ("Security forces arrested nine protesters in Karachi.", ARRESTS),
        (
            "Police arrested three union leaders over last month's march on the port.",
            ARRESTS,
        ),
        ("The army shelled rebel positions near the border.", None),
        ("Thousands of retirees marched through the capital against pension cuts.", None),
    ],
)
def test_protest_force_decides_one_reading(nlp, text, label):
    assert protest_force(first_sentence(nlp, text)) == label


def test_dispersal_needs_a_protest_and_no_death(nlp):
    assert not reads_nonlethal_dispersal(
        first_sentence(nlp, "Police fired tear gas into a football stadium after the final whistle.")
    )
    assert not reads_nonlethal_dispersal(
        first_sentence(nlp, "Troops broke up the rally with batons and live fire, leaving four dead.")
    )


def test_a_protest_named_as_what_an_arrest_is_for_is_not_under_way(nlp):
    assert not protest_under_way(
        first_sentence(nlp, "Two students were arrested for protesting against the exam results.")
    )
    assert not protest_under_way(
        first_sentence(nlp, "Police detained a cleric who spoke at last week's rally.")
    )
    assert protest_under_way(
        first_sentence(nlp, "Two activists were arrested after Sunday's demonstration in Lusaka.")
    )
    assert protest_under_way(
        first_sentence(nlp, "Two activists were arrested at Sunday's demonstration in Lusaka.")
    )


def test_a_protest_told_in_the_sentence_before_makes_the_arrests_its_intervention(nlp):
    doc = nlp(
        "Hundreds of nurses marched on the health ministry in Lilongwe on Monday. "
        "Police arrested eleven protesters."
    )
    assert protest_force(list(doc.sents)[-1]) == INTERVENTION
    doc = nlp("The minister resigned on Monday. Police arrested eleven protesters.")
    assert protest_force(list(doc.sents)[-1]) == ARRESTS
