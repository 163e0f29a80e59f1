"""Aliases a text states join one actor; learnt aliases carry across documents; lines of
succession; acronyms. Hand-made mentions for the rules, the English pipeline for the rest."""

from __future__ import annotations

from datetime import date

import pytest

from realpolitik.actors import find_actors, load_kb
from realpolitik.actors.aliases import (
    LearntAlias,
    acronym_of,
    join_aliases,
    learnt_aliases,
    sentence_around,
    stated_aliases,
)
from realpolitik.actors.kb import KnowledgeBase
from realpolitik.actors.succession import lines_from
from realpolitik.model import ActorMention, Document


def _mentions(text: str, spans: list[tuple[str, str]]) -> list[ActorMention]:
    """Mentions of `text` at the first occurrence (after the previous one) of each span."""
    out, at = [], 0
    for span, actor_id in spans:
        start = text.index(span, at)
        at = start + len(span)
        out.append(ActorMention("d", start, at, span, actor_id, span))
    return out


@pytest.mark.parametrize(
    ("text", "first", "second", "pattern"),
    [
        ("The Ridge Front, formerly known as the Valley Guard, attacked.", "Ridge Front",
         "Valley Guard", "former"),
        ("The Ridge Front (previously called the Valley Guard) attacked.", "Ridge Front",
         "Valley Guard", "former"),
        ("The Ridge Front, also known as the Valley Guard, attacked.", "Ridge Front",
         "Valley Guard", "also"),
        ("The Valley Guard renamed itself the Ridge Front in 2020.", "Valley Guard",
         "Ridge Front", "renamed"),
        ("The Valley Guard changed its name to the Ridge Front.", "Valley Guard", "Ridge Front",
         "renamed"),
        ("The Ridge Front, the successor to the Valley Guard, attacked.", "Ridge Front",
         "Valley Guard", "successor"),
        ("The Ridge Front, or Valley Guard, attacked.", "Ridge Front", "Valley Guard", "or"),
    ],
)  # fmt: skip
def test_actors_aliases_stated_phrasings_join_two_unknown_names(text, first, second, pattern):
    mentions = _mentions(text, [(first, "new:a"), (second, "new:b")])
    found = stated_aliases(KnowledgeBase(), text, mentions)
    assert [s.pattern for s in found] == [pattern]
    join_aliases(KnowledgeBase(), text, mentions)
    assert mentions[0].actor_id == mentions[1].actor_id
    # The current name is kept: the one a rename or succession leads to.
    current = "Ridge Front"
    assert mentions[0].name == current or mentions[1].name == current


@pytest.mark.parametrize(
    "text",
    [
        "The Ridge Front, or the Valley Guard and others, attacked.",  # "or" not closed off
        "The Ridge Front met the Valley Guard.",
        "The Ridge Front (in the Valley Guard's area) attacked.",  # a gloss, not a name
        "The Ridge Front, once the Valley Guard ally, attacked.",
        "The Ridge Front, formerly the Valley Guard's ally, attacked.",
        "The Ridge Front, which replaced the Valley Guard at the gate, attacked.",
    ],
)
def test_actors_aliases_not_stated_leaves_two_actors(text):
    mentions = _mentions(text, [("Ridge Front", "new:a"), ("Valley Guard", "new:b")])
    join_aliases(KnowledgeBase(), text, mentions)
    assert mentions[0].actor_id != mentions[1].actor_id


def test_actors_aliases_states_and_people_in_brackets_stay_apart():
    text = "Tom Reyes (Ruritania) met the Ridge Front, or Ruritania, later."
    mentions = _mentions(
        text,
        [("Tom Reyes", "new:tom_reyes"), ("Ruritania", "RUR"), ("Ridge Front", "new:a"),
         ("Ruritania", "RUR")],
    )  # fmt: skip
    join_aliases(KnowledgeBase(), text, mentions, {"new:tom_reyes": "person"})
    assert [m.actor_id for m in mentions] == ["new:tom_reyes", "RUR", "new:a", "RUR"]


def test_actors_aliases_acronym_defined_in_brackets_is_found_and_reused():
    text = "The Ridge Liberation Front (RLF) struck. Later the RLF withdrew; RLFX is other."
    mentions = _mentions(text, [("Ridge Liberation Front", "new:rlf_full")])
    join_aliases(KnowledgeBase(), text, mentions)
    assert [(m.text, m.actor_id, m.how) for m in mentions] == [
        ("Ridge Liberation Front", "new:rlf_full", ""),
        ("RLF", "new:rlf_full", "stated-alias"),
        ("RLF", "new:rlf_full", "text-alias"),
    ]
    learnt = learnt_aliases(text, mentions)
    assert [(a.alias, a.actor_id, a.sentence) for a in learnt] == [
        ("RLF", "new:rlf_full", "The Ridge Liberation Front (RLF) struck.")
    ]


