"""A noun that a relative clause's object pronoun stands for is acted on ("the mayor, whom police
detained on Friday": the mayor is detained). Round r12b (fuse10), read from a fusion_own3 tune
miss; every sentence and name here is made up for the test."""

from __future__ import annotations

import pytest

from realpolitik.events import extract_events
from realpolitik.model import ActorMention, Document

pytestmark = pytest.mark.slow


def _actors(text: str, *names: str) -> list[ActorMention]:
    out = []
    for phrase in names:
        start = text.index(phrase)
        out.append(ActorMention("d", start, start + len(phrase), phrase, "x:" + phrase.lower(),
                                phrase, phrase[:3].upper()))  # fmt: skip
    return out


def _event(nlp, text: str, word: str, *names: str):
    doc = Document(doc_id="d", source="test", raw=text, text=text)
    events = extract_events(doc, nlp(text), _actors(text, *names), [])
    hits = [e for e in events if e.trigger.split()[0] == word]
    assert hits, f"no event on {word!r}: {[e.trigger for e in events]}"
    return hits[0]


@pytest.mark.parametrize(
    ("text", "word", "actors", "target"),
    [
        (
            "Investigators say Governor Tomas Varga, whom the police arrested on Monday, accepted "
            "gifts.",
            "arrested",
            ("Tomas Varga", "police"),
            "Tomas Varga",
        ),
        (
            "Borduria has freed the two sailors whom its navy seized off Zenda in May.",
            "seized",
            ("Borduria", "sailors", "navy"),
            "sailors",
        ),
    ],
)
def test_the_noun_a_relative_object_pronoun_stands_for_is_the_target(
    nlp, text, word, actors, target
):
    event = _event(nlp, text, word, *actors)
    assert [a.text for a in event.target] == [target]


def test_a_relative_subject_pronoun_still_makes_the_noun_act(nlp):
    text = "Borduria freed the navy, which had seized the sailors off Zenda in May."
    event = _event(nlp, text, "seized", "Borduria", "navy", "sailors")
    assert [a.text for a in event.source] == ["navy"]
    assert [a.text for a in event.target] == ["sailors"]
