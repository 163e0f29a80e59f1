"""Classes of phrasing of the PLOVER typing round r26 (plover44), on sentences written for the
test (not the gold sentences or the brief's examples that prompted them): acts told by an idiom
whose object noun names the act ("took a swipe at" criticises, "heaped praise on" praises, "made a
plea to" appeals, "mended fences with" and "buried the hatchet" make up, "footed the bill for"
pays)."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_top

pytestmark = pytest.mark.slow  # needs the English parse


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The Zambian opposition leader took a swipe at Malawi over its fishing quotas.",
            "took a swipe",
        ),
        (
            "Ghana's trade minister took a dig at Nigeria during a press conference in Accra.",
            "took a dig",
        ),
    ],
)
def test_events_r26_plover_swipe_idioms_criticise_the_party(resources, text, trigger):
    top = pipeline_top(text, resources)
    assert (top.trigger, top.plover_type, top.cameo_code) == (trigger, "ACCUSE", "111")


@pytest.mark.parametrize(
    "text",
    [
        "The Tanzanian president heaped praise on Mozambique for hosting the peace talks.",
        "Chile's foreign minister lavished praise on Peru for its handling of the border crossing.",
    ],
)
def test_events_r26_plover_praise_heaped_on_a_party_is_support(resources, text):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.cameo_code) == ("SUPPORT", "051")


def test_events_r26_plover_a_plea_made_outranks_the_act_asked_for(resources):
    top = pipeline_top(
        "Botswana's foreign minister made a fresh plea to Zimbabwe to reopen the Plumtree crossing.",
        resources,
    )
    assert (top.plover_type, top.cameo_code) == ("REQUEST", "020")


@pytest.mark.parametrize(
    "text",
    [
        "The Senegalese president mended fences with Gambia's leader at a dinner in Dakar.",
        "Uganda and Rwanda buried the hatchet at a border summit on Thursday, officials said.",
    ],
)
def test_events_r26_plover_reconciliation_idioms_read_agree(resources, text):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.cameo_code) == ("AGREE", "030")


def test_events_r26_plover_footing_the_bill_is_aid(resources):
    top = pipeline_top("South Korea footed the bill for a new hospital in Ulaanbaatar.", resources)
    assert (top.plover_type, top.cameo_code) == ("AID", "070")


@pytest.mark.parametrize(
    "text",
    [
        "Kenya has put its trade talks with Tanzania on hold after a row over maize imports.",
        "Peru placed its negotiations with Bolivia on ice following a border incident.",
    ],
)
def test_events_r26_plover_talks_put_on_hold_are_halted(resources, text):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.cameo_code) == ("SANCTION", "164")


def test_events_r26_plover_a_project_put_on_hold_is_no_halt_of_talks(nlp):
    from realpolitik.events.failed_talks import talks_put_on_hold

    doc = nlp("The ministry put the dam project on hold after floods in the valley.")
    put = next(t for t in doc if t.lower_ == "put")
    assert talks_put_on_hold(put) is None


def test_events_r26_plover_dismissal_idiom_without_an_object_names_no_act(resources):
    from event_helpers import pipeline_events

    events = pipeline_events(
        "The boys played down by the harbour in Mombasa all afternoon.", resources
    )
    assert not [e for e in events if e.plover_type == "REJECT"]


@pytest.mark.parametrize(
    "text",
    [
        "Rumours of a mutiny were played down by the army's spokesman on Tuesday.",
        "The minister waved off questions about the missing funds from reporters in Lusaka.",
    ],
)
def test_events_r26_plover_dismissal_idiom_with_an_object_still_rejects(resources, text):
    top = pipeline_top(text, resources)
    assert (top.plover_type, top.cameo_code) == ("REJECT", "120")


@pytest.mark.parametrize(
    "text",
    [
        "Investigators believed the attackers belonged to a smuggling ring from the coast.",
        "Soldiers believed the gunmen had slipped across the river before dawn.",
    ],
)
def test_events_r26_plover_a_verb_of_believing_names_no_acled_act(resources, text):
    from event_helpers import pipeline_events

    events = pipeline_events(text, resources)
    assert not [e for e in events if e.trigger == "believed"]


def test_events_r26_plover_causal_and_report_verbs_are_not_acts_for_the_root_fallback(nlp):
    from realpolitik.events.acled_typing import _links_or_reports

    doc = nlp("The curfew triggered a wave of anger, and officials believed the worst was over.")
    words = {t.lower_: t for t in doc}
    assert _links_or_reports(words["triggered"]) and _links_or_reports(words["believed"])
    fired = next(t for t in nlp("Troops fired on the crowd in the square.") if t.lower_ == "fired")
    assert not _links_or_reports(fired)


def test_events_r26_plover_an_act_an_accord_commits_parties_to_is_a_promise(resources):
    from event_helpers import pipeline_events

    events = pipeline_events(
        "The agreement commits Ghana and Togo to building a joint customs post at Aflao.",
        resources,
    )
    building = [e for e in events if e.trigger.startswith("building")]
    assert building and building[0].plover_type == "AGREE"
