"""A definite noun naming an unknown person in full does not continue an earlier happening of
its document that names only other unknown names (round r13, fuse12; read from a fusion_own7
tune miss: a recalled arrest of one party leader taken into a headline about another's).
Made-up names and sentences of our own."""

from __future__ import annotations

from dataclasses import replace

from test_fusion_events import day, mention

from realpolitik.fusion import fuse_events
from realpolitik.model import ActorMention


def _person(name: str, country: str | None = None) -> ActorMention:
    return ActorMention(
        "d", 0, 1, name, "new:" + name.lower().replace(" ", "_"), name, country, None, how="ner"
    )


def _headline(target: ActorMention):
    m = mention("a", 0, "COERCE", (), (), trigger="arrested",
                sentence="Union Treasurer arrested in Ostrava",
                date=day("2026-04-10", from_document=True))  # fmt: skip
    return replace(m, target=[target])


def _recalled(target: ActorMention):
    m = mention("a", 80, "COERCE", (), (), trigger="arrest",
                sentence="The arrest of union chief Pavel Dostal on Thursday was the first in years.",
                date=day("2026-04-09"))  # fmt: skip
    return replace(m, target=[target], date=replace(m.date, text="Thursday"))


def _groups(events) -> list[list[str]]:
    return sorted(sorted(m.trigger for m in e.mentions) for e in events)


def test_a_recalled_arrest_of_a_named_person_does_not_continue_another_name_s_arrest() -> None:
    events = fuse_events([_headline(_person("Treasurer")), _recalled(_person("Pavel Dostal"))])
    assert _groups(events) == [["arrest"], ["arrested"]]


def test_the_same_person_by_family_name_or_a_generic_noun_still_continues() -> None:
    family = fuse_events([_headline(_person("Dostal")), _recalled(_person("Pavel Dostal"))])
    assert _groups(family) == [["arrest", "arrested"]]
    generic = ActorMention(
        "d", 0, 1, "union leader", "new:union_leader", "union leader", None, None, how="generic"
    )
    assert _groups(fuse_events([_headline(generic), _recalled(_person("Pavel Dostal"))])) == [
        ["arrest", "arrested"]
    ]
