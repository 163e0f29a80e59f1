"""Where an event happened: the place its own sentence attaches to it, else the meeting, else one
from its surroundings (`event_place`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from realpolitik.model import ActorMention, PlaceMention
from realpolitik.places.locate.border import border_place
from realpolitik.places.locate.continued import continued_scene, opens_other_scene
from realpolitik.places.locate.declaration import declaration_town
from realpolitik.places.locate.home import actor_countries
from realpolitik.places.locate.keys import DATELINE, FALLBACK, MEETING, READOUT
from realpolitik.places.locate.meeting import is_meeting_word, meeting_outcome, parties_act
from realpolitik.places.locate.sentence import sentence_place
from realpolitik.places.locate.surroundings import surrounding_place

# Every value `Place.basis` can take on an event's location; the packaged event schema's
# `location.basis` enum lists the same (tests/test_places_locate_basis.py), so an export never
# carries a value its schema refuses.
LOCATION_BASES = frozenset(
    {"sentence", "border", "meeting", "paragraph", "dateline", "home", "parties"}
)


def event_place(
    trigger: Token,
    places: dict[int, PlaceMention],
    source: Sequence[ActorMention] = (),
    target: Sequence[ActorMention] = (),
) -> PlaceMention | None:
    """Where the event of `trigger` happened, from a sentence's place index (`place_index`), its
    place's `basis` saying how it was read (`sentence`, `border`, `meeting`, `paragraph`,
    `dateline`, `home`, `parties`: `LOCATION_BASES`).

    `source`, `target`: the event's parties. When none of them has a known country, a sentence
    naming no place takes the index's fallback (the paragraph's last place where something
    happened, else the dateline); otherwise `surrounding_place` decides.

    The place attached to the trigger by a locative preposition ("clashed in Kabul", "a hideout
    north of Kabul"), to its object ("raided a cell in Kabul") or, for a visit, its destination
    ("a visit to Kabul"); else the place of the clause it shares ("... and killed five"; "a
    bombing in Kabul that killed five"); else the index's fallback (a sentence naming no place).
    A city or country as the object is a party ("asked Islamabad to ..."), unless the verb takes
    places as objects ("visited Kabul"); a place named as someone's ("Kabul's regime",
    "Pakistan's army") or inside an organisation is never reached: only prepositions lead to one.
    """
    found, basis = _event_place(trigger, places, source, target)
    if found is None:
        return None
    if basis not in LOCATION_BASES:
        raise ValueError(f"event location basis {basis!r} is not one of LOCATION_BASES")
    return replace(found, place=replace(found.place, basis=basis))


def _event_place(
    trigger: Token,
    places: dict[int, PlaceMention],
    source: Sequence[ActorMention],
    target: Sequence[ActorMention],
) -> tuple[PlaceMention | None, str]:
    own = sentence_place(trigger, places)
    if own is not None:
        return own, "sentence"
    border = border_place(trigger, places, source, target)
    if border is not None:
        return border, "border"
    if MEETING in places and (
        is_meeting_word(trigger.lemma_) or parties_act(trigger) or meeting_outcome(trigger)
    ):
        return places[MEETING], "meeting"
    if READOUT in places:
        return places[READOUT], "meeting"
    declared, basis = declaration_town(trigger, places)
    if declared is not None:
        return declared, basis
    continued = continued_scene(trigger, places)
    if continued is not None:
        return continued, "paragraph"
    if not actor_countries(source) and not actor_countries(target):
        fallback = places.get(FALLBACK)
        if fallback is None or (fallback is not places.get(DATELINE)
                                and opens_other_scene(trigger.sent)):  # fmt: skip
            # "Separately, gunmen kidnapped a priest": another scene than the paragraph's
            return None, ""
        return fallback, "dateline" if fallback is places.get(DATELINE) else "paragraph"
    return surrounding_place(trigger, places, source, target)
