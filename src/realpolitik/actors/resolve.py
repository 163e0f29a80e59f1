"""Resolving a name to an actor: exact index lookup, then fuzzy and phonetic person matching.

Transliterated names drift in vowels far more than in consonants ("Imam Ali Rahman" for
"Emomali Rahmon", "Anjam" for "Anjum"), so a name's similarity averages the plain edit ratio with
the ratio of its consonant skeletons. The threshold was tuned on the Phoenix dictionaries, not on
any one name: `tune_threshold()` scores pairs of spellings Phoenix lists for the same person
(positives) against pairs of different people's names of similar length (negatives).
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable

import numpy as np
from rapidfuzz import fuzz, process

from realpolitik.actors.kb import KnowledgeBase

# Chosen by `tune_threshold()` on the Phoenix dictionaries: the lowest threshold whose false-match
# rate on 1,100 different-person pairs is <= 0.5% (it is 0.45% at 87; recall on 1,784 same-person
# spelling pairs is 0.57 there: Phoenix aliases include nicknames no spelling rule can catch).
# Re-run `tune_threshold(load_kb())` after any change to `name_similarity`.
FUZZY_THRESHOLD = 87.0

# Names shorter than this (letters) are too short for fuzzy matching: "Ali" vs "Alvi".
MIN_FUZZY_LETTERS = 8

_VOWELS = re.compile(r"[aeiouyhw]")
_NON_LETTERS = re.compile(r"[^a-z]")
# Titles and honorifics are not part of the name: they only add noise to the comparison.
HONORIFICS = {
    "mr", "mrs", "ms", "dr", "sheikh", "shaikh", "mullah", "mawlawi", "maulana", "gen", "general",
    "lt", "maj", "col", "president", "minister", "sir", "haji", "hajji", "ayatollah",
}  # fmt: skip


def plain(name: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", name.lower()) if w.strip(".") not in HONORIFICS]
    return _NON_LETTERS.sub("", "".join(words))


def skeleton(name: str) -> str:
    return _VOWELS.sub("", plain(name))


def name_similarity(a: str, b: str) -> float:
    """0..100: how likely two spellings name the same person."""
    pa, pb = plain(a), plain(b)
    if not pa or not pb:
        return 0.0
    return 0.5 * fuzz.ratio(pa, pb) + 0.5 * fuzz.ratio(skeleton(a), skeleton(b))


def _person_index(kb: KnowledgeBase) -> tuple[list[str], list[str]]:
    """Plain forms of every person name and the names themselves, cached on the KB."""
    if "fuzzy_index" not in kb._cache:
        names = list(kb.person_names())
        kb._cache["fuzzy_index"] = ([plain(n) for n in names], names)
    return kb._cache["fuzzy_index"]


# name_similarity >= FUZZY_THRESHOLD needs a plain ratio of at least 2 * threshold - 100 (the
# skeleton ratio is at most 100): a cutoff on the fast prefilter that loses no match.
_PREFILTER_CUTOFF = 2 * FUZZY_THRESHOLD - 100
_PREFILTER_LIMIT = 5
_MAX_CACHED = 50_000


def _kb_matches(kb: KnowledgeBase) -> dict[str, tuple[str, float] | None]:
    """name -> best KB person (or None), memoised on the KB: names repeat across documents."""
    cache: dict[str, tuple[str, float] | None] = kb._cache.setdefault("fuzzy_matches", {})
    if len(cache) > _MAX_CACHED:
        cache.clear()
    return cache


def prefetch_fuzzy(kb: KnowledgeBase, names: Iterable[str]) -> None:
    """Match many names against the KB's people in one rapidfuzz call (`cdist` reads the 20k
    candidate strings once per call, the bulk of a single name's cost)."""
    cache = _kb_matches(kb)
    todo = sorted({n for n in names if n not in cache and len(plain(n)) >= MIN_FUZZY_LETTERS})
    if not todo:
        return
    plains, _ = _person_index(kb)
    scores = process.cdist(
        [plain(n) for n in todo], plains, scorer=fuzz.ratio, score_cutoff=_PREFILTER_CUTOFF
    )
    for name, row in zip(todo, scores, strict=True):
        hits = np.flatnonzero(row)
        top = hits[np.argsort(-row[hits], kind="stable")[:_PREFILTER_LIMIT]]
        cache[name] = _best_of(kb, name, [int(i) for i in top])


