"""Hand-made events for the analysis and report tests (what the seeds should yield)."""

from __future__ import annotations

from realpolitik.model import ActorMention, DateInfo, Event, EventMention, Place

ACTORS = {
    "PAK": ("Q843", "Pakistan", "PAK", None),
    "ISI": ("Q1141541", "Inter-Services Intelligence", "PAK", "INT"),
    "MALIK": ("Q_malik", "Muhammad Asim Malik", "PAK", "INT"),
    "TJK": ("Q863", "Tajikistan", "TJK", None),
    "RAHMON": ("Q_rahmon", "Emomali Rahmon", "TJK", "GOV"),
    "TALIBAN": ("Q42418", "Taliban", "AFG", "GOV"),
    "NRF": ("Q_nrf", "National Resistance Front", "AFG", "REB"),
    "ISISK": ("Q_isisk", "Islamic State Khorasan Province", "AFG", "TER"),
    "TTP": ("Q_ttp", "Tehrik-i-Taliban Pakistan", "PAK", "TER"),
    "TUR": ("Q43", "Turkey", "TUR", None),
    "AZE": ("Q227", "Azerbaijan", "AZE", None),
}


def ref(key: str, doc_id: str = "d1", text: str | None = None) -> ActorMention:
    actor_id, name, country, sector = ACTORS[key]
    return ActorMention(doc_id, 0, len(text or name), text or name, actor_id, name, country, sector)


def make_event(
    event_id: str,
    plover_type: str,
    quad: int,
    sources: list[str],
    targets: list[str],
    day: str | None = "2024-05-06",
    polarity: str = "asserted",
    sentence: str = "Something happened.",
    doc_ids: tuple[str, ...] = ("d1",),
    confidence: float = 0.8,
    claimed_by: list[str] | None = None,
    fatalities: int | None = None,
    place: str | None = None,
    acled: str | None = None,
) -> Event:
    mentions = [
        EventMention(
            doc_id=d, char_start=0, char_end=len(sentence), sentence=sentence, trigger="x",
            trigger_start=0, plover_type=plover_type, quad_class=quad, polarity=polarity,  # type: ignore[arg-type]
        )
        for d in doc_ids
    ]  # fmt: skip
    location = Place(place, None, None, None, None, "city") if place else None
    return Event(
        event_id=event_id,
        plover_type=plover_type,
        quad_class=quad,
        source=[ref(s) for s in sources],
        target=[ref(t) for t in targets],
        date=DateInfo(day, day, "day" if day else "unknown"),
        location=location,
        polarity=polarity,  # type: ignore[arg-type]
        claimed_by=[ref(c) for c in claimed_by or []],
        confidence=confidence,
        mentions=mentions,
        n_documents=len(doc_ids),
        fatalities=fatalities,
        acled_event_type=acled,
    )


def seed_like_events() -> list[Event]:
    """The acceptance list of spec/seeds-acceptance.md, as a perfect extractor would give it."""
    return [
        make_event("e01", "CONSULT", 1, ["RAHMON", "MALIK"], ["ISI"], "2024-05-06",
                   sentence="President of Tajikistan Emomali Rahmon met with the Director General of "
                   "Pakistan's Inter-Services Intelligence Service (ISI) Muhammad Asim Malik.",
                   doc_ids=("seeds/000.txt", "seeds/001.txt"), confidence=0.9, place="Dushanbe"),
        make_event("e02", "AID", 2, ["TJK"], ["NRF"], "2024-05-06",
                   sentence="It hosts members of the National Resistance Front, one of the opposing "
                   "groups of the Taliban.", doc_ids=("seeds/000.txt", "seeds/001.txt")),
        make_event("e03", "ASSAULT", 4, ["TALIBAN"], ["ISISK"], "2024-04-20",
                   sentence="Taliban forces raided an ISIS-K cell in Kabul and killed several.",
                   doc_ids=("seeds/001.txt",), place="Kabul"),
        make_event("e04", "ASSAULT", 4, ["ISISK"], [], "2024-04-18", fatalities=5,
                   claimed_by=["TALIBAN"], sentence="The Taliban said Islamic State carried out the "
                   "bombing at a Kabul mosque that killed five civilians.", doc_ids=("seeds/001.txt",)),
        make_event("e05", "COOPERATE", 2, ["TUR", "AZE", "PAK"], [], "2021-09-12",
                   sentence="The Three Brothers – 2021 exercise involving special forces from Turkey, "
                   "Azerbaijan, and Pakistan, was launched on September 12, 2021.",
                   doc_ids=("seeds/002.txt",)),
        make_event("e06", "ASSAULT", 4, ["TALIBAN"], ["PAK"], "2024-03-17", acled="Battles",
                   sentence="Fierce clashes broke out between the Taliban and Pakistani border guards "
                   "on Sunday.", doc_ids=("seeds/003.txt",), place="Torkham"),
        make_event("e07", "SANCTION", 4, ["TALIBAN"], ["PAK"], "2024-03-18",
                   sentence="The Taliban closed the Torkham crossing.", doc_ids=("seeds/003.txt",),
                   place="Torkham"),
        make_event("e08", "ACCUSE", 3, ["PAK"], ["TALIBAN"], "2024-02-10",
                   sentence="Islamabad has repeatedly accused the Taliban of harbouring the TTP.",
                   doc_ids=("seeds/003.txt",)),
        make_event("e09", "REJECT", 3, ["TALIBAN"], ["PAK"], "2024-02-11",
                   sentence="Kabul's interim government denied these accusations.",
                   doc_ids=("seeds/003.txt",)),
        make_event("e10", "ASSAULT", 4, ["TTP"], [], None,
                   sentence="The TTP attack on a mosque in Peshawar on January 30.",
                   doc_ids=("seeds/003.txt",), place="Peshawar"),
        make_event("e11", "COOPERATE", 2, ["PAK", "TJK"], ["TALIBAN"], "2024-05-06",
                   polarity="hypothetical", sentence="If Pakistan and Tajikistan agree on opening "
                   "a new front against the Taliban ...", doc_ids=("seeds/000.txt",)),
        make_event("e12", "ASSAULT", 4, ["TJK"], ["TALIBAN"], "2024-05-20",
                   polarity="intended", sentence="Tajikistan plans to strike Taliban positions.",
                   doc_ids=("seeds/000.txt",)),
        make_event("e13", "ACCUSE", 3, ["TJK"], ["TALIBAN"], "2024-04-02",
                   sentence="Dushanbe accused the Taliban of sheltering militants on the border.",
                   doc_ids=("seeds/000.txt",)),
    ]  # fmt: skip


def write_seed_like_db(path: str) -> None:
    """A database holding the seed-like events and their documents (for report tests)."""
    from realpolitik.analysis.relations import compute_relations
    from realpolitik.model import Actor, Document, DocumentAnalysis
    from realpolitik.store import Store

    events = seed_like_events()
    titles = {
        "seeds/000.txt": "Pakistan's spy chief calls on Tajik President",
        "seeds/001.txt": "ISI chief meets Rahmon in Dushanbe",
        "seeds/002.txt": "Three Brothers – 2021",
        "seeds/003.txt": "Pakistan and the Taliban: a troubled neighbourhood",
    }
    documents = [Document(d, d, text=t, title=t) for d, t in titles.items()]
    actors = [
        (Actor(a, name, "other", country, sector), 1)
        for a, name, country, sector in ACTORS.values()
    ]
    with Store(path) as store:
        store.write_batch(documents, [DocumentAnalysis(d) for d in documents])
        store.replace_corpus_results(events, [], compute_relations(events), actors)
