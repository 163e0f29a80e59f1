"""Context features of the ACLED classifier (events/acled_features.py) on hand-made parses."""

from __future__ import annotations

import numpy as np
import pytest
import spacy
from spacy.tokens import Doc

from realpolitik.events.acled_features import (
    CLIP,
    feature_names,
    features,
    features_matrix,
    passage_features,
)


def _doc(words, heads, deps, lemmas=None):
    """A parsed sentence built by hand: heads are token indices, the root points at itself."""
    nlp = spacy.blank("en")
    return Doc(
        nlp.vocab,
        words=words,
        heads=heads,
        deps=deps,
        lemmas=lemmas or [w.lower() for w in words],
        sent_starts=[True] + [False] * (len(words) - 1),
    )


def _value(doc: Doc, name: str) -> float:
    return float(passage_features([doc[:]])[feature_names().index(name)])


def test_feature_table_has_unique_names_known_roles_and_lower_case_words():
    names = feature_names()
    assert len(set(names)) == len(names)
    for f in features():
        assert f.role in {"any", "agent", "patient", "and"}
        assert f.words and all(w == w.lower() and " " not in w for w in f.words)


def test_who_acts_is_read_from_the_subject_and_who_is_hit_from_the_object():
    # "Police dispersed the marchers with batons"
    doc = _doc(
        ["Police", "dispersed", "the", "marchers", "with", "batons"],
        [1, 1, 3, 1, 1, 4],
        ["nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
        ["police", "disperse", "the", "marcher", "with", "baton"],
    )
    assert _value(doc, "actor_police") > 0
    assert _value(doc, "target_protester") > 0
    assert _value(doc, "intervention") > 0
    assert _value(doc, "target_armed") == 0  # the police act here, nobody hits them
    # "Marchers stoned the police": the same words in the other roles
    doc = _doc(
        ["Marchers", "stoned", "the", "police"],
        [1, 1, 3, 1],
        ["nsubj", "ROOT", "det", "dobj"],
        ["marcher", "stone", "the", "police"],
    )
    assert _value(doc, "actor_police") == 0
    assert _value(doc, "target_armed") > 0


def test_the_agent_of_a_passive_acts_and_a_modifier_shares_its_nouns_role():
    # "Villagers were shot by security forces"
    doc = _doc(
        ["Villagers", "were", "shot", "by", "security", "forces"],
        [2, 2, 2, 2, 5, 3],
        ["nsubjpass", "auxpass", "ROOT", "agent", "compound", "pobj"],
        ["villager", "be", "shoot", "by", "security", "force"],
    )
    assert _value(doc, "actor_state") == 1.0  # "security" and "forces", clipped
    assert _value(doc, "target_civilian") > 0
    assert _value(doc, "actor_crowd") == 0  # villagers are hit here, not acting
    assert _value(doc, "weapon_firearm") > 0


def test_counts_are_clipped_and_numbers_counted():
    words = ["Shells", "and", "rockets", "and", "mortars", "killed", "12"]
    lemmas = ["shell", "and", "rocket", "and", "mortar", "kill", "12"]
    deps = ["nsubj", "cc", "conj", "cc", "conj", "ROOT", "dobj"]
    doc = _doc(words, [5, 0, 0, 2, 2, 5, 5], deps, lemmas)
    v = passage_features([doc[:]])
    names = feature_names()
    assert v[names.index("weapon_artillery")] == pytest.approx(1.0)  # three words, clipped at CLIP
    assert v[names.index("number")] == pytest.approx(1 / CLIP)
    assert v.min() >= 0.0 and v.max() <= 1.0


def test_a_passage_pools_its_sentences_and_an_empty_list_has_no_rows():
    a = _doc(["Troops", "advanced"], [1, 1], ["nsubj", "ROOT"], ["troop", "advance"])
    b = _doc(["A", "grenade", "exploded"], [1, 2, 2], ["det", "nsubj", "ROOT"])
    m = features_matrix([[a[:]], [a[:], b[:]]])
    names = feature_names()
    assert m.shape == (2, len(names))
    assert m[0, names.index("weapon_grenade")] == 0
    assert m[1, names.index("weapon_grenade")] > 0
    assert features_matrix([]).shape == (0, len(names))
    assert np.array_equal(m[0], passage_features([a[:]]))


def test_violent_suppression_of_a_march_is_read_as_repression_not_as_a_riot():
    # "Troops brutally crushed the march"
    doc = _doc(
        ["Troops", "brutally", "crushed", "the", "march"],
        [2, 2, 2, 4, 2],
        ["nsubj", "advmod", "ROOT", "det", "dobj"],
        ["troop", "brutally", "crush", "the", "march"],
    )
    assert _value(doc, "repression") == 1.0  # two words, clipped
    assert _value(doc, "protest") > 0
    assert _value(doc, "riot") == 0


def test_petrol_bombs_and_smashed_windows_are_riot_words():
    # "Youths hurled petrol bombs and smashed windows"
    doc = _doc(
        ["Youths", "hurled", "petrol", "bombs", "and", "smashed", "windows"],
        [1, 1, 3, 1, 1, 1, 5],
        ["nsubj", "ROOT", "compound", "dobj", "cc", "conj", "dobj"],
        ["youth", "hurl", "petrol", "bomb", "and", "smash", "window"],
    )
    assert _value(doc, "riot") == 1.0
    assert _value(doc, "repression") == 0


def test_an_industrial_accident_counts_as_disaster_words():
    # "A boiler exploded at the factory"
    doc = _doc(
        ["A", "boiler", "exploded", "at", "the", "factory"],
        [1, 2, 2, 2, 5, 3],
        ["det", "nsubj", "ROOT", "prep", "det", "pobj"],
        ["a", "boiler", "explode", "at", "the", "factory"],
    )
    assert _value(doc, "disaster") == 1.0
    assert _value(doc, "weapon_explosive") > 0  # the explosion itself is still read


def test_troop_reinforcements_count_as_a_change_to_group_activity():
    # "The army reinforced its units"
    doc = _doc(
        ["The", "army", "reinforced", "its", "units"],
        [1, 2, 2, 4, 2],
        ["det", "nsubj", "ROOT", "poss", "dobj"],
        ["the", "army", "reinforce", "its", "unit"],
    )
    assert _value(doc, "group_change") > 0


def _table(tmp_path, monkeypatch, rows: str):
    import realpolitik.events.acled_features as af

    path = tmp_path / "features.tsv"
    path.write_text("feature\trole\twords\n" + rows, encoding="utf-8")
    monkeypatch.setattr(af, "FEATURES_FILE", path)
    af.features.cache_clear()
    return af


def test_an_and_feature_is_the_smaller_of_its_two_groups(tmp_path, monkeypatch):
    af = _table(
        tmp_path,
        monkeypatch,
        "retake\tany\tretake,recapture\nstate\tagent\ttroop,army\n"
        "state_retake\tand\tretake,state\n",
    )
    try:
        # "Troops recaptured the hill": both groups, so the conjunction
        doc = _doc(
            ["Troops", "recaptured", "the", "hill"],
            [1, 1, 3, 1],
            ["nsubj", "ROOT", "det", "dobj"],
            ["troop", "recapture", "the", "hill"],
        )
        assert list(af.passage_features([doc[:]])) == [0.5, 0.5, 0.5]
        # "Rebels recaptured the hill": retake words without state forces acting
        doc = _doc(
            ["Rebels", "recaptured", "the", "hill"],
            [1, 1, 3, 1],
            ["nsubj", "ROOT", "det", "dobj"],
            ["rebel", "recapture", "the", "hill"],
        )
        assert list(af.passage_features([doc[:]])) == [0.5, 0.0, 0.0]
    finally:
        af.features.cache_clear()


def test_an_and_feature_must_name_two_features_above_it(tmp_path, monkeypatch):
    af = _table(tmp_path, monkeypatch, "a\tany\tx\nab\tand\ta,b\n")
    try:
        with pytest.raises(ValueError, match="ab"):
            af.features()
    finally:
        af.features.cache_clear()
