"""Where an event happened: the place its sentence attaches to it, else one from its surroundings.

`place_index` maps a sentence's tokens to the place mentions that cover them (the events stage
walks the parse from a trigger to a locative preposition's object). When the sentence names no
place at all, the index also holds, under `FALLBACK`, the nearest compatible place before the
sentence in the same paragraph, else the document's dateline ("KABUL, Afghanistan (AP) —").
The fallback keeps its own precision (a city, a division, a country), so a reader sees how far
the location can be trusted. The index also holds the dateline (`DATELINE`), the paragraph's
places before the sentence (`PARAGRAPH` ...) and the document's places where a named person is
(`SITES` ...): `surrounding_place` holds them to the event's parties, and every location says
how it was read (`Place.basis`: sentence, meeting, paragraph, dateline, home, border, parties).

Modules: `event` (the choice), `sentence` (the sentence's own place), `meeting` (the meeting
town and its readout), `paragraph` (the paragraph's places, where named parties are), `dateline`,
`home` (a state's statement in its own country), `own_ground` (an act of force between one
country's parties, a state harbouring people), `border` (an unnamed border), `surroundings`
(those held to the parties), `index` (the sentence's place index), `keys` (its non-token keys), `roles` (how a
place sits in its sentence), `memo` (once per document).

Compatible: a place named as where something is or happens, the object of a locative preposition
("in Kabul", "at a Kabul mosque"). A name inside another entity ("the Pakistan Army"), a
clause's actor ("Pakistan said ...": the country acting stays the actor) or a destination ("a
visit to Afghanistan") says nothing about where the next sentence's event happened.
"""

from realpolitik.places.locate.event import event_place
from realpolitik.places.locate.index import place_index
from realpolitik.places.locate.keys import (
    DATELINE,
    FALLBACK,
    MEETING,
    PARAGRAPH,
    READOUT,
    SITES,
)
from realpolitik.places.locate.meeting import meeting_role
from realpolitik.places.locate.sentence import takes_place_object

__all__ = [
    "DATELINE",
    "FALLBACK",
    "MEETING",
    "PARAGRAPH",
    "READOUT",
    "SITES",
    "event_place",
    "meeting_role",
    "place_index",
    "takes_place_object",
]
