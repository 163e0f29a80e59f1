"""The brief as one self-contained HTML page: inline CSS and SVG, no scripts, no external assets."""

from __future__ import annotations

from html import escape

from realpolitik.analysis.fronts import Front, Link
from realpolitik.report.sections import Brief, EventLine, PairChange, rolled_up
from realpolitik.report.svg import GREEN, RED, network_svg, timeline_svg

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
.muted { color: #777; } figure { margin: .5em 0; background: white; border: 1px solid #e0e0e0; }
figcaption { font-size: .85em; color: #555; padding: .3em .8em; }
"""


def render_html(brief: Brief) -> str:
    body = [
        "<h1>realpolitik brief</h1>",
        f"<p class='lead'>{_overview(brief)}</p>",
        _fronts_section(brief),
        _actors_section(brief),
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


def _event_html(e: EventLine, with_citations: bool = True) -> str:
    kind = "coop" if e.cooperation else "conf"
    facts = [f"<span class='tag {kind}'>{escape(e.plover_type)}</span>"]
    if e.polarity != "asserted":
        facts.append(f"<span class='tag'>{escape(e.polarity)}</span>")
    facts.append(f"<strong>{escape(', '.join(e.sources) or '(unnamed)')}</strong>")
    if e.targets:
        facts.append(f"→ <strong>{escape(', '.join(e.targets))}</strong>")
    details = [d for d in (e.date or (e.date_text and f"“{e.date_text}”"), e.place) if d]
    if e.fatalities:
        details.append(f"{e.fatalities} killed")
    if e.claimed_by:
        details.append(f"claimed by {', '.join(e.claimed_by)}")
    details.append(f"confidence {e.confidence:.2f}, {e.n_documents} document(s)")
    html = " ".join(facts) + f" <span class='muted'>— {escape('; '.join(details))}</span>"
    if with_citations:
        html += "".join(_citation_html(c.doc_id, c.title, c.sentence) for c in e.citations)
    return f"<div class='card' id='{escape(e.event_id)}'>{html}</div>"


def _citation_html(doc_id: str, title: str | None, sentence: str) -> str:
    source = f"{doc_id}" + (f" — {title}" if title else "")
    return f"<blockquote>“{escape(sentence)}”<br><span class='cite'>{escape(source)}</span></blockquote>"


def _fronts_section(brief: Brief) -> str:
    result = brief.fronts
    out = ["<h2>Fronts</h2>"]
    if not result.camps:
        return out[0] + "<p class='muted'>No signed ties between actors yet: no fronts to read.</p>"
    out.append(
        "<p>Camps found by structural balance at country level (persons and agencies counted "
        f"with their state): {result.n_actors} actors, {result.n_ties} ties; "
        f"{result.consistent_fraction:.0%} of the ties agree with the camps, weighted frustration "
        f"{result.frustration:.2f} (0 is perfectly balanced); stability over "
        f"{result.n_bootstrap} resamplings of the events {result.stability:.2f} "
        "(1 certain, 0.5 a coin toss). Method: "
        f"{escape(result.method)}.</p>"
    )
    out.append(_bottom_line(brief))
    merged = rolled_up(result)
    if merged:
        listed = "; ".join(f"{name}: {', '.join(parts)}" for name, parts in merged.items())
        out.append(f"<p class='muted'>Counted with their state: {escape(listed)}.</p>")
    camp_of = {n: f.camp for f in result.camps for n in f.members}
    short_names = {n: str(d.get("name", n)) for n, d in result.graph.nodes(data=True)}
    out.append(
        "<figure>"
        + network_svg(result.graph, camp_of, short_names)
        + "<figcaption>Signed actor network. Colours: camps; "
        f"<span style='color:{GREEN}'>green</span> ties cooperate, "
        f"<span style='color:{RED}'>red dashed</span> ties fight; thicker is more evidence."
        "</figcaption></figure>"
    )
    lines = {e.event_id: e for e in brief.timeline}
    for part in sorted({f.component for f in result.camps}):
        fronts = [f for f in result.camps if f.component == part]
        if sum(len(f.members) for f in fronts) < 3:
            continue  # a lone pair is a relation, not a front: it is in the tables below
        for front in fronts:
            out.append(_front_html(front, brief, lines))
    small = [f for f in result.camps if sum(len(g.members) for g in result.camps
                                            if g.component == f.component) < 3]  # fmt: skip
    if small:
        pairs = sorted({", ".join(brief.names.get(m, m) for m in f.members) for f in small})
        out.append(f"<p class='muted'>Separate pairs: {escape('; '.join(pairs))}.</p>")
    return "".join(out)


def _bottom_line(brief: Brief) -> str:
    """One sentence for the reader in a hurry: the largest group's sides."""
    fronts = [f for f in brief.fronts.camps if f.component == 0]
    if len(fronts) < 2:
        return ""
    sides = [
        f"<strong>{escape(', '.join(brief.names.get(m, m) for m in f.members))}</strong> "
        f"<span class='muted'>(confidence {f.confidence:.2f})</span>"
        for f in sorted(fronts, key=lambda f: -len(f.members))
    ]
    return f"<p class='card'>In the largest group of linked actors, {' against '.join(sides)}.</p>"


def _front_html(front: Front, brief: Brief, lines: dict[str, EventLine]) -> str:
    names = brief.names
    members = ", ".join(
        f"{escape(names.get(m, m))} <span class='muted'>({front.member_stability[m]:.2f})</span>"
        for m in front.members
    )
    period = " – ".join(p for p in front.period if p) or "undated"
    out = [
        f"<div class='card'><h3>Camp {front.camp + 1}"
        + (f" of group {front.component + 1}" if front.component else "")
        + f" — confidence {front.confidence:.2f}</h3>",
        f"<p>Members (stability): {members}<br><span class='muted'>Period of its evidence: "
        f"{escape(period)}</span></p>",
    ]
    if front.indirect:
        who = ", ".join(names.get(m, m) for m in front.indirect)
        out.append(
            f"<p class='muted'>{escape(who)}: no cooperation with the rest of this camp; "
            "placed here only as an enemy of its enemies.</p>"
        )
    for title, links in (("Ties within", front.allies), ("Against", front.opposed),
                         ("Ties the camps do not explain", front.frustrated)):  # fmt: skip
        if links:
            out.append(f"<p><strong>{title}</strong></p><ul>")
            out.extend(_link_html(lk, names, lines) for lk in links)
            out.append("</ul>")
    out.append("</div>")
    return "".join(out)


def _link_html(link: Link, names: dict[str, str], lines: dict[str, EventLine]) -> str:
    sign = "pos" if link.weight > 0 else "neg"
    evidence = []
    for event_id in link.event_ids:
        e = lines.get(event_id)
        if e is None:
            continue
        quote = e.citations[0] if e.citations else None
        cited = (
            f" — “{escape(quote.sentence)}” <span class='cite'>({escape(quote.doc_id)})</span>"
            if quote
            else ""
        )
        evidence.append(
            f"<br><span class='tag'>{escape(e.plover_type)}</span> {escape(e.date or '')}{cited}"
        )
    return (
        f"<li>{escape(names.get(link.a, link.a))} – {escape(names.get(link.b, link.b))}: "
        f"<span class='{sign}'>{link.weight:+.1f}</span> "
        f"<span class='muted'>({link.n_pos} cooperation, {link.n_neg} conflict)</span>"
        f"{''.join(evidence)}</li>"
    )


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
    return "<h2>Key events</h2>" + "".join(_event_html(e) for e in brief.key_events)


def _claims_section(brief: Brief) -> str:
    if not (brief.claims or brief.denials):
        return ""
    out = ["<h2>Claims and denials</h2>"]
    for pair in brief.denials:
        claim = (
            _event_html(pair.claim)
            if pair.claim
            else "<p class='muted'>(what it answers was not found)</p>"
        )
        out.append(f"<div class='pair'><div><h3>Claim</h3>{claim}</div>"
                   f"<div><h3>Denial</h3>{_event_html(pair.denial)}</div></div>")  # fmt: skip
    answered = {p.claim.event_id for p in brief.denials if p.claim}
    rest = [e for e in brief.claims if e.event_id not in answered]
    if rest:
        out.append("<h3>Claimed by a party, not denied here</h3>")
        out.extend(_event_html(e) for e in rest)
    return "".join(out)


def _changes_section(brief: Brief) -> str:
    if not brief.changes:
        return ""
    rows = "".join(_change_row(c) for c in brief.changes)
    return (
        "<h2>Relations over time</h2><p class='muted'>Score per month, −10 (conflict) … +10 "
        "(cooperation), both directions together; biggest change first.</p>"
        f"<table><tr><th>Pair</th><th>Months (score, events)</th><th>Change</th></tr>{rows}</table>"
    )


def _change_row(c: PairChange) -> str:
    months = " → ".join(
        f"{p}: <span class='{'pos' if s > 0 else 'neg'}'>{s:+.1f}</span> ({n})"
        for p, s, n in c.periods
    )
    change = f"{c.change:+.1f}" if len(c.periods) > 1 else "—"
    return f"<tr><td>{escape(c.a)} – {escape(c.b)}</td><td>{months}</td><td class='num'>{change}</td></tr>"


def _front_talk_section(brief: Brief) -> str:
    if not brief.front_talk:
        return ""
    return (
        "<h2>Is a front forming? What the texts only suppose</h2><p class='muted'>Speculated, "
        "planned or conditional talk of a front or alliance, to weigh against the asserted ties "
        "of the fronts above (it is not counted in them).</p>"
        + "".join(_event_html(e) for e in brief.front_talk)
    )


def _not_happened_section(brief: Brief) -> str:
    if not brief.not_happened:
        return ""
    return (
        "<h2>Plans, speculation and negations</h2><p class='muted'>Not counted in relations or "
        "fronts: they did not (yet) happen.</p>"
        + "".join(_event_html(e) for e in brief.not_happened)
    )


def _timeline_section(brief: Brief) -> str:
    picture = timeline_svg(brief.timeline)
    if not picture:
        return ""
    note = f" {brief.undated} undated event(s) are not shown." if brief.undated else ""
    return (
        f"<h2>Timeline</h2><figure>{picture}<figcaption>Events reported as having happened, by "
        f"date (hover a dot for the event).{escape(note)}</figcaption></figure>"
    )
