"""Who did it to whom, issue 9 item 1's twentieth attachment round, on sentences written for the
test (not the own held-out or PLOVER sentences whose misses prompted the classes): joint acts on
stateless objects, and which of two acts is the main one."""

from __future__ import annotations

import pytest
from event_helpers import countries_of, pipeline_events

pytestmark = pytest.mark.slow


def _main(events):
    return sorted(events, key=lambda e: (-e.confidence, e.trigger_start))[0]


@pytest.mark.parametrize(
    "text",
    [
        "Belgium and the Netherlands worked together to evacuate stranded tourists from the island.",
        "Ghana and Togo agreed to resettle 2,000 farmers displaced by the floods.",
    ],
)
def test_events_round20_a_cooperative_joint_act_on_stateless_objects_pairs_its_parties(
    resources, text
):
    main = _main(pipeline_events(text, resources))
    assert main.quad_class <= 2, main.plover_type
    assert len(countries_of(main.source) | countries_of(main.target) - {None}) == 2
    assert countries_of(main.source).isdisjoint(countries_of(main.target)), (
        main.source,
        main.target,
    )


def test_events_round20_a_hostile_joint_act_stays_aimed_at_its_object(resources):
    main = _main(
        pipeline_events("Croatian and Slovenian police jointly arrested 12 smugglers.", resources)
    )
    assert any("smuggler" in m.text for m in main.target), main.target


@pytest.mark.parametrize(
    ("text", "main_trigger"),
    [
        ("Kenya expelled two Ugandan journalists, and Kampala responded by closing the border "
         "crossing at Busia.", "expelled"),
        ("Fiji detained a Tongan trawler, and Tonga retaliated by banning Fijian flights.",
         "detained"),
    ],
)  # fmt: skip
def test_events_round20_a_later_clauses_means_act_ranks_below_the_first_act(
    resources, text, main_trigger
):
    assert _main(pipeline_events(text, resources)).trigger == main_trigger


def test_events_round20_a_means_act_of_the_only_clause_still_ranks_as_the_act(resources):
    main = _main(
        pipeline_events("Iran tightened its grip on the strait by seizing two tankers.", resources)
    )
    assert main.trigger == "seizing"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Ghana's president flew to Lome to discuss the fate of a jailed activist with Togolese "
         "officials.", "TGO"),
        ("Oman's foreign minister discussed the release of a Belgian aid worker with Iranian "
         "officials.", "IRN"),
    ],
)  # fmt: skip
def test_events_round20_a_topic_verbs_with_party_is_the_target_not_a_party_in_the_topic(
    resources, text, country
):
    assert countries_of(_main(pipeline_events(text, resources)).target) == {country}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("A Nepali fishing boat was seized near the dam on Monday, India's border police said.",
         "IND"),
        ("Extra battalions were moved to the frontier with Armenia, Azerbaijan's defence ministry "
         "said.", "AZE"),
    ],
)  # fmt: skip
def test_events_round20_a_named_authority_telling_an_agentless_passive_act_did_it(
    resources, text, country
):
    assert countries_of(_main(pipeline_events(text, resources)).source) == {country}


@pytest.mark.parametrize(
    ("text", "teller_country"),
    [
        ("Two Thai fishermen were detained off Dawei, Thailand's foreign ministry said.", "THA"),
        ("Three soldiers were killed in an ambush in Sool, Somaliland's army said.", "SOM"),
    ],
)  # fmt: skip
def test_events_round20_a_teller_of_its_own_nationals_or_losses_is_not_the_doer(
    resources, text, teller_country
):
    # the teller's state or its forces are not the doer; since round r16 (args20) an agentless
    # killing's source is the place's unidentified attackers (sector UAF, not the state's own
    # actor), whose country may be the teller's
    source = _main(pipeline_events(text, resources)).source
    assert not any(m.is_state_or_sector and m.country == teller_country for m in source), source


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Ugandan troops pulled out of the border village after Kenya protested to the African "
         "Union.", "KEN"),
        ("The Laotian army withdrew from the disputed ridge after Vietnam demanded its "
         "departure.", "VNM"),
    ],
)  # fmt: skip
def test_events_round20_a_concession_answers_the_subject_of_a_pressing_clause_after_it(
    resources, text, country
):
    assert country in countries_of(_main(pipeline_events(text, resources)).target)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Rwanda pledged 800 soldiers to a peacekeeping mission in the Central African "
         "Republic.", "CAF"),
        ("Chad deployed troops to the regional force in Niger.", "NER"),
    ],
)  # fmt: skip
def test_events_round20_forces_sent_to_a_mission_are_aimed_at_where_it_works(
    resources, text, country
):
    assert countries_of(_main(pipeline_events(text, resources)).target) == {country}
