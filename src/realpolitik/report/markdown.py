"""The brief as Markdown (for the terminal, a wiki or a diff); the same content as the HTML,
with the pictures as text: the network as its camps and ties, the timeline as dated bands."""

from __future__ import annotations

from realpolitik.analysis.fronts import Link
from realpolitik.report.camps import (
    NO_DIRECT_MEMBER,
    chain_text,
    member_label,
    new_actors,
    sides,
)
from realpolitik.report.quotes import QuoteLedger, excerpt
from realpolitik.report.sections import Brief, EventLine, rolled_up
from realpolitik.report.timeline import split_into_bands

MAX_EVIDENCE = 3  # events quoted under one tie, as in the HTML
MAX_NEW_ACTORS = 20  # new actors listed; the rest (in no event, sorted last) are counted


def render_markdown(brief: Brief) -> str:
    c = brief.counts
    out = [
        "# realpolitik brief",
        "",
        f"{c.get('documents_ok', 0)} documents ({c.get('documents_duplicate', 0)} duplicates, "
        f"{c.get('documents_rejected', 0)} rejected), {c.get('events', 0)} events, "
        f"{c.get('actors', 0)} actors, {c.get('relations', 0)} relation rows.",
    ]
    out += _fronts(brief)
    out += ["", "## Main actors", ""]
    if brief.actors:
        out += ["| Actor | Country | Events | Cooperation | Conflict |", "|---|---|---:|---:|---:|"]
        out += [
            f"| {_cell(a.name)} | {a.country or ''} | {a.n_events} | {a.cooperation} | {a.conflict} |"
            for a in brief.actors
        ]
    else:
        out.append("No actors in events yet.")
    out += _new_actors(brief)
    out += ["", "## Key events", ""]
    out += _events(brief.key_events) or ["No events yet."]
    out += _claims(brief)
    if brief.changes:
        out += ["", "## Relations over time", "", "| Pair | Months (score, events) | Change |",
                "|---|---|---:|"]  # fmt: skip
        for ch in brief.changes:
            months = " → ".join(f"{p}: {s:+.1f} ({n})" for p, s, n in ch.periods)
            change = f"{ch.change:+.1f}" if len(ch.periods) > 1 else "one month"
            out.append(f"| {_cell(ch.a)} – {_cell(ch.b)} | {months} | {change} |")
    if brief.front_talk:
        out += ["", "## Is a front forming? What the texts only suppose", "",
                "Speculated, planned or conditional (not counted in the fronts above):", ""]  # fmt: skip
        out += _events(brief.front_talk)
    if brief.not_happened:
        out += ["", "## Plans, speculation and negations", "",
                "Not counted in relations or fronts: they did not (yet) happen.", ""]  # fmt: skip
        out += _events(brief.not_happened)
    out += _timeline(brief)
    return "\n".join(out).rstrip() + "\n"


def _claims(brief: Brief) -> list[str]:
    if not (brief.denials or brief.claims):
        return []
    out = ["", "## Claims and denials", ""]
    ledger = QuoteLedger()
    paired = [p for p in brief.denials if p.claim]
    for pair in paired:
        assert pair.claim is not None
        out += ["**Claim:**", "", *_event(pair.claim, ledger)]
        out += ["**Denial:**", "", *_event(pair.denial, ledger)]
    alone = [p.denial for p in brief.denials if not p.claim]
    if alone:
        out += ["### Denials and rejections whose claim was not found", ""]
        out += [line for e in alone for line in _event(e, ledger)]
    answered = {p.claim.event_id for p in paired if p.claim}
    rest = [e for e in brief.claims if e.event_id not in answered]
    if rest:
        out += ["### Claimed by a party, not denied here", ""]
        out += [line for e in rest for line in _event(e, ledger)]
    return out


def _fronts(brief: Brief) -> list[str]:
    result = brief.fronts
    out = ["", "## Fronts", ""]
    if not result.camps:
        return [*out, "No signed ties between actors yet: no fronts to read."]
    line = _bottom_line(brief)
    if line:
        out += [line, ""]
    out.append(
        f"Structural balance at country level: {result.n_actors} actors, {result.n_ties} ties; "
        f"{result.consistent_fraction:.0%} of ties agree with the camps, frustration "
        f"{result.frustration:.2f}, stability {result.stability:.2f} over {result.n_bootstrap} "
        "resamplings."
    )
    merged = rolled_up(result)
    if merged:
        listed = "; ".join(f"{name}: {', '.join(parts)}" for name, parts in merged.items())
        out += ["", f"Counted with their state: {listed}."]
    ledger = QuoteLedger()
    shown: set[tuple[str, str]] = set()
    for front in result.camps:
        if sum(len(f.members) for f in result.camps if f.component == front.component) < 3:
            continue
        members = ", ".join(member_label(front, m, brief.names) for m in front.direct)
        out += ["", f"### Camp {front.camp + 1} (group {front.component + 1}) — confidence "
                f"{front.confidence:.2f}", "",
                f"Placed by their own ties: {members or 'none'}"]  # fmt: skip
        if front.indirect:
            out += ["", "Placed only by balance inference (an enemy of the camp's enemies, no "
                    "tie of its own to the camp):"]  # fmt: skip
            out += [f"- {member_label(front, m, brief.names)}: {chain_text(front, m, brief.names)}"
                    for m in front.indirect]  # fmt: skip
        for title, links in (("Ties within", front.allies), ("Against the other camp",
                             front.opposed), ("Not explained", front.frustrated)):  # fmt: skip
            fresh = [lk for lk in links if (lk.a, lk.b) not in shown]
            if len(fresh) < len(links):
                out += [
                    "",
                    f"{title}: {len(links) - len(fresh)} tie(s) listed under the camp above.",
                ]
            if fresh:
                out += ["", f"{title}:"] + [ln for lk in fresh for ln in _link(lk, brief, ledger)]
            shown.update((lk.a, lk.b) for lk in links)
    return out


