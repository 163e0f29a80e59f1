"""Acts done on their parties' own ground: a domestic conflict (an armed group attacking its own
state's forces) in the country every party belongs to, and a state harbouring people in its own
territory; only when the text names no other scene (`own_ground_acts.tsv`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from spacy.tokens import Token

from realpolitik.model import ActorMention, PlaceMention
from realpolitik.places.gazetteer import tsv_rows
from realpolitik.places.locate.home import (
    STATE_SECTORS,
    home_country,
    speaker_is_subject,
    state_speaker,
)
from realpolitik.places.locate.keys import PARAGRAPH, SITES


@cache
def own_ground_acts() -> dict[str, str]:
    """Lemma -> kind (`force`, `harbour`) of `own_ground_acts.tsv`."""
    return {lemma: kind for lemma, kind, *_ in tsv_rows("own_ground_acts.tsv")}


def own_ground_place(
    trigger: Token,
    places: dict[int, PlaceMention],
    source: Sequence[ActorMention],
    target: Sequence[ActorMention],
) -> tuple[PlaceMention | None, str]:
    """For an act of force (`force`) whose parties on both sides all belong to one country, one
    of them that state's own government, forces or the state itself ("the Freedom Front
    assassinated Taliban officials", the Taliban being Afghanistan's government): that country
    at `country` precision (`parties`), when the sentence names no place outside it and the
    paragraph, the dateline and the document's sites of the parties put no scene elsewhere
    (`home.home_country`'s conditions). A state harbouring or sheltering people (`harbour`;
    the source one state's government or officials, as `home.state_speaker`): its country
    (`home`) under the same conditions. Else (None, "")."""
    kind = own_ground_acts().get(trigger.lemma_.lower())
    if kind == "harbour":
        country = state_speaker(source)
        if country is None:
            return None, ""
        found = home_country(trigger, places, source, country)
        return (found, "home") if found is not None else (None, "")
    if kind != "force":
        return None, ""
    police = _police_country(source)
    if police is not None and speaker_is_subject(trigger, source):
        # "Ugandan police arrested an opposition leader": a state's police act in its own
        # country, whoever they act on (an army may strike abroad; police do not)
        around = [p for i, p in places.items() if i >= 0 or SITES < i <= PARAGRAPH]
        if all(p.place.country == police for p in around):  # no other scene named near
            found = home_country(trigger, places, source, police)
            if found is not None:
                return found, "parties"
    country = _domestic_country(source, target)
    if country is None or any(
        p.place.country != country for i, p in places.items() if i >= 0
    ):  # "the army struck the rebels' bases in Iraq" is not on the army's own ground
        return None, ""
    found = home_country(trigger, places, [*source, *target], country)
    return (found, "parties") if found is not None else (None, "")


def _domestic_country(source: Sequence[ActorMention], target: Sequence[ActorMention]) -> str | None:
    """The one country of an event's parties when both sides name a party whose country is its
    own (`_own_country`), every such party belongs to that country, and one of them is that
    state's government, forces or the state itself; else None."""
    source = [a for a in source if _own_country(a)]
    target = [a for a in target if _own_country(a)]
    if not source or not target:
        return None
    countries = {a.country for a in [*source, *target]}
    if len(countries) != 1:
        return None
    (country,) = countries
    if not any(a.sector in STATE_SECTORS or a.actor_id == country for a in [*source, *target]):
        return None
    return country


def _police_country(source: Sequence[ActorMention]) -> str | None:
    """The country of a source that is all one state's police (sector COP, a country of its
    own: "Kenyan police", not "police" lent a country by the context), else None."""
    countries = {a.country for a in source}
    if (
        not source
        or len(countries) != 1
        or not all(a.sector == "COP" and _own_country(a) for a in source)
    ):
        return None
    (country,) = countries
    return country


def _own_country(actor: ActorMention) -> bool:
    """The party has a country of its own: a known actor, a name or a generic noun its possessor
    places ("its forces"), not a generic noun alone ("the pirates", "rioters") nor a country
    lent by the document's context (`ActorMention.how`
    "generic...", "...+context"): "the Indian navy captured pirates" says nothing of where the
    pirates are from."""
    how = actor.how.split("+")
    if "context" in how:
        return False
    # "its forces", "Kenya's police": a possessor names the party's own state (stop 40, lead)
    return bool(actor.country) and ("generic" not in how or "poss" in how)
