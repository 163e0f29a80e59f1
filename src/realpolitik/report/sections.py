"""The brief's content, independent of its format: plain data the HTML and Markdown writers lay out."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from datetime import date as Day  # `date` is also a field name of EventLine
from typing import Any

from realpolitik.analysis.fronts import FrontsResult, find_fronts
from realpolitik.analysis.relations import UNDATED, period_of, saturating_score
from realpolitik.analysis.signals import Level, event_pairs, event_weight, happened
from realpolitik.model import ActorMention, Event
from realpolitik.report.data import BriefData

TOP_ACTORS = 12
TOP_EVENTS = 12
TOP_CHANGES = 10
# The report reads fronts at country level: a reader asks whether Pakistan and Tajikistan
# side together, not whether the ISI and Rahmon do.
FRONTS_LEVEL: Level = "country"


@dataclass
class Citation:
    doc_id: str
    title: str | None
    sentence: str


@dataclass
class EventLine:
    """One event as the brief shows it."""

    event_id: str
    plover_type: str
    polarity: str
    sources: list[str]
    targets: list[str]
    date: str | None
    date_text: str | None
    place: str | None
    confidence: float
    n_documents: int
    claimed_by: list[str]
    fatalities: int | None
    cooperation: bool
    citations: list[Citation]
    date_precision: str = "unknown"

    @property
    def day(self) -> Day | None:
        """The calendar day the event is placed on, when its date is a full ISO date."""
        if not self.date or len(self.date) != 10:
            return None
        try:
            return Day.fromisoformat(self.date)
        except ValueError:
            return None

    @property
    def date_label(self) -> str | None:
        """The date as precise as the text gave it ("2021-08" for "August 2021"), else the
        text's own words in quotes ("“Sunday”"): a month-precise date is not a first of the month."""
        if self.date:
            return {"year": self.date[:4], "month": self.date[:7]}.get(
                self.date_precision, self.date
            )
        return f"“{self.date_text}”" if self.date_text else None

    @property
    def summary(self) -> str:
        who = ", ".join(self.sources) or "(unnamed)"
        whom = f" → {', '.join(self.targets)}" if self.targets else ""
        return f"{self.plover_type}: {who}{whom}"


@dataclass
class ActorLine:
    actor_id: str
    name: str
    country: str | None
    n_events: int
    cooperation: int
    conflict: int


@dataclass
class PairChange:
    a: str
    b: str
    periods: list[tuple[str, float, int]]  # (period, score, n_events), in order
    change: float  # last score - previous score (0 with one period)


@dataclass
class ClaimPair:
    claim: EventLine | None
    denial: EventLine


@dataclass
class Brief:
    counts: dict[str, int]
    actors: list[ActorLine]
    key_events: list[EventLine]
    claims: list[EventLine]  # events a party claims
    denials: list[ClaimPair]
    not_happened: list[EventLine]  # hypothetical / intended / negated
    changes: list[PairChange]
    fronts: FrontsResult
    timeline: list[EventLine]  # happened, with a calendar date, in date order
    undated: int
    names: dict[str, str] = field(default_factory=dict)  # node id -> name at fronts level
    # Talk of a front or alliance that is not reported as fact (speculation, plans, conditions):
    # shown beside the asserted ties so a reader can weigh the claim against the evidence.
    front_talk: list[EventLine] = field(default_factory=list)
    # Happened but without a calendar date ("on Sunday"): listed apart from the timeline.
    undated_events: list[EventLine] = field(default_factory=list)
    # Every event by id, so any section can show the evidence behind a tie.
    lines: dict[str, EventLine] = field(default_factory=dict)
    # The actors table's rows (the `actors` export): the new-actors section reads the `new:` ones.
    found_actors: list[dict[str, Any]] = field(default_factory=list)


# Words with which texts speculate about coalitions forming.
_FRONT_WORDS = re.compile(r"\b(front|alliance|coalition|bloc|axis|partnership)s?\b", re.I)


