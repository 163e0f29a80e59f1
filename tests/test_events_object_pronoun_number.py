"""An object pronoun "it" that names a party stands for no plural common noun named before it
("... that it had moved soldiers to the border, a day after Lima accused it": Chile is accused,
not the soldiers). Round r12b (fuse10), read from a fusion_own1 tune miss; every sentence here is
made up for the test."""

from __future__ import annotations

import pytest

from realpolitik.events import extract_events
from realpolitik.model import ActorMention, Document

pytestmark = pytest.mark.slow


def _actors(text: str, *names: str) -> list[ActorMention]:
    out = []
    for phrase in names:
        start = text.index(phrase)
        out.append(
            ActorMention(
                "d", start, start + len(phrase), phrase, "x:" + phrase.lower(), phrase, None
            )
        )
    return out


def _targets(nlp, text: str, word: str, *names: str) -> list[str]:
    doc = Document(doc_id="d", source="test", raw=text, text=text)
    events = extract_events(doc, nlp(text), _actors(text, *names), [])
    hits = [e for e in events if e.trigger.split()[0] == word]
    assert hits, f"no event on {word!r}: {[e.trigger for e in events]}"
    return [a.text for a in hits[0].target]


def test_it_passes_over_a_plural_noun_to_the_party_before(nlp):
    text = (
        "Chile on Friday rejected the charge that it had moved soldiers to the border, "
        "a day after Lima accused it of a build-up."
    )
    assert _targets(nlp, text, "accused", "Chile", "soldiers", "Lima") == ["Chile"]


def test_them_still_stands_for_a_plural_noun(nlp):
    text = "Colombia is angry with the guerrillas and accuses them of kidnapping two nurses."
    assert _targets(nlp, text, "accuses", "Colombia", "guerrillas") == ["guerrillas"]
