"""The Fronts section of the HTML brief: camps, the network picture, and the evidence of each tie."""

from __future__ import annotations

from html import escape

from realpolitik.analysis.fronts import Front, Link
from realpolitik.report.camps import (
    NO_DIRECT_MEMBER,
    chain_text,
    member_label,
    new_actors,
    sides,
)
from realpolitik.report.quotes import QuoteLedger, excerpt
from realpolitik.report.sections import Brief, rolled_up
from realpolitik.report.svg import CAMP_COLOURS, GREEN, RED, network_svg

MAX_EVIDENCE = 3  # events quoted under one tie; the rest are counted
MAX_NEW_ACTORS = 20  # new actors listed; the rest (in no event, sorted last) are counted


def fronts_section(brief: Brief) -> str:
    result = brief.fronts
    out = ["<h2>Fronts</h2>"]
    if not result.camps:
        return out[0] + "<p class='muted'>No signed ties between actors yet: no fronts to read.</p>"
    out.append(_bottom_line(brief))
    out.append(
        "<p class='muted'>Camps found by structural balance at country level (persons and agencies "
        f"counted with their state): {result.n_actors} actors, {result.n_ties} ties; "
        f"{result.consistent_fraction:.0%} of the ties agree with the camps, weighted frustration "
        f"{result.frustration:.2f} (0 is perfectly balanced); stability over "
        f"{result.n_bootstrap} resamplings of the events {result.stability:.2f} "
        f"(1 certain, 0.5 a coin toss). Method: {escape(result.method)}.</p>"
    )
    camp_of = {n: f.camp for f in result.camps for n in f.members}
    short_names = {n: str(d.get("name", n)) for n, d in result.graph.nodes(data=True)}
    legend = " ".join(
        f"<span class='swatch' style='background:{colour}'></span>Camp {camp + 1}"
        for camp, colour in _camp_colours(sorted(set(camp_of.values())))
    )
    out.append(
        "<figure>"
        + network_svg(result.graph, camp_of, short_names)
        + f"<figcaption>Signed actor network. {legend}; "
        f"<span style='color:{GREEN}'>green</span> ties cooperate, "
        f"<span style='color:{RED}'>red dashed</span> ties fight; thicker is more evidence; "
        "bigger circles take part in more events.</figcaption></figure>"
    )
    merged = rolled_up(result)
    if merged:
        listed = "; ".join(f"{name}: {', '.join(parts)}" for name, parts in merged.items())
        out.append(f"<p class='muted'>Counted with their state: {escape(listed)}.</p>")
    # One ledger for the whole section: a tie between camps is listed under both camps, and a
    # three-party exercise backs three ties; each quote is shown once.
    ledger = QuoteLedger()
    for part in sorted({f.component for f in result.camps}):
        fronts = [f for f in result.camps if f.component == part]
        if sum(len(f.members) for f in fronts) < 3:
            continue  # a lone pair is a relation, not a front: it is in the tables below
        shown: set[tuple[str, str]] = set()
        for front in fronts:
            out.append(_front_html(front, brief, ledger, shown))
    small = [f for f in result.camps if sum(len(g.members) for g in result.camps
                                            if g.component == f.component) < 3]  # fmt: skip
    if small:
        pairs = sorted({", ".join(brief.names.get(m, m) for m in f.members) for f in small})
        out.append(f"<p class='muted'>Separate pairs: {escape('; '.join(pairs))}.</p>")
    return "".join(out)


def _camp_colours(camps: list[int]) -> list[tuple[int, str]]:
    return [(c, CAMP_COLOURS[c % len(CAMP_COLOURS)]) for c in camps]


def _bottom_line(brief: Brief) -> str:
    """One sentence for the reader in a hurry: the largest group's sides, named by the actors
    their own ties place; those balance inference alone puts there are named apart."""
    found = sides(brief)
    if not found:
        return ""
    parts = [
        f"<strong>{escape(', '.join(s.direct) or NO_DIRECT_MEMBER)}</strong> "
        f"<span class='muted'>(camp {s.camp + 1}, confidence {s.confidence:.2f})</span>"
        for s in found
    ]
    inferred = [
        f"{escape(name)} <span class='muted'>(camp {s.camp + 1}: {escape(chain)})</span>"
        for s in found
        for name, chain in s.inferred
    ]
    apart = f" Placed only by balance inference: {'; '.join(inferred)}." if inferred else ""
    return (
        "<p class='card bottom'><strong>Bottom line.</strong> In the largest group of linked "
        f"actors, {' against '.join(parts)}.{apart}</p>"
    )