def build_brief(data: BriefData) -> Brief:
    events = data.events
    lines = {e.event_id: _event_line(e, data) for e in events}
    fronts = find_fronts(events, level=FRONTS_LEVEL)
    names = {n: _node_label(fronts, n) for n in fronts.graph.nodes}
    dated = [lines[e.event_id] for e in events if e.date.start and happened(e)]
    undated = [lines[e.event_id] for e in events if not e.date.start and happened(e)]
    front_talk = [
        lines[e.event_id]
        for e in events
        if e.polarity in ("hypothetical", "intended")
        and any(_FRONT_WORDS.search(m.sentence) for m in e.mentions)
    ]
    talk_ids = {e.event_id for e in front_talk}
    return Brief(
        counts=data.counts,
        actors=_main_actors(events),
        key_events=_key_events(events, lines),
        claims=[lines[e.event_id] for e in events if e.claimed_by],
        denials=_denials(events, lines),
        # Talk of fronts has its own section; the rest of what did not happen is listed here.
        not_happened=[
            lines[e.event_id]
            for e in events
            if e.polarity not in ("asserted", "denied") and e.event_id not in talk_ids
        ],  # fmt: skip
        changes=_changes(events, names),
        fronts=fronts,
        timeline=sorted(dated, key=lambda ln: ln.date or ""),
        undated=len(undated),
        names=names,
        front_talk=front_talk,
        undated_events=undated,
        lines=lines,
        found_actors=data.actors,
    )


def _node_label(fronts: FrontsResult, node: str) -> str:
    data = fronts.graph.nodes[node]
    name = str(data.get("name", node))
    includes = data.get("includes", [])
    others = [n for n in includes if n != name]
    # "Afghanistan (Taliban)": a country node never named as such, that stands for one named
    # actor, says who it is.
    if node.startswith("country:") and name not in includes and len(others) == 1:
        # "United States (government)" already says whose it is: no "United States (United …)".
        return others[0] if others[0].startswith(name) else f"{name} ({others[0]})"
    return name


def rolled_up(fronts: FrontsResult) -> dict[str, list[str]]:
    """Country node name -> the persons and agencies counted with it."""
    out = {}
    for node, data in fronts.graph.nodes(data=True):
        others = [n for n in data.get("includes", []) if n != data.get("name")]
        if node.startswith("country:") and others:
            out[str(data.get("name", node))] = others
    return dict(sorted(out.items()))


def _names(refs: list[ActorMention]) -> list[str]:
    return list(dict.fromkeys(r.name or r.actor_id for r in refs))


def _event_line(event: Event, data: BriefData) -> EventLine:
    # One quote per distinct sentence, citing every document that has it (syndicated copies
    # repeat the same sentence), and one sentence per document is enough to check it.
    by_sentence: dict[str, list[str]] = {}
    seen: set[str] = set()
    for m in event.mentions:
        if m.doc_id not in seen:
            seen.add(m.doc_id)
            by_sentence.setdefault(" ".join(m.sentence.split()), []).append(m.doc_id)
    citations = []
    for sentence, doc_ids in by_sentence.items():
        titles = [t for d in doc_ids if (doc := data.documents.get(d)) and (t := doc.title)]
        citations.append(Citation(", ".join(doc_ids), "; ".join(titles) or None, sentence))
    return EventLine(
        event_id=event.event_id,
        plover_type=event.plover_type,
        polarity=event.polarity,
        sources=_names(event.source),
        targets=_names(event.target),
        date=event.date.start,
        date_text=event.date.text,
        place=event.location.name if event.location else None,
        confidence=float(event.confidence),
        n_documents=event.n_documents,
        claimed_by=_names(event.claimed_by),
        fatalities=event.fatalities,
        cooperation=event.quad_class in (1, 2),
        citations=citations,
        date_precision=event.date.precision,
    )


