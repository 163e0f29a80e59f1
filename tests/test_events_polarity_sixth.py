"""Events a text does not report as facts (issue 9, sixth polarity round, r4): an alternative set
aside ("instead of deploying the army", "rather than expel the diplomats") was not done; a ban
told as a noun ("a proposed ban on arms exports") is an event, so its polarity can be read. Each
class is pinned with its contrasting asserted case. Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events, token_named

from realpolitik.events.polarity import lexicon, polarity_of


def test_events_polarity_sixth_word_lists_load():
    assert {"instead of", "rather than"} <= lexicon().alternative_phrases


# fmt: off
CASES = [
    # an alternative set aside, by "instead of" / "rather than" before a verb, a clause or a noun
    ("Instead of arresting the protesters, the police escorted them out of the square.", "arresting", "negated"),
    ("Instead of arresting the protesters, the police escorted them out of the square.", "escorted", "asserted"),
    ("The junta released the journalist rather than charge him with treason.", "charge", "negated"),
    ("The junta released the journalist rather than charge him with treason.", "released", "asserted"),
    ("Rather than withdraw its troops, Moscow sent reinforcements to the border.", "withdraw", "negated"),
    ("Rather than attacking the town, the rebels laid siege to it.", "attacking", "negated"),
    ("The court fined the editor rather than jailing him.", "jailing", "negated"),
    ("The army chose to negotiate instead of storming the compound.", "storming", "negated"),
    ("The junta freed the reporter instead of an arrest, and later deported him.", "arrest", "negated"),
    ("The junta freed the reporter instead of an arrest, and later deported him.", "deported", "asserted"),
    # "rather" or "instead" alone, or "than" in a comparison, sets nothing aside
    ("The police arrested the protesters instead, witnesses said.", "arrested", "asserted"),
    ("The rebels attacked more towns this year than last year.", "attacked", "asserted"),
# fmt: on
]


@pytest.mark.parametrize(("sentence", "trigger", "expected"), CASES)
def test_events_polarity_sixth_reads_the_class(nlp, sentence, trigger, expected):
    assert polarity_of(token_named(nlp(sentence), trigger)) == expected


def _polarity_on(events, word: str) -> str | None:
    hits = [e.polarity for e in events if e.trigger.split()[0] == word]
    return hits[0] if hits else None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A proposed ban on arms exports was debated in the Bundestag.", "intended"),
        ("The ban on arms exports took effect in May.", "asserted"),
        # lifting a ban is the act told; the ban names what is lifted, as before
        ("The ministry lifted a ban on foreign journalists.", None),
    ],
)
def test_events_polarity_sixth_a_ban_told_as_a_noun_is_an_event(resources, sentence, expected):
    assert _polarity_on(pipeline_events(sentence, resources), "ban") == expected
