"""A ban whose "on" phrase names imports or exports is an embargo (PLOVER SANCTION), and a verb
that only imposes it ("imposed", "slapped", "placed") adds no act of its own; a ban on an
activity the lexicon has no embargo pattern for stays a restriction."""

from __future__ import annotations

import pytest

from realpolitik.eval.plover import top_event

pytestmark = pytest.mark.slow


def test_events_ban_imposed_on_imports_is_a_sanction_by_the_imposer(analyse):
    top = top_event(analyse("Zambia imposed a ban on maize imports from Malawi last week."))
    assert top is not None and top.plover_type == "SANCTION" and top.trigger == "ban"
    assert {a.country for a in top.source} == {"ZMB"}


def test_events_ban_placed_on_exports_is_a_sanction(analyse):
    top = top_event(analyse("Indonesia placed a ban on nickel exports to China."))
    assert top is not None and top.plover_type == "SANCTION"


def test_events_ban_on_an_activity_stays_a_restriction(analyse):
    top = top_event(analyse("The junta imposed a ban on political rallies in Bamako."))
    assert top is not None and top.plover_type == "COERCE"
