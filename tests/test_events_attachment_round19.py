"""Who did it to whom, issue 9 item 1's nineteenth attachment round, on sentences written for
the test (not the own held-out or PLOVER sentences whose misses prompted the classes): the
target's country (stance prefixes, a group's own "from" place) and the target itself."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events

pytestmark = pytest.mark.slow


def _main(events):
    return sorted(events, key=lambda e: (-e.confidence, e.trigger_start))[0]


def _target_countries(event):
    return {m.country for m in event.target}


@pytest.mark.parametrize(
    ("text", "stance_country", "country"),
    [
        ("An anti-Iran activist was stabbed outside a mosque in Baghdad.", "IRN", "IRQ"),
        ("The army shot dead a pro-Russia blogger in Odesa.", "RUS", "UKR"),
    ],
)  # fmt: skip
def test_events_round19_a_state_after_anti_or_pro_is_a_stance_not_the_target_country(
    resources, text, stance_country, country
):
    countries = _target_countries(_main(pipeline_events(text, resources)))
    assert stance_country not in countries and country in countries, countries


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("A Dutch-born nun from Rotterdam was arrested in Eritrea on Sunday.", "NLD"),
        ("Border guards detained a group of students from Toronto in the mountains of Iran.",
         "CAN"),
    ],
)  # fmt: skip
def test_events_round19_a_groups_own_from_place_gives_its_country(resources, text, country):
    assert country in _target_countries(_main(pipeline_events(text, resources)))


def test_events_round19_a_from_place_on_the_verb_is_the_place_left_not_an_origin(resources):
    main = _main(pipeline_events("Chad withdrew its soldiers from Niger in March.", resources))
    assert "NER" not in {m.country for m in main.target if "soldier" in m.text}


@pytest.mark.parametrize(
    ("text", "main_trigger"),
    [
        ("Somali police raided an opposition office in Mogadishu, days after the president "
         "signed a decree banning rallies.", "raided"),
        ("Turkish jets bombed Kurdish positions in northern Iraq, a week after Ankara and "
         "Baghdad agreed to a joint security plan.", "bombed"),
    ],
)  # fmt: skip
def test_events_round19_a_trailing_subordinate_clause_is_not_the_main_act(
    resources, text, main_trigger
):
    events = pipeline_events(text, resources)
    assert _main(events).trigger.split()[0] == main_trigger, [
        (e.trigger, e.confidence) for e in events
    ]


def test_events_round19_a_clause_on_a_verb_and_its_act_noun_ranks_below_the_noun(resources):
    events = pipeline_events(
        "Ghana announced the release of 40 Togolese detainees once the courts approve the deal.",
        resources,
    )
    assert "approve" not in _main(events).trigger, [(e.trigger, e.confidence) for e in events]


@pytest.mark.parametrize(
    ("text", "summoner"),
    [
        ("Canada's ambassador was summoned to the Indian foreign ministry in New Delhi on Friday.",
         "IND"),
        ("Ghana's envoy was called in to the Nigerian foreign ministry over the demolition.",
         "NGA"),
    ],
)  # fmt: skip
def test_events_round19_whoever_one_is_summoned_to_summons(resources, text, summoner):
    main = _main(pipeline_events(text, resources))
    assert summoner in {m.country for m in main.source}, [m.text for m in main.source]


def test_events_round19_a_flagged_ship_is_its_flag_states(resources):
    main = _main(
        pipeline_events("A Liberian-flagged tanker was seized in the Gulf of Oman.", resources)
    )
    assert "LBR" in _target_countries(main)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Two suicide bombers killed 14 people on Monday when they blew themselves up at a bus "
         "station in Quetta.", "PAK"),
        ("Gunmen shot dead six villagers as they raided a cattle market near Maiduguri.", "NGA"),
    ],
)  # fmt: skip
def test_events_round19_a_when_clause_places_the_acts_victims(resources, text, country):
    assert country in _target_countries(_main(pipeline_events(text, resources)))


def test_events_round19_a_state_name_inside_a_longer_place_name_is_that_place(resources):
    main = _main(pipeline_events("Britain banned a loyalist paramilitary group in Northern Ireland.", resources))
    assert _target_countries(main) == {"GBR"}, [m.text for m in main.target]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Thailand massed troops near its border with Cambodia on Sunday.", "KHM"),
        ("India stepped up troop deployments along its border with Pakistan after the attack.",
         "PAK"),
    ],
)  # fmt: skip
def test_events_round19_forces_sent_to_a_border_are_aimed_across_it(resources, text, country):
    assert country in _target_countries(_main(pipeline_events(text, resources)))


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Peru accepted an offer of mediation from Brazil on Tuesday.", "BRA"),
        ("Mali turned down a proposal for talks from Algeria.", "DZA"),
    ],
)  # fmt: skip
def test_events_round19_a_proposals_author_after_its_topic_is_the_target(resources, text, country):
    assert country in _target_countries(_main(pipeline_events(text, resources)))


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Ghana's president flew to Abuja to discuss the border dispute with Nigerian officials.",
         "NGA"),
        ("Jordan's king travelled to Cairo on Monday to meet Egyptian leaders on the crisis.",
         "EGY"),
    ],
)  # fmt: skip
def test_events_round19_an_act_with_no_party_is_aimed_where_its_purpose_clause_is(
    resources, text, country
):
    assert country in _target_countries(_main(pipeline_events(text, resources)))


def test_events_round19_goods_seized_on_their_way_are_aimed_at_their_destination(resources):
    main = _main(
        pipeline_events(
            "Border guards in Latvia confiscated a shipment of microchips bound for Belarus.",
            resources,
        )
    )
    assert _target_countries(main) == {"BLR"}, [m.text for m in main.target]


def test_events_round19_demanding_an_end_to_an_act_is_aimed_at_its_doer(resources):
    main = _main(
        pipeline_events(
            "The African Union demanded an end to the blockade of Goma by M23 rebels.", resources
        )
    )
    assert any("M23" in m.text for m in main.target), [m.text for m in main.target]


def test_events_round19_a_protests_party_in_a_place_still_protests_against_its_state(resources):
    main = _main(
        pipeline_events("Nurses in Malawi went on strike on Monday over unpaid wages.", resources)
    )
    assert "MWI" in _target_countries(main), [m.text for m in main.target]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("The army launched an offensive targeting Islamist rebels in the north.", "rebels"),
        ("Peru's congress approved a bill granting an amnesty to Bolivian truck drivers.",
         "Bolivian"),
    ],
)  # fmt: skip
def test_events_round19_a_participle_on_the_object_names_whom_the_act_is_aimed_at(
    resources, text, party
):
    main = _main(pipeline_events(text, resources))
    assert any(party in m.text for m in main.target), [m.text for m in main.target]


def test_events_round19_a_passive_when_clauses_agent_did_the_passive_act(resources):
    main = _main(
        pipeline_events(
            "Three Kenyan soldiers were killed when their convoy was hit by al-Shabaab fighters "
            "near Lamu.",
            resources,
        )
    )
    assert any("Shabaab" in m.text for m in main.source), [m.text for m in main.source]


def test_events_round19_moving_forces_named_as_ones_own_answers_the_act_before(resources):
    main = _main(
        pipeline_events(
            "Japan put its forces on high alert after North Korean missiles flew over Hokkaido.",
            resources,
        )
    )
    assert "PRK" in _target_countries(main), [m.text for m in main.target]


def test_events_round19_a_group_naming_its_own_origin_is_no_ones_forces(resources):
    main = _main(
        pipeline_events(
            "Sudan's army chief warned Darfuri authorities that Khartoum would cut their funds.",
            resources,
        )
    )
    assert any("Darfuri" in m.text for m in main.target), [m.text for m in main.target]


def test_events_round19_a_subject_acts_between_parties_are_the_verbs(resources):
    main = _main(
        pipeline_events("Talks between Guyana and Venezuela collapsed in Geneva on Friday.", resources)
    )
    assert {m.country for m in main.source} | _target_countries(main) >= {"GUY", "VEN"}
    assert main.target, [(e.trigger, [m.text for m in e.target]) for e in [main]]