def _bottom_line(brief: Brief) -> str:
    """The largest group's sides, named by the actors their own ties place; those that balance
    inference alone puts there are named apart, with the chain."""
    found = sides(brief)
    if not found:
        return ""
    camps = " against ".join(
        f"**{', '.join(s.direct) or NO_DIRECT_MEMBER}** (camp {s.camp + 1}, "
        f"confidence {s.confidence:.2f})"
        for s in found
    )
    out = f"**Bottom line.** In the largest group of linked actors, {camps}."
    inferred = [f"{name} (camp {s.camp + 1}: {chain})" for s in found for name, chain in s.inferred]
    if inferred:
        out += " Placed only by balance inference: " + "; ".join(inferred) + "."
    return out


def _new_actors(brief: Brief) -> list[str]:
    found = new_actors(brief)
    if not found:
        return []
    out = ["", "## New actors", "",
           "Named in the texts, not in the knowledge base; kind, country and sector read from "
           "the text.", "", "| Actor | Kind | Country | Sector | Events |",
           "|---|---|---|---|---:|"]  # fmt: skip
    out += [
        f"| {_cell(str(a.get('name')))} | {a.get('kind') or ''} | {a.get('country') or ''} | "
        f"{a.get('sector') or ''} | {a.get('n_events') or 0} |"
        for a in found[:MAX_NEW_ACTORS]
    ]
    if len(found) > MAX_NEW_ACTORS:
        out += ["", f"And {len(found) - MAX_NEW_ACTORS} more in no event."]
    return out


def _link(link: Link, brief: Brief, ledger: QuoteLedger) -> list[str]:
    names = brief.names
    out = [
        f"- {names.get(link.a, link.a)} – {names.get(link.b, link.b)}: {link.weight:+.1f} "
        f"({link.n_pos} cooperation, {link.n_neg} conflict)"
    ]
    found = [e for i in link.event_ids if (e := brief.lines.get(i)) is not None]
    found.sort(key=lambda e: (-e.confidence * e.n_documents, e.event_id))
    for e in found[:MAX_EVIDENCE]:
        head = f"  - {e.plover_type}" + (f" {e.date_label}" if e.date_label else "")
        quote = e.citations[0] if e.citations else None
        if quote is None:
            out.append(f"{head} `{e.event_id}`")
        elif ledger.seen_event(e):
            out.append(f"{head} — same event as above (“{_cell(excerpt(quote.sentence))}”)")
        elif ledger.earlier_quote(quote, e.event_id) is not None:
            out.append(
                f"{head} — read from a sentence quoted above (“{_cell(excerpt(quote.sentence))}”)"
            )
        else:
            out.append(f"{head} — “{_cell(quote.sentence)}” ({quote.doc_id})")
    if len(found) > MAX_EVIDENCE:
        kinds = ", ".join(e.plover_type for e in found[MAX_EVIDENCE:])
        out.append(f"  - and {len(found) - MAX_EVIDENCE} more: {kinds}")
    return out


def _timeline(brief: Brief) -> list[str]:
    """The timeline as text: one heading per band of dates (as in the picture), then undated."""
    if not (brief.timeline or brief.undated_events):
        return []
    out = ["", "## Timeline", ""]
    for band in split_into_bands(brief.timeline):
        out += [f"### {band.label}", ""]
        out += [
            f"- {e.date_label} — {_cell(e.summary)}" + (f" ({e.place})" if e.place else "")
            for e in band.events
        ]
        out.append("")
    if brief.undated_events:
        with_words = [e for e in brief.undated_events if e.date_text]
        out += [
            f"### Undated: {len(brief.undated_events)} event(s)",
            "",
            f"No calendar date in the texts; {len(with_words)} name a day or time relative to "
            "the article (listed), the rest none.",
            "",
        ]
        out += [
            f"- {e.date_label} — {_cell(e.summary)}" + (f" ({e.place})" if e.place else "")
            for e in with_words
        ]
    return out


def _events(events: list[EventLine]) -> list[str]:
    ledger = QuoteLedger()
    return [line for e in events for line in _event(e, ledger)]


def _event(e: EventLine, ledger: QuoteLedger) -> list[str]:
    details = [
        d for d in (e.date_label, e.place, e.polarity if e.polarity != "asserted" else None) if d
    ]
    if e.fatalities:
        details.append(f"{e.fatalities} killed")
    if e.claimed_by:
        details.append(f"claimed by {', '.join(e.claimed_by)}")
    details.append(f"confidence {e.confidence:.2f}, {e.n_documents} document(s)")
    lines = [f"- **{_cell(e.summary)}** ({'; '.join(details)}) `{e.event_id}`"]
    if ledger.seen_event(e):
        return [*lines, "  - same event as above", ""]
    for c in e.citations:
        if ledger.earlier_quote(c, e.event_id) is None:
            lines.append(f"  > “{_cell(c.sentence)}” — {c.doc_id}")
        else:
            lines.append(
                f"  - read from the same sentence as above (“{_cell(excerpt(c.sentence))}”)"
            )
    return [*lines, ""]


def _cell(text: str) -> str:
    """Keep table cells and quotes on one line and free of table syntax."""
    return " ".join(text.split()).replace("|", "\\|")
