"""Words for roads, shared by place recognition (a road's ends are towns: "the road linking Bunia
and Mahagi") and the event's place (the first named end stands for the stretch)."""

from __future__ import annotations

ROAD_NOUNS = frozenset(
    {"road", "highway", "motorway", "route", "roadway", "stretch", "axis", "corridor"}
)
# Verbs whose object names a road's ends ("the road linking Bunia and Mahagi", "the highway
# connecting Gao and Ansongo"; stop 52 lead, probes of our own).
ROAD_LINKING_VERBS = frozenset({"link", "connect", "join"})
