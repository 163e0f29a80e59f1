"""Second pass on actors: event names are not actors, "the group" coreference, roles with
country and sector, and the fast name matcher's token table."""

from __future__ import annotations

from datetime import date

import pytest

from realpolitik.actors import find_actors, load_kb
from realpolitik.actors.matching import TokenTable
from realpolitik.model import Document

pytestmark = pytest.mark.slow


def actors_in(nlp, text: str):
    doc = Document("t", "t", text=text, published=date(2023, 3, 1))
    mentions, _ = find_actors(doc, nlp(text), load_kb())
    for m in mentions:
        assert text[m.start : m.end] == m.text
    return mentions


@pytest.mark.parametrize(
    ("text", "not_actor"),
    [
        (
            "The Three Brothers– 2021 military exercise involving special forces from Turkey, "
            "Azerbaijan, and Pakistan, was launched on September 12, 2021.",
            "Three Brothers",
        ),
        ("It followed the acceptance of the Baku Declaration in July 2021.", "Baku"),
        (
            "Bilawal Bhutto Zardari in Munich Security Conference openly said that militants "
            "pose a threat to Pakistan.",
            "Munich",
        ),
    ],
)
def test_actors_event_and_document_names_are_not_actors(nlp, text, not_actor):
    mentions = actors_in(nlp, text)
    assert not [m for m in mentions if not_actor in m.text], [m.text for m in mentions]


def test_actors_state_doing_an_operation_stays_an_actor(nlp):
    mentions = actors_in(nlp, "The Pakistan army launched an operation in North Waziristan.")
    assert any(m.actor_id == "PAK.MIL" for m in mentions), [m.actor_id for m in mentions]


def test_actors_the_group_refers_to_the_latest_group(nlp):
    text = (
        "The Tehreek-e-Taliban Pakistan (TTP) claimed the attack in Peshawar. "
        "The group warned Islamabad it would strike again."
    )
    mentions = actors_in(nlp, text)
    group = [m for m in mentions if m.text == "The group"]
    assert group and group[0].actor_id == "org:ttp" and group[0].how == "coref"


def test_actors_the_group_without_antecedent_is_nothing(nlp):
    mentions = actors_in(nlp, "The group warned Islamabad it would strike again.")
    assert not [m for m in mentions if m.text == "The group"]


def test_actors_roles_carry_country_and_sector():
    kb = load_kb()
    with_country = [r for a in kb.all()[:5000] for r in a.roles if r.country]
    assert with_country and all(len(r.country or "") == 3 for r in with_country)
    assert any(r.sector for r in with_country)


def test_actors_token_table_rebuilds_the_doc_text(nlp):
    for text in ["U.S.  officials said.\n\nKabul –  ", " x", "", "Pakistan's ISI chief"]:
        sdoc = nlp(text)
        table = TokenTable.of(sdoc)
        assert table.text == sdoc.text
        assert table.texts == [t.text for t in sdoc]
        assert table.starts == [t.idx for t in sdoc]
