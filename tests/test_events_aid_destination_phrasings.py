"""Round r39 (args43), classes read from own83 tune misses; every sentence here is made up for
the test: where aid sent abroad goes, when the sentence tells it around the sending verb."""

from __future__ import annotations

from event_helpers import event_on

# People a sending's purpose helps ("to help people whose homes were flooded") with no country of
# their own but the sender's, guessed from the sentence, are not whom the sending is aimed at:
# the place the helpers go to is (own83 tune: "to treat people injured" took the sender's
# country).


def test_people_helped_by_engineers_sent_abroad_leave_the_place_as_target(analyse):
    text = ("Thailand sent a team of engineers to Luang Prabang on Tuesday to help people whose "
            "homes were flooded, officials said.")  # fmt: skip
    sending = event_on(analyse(text), "sent")
    assert {a.country for a in sending.target} == {"LAO"}


def test_families_helped_by_medics_sent_abroad_leave_the_place_as_target(analyse):
    text = ("Senegal sent forty medics to Kaedi on Friday to help families hit by the cholera "
            "outbreak, the health ministry said.")  # fmt: skip
    sending = event_on(analyse(text), "sent")
    assert {a.country for a in sending.target} == {"MRT"}


def test_a_state_helped_by_troops_sent_stays_the_target(analyse):
    # guard: a party the purpose names outright is helped
    text = "Chad sent three hundred soldiers on Monday to help Niger fight the militants."
    sending = event_on(analyse(text), "sent")
    assert "NER" in {a.country for a in sending.target}


# A carrier loaded with goods ("three cargo planes loaded with flour and blankets to Tehran"): the
# parser hangs the "to" phrase on the loading participle, not on the sending verb (own83 tune).


def test_cargo_planes_loaded_with_flour_flown_to_a_capital_aim_at_its_state(analyse):
    text = ("Turkmenistan flew three cargo planes loaded with flour and blankets to Tehran on "
            "Monday after the earthquake, officials said.")  # fmt: skip
    sending = event_on(analyse(text), "flew")
    assert sending.plover_type == "AID"
    assert {a.country for a in sending.target} == {"IRN"}


def test_ships_laden_with_rice_sent_to_a_port_aim_at_its_state(analyse):
    text = ("Vietnam sent two ships laden with rice and cooking oil to Yangon on Sunday after the "
            "cyclone, the foreign ministry said.")  # fmt: skip
    sending = event_on(analyse(text), "sent")
    assert {a.country for a in sending.target} == {"MMR"}
