"""The learned ACLED typing: shipped weights and tables agree with the schema; the classifier and
the sentence-context step on sentences written for these tests."""

from __future__ import annotations

import json

import numpy as np
import pytest

from realpolitik.events.acled_model import NONE, Weights, load_weights, probabilities
from realpolitik.events.acled_typing import relevance_words, subtypes
from realpolitik.events.lexicon import QUAD_CLASS
from realpolitik.model import Document


@pytest.fixture(scope="module")
def schema(shared_dir):
    return json.loads((shared_dir / "spec" / "event.schema.json").read_text())


def test_sub_type_table_uses_schema_names_and_plover_types(schema):
    props = schema["properties"]
    allowed_sub = set(props["acled_sub_event_type"]["enum"]) - {None}
    allowed_event = set(props["acled_event_type"]["enum"]) - {None}
    table = subtypes()
    assert set(table) == allowed_sub
    for sub in table.values():
        assert sub.event_type in allowed_event
        assert sub.plover_type in QUAD_CLASS
        assert sub.compatible <= set(QUAD_CLASS)
        assert sub.plover_type in sub.compatible


def test_shipped_weights_cover_every_sub_type_and_none():
    w = load_weights()
    assert set(w.labels) == set(subtypes()) | {NONE}
    assert w.coef.shape == (len(w.labels), 384 + len(w.features))
    assert np.isfinite(w.coef).all()


def test_shipped_weights_read_the_listed_context_features():
    from realpolitik.events.acled_features import feature_names

    w = load_weights()
    assert w.features == feature_names()
    assert w.feature_scale > 0


def test_a_model_with_features_refuses_rows_without_them():
    from realpolitik.errors import RealpolitikError
    from realpolitik.events.acled_model import model_inputs

    w = Weights(
        coef=np.zeros((2, 3), dtype=np.float32),
        intercept=np.zeros(2, dtype=np.float32),
        labels=("a", "b"),
        features=("f",),
        feature_scale=0.5,
    )
    vectors = np.ones((1, 2), dtype=np.float32)
    np.testing.assert_allclose(model_inputs(vectors, np.ones((1, 1)), w), [[1.0, 1.0, 0.5]])
    with pytest.raises(RealpolitikError, match="context features"):
        model_inputs(vectors, None, w)


def test_probabilities_are_a_softmax_over_labels():
    w = Weights(
        coef=np.array([[1.0, 0.0], [0.0, 1.0]], dtype=np.float32),
        intercept=np.zeros(2, dtype=np.float32),
        labels=("a", "b"),
    )
    p = probabilities(np.array([[2.0, 0.0], [0.0, 0.0]], dtype=np.float32), w)
    assert p.sum(axis=1) == pytest.approx([1.0, 1.0])
    assert p[0, 0] > p[0, 1]
    assert p[1, 0] == pytest.approx(0.5)


def test_relevance_words_are_lower_case_lemmas():
    words = relevance_words()
    assert "attack" in words and "protest" in words
    assert all(w == w.lower() and " " not in w for w in words)


# --- model-backed -------------------------------------------------------------------------------


@pytest.mark.slow
def test_embeddings_are_unit_vectors_and_close_for_paraphrases():
    from realpolitik.events.embeddings import embed

    v = embed(
        [
            "Rebels shelled the northern town overnight.",
            "Insurgents fired artillery at a town in the north during the night.",
            "The central bank kept interest rates unchanged.",
        ]
    )
    assert v.shape == (3, 384)
    assert np.linalg.norm(v, axis=1) == pytest.approx([1.0, 1.0, 1.0], abs=1e-4)
    assert float(v[0] @ v[1]) > float(v[0] @ v[2]) + 0.2


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thousands of teachers marched peacefully through the capital on Sunday, "
            "chanting slogans and demanding higher wages.",
            "Peaceful protest",
        ),
        (
            "A suicide bomber detonated an explosives vest outside a crowded mosque, "
            "killing at least eleven worshippers.",
            "Suicide bomb",
        ),
        (
            "The two foreign ministers discussed trade and visas during a visit to the "
            "neighbouring capital and praised their countries' friendship.",
            NONE,
        ),
    ],
)
def test_classifier_reads_the_kind_of_event(text, expected):
    from realpolitik.events.acled_model import classify

    assert classify([text])[0].label == expected


@pytest.mark.slow
def test_violence_without_a_lexicon_verb_still_yields_an_acled_event(analyse):
    events = analyse(
        "Heavy exchanges of gunfire between army units and rebel fighters near the "
        "border town overnight, according to residents."
    )
    typed = [e for e in events if e.acled_sub_event_type]
    assert typed, [(e.trigger, e.plover_type) for e in events]
    assert typed[0].acled_event_type == "Battles"
    assert typed[0].plover_type in subtypes()[typed[0].acled_sub_event_type].compatible


@pytest.mark.slow
def test_disaster_news_gets_no_acled_type(analyse):
    events = analyse(
        "Floods swept away hundreds of homes in three provinces after days of monsoon "
        "rain, and rescue teams said dozens of people had died."
    )
    assert not [e for e in events if e.acled_sub_event_type]


