"""The data model every stage shares.

One `Document` flows through ingest -> clean -> nlp; the per-document analysis stages add
`ActorMention`s, `PlaceMention`s and `EventMention`s (gathered in `DocumentAnalysis`); the
corpus stages turn event mentions into fused `Event`s, documents into `Story`s and events
into `Relation`s. Offsets (`start`, `end`, `char_start`, `char_end`) always index the
document's cleaned `text`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

Status = Literal["ok", "duplicate", "rejected"]
Precision = Literal["day", "week", "month", "year", "unknown"]
Polarity = Literal["asserted", "denied", "negated", "hypothetical", "intended"]
PlacePrecision = Literal["point", "city", "admin1", "country", "region"]

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip


@dataclass
class Document:
    """An input document, from raw bytes to cleaned text."""

    doc_id: str  # the user's id: JSONL `id`, else the path as given
    source: str  # path or URI it came from
    raw: str = ""  # text as read (html pages: the extracted text before cleaning)
    text: str = ""  # cleaned text; every offset indexes this
    title: str | None = None
    url: str | None = None
    published: date | None = None
    outlet: str | None = None
    language: str | None = None
    status: Status = "ok"
    reason: str | None = None  # why rejected / duplicate; None when ok
    duplicate_of: str | None = None
    content_hash: str | None = None  # sha256 of the cleaned text (documents are keyed by content)
    html: str | None = None  # raw html when the input was a page (dropped after extraction)

    def reject(self, reason: str) -> Document:
        self.status = "rejected"
        self.reason = reason
        return self


@dataclass
class Role:
    title: str
    organisation: str | None = None
    start: str | None = None  # ISO date or None (open)
    end: str | None = None
    country: str | None = None  # ISO3 the role gives its holder
    sector: str | None = None  # sector code the role gives its holder


@dataclass
class Actor:
    """A knowledge-base entry (or an unknown actor found in text: `actor_id` starts with `new:`)."""

    actor_id: str
    name: str
    kind: str  # state, government, military, police, intelligence, legislature, igo, group, person, other
    country: str | None = None  # ISO3
    sector: str | None = None  # GOV MIL INT COP JUD LEG PTY REB TER OPP CVL REF MED BUS IGO NGO REL
    wikidata: str | None = None
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    source: str | None = None  # where the fact comes from


# Appended to `ActorMention.how` when the actors stage gave an actor the sentence's one country.
CONTEXT_GUESS = "+context"


@dataclass
class ActorMention:
    """A span of a document resolved to an actor (`actor_ref` of the event schema plus offsets)."""

    doc_id: str
    start: int
    end: int
    text: str
    actor_id: str
    name: str
    country: str | None = None
    sector: str | None = None
    wikidata: str | None = None
    how: str = ""  # which rule resolved it: kb, alias, fuzzy, role, metonymy, coref, ner

    @property
    def country_from_context(self) -> bool:
        """The country was only guessed from the sentence's one country (`how` ends in
        CONTEXT_GUESS, `actors.recognize`), not read from the name or the knowledge base."""
        return self.how.endswith(CONTEXT_GUESS)

    @property
    def is_state_or_sector(self) -> bool:
        """A state or one of its sectors: its id is its country's code, bare or with a sector
        ("MDA", "MDA.GOV"), not a person, group or organisation of that country."""
        return bool(self.country) and self.actor_id.split(".")[0] == self.country

    def ref(self) -> dict[str, Any]:
        """The schema's `actor_ref`."""
        return {
            "actor_id": self.actor_id,
            "name": self.name,
            "text": self.text,
            "country": self.country,
            "sector": self.sector,
            "wikidata": self.wikidata,
        }


@dataclass
class Place:
    name: str
    country: str | None  # ISO3
    lat: float | None
    lon: float | None
    geonames_id: int | None
    precision: PlacePrecision
    admin1: str | None = None
    # How an event's location was read (`places.locate.event_place`): "sentence", "meeting",
    # "paragraph", "dateline", "home", "border" or "parties"; "fused_meeting" when fusion gave it
    # (`fusion.meeting_places`); None on a place mention and on older records.
    basis: str | None = None


@dataclass
class PlaceMention:
    doc_id: str
    char_start: int
    char_end: int
    text: str
    place: Place


@dataclass
class DateInfo:
    start: str | None = None  # ISO date, first possible day
    end: str | None = None  # ISO date, last possible day
    precision: Precision = "unknown"
    text: str | None = None  # the words it was read from
    from_document: bool = False  # True when no date was in the sentence: the document's date


