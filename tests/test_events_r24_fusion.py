"""Round r24 (fuse23), classes read from fusion_own18 tune misses; every sentence here is made up
for the test (made-up names and outlets, real places):

- a local paper's date line whose name joins its words with "del", "do", "della" and the like
  ("Diario del Pacifico | 08.10.2032") dates the article;
- a state's army named by its acronym (UPDF, FARDC) is that state's military;
- a verb of naming whose quoted complement disapproves ("called the expulsion 'an attack on
  press freedom'") criticises another's act: the namer is not its doer, the complement no assault;
- a date phrase of a later clause with a subject of its own ("..., and on Friday lawmakers
  urged") does not date the act of the clause before it; a date phrase of a relative clause
  dates the acts told inside that clause ("who crossed ... on Tuesday and attacked").
"""

from __future__ import annotations

from datetime import date

from event_helpers import analysed_mentions, event_holding

from realpolitik.ingest.dates import dateline_date

PUBLISHED = date(2032, 3, 12)  # a Friday


def _analyse(resources, text: str):
    return analysed_mentions(resources, {"d1": text}, PUBLISHED)


def test_an_outlet_named_with_del_or_do_dates_its_article() -> None:
    assert dateline_date("Diario del Pacifico | 08.10.2032\n\nFishermen block the port") == date(
        2032, 10, 8
    )
    assert dateline_date("Jornal do Litoral - 3 May 2031\n\nStrike ends") == date(2031, 5, 3)
    assert dateline_date("Gazzetta della Riviera | 04.05.2031\n\nx") == date(2031, 5, 4)


def test_a_sentence_before_a_date_is_still_no_outlet_line() -> None:
    assert dateline_date("The port reopened del Sur - 7 July 2032\n\nx") is None


def test_an_army_named_by_its_acronym_is_its_states_military(resources) -> None:
    mentions = _analyse(
        resources, "Soldiers of the UPDF shelled an ADF camp near Oicha on Tuesday, residents said."
    )
    assert {a.country for a in event_holding(mentions, "shelled").source} == {"UGA"}
    mentions = _analyse(resources, "FARDC troops recaptured the village of Kanyabayonga on Monday.")
    assert {a.country for a in event_holding(mentions, "recaptured").source} == {"COD"}


def test_a_quoted_disapproving_complement_criticises_the_act_it_names(resources) -> None:
    mentions = _analyse(
        resources,
        "Poland's foreign ministry summoned the Belarusian charge d'affaires on Wednesday and "
        'called the expulsion of the reporter "an attack on press freedom".',
    )
    assert event_holding(mentions, "called").plover_type == "ACCUSE"
    assert all(m.plover_type != "ASSAULT" for m in mentions)


def test_the_namer_of_a_deportation_is_not_the_deporter(resources) -> None:
    mentions = _analyse(
        resources,
        "Estonia's foreign minister called the deportation of the two cameramen an assault on "
        "the free press.",
    )
    assert all(a.country != "EST" for a in event_holding(mentions, "deportation").source)


def test_a_later_clause_with_its_own_subject_keeps_its_day(resources) -> None:
    mentions = _analyse(
        resources,
        "Warsaw had summoned the Belarusian envoy the day after the reporter was deported, and "
        "on Friday Polish senators urged the European Commission to act.",
    )
    assert event_holding(mentions, "summoned").date.text != "Friday"
    assert event_holding(mentions, "urged").date.text == "Friday"


def test_an_act_of_the_earlier_clause_keeps_its_own_day(resources) -> None:
    mentions = _analyse(
        resources,
        "Police detained two students on Monday, and on Thursday soldiers stormed the campus.",
    )
    assert event_holding(mentions, "detained").date.text == "Monday"
    assert event_holding(mentions, "stormed").date.text == "Thursday"


def test_acts_joined_in_a_relative_clause_share_its_day(resources) -> None:
    mentions = _analyse(
        resources,
        "The militiamen, who crossed the river on Tuesday and attacked a police post near Uvira, "
        "have gone back to their hills.",
    )
    assert event_holding(mentions, "attacked").date.start == "2032-03-09"


def test_a_person_put_on_a_flight_out_is_deported(resources) -> None:
    mentions = _analyse(
        resources,
        "The Austrian blogger was put on a flight to Vienna on Monday, the interior ministry said.",
    )
    assert event_holding(mentions, "put").plover_type == "COERCE"


def test_troops_put_on_alert_are_still_mobilised(resources) -> None:
    mentions = _analyse(resources, "Border troops were put on alert near Uvira on Sunday.")
    assert event_holding(mentions, "put").plover_type == "MOBILIZE"