def test_acled_classifier_turned_off_leaves_the_rules_types(monkeypatch):
    import spacy

    from realpolitik.events import acled_typing

    def no_classifier(*args):
        raise AssertionError("the classifier ran although it was turned off")

    monkeypatch.setattr(acled_typing, "window_probabilities", no_classifier)
    monkeypatch.setenv(acled_typing.ACLED_ENV, "rules")
    text = "Gunmen stormed a village and burned houses, residents said."
    sdoc = spacy.blank("en")(text)
    doc = Document(doc_id="d", source="test", raw=text, text=text, status="ok")
    assert acled_typing.assign_acled(doc, sdoc, [], [], []) == []


def test_acled_setting_with_an_unknown_value_is_a_usage_error(monkeypatch):
    import pytest

    from realpolitik.errors import UsageError
    from realpolitik.events import acled_typing

    monkeypatch.setenv(acled_typing.ACLED_ENV, "fast")
    with pytest.raises(UsageError, match="REALPOLITIK_ACLED"):
        acled_typing.classifier_enabled()


def test_passage_vector_weights_sentences_by_their_word_pieces():
    from realpolitik.events.acled_model import passage_vector

    vectors = np.array([[1.0, 0.0], [0.0, 1.0]], dtype=np.float32)
    v = passage_vector(vectors, np.array([30, 10]))
    assert np.linalg.norm(v) == pytest.approx(1.0)
    assert v[0] == pytest.approx(3 * v[1])  # the longer sentence weighs three times as much
    one = passage_vector(vectors[:1], np.array([7]))
    assert one == pytest.approx([1.0, 0.0])


def test_a_death_alone_makes_no_acled_candidate_but_a_bomb_does():
    import spacy

    from realpolitik.events.acled_typing import is_candidate

    nlp = spacy.blank("en")
    assert not is_candidate(nlp("The old singer's death at home saddened his fans.")[:], [])
    assert is_candidate(nlp("A bomb tore through the market at noon.")[:], [])


def test_own_training_examples_name_known_sub_types_or_none():
    import csv

    from realpolitik.events.lexicon import DATA_DIR

    with (DATA_DIR / "acled_examples.tsv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader((ln for ln in f if not ln.startswith("#")), delimiter="\t"))
    labels = {r["label"] for r in rows}
    assert labels <= set(subtypes()) | {NONE}
    assert NONE in labels and len(labels) == len(subtypes()) + 1  # every sub-type has a report
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts) and all(len(t.split()) >= 8 for t in texts)


def test_decision_multiplies_none_after_the_rule_votes(monkeypatch):
    from realpolitik.events import acled_typing as at

    monkeypatch.setattr(at, "NONE_FACTOR", 2.0)
    probs = {NONE: 0.3, "Armed clash": 0.5}
    scores = at._decision_scores(dict(probs), [], [])  # no sentence tokens, no events: no votes
    assert scores == pytest.approx({NONE: 0.6, "Armed clash": 0.5})
    monkeypatch.setattr(at, "NONE_FACTOR", 1.0)  # the shipped factor leaves the scores alone
    assert at._decision_scores(dict(probs), [], []) == pytest.approx(probs)


@pytest.mark.slow
def test_shooting_at_a_rally_is_excessive_force_against_protesters(analyse):
    events = analyse(
        "Police shot and killed two young men during a rally against bread prices in Omdurman."
    )
    typed = {e.acled_sub_event_type for e in events if e.acled_sub_event_type}
    assert typed == {"Excessive force against protesters"}, typed


@pytest.mark.slow
def test_tear_gas_at_protesters_stays_a_protest_with_intervention(analyse):
    events = analyse("Police fired tear gas at protesters outside the ministry.")
    typed = {e.acled_sub_event_type for e in events if e.acled_sub_event_type}
    assert typed == {"Protest with intervention"}, typed


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Militia leaders handed over control of the district to government troops on Tuesday "
        "without a shot being fired.",
        "The separatists ceded the two villages to the federal army under the new arrangement.",
    ],
)
def test_territory_handed_over_is_a_non_violent_transfer(analyse, text):
    typed = {e.acled_sub_event_type for e in analyse(text) if e.acled_sub_event_type}
    assert typed == {"Non-violent transfer of territory"}, typed


@pytest.mark.slow
def test_a_resignation_handed_in_is_no_transfer_of_territory(analyse):
    events = analyse("The minister handed in his resignation to the president on Monday.")
    assert not [e for e in events if e.acled_sub_event_type]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Government soldiers withdrew from the village overnight and rebel fighters moved in "
        "unopposed.",
        "The militia abandoned its positions around the district capital after talks with elders.",
    ],
)
def test_territory_left_without_fighting_is_a_non_violent_transfer(analyse, text):
    # Round 6: the classifier reads withdrawal from a place as a transfer without cue rules
    # (rules for it were measured and not kept); this pins it.
    typed = {e.acled_sub_event_type for e in analyse(text) if e.acled_sub_event_type}
    assert "Non-violent transfer of territory" in typed, typed


@pytest.mark.slow
def test_withdrawing_from_a_coalition_is_no_transfer_of_territory(analyse):
    events = analyse("The opposition party withdrew from the coalition government on Monday.")
    assert not [e for e in events if e.acled_sub_event_type]
