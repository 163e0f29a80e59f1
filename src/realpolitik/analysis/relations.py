"""Relations: how each ordered pair of actors dealt with each other, month by month.

One `Relation` per (source actor, target actor, period). `period` is the event's start month
("YYYY-MM"), or "undated". Counts: `cooperation` (quad classes 1, 2) and `conflict` (3, 4) count
events reported as having happened (polarity "asserted"); denied, negated and hypothetical
events are left out; intended ones (planned, proposed, threatened-to-do) are counted apart in
`intended` and do not move the score. `event_ids` lists every event the row rests on.

Score, −10 (conflict) … +10 (cooperation):

    score = 10 · tanh(Σ wᵢ / SCALE)

where wᵢ is the event's signed weight (`signals.event_weight`: by PLOVER type, e.g. CONSULT +1,
COOPERATE +3, AID +3.5, ACCUSE −1, THREATEN −2, SANCTION −3, ASSAULT −5 and heavier with
fatalities; × 0.5–1 by confidence; × 0.7 when only a party claims it). tanh saturates, so the
score stays in range however many events pile up, and SCALE = 5 puts one armed attack at about
−7.6, one meeting at +2, and five meetings at +7.6.

Symmetric types (CONSULT, AGREE, COOPERATE, and armed clashes) give a row in each direction.

`level="country"` rolls persons and agencies of a state up to the state (`country:PAK`; see
`signals.node_of`); the default keeps the actor ids as extracted, which is what the `relations`
export holds. Country rows are computed on demand (report, fronts) rather than stored, so that
the export never counts one event twice.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

from realpolitik.analysis.signals import (
    Level,
    event_pairs,
    event_weight,
    happened,
    intended,
    is_cooperation,
)
from realpolitik.model import Event, Relation

SCALE = 5.0
UNDATED = "undated"


def saturating_score(total_weight: float) -> float:
    """Σ weights → −10 … +10."""
    return round(10.0 * math.tanh(total_weight / SCALE), 2)


def period_of(event: Event) -> str:
    start = event.date.start
    return start[:7] if start and len(start) >= 7 else UNDATED


@dataclass
class _Tally:
    cooperation: int = 0
    conflict: int = 0
    intended: int = 0
    weight: float = 0.0
    event_ids: list[str] = field(default_factory=list)


def compute_relations(events: list[Event], level: Level = "actor") -> list[Relation]:
    tallies: dict[tuple[str, str, str], _Tally] = defaultdict(_Tally)
    for event in events:
        did_happen, was_intended = happened(event), intended(event)
        if not (did_happen or was_intended):
            continue
        period = period_of(event)
        for source, target in event_pairs(event, level):
            tally = tallies[(source.node_id, target.node_id, period)]
            if event.event_id not in tally.event_ids:
                tally.event_ids.append(event.event_id)
            if was_intended:
                tally.intended += 1
            elif is_cooperation(event):
                tally.cooperation += 1
                tally.weight += event_weight(event)
            else:
                tally.conflict += 1
                tally.weight += event_weight(event)
    return [
        Relation(
            source_id=source,
            target_id=target,
            period=period,
            n_events=t.cooperation + t.conflict,
            cooperation=t.cooperation,
            conflict=t.conflict,
            score=saturating_score(t.weight),
            intended=t.intended,
            event_ids=t.event_ids,
        )
        for (source, target, period), t in sorted(tallies.items())
    ]
