"""A state name two states share ("Congo") stands for the state the rest of the document names
(`actors.namesake_states`); with no other sign it keeps the knowledge base's reading. Sentences
written for the tests (stop 44, lead)."""

from __future__ import annotations

import pytest

from realpolitik.model import Document
from realpolitik.pipeline import analyse_documents

pytestmark = pytest.mark.slow


def _countries(text, resources) -> dict[str, str | None]:
    analysis = analyse_documents([Document("t", "t", raw=text, text=text)], resources)[0]
    return {m.text: m.country for m in analysis.actor_mentions}


def test_a_bare_congo_beside_kinshasas_parties_is_the_drc(resources):
    countries = _countries(
        "Congo accused Rwanda of backing the M23, which Kinshasa calls a terrorist group.",
        resources,
    )
    assert countries["Congo"] == "COD"


def test_a_bare_congo_sector_beside_a_congolese_party_is_the_drcs(resources):
    countries = _countries(
        "Congo's army said it had repelled an attack on Sunday, a Congolese officer told us.",
        resources,
    )
    assert countries["Congo's army"] == "COD"


def test_a_bare_congo_beside_brazzavilles_parties_is_the_republic(resources):
    countries = _countries(
        "President Denis Sassou Nguesso said Congo would host the summit in Brazzaville.",
        resources,
    )
    assert countries["Congo"] == "COG"


def test_a_congo_named_with_its_qualifier_keeps_it(resources):
    countries = _countries(
        "The Republic of Congo and Kinshasa signed a fisheries deal on the river.", resources
    )
    assert countries["Republic of Congo"] == "COG"


def test_a_bare_congo_with_no_other_sign_keeps_the_knowledge_bases_reading(resources):
    countries = _countries("Congo's army said it had repelled an attack on Sunday.", resources)
    assert countries["Congo's army"] == "COG"
