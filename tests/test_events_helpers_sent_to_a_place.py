"""Round r39 (args43), a class read from own83 tune misses; every sentence here is made up for
the test: people a state sends to help, watch or advise (doctors, nurses, engineers, rescuers, a
team of them: `deployed_arrivals.yaml` helping_bodies) are the sender's own staff, so the sending
is aimed at where they go ("sent a team of thirty nurses to Nouakchott": Mauritania), not at them;
the nurses were read as the target."""

from __future__ import annotations

from event_helpers import event_on


def test_a_team_of_nurses_sent_to_a_capital_aims_at_its_state(analyse):
    text = ("Senegal sent a team of thirty nurses to Nouakchott on Monday to help fight a cholera "
            "outbreak, the health ministry said.")  # fmt: skip
    sending = event_on(analyse(text), "sent")
    assert sending.plover_type == "AID"
    assert {a.country for a in sending.target} == {"MRT"}


def test_engineers_sent_to_a_state_aim_at_it(analyse):
    text = ("Thailand sent twelve engineers to Laos on Thursday to inspect a bridge damaged by "
            "the floods, officials in Bangkok said.")  # fmt: skip
    sending = event_on(analyse(text), "sent")
    assert {a.country for a in sending.target} == {"LAO"}
    assert not any("engineers" in a.text for a in sending.target)


def test_migrants_sent_to_a_camp_stay_the_target(analyse):
    # guard: people who are no helpers are acted on
    text = "Mauritania sent eighty migrants to a camp near Nouadhibou on Monday, officials said."
    sending = event_on(analyse(text), "sent")
    assert any("migrants" in a.text for a in sending.target)


def test_tents_sent_to_a_capital_the_parser_calls_a_dative_aim_at_its_state(analyse):
    # the parser labels the sending verb's "to" a dative, not a preposition
    text = "Senegal sent tents and blankets to Nouakchott on Monday after the floods."
    sending = event_on(analyse(text), "sent")
    assert {a.country for a in sending.target} == {"MRT"}


def test_medicine_flown_to_a_capital_aims_at_its_state(analyse):
    text = ("Azerbaijan flew twenty tonnes of medicine to Ashgabat on Friday, the emergencies "
            "ministry in Baku said.")  # fmt: skip
    sending = event_on(analyse(text), "flew")
    assert sending.plover_type == "AID"
    assert {a.country for a in sending.target} == {"TKM"}

