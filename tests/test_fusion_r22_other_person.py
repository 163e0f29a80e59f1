"""Round r22 (fuse21), a class read from fusion_own16 tune misses; every sentence here is made up
for the test (made-up names, real states): a sentence whose act names a person in full whom an
earlier report's happening does not name on that side is another act of its kind, not a recall
of that happening, even when the name is unknown and carries no country."""

from __future__ import annotations

from datetime import date

from realpolitik.fusion import fuse_events
from realpolitik.fusion.person_names import names_another_person
from realpolitik.model import ActorMention, Document


def _person(name: str, country: str | None = None) -> ActorMention:
    key = "new:" + name.lower().replace(" ", "_")
    return ActorMention(
        doc_id="d",
        start=0,
        end=len(name),
        actor_id=key,
        name=name,
        text=name,
        country=country,
        how="new",
    )


def test_a_full_name_not_on_the_other_side_is_another_person() -> None:
    assert names_another_person([_person("Tomasa Huanca Flores")], [_person("Ruben Apaza", "BOL")])


def test_a_spelling_or_family_name_of_the_same_person_is_not_another() -> None:
    assert not names_another_person([_person("Ruben Apasa")], [_person("Ruben Apaza", "BOL")])
    assert not names_another_person([_person("Apaza")], [_person("Ruben Apaza", "BOL")])


def _events(resources, texts: dict[str, str]):
    from realpolitik.pipeline import analyse_documents

    docs = [
        Document(doc_id=name, source=name, raw=text, text=text, published=date(2031, 3, 13))
        for name, text in texts.items()
    ]
    mentions = [m for a in analyse_documents(docs, resources) for m in a.event_mentions]
    return fuse_events(mentions)


def _event_with(events, trigger: str, sentence_word: str):
    for event in events:
        for m in event.mentions:
            if m.trigger == trigger and sentence_word in m.sentence:
                return event
    raise AssertionError(f"no event holds {trigger!r} in a sentence with {sentence_word!r}")


def test_a_later_arrest_of_a_second_named_person_stays_apart_from_the_first(resources) -> None:
    events = _events(
        resources,
        {
            "wire": "LIMA, March 12, 2031 - Peruvian police on Tuesday arrested Ruben Apaza "
            "Condori, leader of the coca growers' union, in Juliaca, the interior ministry said. "
            "His lawyer said the arrest was illegal.",
            "local": "Officers of the Peruvian Police detained Ruben Apaza on 11 March at his home. "
            "Police later detained a second union leader, Tomasa Huanca, at a roadblock.",
        },
    )
    first = _event_with(events, "arrested", "Apaza Condori")
    second = _event_with(events, "detained", "Huanca")
    assert first is not second
