"""SQL views for analysts: flat events, one row per event and actor, one row per mention.

Created (or replaced) with the schema when the store is opened for writing and a view is
missing or was made from other SQL, and as
temporary views on a read-only connection to a database written before they existed.
Columns are listed in `docs/fields.md`; the README has query recipes.
"""

from __future__ import annotations

import hashlib
from typing import Any

ACTOR_COLUMNS = """
    j.value->>'actor_id' AS actor_id, j.value->>'name' AS name, j.value->>'text' AS text,
    j.value->>'country' AS country, j.value->>'sector' AS sector, j.value->>'wikidata' AS wikidata
"""

VIEWS = {
    # One row per fused event; the first source and target (event_actors has them all).
    "events_flat": """
SELECT
    e.event_id,
    e.plover_type,
    e.record->>'plover_mode' AS plover_mode,
    e.record->>'cameo_root' AS cameo_root,
    coalesce(e.record->>'cameo_code', e.record->>'cameo_root') AS cameo_code,
    CAST(e.record->>'quad_class' AS INTEGER) AS quad_class,
    e.record->>'acled_event_type' AS acled_event_type,
    e.record->>'acled_sub_event_type' AS acled_sub_event_type,
    e.polarity,
    TRY_CAST(e.record->'date'->>'start' AS DATE) AS date_start,
    TRY_CAST(e.record->'date'->>'end' AS DATE) AS date_end,
    e.record->'date'->>'precision' AS date_precision,
    e.record->'date'->>'text' AS date_text,
    e.record->'source'->0->>'actor_id' AS source_id,
    e.record->'source'->0->>'name' AS source_name,
    e.record->'source'->0->>'country' AS source_country,
    e.record->'target'->0->>'actor_id' AS target_id,
    e.record->'target'->0->>'name' AS target_name,
    e.record->'target'->0->>'country' AS target_country,
    CAST(json_array_length(e.record->'source') AS INTEGER) AS n_sources,
    CAST(json_array_length(e.record->'target') AS INTEGER) AS n_targets,
    CAST(json_array_length(e.record->'claimed_by') AS INTEGER) > 0 AS claimed,
    e.record->'location'->>'name' AS location,
    e.record->'location'->>'country' AS country,
    e.record->'location'->>'admin1' AS admin1,
    TRY_CAST(e.record->'location'->>'lat' AS DOUBLE) AS latitude,
    TRY_CAST(e.record->'location'->>'lon' AS DOUBLE) AS longitude,
    TRY_CAST(e.record->'location'->>'geonames_id' AS BIGINT) AS geonames_id,
    e.record->'location'->>'precision' AS location_precision,
    e.record->'location'->>'basis' AS location_basis,
    TRY_CAST(e.record->>'fatalities' AS INTEGER) AS fatalities,
    e.confidence,
    e.n_documents,
    CAST(json_array_length(e.record->'mentions') AS INTEGER) AS n_mentions
FROM events e
""",
    # One row per event and party: role is source, target or claimed_by.
    "event_actors": f"""
SELECT e.event_id, 'source' AS role, {ACTOR_COLUMNS}, e.plover_type, e.polarity,
       TRY_CAST(e.record->'date'->>'start' AS DATE) AS date_start, e.confidence
FROM events e, json_each(e.record->'source') j
UNION ALL
SELECT e.event_id, 'target' AS role, {ACTOR_COLUMNS}, e.plover_type, e.polarity,
       TRY_CAST(e.record->'date'->>'start' AS DATE) AS date_start, e.confidence
FROM events e, json_each(e.record->'target') j
UNION ALL
SELECT e.event_id, 'claimed_by' AS role, {ACTOR_COLUMNS}, e.plover_type, e.polarity,
       TRY_CAST(e.record->'date'->>'start' AS DATE) AS date_start, e.confidence
FROM events e, json_each(e.record->'claimed_by') j
""",
    # One row per sentence that reports an event, with its document.
    "mentions": """
SELECT
    e.event_id,
    m.value->>'doc_id' AS doc_id,
    CAST(m.value->>'char_start' AS INTEGER) AS char_start,
    CAST(m.value->>'char_end' AS INTEGER) AS char_end,
    m.value->>'sentence' AS sentence,
    m.value->>'trigger' AS trigger,
    m.value->>'polarity' AS polarity,
    d.title, d.url, d.outlet, d.published
FROM events e, json_each(e.record->'mentions') m
LEFT JOIN documents d ON d.doc_id = m.value->>'doc_id'
""",
}


def create_views(con: Any, temporary: bool = False) -> None:
    """Create or replace every view on the DuckDB connection `con`; a stored view carries a
    tag of its SQL as its comment (`views_current`)."""
    kind = "TEMPORARY VIEW" if temporary else "VIEW"
    for name, sql in VIEWS.items():
        con.execute(f"CREATE OR REPLACE {kind} {name} AS {sql}")
        if not temporary:
            con.execute(f"COMMENT ON VIEW {name} IS '{_tag(sql)}'")


def views_current(con: Any) -> bool:
    """Whether the file holds every view as `VIEWS` defines it now (each view's comment is the
    tag of the SQL it was created from; replacing a view drops its comment).

    A store is opened for writing once per batch of a run and twice for its fusion; replacing
    the views at each opening wrote them to the file's log again and made the closing
    checkpoint longer (about 0.05-0.15 s an opening of the 300 bench documents' store)."""
    tags = dict(
        con.execute(
            "SELECT view_name, comment FROM duckdb_views() WHERE NOT internal AND NOT temporary"
        ).fetchall()
    )
    return all(tags.get(name) == _tag(sql) for name, sql in VIEWS.items())


def _tag(sql: str) -> str:
    return "realpolitik view " + hashlib.sha256(sql.encode("utf-8")).hexdigest()[:16]


def ensure_views(con: Any) -> None:
    """On a read-only connection: temporary views when the file has none (an older database)."""
    present = {
        r[0]
        for r in con.execute(
            "SELECT view_name FROM duckdb_views() WHERE NOT internal"
        ).fetchall()
    }
    if not set(VIEWS) <= present:
        create_views(con, temporary=True)
