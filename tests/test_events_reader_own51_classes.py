"""Classes of phrasing read from reader_own51's tune misses and stop 71's list (round r52,
reader56). Every sentence here was written for these tests; none comes from a gold set."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events


def _read(events):
    return [(e.trigger, e.plover_type, e.polarity) for e in events]


def _on(events, word):
    return [e for e in events if word in e.trigger]


@pytest.mark.parametrize(
    "text",
    [
        "The three sailors remain in custody at the naval base.",
        "Both pilots remained in detention in Kasane on Friday.",
        "The two herders have remained in jail since the raid.",
    ],
)
def test_events_reader_own51_men_who_remain_in_custody_are_held(resources, text):
    # "The five remain in custody at the coast guard base": CAMEO's rows read a request to free
    # them rejected (1243, REJECT) that nobody in the sentence made
    events = pipeline_events(text, resources)
    held = [e for e in events if e.trigger.split()[0] in {"remain", "remained"}]
    assert held and all(e.plover_type == "COERCE" for e in held), _read(events)


@pytest.mark.parametrize(
    "text", ["The minister will remain in office until May.", "The two pilots remain in hospital."]
)
def test_events_reader_own51_staying_in_office_or_hospital_is_no_custody(resources, text):
    # guards: only custody nouns make the stay a detention
    events = pipeline_events(text, resources)
    assert not any(e.plover_type == "COERCE" for e in events), _read(events)


@pytest.mark.parametrize(
    "text",
    [
        "A Venezuelan gunboat circled the bay for an hour.",
        "A Sudanese patrol boat circled the harbour at dawn.",
        "Two Iranian speedboats circled the strait on Sunday.",
    ],
)
def test_events_reader_own51_a_craft_circling_a_stretch_of_water_mobilises(resources, text):
    # "A Surinamese patrol launch circled the river mouth": the verb's own row read an
    # encirclement (ASSAULT)
    events = _on(pipeline_events(text, resources), "circled")
    assert events and all(e.plover_type == "MOBILIZE" for e in events), _read(events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels circled the garrison town on Monday.", "ASSAULT"),
        ("A coast guard cutter circled the fishing boat.", "COERCE"),
    ],
)
def test_events_reader_own51_circling_ground_or_a_boat_keeps_its_reading(resources, text, expected):
    # guards: an encirclement of ground and a boat pressed at sea stay as they were
    events = _on(pipeline_events(text, resources), "circled")
    assert events and all(e.plover_type == expected for e in events), _read(events)


@pytest.mark.parametrize(
    "text",
    [
        "The navy has talked of sending two frigates to the strait.",
        "The minister talked about sending troops to the border.",
        "The army chief has spoken of basing a company of soldiers at the ford.",
    ],
)
def test_events_reader_own51_an_act_spoken_of_in_a_gerund_is_not_asserted(resources, text):
    # "has spoken of basing a company of soldiers at Moleson Creek": only mooted, read as done
    events = [e for e in pipeline_events(text, resources) if e.plover_type == "MOBILIZE"]
    assert events and all(e.polarity != "asserted" for e in events), _read(events)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Two sailors spoke of being beaten by the guards.", "beaten"),
        ("The refugees spoke of the shelling of their village.", "shelling"),
    ],
)
def test_events_reader_own51_an_act_spoken_of_as_undergone_or_in_a_noun_stays_asserted(
    resources, text, word
):
    # guards: a gerund with an auxiliary or a noun tells what happened
    events = _on(pipeline_events(text, resources), word)
    assert events and all(e.polarity == "asserted" for e in events), _read(events)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Farmers are lobbying for Chilean lorries to be barred from the pass.", "barred"),
        ("The growers' union lobbied for foreign trawlers to be kept out of the bay.", "kept"),
    ],
)
def test_events_reader_own51_an_act_lobbied_for_is_not_asserted(resources, text, word):
    # "is lobbying for Surinamese barges to be kept out of Guyanese wharves": read as done
    events = _on(pipeline_events(text, resources), word)
    assert events and all(e.polarity != "asserted" for e in events), _read(events)


def test_events_reader_own51_the_lobbying_itself_stays_asserted(resources):
    # guard: the lobbying is the request, told as done
    events = _on(
        pipeline_events(
            "Farmers are lobbying for Chilean lorries to be barred from the pass.", resources
        ),
        "lobbying",
    )
    assert events and all(
        e.plover_type == "REQUEST" and e.polarity == "asserted" for e in events
    ), _read(events)
