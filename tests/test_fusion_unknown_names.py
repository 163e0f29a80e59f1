"""Unknown persons named differently by two reports (`fusion.person_names`): spelt two ways,
given in full in one report and by family name in another, one report giving no country."""

from __future__ import annotations

from dataclasses import replace

from test_fusion_events import day, mention

from realpolitik.fusion import fuse_events
from realpolitik.fusion.actor_match import side_match
from realpolitik.fusion.person_names import (
    edit_distance,
    family_key,
    is_proper_name,
    same_name,
    same_title,
    title_key,
)
from realpolitik.model import ActorMention


def unknown(
    name: str, country: str | None = None, how: str = "ner", doc_id: str = "d"
) -> ActorMention:
    slug = "_".join(name.lower().replace("-", " ").split())
    return ActorMention(doc_id, 0, 1, name, f"new:{slug}", name, country, None, None, how)


def state(code: str) -> ActorMention:
    return ActorMention("d", 0, 1, code, code, code, code, None, None, "kb")


def test_names_spelt_within_small_edits_are_one_person() -> None:
    assert same_name(unknown("Ilona Vasylenko", "UKR"), unknown("Ilona Wasylenko", "UKR"))
    assert same_name(unknown("Kwabena Asante-Mensah"), unknown("Kwabena Asante Mensah", "GHA"))
    assert same_name(unknown("José Ñúñez"), unknown("Jose Nunez"))
    assert same_name(unknown("Ernesto Villaverde"), unknown("Ernesto Vilaverdee"))


def test_family_name_alone_is_the_person_named_in_full() -> None:
    assert same_name(unknown("Teodor Petrescu", "ROU"), unknown("Petrescu"))
    assert same_name(unknown("Petrescu"), unknown("Ana Maria Petrescu Ionescu"))
    # the given name alone is not the family name
    assert not same_name(unknown("Teodor"), unknown("Teodor Petrescu"))


def test_different_people_and_conflicting_countries_stay_apart() -> None:
    assert not same_name(unknown("Dana Petrescu"), unknown("Teodor Petrescu"))
    assert not same_name(unknown("Ilona Vasylenko", "UKR"), unknown("Ilona Vasylenko", "POL"))
    assert not same_name(unknown("Mira Sokol"), unknown("Mira Sokolova"))  # three edits


def test_generic_nouns_are_not_proper_names() -> None:
    assert not is_proper_name(unknown("police", how="generic"))
    assert not is_proper_name(unknown("Protesters", how="generic+context"))
    assert not is_proper_name(unknown("agriculture minister", how="role"))
    assert is_proper_name(unknown("Abu Karim al-Masri"))
    assert family_key(unknown("Leonid Harasymenko")) == family_key(unknown("Harasimenko")) == "hara"


def test_edit_distance_stops_past_its_bound() -> None:
    assert edit_distance("vasylenko", "wasylenko", 2) == 1
    assert edit_distance("petrescu", "ionescu", 2) == 3


def test_unknown_name_without_country_anchors_a_side_and_never_conflicts() -> None:
    assert side_match([unknown("Ilona Wasylenko")], [unknown("Ilona Vasylenko", "UKR")]) == 2
    assert side_match([unknown("Ilona Wasylenko")], [state("UKR")]) == 0
    assert side_match([unknown("Ilona Wasylenko"), state("UKR")], [state("UKR")]) == 2  # UKR itself


def _arrest(doc_id: str, who: ActorMention, iso: str) -> object:
    m = mention(doc_id, 0, "COERCE", sentence="Police detained the reporter.", trigger="detained",
                date=day(iso))  # fmt: skip
    return replace(m, source=[replace(state("MDA"), actor_id="MDA.COP", sector="COP", doc_id=doc_id)],
                   target=[replace(who, doc_id=doc_id)])  # fmt: skip


def test_one_arrest_reported_with_two_spellings_is_one_event() -> None:
    events = fuse_events(
        [
            _arrest("a", unknown("Ilona Vasylenko", "MDA"), "2025-03-04"),
            _arrest("b", unknown("Ilona Wasylenko", "MDA"), "2025-03-04"),
        ]
    )
    assert len(events) == 1 and events[0].n_documents == 2


def test_a_second_person_arrested_the_next_day_stays_apart() -> None:
    events = fuse_events(
        [
            _arrest("a", unknown("Ilona Vasylenko", "MDA"), "2025-03-04"),
            _arrest("b", unknown("Dorin Rusu", "MDA"), "2025-03-05"),
        ]
    )
    assert len(events) == 2


def test_family_name_without_country_joins_the_full_name_of_another_report() -> None:
    meeting_a = replace(
        mention(
            "a", 0, sentence="Minister Teodor Petrescu met Ilona Vasylenko.", date=day("2025-05-02")
        ),
        source=[unknown("Teodor Petrescu", "ROU", doc_id="a")],
        target=[unknown("Ilona Vasylenko", "UKR", doc_id="a")],
    )
    meeting_b = replace(
        mention(
            "b",
            0,
            sentence="Petrescu held talks with Wasylenko.",
            trigger="talks",
            date=day("2025-05-02"),
        ),
        source=[unknown("Petrescu", doc_id="b")],
        target=[unknown("Wasylenko", doc_id="b")],
    )
    events = fuse_events([meeting_a, meeting_b])
    assert len(events) == 1


def test_name_without_its_middle_name_is_the_same_person() -> None:
    assert same_name(unknown("Marta Lucía Orozco"), unknown("Marta Orosco", "COL"))
    assert not same_name(unknown("Pedro Lucía Orozco"), unknown("Marta Orozco"))


def test_a_generic_title_is_the_person_another_report_names_with_it() -> None:
    minister = unknown("Interior Minister Sergiu Lungu", how="role")
    minister = replace(minister, name="Sergiu Lungu", actor_id="new:sergiu_lungu")
    title = unknown("interior minister", how="generic")
    assert same_title(title, minister)
    assert title_key(title) == title_key(minister) == "interior minister"
    assert not same_title(unknown("defence minister", how="generic"), minister)
    assert not same_title(unknown("minister", how="generic"), minister)  # one word says too little
    # a title anchors a side more weakly than a name
    assert side_match([title], [minister]) == 1


def test_titled_meeting_joins_the_named_one_only_on_a_shared_date() -> None:
    named = replace(unknown("Interior Minister Sergiu Lungu", how="role", doc_id="a"),
                    name="Sergiu Lungu", actor_id="new:sergiu_lungu")  # fmt: skip
    title = unknown("interior minister", how="generic", doc_id="b")
    first = replace(mention("a", 0, date=day("2025-06-10")), source=[named])
    same_day = replace(mention("b", 0, date=day("2025-06-10")), source=[title])
    other_day = replace(mention("c", 0, date=day("2025-06-17")), source=[title])
    events = fuse_events([first, same_day, other_day])
    assert sorted(e.n_documents for e in events) == [1, 2]
