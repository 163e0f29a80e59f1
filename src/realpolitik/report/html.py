"""The brief as one self-contained HTML page: inline CSS and SVG, no scripts, no external assets."""

from __future__ import annotations

from html import escape

from realpolitik.report.html_fronts import fronts_section, new_actors_section
from realpolitik.report.quotes import QuoteLedger, excerpt
from realpolitik.report.sections import Brief, EventLine, PairChange
from realpolitik.report.svg import timeline_svg

CSS = """
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #212121;
       max-width: 980px; margin: 2em auto; padding: 0 1.2em; background: #fafafa; }
h1 { font-size: 1.9em; margin-bottom: .1em; } h2 { margin-top: 1.8em; border-bottom: 2px solid #e0e0e0; }
h3 { margin-bottom: .3em; }
.lead { color: #555; margin-top: 0; }
table { border-collapse: collapse; width: 100%; background: white; margin: .5em 0; }
th, td { text-align: left; padding: .35em .6em; border-bottom: 1px solid #eee; vertical-align: top; }
th { background: #f0f0f0; font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.card { background: white; border: 1px solid #e0e0e0; border-radius: 6px; padding: .8em 1em; margin: .7em 0; }
.pos { color: #2e7d32; font-weight: 600; } .neg { color: #c62828; font-weight: 600; }
.tag { display: inline-block; font-size: .78em; padding: 0 .45em; border-radius: 3px;
       background: #eceff1; color: #37474f; margin-right: .3em; }
.tag.coop { background: #e8f5e9; color: #1b5e20; } .tag.conf { background: #ffebee; color: #b71c1c; }
blockquote { margin: .3em 0 .3em 0; padding: .2em .8em; border-left: 3px solid #90a4ae;
             color: #37474f; background: #f7f9fa; }
.cite { font-size: .85em; color: #607d8b; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1em; }
.muted { color: #777; } .again { color: #607d8b; font-size: .9em; margin: .3em 0; }
.bottom { border-left: 4px solid #1565c0; }
.swatch { display: inline-block; width: .8em; height: .8em; border-radius: 50%; margin: 0 .25em 0 .5em;
          vertical-align: -.05em; } figure { margin: .5em 0; background: white; border: 1px solid #e0e0e0; }
figcaption { font-size: .85em; color: #555; padding: .3em .8em; }
"""


def render_html(brief: Brief) -> str:
    body = [
        "<h1>realpolitik brief</h1>",
        f"<p class='lead'>{_overview(brief)}</p>",
        fronts_section(brief),
        _actors_section(brief),
        new_actors_section(brief),
        _key_events_section(brief),
        _claims_section(brief),
        _changes_section(brief),
        _front_talk_section(brief),
        _not_happened_section(brief),
        _timeline_section(brief),
    ]
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<title>realpolitik brief</title>"
        f"<style>{CSS}</style></head><body>{''.join(body)}</body></html>\n"
    )


def _overview(brief: Brief) -> str:
    c = brief.counts
    return escape(
        f"{c.get('documents_ok', 0)} documents ({c.get('documents_duplicate', 0)} duplicates, "
        f"{c.get('documents_rejected', 0)} rejected), {c.get('events', 0)} events, "
        f"{c.get('actors', 0)} actors, {c.get('relations', 0)} relation rows."
    )


def _event_html(e: EventLine, ledger: QuoteLedger) -> str:
    """An event card; an event or sentence the section already quoted points back instead."""
    kind = "coop" if e.cooperation else "conf"
    facts = [f"<span class='tag {kind}'>{escape(e.plover_type)}</span>"]
    if e.polarity != "asserted":
        facts.append(f"<span class='tag'>{escape(e.polarity)}</span>")
    facts.append(f"<strong>{escape(', '.join(e.sources) or '(unnamed)')}</strong>")
    if e.targets:
        facts.append(f"→ <strong>{escape(', '.join(e.targets))}</strong>")
    details = [d for d in (e.date_label, e.place) if d]
    if e.fatalities:
        details.append(f"{e.fatalities} killed")
    if e.claimed_by:
        details.append(f"claimed by {', '.join(e.claimed_by)}")
    details.append(f"confidence {e.confidence:.2f}, {e.n_documents} document(s)")
    html = " ".join(facts) + f" <span class='muted'>— {escape('; '.join(details))}</span>"
    if ledger.seen_event(e):
        html += "<p class='again'>Same event as above.</p>"
    for c in e.citations:
        earlier = ledger.earlier_quote(c, e.event_id)
        if earlier is None:
            html += _citation_html(c.doc_id, c.title, c.sentence)
        else:
            html += (
                f"<p class='again'>Read from the same sentence as above (“"
                f"{escape(excerpt(c.sentence))}”, {escape(c.doc_id)}).</p>"
            )
    return f"<div class='card'>{html}</div>"


def _citation_html(doc_id: str, title: str | None, sentence: str) -> str:
    source = f"{doc_id}" + (f" — {title}" if title else "")
    return f"<blockquote>“{escape(sentence)}”<br><span class='cite'>{escape(source)}</span></blockquote>"


def _events_html(events: list[EventLine]) -> str:
    ledger = QuoteLedger()
    return "".join(_event_html(e, ledger) for e in events)


