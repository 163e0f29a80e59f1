"""A name one report resolved to a state's government and another left unknown is one party
(round r13, fuse12; read from a fusion_own7 tune miss: a town named as the target of an attack,
read as the government in one report and as an unknown name in the other). Made-up states,
towns and sentences of our own."""

from __future__ import annotations

from dataclasses import replace

from test_fusion_events import day, mention

from realpolitik.fusion import fuse_events
from realpolitik.fusion.person_names import same_written_name, written_key
from realpolitik.model import ActorMention

REBELS = ("new:rebels@rur", "rebels", "RUR", "REB")


def _written(text: str, actor_id: str, name: str, country: str | None, sector: str | None):
    return ActorMention("d", 0, 1, text, actor_id, name, country, sector)


ZELVO_AS_GOVERNMENT = _written("Zelvo", "RUR.GOV", "Ruritania (government)", "RUR", "GOV")
ZELVO_UNKNOWN = _written("Zelvo", "new:zelvo", "Zelvo", None, None)
KORDAN_UNKNOWN = _written("Kordan", "new:kordan", "Kordan", None, None)


def _attack(doc: str = "a"):
    m = mention(doc, 0, "ASSAULT", (REBELS,), (), trigger="attacked",
                sentence="Rebels on Friday attacked the town of Zelvo, burning its market.",
                date=day("2026-03-06"))  # fmt: skip
    return replace(m, target=[ZELVO_AS_GOVERNMENT])


def _overran(doc: str = "b", town: ActorMention = ZELVO_UNKNOWN, when: str = "2026-03-06"):
    m = mention(doc, 0, "ASSAULT", (), (), trigger="overran",
                sentence=f"Armed men overran {town.text} on 6 March.", date=day(when))  # fmt: skip
    return replace(m, target=[town])


def _groups(events) -> list[list[str]]:
    return sorted(sorted({m.doc_id for m in e.mentions}) for e in events)


def test_a_town_read_as_the_government_and_left_unknown_elsewhere_is_one_target() -> None:
    assert same_written_name(ZELVO_AS_GOVERNMENT, ZELVO_UNKNOWN)
    assert _groups(fuse_events([_attack(), _overran()])) == [["a", "b"]]


def test_another_town_or_another_day_stays_apart() -> None:
    assert not same_written_name(ZELVO_AS_GOVERNMENT, KORDAN_UNKNOWN)
    assert len(fuse_events([_attack(), _overran(town=KORDAN_UNKNOWN)])) == 2
    assert len(fuse_events([_attack(), _overran(when="2026-03-09")])) == 2


def test_a_name_of_another_country_or_the_actor_s_own_name_is_no_written_name() -> None:
    bordurian = replace(ZELVO_UNKNOWN, country="BOR")
    assert not same_written_name(ZELVO_AS_GOVERNMENT, bordurian)
    # "Ruritania" written as itself says nothing a state id does not
    as_itself = _written("Ruritania", "RUR", "Ruritania", "RUR", None)
    assert written_key(as_itself) is None
    # a lower-case common noun read as the government is no name
    assert (
        written_key(_written("the authorities", "RUR.GOV", "Ruritania (government)", "RUR", "GOV"))
        is None
    )
