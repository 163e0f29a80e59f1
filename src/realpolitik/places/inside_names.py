"""Unknown names that end a longer place name after a particle, once the places stage read it.

The tagger splits Portuguese, Spanish and Italian place names at their particles and calls the
part after it a person ("Santa Cruz" GPE, "do", "Sul" PERSON). The actors stage, which runs
first, made that part a new person, which then stood as an act's target ("Gunmen killed a
councillor in the city of Santa Cruz do Sul, police said": target "Sul"). Once the places stage
has read the whole name, such a part is dropped: an unknown name the tagger alone found (`how`
"ner", a `new:` actor) right after a lower-case particle (`NAME_PARTICLES`) and wholly inside a
longer place name. Not any unknown name inside a place: "Thomas Shoal" of "Second Thomas Shoal"
(a reef no state holds in the gazetteer) was the target of a blockade, and PLOVER own3's tune
part lost it. A known actor's name inside a place ("Kabul" of "Kabul Province") is read by the
actors stage's own rules. Stop 55 lead, probes of our own written as wire text.

Needs: the actor mentions and place mentions of one document. Gives: both without those parts.
"""

from __future__ import annotations

from spacy.tokens import Doc

from realpolitik.model import Actor, ActorMention, PlaceMention
from realpolitik.nlp.token_columns import token_columns
from realpolitik.places.recognize import NAME_PARTICLES


def drop_names_inside_places(
    sdoc: Doc, mentions: list[ActorMention], new_actors: list[Actor], places: list[PlaceMention]
) -> tuple[list[ActorMention], list[Actor]]:
    """`mentions` and `new_actors` without the unknown names that end a place's name."""
    kept = [m for m in mentions if not _part_of_place_name(sdoc, m, places)]
    if len(kept) == len(mentions):
        return mentions, new_actors
    ids = {m.actor_id for m in kept}
    return kept, [a for a in new_actors if a.actor_id in ids]


def _part_of_place_name(sdoc: Doc, m: ActorMention, places: list[PlaceMention]) -> bool:
    first = token_columns(sdoc).token_at.get(m.start)
    return (
        m.how == "ner"
        and m.actor_id.startswith("new:")
        and first is not None
        and first > 0
        and sdoc[first - 1].is_lower
        and sdoc[first - 1].lower_ in NAME_PARTICLES
        and any(
            p.char_start <= m.start
            and m.end <= p.char_end
            and p.char_end - p.char_start > m.end - m.start
            for p in places
        )
    )
