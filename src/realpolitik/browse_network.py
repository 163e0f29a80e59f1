"""The signed network of a window, aggregated in SQL on the snapshot of `realpolitik.browse`.

`analysis.network.build_network` walks `Event` objects in Python: on a year of 4,000 events it
took 0.3 s, plus 1.6–3.4 s to parse every stored record into events once per snapshot. Here the
same network comes from the snapshot's flat tables with one DuckDB GROUP BY: per event its
signed weight and whether it is a joint act (`ev_net`), per party its node at actor and at
country level (`ev_party`), both computed once when the snapshot is taken, with the rules and
numbers of `analysis.signals` (the type weights, the fatality bonus, the claim discount, the
state sectors that roll up to their country, the lines of succession). Tests compare the two
on hand-made events (`tests/test_serve_network.py`): same nodes, ties, weights, counts and event
ids in the same order.

The camps are `analysis.balance.partition_ties` per connected part, with as many restarts as
`export fronts` uses, so the page's camps are those of `fronts` without the bootstrap.
"""

from __future__ import annotations

from typing import Any

from realpolitik.analysis import signals

# Events in the window, numbered in the order `build_network` meets them, with their parties'
# nodes at the level asked for; {node} is the column of that level.
_TIES_SQL = """
WITH chosen AS (
    SELECT event_id, row_number() OVER (ORDER BY date_start NULLS LAST, event_id) AS ord
    FROM ev {where}
), refs AS (
    SELECT c.event_id, c.ord, n.weight, n.symmetric, p.role, p.idx, p.{node} AS node
    FROM chosen c JOIN ev_net n USING (event_id) JOIN ev_party p USING (event_id)
), pairs AS (
    -- a joint act pairs every party with every other; otherwise each source with each target.
    -- One tie per event and pair of nodes, whichever way round.
    SELECT DISTINCT s.event_id, s.ord, s.weight, least(s.node, t.node) AS a,
           greatest(s.node, t.node) AS b
    FROM refs s JOIN refs t ON s.event_id = t.event_id AND s.node <> t.node
    WHERE s.symmetric OR (s.role = 'source' AND t.role = 'target')
)
SELECT a, b, list(weight ORDER BY ord), list(event_id ORDER BY ord) FROM pairs GROUP BY a, b
"""

# Each node's events, and its name, country and sector as its first party in the window.
_NODES_SQL = """
WITH chosen AS (
    SELECT event_id, row_number() OVER (ORDER BY date_start NULLS LAST, event_id) AS ord
    FROM ev {where}
), refs AS (
    SELECT c.event_id, c.ord, n.symmetric, p.role, p.idx, p.{node} AS node, p.{name} AS name,
           p.country, p.{sector} AS sector
    FROM chosen c JOIN ev_net n USING (event_id) JOIN ev_party p USING (event_id)
), linked AS (
    SELECT DISTINCT s.event_id, s.node
    FROM refs s JOIN refs t ON s.event_id = t.event_id AND s.node <> t.node
    WHERE s.symmetric OR (s.role = 'source' AND t.role = 'target')
       OR t.symmetric OR (t.role = 'source' AND s.role = 'target')
)
SELECT r.node, count(DISTINCT r.event_id),
       arg_min(r.name, (r.ord, r.role <> 'source', r.idx)),
       arg_min(r.country, (r.ord, r.role <> 'source', r.idx)),
       arg_min(r.sector, (r.ord, r.role <> 'source', r.idx))
FROM refs r JOIN linked l ON r.event_id = l.event_id AND r.node = l.node
GROUP BY r.node
"""

LEVEL_COLUMNS = {
    "actor": {"node": "actor_node", "name": "actor_name", "sector": "sector"},
    "country": {"node": "country_node", "name": "country_name", "sector": "country_sector"},
}


