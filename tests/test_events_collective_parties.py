"""Parties of issue 9's tenth round, on sentences written for the test (not the held-out sentences
that prompted them): a regional or bloc word before a noun for states or their leaders names a
collective party ("Gulf states", "Western powers", "Baltic governments"); coordinated nationality
adjectives that share one head name one party each ("Thai and Cambodian soldiers"); an acronym
right before armed members names an armed group ("GSIM fighters"); a "-led" party is its
leader state's ("French-led troops"); "opposition figures" are a party; an armed descriptor
before a post or camp acted on names the party there ("shelled rebel positions")."""

from __future__ import annotations

import pytest
from event_helpers import event_on as _on
from event_helpers import pipeline_events

from realpolitik.model import Document
from realpolitik.pipeline import analyse_documents

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "verb", "party", "stands_for"),
    [
        ("Gulf states pledged support for the new government in Beirut.", "pledged",
         "Gulf states", "the Gulf states"),
        ("Western powers condemned the missile test carried out by Pyongyang.", "condemned",
         "Western powers", "the Western powers"),
        ("Baltic governments expelled Russian diplomats on Tuesday.", "expelled",
         "Baltic governments", "the Baltic states"),
    ],
)
def test_collective_party_is_the_source_with_what_it_stands_for(
    resources, text, verb, party, stands_for
):
    e = _on(pipeline_events(text, resources), verb)
    assert [(m.text, m.name, m.country) for m in e.source] == [(party, stands_for, None)]


def test_collective_party_needs_a_regional_word_and_a_noun_for_states():
    # "new members" and "Gulf waters" name no collective party: the word or the head is missing
    from realpolitik.actors.generic import _collective_words

    heads, groups = _collective_words()
    assert "members" in heads and "waters" not in heads
    assert "gulf" in groups and "new" not in groups


def test_coordinated_nationalities_sharing_a_head_are_two_parties(resources):
    e = _on(
        pipeline_events("Thai and Cambodian soldiers clashed near an ancient temple.", resources),
        "clashed",
    )
    assert [m.country for m in e.source] == ["THA"]
    assert [m.country for m in e.target] == ["KHM"]


def test_coordinated_nationalities_act_together_on_a_third_party(resources):
    e = _on(
        pipeline_events("Serbian and Kosovar police arrested smugglers near the border.", resources),
        "arrested",
    )
    assert [m.country for m in e.source] == ["SRB", "XKX"]
    assert [m.text for m in e.target] == ["smugglers"]


def test_acronym_before_armed_members_names_an_armed_group(resources):
    e = _on(
        pipeline_events("Malian troops killed 14 GSIM fighters near the border.", resources),
        "killed",
    )
    assert [(m.text, m.sector) for m in e.target] == [("GSIM", "REB")]


def test_acronym_of_a_state_before_its_troops_stays_the_state(resources):
    e = _on(pipeline_events("UK troops left the base near Basra.", resources), "left")
    assert [m.country for m in e.source] == ["GBR"]


def test_a_state_led_party_is_the_states(resources):
    text = "Malian villagers accused French-led forces of burning crops."
    actors = analyse_documents([Document("t", "t", raw=text, text=text)], resources)[0]
    assert [(m.text, m.country) for m in actors.actor_mentions if m.text == "forces"] == [
        ("forces", "FRA")
    ]


def test_a_state_backed_party_is_not_its_backers():
    from realpolitik.actors.generic import _leading_state
    from realpolitik.actors.kb import load_kb
    from realpolitik.nlp.pipeline import load_pipeline

    doc = load_pipeline()("Iranian-backed militias attacked the base.")
    assert _leading_state(load_kb(), [t for t in doc if t.lower_ == "backed"]) is None


def test_opposition_figures_are_a_party(resources):
    e = _on(
        pipeline_events("The Cuban government stripped 12 opposition figures of their passports.",
                        resources),
        "stripped",
    )
    assert [(m.text, m.sector) for m in e.target] == [("opposition figures", "OPP")]


def test_armed_adjective_before_a_post_names_the_party_acted_on(resources):
    e = _on(
        pipeline_events("Kenyan jets struck militant camps near the border.", resources),
        "struck",
    )
    assert [(m.text, m.sector) for m in e.target] == [("militant", "REB")]


def test_a_non_armed_adjective_before_a_post_names_no_party(resources):
    e = _on(pipeline_events("Kenyan troops shelled abandoned positions near Mandera.", resources),
            "shelled")
    assert all(m.sector != "REB" for m in e.target)
