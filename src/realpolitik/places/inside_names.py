"""Unknown names that are only a part of a longer place name the places stage resolved.

The tagger splits Portuguese, Spanish and Italian place names at their particles and calls the
parts people ("Mato Grosso" PERSON, "do", "Sul" PERSON; "Santa Cruz" GPE, "do", "Sul" PERSON).
The actors stage, which runs first, made each part a new person, and such a part then stood as an
act's source or target ("Soldiers cleared protesting farmers from a highway in Mato Grosso do
Sul": target "Sul"). Once the places stage has read the whole name, those parts are dropped.
Only unknown names the tagger alone found (`how` "ner", a `new:` actor) that lie wholly inside a
longer place name go: a known actor's name inside a place ("Kabul" of "Kabul Province") is read
by the actors stage's own rules. Stop 55 lead, probes of our own written as wire text.

Needs: the actor mentions and place mentions of one document. Gives: both without those parts.
"""

from __future__ import annotations

from realpolitik.model import Actor, ActorMention, PlaceMention


def drop_names_inside_places(
    mentions: list[ActorMention], new_actors: list[Actor], places: list[PlaceMention]
) -> tuple[list[ActorMention], list[Actor]]:
    """`mentions` and `new_actors` without the unknown names that are parts of a place's name."""
    kept = [m for m in mentions if not _part_of_place_name(m, places)]
    if len(kept) == len(mentions):
        return mentions, new_actors
    ids = {m.actor_id for m in kept}
    return kept, [a for a in new_actors if a.actor_id in ids]


def _part_of_place_name(m: ActorMention, places: list[PlaceMention]) -> bool:
    return (
        m.how == "ner"
        and m.actor_id.startswith("new:")
        and any(
            p.char_start <= m.start
            and m.end <= p.char_end
            and p.char_end - p.char_start > m.end - m.start
            for p in places
        )
    )