def test_actors_aliases_acronym_of_needs_the_initials_in_order():
    assert acronym_of("BLF", "Baloch Liberation Front")
    assert acronym_of("ISKP", "Islamic State Khorasan Province")
    assert acronym_of("NRFA", "National Resistance Front of Afghanistan")
    assert not acronym_of("FLB", "Baloch Liberation Front")
    assert not acronym_of("Iran", "Islamic Republic of Iran")  # not written as an acronym
    assert not acronym_of("IRN", "Iran")


def test_actors_aliases_sentence_around_a_mention():
    text = "First one. The Front (TF) rose in 2020. Then more."
    assert sentence_around(text, 22, 24) == "The Front (TF) rose in 2020."


def test_actors_aliases_learnt_alias_resolves_an_unknown_name_elsewhere():
    kb = KnowledgeBase()
    kb.learn([LearntAlias("RLF", "new:ridge_liberation_front", "Ridge Liberation Front", "RUR",
                          "REB", "doc1", "The Ridge Liberation Front (RLF) struck.")])  # fmt: skip
    from realpolitik.actors.aliases import apply_learnt

    mentions = [ActorMention("doc2", 0, 3, "RLF", "new:rlf", "RLF")]
    apply_learnt(kb, mentions)
    assert (mentions[0].actor_id, mentions[0].country, mentions[0].how) == (
        "new:ridge_liberation_front", "RUR", "learnt-alias",
    )  # fmt: skip


def test_actors_succession_lines_are_one_line_resolved_by_date():
    lines = lines_from(
        [{"actor": "org:guard", "successor": "org:front", "date": "2010-05-01"},
         {"actor": "org:front", "successor": "org:union", "date": "2020-01-01"}],
        {"org:guard": "Valley Guard", "org:front": "Ridge Front", "org:union": "Ridge Union"},
    )  # fmt: skip
    line = lines["org:guard"]
    assert lines["org:front"] is line and lines["org:union"] is line
    assert line.head == "org:union"
    assert line.label == "Ridge Union (formerly Valley Guard, Ridge Front)"
    assert [line.member_on(d) for d in ("2001-01-01", "2015-06-01", "2024-01-01")] == [
        "org:guard", "org:front", "org:union",
    ]  # fmt: skip


def test_actors_succession_kb_records_are_sourced():
    import yaml

    from realpolitik.actors.kb import DATA_DIR

    curated = yaml.safe_load((DATA_DIR / "curated.yaml").read_text(encoding="utf-8"))
    kb = load_kb()
    for r in curated["successions"]:
        assert r["source"] and r["date"]
        assert kb.get(r["actor"]) is not None and kb.get(r["successor"]) is not None


def _actors(nlp, text: str):
    doc = Document("t", "t", text=text, published=date(2024, 2, 1))
    return find_actors(doc, nlp(text), load_kb())


@pytest.mark.slow
def test_actors_aliases_formerly_known_as_joins_two_kb_groups_in_one_document(nlp):
    text = (
        "Fighters of the National Resistance Front, formerly known as the Northern Alliance, "
        "ambushed a patrol. Moscow once armed the Northern Alliance."
    )
    mentions, _ = _actors(nlp, text)
    ids = {m.text: m.actor_id for m in mentions if "Alliance" in m.text or "Front" in m.text}
    assert set(ids.values()) == {"org:nrf"}, ids


@pytest.mark.slow
def test_actors_aliases_unknown_group_and_its_acronym_are_one_new_actor(nlp):
    text = "The Eastern Shield Movement (ESM) shot down a drone. The ESM later denied it."
    mentions, new = _actors(nlp, text)
    assert {m.actor_id for m in mentions} == {"new:eastern_shield_movement"}
    assert [a.kind for a in new] == ["group"]


def test_actors_aliases_store_keeps_stated_aliases_with_their_sentence(tmp_path):
    from realpolitik.model import DocumentAnalysis
    from realpolitik.store import Store

    text = "Raids went on. The Ridge Liberation Front (RLF) struck at dawn. The RLF left."
    mentions = _mentions(text, [("Ridge Liberation Front", "new:ridge_liberation_front")])
    join_aliases(KnowledgeBase(), text, mentions)
    doc = Document("doc1", "t", text=text)
    with Store(tmp_path / "t.duckdb") as store:
        store.write_batch([doc], [DocumentAnalysis(doc, mentions)])
        learnt = store.learnt_aliases()
        # Re-writing the document replaces its aliases rather than adding them twice.
        store.write_batch([doc], [DocumentAnalysis(doc, mentions)])
        assert store.learnt_aliases() == learnt
    assert [(a.alias, a.actor_id, a.doc_id, a.sentence) for a in learnt] == [
        (
            "RLF",
            "new:ridge_liberation_front",
            "doc1",
            "The Ridge Liberation Front (RLF) struck at dawn.",
        )
    ]
    kb = KnowledgeBase()
    kb.learn(learnt)
    assert kb.learnt["=RLF"].actor_id == "new:ridge_liberation_front"
    kb.learn([])
    assert kb.learnt == {}
