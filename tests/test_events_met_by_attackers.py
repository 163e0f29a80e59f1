"""A crowd "met by" a force "who" attacked it: the passive meeting only frames the attack told in
the agent's relative clause, which is the sentence's main event (round r40, plover58)."""

from event_helpers import pipeline_top


def test_events_crowd_met_by_police_who_fired_tear_gas_is_an_assault(resources):
    text = ("Thousands of striking miners were met outside the ministry by riot police who fired "
            "tear gas at them, a union said.")  # fmt: skip
    assert pipeline_top(text, resources).plover_type == "ASSAULT"


def test_events_marchers_met_by_soldiers_who_beat_them_is_an_assault(resources):
    text = ("A column of marching students was met at the bridge by soldiers who beat them with "
            "batons, witnesses said.")  # fmt: skip
    assert pipeline_top(text, resources).plover_type == "ASSAULT"


def test_events_minister_met_by_officials_who_briefed_him_stays_a_meeting(resources):
    # guard: an agent's relative clause telling no hostile act leaves the meeting the main event
    text = ("The foreign minister was met at the airport by officials who briefed him on the "
            "talks, the ministry said.")  # fmt: skip
    assert pipeline_top(text, resources).plover_type == "CONSULT"


def test_events_active_meeting_with_attackers_stays_a_meeting(resources):
    # guard: an active "met officials who had fired ..." is a meeting with them
    text = "The Kenyan president met officials who had fired tear gas at protesters, his office said."
    assert pipeline_top(text, resources).plover_type == "CONSULT"


def test_events_dockers_met_by_police_with_joined_acts_are_the_target(resources):
    # the act may be a verb joined to the relative clause's first one, its "them" the crowd met
    text = ("Hundreds of striking dockers were met at the gates by police who lobbed stun grenades "
            "and fired rubber bullets at them, the union said.")  # fmt: skip
    top = pipeline_top(text, resources)
    assert top.plover_type == "ASSAULT"
    assert [m.text for m in top.target] == ["dockers"]
