"""Round r38 (args42), a class read from own81 tune misses; every sentence here is made up for
the test: a teller's own unit counted as the subject of the act it reports ("the navy said one
of its patrol boats had seized ...", "two of their officers had detained ...") is the unit,
whose possessor, the teller, is the doer. The count itself names no actor, and the act had no
source."""

from __future__ import annotations

from event_helpers import event_on


def test_one_of_its_patrols_acts_for_the_army_that_tells_it(analyse):
    text = ("Chad's army said on Monday that one of its patrols had arrested four Sudanese "
            "gunmen near Adre.")  # fmt: skip
    arrest = event_on(analyse(text), "arrested")
    assert {a.country for a in arrest.source} == {"TCD"}
    assert {a.country for a in arrest.target} == {"SDN"}


def test_two_of_their_officers_act_for_the_guards_that_tell_it(analyse):
    text = ("Uruguay's border guards said on Friday that two of their officers had detained a "
            "Brazilian lorry driver carrying contraband near Rivera.")  # fmt: skip
    detention = event_on(analyse(text), "detained")
    assert {a.country for a in detention.source} == {"URY"}


def test_a_count_of_another_state_s_boats_keeps_that_state(analyse):
    # guard: the counted noun's possessor is a name, not a pronoun: the named state acts
    text = ("The Kenyan navy said two of Somalia's patrol boats had fired on a fishing dhow "
            "off Kiunga on Sunday.")  # fmt: skip
    fire = event_on(analyse(text), "fired")
    assert "KEN" not in {a.country for a in fire.source}
