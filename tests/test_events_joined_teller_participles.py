"""Round r37 (args41), from own79 tune; every sentence here is made up for the test: a teller's
trailing participles joined by "and" ("..., the ministry said, calling the raid unprovoked and
demanding that Caracas free the men") remark on the act the teller reports, the second as much
as the first: the reported act stays the sentence's main event."""

from __future__ import annotations

from event_helpers import event_on

from realpolitik.eval.plover import top_event


def test_teller_s_second_joined_participle_ranks_below_the_reported_act(analyse):
    text = ("Venezuelan soldiers fired on a Guyanese river patrol near the Cuyuni on Monday and "
            "took three policemen prisoner, Guyana's foreign ministry said, calling the raid "
            "unprovoked and demanding that Caracas free the men.")  # fmt: skip
    top = top_event(analyse(text))
    assert top is not None and top.plover_type == "ASSAULT"
    assert {a.country for a in top.source} == {"VEN"}


def test_teller_s_joined_urging_ranks_below_the_shelling_it_remarks_on(analyse):
    text = ("Sudanese troops shelled a Chadian border village on Friday, the Chadian army said, "
            "condemning the attack and urging Khartoum to pull its forces back.")  # fmt: skip
    events = analyse(text)
    assert event_on(events, "urging").confidence < event_on(events, "shelled").confidence
    assert event_on(events, "urging").plover_type == "REQUEST"


def test_finite_verb_joined_to_a_main_verb_is_not_demoted(analyse):
    # guard: a finite verb coordinated with the main verb is no trailing participle's partner
    text = ("Chad's foreign minister condemned the shelling of a border village on Friday and "
            "urged Khartoum to pull its forces back.")  # fmt: skip
    events = analyse(text)
    assert event_on(events, "urged").confidence >= event_on(events, "condemned").confidence
