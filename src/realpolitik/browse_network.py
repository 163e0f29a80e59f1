"""The signed network of a window, aggregated in SQL on the snapshot of `realpolitik.browse`.

`analysis.network.build_network` walks `Event` objects in Python: on a year of 4,000 events it
took 0.3 s, plus 1.6–3.4 s to parse every stored record into events once per snapshot. Here the
same network comes from flat tables added to the snapshot when it is taken (`prepare`), with the
rules and numbers of `analysis.signals` (the type weights, the fatality bonus, the claim
discount, the joint acts, the state sectors that roll up to their country, the lines of
succession): per event its signed weight (`ev_net`), per party its node at actor and at country
level (`ev_party`), per event its ties (`ev_pair_actor`, `ev_pair_country`: one row per pair of
nodes) and its tied nodes with their first party (`ev_node_actor`, `ev_node_country`). A window
is then one GROUP BY for the ties and one for the nodes. Tests compare the result with
`build_network` on hand-made events (`tests/test_serve_network.py`): same nodes, ties, weights,
counts and event ids in the same order.

The camps are `analysis.balance.partition_ties` per connected part, with as many restarts as
`export fronts` uses, so the page's camps are those of `fronts` without the bootstrap.
"""

from __future__ import annotations

from typing import Any

from realpolitik.analysis import signals

# The ties of the events `where` keeps (in `ev`), each tie's weights and events in the order
# `build_network` meets them (`ev.ord`).
_TIES_SQL = """
SELECT p.a, p.b, list(p.weight ORDER BY ev.ord), list(event_id ORDER BY ev.ord),
       count(*) FILTER (WHERE p.weight > 0)
FROM ev JOIN ev_pair_{level} p USING (event_id) {where}
GROUP BY p.a, p.b
"""

# Each node tied to another in the window: its events, and its name, country and sector as its
# first party there (`ev_node_{level}` holds them per event).
_NODES_SQL = """
SELECT n.node, count(*), arg_min(n.name, ev.ord), arg_min(n.country, ev.ord),
       arg_min(n.sector, ev.ord)
FROM ev JOIN ev_node_{level} n USING (event_id) {where}
GROUP BY n.node
"""

LEVEL_COLUMNS = {
    "actor": {"node": "actor_node", "name": "actor_name", "sector": "sector"},
    "country": {"node": "country_node", "name": "country_name", "sector": "country_sector"},
}


def prepare(con: Any) -> None:
    """Add the network's tables (see the module docstring) to a snapshot holding `ev` and
    `ev_actor`."""
    from realpolitik.actors.succession import succession_lines

    lines = succession_lines()
    tables: dict[str, tuple[str, list[tuple[Any, ...]]]] = {  # name: (columns, rows)
        "type_weight": ("plover_type VARCHAR, w DOUBLE", list(signals.TYPE_WEIGHTS.items())),
        "quad_weight": ("quad INTEGER, w DOUBLE", list(signals.QUAD_WEIGHTS.items())),
        "succession": ("actor_id VARCHAR, head VARCHAR, label VARCHAR",
                       [(actor_id, line.head, line.label) for actor_id, line in lines.items()]),
        "country_names": ("iso3 VARCHAR, name VARCHAR", list(signals._country_names().items())),
    }  # fmt: skip
    for name, (columns, rows) in tables.items():
        con.execute(f"CREATE TEMP TABLE {name} ({columns})")
        if rows:  # one statement (executemany would run one per row)
            con.execute(
                f"INSERT INTO {name} SELECT {', '.join('unnest(?)' for _ in rows[0])}",
                [list(column) for column in zip(*rows, strict=True)],
            )
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
    # signals.event_pairs: a joint act pairs every party with every other, otherwise each
    # source with each target; one tie per event and pair of nodes, whichever way round.
    for level, names in LEVEL_COLUMNS.items():
        node = names["node"]
        con.execute(
            f"""CREATE TABLE ev_pair_{level} AS
            SELECT DISTINCT s.event_id, least(s.{node}, t.{node}) AS a,
                   greatest(s.{node}, t.{node}) AS b, n.weight
            FROM ev_party s JOIN ev_party t ON s.event_id = t.event_id AND s.{node} <> t.{node}
                JOIN ev_net n ON n.event_id = s.event_id
            WHERE n.symmetric OR (s.role = 'source' AND t.role = 'target')"""
        )
        # Per event, each node in one of its ties, described by its first party there (sources
        # before targets, in their order), as `build_network` meets it.
        con.execute(
            f"""CREATE TABLE ev_node_{level} AS
            WITH linked AS (
                SELECT DISTINCT event_id, unnest([a, b]) AS node FROM ev_pair_{level}
            )
            SELECT l.event_id, l.node,
                   arg_min(r.{names["name"]}, (r.role <> 'source', r.idx)) AS name,
                   arg_min(r.country, (r.role <> 'source', r.idx)) AS country,
                   arg_min(r.{names["sector"]}, (r.role <> 'source', r.idx)) AS sector
            FROM linked l JOIN ev_party r ON r.event_id = l.event_id AND r.{node} = l.node
            GROUP BY l.event_id, l.node"""
        )


