"""Three joined passives set off by a comma ("were rounded up near X, held in a barracks and
questioned ... by gendarmes"): the "by" phrase on the third names the doer of all three, the
first included; the parser hangs the middle one on the first as an adverbial participle (stop
67, args51: stop 65's and 66's leftover)."""

from __future__ import annotations

from event_helpers import countries_of, pipeline_top


def test_rounded_up_held_and_questioned_by_gendarmes(resources):
    top = pipeline_top(
        "Six Malian herders were rounded up near Nioro, held in a barracks and questioned for a "
        "week by Mauritanian gendarmes, a Malian official said.",
        resources,
    )
    assert top.plover_type == "COERCE"
    assert "MRT" in countries_of(top.source)
    assert "MLI" in countries_of(top.target)
    assert "MLI" not in countries_of(top.source)


def test_stopped_searched_and_fined_by_customs_officers(resources):
    top = pipeline_top(
        "Two Ghanaian traders were stopped at the border, searched and fined by Togolese customs "
        "officers, a trade union said.",
        resources,
    )
    assert "TGO" in countries_of(top.source)
    assert "GHA" not in countries_of(top.source)


def test_one_act_told_twice_keeps_its_reading(resources):
    # guard: a participle with no conjunct after the comma is no list of three acts
    top = pipeline_top(
        "Two Ugandan journalists were arrested in Juba by South Sudanese police, accused of "
        "spying for Kampala, a press group said.",
        resources,
    )
    assert top.plover_type == "COERCE"
    assert "SSD" in countries_of(top.source)
    assert "UGA" in countries_of(top.target)
