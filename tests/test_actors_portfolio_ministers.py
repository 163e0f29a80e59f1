"""A state's minister named by a lower-case portfolio that is also an organisation-name word
("mining", "labour") is an official of that state's government, not a company or a union."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _target(analyse, text: str, trigger: str):
    event = next(e for e in analyse(text) if e.trigger.startswith(trigger))
    return event.target[0]


def test_actors_lower_case_mining_portfolio_is_the_states_government(analyse):
    target = _target(analyse, "Chile detained Peru's former mining minister at Arica on Monday.", "detained")
    assert (target.country, target.sector) == ("PER", "GOV")


def test_actors_lower_case_labour_portfolio_is_the_states_government(analyse):
    target = _target(analyse, "Ghana expelled Togo's labour minister after the talks collapsed.", "expelled")
    assert (target.country, target.sector) == ("TGO", "GOV")


def test_actors_capitalised_union_name_after_a_demonym_is_still_a_union(analyse):
    text = "Police in Accra arrested leaders of the Nigerian Labour Congress on Friday."
    actors = [a for e in analyse(text) for a in (*e.source, *e.target)]
    union = next(a for a in actors if "Labour Congress" in a.text)
    assert (union.country, union.sector) == ("NGA", "CVL")