def _best_of(kb: KnowledgeBase, name: str, indexes: list[int]) -> tuple[str, float] | None:
    """The full similarity decides among the prefilter's few best."""
    _, names = _person_index(kb)
    best: tuple[str, float] | None = None
    for i in indexes:
        score = name_similarity(name, names[i])
        if score >= FUZZY_THRESHOLD and (best is None or score > best[1]):
            best = (kb.person_names()[names[i]][0], score)
    return best


def fuzzy_person(
    kb: KnowledgeBase, name: str, preferred: Iterable[tuple[str, str]] = ()
) -> tuple[str, float] | None:
    """The person actor `name` most likely spells, with its score; None below the threshold.

    `preferred` (name, actor_id) pairs, the people the document already names, are tried first:
    a variant spelling usually refers back to someone named in full earlier.
    """
    if len(plain(name)) < MIN_FUZZY_LETTERS:
        return None
    best: tuple[str, float] | None = None
    for other, actor_id in preferred:
        score = name_similarity(name, other)
        if score >= FUZZY_THRESHOLD and (best is None or score > best[1]):
            best = (actor_id, score)
    if best:
        return best
    cache = _kb_matches(kb)
    if name not in cache:
        prefetch_fuzzy(kb, [name])
    return cache.get(name)


def surname_person(kb: KnowledgeBase, name: str, day: str) -> str | None:
    """A person named by family name only ("President Mugabe"): the one KB person of that family
    name who holds a role on `day`; or by first and family name ("Carlos Menem" for "Carlos Saul
    Menem"): the one KB person with both. None when there is no such person or more than one."""
    words = [w for w in re.split(r"\s+", name.strip()) if w.lower().strip(".") not in HONORIFICS]
    if not words or len(words[-1]) < 4:
        return None
    if "surnames" not in kb._cache:
        index: dict[str, set[str]] = {}
        for full, ids in kb.person_names().items():
            last = full.split()[-1].lower() if " " in full else None
            if last and len(last) >= 4:
                index.setdefault(last, set()).update(ids)
        kb._cache["surnames"] = index
    candidates = kb._cache["surnames"].get(words[-1].lower(), set())
    if len(words) > 1:
        # "Carlos Menem" for "Carlos Saul Menem": same first and family name, one person.
        first = words[0].lower()
        same = [i for i in candidates if (a := kb.get(i)) and a.name.lower().split()[0] == first]
        return same[0] if len(same) == 1 else None
    holding = [
        i for i in candidates if any(r.holds_on(day) and r.sector for r in kb.dated_roles(i))
    ]
    return holding[0] if len(holding) == 1 else None


def tune_threshold(kb: KnowledgeBase, min_precision: float = 0.995, seed: int = 0) -> float:
    """Pick FUZZY_THRESHOLD from Phoenix: same-person spelling pairs vs different-people pairs."""
    rng = random.Random(seed)
    people = [a for a in kb.all() if a.kind == "person"]
    positives = [
        (a.name, alias)
        for a in people
        for alias in a.aliases
        if len(plain(alias)) >= MIN_FUZZY_LETTERS and plain(alias) != plain(a.name)
    ]
    # Hard negatives: people who share a name word ("Imran Khan" / "Asim Khan"), the confusion
    # that matters in practice (random pairs would be far too easy), and who belong to different
    # countries: Phoenix lists some people twice within a country under two spellings, and such
    # pairs are not negatives at all.
    country = {a.name: a.country for a in people}
    names = [a.name for a in people if len(plain(a.name)) >= MIN_FUZZY_LETTERS]
    by_word: dict[str, list[str]] = {}
    for n in names:
        for w in n.lower().split():
            if len(w) > 2:
                by_word.setdefault(w, []).append(n)
    negatives = []
    for n in rng.sample(names, min(6000, len(names))):
        pool = by_word.get(n.lower().split()[-1], [])
        other = rng.choice(pool) if pool else rng.choice(names)
        if plain(other) != plain(n) and country[other] != country[n]:
            negatives.append((n, other))
    pos = [name_similarity(a, b) for a, b in positives]
    neg = [name_similarity(a, b) for a, b in negatives]
    for threshold in range(60, 100):
        false_rate = sum(s >= threshold for s in neg) / max(1, len(neg))
        if false_rate <= 1 - min_precision:
            recall = sum(s >= threshold for s in pos) / max(1, len(pos))
            print(
                f"threshold {threshold}: recall {recall:.3f} on {len(pos)} same-person pairs, "
                f"false-match rate {false_rate:.4f} on {len(neg)} different-person pairs"
            )
            return float(threshold)
    return 100.0


def build_indexes(kb: KnowledgeBase) -> None:
    """Build the fuzzy-matching index now (before worker processes fork and share it)."""
    _person_index(kb)
