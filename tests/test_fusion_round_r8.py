"""Round r8 of fusion (issue 9): two group nouns of one state in one sentence are one collective
act's participants ("Workers walked off the job as the unions began a strike"); in two
sentences, or of two states, they stay apart."""

from __future__ import annotations

from dataclasses import replace

from test_fusion_events import day, mention

from realpolitik.fusion import fuse_events
from realpolitik.fusion.actor_match import is_group_noun, match_strength
from realpolitik.model import ActorMention

SENTENCE = "Dockers stopped work at every port as the transport unions called a national strike."


def group(noun: str, country: str, doc_id: str = "d", sector: str = "CVL") -> ActorMention:
    slug = noun.lower().replace(" ", "_")
    return ActorMention(doc_id, 0, 1, noun, f"new:{slug}@{country.lower()}", noun, country,
                        sector, None, "generic+context")  # fmt: skip


def _protest(who: ActorMention, trigger: str, at: int = 0, sentence: str = SENTENCE,
             doc_id: str = "d") -> object:  # fmt: skip
    m = mention(doc_id, at, "PROTEST", sentence=sentence, trigger=trigger, date=day("2025-03-10"))
    return replace(m, source=[replace(who, doc_id=doc_id)])


def test_group_nouns_of_one_state_match_only_when_told_alike() -> None:
    dockers, unions = group("Dockers", "KEN"), group("transport unions", "KEN")
    assert is_group_noun(dockers)
    assert match_strength(dockers, unions) == 0
    assert match_strength(dockers, unions, groups_alike=True) == 1
    assert match_strength(dockers, group("transport unions", "TZA"), groups_alike=True) == 0
    assert match_strength(dockers, group("police", "KEN", sector="COP"), groups_alike=True) == 0


def test_two_group_nouns_of_one_sentence_are_one_strike() -> None:
    stopped = _protest(group("Dockers", "KEN"), "stopped")
    called = _protest(group("transport unions", "KEN"), "strike")
    assert len(fuse_events([stopped, called])) == 1


def test_two_group_nouns_in_two_sentences_stay_two_acts() -> None:
    first = _protest(group("Dockers", "KEN"), "stopped", sentence="Dockers stopped work.")
    later = "Bus drivers walked out in the capital."
    second = _protest(group("Bus drivers", "KEN"), "walked", at=200, sentence=later)
    assert len(fuse_events([first, second])) == 2
