"""Words for roads, shared by place recognition (a road's ends are towns: "the road linking Bunia
and Mahagi") and the event's place (the first named end stands for the stretch)."""

from __future__ import annotations

ROAD_NOUNS = frozenset(
    {"road", "highway", "motorway", "route", "roadway", "stretch", "axis", "corridor"}
)
# Verbs whose object names a road's ends ("the road linking Bunia and Mahagi", "the highway
# connecting Gao and Ansongo"; stop 52 lead, probes of our own).
ROAD_LINKING_VERBS = frozenset({"link", "connect", "join"})
# Vehicles whose "between" phrase names the stretch of road they were on ("ambushed a truck between
# Kidal and ...", "stopped a bus between Gusau and Funtua"): the towns are the road's ends, not
# parties (stop 54 lead, probes of our own: the first town was its state acted on). Lemmas.
VEHICLE_NOUNS = frozenset({
    "truck", "lorry", "bus", "minibus", "convoy", "vehicle", "car", "van", "taxi", "coach",
    "train", "tanker",
})  # fmt: skip
# Nouns whose "between" phrase names the ends of a stretch of road.
STRETCH_NOUNS = ROAD_NOUNS | VEHICLE_NOUNS
