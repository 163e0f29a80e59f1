"""Two reports of one act, each naming the side the other leaves out, on one stated day, join
(round r13, fuse12; read from a fusion_own7 tune miss: a release told by who freed and by whose
sailors were freed). Made-up states and sentences of our own."""

from __future__ import annotations

from test_fusion_events import day, mention

from realpolitik.fusion import fuse_events
from realpolitik.fusion.one_sided_reports import day_key, named_side

BOR_REBELS = ("org:bordurian_front", "Bordurian Front", "BOR", "REB")
RURITANIA = ("RUR", "Ruritania", "RUR", None)
OSTERLICH = ("OST", "Osterlich", "OST", None)


def _freed(doc: str = "a", when: str = "2026-06-01", source=(BOR_REBELS,)):
    return mention(doc, 0, "RETREAT", source, (), trigger="freed",
                   sentence="The Bordurian Front on Monday freed nine fishermen it had held.",
                   date=day(when))  # fmt: skip


def _released(doc: str = "b", when: str = "2026-06-01", target=(RURITANIA,)):
    return mention(doc, 30, "RETREAT", (), target, trigger="released",
                   sentence="Nine Ruritanian fishermen were released on Monday, their union said.",
                   date=day(when))  # fmt: skip


def _groups(events) -> list[list[str]]:
    return sorted(sorted({m.doc_id for m in e.mentions}) for e in events)


def test_who_freed_and_whose_people_were_freed_on_one_day_are_one_release() -> None:
    assert _groups(fuse_events([_freed(), _released()])) == [["a", "b"]]


def test_another_day_or_the_same_side_named_by_both_stays_apart() -> None:
    assert len(fuse_events([_freed(), _released(when="2026-06-02")])) == 2
    # both name who freed, two different groups: no side left out to complete
    other = _released(target=())
    other = mention("b", 30, "RETREAT", (OSTERLICH,), (), trigger="released",
                    sentence=other.sentence, date=day("2026-06-01"))  # fmt: skip
    assert len(fuse_events([_freed(), other])) == 2


def test_a_document_date_is_no_stated_day() -> None:
    undated = mention("b", 30, "RETREAT", (), (RURITANIA,), trigger="released",
                      sentence="Nine Ruritanian fishermen have been released.",
                      date=day("2026-06-01", from_document=True))  # fmt: skip
    assert len(fuse_events([_freed(), undated])) == 2


def test_two_partners_on_the_day_join_neither() -> None:
    second = _released(doc="c", target=(OSTERLICH,))
    assert _groups(fuse_events([_freed(), _released(), second])) == [["a"], ["b"], ["c"]]


def test_the_day_key_is_given_only_to_a_mention_naming_one_side_on_a_stated_day() -> None:
    assert day_key(_freed()) == "o:2026-06-01"
    assert day_key(_released()) == "o:2026-06-01"
    both = mention("a", 0, "RETREAT", (BOR_REBELS,), (RURITANIA,), trigger="freed",
                   sentence="The Front freed nine Ruritanians on Monday.", date=day("2026-06-01"))  # fmt: skip
    assert day_key(both) is None
    assert named_side(both.source, both.target) is None
