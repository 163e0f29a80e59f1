"""Events a text does not report as facts (issue 9, the round on our second own article set
`reader_own2`, r4): a verb of the reporting party's own stance conjoined to the clause it
denies ("denied that X had happened and called on Y to ...") is its next act, not denied; a
charge followed by its denial ("accused Kigali of arming the rebels, a charge Rwanda denies") is
told, only its content denied; an act noun at the time of a verb still to come ("may sign a loan during the
visit": the visit is to come too), and an act another thing is made conditional on ("tied the
aid to the release of the prisoners": not released). Each class is pinned with its contrasting
asserted case. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import event_on, events_with_actors, token_named

from realpolitik.events.polarity import lexicon, polarity_of


def test_events_polarity_reader_own2_word_lists_load():
    lex = lexicon()
    assert "during" in lex.simultaneity_prepositions
    assert {"tie", "condition"} <= lex.conditioning_verbs and "on" in lex.conditioning_prepositions


CASES = [
    # an act noun during a verb still to come is to come; during a verb told, it was told
    ("The envoy may announce a prisoner swap during the summit in Astana.", "summit", "intended"),
    ("Ministers will sign the grain accord during the visit to Ankara.", "visit", "intended"),
    ("The envoy announced a prisoner swap during the summit in Astana.", "summit", "asserted"),
    ("Ministers signed the grain accord during the visit to Ankara.", "visit", "asserted"),
    ("The envoy may have announced the swap during the summit in Astana.", "summit", "asserted"),
    # an act something is made conditional on has not happened
    ("Brussels tied its budget support to the release of the jailed journalists.", "release", "hypothetical"),
    ("The donors conditioned further loans on the withdrawal of the militia from the port.", "withdrawal", "hypothetical"),
    ("Brussels welcomed the release of the jailed journalists.", "release", "asserted"),
    # a stance verb after a denied clause is the denier's own act; any other act stays denied
    ("Tehran denied that its drones had entered Iraqi airspace and called on Baghdad to produce "
     "evidence.", "called", "asserted"),
    ("The Kenyan police denied that their officers had fired on the marchers and accused "
     "opposition leaders of staging the clash.", "accused", "asserted"),
    ("The Kenyan police denied that their officers had fired on the marchers and accused "
     "opposition leaders of staging the clash.", "fired", "denied"),
    # a charge followed by its denial: the charge is told, what it alleges is denied
    ("Kampala has long accused Kigali of arming the rebels, who took Bunia last year, a charge "
     "Rwanda denies.", "accused", "asserted"),
    ("Algiers denied that it had accused Bamako of lying.", "accused", "denied"),
    ("The Azerbaijani ministry denied that its artillery had struck the village and shelled the "
     "hills.", "shelled", "denied"),
]


@pytest.mark.parametrize(("sentence", "word", "expected"), CASES)
def test_events_polarity_reader_own2_classes(nlp, sentence, word, expected):
    assert polarity_of(token_named(nlp(sentence), word)) == expected


def test_events_polarity_reader_own2_stance_after_a_denied_clause_is_the_deniers_act(nlp):
    events = events_with_actors(
        nlp,
        "Tehran denied that its drones had entered Iraqi airspace and called on Baghdad to "
        "produce evidence.",
        ("Tehran", "IRN", "GOV"), ("Baghdad", "IRQ", "GOV"),
    )  # fmt: skip
    assert [a.name for a in event_on(events, "called").source] == ["Tehran"]
