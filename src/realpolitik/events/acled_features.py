"""Structured context features of the ACLED classifier, read beside the sentence embedding.

The embedding of a passage says what it is about; the words that decide between close ACLED
sub-types (the weapon, who acts, what kind of target, territory, protest and intervention
words) are a few tokens that a mean-pooled vector dilutes. Each feature of
`data/events/acled_features.tsv` counts the words of a group in the passage's sentences, for
some groups only in a role read from the parse (who acts: a clause subject or the agent of a
passive; what is acted on: an object, a passive subject or a prepositional object). A count is
clipped at CLIP and divided by it, so every feature lies in [0, 1]. A feature of role "and" names
two earlier features and is the smaller of their values (since round 6): a linear model cannot
tell "state forces + retake words" (Government regains territory) from "rebels + retake words"
(Non-state actor overtakes territory) by adding the two features, but it can weigh their
conjunction.

The same function reads the training snippets (scripts/train_acled.py) and the pipeline's
candidate windows (`acled_typing.window_probabilities`), so the features mean the same thing in
both.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from spacy.tokens import Span, Token

from realpolitik.events.lexicon import DATA_DIR

FEATURES_FILE = DATA_DIR / "acled_features.tsv"
ROLES = ("any", "agent", "patient", "and")
# Counts above this say no more than "several": two deaths words and five are the same cue.
CLIP = 2
# The pseudo-word "@number" stands for a number (a count of dead, wounded, arrested).
NUMBER = "@number"
AGENT_DEPS = {"nsubj", "csubj"}
PATIENT_DEPS = {"dobj", "nsubjpass", "pobj", "dative", "oprd"}
# A modifier stands in the role of the noun it modifies ("security forces", "police personnel").
MODIFIER_DEPS = {"compound", "amod", "nmod", "poss"}


@dataclass(frozen=True)
class Feature:
    name: str
    role: str
    words: frozenset[str]


@lru_cache(maxsize=1)
def features() -> tuple[Feature, ...]:
    with FEATURES_FILE.open(encoding="utf-8") as f:
        lines = [ln for ln in f if not ln.startswith("#")]
    out: list[Feature] = []
    for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        if r["role"] not in ROLES:
            raise ValueError(f"{FEATURES_FILE}: feature {r['feature']}: unknown role {r['role']!r}")
        words = frozenset(w.strip() for w in r["words"].split(",") if w.strip())
        if r["role"] == "and":
            known = {f.name for f in out}
            if len(words) != 2 or not words <= known:
                raise ValueError(
                    f"{FEATURES_FILE}: feature {r['feature']}: an 'and' feature names two "
                    f"features listed above it, not {sorted(words)}"
                )
        out.append(Feature(r["feature"], r["role"], words))
    return tuple(out)


def feature_names() -> tuple[str, ...]:
    return tuple(f.name for f in features())


def _role(tok: Token) -> str:
    """The role of a token's phrase in its clause: agent, patient or none."""
    while tok.dep_ in MODIFIER_DEPS and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ in AGENT_DEPS:
        return "agent"
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent":  # "fired on by police"
        return "agent"
    if tok.dep_ in PATIENT_DEPS:
        return "patient"
    return ""


def _keys(tok: Token) -> set[str]:
    keys = {tok.lemma_.lower(), tok.lower_}
    if tok.like_num:
        keys.add(NUMBER)
    return keys


def passage_features(sentences: Iterable[Span]) -> np.ndarray:
    """The feature vector (in [0, 1], in `feature_names` order) of a passage of sentences."""
    feats = features()
    counts = np.zeros(len(feats), dtype=np.float32)
    for sent in sentences:
        for tok in sent:
            if tok.is_punct or tok.is_space:
                continue
            keys = _keys(tok)
            role = ""
            for k, f in enumerate(feats):
                if f.role != "and" and keys & f.words:
                    if f.role != "any":
                        role = role or _role(tok) or "-"
                        if role != f.role:
                            continue
                    counts[k] += 1
    values = np.minimum(counts, CLIP) / CLIP
    index = {f.name: k for k, f in enumerate(feats)}
    for k, f in enumerate(feats):
        if f.role == "and":
            values[k] = min(values[index[w]] for w in f.words)
    return values


def features_matrix(passages: Sequence[Iterable[Span]]) -> np.ndarray:
    """One row of `passage_features` per passage."""
    if not passages:
        return np.zeros((0, len(features())), dtype=np.float32)
    return np.vstack([passage_features(p) for p in passages])