@dataclass
class EventMention:
    """One sentence's reading of an event."""

    doc_id: str
    char_start: int  # the sentence's offsets in the cleaned text
    char_end: int
    sentence: str
    trigger: str
    trigger_start: int  # offset of the trigger in the cleaned text
    plover_type: str
    quad_class: int
    plover_mode: str | None = None
    cameo_root: str | None = None  # "01".."20"
    cameo_code: str | None = None  # the full CAMEO code of the reading ("0311"), when known
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    source: list[ActorMention] = field(default_factory=list)
    target: list[ActorMention] = field(default_factory=list)
    polarity: Polarity = "asserted"
    claimed_by: list[ActorMention] = field(default_factory=list)
    date: DateInfo = field(default_factory=DateInfo)
    location: Place | None = None
    fatalities: int | None = None
    confidence: float = 0.5
    mention_id: str = ""  # stable id, set by the events stage: f"{doc_id}:{trigger_start}"
    # "meeting" (a meeting or visit word) or "outcome" (what its parties did or said at it):
    # `places.locate.meeting.meeting_role`; fusion places an outcome at its meeting's town when
    # another report names it (`fusion.meeting_places`). None on older stored mentions.
    meeting_role: str | None = None


def mention_key(m: EventMention) -> str:
    """The id a mention is stored and fused under: its `mention_id`, or where it was read."""
    return m.mention_id or f"{m.doc_id}:{m.trigger_start}"


@dataclass
class DocumentAnalysis:
    """Everything the per-document stages add to one document."""

    doc: Document
    actor_mentions: list[ActorMention] = field(default_factory=list)
    place_mentions: list[PlaceMention] = field(default_factory=list)
    event_mentions: list[EventMention] = field(default_factory=list)
    new_actors: list[Actor] = field(default_factory=list)  # unknown actors found in this text


@dataclass
class Event:
    """A fused event: the record of spec/event.schema.json."""

    event_id: str
    plover_type: str
    quad_class: int
    source: list[ActorMention]
    target: list[ActorMention]
    date: DateInfo
    location: Place | None
    polarity: Polarity
    claimed_by: list[ActorMention]
    confidence: float
    mentions: list[EventMention]
    n_documents: int
    plover_mode: str | None = None
    cameo_root: str | None = None
    cameo_code: str | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    fatalities: int | None = None
    fatalities_range: list[int] | None = None  # [min, max] when documents disagree
    fatalities_by_document: dict[str, int] = field(default_factory=dict)

    def to_record(self) -> dict[str, Any]:
        """The JSON record of spec/event.schema.json (plus added fields)."""
        return {
            "event_id": self.event_id,
            "plover_type": self.plover_type,
            "plover_mode": self.plover_mode,
            "cameo_root": self.cameo_root,
            "cameo_code": self.cameo_code,
            "quad_class": self.quad_class,
            "acled_event_type": self.acled_event_type,
            "acled_sub_event_type": self.acled_sub_event_type,
            "source": [a.ref() for a in self.source],
            "target": [a.ref() for a in self.target],
            "date": {
                "start": self.date.start,
                "end": self.date.end,
                "precision": self.date.precision,
                "text": self.date.text,
                "from_document": self.date.from_document,
            },
            "location": _place_record(self.location),
            "polarity": self.polarity,
            "claimed_by": [a.ref() for a in self.claimed_by],
            "fatalities": self.fatalities,
            "fatalities_range": self.fatalities_range,
            "fatalities_by_document": self.fatalities_by_document or None,
            "confidence": round(float(self.confidence), 4),
            "mentions": [
                {
                    "doc_id": m.doc_id,
                    "char_start": m.char_start,
                    "char_end": m.char_end,
                    "sentence": m.sentence,
                    "trigger": m.trigger,
                    "polarity": m.polarity,
                }
                for m in self.mentions
            ],
            "n_documents": self.n_documents,
        }


def _place_record(place: Place | None) -> dict[str, Any] | None:
    if place is None:
        return None
    return {
        "name": place.name,
        "country": place.country,
        "admin1": place.admin1,
        "lat": place.lat,
        "lon": place.lon,
        "geonames_id": place.geonames_id,
        "precision": place.precision,
        "basis": place.basis,
    }


@dataclass
class Story:
    story_id: str
    doc_ids: list[str]
    title: str | None


@dataclass
class Relation:
    source_id: str
    target_id: str
    period: str  # YYYY-MM
    n_events: int
    cooperation: int
    conflict: int
    score: float  # -10 conflict ... +10 cooperation
    intended: int = 0  # intended (planned/threatened) events, counted apart
    event_ids: list[str] = field(default_factory=list)


def to_plain(obj: Any) -> Any:
    """Dataclass -> plain dict (dates as ISO strings), for JSON and the store."""
    if hasattr(obj, "__dataclass_fields__"):
        obj = asdict(obj)
    if isinstance(obj, dict):
        return {k: to_plain(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [to_plain(v) for v in obj]
    if isinstance(obj, date):
        return obj.isoformat()
    return obj
