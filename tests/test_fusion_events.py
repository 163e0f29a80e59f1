"""Event fusion on hand-made mentions: what joins, what stays apart, what conflicts are kept."""

from __future__ import annotations

from realpolitik.fusion import fuse_events
from realpolitik.fusion.actor_match import match_strength
from realpolitik.model import ActorMention, DateInfo, EventMention, Place

RAHMON = ("person:emomali_rahmon", "Emomali Rahmon", "TJK", "GOV")
MALIK = ("person:muhammad_asim_malik", "Muhammad Asim Malik", "PAK", "INT")
ISI = ("org:isi", "Inter-Services Intelligence", "PAK", "INT")
PUTIN = ("person:vladimir_putin", "Vladimir Putin", "RUS", "GOV")
TALIBAN = ("org:taliban", "Taliban", "AFG", "REB")
ISK = ("org:isis_k", "Islamic State Khorasan", "AFG", "TER")
PAKISTAN = ("PAK", "Pakistan", "PAK", None)
TAJIK_GOV = ("TJK.GOV", "Tajikistan (government)", "TJK", "GOV")
KABUL = Place("Kabul", "AFG", 34.5, 69.2, 1138958, "city")
HERAT = Place("Herat", "AFG", 34.3, 62.2, 1139715, "city")
DUSHANBE = Place("Dushanbe", "TJK", 38.5, 68.8, 1221874, "city")


def actor(spec: tuple[str, str, str, str | None], doc_id: str = "d") -> ActorMention:
    actor_id, name, country, sector = spec
    return ActorMention(doc_id, 0, 1, name, actor_id, name, country, sector)


def day(iso: str, from_document: bool = False) -> DateInfo:
    return DateInfo(iso, iso, "day", iso, from_document)


def mention(
    doc_id: str,
    at: int,
    plover_type: str = "CONSULT",
    source: tuple = (),
    target: tuple = (),
    sentence: str = "They met.",
    trigger: str = "met",
    date: DateInfo | None = None,
    place: Place | None = None,
    fatalities: int | None = None,
    polarity: str = "asserted",
    **extra: object,
) -> EventMention:
    offset = sentence.find(trigger)
    return EventMention(
        doc_id=doc_id,
        char_start=at,
        char_end=at + len(sentence),
        sentence=sentence,
        trigger=trigger,
        trigger_start=at + max(offset, 0),
        plover_type=plover_type,
        quad_class=4 if plover_type == "ASSAULT" else 1,
        source=[actor(s, doc_id) for s in source],
        target=[actor(t, doc_id) for t in target],
        date=date or DateInfo(),
        location=place,
        fatalities=fatalities,
        polarity=polarity,  # type: ignore[arg-type]
        mention_id=f"{doc_id}:{at + max(offset, 0)}",
        **extra,  # type: ignore[arg-type]
    )


def test_fusion_same_meeting_across_two_documents_is_one_event() -> None:
    events = fuse_events(
        [
            mention("a", 0, source=(RAHMON,), target=(MALIK,), place=DUSHANBE),
            mention("b", 0, source=(RAHMON,), target=(MALIK,), date=day("2025-01-13")),
        ]
    )
    assert len(events) == 1
    assert events[0].n_documents == 2
    assert len(events[0].mentions) == 2
    assert events[0].date.start == "2025-01-13"
    assert events[0].location == DUSHANBE


def test_fusion_look_alike_meetings_stay_apart() -> None:
    events = fuse_events(
        [
            mention("a", 0, source=(RAHMON,), target=(MALIK,), date=day("2025-01-13")),
            mention("b", 0, source=(RAHMON,), target=(MALIK,), date=day("2025-03-02")),
            mention("c", 0, source=(RAHMON,), target=(PUTIN,), date=day("2025-01-13")),
        ]
    )
    assert len(events) == 3


def test_fusion_raids_in_different_cities_stay_apart() -> None:
    events = fuse_events(
        [
            mention(
                "a",
                0,
                "ASSAULT",
                (TALIBAN,),
                (ISK,),
                "Taliban raided a cell.",
                "raided",
                place=KABUL,
            ),
            mention(
                "b",
                0,
                "ASSAULT",
                (TALIBAN,),
                (ISK,),
                "Taliban raided a cell.",
                "raided",
                place=HERAT,
            ),
        ]
    )
    assert len(events) == 2


def test_fusion_one_sided_mention_joins_within_document() -> None:
    events = fuse_events(
        [
            mention("a", 0, source=(RAHMON,), target=(MALIK,)),
            mention("a", 100, source=(ISI,), sentence="The ISI chief held talks.", trigger="talks"),
        ]
    )
    assert len(events) == 1
    assert {a.actor_id for a in events[0].source + events[0].target} == {
        RAHMON[0],
        MALIK[0],
        ISI[0],
    }


