"""Story clustering on a sparse candidate graph: exact where every pair is known, blocked by date."""

from __future__ import annotations

from datetime import date

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.sparse import csr_matrix
from scipy.spatial.distance import squareform
from sklearn.preprocessing import normalize

from realpolitik.fusion.story_graph import candidate_pairs, pair_similarities, sparse_wpgma


def _partition(labels) -> set[frozenset[int]]:
    groups: dict[int, set[int]] = {}
    for i, label in enumerate(labels):
        groups.setdefault(int(label), set()).add(i)
    return {frozenset(g) for g in groups.values()}


def test_sparse_wpgma_on_every_pair_equals_weighted_linkage():
    rng = np.random.default_rng(7)
    centres = rng.random((4, 12))
    points = np.vstack([c + 0.25 * rng.random((6, 12)) for c in centres])
    vectors = normalize(points)
    n = len(vectors)
    i, j = np.triu_indices(n, k=1)
    distance = 1.0 - np.einsum("ij,ij->i", vectors[i], vectors[j])
    dense = np.clip(1.0 - vectors @ vectors.T, 0.0, 2.0)
    np.fill_diagonal(dense, 0.0)
    for threshold in (0.01, 0.03, 0.1):
        expected = fcluster(linkage(squareform(dense, checks=False), "weighted"), threshold, "distance")
        got = sparse_wpgma(n, i.astype(np.int64), j.astype(np.int64), distance, threshold)
        assert _partition(got) == _partition(expected)


def test_pair_similarities_are_the_cosines_of_the_pairs():
    vectors = csr_matrix(normalize(np.array([[1.0, 0, 1], [1, 1, 0], [0, 0, 1], [1, 0, 0]])))
    i, j = np.array([0, 0, 2, 1]), np.array([1, 2, 3, 3])
    expected = [(vectors[a] @ vectors[b].T).toarray()[0, 0] for a, b in zip(i, j, strict=True)]
    assert np.allclose(pair_similarities(vectors, i, j), expected)


def _sharing_documents(n: int) -> csr_matrix:
    # every document holds a common feature 0 and the rare feature 1 (shared by all of them)
    rows = np.repeat(np.arange(n), 2)
    cols = np.tile([0, 1], n)
    return csr_matrix(normalize(csr_matrix((np.ones(2 * n), (rows, cols)), shape=(n, 2))))


def test_candidates_pair_documents_sharing_a_rare_feature():
    i, j = candidate_pairs(_sharing_documents(3))
    assert sorted(zip(i.tolist(), j.tolist(), strict=True)) == [(0, 1), (0, 2), (1, 2)]


def test_candidates_published_far_apart_are_not_compared_undated_ones_are():
    published = [date(2024, 1, 1), date(2024, 1, 5), date(2024, 6, 1), None]
    i, j = candidate_pairs(_sharing_documents(4), published)
    assert sorted(zip(i.tolist(), j.tolist(), strict=True)) == [(0, 1), (0, 3), (1, 3), (2, 3)]
