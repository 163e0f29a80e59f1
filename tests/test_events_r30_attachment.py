"""Round r30 (args34) attachment classes, on sentences written for these tests (in no gold set):
an agentless release of people held in a place is the place state's act, a passive joined to an
active verb does not take the active verb's subject as its doer, "the ministry" names back the
ministry named before, the short demonym "Lao", and "Belgrade" in present-day news."""

from __future__ import annotations

import pytest
from event_helpers import countries_of, event_holding


@pytest.mark.parametrize(
    ("text", "trigger", "holder"),
    [
        ("Three Nepali trekkers held in China's Tibet region for a week were freed on Monday, "
         "officials in Kathmandu said.", "freed", "CHN"),
        ("Two Estonian cyclists jailed in Russia's Pskov region since June were released on "
         "Friday, their lawyer said.", "released", "RUS"),
    ],
)  # fmt: skip
def test_release_of_people_held_in_a_place_is_done_by_that_place_state(
    analyse, text: str, trigger: str, holder: str
) -> None:
    assert countries_of(event_holding(analyse(text), trigger).source) == {holder}


def test_release_joined_to_a_custody_participle_read_as_main_verb_is_the_holder_state(
    analyse,
) -> None:
    # the parser reads "detained" as the main verb and hangs "were released" on it with no "and"
    events = analyse(
        "Nine Ghanaian sailors detained at a port in Togo were released on Thursday and returned "
        "to Tema, the shipping union said."
    )
    released = next(e for e in events if e.trigger == "released")
    detained = next(e for e in events if e.trigger == "detained")
    assert countries_of(released.source) == {"TGO"}
    assert countries_of(released.target) == {"GHA"}
    assert "GHA" not in countries_of(detained.source)  # the sailors were detained, not detaining


def test_release_of_people_held_by_a_named_party_in_a_place_is_not_that_place_state(
    analyse,
) -> None:
    e = event_holding(
        analyse(
            "Four Belgian engineers held by bandits near Kaduna for a month were freed on Sunday.",
        ),
        "freed",
    )
    assert "NGA" not in countries_of(e.source)
    assert [m.text for m in e.source] == ["bandits"]  # the holder named frees them


def test_passive_joined_to_an_active_verb_has_its_agent_as_doer_and_the_subject_as_target(
    analyse,
) -> None:
    e = event_holding(
        analyse(
            "Soldiers in Juba detained two Kenyan reporters and were later condemned by their union.",
        ),
        "condemned",
    )
    assert [m.text for m in e.source] == ["union"]
    assert [m.text for m in e.target] == ["Soldiers"]


def test_active_verb_before_a_joined_passive_keeps_its_subject(analyse) -> None:
    e = event_holding(analyse("Kenya deported the activist and was praised by Uganda."), "deported")
    assert countries_of(e.source) == {"KEN"}


def test_the_ministry_names_back_the_ministry_named_before(analyse) -> None:
    e = event_holding(
        analyse(
            "Peru's foreign ministry confirmed the arrest of two truckers in Bolivia, and the ministry "
            "asked La Paz for consular access.",
        ),
        "asked",
    )
    assert countries_of(e.source) == {"PER"}


def test_the_ministry_with_its_own_of_phrase_names_itself() -> None:
    from realpolitik.actors.coref import body_reference
    from realpolitik.nlp.pipeline import load_pipeline

    sdoc = load_pipeline()("Egypt's foreign ministry spoke, and the ministry of defence denied it.")
    i = next(t.i for t in sdoc if t.lower_ == "ministry" and sdoc[t.i - 1].lower_ == "the")
    assert body_reference(sdoc, i) is None


def test_a_capitalised_ministry_is_left_to_the_press_release_issuer() -> None:
    from realpolitik.actors.coref import body_reference
    from realpolitik.nlp.pipeline import load_pipeline

    sdoc = load_pipeline()(
        "Chile's foreign ministry wrote to Lima. The Ministry regrets the delay."
    )
    i = next(t.i for t in sdoc if t.text == "Ministry")
    assert body_reference(sdoc, i) is None


def test_lao_is_the_demonym_of_laos(analyse) -> None:
    e = event_holding(
        analyse("Lao soldiers arrested two Thai smugglers on the Mekong on Sunday."), "arrested"
    )
    assert countries_of(e.source) == {"LAO"}


def test_lao_opening_a_longer_name_is_no_state() -> None:
    from realpolitik.actors.kb import load_kb
    from realpolitik.actors.matching import match_names
    from realpolitik.nlp.pipeline import load_pipeline

    sdoc = load_pipeline()("Floods in Lao Cai province cut roads, Vietnamese officials said.")
    assert all(c.actor_id != "LAO" for c in match_names(sdoc, load_kb()))


def test_belgrade_in_present_day_news_is_serbia(analyse) -> None:
    e = event_holding(
        analyse("Belgrade recalled its ambassador to Sarajevo on Friday after a row."), "recalled"
    )
    assert countries_of(e.source) == {"SRB"}


def test_belgrade_before_montenegro_left_is_serbia_and_montenegro() -> None:
    from realpolitik.actors.kb import load_kb

    kb = load_kb()
    assert kb.redirect("SCG.GOV", "2004-03-01") == "SCG.GOV"
    assert kb.redirect("SCG.GOV", "2024-03-01") == "SRB.GOV"


def test_gerund_telling_when_the_teller_spoke_ranks_below_the_reported_act(analyse) -> None:
    events = analyse(
        "Japan will lend Laos 30 million dollars for a new bridge, the Japanese ambassador said "
        "after signing the deal in Vientiane."
    )
    lend = next(e for e in events if e.trigger == "lend")
    signing = next(e for e in events if e.trigger == "signing")
    assert signing.confidence < lend.confidence


def test_gerund_in_a_time_phrase_of_a_verb_with_no_reported_clause_is_not_lowered() -> None:
    from realpolitik.events.coordination import gerund_timing_the_telling
    from realpolitik.nlp.pipeline import load_pipeline

    sdoc = load_pipeline()("The envoy said nothing after meeting the Malian president.")
    assert not any(gerund_timing_the_telling(t) for t in sdoc)
