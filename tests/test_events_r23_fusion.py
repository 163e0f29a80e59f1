"""Round r23 (fuse22), classes read from fusion_own17 tune misses; every sentence here is made up
for the test (made-up names and outlets, real places):

- police clearing or breaking up a protest blockade, roadblock or camp is the dispersal of a
  gathering (COERCE), and "the clearing of the blockade" reads as "clear the blockade";
- a navy's or army's sailors, marines or personnel "of" a named service are that service;
- a noun whose possessive names its own doer ("the ministry's suspension of the licence") is a
  new act of that doer, not the happening its sentence named before it.
"""

from __future__ import annotations

from datetime import date

from event_helpers import analysed_mentions, event_holding

from realpolitik.fusion import fuse_events


def _analyse(resources, texts: dict[str, str]):
    return analysed_mentions(resources, texts, date(2031, 6, 13))


def test_police_clearing_a_roadblock_disperse_a_protest(resources) -> None:
    mentions = _analyse(
        resources,
        {"d1": "Riot police on Friday cleared a roadblock that striking teachers had set up on the "
               "Pan-American highway south of Lima, the interior ministry said."},
    )  # fmt: skip
    assert event_holding(mentions, "cleared").plover_type == "COERCE"


def test_troops_breaking_up_barricades_coerce_rather_than_assault(resources) -> None:
    mentions = _analyse(
        resources,
        {"d1": "Soldiers broke up the barricades that lorry drivers had put up outside the port of "
               "Callao on Monday, officials said."},
    )  # fmt: skip
    assert event_holding(mentions, "broke").plover_type == "COERCE"


def test_the_clearing_of_a_blockade_reads_as_clearing_it(resources) -> None:
    mentions = _analyse(
        resources,
        {"d1": "The clearing of the Juliaca blockade on Friday angered the lorry drivers' union, its "
               "leader Tomas Quispe said."},
    )  # fmt: skip
    assert event_holding(mentions, "clearing").plover_type == "COERCE"


def test_clearing_a_road_is_no_dispersal(resources) -> None:
    mentions = _analyse(
        resources, {"d1": "Road workers cleared the road to Abancay after a landslide on Monday."}
    )
    assert all(m.plover_type != "COERCE" for m in mentions if "cleared" in m.trigger)


def test_sailors_of_a_named_navy_are_the_navy(resources) -> None:
    mentions = _analyse(
        resources,
        {"d1": "Sailors of the Nigerian Navy intercepted a tanker off Bonny on Tuesday, a navy "
               "spokesman said."},
    )  # fmt: skip
    assert [a.actor_id for a in event_holding(mentions, "intercepted").source] == ["NGA.MIL"]


def test_a_suspension_owned_by_another_doer_is_not_the_seizure_before_it(resources) -> None:
    text = (
        "The navy seized the tanker Blue Horizon on Monday off the coast. Fishermen welcomed the "
        "seizure, while the ministry's suspension of the tanker's permit has been challenged in court."
    )
    events = fuse_events(_analyse(resources, {"d1": text}))
    seizure = next(e for e in events if any(m.trigger == "seized" for m in e.mentions))
    assert not any("suspension" in m.trigger for m in seizure.mentions)
    assert any(m.trigger == "seizure" for m in seizure.mentions)  # the back-reference still joins


def test_a_state_sending_foreign_diplomats_home_expels_them(resources) -> None:
    mentions = _analyse(
        resources,
        {
            "d1": "Lithuania sent two Belarusian diplomats home on Friday over spying claims, "
            "the foreign ministry in Vilnius said.",
            "d2": "Quito sent home a Venezuelan first secretary on Monday, officials said.",
        },
    )
    sent = [m for m in mentions if "sent" in m.trigger]
    assert len(sent) == 2
    assert all(m.plover_type == "SANCTION" for m in sent)


def test_sending_an_envoy_abroad_is_no_expulsion(resources) -> None:
    mentions = _analyse(
        resources, {"d1": "Brazil sent an envoy to Caracas on Monday for talks on the crisis."}
    )
    assert all(m.plover_type != "SANCTION" for m in mentions if "sent" in m.trigger)


def test_an_owned_suspension_does_not_join_an_earlier_doerless_seizure(resources) -> None:
    text = (
        "The inspection of a Panamanian freighter off Tema on Monday, followed a day later by the "
        "seizure of a Liberian-flagged tanker off Takoradi, angered shippers. Port workers welcomed "
        "the inspection, while the ministry's suspension of the tanker's permit has been appealed."
    )
    events = fuse_events(_analyse(resources, {"d1": text}))
    suspension = next(e for e in events if any("suspension" in m.trigger for m in e.mentions))
    assert not any("seiz" in m.trigger for m in suspension.mentions)


def test_a_weekday_of_last_week_dates_the_act_to_that_day(resources) -> None:
    # published Friday 13 June 2031: "Tuesday last week" is Tuesday 3 June
    mentions = _analyse(
        resources,
        {
            "d1": "Riga expelled a Belarusian consul on Wednesday. The foreign ministry had "
            "summoned Belarus's charge d'affaires on Tuesday last week over a border incident."
        },
    )
    summons = event_holding(mentions, "summoned")
    assert summons.date.start == "2031-06-03"