def ties(cursor: Any, where: str, params: list[Any], level: str) -> list[tuple[str, str, float, int, int, list[str]]]:
    """(a, b, weight, n_pos, n_neg, event ids) per tie of the events `where` selects in `ev`;
    a < b. The weight is summed in the events' order and rounded as `build_network` does."""
    rows = cursor.execute(_TIES_SQL.format(where=where, level=level), params).fetchall()
    out = []
    for a, b, weights, ids, n_pos in rows:  # positive ties counted in SQL: a third of the time
        total = 0.0
        for w in weights:
            total += w
        out.append((a, b, round(total, 4), n_pos, len(weights) - n_pos, ids))
    return out


def nodes(cursor: Any, where: str, params: list[Any], level: str) -> dict[str, dict[str, Any]]:
    """node -> {name, country, sector, n_events} for the nodes tied to another in the window."""
    sql = _NODES_SQL.format(where=where, level=level)
    return {
        node: {"name": name, "country": country, "sector": sector, "n_events": n}
        for node, n, name, country, sector in cursor.execute(sql, params).fetchall()
    }


def camps(
    node_ids: list[str], edges: list[tuple[str, str, float]], restarts: int
) -> tuple[dict[str, tuple[int, int]], set[tuple[str, str]]]:
    """(node -> (part, camp), both numbered from 1; the frustrated ties) of the network given by
    its ties (a, b, weight): each connected part of two or more nodes (a tie of weight 0 links
    too) split as `analysis.fronts` splits it."""
    from realpolitik.analysis.balance import partition_ties

    # Connected parts by union-find (scipy's would cost its import, 0.3 s, on a first call).
    parent = {n: n for n in node_ids}

    def root(n: str) -> str:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    for a, b, _ in edges:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[ra] = rb
    members: dict[str, list[str]] = {}
    for node in node_ids:
        members.setdefault(root(node), []).append(node)
    parts = sorted((sorted(m) for m in members.values() if len(m) > 1), key=lambda c: (-len(c), c))
    part_of = {n: i for i, part in enumerate(parts) for n in part}
    by_part: list[list[tuple[str, str, float]]] = [[] for _ in parts]
    for a, b, w in edges:
        by_part[part_of[a]].append((a, b, w))
    camp_of: dict[str, tuple[int, int]] = {}
    frustrated: set[tuple[str, str]] = set()
    for i, (part, ties) in enumerate(zip(parts, by_part, strict=True)):
        partition = partition_ties(part, ties, 2, 0, restarts)
        camp_of.update({n: (i + 1, c + 1) for n, c in partition.camp_of.items()})
        frustrated.update((min(a, b), max(a, b)) for a, b in partition.frustrated)
    return camp_of, frustrated