def _actors_section(brief: Brief) -> str:
    if not brief.actors:
        return "<h2>Main actors</h2><p class='muted'>No actors in events yet.</p>"
    rows = "".join(
        f"<tr><td>{escape(a.name)}</td><td>{escape(a.country or '')}</td>"
        f"<td class='num'>{a.n_events}</td><td class='num pos'>{a.cooperation}</td>"
        f"<td class='num neg'>{a.conflict}</td></tr>"
        for a in brief.actors
    )
    return (
        "<h2>Main actors</h2><table><tr><th>Actor</th><th>Country</th><th>Events</th>"
        f"<th>Cooperation</th><th>Conflict</th></tr>{rows}</table>"
    )


def _key_events_section(brief: Brief) -> str:
    if not brief.key_events:
        return "<h2>Key events</h2><p class='muted'>No events reported as having happened yet.</p>"
    return (
        "<h2>Key events</h2><p class='muted'>Reported as having happened, the best attested first "
        "(confidence × documents); each with the sentences it was read from.</p>"
        + _events_html(brief.key_events)
    )


def _claims_section(brief: Brief) -> str:
    if not (brief.claims or brief.denials):
        return ""
    ledger = QuoteLedger()
    out = ["<h2>Claims and denials</h2>"]
    paired = [p for p in brief.denials if p.claim]
    for pair in paired:
        assert pair.claim is not None
        out.append(f"<div class='pair'><div><h3>Claim</h3>{_event_html(pair.claim, ledger)}</div>"
                   f"<div><h3>Denial</h3>{_event_html(pair.denial, ledger)}</div></div>")  # fmt: skip
    alone = [p.denial for p in brief.denials if not p.claim]
    if alone:
        out.append("<h3>Denials and rejections whose claim was not found</h3>")
        out.extend(_event_html(e, ledger) for e in alone)
    answered = {p.claim.event_id for p in paired if p.claim}
    rest = [e for e in brief.claims if e.event_id not in answered]
    if rest:
        out.append("<h3>Claimed by a party, not denied here</h3>")
        out.extend(_event_html(e, ledger) for e in rest)
    return "".join(out)


def _changes_section(brief: Brief) -> str:
    if not brief.changes:
        return ""
    rows = "".join(_change_row(c) for c in brief.changes)
    return (
        "<h2>Relations over time</h2><p class='muted'>Score per month, −10 (conflict) … +10 "
        "(cooperation), both directions together; biggest change first. Only dated events count."
        f"</p><table><tr><th>Pair</th><th>Months (score, events)</th><th>Change</th></tr>{rows}"
        "</table>"
    )


def _change_row(c: PairChange) -> str:
    months = " → ".join(
        f"{p}: <span class='{'pos' if s > 0 else 'neg'}'>{s:+.1f}</span> ({n})"
        for p, s, n in c.periods
    )
    change = (
        f"<span class='{'pos' if c.change > 0 else 'neg'}'>{c.change:+.1f}</span>"
        if len(c.periods) > 1
        else "<span class='muted'>one month</span>"
    )
    return (
        f"<tr><td>{escape(c.a)} – {escape(c.b)}</td><td>{months}</td>"
        f"<td class='num'>{change}</td></tr>"
    )


def _front_talk_section(brief: Brief) -> str:
    if not brief.front_talk:
        return ""
    return (
        "<h2>Is a front forming? What the texts only suppose</h2><p class='muted'>Speculated, "
        "planned or conditional talk of a front or alliance, to weigh against the asserted ties "
        "of the fronts above (it is not counted in them).</p>" + _events_html(brief.front_talk)
    )


def _not_happened_section(brief: Brief) -> str:
    if not brief.not_happened:
        return ""
    return (
        "<h2>Plans, speculation and negations</h2><p class='muted'>Not counted in relations or "
        "fronts: they did not (yet) happen.</p>" + _events_html(brief.not_happened)
    )


def _timeline_section(brief: Brief) -> str:
    if not (brief.timeline or brief.undated_events):
        return ""
    out = ["<h2>Timeline</h2>"]
    picture = timeline_svg(brief.timeline)
    if picture:
        out.append(
            f"<figure>{picture}<figcaption>Events reported as having happened, by date; long "
            "empty stretches are cut out (each band has its own scale). Hover a dot for the "
            "event.</figcaption></figure>"
        )
    if brief.timeline:
        out.append("<table><tr><th>Date</th><th>Event</th><th>Place</th></tr>")
        out.extend(
            f"<tr><td>{escape(e.date_label or '')}</td><td>{escape(e.summary)}</td>"
            f"<td>{escape(e.place or '')}</td></tr>"
            for e in brief.timeline
        )
        out.append("</table>")
    if brief.undated_events:
        with_words = [e for e in brief.undated_events if e.date_text]
        out.append(
            f"<h3>Undated: {len(brief.undated_events)} event(s)</h3><p class='muted'>The texts "
            f"give no calendar date for these; {len(with_words)} name a day or time relative to "
            "the article (listed), the rest none.</p>"
        )
        if with_words:
            out.append("<ul>")
            out.extend(
                f"<li>{escape(e.date_label or '')} — {escape(e.summary)}"
                + (f" <span class='muted'>({escape(e.place)})</span>" if e.place else "")
                + "</li>"
                for e in with_words
            )
            out.append("</ul>")
    return "".join(out)
