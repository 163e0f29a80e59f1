"""Classes of phrasing of the PLOVER typing round r13 (plover31), on sentences written for the
test (not the gold sentences that prompted them): staple foods sent to a party are aid; a party
stopped from entering, reaching or crossing a place has its movement restricted (COERCE), and
from entering a country is refused entry (REJECT); an approved sale or export of weapons to a
party is military aid."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events

from realpolitik.eval.plover import top_event


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "plover_type", "cameo"),
    [
        # staple foods named by their kind, read through a measure
        ("Japan sent 5,000 tonnes of rice to flood victims in Bangladesh.", "AID", "073"),
        ("The agency trucked maize and beans to camps near Gode.", "AID", "073"),
        # kept from moving: restricted; kept from entering a country: refused entry
        ("Riot police kept opposition lawmakers from entering the parliament building.",
         "COERCE", "172"),
        ("Militiamen prevented the inspectors from reaching the site for three days.",
         "COERCE", "172"),
        ("Hungarian border police stopped hundreds of refugees from entering the country.",
         "REJECT", "120"),
        # an arms transfer approved, active and passive
        ("Germany's government cleared the export of 40 howitzers to Ukraine on Wednesday.",
         "AID", "072"),
        ("A $2 billion arms sale to Taiwan was approved by the US State Department.",
         "AID", "072"),
    ],
)  # fmt: skip
def test_events_r13_plover_main_event_type(resources, text, plover_type, cameo):
    top = top_event(pipeline_events(text, resources))
    assert top is not None, text
    assert (top.plover_type, top.cameo_code) == (plover_type, cameo), text


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # the buyer's approval is no arms given; a sale of no weapons is no military aid
        "Parliament approved the purchase of 12 jets from Sweden.",
        "The board approved the sale of the state airline to a Qatari investor.",
    ],
)
def test_events_r13_plover_approval_of_no_arms_given_is_no_military_aid(resources, text):
    assert not any(e.cameo_code == "072" for e in pipeline_events(text, resources))


@pytest.mark.slow
def test_events_r13_plover_stopping_without_a_movement_keeps_its_reading(resources):
    # "from" + a gerund that is no movement: the verb of stopping is not read as a restriction
    events = pipeline_events("The court stopped the ministry from selling the land.", resources)
    assert not any(e.cameo_code == "172" for e in events)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "plover_type", "cameo"),
    [
        # aid let in, and a crossing opened so as to let it in
        ("The Sudanese army allowed the delivery of food aid to El Fasher.", "RETREAT", "0863"),
        ("Ethiopia let aid convoys into Tigray for the first time in months.", "RETREAT", "0863"),
        ("Uzbekistan finally opened the Termez bridge after three years to allow the delivery "
         "of wheat to Afghanistan.", "RETREAT", "0863"),
        # a reopening for no purpose stays a concession
        ("Uzbekistan reopened the bridge to Afghanistan after four years.", "CONCEDE", "081"),
        # sanctions called for by a party that does not impose them denounce their target
        ("Human rights groups called for sanctions against Eritrea over its role in the war.",
         "ACCUSE", "111"),
        # a fine, by a court or a regulator, is a penalty
        ("The EU competition regulator fined the carmaker 800 million euros.", "SANCTION", "172"),
    ],
)  # fmt: skip
def test_events_r13_plover_access_and_fines(resources, text, plover_type, cameo):
    top = top_event(pipeline_events(text, resources))
    assert top is not None, text
    assert (top.plover_type, top.cameo_code) == (plover_type, cameo), text
