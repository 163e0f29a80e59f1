"""Classes of phrasing of the PLOVER typing round r28 (plover46), on sentences written for the
test (not the gold sentences that prompted them): a teller's trailing participle ("..., a rights
group said, urging ...") after a hostile act it reports; an act in a clause that only times the subject ("The expulsion came two days after ..."); the act
a noun of answering answers ("as retaliation for X's criticism"); and a wanted person handed
(with or without "over") in the passive, alone or joined to a flight that carried them."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events, pipeline_top

pytestmark = pytest.mark.slow  # needs the English parse


def test_events_r28_a_tellers_trailing_call_ranks_below_the_reported_attack(resources):
    text = (
        "Soldiers beat a group of fishermen near the harbour in Lautoka, a Fijian rights group "
        "said on Monday, urging the government to punish those responsible."
    )
    events = pipeline_events(text, resources)
    top = pipeline_top(text, resources)
    urging = next(e for e in events if e.trigger == "urging")
    assert top.plover_type == "ASSAULT"
    assert urging.confidence < top.confidence


def test_events_r28_a_trailing_call_after_a_reported_pledge_is_no_remark(resources):
    from realpolitik.events.reported_blame import remarks_on_reported_act
    from realpolitik.nlp import load_pipeline

    doc = load_pipeline()("The Samoan government said on Monday that it would hold talks with Tonga, "
                          "calling for calm.")  # fmt: skip
    calling = next(t for t in doc if t.lower_ == "calling")
    hold = next(t for t in doc if t.lower_ == "hold")
    assert not remarks_on_reported_act(calling, [(hold.i, "CONSULT")])


def test_events_r28_the_act_a_coming_is_timed_by_is_background(resources):
    text = (
        "The expulsion of the Tongan consul came two days after Fiji's navy seized a Tongan "
        "fishing boat near the Lau islands."
    )
    assert pipeline_top(text, resources).plover_type == "SANCTION"
    control = "Fiji's navy seized a Tongan fishing boat after it strayed into Fijian waters."
    assert pipeline_top(control, resources).plover_type == "COERCE"


def test_events_r28_the_act_a_retaliation_answers_is_background(resources):
    text = (
        "The suspension of Tongan fishing licences, ordered by Fiji's fisheries ministry on "
        "Monday, was described by Tongan skippers as retaliation for Tonga's criticism of the "
        "Fijian budget."
    )
    assert pipeline_top(text, resources).plover_type == "SANCTION"


def test_events_r28_only_the_answered_phrase_is_background(resources):
    from realpolitik.events.responding import answered_act
    from realpolitik.nlp import load_pipeline

    nlp = load_pipeline()
    answered = nlp("Tonga banned kava imports in response to the arrest of two traders.")
    plain = nlp("The arrest of two traders angered Tonga.")
    assert answered_act(next(t for t in answered if t.lower_ == "arrest"))
    assert not answered_act(next(t for t in plain if t.lower_ == "arrest"))


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        (
            "A smuggler wanted in Fiji for fraud was handed to Fijian police on Thursday, "
            "officials said.",
            "handed",
            None,
        ),  # fmt: skip
        (
            "A gang leader wanted in Honduras for murder was flown from El Salvador to "
            "Tegucigalpa on Thursday and handed to Honduran police, officials said.",
            "handed",
            "SLV",
        ),  # fmt: skip
        (
            "A businessman wanted in Gabon for embezzlement was flown from Cameroon to "
            "Libreville on Tuesday and handed over to Gabonese police, officials said.",
            "handed over",
            "CMR",
        ),  # fmt: skip
    ],
)
def test_events_r28_a_wanted_person_handed_in_the_passive_is_cooperation(
    resources, text, trigger, source
):
    top = pipeline_top(text, resources)
    assert (top.trigger, top.plover_type, top.cameo_code) == (trigger, "COOPERATE", "063")
    if source is not None:
        assert [m.country for m in top.source] == [source]


def test_events_r28_documents_handed_in_the_passive_stay_no_hand_over(resources):
    events = pipeline_events(
        "The documents were handed to Fijian prosecutors on Thursday.", resources
    )
    assert all(e.plover_type != "COOPERATE" for e in events)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Four police officers were killed in an ambush near Honiara on Friday, the government "
            "said, blaming rebels from Malaita.",
            "rebels",
        ),  # fmt: skip
        (
            "Three Fijian soldiers were wounded in a clash near the border on Monday, the army "
            "said, blaming the assault on Tongan troops.",
            "Tongan troops",
        ),  # fmt: skip
    ],
)
def test_events_r28_a_blame_after_an_agentless_attack_names_its_doer(resources, text, doer):
    top = pipeline_top(text, resources)
    assert top.plover_type == "ASSAULT"
    assert [m.text for m in top.source] == [doer]


def test_events_r28_a_blame_does_not_replace_a_named_attacker(resources):
    top = pipeline_top(
        "Gunmen killed three villagers near Lae on Friday, the police said, blaming a rival clan.",
        resources,
    )
    assert [m.text for m in top.source] == ["Gunmen"]


def test_events_r28_a_torched_building_is_destroyed_property(resources):
    top = pipeline_top(
        "Rioters torched the offices of the electoral commission in Honiara, the police said.",
        resources,
    )
    assert (top.plover_type, top.cameo_code) == ("ASSAULT", "1712")


def test_events_r28_torched_cars_keep_their_row(resources):
    top = pipeline_top("Rioters torched three cars in Tirana overnight.", resources)
    assert (top.plover_type, top.cameo_code) == ("COERCE", "1711")
