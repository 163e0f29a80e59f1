"""Where an event whose sentence names no place for it happened, from its surroundings: the
paragraph, the dateline or the speaking state's home, held to the event's parties.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from realpolitik.model import ActorMention, PlaceMention
from realpolitik.places.locate.continued import opens_other_scene
from realpolitik.places.locate.home import (
    actor_countries,
    home_country,
    is_expulsion_verb,
    is_speech_verb,
    speaker_is_subject,
    state_speaker,
)
from realpolitik.places.locate.keys import DATELINE
from realpolitik.places.locate.own_ground import own_ground_place
from realpolitik.places.locate.paragraph import indexed_paragraph_places, party_site
from realpolitik.places.locate.roles import is_compatible, is_locative_object


def surrounding_place(
    trigger: Token,
    places: dict[int, PlaceMention],
    source: Sequence[ActorMention],
    target: Sequence[ActorMention],
) -> tuple[PlaceMention | None, str]:
    """Where an event whose sentence names no place for it happened, from its surroundings.

    1. A place the paragraph (up to the trigger) names as where one of the event's parties is
       (for a statement, its speaker): hanging by a locative preposition on a proper name of
       that party ("Zardari in Munich said ... Zardari called for ..."), the party known by
       its mention's head word.
    2. For an event that is not a statement, when the sentence names no place as where
       something is (no object of "in", "at" ...): the last place of the paragraph named as
       where something happened ("gathered in Lahore") in a country of the event's parties.
    3. For a statement ("accused", "denied", "urged": `speech_verbs.txt`) by a state's own
       government or officials (one country; sector GOV or MIL, or the state itself): the
       dateline, when it is in that country and the sentence names no place as where something
       is; else, when the sentence and its paragraph name no place where something happened
       outside that country, the country itself at country precision ("home"), as ICEWS-style
       coders do.
    4. For a state expelling people from its territory ("deported", "sent back home":
       `expulsion_verbs.txt`), its active subject a state as in 3: the country itself ("home"),
       under the same conditions (not the dateline: the expelling is not in one town).
    5. For an act of force between parties of one country, one of them that state's own
       government or forces, or a state harbouring people (`own_ground.own_ground_place`): that
       country (`parties`, `home`), under the conditions of 3 and no place outside it named in
       the sentence.
    Else None: a place of another party or another scene is not the event's.
    """
    sent = trigger.sent
    speech = is_speech_verb(trigger)
    there = party_site(trigger, places, source) if speech else None
    if there is not None:
        return there, "paragraph"
    scene_free = not any(is_locative_object(sent.doc, p) for i, p in places.items() if i >= 0)
    if scene_free and not speech and not opens_other_scene(sent):
        # not "Meanwhile, Ukrainian soldiers destroyed two tanks" after a Kharkiv shelling
        countries = actor_countries(source) | actor_countries(target)
        for p in indexed_paragraph_places(places):
            if p.place.country in countries and is_compatible(sent.doc, p):
                return p, "paragraph"
    if not speech:
        found, basis = own_ground_place(trigger, places, source, target)
        if found is not None:
            return found, basis
    expulsion = not speech and is_expulsion_verb(trigger)
    if not (speech or expulsion) or not speaker_is_subject(trigger, source):
        return None, ""
    country = state_speaker(source)
    if country is None:
        return None, ""
    dateline = places.get(DATELINE)
    if speech and scene_free and dateline is not None and dateline.place.country == country:
        return dateline, "dateline"
    home = home_country(trigger, places, source, country)
    if home is not None:
        return home, "home"
    return None, ""
