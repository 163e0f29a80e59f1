"""The trigger lexicon against the PLOVER codebook (round r11, crosswalk check): every coded row
has the crosswalk's type of its CAMEO code, every act the manual names reads the manual's type
(and, round r12, the manual's mode where it gives one), or the disagreement is listed with its
reason in `crosswalk_exceptions.tsv`; every mode the lexicon carries is the manual's, the
crosswalk's or listed in `plover_modes.tsv` (`events/crosswalk_check.py`). Every sentence here
was written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from event_helpers import event_on

from realpolitik.events.crosswalk_check import (
    crosswalk_disagreements,
    manual_disagreements,
    manual_mode_disagreements,
    misattributed_modes,
    read_exceptions,
    read_manual_acts,
    read_modes,
    stale_exceptions,
    unexplained,
    unlisted_modes,
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


def test_every_act_the_manual_gives_a_mode_reads_that_mode_or_a_listed_reason():
    missing = unexplained(manual_mode_disagreements(), read_exceptions())
    assert not missing, "\n".join(d.row() for d in missing)


def test_no_exception_row_outlives_its_disagreement(crosswalk):
    found = crosswalk_disagreements(crosswalk) + manual_disagreements()
    found += manual_mode_disagreements()
    assert not stale_exceptions(found, read_exceptions())


def test_every_mode_the_lexicon_carries_is_the_manuals_the_crosswalks_or_listed():
    assert not unlisted_modes()


def test_a_mode_listed_as_the_crosswalks_is_carried_by_its_code_there(crosswalk):
    assert not misattributed_modes(crosswalk)


def test_the_manuals_mode_tables_are_listed_for_the_types_that_have_modes():
    manual = {(m.plover_type, m.mode) for m in read_modes() if m.source == "manual"}
    assert ("ASSAULT", "abduct") in manual and ("RETREAT", "resign") in manual
    assert not any(t in {"AGREE", "SUPPORT", "CONCEDE", "COOPERATE", "AID"} for t, _ in manual)


def test_a_listed_mode_without_a_source_or_reason_is_a_clear_error(tmp_path):
    (tmp_path / "plover_modes.tsv").write_text(
        "plover_type\tmode\tsource\treason\nASSAULT\tabduct\tguess\tp.25\n"
    )
    with pytest.raises(ValueError, match="needs a plover_type, a mode and a source"):
        read_modes(tmp_path)
    (tmp_path / "plover_modes.tsv").write_text(
        "plover_type\tmode\tsource\treason\nASSAULT\tabduct\tmanual\t\n"
    )
    with pytest.raises(ValueError, match="gives no reason"):
        read_modes(tmp_path)


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


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "plover_type", "mode"),
    [
        (
            "Border guards captured nine insurgent fighters after a night of fighting.",
            "captured",
            "ASSAULT",
            "abduct",
        ),
        (
            "Armed men hijacked a fuel tanker near the southern depot.",
            "hijacked",
            "ASSAULT",
            "abduct",
        ),
        (
            "Investigators said a criminal group hacked the port authority's network.",
            "hacked",
            "COERCE",
            "cyber",
        ),
        (
            "A magistrate in Korvel issued a warrant for the fugitive banker on Monday.",
            "issued",
            "THREATEN",
            "arrest",
        ),
        (
            "The lenders suspended aid to the interim council after the disputed vote.",
            "suspended",
            "SANCTION",
            "discontinue",
        ),
        (
            "Lavonia evacuated its diplomats from the besieged capital on Sunday.",
            "evacuated",
            "SANCTION",
            "withdraw",
        ),
        ("A judge sentenced the smuggler to nine years in jail.", "sentenced", "COERCE", "arrest"),
        (
            "The transport minister resigned after the rail collapse.",
            "resigned",
            "RETREAT",
            "resign",
        ),
        (
            "Tarsia summoned the Veldan ambassador over the shooting at the border post.",
            "summoned",
            "ACCUSE",
            "disapprove",
        ),
    ],
)
def test_acts_of_round_r12_read_the_manuals_type_and_mode_in_a_sentence(
    analyse, text, word, plover_type, mode
):
    event = event_on(analyse(text), word)
    assert (event.plover_type, event.plover_mode) == (plover_type, mode)
