"""The state a town named in a role noun's place phrase lies in: "A court in Zomba", "Border
guards at Korday" are that state's organs.

The gazetteer knows the towns, but a town is no actor mention, so `generic._place_country` (which
reads only states, capitals and a demonym's settlement) left such organs with no country, or with
the sentence's one other state (round r48, args52: the stop 67 leftover, "A court in Oujda",
"Border guards at Narva"). A name the gazetteer places in two states ("Desaguadero", a border town
on both banks) names none, unless one of them is far the larger.
"""

from __future__ import annotations

from realpolitik.places.gazetteer import load_gazetteer

# Kinds of gazetteer entry a town phrase may name (a country is an actor mention of its own).
TOWN_KINDS = frozenset({"city", "small", "admin1", "admin2", "county"})
# A name shared by towns of several states is the largest one's when it is at least this many
# times as populous as any other state's namesake; set by hand ("Zomba": Malawi's 118,440 against
# a Hungarian village of 2,286; "Desaguadero": Bolivia's 8,635 against Peru's 5,329 names none).
DOMINANT_POPULATION_RATIO = 10


def town_state(name: str) -> str | None:
    """ISO3 of the one state the gazetteer places a town called `name` in, or None."""
    best: dict[str, int] = {}
    for entry, primary in load_gazetteer().lookup(name):
        if primary and entry.kind in TOWN_KINDS and entry.country:
            best[entry.country] = max(best.get(entry.country, 0), entry.population)
    if len(best) == 1:
        return next(iter(best))
    ranked = sorted(best.items(), key=lambda kv: kv[1], reverse=True)
    if len(ranked) > 1 and ranked[0][1] >= DOMINANT_POPULATION_RATIO * max(ranked[1][1], 1):
        return ranked[0][0]
    return None
