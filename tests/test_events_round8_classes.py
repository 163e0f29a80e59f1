"""Classes of phrasing of issue 9's eighth round, on sentences written for the test (not the
held-out sentences that prompted them): a first-person subject of a quote is its speaker; a part
of a place ("the outskirts of X") stands for the place, also under a retreat's adverb ("pulled
back from X"); sending people "to help X do Y" is aimed
at X; sharing, trading and coordinating are joint acts; a reciprocal pronoun ("each other's")
makes coordinated parties act on each other; flying or shipping goods to people is aid; standing
with a party is support; widening political freedoms or opening an economy or a market is a
concession; an agreement with no other party is made with whom its meeting was held ("after
talks with X")."""

from __future__ import annotations

import pytest
from event_helpers import event_on as _on
from event_helpers import pipeline_events

from realpolitik.eval.plover import top_event

pytestmark = pytest.mark.slow


def _countries(actors):
    return [m.country for m in actors]


@pytest.mark.parametrize(
    ("text", "verb", "country"),
    [
        ('"We have decided to expel three Russian diplomats," the Czech prime minister said on '
         "Monday.", "expel", "CZE"),
        ('"We will not withdraw our ambassador," the Polish foreign minister told journalists.',
         "withdraw", "POL"),
        ('The Moroccan king said: "We will send aid to the victims in Libya."', "send", "MAR"),
    ],
)  # fmt: skip
def test_events_round8_first_person_in_a_quote_is_its_speaker(resources, text, verb, country):
    e = _on(pipeline_events(text, resources), verb)
    assert _countries(e.source) == [country]


def test_events_round8_first_person_under_a_verb_that_is_no_saying_stays_unresolved(resources):
    text = "We expect the Czech prime minister to expel three Russian diplomats."
    e = _on(pipeline_events(text, resources), "expel")
    assert "CZE" in _countries(e.source)  # the object-control subject, not the first person
    assert all(m.text.lower() != "we" for m in e.source)


@pytest.mark.parametrize(
    ("text", "verb", "country"),
    [
        ("Militants withdrew from the outskirts of Kidal on Sunday, local officials said.",
         "withdrew", "MLI"),
        ("M23 rebels pulled back from the outskirts of Sake after the truce.", "pulled", "COD"),
        ("Government troops shelled the northern suburbs of Aleppo overnight.", "shelled", "SYR"),
    ],
)  # fmt: skip
def test_events_round8_a_part_of_a_place_stands_for_the_place(resources, text, verb, country):
    e = _on(pipeline_events(text, resources), verb)
    assert country in _countries(e.target)


def test_events_round8_from_on_the_adverb_of_a_retreat_names_whom_it_leaves(resources):
    text = "Fighters pulled back from the edge of Bunia after the talks, witnesses said."
    e = _on(pipeline_events(text, resources), "pulled")
    assert e.plover_type == "RETREAT"
    assert [m.text for m in e.target] == ["Bunia"]


def test_events_round8_help_someone_do_something_is_aimed_at_them(resources):
    text = "Kenya deployed police officers to help Haiti restore order."
    events = pipeline_events(text, resources)
    e = _on(events, "deployed")
    assert e.plover_type == "AID"
    assert _countries(e.target) == ["HTI"]
    assert top_event(events) is e


@pytest.mark.parametrize(
    ("text", "verb", "kind", "pair"),
    [
        ("Thailand and Cambodia shared intelligence on smuggling networks along the frontier.",
         "shared", "COOPERATE", ("THA", "KHM")),
        ("Armenia and Azerbaijan traded accusations over the shelling of border villages.",
         "traded", "ACCUSE", ("ARM", "AZE")),
        ("Greece and Turkey expelled each other's diplomats after the incident.", "expelled",
         "SANCTION", ("GRC", "TUR")),
        ("India and China accused each other of violating the border agreement.", "accused",
         "ACCUSE", ("IND", "CHN")),
    ],
)  # fmt: skip
def test_events_round8_joint_and_reciprocal_acts_set_one_party_against_the_other(
    resources, text, verb, kind, pair
):
    e = _on(pipeline_events(text, resources), verb)
    assert e.plover_type == kind
    assert (_countries(e.source), _countries(e.target)) == ([pair[0]], [pair[1]])


def test_events_round8_coordinated_parties_acting_on_a_third_keep_it_as_target(resources):
    text = "Greece and Turkey expelled Libyan diplomats after the incident."
    e = _on(pipeline_events(text, resources), "expelled")
    assert _countries(e.target) == ["LBY"]
    assert set(_countries(e.source)) == {"GRC", "TUR"}


def test_events_round8_flying_goods_to_people_is_aid(resources):
    text = "The Red Cross flew blankets and tents to flood victims in Assam."
    e = _on(pipeline_events(text, resources), "flew")
    assert (e.plover_type, e.cameo_code) == ("AID", "073")


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ('"Ireland stands with the Palestinian people," the Irish premier said.', "stands"),
        ("The Gulf state stood by its ally despite the sanctions.", "stood"),
    ],
)
def test_events_round8_standing_with_a_party_is_support(resources, text, verb):
    events = pipeline_events(text, resources)
    e = _on(events, verb)
    assert e.plover_type == "SUPPORT"
    assert top_event(events) is e


@pytest.mark.parametrize(
    ("text", "verb", "kind"),
    [
        ("The king restored civil liberties suspended during the emergency.", "restored",
         "CONCEDE"),
        ("India opened its market to Australian wine under the new deal.", "opened", "CONCEDE"),
        # said as a commitment, the concession is a promise (framing: an intended cooperative act)
        ("Hanoi said it is committed to opening up its banking sector to foreign investors.",
         "opening", "AGREE"),
    ],
)  # fmt: skip
def test_events_round8_widening_freedoms_or_opening_a_market_is_a_concession(
    resources, text, verb, kind
):
    events = pipeline_events(text, resources)
    e = _on(events, verb)
    assert e.plover_type == kind
    assert top_event(events) is e


def test_events_round8_opening_an_office_is_no_concession(resources):
    text = "The ministry opened an office in Nairobi."
    assert not any(e.plover_type == "CONCEDE" for e in pipeline_events(text, resources))


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Uzbekistan agreed to extend the water-sharing arrangement following a meeting with "
         "Tajik officials.", "TJK"),
        ('"We have agreed to lift the tariffs," the Kenyan trade minister said after talks with '
         "Tanzanian officials.", "TZA"),
    ],
)  # fmt: skip
def test_events_round8_an_agreement_is_made_with_whom_its_meeting_was_held(
    resources, text, country
):
    e = _on(pipeline_events(text, resources), "agreed")
    assert e.plover_type == "AGREE"
    assert _countries(e.target) == [country]


def test_events_round8_an_agreement_after_talks_with_no_party_named_keeps_no_target(resources):
    text = "Uzbekistan agreed to extend the arrangement after talks in Moscow."
    assert _on(pipeline_events(text, resources), "agreed").target == []
