"""Replay a stored story clustering's merge history, re-running only what changed edges reach.

`linkage.wpgma` merges, at every step, the pair of clusters with the largest similarity (ties:
the smallest indexes). An incremental run changes the edges of some documents (`changed`: the
new ones and those of their epochs); the edges among the others are what they were. Here the
clusters of the new run are of two kinds:

- *passive*: a cluster of the old history none of whose documents changed. It does what it did
  in the old run: merges with its old sibling, at the old similarity, in heap order.
- *active*: the changed documents, and every cluster made by a merge the old history does not
  have. Active clusters keep their similarity to every cluster they have an edge to, as
  `wpgma` does, and merge with each other from the heap.

A passive cluster U becomes active when an active cluster comes at least as close to it as
U's scheduled merge (its old sibling's similarity; for an old story, the cut): the active one
could then take it, or tie. Its similarities are computed from the leaf edges with the weights
of both trees (`linkage.dyadic_sum`, exact, so equal to the bit to what `wpgma` computes merge
by merge). Its scheduled merge is then off, so its old sibling, and the sibling of every old
cluster above it up to its old story, become active too (each when formed).

Why it is `wpgma`'s result: while a passive cluster is not woken, every active cluster is less
similar to it than its scheduled merge, which is at most the current level of the heap (its
sibling, if not formed yet, forms at a higher similarity): no pair involving it can be popped
before its scheduled merge. Between passive clusters, the similarities are the old ones, and
the old run popped their scheduled merge before any other pair of theirs. So the pops are the
same pairs at the same similarities, in the same order, as a full `wpgma` on the new graph.
Passive clusters never woken end as the old stories they were.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

import numpy as np

from realpolitik.fusion.linkage import Value, dyadic_sum, key, mean

_SCHEDULED, _ACTIVE = 0, 1


@dataclass
class Replay:
    """The result: `labels` (position -> story label, -1 for documents of an old story left
    as it was), `merges` (kept, joining, key) of the new stories, in the order made, and
    `woken` (how many old clusters were re-computed)."""

    labels: np.ndarray
    merges: list[tuple[int, int, float]]
    woken: int


def replay(
    n: int,
    indptr: np.ndarray,
    indices: np.ndarray,
    units: np.ndarray,
    history: list[tuple[int, int, float]],
    changed: np.ndarray,
    link: float,
) -> Replay:
    """The clustering `linkage.wpgma` gives the graph (CSR over positions 0..n-1, both
    directions: `indices`, `units` quantized similarities, `linkage.quantum_units`), knowing
    the merge history of the same graph before the edges touching `changed` (positions) were
    replaced. `history`: (kept, joining, key) in the order made, positions in the new graph."""
    return _Replay(n, indptr, indices, units, history, link).run(changed)


class _Replay:
    def __init__(self, n: int, indptr: np.ndarray, indices: np.ndarray, units: np.ndarray,
                 history: list[tuple[int, int, float]], link: float) -> None:  # fmt: skip
        self.n = n
        self.indptr = indptr
        self.indices = indices  # numpy: only the edges of woken clusters are read
        self.units = units
        self.link = link
        # The old forest: nodes 0..n-1 are documents, then one node per old merge.
        size = n + len(history)
        self.left = [-1] * size
        self.right = [-1] * size
        self.sim = [0.0] * size  # key of the merge that made the node
        self.old_parent = [-1] * size
        self.rep = list(range(n)) + [0] * len(history)
        current: dict[int, int] = {}
        for k, (a, b, s) in enumerate(history):
            node = n + k
            x, y = current.get(a, a), current.get(b, b)
            self.left[node], self.right[node], self.sim[node] = x, y, s
            self.old_parent[x] = self.old_parent[y] = node
            self.rep[node] = a
            current[a] = node
        # the new run's forest, as a union-find with path compression: `jump` an ancestor (-1:
        # an alive cluster), `hops` how many merges up it is
        self.jump = [-1] * size
        self.hops = [0] * size
        self.formed = [False] * size
        for x in range(n):
            self.formed[x] = True
        self.alive = [False] * size
        for x in range(n):
            self.alive[x] = True
        self.active = [False] * size
        self.cancelled = [False] * size  # an old merge that will not be made as scheduled
        self.wake = [False] * size  # activate when formed
        self.nbr: dict[int, dict[int, Value]] = {}  # active node -> node -> similarity
        self.active_of: dict[int, set[int]] = {}  # passive node -> active nodes next to it
        self.heap: list[tuple[float, int, int, int, int, int]] = []
        self.merges: list[tuple[int, int, float]] = []
        self.woken = 0

    # -- the forest ---------------------------------------------------------------------------

    def _new_node(self, x: int, y: int, s: float) -> int:
        node = len(self.left)
        self.left.append(x)
        self.right.append(y)
        self.sim.append(s)
        self.old_parent.append(-1)
        self.rep.append(min(self.rep[x], self.rep[y]))
        self.jump.append(-1)
        self.hops.append(0)
        for flags in (self.formed, self.alive, self.active):
            flags.append(True)
        self.cancelled.append(False)
        self.wake.append(False)
        return node

    def _top(self, leaf: int) -> tuple[int, int]:
        """The alive cluster holding a document, and the document's depth in it."""
        jump, hops = self.jump, self.hops
        if jump[leaf] < 0:
            return leaf, 0
        path, x = [], leaf
        while jump[x] >= 0:
            path.append(x)
            x = jump[x]
        depth = 0
        for y in reversed(path):  # from just below the top down to the leaf
            depth += hops[y]
            jump[y], hops[y] = x, depth
        return x, depth

    def _join(self, x: int, node: int) -> None:
        self.jump[x], self.hops[x] = node, 1

    def _leaves(self, node: int) -> list[tuple[int, int]]:
        """(document, depth) of a cluster's documents."""
        out, stack = [], [(node, 0)]
        while stack:
            x, d = stack.pop()
            if x < self.n:
                out.append((x, d))
            else:
                stack.append((self.left[x], d + 1))
                stack.append((self.right[x], d + 1))
        return out

    def _scheduled(self, node: int) -> float:
        """The key of a passive cluster's scheduled merge (the cut for an old story)."""
        p = self.old_parent[node]
        return self.sim[p] if p >= 0 and not self.cancelled[p] else self.link

    def _sibling(self, node: int) -> int:
        p = self.old_parent[node]
        return self.right[p] if self.left[p] == node else self.left[p]

    # -- activation ---------------------------------------------------------------------------

    def _activate(self, first: int) -> None:
        todo = [first]
        while todo:
            u = todo.pop()
            if self.active[u]:
                continue
            self.active[u] = True
            self.woken += 1
            node = u  # its scheduled merge, and every old merge above it, are off
            while (p := self.old_parent[node]) >= 0 and not self.cancelled[p]:
                self.cancelled[p] = True
                sibling = self._sibling(node)
                if self.alive[sibling]:
                    todo.append(sibling)
                elif not self.formed[sibling]:
                    self.wake[sibling] = True
                node = p
            terms: dict[int, list[tuple[int, int]]] = {}
            for leaf, depth in self._leaves(u):
                lo, hi = int(self.indptr[leaf]), int(self.indptr[leaf + 1])
                for y, units in zip(self.indices[lo:hi].tolist(), self.units[lo:hi].tolist(),
                                    strict=True):  # fmt: skip
                    other, d = self._top(y)
                    if other != u:
                        terms.setdefault(other, []).append((units, depth + d))
            mine: dict[int, Value] = {}
            self.nbr[u] = mine
            for other, parts in terms.items():
                value = dyadic_sum(parts)
                mine[other] = value
                if self.active[other]:
                    self.nbr[other][u] = value
                    self._push(u, other, value)
                else:
                    self.active_of.setdefault(other, set()).add(u)
                    if key(value) >= self._scheduled(other):
                        todo.append(other)
            self.active_of.pop(u, None)

    def _push(self, x: int, y: int, value: Value) -> None:
        if value >= self.link:
            a, b = (x, y) if self.rep[x] < self.rep[y] else (y, x)
            heapq.heappush(self.heap, (-key(value), self.rep[a], self.rep[b], a, b, _ACTIVE))

    def _schedule(self, node: int) -> None:
        """Push the old merge of `node` with its sibling when both are formed and passive."""
        p = self.old_parent[node]
        if p < 0 or self.cancelled[p]:
            return
        x, y = self.left[p], self.right[p]
        if self.alive[x] and self.alive[y] and not self.active[x] and not self.active[y]:
            heapq.heappush(self.heap, (-self.sim[p], self.rep[x], self.rep[y], x, y, _SCHEDULED))

    # -- merges -------------------------------------------------------------------------------

    def _merge_passive(self, x: int, y: int) -> None:
        p = self.old_parent[x]
        self.alive[x] = self.alive[y] = False
        self._join(x, p)
        self._join(y, p)
        self.formed[p] = self.alive[p] = True
        self.merges.append((self.rep[x], self.rep[y], self.sim[p]))
        near = self.active_of.pop(x, set()) | self.active_of.pop(y, set())
        wake = self.wake[p]
        if near:
            self.active_of[p] = near
        for k in near:
            nk = self.nbr[k]
            m = mean(nk.pop(x, 0.0), nk.pop(y, 0.0))
            nk[p] = m
            wake = wake or key(m) >= self._scheduled(p)
        if wake:
            self._activate(p)
        else:
            self._schedule(p)

    def _merge_active(self, x: int, y: int, s: float) -> None:
        node = self._new_node(x, y, s)
        self.alive[x] = self.alive[y] = False
        self._join(x, node)
        self._join(y, node)
        self.merges.append((self.rep[x], self.rep[y], s))
        nx, ny = self.nbr.pop(x), self.nbr.pop(y)
        nx.pop(y, None)
        ny.pop(x, None)
        mine: dict[int, Value] = {}
        self.nbr[node] = mine
        todo = []
        for k in nx.keys() | ny.keys():
            m = mean(nx.get(k, 0.0), ny.get(k, 0.0))
            mine[k] = m
            if self.active[k]:
                nk = self.nbr[k]
                nk.pop(x, None)
                nk.pop(y, None)
                nk[node] = m
                self._push(node, k, m)
            else:
                near = self.active_of[k]
                near.discard(x)
                near.discard(y)
                near.add(node)
                if key(m) >= self._scheduled(k):
                    todo.append(k)
        for k in todo:
            self._activate(k)

    def run(self, changed: np.ndarray) -> Replay:
        for c in changed.tolist():
            self._activate(int(c))
        for x in range(self.n):
            if not self.active[x]:
                self._schedule(x)
        while self.heap:
            negative, _, _, x, y, kind = heapq.heappop(self.heap)
            if not (self.alive[x] and self.alive[y]):
                continue
            if kind == _SCHEDULED:
                if self.active[x] or self.active[y] or self.cancelled[self.old_parent[x]]:
                    continue
                self._merge_passive(x, y)
            else:
                if not (self.active[x] and self.active[y]):
                    continue
                value = self.nbr[x].get(y)
                if value is None or key(value) != -negative:
                    continue
                self._merge_active(x, y, -negative)
        labels = np.full(self.n, -1, dtype=np.int64)
        roots: dict[int, int] = {}
        for leaf in range(self.n):
            top, _ = self._top(leaf)
            if self.active[top]:
                labels[leaf] = roots.setdefault(top, len(roots))
        merges = [m for m in self.merges if self.active[self._top(m[0])[0]]]
        return Replay(labels, merges, self.woken)
