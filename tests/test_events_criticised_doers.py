"""A criticism of another party's act is aimed at its doer, named in a "by" phrase ("protested
the detention of two fishermen by Russian border guards": the guards, not the fishermen;
`events.criticised_doers`), and the nouns of taking goods or craft into custody are acts
(`own_triggers.tsv` "impounding", "confiscation"). Stop 46, lead. Sentences written for the
tests, not the probes that showed the classes."""

from __future__ import annotations

import pytest

from realpolitik.model import Document
from realpolitik.pipeline import analyse_documents

pytestmark = pytest.mark.slow


def _events(text, resources):
    return analyse_documents([Document("t", "t", raw=text, text=text)], resources)[0].event_mentions


def _event(text, resources, trigger):
    return next(e for e in _events(text, resources) if e.trigger == trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        ("Manila protested the arrest of three Filipino sailors by Chinese coast guard officers.",
         "protested", "CHN"),
        ("Lithuania condemned the jailing of a journalist by Belarusian authorities.",
         "condemned", "BLR"),
        ("Ecuador complained over the expulsion of its consul by Mexico.", "complained", "MEX"),
    ],
)  # fmt: skip
def test_a_criticism_is_aimed_at_the_doer_of_the_act_it_criticises(resources, text, trigger, country):
    event = _event(text, resources, trigger)
    assert event.plover_type == "ACCUSE"
    assert [m.country for m in event.target] == [country]


def test_a_criticised_act_with_no_doer_named_keeps_its_object_as_target(resources):
    event = _event("Chile condemned the killing of two Chilean truck drivers.", resources, "condemned")
    assert all(m.text != "Chile" for m in event.target)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Customs officers in Dover ordered the impounding of a lorry carrying stolen rifles.",
         "impounding"),
        ("Activists decried the confiscation of farmland from villagers near the dam.",
         "confiscation"),
    ],
)  # fmt: skip
def test_taking_goods_into_custody_told_by_its_noun_is_a_seizure(resources, text, trigger):
    event = _event(text, resources, trigger)
    assert (event.plover_type, event.cameo_code) == ("COERCE", "1711")
