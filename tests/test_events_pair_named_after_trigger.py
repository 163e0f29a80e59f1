"""Round r36 (args40), the brief's leftover from stop 55; every sentence here is made up for the
test: "flights between the two capitals" (or "the two countries") names the pair whose other
member than the source is named later in the sentence, so that member is the target; with two
other states named later nothing is guessed."""

from __future__ import annotations

import pytest

from realpolitik.eval.plover import top_event


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Chisinau suspended direct flights between the two capitals on Friday, a week after "
         "Moscow recognised the breakaway region of Transnistria, the Moldovan transport "
         "ministry said.", "Moscow"),
        ("Kenya halted flights between the two countries on Monday after Somalia expelled its "
         "ambassador.", "Somalia"),
    ],
)  # fmt: skip
def test_pair_member_named_after_the_act_is_its_target(analyse, text, target):
    top = top_event(analyse(text))
    assert top is not None and top.plover_type == "SANCTION"
    assert [a.text for a in top.target] == [target]


def test_two_other_states_named_after_the_act_give_no_target(analyse):
    # guard: which of the two is the pair's member is not said
    text = ("Kenya halted flights between the two countries on Monday after Somalia and "
            "Ethiopia signed a defence pact.")  # fmt: skip
    top = top_event(analyse(text))
    assert top is not None and top.plover_type == "SANCTION"
    assert top.target == []


def test_third_partys_call_to_both_capitals_names_neither_as_its_target(analyse):
    # guard: "both capitals" outside a "between" phrase is no link between the source and one
    text = ("Peru and Bolivia traded accusations over the lake. Chile, which borders both "
            "countries, moved troops north last week. Its foreign ministry spoke by phone with "
            "both capitals on Wednesday.")  # fmt: skip
    spoke = next(e for e in analyse(text) if e.trigger.split()[0] == "spoke")
    assert len(spoke.target) != 1
