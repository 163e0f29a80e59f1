"""The trigger lexicon against the PLOVER codebook (round r11, crosswalk check): every coded row
has the crosswalk's type of its CAMEO code, every act the manual names reads the manual's type,
or the disagreement is listed with its reason in `crosswalk_exceptions.tsv`
(`events/crosswalk_check.py`). Every sentence here was written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from event_helpers import event_on

from realpolitik.events.crosswalk_check import (
    crosswalk_disagreements,
    manual_disagreements,
    read_exceptions,
    read_manual_acts,
    stale_exceptions,
    unexplained,
)


@pytest.fixture(scope="module")
def crosswalk(shared_dir: Path) -> Path:
    path = shared_dir / "data" / "plover" / "CAMEO2PLOVER-2021.txt"
    if not path.exists():
        pytest.skip("shared PLOVER data not present")
    return path


def test_every_coded_lexicon_row_has_its_codes_crosswalk_type_or_a_listed_reason(crosswalk):
    missing = unexplained(crosswalk_disagreements(crosswalk), read_exceptions())
    assert not missing, "\n".join(d.row() for d in missing)


def test_every_act_the_manual_names_reads_the_manuals_type_or_a_listed_reason():
    missing = unexplained(manual_disagreements(), read_exceptions())
    assert not missing, "\n".join(d.row() for d in missing)


def test_no_exception_row_outlives_its_disagreement(crosswalk):
    found = crosswalk_disagreements(crosswalk) + manual_disagreements()
    assert not stale_exceptions(found, read_exceptions())


def test_a_manual_act_without_a_type_is_a_clear_error(tmp_path):
    bad = tmp_path / "manual_acts.tsv"
    bad.write_text("lemma\tprep\tobject\tplover_type\tpage\twords\nsign\t\ttreaty\t\t11\tx\n")
    with pytest.raises(ValueError, match="needs a lemma and a plover_type"):
        read_manual_acts(bad)


def test_an_exception_without_a_reason_is_a_clear_error(tmp_path):
    (tmp_path / "crosswalk_exceptions.tsv").write_text(
        "source\tlemma\tprep\tobject\tcameo\tour_type\tcodebook_type\treason\n"
        "own_triggers.tsv\tresign\t\t\t080\tRETREAT\tCONCEDE\t\n"
    )
    with pytest.raises(ValueError, match="gives no reason"):
        read_exceptions(tmp_path)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "plover_type"),
    [
        (
            "The Senate of Varnia ratified the fisheries convention on Thursday.",
            "ratified",
            "SUPPORT",
        ),
        (
            "After two years of haggling the ministers concluded a gas deal in Oslo.",
            "concluded",
            "SUPPORT",
        ),
        ("The junta granted an amnesty to four hundred jailed students.", "granted", "CONCEDE"),
        ("Police fired tear gas at the marchers outside the ministry.", "fired", "ASSAULT"),
        (
            "The governor lifted the curfew in the northern districts on Sunday.",
            "lifted",
            "CONCEDE",
        ),
        ("The rebel command declared a truce for the harvest season.", "declared", "CONCEDE"),
    ],
)
def test_acts_the_manual_names_read_its_type_in_a_sentence(analyse, text, word, plover_type):
    assert event_on(analyse(text), word).plover_type == plover_type
