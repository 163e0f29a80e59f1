"""Classes of phrasing of the PLOVER typing round r49 (plover67), on sentences written for the
tests (not the gold sentences that prompted them):

- "ordered the seizure of two fishing boats", "The seizure of ... was ordered by": an ordered
  seizure is the seizure (`own_triggers.tsv` "order" rows), not a demand.
- "Ghana won the backing of Nigeria": the "of" party of a stance received gives it, as a "from"
  party does (`arguments._stance_of_givers`, `arguments.yaml` `received_of_acts`).

Sentences written for the test, none from a gold set."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_top

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Chilean navy ordered the seizure of two Peruvian fishing boats off Arica on Monday.",
         "CHL", "PER"),
        ("The seizure of two Peruvian fishing boats off Arica was ordered on Monday by the "
         "Chilean navy, officials said.", "CHL", "PER"),
        ("A Sierra Leonean court in Freetown on Tuesday ordered the seizure of a Liberian cargo "
         "ship and its catch.", "SLE", "LBR"),
    ],
)  # fmt: skip
def test_events_r49_an_ordered_seizure_is_the_seizure(resources, text, source, target):
    top = pipeline_top(text, resources)
    assert top.plover_type == "COERCE", text
    assert source in {a.country for a in top.source}, (text, [a.text for a in top.source])
    assert target in {a.country for a in top.target}, (text, [a.text for a in top.target])


def test_events_r49_an_order_to_act_stays_a_demand(resources):
    top = pipeline_top("The Chilean navy ordered the crews of two Peruvian boats to return to "
                       "port on Monday.", resources)  # fmt: skip
    assert top.plover_type == "REQUEST"


@pytest.mark.parametrize(
    "text",
    [
        "Ghana won the backing of Nigeria on Monday for its bid to host the African Union summit.",
        "Ghana won the backing of Nigeria's president on Tuesday for its candidate to head the "
        "bloc, officials said.",
    ],
)
def test_events_r49_the_of_party_of_a_stance_won_gives_it(resources, text):
    top = pipeline_top(text, resources)
    assert top.plover_type == "SUPPORT", text
    assert {a.country for a in top.source} == {"NGA"}, (text, [a.text for a in top.source])
    assert "GHA" in {a.country for a in top.target}, (text, [a.text for a in top.target])


def test_events_r49_backing_won_from_a_party_keeps_its_giver(resources):
    top = pipeline_top("Ghana won backing from Nigeria on Monday for its bid.", resources)
    assert top.plover_type == "SUPPORT"
    assert {a.country for a in top.source} == {"NGA"}
    assert {a.country for a in top.target} == {"GHA"}
