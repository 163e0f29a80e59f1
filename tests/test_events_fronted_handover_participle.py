"""A fronted "Handed over by X" participle whose clause's subject is a wanted or accused person
is an extradition told by its effect (round r43, plover61).

"Handed over by Ugandan police at the Malaba crossing, a Kenyan banker wanted for fraud was flown
back to Nairobi" read AID (the bare "hand over", CAMEO 070): the person handed over is the
subject of the clause the participle opens, which the hand-over never looked at, and the parser
may hang the participle under "wanted" with the banker its subject
(`handed_over._misparsed_wanted_participle`). The person is now read there
(`suspect_handovers.handed_people`, `fronted_participle`), so the fugitive makes the hand-over
judicial cooperation (the conventions' "extradition, handing over a fugitive" row). Sentences
written for the test, none from a gold set."""

from __future__ import annotations

import pytest
from event_helpers import countries_of, pipeline_top


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "giver"),
    [
        ("Handed over by Ugandan police at the Malaba crossing, a Kenyan banker wanted for fraud "
         "was flown back to Nairobi on Friday to stand trial, officials said.", "UGA"),
        ("Handed over by Thai police at the Friendship Bridge, a Lao businessman accused of fraud "
         "was driven back to Vientiane on Monday, officials said.", "THA"),
    ],
)  # fmt: skip
def test_fronted_handover_of_a_fugitive_is_cooperation(resources, text, giver):
    top = pipeline_top(text, resources)
    assert top.plover_type == "COOPERATE", text
    assert giver in countries_of(top.source), text


@pytest.mark.slow
def test_fronted_handover_of_goods_stays_aid(resources):
    # guard: goods handed over are no fugitive; the delivery stays aid
    top = pipeline_top(
        "Handed over by Kenyan officials at the Namanga border post, ten tonnes of maize were "
        "trucked to Arusha on Friday, officials said.",
        resources,
    )
    assert top.plover_type == "AID"