def _main_actors(events: list[Event]) -> list[ActorLine]:
    names: dict[str, str] = {}
    country: dict[str, str | None] = {}
    tally: dict[str, Counter[str]] = defaultdict(Counter)
    for e in events:
        if not happened(e):
            continue
        for ref in {r.actor_id: r for r in [*e.source, *e.target]}.values():
            names.setdefault(ref.actor_id, ref.name or ref.actor_id)
            country.setdefault(ref.actor_id, ref.country)
            tally[ref.actor_id]["n"] += 1
            tally[ref.actor_id]["coop" if e.quad_class in (1, 2) else "conf"] += 1
    ranked = sorted(tally, key=lambda a: (-tally[a]["n"], names[a]))[:TOP_ACTORS]
    return [
        ActorLine(a, names[a], country[a], tally[a]["n"], tally[a]["coop"], tally[a]["conf"])
        for a in ranked
    ]


def _key_events(events: list[Event], lines: dict[str, EventLine]) -> list[EventLine]:
    asserted = [e for e in events if happened(e)]
    asserted.sort(key=lambda e: (-e.confidence * e.n_documents, e.date.start or "", e.event_id))
    return [lines[e.event_id] for e in asserted[:TOP_EVENTS]]


def _ids(refs: list[ActorMention]) -> set[str]:
    return {r.actor_id for r in refs}


def _denials(events: list[Event], lines: dict[str, EventLine]) -> list[ClaimPair]:
    """Each REJECT or denied event beside the event it answers, matched by actors and type.

    REJECT a → b answers what b said or did about a (b accused a: source b, target a); a denied
    event answers an asserted or claimed event of the same type among the same actors.
    """
    pairs = []
    for denial in events:
        if denial.plover_type != "REJECT" and denial.polarity != "denied":
            continue
        if denial.plover_type == "REJECT":
            by, about = _ids(denial.source), _ids(denial.target)
            candidates = [e for e in events if e is not denial and e.plover_type != "REJECT"
                          and (_ids(e.source) & about or _ids(e.claimed_by) & about)
                          and _ids(e.target) & by]  # fmt: skip
        else:
            actors = _ids(denial.source) | _ids(denial.target)
            candidates = [e for e in events if e is not denial and e.polarity != "denied"
                          and e.plover_type == denial.plover_type
                          and (_ids(e.source) | _ids(e.target)) & actors]  # fmt: skip
        # The nearest preceding accusation is the likeliest one answered.
        candidates.sort(key=lambda e: (e.plover_type != "ACCUSE", _distance(e, denial)))
        claim = lines[candidates[0].event_id] if candidates else None
        pairs.append(ClaimPair(claim, lines[denial.event_id]))
    return pairs


def _distance(a: Event, b: Event) -> int:
    if not (a.date.start and b.date.start):
        return 10**6
    try:
        return abs((date.fromisoformat(a.date.start) - date.fromisoformat(b.date.start)).days)
    except ValueError:
        return 10**6


def _changes(events: list[Event], names: dict[str, str]) -> list[PairChange]:
    """Month-by-month standing of each pair of (country-level) actors, biggest change first."""
    weight: dict[tuple[str, str], dict[str, float]] = defaultdict(lambda: defaultdict(float))
    count: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for e in events:
        if not happened(e):
            continue
        period = period_of(e)
        if period == UNDATED:  # no month to compare with
            continue
        pairs = {(min(s.node_id, t.node_id), max(s.node_id, t.node_id))
                 for s, t in event_pairs(e, FRONTS_LEVEL)}  # fmt: skip
        for key in pairs:
            weight[key][period] += event_weight(e)
            count[key][period] += 1
    out = []
    for (a, b), by_period in weight.items():
        periods = [(p, saturating_score(w), count[(a, b)][p]) for p, w in sorted(by_period.items())]
        change = periods[-1][1] - periods[-2][1] if len(periods) > 1 else 0.0
        out.append(PairChange(names.get(a, a), names.get(b, b), periods, round(change, 2)))
    out.sort(key=lambda c: (-abs(c.change), -sum(n for _, _, n in c.periods), c.a, c.b))
    return out[:TOP_CHANGES]