def test_fusion_symmetric_swap_and_general_actor_fuse() -> None:
    events = fuse_events(
        [
            mention("a", 0, source=(RAHMON,), target=(MALIK,), date=day("2025-01-13")),
            mention("b", 0, source=(ISI,), target=(TAJIK_GOV,), date=day("2025-01-13")),
        ]
    )
    assert len(events) == 1
    event = events[0]
    assert event.n_documents == 2
    # The specific actor wins over the government it belongs to; the orientation is the one of
    # the first (most informative) mention.
    sides = sorted(
        [{a.actor_id for a in event.source}, {a.actor_id for a in event.target}], key=len
    )
    assert sides == [{RAHMON[0]}, {MALIK[0], ISI[0]}]


def test_fusion_directed_types_do_not_swap() -> None:
    events = fuse_events(
        [
            mention(
                "a",
                0,
                "ACCUSE",
                (PAKISTAN,),
                (TALIBAN,),
                "Pakistan accused the Taliban.",
                "accused",
            ),
            mention(
                "b",
                0,
                "ACCUSE",
                (TALIBAN,),
                (PAKISTAN,),
                "The Taliban accused Pakistan.",
                "accused",
            ),
        ]
    )
    assert len(events) == 2


def test_fusion_anaphoric_meeting_joins_within_document_only() -> None:
    sentence = "From another view, this meeting is highly diplomatic."
    events = fuse_events(
        [
            mention("a", 0, source=(RAHMON,), target=(MALIK,)),
            mention("a", 200, sentence=sentence, trigger="meeting"),
            mention("b", 0, sentence="The meeting was long.", trigger="meeting"),
        ]
    )
    assert len(events) == 2
    joined = next(e for e in events if e.source)
    assert [m.doc_id for m in joined.mentions] == ["a", "a"]
    assert joined.n_documents == 1


def test_fusion_fatalities_conflict_is_kept_as_range() -> None:
    sentence = "A bomb killed people at a Kabul mosque."
    events = fuse_events(
        [
            mention(
                "a",
                0,
                "ASSAULT",
                sentence=sentence,
                trigger="bomb",
                date=day("2025-01-10"),
                place=KABUL,
                fatalities=5,
            ),
            mention(
                "b",
                0,
                "ASSAULT",
                sentence=sentence,
                trigger="bomb",
                date=day("2025-01-10"),
                place=KABUL,
                fatalities=7,
            ),
            mention(
                "c",
                0,
                "ASSAULT",
                sentence=sentence,
                trigger="bomb",
                date=day("2025-01-10"),
                place=KABUL,
                fatalities=5,
            ),
        ]
    )
    assert len(events) == 1
    event = events[0]
    assert event.fatalities == 5  # the figure most documents report
    assert event.fatalities_range == [5, 7]
    assert event.fatalities_by_document == {"a": 5, "b": 7, "c": 5}
    assert event.n_documents == 3


def test_fusion_polarity_confidence_and_ids_are_stable() -> None:
    mentions = [
        mention("a", 0, source=(RAHMON,), target=(MALIK,), polarity="intended", confidence=0.6),
        mention("b", 0, source=(RAHMON,), target=(MALIK,), date=day("2025-01-13"), confidence=0.5),
    ]
    first = fuse_events(mentions)
    again = fuse_events(list(reversed(mentions)))
    assert [e.event_id for e in first] == [e.event_id for e in again]
    assert first[0].polarity == "asserted"
    assert 0.79 < first[0].confidence < 0.81  # 1 - (1 - 0.6)(1 - 0.5)


def test_fusion_general_actors_across_documents_need_date_or_place() -> None:
    # Only government-level matches (ISI ~ Malik, TJK.GOV ~ Rahmon) and no shared date: apart.
    events = fuse_events(
        [
            mention("a", 0, source=(RAHMON,), target=(MALIK,)),
            mention("b", 0, source=(ISI,), target=(TAJIK_GOV,), date=day("2025-01-13")),
        ]
    )
    assert len(events) == 2


def test_fusion_one_sided_mention_across_documents_needs_date_or_place() -> None:
    events = fuse_events(
        [
            mention(
                "a", 0, "ASSAULT", (PAKISTAN,), (TALIBAN,), "Pakistan struck the Taliban.", "struck"
            ),
            mention("b", 0, "ASSAULT", (PAKISTAN,), (), "Pakistan struck.", "struck"),
        ]
    )
    assert len(events) == 2


def test_fusion_actor_granularity() -> None:
    assert match_strength(actor(RAHMON), actor(TAJIK_GOV)) == 1
    assert match_strength(actor(MALIK), actor(ISI)) == 1
    assert match_strength(actor(MALIK), actor(PAKISTAN)) == 1
    assert match_strength(actor(RAHMON), actor(PUTIN)) == 0
    assert match_strength(actor(TALIBAN), actor(ISK)) == 0


def test_fusion_scales_to_thousands_of_mentions() -> None:
    import time

    mentions = [
        mention(
            f"d{i}",
            0,
            "ASSAULT",
            (TALIBAN,),
            (ISK,),
            "Taliban raided.",
            "raided",
            date=day(f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"),
        )
        for i in range(3000)
    ]
    started = time.perf_counter()
    events = fuse_events(mentions)
    assert time.perf_counter() - started < 30
    assert len(events) == 84  # distinct (month, day) pairs: lcm(12, 28)
