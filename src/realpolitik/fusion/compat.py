"""Whether two readings of an event can be the same happening: type family, date, place."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from functools import cache
from typing import Literal

from realpolitik.model import DateInfo, EventMention, Place
from realpolitik.places.facilities import facility_words

# Types an extractor may read differently for one happening. A border closure is read as
# SANCTION by one sentence and COERCE by another; a pledge of help as SUPPORT or AID. Every other
# type is its own family (CONSULT covers meetings, visits and calls through its modes).
_FAMILIES = {"SANCTION": "COERCE", "COERCE": "COERCE"}


def type_family(plover_type: str) -> str:
    return _FAMILIES.get(plover_type, plover_type)


# Coercion of a whole state (a takeover, a blockade, control wrested from its government: the
# target is the state itself) and coercion of people (arrests, captures: the target is a group
# or persons) are different happenings, however the type family and a shared side join them.
# On the seeds "the Taliban ... wrested control of Afghanistan" joined "... killing and
# arresting ... militants" in a raid north of Kabul through the Taliban alone, and the takeover
# took the raid's town. Modes do not draw this line: "captured 23 pirates" (seize) and
# "arrested 23 pirates" (arrest) are one happening. Only COERCE: "Pakistan struck Afghanistan"
# and "jets struck militants in Khost" may be one air raid.
_WHOLE_STATE_TYPES = frozenset({"COERCE"})


def _targets_state(m: EventMention) -> bool:
    """A target is a state itself, named by its name ("control of Afghanistan"): its id is its
    country code, no sector. Not a demonym ("seizing 12 Somali nationals", "torch Greek bank"),
    which the actors stage also reads as the state."""
    return any(
        a.actor_id == a.country
        and a.sector is None
        and a.text.casefold().removeprefix("the ") == a.name.casefold()
        for a in m.target
    )


def state_and_people_coerced(a: EventMention, b: EventMention) -> bool:
    """One coerces a whole state, the other only people or groups (`_WHOLE_STATE_TYPES`)."""
    if a.plover_type not in _WHOLE_STATE_TYPES or b.plover_type not in _WHOLE_STATE_TYPES:
        return False
    if not a.target or not b.target:
        return False
    return _targets_state(a) != _targets_state(b)


# Types whose participants act on each other alike: a meeting of A and B is a meeting of B and A.
_SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})
# CAMEO codes whose act has no giver and taker, though their PLOVER type (SUPPORT) usually has:
# signing a formal agreement (057) is done by its signatories together, so "A and B sealed a
# deal" and "A signed an agreement with B" are one act (round r10, lead: a headline read as a
# deal signed stayed apart from the same signing told as "A signed with B").
_SYMMETRIC_CAMEO = frozenset({"057"})
_CLASH = re.compile(r"clash|fight|battle|skirmish|exchange", re.IGNORECASE)


def is_symmetric(m: EventMention) -> bool:
    """True when source and target may swap: meetings, cooperation, armed clashes."""
    if m.plover_type in _SYMMETRIC_TYPES or m.cameo_code in _SYMMETRIC_CAMEO:
        return True
    if m.plover_type == "ASSAULT":
        return m.acled_sub_event_type == "Armed clash" or bool(
            _CLASH.search(f"{m.plover_mode or ''} {m.trigger}")
        )
    return False


# ---- dates


def known_interval(d: DateInfo) -> tuple[date, date] | None:
    """The date's interval when the text gave it; None when unknown or only the document's date."""
    if d.from_document or d.precision == "unknown" or not d.start:
        return None
    try:
        start = date.fromisoformat(d.start)
        end = date.fromisoformat(d.end) if d.end else start
    except ValueError:
        return None
    return (start, end) if start <= end else (end, start)


def intersect(
    a: tuple[date, date] | None, b: tuple[date, date] | None
) -> tuple[date, date] | None | Literal[False]:
    """The common interval; None when either is unknown; False when they do not overlap."""
    if a is None:
        return b
    if b is None:
        return a
    start, end = max(a[0], b[0]), min(a[1], b[1])
    return (start, end) if start <= end else False


PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4}


# ---- places

PLACE_PRECISION_RANK = {"point": 0, "city": 1, "admin1": 2, "country": 3, "region": 4}
# Locations read from who the parties are, not from the text's words for the place
# (`location.basis`, `places.locate`): a cluster keeps any place its mentions' words give first.
INFERRED_PLACE_BASES = {"home", "parties"}


def place_rank(p: Place) -> tuple[bool, int]:
    """Lower is better: a place read from the text before one inferred from the parties, then
    the more precise ("the Gulf of Aden" of one report over another's `home` India)."""
    return p.basis in INFERRED_PLACE_BASES, PLACE_PRECISION_RANK.get(p.precision, 4)


def places_compatible(a: Place | None, b: Place | None) -> bool:
    """Same place, one missing, or one contains the other (a country and a city in it)."""
    if a is None or b is None:
        return True
    if a.geonames_id is not None and a.geonames_id == b.geonames_id:
        return True
    if a.name.casefold() == b.name.casefold() and a.country == b.country:
        return True
    if a.country and b.country and a.country != b.country:
        return False
    if one_entry_named_twice(a, b) or quarter_of_town(a, b) or quarter_of_town(b, a):
        return True
    coarse, fine = sorted((a, b), key=lambda p: -PLACE_PRECISION_RANK.get(p.precision, 4))
    if coarse.precision in ("country", "region"):
        return coarse.country is None or coarse.country == fine.country
    if coarse.precision == "admin1" and fine.precision in ("city", "point"):
        return coarse.admin1 is None or fine.admin1 is None or coarse.admin1 == fine.admin1
    return False


def one_entry_named_twice(a: Place, b: Place) -> bool:
    """Two names the gazetteer resolved to one entry: the same country, precision and
    coordinates ("Svalbard" / "Spitsbergen", a local and an international name of one island
    group or town). Reports name a place their own way; read by name alone the two were
    incompatible and kept one seizure apart (round r14, fuse13: fusion_own8 tune). Places of
    the same precision but other coordinates stay apart (two towns of one province). Only
    regions (admin1 and coarser): a town's district is often resolved to the town's own point
    ("Konedobu" to Port Moresby's), and a second meeting of the afternoon in that district is
    another happening (fusion_own3 tune joined it when towns were let in)."""
    if a.precision != b.precision or a.country != b.country or a.country is None:
        return False
    if a.precision in ("point", "city"):
        return False
    return _same_point(a, b)


def _same_point(a: Place, b: Place) -> bool:
    """Both places have coordinates, the same to three decimals (about 100 m)."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    return round(a.lat, 3) == round(b.lat, 3) and round(a.lon, 3) == round(b.lon, 3)


@cache
def _quarter_words() -> frozenset[str]:
    """The words after a city quarter's name that `places.facilities` reads as a quarter the
    gazetteer lacks ("Bukavu's Kadutu district", "the Lukonga neighbourhood"): the reader's own
    "area" kind, so both spell them alike (a copy here lacked "neighborhood"; stop 66, lead)."""
    return frozenset(w for w, kind in facility_words().items() if kind == "area")


def quarter_of_town(quarter: Place, town: Place) -> bool:
    """`quarter` is a city quarter the gazetteer lacks, named by its quarter word and placed at
    the point of its town, and `town` is that town by its gazetteer entry: one report says
    "in Bukavu's Kadutu district", another "in Bukavu". Read as two towns, the two reports of
    one arson stayed apart (round r45, fuse44: fusion_own39 tune). A quarter with no quarter word
    ("the police headquarters in Konedobu", placed at Port Moresby's point) stays apart from its
    town, as `one_entry_named_twice` keeps it (fusion_own3 tune: a second meeting that afternoon
    in that district is another happening)."""
    if quarter.geonames_id is not None or town.geonames_id is None:
        return False
    if quarter.precision not in ("point", "city") or town.precision != "city":
        return False
    if quarter.country is None or quarter.country != town.country:
        return False
    if quarter.name.casefold().rsplit(" ", 1)[-1] not in _quarter_words():
        return False
    return _same_point(quarter, town)


def same_precise_place(a: Place | None, b: Place | None) -> bool:
    """Both name one city-or-finer place, the same one: enough to join reports without actors."""
    if a is None or b is None:
        return False
    if a.precision not in ("point", "city") or b.precision not in ("point", "city"):
        return False
    if a.geonames_id is not None and b.geonames_id is not None:
        return a.geonames_id == b.geonames_id
    return a.name.casefold() == b.name.casefold() and a.country == b.country


def family_types(family: str, known: Iterable[str] = ()) -> set[str]:
    """The PLOVER types of a type family (`known`: other types to consider, e.g. those stored)."""
    return {family} | {t for t, f in _FAMILIES.items() if f == family} | {
        t for t in known if type_family(t) == family
    }
