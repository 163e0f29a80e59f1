"""A claim noun after a comma that a denial verb takes denies the acts told before it, wherever
the parser hangs the noun; the accusation itself stays made, and a noun that is no claim denies
nothing (`polarity._denied_by_trailing_claim`). Sentences written for the tests (stop 42, lead;
the class came from probes with other sentences)."""

from __future__ import annotations

import pytest
from event_helpers import token_named

from realpolitik.events.polarity import polarity_of

CASES = [
    # the noun hung on a place, on the act's object, or made the denial's subject
    (
        "Baghdad said Turkish jets had bombed a camp near Sinjar, a claim Ankara rejected.",
        "bombed",
        "denied",
    ),
    (
        "Manila said Chinese ships had rammed a supply boat, an allegation Beijing disputes.",
        "rammed",
        "denied",
    ),
    (
        "Addis Ababa accused Eritrean troops of looting farms, a charge Asmara denies.",
        "looting",
        "denied",
    ),
    (
        "Rebels said the air force had shelled their camps, an accusation the junta has long dismissed.",
        "shelled",
        "denied",
    ),
    # the accusation was made, whatever the denial
    (
        "Addis Ababa accused Eritrean troops of looting farms, a charge Asmara denies.",
        "accused",
        "asserted",
    ),
    # a clause describing a party is the outlet's own, not the charge's
    (
        "Juba accused Khartoum of arming the militia, which burned Wau last year, a charge Sudan denies.",
        "burned",
        "asserted",
    ),
    # a noun that is no claim, or a claim no one denies
    ("Turkish jets bombed a camp near Sinjar, a town Baghdad controls.", "bombed", "asserted"),
    (
        "Baghdad said Turkish jets had bombed a camp near Sinjar, a claim Ankara confirmed.",
        "bombed",
        "asserted",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,trigger,expected", CASES)
def test_a_trailing_claim_denied_denies_the_acts_before_it(nlp, sentence, trigger, expected):
    assert polarity_of(token_named(nlp(sentence), trigger)) == expected
