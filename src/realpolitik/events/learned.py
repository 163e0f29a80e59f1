"""A learned correction of the lexicon's PLOVER type, seeing the trigger and its arguments.

The lexicon types a trigger from its lemma (and object or preposition); it cannot tell "returned
the refugees" (AID) from "forcibly returned the refugees" (COERCE), nor a verb whose CAMEO block
guess is wrong in context. This step looks at the typed trigger with what the parse found around
it and may replace the type by a better one:

- the lexicon's reading (PLOVER type, where the entry came from, nominal or verb);
- the trigger's dependency label and the parties found (whether a source/target exists, their
  sectors);
- word vectors (spaCy md, offline): the trigger, its object or governing verb, and the clause
  (the mean vector of the trigger's sentence).

A multinomial logistic regression (`scripts/train_plover.py`, seeded) maps these to a PLOVER type.
The type changes only when the model's probability of another type beats the lexicon's type by
`margin` (chosen by cross-validation over the tune material: PLOVER tune and the own sets' tune
parts, `docs/events-plover.md`); the
rest of the event (parties, polarity, place) is unchanged. Weights are a small `.npz` in
`data/events/`, read once per process; with no weights file the step does nothing. No weights
ship today: trained on synthetic stories, PLOVER tune and the own sets' tune parts, every margin
that changes a type loses to the rules out of fold, and on the pooled check parts
(`docs/events-plover.md`), so the training script writes none.

Runs only on candidate events (triggers with a party), a dot product of ~1,000 numbers each.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
from spacy.tokens import Token

from realpolitik.events.lexicon import QUAD_CLASS, TriggerType
from realpolitik.model import ActorMention

WEIGHTS = Path(__file__).resolve().parents[1] / "data" / "events" / "plover_learned.npz"
TYPES = tuple(sorted(QUAD_CLASS))
ORIGINS = ("own", "pattern", "verb", "block", "noun", "majority", "similar")
DEPS = ("ROOT", "conj", "xcomp", "ccomp", "advcl", "acl", "relcl", "dobj", "pobj", "nsubj",
        "nsubjpass", "compound", "appos", "pcomp")  # fmt: skip
SECTORS = ("GOV", "MIL", "REB", "TER", "OPP", "IGO", "NGO", "COP", "JUD", "LEG", "CVL", "REF",
           "MED", "BUS", "PTY", "SPY", "UAF", "CRM", "INT")  # fmt: skip
ORIGIN = "learned"


@dataclass(frozen=True)
class LearnedType(TriggerType):
    """A type the learned step chose over the lexicon's (keeps the lexicon entry's specificity)."""

    lexicon_type: str = ""
    lexicon_specificity: float = 0.5

    @property
    def specificity(self) -> float:
        return self.lexicon_specificity


@dataclass
class Model:
    weights: np.ndarray  # (n_types, n_features)
    bias: np.ndarray  # (n_types,)
    mean: np.ndarray  # feature standardisation
    scale: np.ndarray
    classes: tuple[str, ...]
    margin: float
    cameo: dict[str, str]  # the CAMEO code a corrected type is given

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        z = self.weights @ ((x - self.mean) / self.scale) + self.bias
        z = np.exp(z - z.max())
        return z / z.sum()


@cache
def load_model(path: Path = WEIGHTS) -> Model | None:
    """The shipped weights, read once per process (None when the file is absent)."""
    if not path.exists():
        return None
    with np.load(path, allow_pickle=False) as f:
        meta = json.loads(str(f["meta"]))
        return Model(
            weights=f["weights"].astype(np.float32),
            bias=f["bias"].astype(np.float32),
            mean=f["mean"].astype(np.float32),
            scale=f["scale"].astype(np.float32),
            classes=tuple(meta["classes"]),
            margin=float(meta["margin"]),
            cameo=dict(meta["cameo"]),
        )


def _one_hot(value: str | None, names: tuple[str, ...]) -> np.ndarray:
    v = np.zeros(len(names), dtype=np.float32)
    if value in names:
        v[names.index(value)] = 1.0
    return v


def _unit(vector: object) -> np.ndarray:
    vec = np.asarray(vector, dtype=np.float32)
    n = float(np.linalg.norm(vec))
    return vec / n if n > 0 else np.zeros_like(vec)


def _partner(tok: Token, nominal: bool) -> Token:
    """The word that completes the trigger's meaning: a verb's object, a nominal's verb."""
    if nominal:
        return tok.head
    for c in tok.children:
        if c.dep_ in {"dobj", "obj", "attr", "nsubjpass"}:
            return c
    for c in tok.children:
        if c.dep_ in {"prep", "agent"}:
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return tok


def _sectors(mentions: list[ActorMention]) -> np.ndarray:
    v = np.zeros(len(SECTORS), dtype=np.float32)
    for m in mentions:
        if m.sector in SECTORS:
            v[SECTORS.index(m.sector)] = 1.0
    return v


def features(
    tok: Token,
    ttype: TriggerType,
    nominal: bool,
    source: list[ActorMention],
    target: list[ActorMention],
) -> np.ndarray:
    """The trigger's feature vector (see the module docstring)."""
    flags = np.array(
        [float(nominal), float(bool(source)), float(bool(target)), float(tok.i == tok.sent.root.i)],
        dtype=np.float32,
    )
    return np.concatenate(
        [
            _one_hot(ttype.plover_type, TYPES),
            _one_hot(ttype.origin, ORIGINS),
            _one_hot(tok.dep_, DEPS),
            flags,
            _sectors(source),
            _sectors(target),
            _unit(tok.vector),
            _unit(_partner(tok, nominal).vector),
            _unit(tok.sent.vector),
        ]
    )


# Set by `collect` while training: every candidate's features go to it, and no type is changed.
_collector: Callable[[Token, TriggerType, np.ndarray], None] | None = None


@contextmanager
def collect(fn: Callable[[Token, TriggerType, np.ndarray], None]) -> Iterator[None]:
    """While inside, hand each candidate trigger's (token, lexicon type, features) to `fn` and
    leave every type as the lexicon gave it (for building training examples)."""
    global _collector
    _collector = fn
    try:
        yield
    finally:
        _collector = None


def correct(
    ttype: TriggerType,
    tok: Token,
    nominal: bool,
    source: list[ActorMention],
    target: list[ActorMention],
) -> TriggerType:
    """The lexicon's type, or the learned model's when it is more probable by the margin."""
    if _collector is not None:
        _collector(tok, ttype, features(tok, ttype, nominal, source, target))
        return ttype
    model = load_model()
    if model is None:
        return ttype
    probs = model.probabilities(features(tok, ttype, nominal, source, target))
    best = int(np.argmax(probs))
    new = model.classes[best]
    if new == ttype.plover_type:
        return ttype
    own = probs[model.classes.index(ttype.plover_type)] if ttype.plover_type in model.classes else 0
    if probs[best] - own < model.margin:
        return ttype
    return LearnedType(
        new,
        None,
        model.cameo.get(new),
        ORIGIN,
        lexicon_type=ttype.plover_type,
        lexicon_specificity=ttype.specificity,
    )
