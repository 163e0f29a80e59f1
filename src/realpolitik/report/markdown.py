"""The brief as Markdown (for the terminal, a wiki or a diff); the same content as the HTML."""

from __future__ import annotations

from realpolitik.analysis.fronts import Link
from realpolitik.report.sections import Brief, EventLine


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
    out += ["", "## Key events", ""]
    out += [line for e in brief.key_events for line in _event(e)] or ["No events yet."]
    if brief.denials or brief.claims:
        out += ["", "## Claims and denials", ""]
        for pair in brief.denials:
            out += ["**Claim:**", *(_event(pair.claim) if pair.claim else ["(not found)", ""])]
            out += ["**Denial:**", *_event(pair.denial)]
        answered = {p.claim.event_id for p in brief.denials if p.claim}
        for e in brief.claims:
            if e.event_id not in answered:
                out += _event(e)
    if brief.changes:
        out += ["", "## Relations over time", "", "| Pair | Months (score, events) | Change |",
                "|---|---|---:|"]  # fmt: skip
        for ch in brief.changes:
            months = " → ".join(f"{p}: {s:+.1f} ({n})" for p, s, n in ch.periods)
            change = f"{ch.change:+.1f}" if len(ch.periods) > 1 else "—"
            out.append(f"| {_cell(ch.a)} – {_cell(ch.b)} | {months} | {change} |")
    if brief.front_talk:
        out += ["", "## Is a front forming? What the texts only suppose", "",
                "Speculated, planned or conditional (not counted in the fronts above):", ""]  # fmt: skip
        out += [line for e in brief.front_talk for line in _event(e)]
    if brief.not_happened:
        out += ["", "## Plans, speculation and negations", ""]
        out += [line for e in brief.not_happened for line in _event(e)]
    return "\n".join(out).rstrip() + "\n"


def _fronts(brief: Brief) -> list[str]:
    result = brief.fronts
    out = ["", "## Fronts", ""]
    if not result.camps:
        return [*out, "No signed ties between actors yet: no fronts to read."]
    out.append(
        f"Structural balance at country level: {result.n_actors} actors, {result.n_ties} ties; "
        f"{result.consistent_fraction:.0%} of ties agree with the camps, frustration "
        f"{result.frustration:.2f}, stability {result.stability:.2f} over {result.n_bootstrap} "
        "resamplings."
    )
    for front in result.camps:
        if sum(len(f.members) for f in result.camps if f.component == front.component) < 3:
            continue
        members = ", ".join(f"{brief.names.get(m, m)} ({front.member_stability[m]:.2f})"
                            for m in front.members)  # fmt: skip
        out += ["", f"### Camp {front.camp + 1} (group {front.component + 1}) — confidence "
                f"{front.confidence:.2f}", "", f"Members (stability): {members}"]  # fmt: skip
        if front.indirect:
            who = ", ".join(brief.names.get(m, m) for m in front.indirect)
            out.append(f"\n{who}: placed here only as an enemy of its enemies.")
        for title, links in (("Ties within", front.allies), ("Against", front.opposed),
                             ("Not explained", front.frustrated)):  # fmt: skip
            if links:
                out += ["", f"{title}:"] + [_link(lk, brief.names) for lk in links]
    return out


def _link(link: Link, names: dict[str, str]) -> str:
    return (
        f"- {names.get(link.a, link.a)} – {names.get(link.b, link.b)}: {link.weight:+.1f} "
        f"({link.n_pos} cooperation, {link.n_neg} conflict; events {', '.join(link.event_ids)})"
    )


def _event(e: EventLine) -> list[str]:
    details = [
        d
        for d in (e.date or e.date_text, e.place, e.polarity if e.polarity != "asserted" else None)
        if d
    ]
    if e.claimed_by:
        details.append(f"claimed by {', '.join(e.claimed_by)}")
    details.append(f"confidence {e.confidence:.2f}, {e.n_documents} document(s)")
    lines = [f"- **{_cell(e.summary)}** ({'; '.join(details)}) `{e.event_id}`"]
    lines += [f"  > “{_cell(c.sentence)}” — {c.doc_id}" for c in e.citations]
    return [*lines, ""]


def _cell(text: str) -> str:
    """Keep table cells and quotes on one line and free of table syntax."""
    return " ".join(text.split()).replace("|", "\\|")
