"""A definite event noun naming one side of another report's happening joins it (round r11,
fuse8; read from fusion_own5 tune misses: a condemnation naming a kidnapping's victims only, an
endorsement naming an accusation's accuser only). Made-up states and sentences of our own."""

from __future__ import annotations

from test_fusion_events import day, mention

from realpolitik.fusion import fuse_events

RURITANIA = ("RUR", "Ruritania", "RUR", None)
RUR_GOV = ("RUR.GOV", "Ruritania (government)", "RUR", "GOV")
OSTERLICH = ("OST", "Osterlich", "OST", None)
OST_GOV = ("OST.GOV", "Osterlich (government)", "OST", "GOV")
RUR_CIVILIANS = ("RUR.CVL", "Ruritania (civilians)", "RUR", "CVL")
BORDURIA = ("BOR", "Borduria", "BOR", None)
BOR_CIVILIANS = ("BOR.CVL", "Borduria (civilians)", "BOR", "CVL")
GUNMEN = ("new:gunmen", "gunmen", None, "REB")


def _accusation(doc: str = "a", when: str = "2026-05-04"):
    return mention(doc, 0, "ACCUSE", (RUR_GOV,), (OST_GOV,), trigger="accused",
                   sentence="Ruritania on Monday accused Osterlich of diverting the river.",
                   date=day(when))  # fmt: skip


def _endorsed(doc: str = "c", published: str = "2026-05-07", source=(RUR_GOV,)):
    return mention(doc, 40, "ACCUSE", source, (), trigger="accusation",
                   sentence="The league on Wednesday endorsed the Ruritanian minister's accusation.",
                   date=day(published, from_document=True))  # fmt: skip


def _kidnapping(doc: str = "a", victims=RUR_CIVILIANS, when: str = "2026-05-02"):
    return mention(doc, 0, "ASSAULT", (GUNMEN,), (victims,), trigger="abducted",
                   sentence="Gunmen abducted three engineers near the mine on Saturday.",
                   date=day(when))  # fmt: skip


def _condemned(doc: str = "b", published: str = "2026-05-04"):
    return mention(doc, 60, "ASSAULT", (), (RUR_CIVILIANS,), trigger="kidnapping",
                   sentence="Ruritania on Monday condemned the kidnapping of three Ruritanians.",
                   date=day(published, from_document=True))  # fmt: skip


def _groups(events) -> list[set[str]]:
    return [{m.doc_id for m in e.mentions} for e in events]


def test_an_endorsement_naming_the_accuser_only_recalls_the_accusation() -> None:
    events = fuse_events([_accusation(), _endorsed()])
    assert _groups(events) == [{"a", "c"}]


def test_a_condemnation_naming_the_victims_recalls_the_kidnapping_told_in_other_words() -> None:
    events = fuse_events([_kidnapping(), _condemned()])
    assert _groups(events) == [{"a", "b"}]


def test_a_recalled_act_with_two_candidates_joins_neither() -> None:
    second = _kidnapping("d", when="2026-05-03")
    events = fuse_events([_kidnapping(), second, _condemned()])
    assert sorted(map(sorted, _groups(events))) == [["a"], ["b"], ["d"]]


def test_a_recalled_act_naming_another_party_or_told_long_after_stays_apart() -> None:
    other_victims = _kidnapping(victims=BOR_CIVILIANS)
    assert len(fuse_events([other_victims, _condemned()])) == 2
    assert len(fuse_events([_accusation(), _endorsed(published="2026-05-20")])) == 2
    assert len(fuse_events([_accusation(), _endorsed(source=(BORDURIA,))])) == 2


def test_an_act_told_with_a_date_of_its_own_or_as_a_verb_is_no_recalled_act() -> None:
    dated = _endorsed()
    dated = mention("c", 40, "ACCUSE", (RUR_GOV,), (), trigger="accusation",
                    sentence=dated.sentence, date=day("2026-05-06"))  # fmt: skip
    assert len(fuse_events([_accusation(), dated])) == 2
    verb = mention("c", 40, "ACCUSE", (RUR_GOV,), (), trigger="accused",
                   sentence="Ruritania accused its neighbour again.",
                   date=day("2026-05-07", from_document=True))  # fmt: skip
    assert len(fuse_events([_accusation(), verb])) == 2
