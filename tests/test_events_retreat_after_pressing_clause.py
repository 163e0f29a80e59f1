"""A retreat told before an "after" clause in which another party pressed for it yields to that
party (round r42, plover60).

"Tajik border guards pulled back from a water intake near the village of X, a day after Kyrgyz
officials had warned they would send in police": the retreat named only the village (a place of
the withdrawer's own side) or nothing as its target, and the parser hangs the retreat under the
"after" clause's verb, so the warning tied or outranked it. The subject of an earlier clause whose
verb presses (`pressure_verbs`: warn, threaten, demand ...) is whom the retreat yields to, as
"after demands from X" gives (`pressure_nouns`). Sentences written for the test, none from a gold
set."""

from __future__ import annotations

import pytest
from event_helpers import countries_of, pipeline_top


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "pressed_by"),
    [
        ("Armenian troops pulled back from positions near the village of Tegh on Friday, a day "
         "after Azerbaijani officials had warned they would take the dispute to the United "
         "Nations, a defence ministry spokesman said.", "AZE"),
        ("Tajik border guards pulled back from a water intake near the village of Vorukh on "
         "Sunday, a day after Kyrgyz officials had warned they would send in police, a district "
         "official said.", "KGZ"),
    ],
)  # fmt: skip
def test_retreat_after_a_pressing_clause_yields_to_its_subject(resources, text, pressed_by):
    top = pipeline_top(text, resources)
    assert top.plover_type == "RETREAT", text
    assert pressed_by in countries_of(top.target), text


@pytest.mark.slow
def test_retreat_after_a_visit_names_no_party_pressing(resources):
    # guard: a visit presses nobody; the retreat keeps no target
    top = pipeline_top(
        "Moroccan gendarmes pulled back from a checkpoint near the town of Guerguerat on "
        "Tuesday, a day after Mauritanian officials had visited the area, a local official said.",
        resources,
    )
    assert top.plover_type == "RETREAT" and not top.target
