"""Helpers shared by the events tests: events of a hand-made sentence (with its actors given by
phrase, or through the whole per-document pipeline), the event on a trigger word, a token by its
text, a text's first parsed sentence, the day a trigger's date resolves to, the ACLED sub-event
types the pipeline reads in a text, and the event mentions of hand-made documents with the fused
event holding one of them."""

from __future__ import annotations

import re
from datetime import date

from realpolitik.events import extract_events
from realpolitik.model import ActorMention, Document
from realpolitik.pipeline import analyse_documents


def events_with_actors(nlp, text: str, *names: tuple):
    """Events of `text` with one actor mention per name: (phrase, country, sector) or (phrase,
    country, sector, how), placed at the phrase's first whole-word occurrence; "generic" as `how`
    marks a generic actor mention."""
    actors = []
    for phrase, country, sector, *how in names:
        found = re.search(rf"\b{re.escape(phrase)}\b", text)
        assert found, phrase
        start = found.start()
        actors.append(ActorMention("d", start, start + len(phrase), phrase, "x:" + phrase.lower(),
                                   phrase, country, sector, None, *how))  # fmt: skip
    doc = Document(doc_id="d", source="test", raw=text, text=text)
    return extract_events(doc, nlp(text), actors, [])


def event_on(events, word: str):
    """The first event whose trigger starts with `word`."""
    hits = [e for e in events if e.trigger.split()[0] == word]
    assert hits, f"no event on {word!r}: {[e.trigger for e in events]}"
    return hits[0]


def pipeline_events(text: str, resources):
    """The event mentions the per-document pipeline reads in `text` (actors and places found)."""
    return analyse_documents([Document("t", "t", raw=text, text=text)], resources)[0].event_mentions


def pipeline_top(text: str, resources):
    """The most confident event the per-document pipeline reads in `text` (`top_event`); the
    text must yield one."""
    from realpolitik.eval.plover import top_event

    top = top_event(pipeline_events(text, resources))
    assert top is not None, text
    return top


def token_named(doc, text: str):
    """The first token of a parsed `doc` whose text is `text`."""
    return next(t for t in doc if t.text == text)


def countries_of(mentions) -> set:
    """The countries of a list of actor mentions (a source's or a target's)."""
    return {m.country for m in mentions}


def event_with_trigger(events, trigger: str):
    """The first event whose whole trigger is `trigger` (StopIteration when none is)."""
    return next(e for e in events if e.trigger == trigger)


def event_holding(events, trigger_word: str):
    """The first event whose trigger holds `trigger_word`; fails naming the triggers read."""
    for event in events:
        if trigger_word in event.trigger:
            return event
    raise AssertionError(
        f"no mention's trigger holds {trigger_word!r}: {[e.trigger for e in events]}"
    )


def first_sentence(nlp, text: str):
    """The first sentence of `text` as the English pipeline parses it."""
    return next(nlp(text).sents)


def acled_types(analyse, text: str) -> set[str | None]:
    """The ACLED sub-event types of the events the whole analysis finds in `text`."""
    return {e.acled_sub_event_type for e in analyse(text)}


def analysed_mentions(resources, texts: dict[str, str], published: date):
    """The event mentions the per-document pipeline reads in `texts` (document id -> text), every
    document published on `published`."""
    docs = [
        Document(doc_id=name, source=name, raw=text, text=text, published=published)
        for name, text in texts.items()
    ]
    return [m for a in analyse_documents(docs, resources) for m in a.event_mentions]


def fused_event_with_mention(events, trigger: str):
    """The first fused event one of whose mentions has the trigger `trigger`; fails naming the
    mentions' triggers of every event."""
    hits = [e for e in events if any(m.trigger == trigger for m in e.mentions)]
    assert hits, f"no event holds {trigger!r}: {[[m.trigger for m in e.mentions] for e in events]}"
    return hits[0]


def day_of(nlp, sentence: str, trigger: str, published: date) -> tuple[str | None, bool]:
    """The first day a trigger's date resolves to in the sentence, and whether it came from the
    document's date."""
    from realpolitik.events.dates import resolve_date

    doc = nlp(sentence)
    info = resolve_date(next(iter(doc.sents)), token_named(doc, trigger), published)
    return info.start, info.from_document
