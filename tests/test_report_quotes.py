"""Each event's quote is shown once per section; later mentions point back briefly."""

from __future__ import annotations

from realpolitik.analysis.fronts import Link, find_fronts
from realpolitik.report.html import render_html
from realpolitik.report.html_fronts import _link_html
from realpolitik.report.markdown import _link, render_markdown
from realpolitik.report.quotes import QuoteLedger, excerpt
from realpolitik.report.sections import Brief, Citation, EventLine

EXERCISE = ("The Three Brothers– 2021 military exercise involving special forces from Turkey, "
            "Azerbaijan, and Pakistan, was launched on September 12, 2021.")  # fmt: skip
ACCUSATION = "Islamabad accused the Taliban of harbouring TTP, but Kabul denied these accusations."


def line(event_id: str, kind: str, sentence: str, sources: list[str]) -> EventLine:
    return EventLine(
        event_id=event_id, plover_type=kind, polarity="asserted", sources=sources, targets=[],
        date="2021-09-12", date_text=None, place=None, confidence=0.9, n_documents=1,
        claimed_by=[], fatalities=None, cooperation=kind == "COOPERATE",
        citations=[Citation("002.txt", None, sentence)], date_precision="day",
    )  # fmt: skip


def brief_of(**parts: object) -> Brief:
    base: dict[str, object] = dict(counts={}, actors=[], key_events=[], claims=[], denials=[],
                                   not_happened=[], changes=[], fronts=find_fronts([]),
                                   timeline=[], undated=0)  # fmt: skip
    return Brief(**{**base, **parts})  # type: ignore[arg-type]


def test_a_three_party_event_is_quoted_under_its_first_tie_only():
    exercise = line("ev1", "COOPERATE", EXERCISE, ["Turkey", "Azerbaijan", "Pakistan"])
    brief = brief_of(lines={"ev1": exercise})
    ties = [Link("TUR", "AZE", 2.7, 1, 0, ["ev1"]), Link("AZE", "PAK", 2.7, 1, 0, ["ev1"]),
            Link("PAK", "TUR", 2.7, 1, 0, ["ev1"])]  # fmt: skip
    ledger = QuoteLedger()
    html = "".join(_link_html(t, brief, ledger) for t in ties)
    assert html.count("military exercise involving special forces") == 1
    assert html.count("same event as above") == 2
    ledger = QuoteLedger()
    text = "\n".join(ln for t in ties for ln in _link(t, brief, ledger))
    assert text.count("military exercise involving special forces") == 1
    assert text.count("same event as above") == 2


def test_one_sentence_read_as_two_events_is_quoted_once_per_section():
    accuse = line("ev2", "ACCUSE", ACCUSATION, ["Pakistan"])
    reject = line("ev3", "REJECT", ACCUSATION, ["Taliban"])
    brief = brief_of(key_events=[accuse, reject], not_happened=[accuse])
    html = render_html(brief)
    # Quoted in full once in key events, and again (once) in the next section: once per section.
    assert html.count("harbouring TTP, but Kabul") == 2
    assert "Read from the same sentence as above" in html
    text = render_markdown(brief)
    assert text.count("harbouring TTP, but Kabul") == 2
    assert "read from the same sentence as above" in text


def test_ledger_and_excerpt():
    ledger = QuoteLedger()
    event = line("ev1", "COOPERATE", EXERCISE, [])
    assert not ledger.seen_event(event) and ledger.seen_event(event)
    assert ledger.earlier_quote(event.citations[0], "ev1") is None
    assert ledger.earlier_quote(Citation("002.txt", None, "  " + EXERCISE), "ev9") == "ev1"
    assert ledger.earlier_quote(Citation("003.txt", None, EXERCISE), "ev9") is None  # other doc
    assert excerpt(EXERCISE) == "The Three Brothers– 2021 military exercise involving special…"
    assert excerpt("Short one.") == "Short one."
