"""A verb's object in a relative clause is the noun the clause hangs on (`coordination.relative_object_antecedent`),
on sentences written for the test (not the own polarity sentence whose miss prompted the class)."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("relative", "main", "verb"),
    [
        ("The treaty that Moscow and Kyiv signed in 1997 lapsed last year.",
         "Moscow and Kyiv signed the treaty in 1997.", "signed"),
        ("The loan, which the IMF approved in June, eased the crisis.",
         "The IMF approved the loan in June.", "approved"),
    ],
)  # fmt: skip
def test_relative_objects_a_verb_reads_its_pattern_as_in_a_main_clause(
    resources, relative, main, verb
):
    in_main = next(e for e in pipeline_events(main, resources) if e.trigger == verb)
    in_relative = [e for e in pipeline_events(relative, resources) if e.trigger == verb]
    assert [e.plover_type for e in in_relative] == [in_main.plover_type]
