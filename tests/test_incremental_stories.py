"""Incremental stories equal a full re-clustering, by construction: hand-made reports of a few
happenings, stored in two parts (the second part partly dated before the first), give the same
stories and story graph as one full fusion of both; and the re-clustered region stays the
epochs the new documents touch."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import pytest

from realpolitik.fusion.incremental import refuse_stories
from realpolitik.fusion.stories import cluster_stories_with_edges, stories_from_edges
from realpolitik.model import Document, DocumentAnalysis
from realpolitik.pipeline import fuse
from realpolitik.store import Store

# Each happening: its own facts, told in every report of it (texts written for this test).
HAPPENINGS = [
    "Floodwaters from the Varna river forced 3,400 residents of Kelmore to leave their homes "
    "after the Dunmore dam overflowed on Sunday night.",
    "Customs officers at Port Halvik seized 212 kilograms of cocaine hidden in banana crates "
    "shipped by the Orvane Trading company.",
    "Striking dock workers in Meriton blocked the container terminal for a third day, demanding "
    "a 14 percent raise from the Teal Harbour authority.",
    "A magnitude 6.1 earthquake struck near the mountain town of Zavreth, cracking the Okana "
    "bridge and cutting power to 18,000 homes.",
    "Health officials in Brisco province confirmed 57 cases of cholera linked to the Lumen "
    "water works, and closed two schools.",
    "The Ostrova parliament voted 211 to 94 to dismiss finance minister Petra Vallis after the "
    "Kestrel bond scandal.",
]
# Words any report may use, whatever it is about.
FILLER = [
    "Officials said more details would follow later in the day.",
    "Local television showed images of the scene.",
    "Residents described a tense and confusing night.",
    "The government promised a full inquiry into what happened.",
    "Witnesses spoke to reporters near the site.",
    "Regional newspapers carried the story on their front pages.",
    "Police asked people to stay away from the area.",
    "An opposition spokesman criticised the response.",
]
START = date(2024, 3, 1)


def _reports(seed: int) -> list[Document]:
    """Five reports of each happening over a few days (different happenings on overlapping
    days, some crossing an epoch boundary), each with its own mix of filler sentences."""
    rng = random.Random(seed)
    docs = []
    for h, facts in enumerate(HAPPENINGS):
        first = START + timedelta(days=6 * h)
        for k in range(5):
            text = " ".join([facts, rng.choice(FILLER)])
            published = first + timedelta(days=rng.randrange(4))
            doc_id = f"r{h}-{k}"
            docs.append(Document(doc_id=doc_id, source="test", raw=text, text=text,
                                 status="ok", published=published))  # fmt: skip
    return docs


def _write(db: Path, docs: list[Document]) -> None:
    with Store(db) as store:
        store.write_batch(docs, [DocumentAnalysis(d) for d in docs])


def _stories(db: Path) -> tuple[list, list]:
    with Store(db, read_only=True) as store:
        stories = sorted(map(repr, store.records("stories")))
        edges = sorted(store.con.execute("SELECT * FROM story_edges").fetchall())
        edges += sorted(  # and the merge history, without its step numbers
            store.con.execute("SELECT doc_a, doc_b, similarity FROM story_merges").fetchall()
        )
    return stories, edges


def _incremental_equals_full(tmp_path: Path, first: list[Document], then: list[Document]) -> None:
    inc, full = tmp_path / "inc.duckdb", tmp_path / "full.duckdb"
    _write(inc, first)
    fuse(inc, mode="full")
    _write(inc, then)
    assert fuse(inc, mode="incremental") == "incremental"
    _write(full, first + then)
    fuse(full, mode="full")
    got, want = _stories(inc), _stories(full)
    assert len(want[0]) >= len(HAPPENINGS) // 2 and want[1]
    assert got == want


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_adding_later_reports_gives_the_stories_of_a_full_clustering(tmp_path, seed):
    docs = sorted(_reports(seed), key=lambda d: (d.published, d.doc_id))
    cut = 2 * len(docs) // 3
    _incremental_equals_full(tmp_path, docs[:cut], docs[cut:])


@pytest.mark.parametrize("seed", [1, 2])
def test_reports_published_before_stored_ones_give_the_same_stories(tmp_path, seed):
    # the second part is every third report, dated before, between and after the first part's
    docs = _reports(seed)
    _incremental_equals_full(tmp_path, [d for i, d in enumerate(docs) if i % 3],
                             [d for i, d in enumerate(docs) if not i % 3])  # fmt: skip


def test_an_undated_report_is_clustered_with_everything(tmp_path):
    docs = _reports(4)
    undated = Document(doc_id="u1", source="test", raw=HAPPENINGS[2], text=HAPPENINGS[2],
                       status="ok", published=None)  # fmt: skip
    _incremental_equals_full(tmp_path, docs, [undated])


def test_adding_in_two_steps_gives_the_same_stories_as_in_one(tmp_path):
    docs = sorted(_reports(5), key=lambda d: (d.published, d.doc_id))
    a, b, c = docs[:10], docs[10:20], docs[20:]
    twice, once = tmp_path / "twice.duckdb", tmp_path / "once.duckdb"
    _write(twice, a)
    fuse(twice, mode="full")
    for part in (b, c):
        _write(twice, part)
        assert fuse(twice, mode="incremental") == "incremental"
    _write(once, docs)
    fuse(once, mode="full")
    assert _stories(twice) == _stories(once)


def test_only_the_epochs_of_the_new_reports_and_their_components_are_reclustered(tmp_path):
    # happenings two months apart: a report of the last touches nothing of the first ones
    docs = _reports(6)
    late = [d for d in docs if d.doc_id.startswith("r5-")]
    for d in docs:
        if d not in late:
            d.published = d.published - timedelta(days=90)  # type: ignore[operator]
    db = tmp_path / "s.duckdb"
    _write(db, [d for d in docs if d.doc_id != "r5-4"])
    fuse(db, mode="full")
    _write(db, [d for d in docs if d.doc_id == "r5-4"])
    with Store(db, read_only=True) as store:
        change = refuse_stories(store)
    assert change.reclustered == len(late)
    assert {s.doc_ids[0][:3] for s in change.stories} == {"r5-"}


def test_stories_of_a_union_of_stories_are_those_stories():
    # weighted linkage never merges across components: clustering the members of some stories
    # on their own edges gives back those stories
    docs = _reports(7)
    stories, edges = cluster_stories_with_edges(docs)
    some = {doc_id for s in stories[::2] for doc_id in s.doc_ids}
    again = stories_from_edges([d for d in docs if d.doc_id in some], edges)
    assert [s.doc_ids for s in again] == [s.doc_ids for s in stories[::2]]
