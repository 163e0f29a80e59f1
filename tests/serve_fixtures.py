"""A small hand-made database for the server tests: documents whose sentences, actors, places
and triggers have true offsets, a network with two camps, and one hostile article."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from realpolitik.analysis.relations import compute_relations
from realpolitik.model import (
    Actor,
    ActorMention,
    DateInfo,
    Document,
    DocumentAnalysis,
    Event,
    EventMention,
    Place,
    PlaceMention,
    Role,
    Story,
)
from realpolitik.store import Store

# Markup an attacker could put in an article: the tests show none of it ever runs.
HOSTILE_TITLE = '<script>document.body.dataset.pwned="title"</script><img src=x onerror="document.body.dataset.pwned=\'img\'">'
HOSTILE_URL = "javascript:document.body.dataset.pwned='url'"
HOSTILE_TEXT = (
    'Gunmen <img src=x onerror="document.body.dataset.pwned=\'text\'"> attacked Kandahar '
    "police near Quetta. <script>document.body.dataset.pwned='script'</script> "
    "<a href=\"javascript:document.body.dataset.pwned='link'\">more</a>"
)

ACTORS = {
    "PAK": ("Q843", "Pakistan", "PAK", "GOV"),
    "PAKMIL": ("Q_pakarmy", "Pakistan Army", "PAK", "MIL"),
    "TAL": ("Q42418", "Taliban", "AFG", "GOV"),
    "TJK": ("Q863", "Tajikistan", "TJK", "GOV"),
    "IND": ("Q668", "India", "IND", "GOV"),
    "GUN": ("Q_gunmen", '<svg onload="document.body.dataset.pwned=\'name\'">Gunmen', None, "REB"),
}
PLACES = {
    "Khost": Place("Khost", "AFG", 33.3395, 69.9204, 1444362, "city"),
    "Dushanbe": Place("Dushanbe", "TJK", 38.5358, 68.7791, 1221874, "city"),
    "Quetta": Place("Quetta", "PAK", 30.1841, 67.0014, 1167528, "city"),
}


def _actor(key: str, doc_id: str = "", text: str | None = None, start: int = -1) -> ActorMention:
    actor_id, name, country, sector = ACTORS[key]
    text = text or name
    return ActorMention(doc_id, start, start + len(text) if start >= 0 else -1, text, actor_id,
                        name, country, sector, None, "kb")  # fmt: skip


class _Doc:
    """A document being written: sentences appended with their marked spans."""

    def __init__(self, doc_id: str, title: str, url: str, published: date) -> None:
        self.doc = Document(doc_id, doc_id, title=title, url=url, published=published,
                            outlet="Example Wire", language="en")  # fmt: skip
        self.text = ""
        self.actor_mentions: list[ActorMention] = []
        self.place_mentions: list[PlaceMention] = []
        self.event_mentions: list[EventMention] = []

    def at(self, sentence: str, start: int, word: str) -> int:
        i = sentence.index(word)
        return start + i

    def add(self, event_id: str, sentence: str, trigger: str, ptype: str, quad: int,
            sources: list[tuple[str, str]], targets: list[tuple[str, str]], place: str | None,
            day: str, polarity: str = "asserted", claimed: list[tuple[str, str]] = (),  # type: ignore[assignment]
            confidence: float = 0.9) -> Event:  # fmt: skip
        start = len(self.text)
        self.text += sentence + " "
        doc_id = self.doc.doc_id

        def refs(pairs: list[tuple[str, str]]) -> list[ActorMention]:
            out = []
            for key, word in pairs:
                m = _actor(key, doc_id, word, self.at(sentence, start, word))
                self.actor_mentions.append(m)
                out.append(m)
            return out

        src, tgt, clm = refs(sources), refs(targets), refs(list(claimed))
        location = PLACES[place] if place else None
        if place:
            p0 = self.at(sentence, start, place)
            self.place_mentions.append(PlaceMention(doc_id, p0, p0 + len(place), place, PLACES[place]))
        t0 = self.at(sentence, start, trigger)
        mention = EventMention(
            doc_id=doc_id, char_start=start, char_end=start + len(sentence), sentence=sentence,
            trigger=trigger, trigger_start=t0, plover_type=ptype, quad_class=quad,
            source=src, target=tgt, polarity=polarity, claimed_by=clm,  # type: ignore[arg-type]
            date=DateInfo(day, day, "day"), location=location, confidence=confidence,
            mention_id=f"{doc_id}:{t0}",
        )  # fmt: skip
        self.event_mentions.append(mention)
        return Event(
            event_id=event_id, plover_type=ptype, quad_class=quad,
            source=[_actor(k) for k, _ in sources], target=[_actor(k) for k, _ in targets],
            date=DateInfo(day, day, "day"), location=location, polarity=polarity,  # type: ignore[arg-type]
            claimed_by=[_actor(k) for k, _ in claimed], confidence=confidence, mentions=[mention],
            n_documents=1,
        )  # fmt: skip

    def finish(self) -> tuple[Document, DocumentAnalysis]:
        self.doc.text = self.doc.raw = self.text.strip()
        analysis = DocumentAnalysis(self.doc, actor_mentions=self.actor_mentions,
                                    place_mentions=self.place_mentions,
                                    event_mentions=self.event_mentions)  # fmt: skip
        return self.doc, analysis


def browse_db(path: str | Path, hostile: bool = True) -> str:
    """Two ordinary reports and (with `hostile`) one hostile article; six events."""
    a = _Doc("wire/one.txt", "Army shells Taliban posts near Khost", "https://example.org/one",
             date(2024, 5, 6))  # fmt: skip
    events = [
        a.add("ev-shell", "Pakistani troops shelled Taliban positions near Khost on Monday.",
              "shelled", "ASSAULT", 4, [("PAKMIL", "Pakistani troops")], [("TAL", "Taliban")],
              "Khost", "2024-05-06"),
        a.add("ev-deny", "The Taliban denied that Tajikistan had attacked its border posts.",
              "attacked", "ASSAULT", 4, [("TJK", "Tajikistan")], [("TAL", "Taliban")], None,
              "2024-05-05", polarity="denied", claimed=[("TAL", "The Taliban")]),
    ]
    b = _Doc("wire/two.txt", "Tajik and Indian ministers meet in Dushanbe", "https://example.org/two",
             date(2024, 6, 2))  # fmt: skip
    events += [
        b.add("ev-meet", "Tajikistan hosted India for talks in Dushanbe on Sunday.", "talks",
              "CONSULT", 1, [("TJK", "Tajikistan"), ("IND", "India")], [], "Dushanbe", "2024-06-02"),
        b.add("ev-accuse", "Pakistan accused India of backing militants.", "accused", "ACCUSE", 3,
              [("PAK", "Pakistan")], [("IND", "India")], None, "2024-06-01"),
        b.add("ev-aid", "Tajikistan sent aid to Pakistan after the floods.", "aid", "AID", 2,
              [("TJK", "Tajikistan")], [("PAK", "Pakistan")], None, "2024-06-03", confidence=0.7),
    ]
    docs = [a.finish(), b.finish()]
    if hostile:
        h = _Doc("wire/<b>bad</b>.txt", HOSTILE_TITLE, HOSTILE_URL, date(2024, 7, 1))
        sentence = HOSTILE_TEXT.split(". ")[0] + "."
        events.append(
            h.add("ev-hostile", sentence, "attacked", "ASSAULT", 4, [("GUN", "Gunmen")],
                  [("PAK", "Kandahar police")], "Quetta", "2024-07-01")
        )
        h.text = HOSTILE_TEXT  # the whole article, markup and all, as the cleaned text
        docs.append(h.finish())
    actors = []
    for key, (actor_id, name, country, sector) in ACTORS.items():
        roles = [Role("Chief of Army Staff", "Pakistan Army", "2022-11-29", None, "PAK", "MIL")] \
            if key == "PAKMIL" else []  # fmt: skip
        actors.append((Actor(actor_id, name, "organisation", country, sector, roles=roles), 1))
    stories = [Story("story:1", [d.doc_id for d, _ in docs[:2]], docs[0][0].title)]
    with Store(str(path)) as store:
        store.write_batch([d for d, _ in docs], [an for _, an in docs])
        store.replace_corpus_results(events, stories, compute_relations(events), actors)
    return str(path)
