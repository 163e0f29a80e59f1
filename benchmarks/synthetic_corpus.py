"""Synthetic documents with event and actor mentions, for the scaling benchmark and the
incremental-fusion tests: the corpus-level stages run on it without the language pipeline.

A steady flow of news: `per_day` documents a day. Document i reports happening i // 8 (eight
consecutive reports: its participants, type, place and a stated day for some reports) and one background mention of
its own (a random pair of actors of the pool, dated by the document). Texts: copies of the
ECB+ dev texts with 30% of their words replaced when `ecb` is given (as the story benchmark
always used), else words drawn from a made-up vocabulary around the happening's own names and
numbers. Seeded: the same arguments give the same corpus.
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

from realpolitik.model import (
    ActorMention,
    DateInfo,
    Document,
    DocumentAnalysis,
    EventMention,
    Place,
)

START = date(2023, 1, 1)
REPLACED = 0.3
REPORTS = 8  # reports per happening
TYPES = [("CONSULT", 1), ("COOPERATE", 2), ("AID", 2), ("ACCUSE", 3), ("THREATEN", 3),
         ("SANCTION", 4), ("COERCE", 4), ("ASSAULT", 4), ("PROTEST", 3), ("AGREE", 1)]  # fmt: skip
COUNTRIES = [f"C{i:02d}" for i in range(60)]
_NEIGHBOURS = {"COOPERATE": "AID", "AID": "COOPERATE"}  # neighbouring families (`Corpus`)
_FORCE = {"COERCE": "ASSAULT", "ASSAULT": "COERCE"}


def _actor(rng: random.Random, doc_id: str, at: int) -> ActorMention:
    country = rng.choice(COUNTRIES)
    if rng.random() < 0.4:  # the state itself
        return ActorMention(doc_id, at, at + 3, country, country, country, country, None)
    k = rng.randrange(20)
    actor_id = f"person:{country.lower()}_{k}"
    return ActorMention(doc_id, at, at + 8, actor_id, actor_id, f"Person {country} {k}", country, "GOV")


class Corpus:
    def __init__(self, n: int, seed: int = 13, per_day: int = 100, ecb: Path | None = None,
                 start_index: int = 0, pick=None, neighbours: bool = False) -> None:  # fmt: skip
        self.n, self.seed, self.per_day, self.start_index = n, seed, per_day, start_index
        # `neighbours`: half the reports of a cooperation or aid happening type it in the other
        # family, and every report gives its count ("handed over five prisoners"), as two
        # reports of one handover do (`fusion.cross_family`)
        self.neighbours = neighbours
        self.pick = pick or (lambda i: True)  # which document indexes to give
        self.rows: list[str] | None = None
        if ecb is not None:
            path = ecb / "ecbplus" / "dev.jsonl"
            self.rows = [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
            self.vocabulary = [w for r in self.rows for w in r.split()]
        else:
            rng = random.Random(seed)
            self.vocabulary = ["".join(rng.choice("abcdefghijklmnoprstuvw") for _ in range(rng.randint(3, 9)))
                               for _ in range(4000)]  # fmt: skip

    def batches(self, size: int = 1000):
        """(documents, analyses) of documents start_index .. start_index + n, `size` at a time."""
        docs, analyses = [], []
        for i in range(self.start_index, self.start_index + self.n):
            if not self.pick(i):
                continue
            doc, analysis = self.document(i)
            docs.append(doc)
            analyses.append(analysis)
            if len(docs) == size:
                yield docs, analyses
                docs, analyses = [], []
        if docs:
            yield docs, analyses

    def document(self, i: int) -> tuple[Document, DocumentAnalysis]:
        rng = random.Random(f"{self.seed}:{i}")
        h = i // REPORTS
        hrng = random.Random(f"{self.seed}:h{h}")
        published = START + timedelta(days=i // self.per_day)
        doc_id = f"s{i:07d}"
        text = self._text(i, h, rng, hrng)
        doc = Document(doc_id=doc_id, source="synthetic", raw=text, text=text, status="ok",
                       published=published, title=None)  # fmt: skip
        # the happening: its type, participants and place, the same in every report of it
        plover_type, quad = hrng.choice(TYPES)
        source, target = _actor(hrng, doc_id, 0), _actor(hrng, doc_id, 20)
        place = None
        if hrng.random() < 0.5:
            g = hrng.randrange(5000)
            place = Place(f"Town{g}", source.country, 0.0, 0.0, 100000 + g, "city")
        first_day = START + timedelta(days=(h * REPORTS) // self.per_day)
        stated = rng.random() < 0.3
        when = (DateInfo(first_day.isoformat(), first_day.isoformat(), "day", "on Monday")
                if stated else DateInfo(published.isoformat(), published.isoformat(), "day", None, True))  # fmt: skip
        sentence, named = "A sentence.", True
        if self.neighbours and plover_type in _NEIGHBOURS:
            count = random.Random(f"{self.seed}:n{h}").choice(["three", "five", "12", "40"])
            sentence = f"They handed over {count} prisoners."
            if i % 2:
                plover_type = _NEIGHBOURS[plover_type]
        elif self.neighbours and plover_type in _FORCE:
            # one report in four names no party: "the water cannon attack"
            sentence = "Police used water cannon."
            if i % 2:
                plover_type = _FORCE[plover_type]
            named = i % 4 != 3
        mentions = [
            EventMention(doc_id, 0, 80, sentence, "met", 40, plover_type, quad,
                         source=[source] if named else [], target=[target] if named else [],
                         date=when, location=place,
                         confidence=0.5 + rng.random() / 2, mention_id=f"{doc_id}:40"),  # fmt: skip
        ]
        # background: another pair, another type, dated by the document
        b_type, b_quad = rng.choice(TYPES)
        b_source, b_target = _actor(rng, doc_id, 200), _actor(rng, doc_id, 220)
        mentions.append(
            EventMention(doc_id, 180, 260, "Another sentence.", "said", 240, b_type, b_quad,
                         source=[b_source], target=[b_target],
                         date=DateInfo(published.isoformat(), published.isoformat(), "day", None, True),
                         confidence=0.5 + rng.random() / 2, mention_id=f"{doc_id}:240")  # fmt: skip
        )
        fix = [source, target, b_source, b_target] if named else [b_source, b_target]
        for m in mentions:
            for a in m.source + m.target:
                a.doc_id = doc_id
        return doc, DocumentAnalysis(doc, actor_mentions=fix, event_mentions=mentions)

    def _text(self, i: int, h: int, rng: random.Random, hrng: random.Random) -> str:
        if self.rows is not None:
            words = self.rows[i % len(self.rows)].split()
            if i >= len(self.rows):
                words = [rng.choice(self.vocabulary) if rng.random() < REPLACED else w for w in words]
            return " ".join(words)
        names = [f"Name{hrng.randrange(10**6)}" for _ in range(4)] + [str(hrng.randrange(10**5))]
        body = [rng.choice(self.vocabulary) for _ in range(120)]
        for name in names:
            body.insert(rng.randrange(len(body)), name)
        return " ".join(body)