def new_actors_section(brief: Brief) -> str:
    """Actors the texts named that the knowledge base does not know."""
    found = new_actors(brief)
    if not found:
        return ""
    rows = "".join(
        f"<tr><td>{escape(str(a.get('name')))}</td><td>{escape(str(a.get('kind') or ''))}</td>"
        f"<td>{escape(str(a.get('country') or ''))}</td>"
        f"<td>{escape(str(a.get('sector') or ''))}</td><td>{a.get('n_events') or 0}</td></tr>"
        for a in found[:MAX_NEW_ACTORS]
    )
    more = (
        f"<p class='muted'>And {len(found) - MAX_NEW_ACTORS} more in no event.</p>"
        if len(found) > MAX_NEW_ACTORS
        else ""
    )
    return (
        "<h2>New actors</h2><p class='muted'>Named in the texts, not in the knowledge base; "
        "kind, country and sector read from the text.</p><table><tr><th>Actor</th><th>Kind</th>"
        f"<th>Country</th><th>Sector</th><th>Events</th></tr>{rows}</table>{more}"
    )


def _front_html(
    front: Front, brief: Brief, ledger: QuoteLedger, shown: set[tuple[str, str]]
) -> str:
    names = brief.names
    members = ", ".join(escape(member_label(front, m, names)) for m in front.direct) or "none"
    period = " – ".join(p for p in front.period if p) or "undated"
    out = [
        f"<div class='card'><h3>Camp {front.camp + 1}"
        + (f" of group {front.component + 1}" if front.component else "")
        + f" — confidence {front.confidence:.2f}</h3>",
        f"<p>Placed by their own ties: {members}<br><span class='muted'>Period of its "
        f"evidence: {escape(period)}</span></p>",
    ]
    if front.indirect:
        inferred = "".join(
            f"<li>{escape(member_label(front, m, names))}: {escape(chain_text(front, m, names))}"
            "</li>"
            for m in front.indirect
        )
        out.append(
            "<p class='muted'>Placed only by balance inference (an enemy of the camp's enemies, "
            f"no tie of its own to the camp):</p><ul class='muted'>{inferred}</ul>"
        )
    for title, links in (("Ties within", front.allies), ("Against the other camp", front.opposed),
                         ("Ties the camps do not explain", front.frustrated)):  # fmt: skip
        fresh = [lk for lk in links if (lk.a, lk.b) not in shown]
        if len(fresh) < len(links):
            out.append(
                f"<p class='muted'>{title}: {len(links) - len(fresh)} tie(s) listed under the "
                "camp above.</p>"
            )
        if fresh:
            out.append(f"<p><strong>{title}</strong></p><ul>")
            out.extend(_link_html(lk, brief, ledger) for lk in fresh)
            out.append("</ul>")
        shown.update((lk.a, lk.b) for lk in links)
    out.append("</div>")
    return "".join(out)


def _link_html(link: Link, brief: Brief, ledger: QuoteLedger) -> str:
    names = brief.names
    sign = "pos" if link.weight > 0 else "neg"
    found = [e for i in link.event_ids if (e := brief.lines.get(i)) is not None]
    # The best attested evidence first; a tie of many events shows a few and counts the rest.
    found.sort(key=lambda e: (-e.confidence * e.n_documents, e.event_id))
    evidence = []
    for e in found[:MAX_EVIDENCE]:
        when = f" {escape(e.date_label)}" if e.date_label else ""
        head = f"<br><span class='tag'>{escape(e.plover_type)}</span>{when}"
        quote = e.citations[0] if e.citations else None
        if quote is None:
            evidence.append(head)
        elif ledger.seen_event(e):
            evidence.append(
                f"{head} <span class='again'>— same event as above (“"
                f"{escape(excerpt(quote.sentence))}”)</span>"
            )
        elif ledger.earlier_quote(quote, e.event_id) is not None:
            evidence.append(
                f"{head} <span class='again'>— read from a sentence quoted above (“"
                f"{escape(excerpt(quote.sentence))}”)</span>"
            )
        else:
            evidence.append(
                f"{head} — “{escape(quote.sentence)}” "
                f"<span class='cite'>({escape(quote.doc_id)})</span>"
            )
    if len(found) > MAX_EVIDENCE:
        kinds = ", ".join(e.plover_type for e in found[MAX_EVIDENCE:])
        evidence.append(
            f"<br><span class='muted'>and {len(found) - MAX_EVIDENCE} more: {kinds}</span>"
        )
    return (
        f"<li>{escape(names.get(link.a, link.a))} – {escape(names.get(link.b, link.b))}: "
        f"<span class='{sign}'>{link.weight:+.1f}</span> "
        f"<span class='muted'>({link.n_pos} cooperation, {link.n_neg} conflict)</span>"
        f"{''.join(evidence)}</li>"
    )
