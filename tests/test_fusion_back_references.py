"""A back-reference with no parties ("over Monday's detention", "the deportations") joins the one
happening of its kind another report tells, when its date fits and its article names that
happening's parties; two happenings of its kind that fit keep it alone. Own sentences."""

from __future__ import annotations

from test_fusion_events import day, mention

from realpolitik.fusion import fuse_events
from realpolitik.fusion.back_references import act_root, same_root
from realpolitik.model import DateInfo, Place

IRAN_GUARDS = ("IRN.MIL", "Iranian Revolutionary Guards", "IRN", "MIL")
GREECE = ("GRC", "Greece", "GRC", None)
IRAN_GOV = ("IRN.GOV", "Tehran", "IRN", "GOV")
GREEK_GOV = ("GRC.GOV", "Athens", "GRC", "GOV")

# report a: the happening with its parties, stated on Monday 2025-03-10
SEIZED = "Iranian Revolutionary Guards seized a Greek-flagged tanker in the Strait on Monday."
# report b, two days later: a new act naming the parties, and the back-reference
RELEASED_CREW = "Tehran detained two more Greek sailors ashore on Wednesday."
RECALLED = "Athens complained to Tehran about Monday's seizure of the tanker."


BANDAR_ABBAS = Place("Bandar Abbas", "IRN", 27.2, 56.3, 141681, "city")
JASK = Place("Jask", "IRN", 25.6, 57.8, 127349, "city")


def _report_a(trigger: str = "seized", on: str = "2025-03-10", place: Place | None = None) -> list:
    return [mention("a", 0, "COERCE", (IRAN_GUARDS,), (GREECE,), sentence=SEIZED,
                    trigger=trigger, date=day(on), place=place)]  # fmt: skip


def _report_b(
    back_date: DateInfo | None = None, back_first: bool = False, named_on: str = "2025-03-12"
) -> list:
    """The article's other act (`named_on`, naming both parties) and its back-reference, after
    it or (`back_first`) before it."""
    at_named, at_back = (100, 0) if back_first else (0, 100)
    named = mention("b", at_named, "COERCE", (IRAN_GOV,), (GREECE,), sentence=RELEASED_CREW,
                    trigger="detained", date=day(named_on))  # fmt: skip
    back = mention("b", at_back, "COERCE", sentence=RECALLED, trigger="seizure",
                   date=back_date or day("2025-03-10"))  # fmt: skip
    return [named, back]


def _event_of(events: list, doc_id: str, trigger: str) -> str:
    return next(
        e.event_id for e in events for m in e.mentions if m.doc_id == doc_id and m.trigger == trigger
    )


def test_roots_of_a_noun_and_its_verb_agree() -> None:
    assert same_root(act_root("seizure"), act_root("seized"))
    assert same_root(act_root("expulsions"), act_root("expelled"))
    assert same_root(act_root("detention"), act_root("detains"))
    assert same_root(act_root("deportations"), act_root("deported"))
    assert not same_root(act_root("seizure"), act_root("detained"))
    assert not same_root(act_root("ban"), act_root("bandits"))


def test_a_back_reference_joins_the_one_happening_another_report_tells() -> None:
    events = fuse_events(_report_a() + _report_b())
    assert _event_of(events, "b", "seizure") == _event_of(events, "a", "seized")
    # the later act the article tells, two days on, stays its own happening
    assert _event_of(events, "b", "detained") != _event_of(events, "a", "seized")


def test_a_back_reference_dated_another_day_stays_alone() -> None:
    events = fuse_events(_report_a(on="2025-03-07") + _report_b())
    assert _event_of(events, "b", "seizure") != _event_of(events, "a", "seized")


def test_a_back_reference_of_another_act_stays_alone() -> None:
    events = fuse_events(_report_a(trigger="boarded") + _report_b())
    assert _event_of(events, "b", "seizure") != _event_of(events, "a", "boarded")


def test_two_happenings_of_its_kind_that_fit_keep_the_back_reference_alone() -> None:
    second = "Guards seized a second Greek tanker off Jask on Monday."
    other = mention("c", 0, "COERCE", (IRAN_GUARDS,), (GREECE,), sentence=second,
                    trigger="seized", date=day("2025-03-10"), place=JASK)  # fmt: skip
    # a second seizure the same day by the same parties in another port: two happenings
    events = fuse_events(_report_a(place=BANDAR_ABBAS) + [other] + _report_b())
    assert _event_of(events, "a", "seized") != _event_of(events, "c", "seized")
    back = _event_of(events, "b", "seizure")
    assert back not in {_event_of(events, "a", "seized"), _event_of(events, "c", "seized")}


def test_an_article_that_does_not_name_the_parties_keeps_its_back_reference_alone() -> None:
    unrelated = mention("b", 0, "COERCE", (GREEK_GOV,), (("TUR", "Turkey", "TUR", None),),
                        sentence="Athens detained Turkish fishermen on Wednesday.",
                        trigger="detained", date=day("2025-03-12"))  # fmt: skip
    # (round r15: a recall whose own sentence names the parties, as RECALLED does, joins them)
    unnamed = "Officials complained about Monday's seizure of the tanker."
    back = mention("b", 100, "COERCE", sentence=unnamed, trigger="seizure", date=day("2025-03-10"))
    events = fuse_events(_report_a() + [unrelated, back])
    assert _event_of(events, "b", "seizure") != _event_of(events, "a", "seized")


def test_a_back_reference_dated_by_its_document_looks_back_a_week_at_most() -> None:
    # first in its article (nothing earlier there to continue); the article's other act, a
    # detention of last month, names the parties but is no candidate of that week
    published = DateInfo("2025-03-12", "2025-03-12", "day", None, True)
    events = fuse_events(
        _report_a() + _report_b(back_date=published, back_first=True, named_on="2025-02-20")
    )
    assert _event_of(events, "b", "seizure") == _event_of(events, "a", "seized")
    later = DateInfo("2025-03-25", "2025-03-25", "day", None, True)
    events = fuse_events(
        _report_a() + _report_b(back_date=later, back_first=True, named_on="2025-02-20")
    )
    assert _event_of(events, "b", "seizure") != _event_of(events, "a", "seized")


def test_the_articles_own_act_of_that_week_competes_with_a_document_dated_back_reference() -> None:
    published = DateInfo("2025-03-12", "2025-03-12", "day", None, True)
    events = fuse_events(_report_a() + _report_b(back_date=published, back_first=True))
    assert _event_of(events, "b", "seizure") != _event_of(events, "a", "seized")


def test_a_mention_with_parties_of_its_own_keeps_the_participant_rules() -> None:
    # "Athens' seizure" read with Greece as its party: Greece seized nothing in report a
    own = mention("b", 100, "COERCE", (GREEK_GOV,), sentence=RECALLED, trigger="seizure",
                  date=day("2025-03-10"))  # fmt: skip
    events = fuse_events(_report_a() + [_report_b()[0], own])
    assert _event_of(events, "b", "seizure") != _event_of(events, "a", "seized")


def test_a_hypothetical_act_of_that_kind_recalls_nothing() -> None:
    named = _report_b()[0]
    maybe = mention("b", 100, "COERCE", sentence="Any further seizure would be an act of war.",
                    trigger="seizure", date=day("2025-03-10"), polarity="hypothetical")  # fmt: skip
    events = fuse_events(_report_a() + [named, maybe])
    assert _event_of(events, "b", "seizure") != _event_of(events, "a", "seized")