def prepare(con: Any) -> None:
    """Add `ev_net` and `ev_party` to a snapshot holding `ev` and `ev_actor`."""
    from realpolitik.actors.succession import succession_lines

    con.execute("CREATE TEMP TABLE type_weight (plover_type VARCHAR, w DOUBLE)")
    con.executemany("INSERT INTO type_weight VALUES (?, ?)", list(signals.TYPE_WEIGHTS.items()))
    con.execute("CREATE TEMP TABLE quad_weight (quad INTEGER, w DOUBLE)")
    con.executemany("INSERT INTO quad_weight VALUES (?, ?)", list(signals.QUAD_WEIGHTS.items()))
    lines = succession_lines()
    con.execute("CREATE TEMP TABLE succession (actor_id VARCHAR, head VARCHAR, label VARCHAR)")
    if lines:
        con.executemany(
            "INSERT INTO succession VALUES (?, ?, ?)",
            [(actor_id, line.head, line.label) for actor_id, line in lines.items()],
        )
    countries = signals._country_names()
    con.execute("CREATE TEMP TABLE country_names (iso3 VARCHAR, name VARCHAR)")
    con.executemany("INSERT INTO country_names VALUES (?, ?)", list(countries.items()))
    # signals.base_weight and event_weight, term by term in the same order (same doubles).
    con.execute(
        """CREATE TABLE ev_net AS SELECT e.event_id,
            (coalesce(t.w, q.w, 0.0)
              - CASE WHEN e.plover_type = 'ASSAULT' AND coalesce(e.fatalities, 0) <> 0
                     THEN least(?, 1.5 * log10(1 + e.fatalities)) ELSE 0.0 END)
            * (0.5 + 0.5 * greatest(0.0, least(1.0, e.confidence)))
            * CASE WHEN e.n_claimed > 0 THEN ? ELSE 1.0 END AS weight,
            coalesce(e.plover_type IN (SELECT unnest(?)), false)
                OR coalesce(e.acled_event_type IN (SELECT unnest(?)), false) AS symmetric
        FROM ev e LEFT JOIN type_weight t ON t.plover_type = e.plover_type
                  LEFT JOIN quad_weight q ON q.quad = e.quad_class""",
        [signals.FATALITY_BONUS_MAX, signals.CLAIMED_FACTOR, sorted(signals.SYMMETRIC_TYPES),
         sorted(signals.SYMMETRIC_ACLED)],  # fmt: skip
    )
    # signals.node_of at both levels; a party listed twice in one role counts once (_unique).
    con.execute(
        """CREATE TABLE ev_party AS
        WITH nodes AS (
            SELECT a.event_id, a.role, a.idx, a.country, a.sector,
                   coalesce(s.head, a.actor_id) AS actor_node,
                   coalesce(s.label, nullif(a.name, ''), a.actor_id) AS actor_name,
                   coalesce(a.country, '') <> ''
                       AND (a.sector IS NULL OR a.sector IN (SELECT unnest(?))) AS rolls_up
            FROM ev_actor a LEFT JOIN succession s ON s.actor_id = a.actor_id
            WHERE a.role IN ('source', 'target')
        ), both_levels AS (
            SELECT n.*,
                   CASE WHEN rolls_up THEN 'country:' || n.country ELSE actor_node END AS country_node,
                   CASE WHEN rolls_up THEN coalesce(c.name, n.country) ELSE actor_name END AS country_name,
                   CASE WHEN rolls_up THEN 'GOV' ELSE n.sector END AS country_sector
            FROM nodes n LEFT JOIN country_names c ON c.iso3 = n.country
        )
        SELECT * FROM both_levels""",
        [sorted(signals.STATE_SECTORS)],
    )


def ties(cursor: Any, where: str, params: list[Any], level: str) -> list[tuple[str, str, float, int, int, list[str]]]:
    """(a, b, weight, n_pos, n_neg, event ids) per tie of the events `where` selects in `ev`;
    a < b. The weight is summed in the events' order and rounded as `build_network` does."""
    rows = cursor.execute(_TIES_SQL.format(where=where, node=LEVEL_COLUMNS[level]["node"]), params).fetchall()
    out = []
    for a, b, weights, ids in rows:
        total = 0.0
        for w in weights:
            total += w
        n_pos = sum(1 for w in weights if w > 0)
        out.append((a, b, round(total, 4), n_pos, len(weights) - n_pos, ids))
    return out


def nodes(cursor: Any, where: str, params: list[Any], level: str) -> dict[str, dict[str, Any]]:
    """node -> {name, country, sector, n_events} for the nodes tied to another in the window."""
    sql = _NODES_SQL.format(where=where, **LEVEL_COLUMNS[level])
    return {
        node: {"name": name, "country": country, "sector": sector, "n_events": n}
        for node, n, name, country, sector in cursor.execute(sql, params).fetchall()
    }


def camps(
    node_ids: list[str], signed: list[tuple[str, str, float]], restarts: int
) -> tuple[dict[str, tuple[int, int]], set[tuple[str, str]]]:
    """(node -> (part, camp), both numbered from 1; the frustrated ties) of the network: each
    connected part of two or more nodes split as `analysis.fronts` splits it."""
    import numpy as np
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    from realpolitik.analysis.balance import partition_ties

    index = {n: i for i, n in enumerate(node_ids)}
    if not signed:
        return {}, set()
    rows = np.array([index[a] for a, _, _ in signed])
    cols = np.array([index[b] for _, b, _ in signed])
    graph = coo_matrix((np.ones(len(signed)), (rows, cols)), shape=(len(node_ids),) * 2)
    _, label = connected_components(graph, directed=False)
    members: dict[int, list[str]] = {}
    for node, part in zip(node_ids, label.tolist(), strict=True):
        members.setdefault(part, []).append(node)
    parts = sorted((sorted(m) for m in members.values() if len(m) > 1), key=lambda c: (-len(c), c))
    part_of = {n: i for i, part in enumerate(parts) for n in part}
    by_part: list[list[tuple[str, str, float]]] = [[] for _ in parts]
    for a, b, w in signed:
        by_part[part_of[a]].append((a, b, w))
    camp_of: dict[str, tuple[int, int]] = {}
    frustrated: set[tuple[str, str]] = set()
    for i, (part, edges) in enumerate(zip(parts, by_part, strict=True)):
        partition = partition_ties(part, edges, 2, 0, restarts)
        camp_of.update({n: (i + 1, c + 1) for n, c in partition.camp_of.items()})
        frustrated.update((min(a, b), max(a, b)) for a, b in partition.frustrated)
    return camp_of, frustrated
