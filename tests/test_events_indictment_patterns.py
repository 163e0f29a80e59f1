"""An indictment "on charges" or "for" an offence is an accusation (round r43, plover61).

"A court in X indicted a former official on charges of spying" read COERCE: CAMEO's "indict ...
on charges" and "indict ... for <offence>" patterns (173, arrest) won over the verb row "indict"
(ACCUSE allege, manual 3.9, p.17: "Formally or informally accuse; sue, indict, or charge").
`own_triggers.tsv` now overrides every CAMEO indict pattern with the manual's type. Sentences
written for the test, none from a gold set."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_top


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "A court in Tallinn indicted a former defence official on Monday on charges of spying "
        "for Russia, prosecutors said.",
        "A judge in Bishkek indicted the former mayor of Osh for misconduct in office on "
        "Wednesday, the court's press service said.",
    ],
)
def test_indictment_on_charges_or_for_an_offence_is_accuse(resources, text):
    top = pipeline_top(text, resources)
    assert top.plover_type == "ACCUSE", text
    assert top.trigger.startswith("indicted"), text


@pytest.mark.slow
def test_sentence_for_an_offence_stays_coerce(resources):
    # guard: a prison sentence is the court's coercion, not an accusation
    top = pipeline_top(
        "A court in Tallinn sentenced a former defence official to six years in prison on Monday "
        "for spying for Russia, prosecutors said.",
        resources,
    )
    assert top.plover_type == "COERCE"
