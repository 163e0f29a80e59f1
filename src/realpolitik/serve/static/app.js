// realpolitik web page: vanilla JS, no build step, no network beyond this server.
// Safety rule: every piece of data becomes DOM through textContent or setAttribute on a
// harmless attribute; nothing read from the database is ever assigned to innerHTML, and links
// to articles are kept only when they are http(s).
"use strict";

const SVG_NS = "http://www.w3.org/2000/svg";
const TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
const POLARITIES = ["asserted", "denied", "negated", "hypothetical", "intended"];

// -- DOM helpers --------------------------------------------------------------------------

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function setAttrs(node, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "onclick") node.addEventListener("click", value);
    else if (key === "href") node.setAttribute("href", value);  // only internal or checked URLs
    else node.setAttribute(key, String(value));
  }
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }

function safeUrl(url) {
  // Only web links leave the page: javascript:, data: and anything odd are shown, not linked.
  try {
    const parsed = new URL(String(url));
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch (e) {
    return null;
  }
}

function route(path, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && value !== "") query.set(key, value);
  }
  const q = query.toString();
  return "#/" + path + (q ? "?" + q : "");
}

function link(path, params, ...children) { return el("a", { href: route(path, params) }, ...children); }
function eventLink(id, ...children) { return link("event/" + encodeURIComponent(id), null, ...children); }
function actorLink(id, name) { return link("actor/" + encodeURIComponent(id), null, name || id); }
function docLink(id, title) { return link("doc/" + encodeURIComponent(id), null, title || id); }
function badge(text, cls) { return el("span", { class: "badge " + (cls || "") }, text); }

// -- API ------------------------------------------------------------------------------------

function takeToken() {
  // "#token=T" in the address (a server bound beyond loopback): kept for this tab, then removed.
  const m = /(?:^|[#&?])token=([^&]+)/.exec(location.hash);
  if (!m) return;
  sessionStorage.setItem("realpolitik-token", decodeURIComponent(m[1]));
  history.replaceState(null, "", location.pathname + "#/events");
}

function token() { return sessionStorage.getItem("realpolitik-token"); }

async function api(path, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && value !== "") query.set(key, value);
  }
  const q = query.toString();
  const headers = token() ? { Authorization: "Bearer " + token() } : {};
  const response = await fetch("/api/" + path + (q ? "?" + q : ""), { headers });
  const body = await response.json().catch(() => ({ error: response.statusText }));
  if (!response.ok) throw new Error(body.error || ("HTTP " + response.status));
  return body;
}

function parties(refs) {
  const out = [];
  (refs || []).forEach((r, i) => {
    if (i) out.push(", ");
    out.push(actorLink(r.actor_id, r.name));
  });
  return out.length ? out : [el("span", { class: "muted" }, "—")];
}

// -- views ----------------------------------------------------------------------------------

const FILTER_KEYS = ["q", "since", "until", "actor", "country", "type", "polarity", "min_confidence", "sort"];

async function viewEvents(main, params) {
  const limit = 50;
  const offset = Number(params.get("offset") || 0);
  const current = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) || ""]));
  const form = el("form", { class: "filters", id: "filters" });
  const field = (name, label, input) => { input.name = name; input.id = "f-" + name; return el("label", { for: "f-" + name }, label, input); };
  const text = (name, label, placeholder) => field(name, label, el("input", { type: "text", value: current[name], placeholder }));
  const choice = (name, label, options) => {
    const select = el("select", {}, el("option", { value: "" }, "any"),
      options.map((o) => el("option", { value: o, selected: current[name] === o }, o)));
    return field(name, label, select);
  };
  append(form, [
    text("q", "Search", "words in sentences, names, places"),
    text("since", "Since", "2024-05"), text("until", "Until", "2024-06-30"),
    text("actor", "Actor", "id or name"), text("country", "Country", "ISO3"),
    choice("type", "Type", TYPES), choice("polarity", "Polarity", POLARITIES),
    field("min_confidence", "Min confidence", el("input", { type: "number", min: 0, max: 1, step: 0.05, value: current.min_confidence })),
    field("sort", "Sort", el("select", {}, [["-date", "newest"], ["date", "oldest"], ["-confidence", "most confident"], ["-documents", "most documents"], ["type", "type"]]
      .map(([v, l]) => el("option", { value: v, selected: (current.sort || "-date") === v }, l)))),
    el("button", { type: "submit", id: "apply" }, "Apply"),
  ]);
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const data = Object.fromEntries(new FormData(form).entries());
    location.hash = route("events", data);
  });
  const status = el("p", { class: "muted", id: "events-status" }, "Loading…");
  append(clear(main), [el("h1", {}, "Events"), form, status]);
  const page = await api("events", { ...current, sort: current.sort || "-date", offset, limit });
  status.textContent = page.total + " events" + (page.total ? ", " + (offset + 1) + "–" + (offset + page.events.length) : "");
  const table = el("table", { id: "events-table" }, el("thead", {}, el("tr", {},
    ["Date", "Type", "Source", "Target", "Place", "Polarity", "Confidence", "Docs"].map((h) => el("th", {}, h)))));
  const body = el("tbody");
  for (const e of page.events) {
    const row = el("tr", { class: "clickable", "data-event": e.event_id },
      el("td", {}, e.date.start || "undated"),
      el("td", {}, eventLink(e.event_id, e.plover_type), e.acled_event_type ? el("div", { class: "muted" }, e.acled_event_type) : null),
      el("td", {}, parties(e.source)), el("td", {}, parties(e.target)),
      el("td", {}, e.location ? e.location.name + (e.location.country ? " (" + e.location.country + ")" : "") : ""),
      el("td", {}, badge(e.polarity, e.polarity)), el("td", {}, e.confidence.toFixed(2)), el("td", {}, e.n_documents));
    row.addEventListener("click", (ev) => { if (!ev.target.closest("a")) location.hash = route("event/" + encodeURIComponent(e.event_id)); });
    body.appendChild(row);
  }
  table.appendChild(body);
  const pager = el("div", { class: "pager" });
  const at = (o) => route("events", { ...current, offset: o });
  if (offset > 0) pager.appendChild(el("a", { href: at(Math.max(0, offset - limit)) }, "← previous"));
  if (offset + limit < page.total) pager.appendChild(el("a", { href: at(offset + limit), id: "next-page" }, "next →"));
  append(main, [table, pager]);
}

function highlighted(sentence, highlights) {
  // The sentence as text nodes and <mark> elements; overlapping spans: the first one wins.
  const out = el("div", { class: "sentence" });
  let at = 0;
  const spans = [...highlights].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const h of spans) {
    if (h.start < at || h.end > sentence.length) continue;
    if (h.start > at) out.appendChild(document.createTextNode(sentence.slice(at, h.start)));
    out.appendChild(el("mark", { class: h.kind, title: h.kind + (h.label ? ": " + h.label : "") }, sentence.slice(h.start, h.end)));
    at = h.end;
  }
  if (at < sentence.length) out.appendChild(document.createTextNode(sentence.slice(at)));
  return out;
}

function documentLine(doc) {
  if (!doc) return el("span", { class: "muted" }, "document not stored");
  const url = safeUrl(doc.url);
  return el("span", {}, docLink(doc.doc_id, doc.title || doc.doc_id),
    doc.outlet ? " · " + doc.outlet : "", doc.published ? " · " + doc.published : "",
    url ? [" · ", el("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank", class: "external" }, "original")]
      : doc.url ? [" · ", el("span", { class: "muted unsafe-url" }, "link not shown: " + doc.url)] : null);
}

async function viewEvent(main, id) {
  const body = await api("events/" + encodeURIComponent(id));
  const e = body.event;
  const facts = el("table", { class: "facts" }, el("tbody", {},
    [["Date", (e.date.start || "undated") + (e.date.precision && e.date.precision !== "day" ? " (" + e.date.precision + ")" : "")],
      ["Source", parties(e.source)], ["Target", parties(e.target)],
      ["Polarity", badge(e.polarity, e.polarity)],
      ["Claimed by", e.claimed_by.length ? parties(e.claimed_by) : el("span", { class: "muted" }, "the outlet (no claimant)")],
      ["Place", e.location ? e.location.name + (e.location.country ? " (" + e.location.country + ")" : "") : "—"],
      ["ACLED", e.acled_event_type ? e.acled_event_type + (e.acled_sub_event_type ? " / " + e.acled_sub_event_type : "") : "—"],
      ["CAMEO", e.cameo_code || e.cameo_root || "—"],
      ["Fatalities", e.fatalities === null ? "—" : String(e.fatalities) + (e.fatalities_range ? " (documents say " + e.fatalities_range.join("–") + ")" : "")],
      ["Confidence", e.confidence.toFixed(2)], ["Documents", String(e.n_documents)]]
      .map(([k, v]) => el("tr", {}, el("th", {}, k), el("td", {}, v)))));
  const legend = el("p", { class: "legend muted" }, el("mark", { class: "trigger" }, "trigger"),
    el("mark", { class: "actor" }, "actor"), el("mark", { class: "place" }, "place"));
  const mentions = body.mentions.map((m) => el("div", { class: "mention" },
    highlighted(m.sentence, m.highlights),
    el("div", { class: "muted" }, badge(m.polarity, m.polarity), " ", documentLine(m.document))));
  append(clear(main), [el("h1", {}, e.plover_type, " ", el("span", { class: "muted" }, e.event_id)), facts,
    el("h2", {}, "Reporting sentences"), legend, mentions]);
}

async function viewDocument(main, id) {
  const doc = await api("documents/" + encodeURIComponent(id));
  const textBox = highlighted(doc.text || "", doc.spans);
  textBox.className = "doctext";
  append(clear(main), [el("h1", {}, doc.title || doc.doc_id), el("p", { class: "muted" }, documentLine(doc)),
    el("p", { class: "legend muted" }, el("mark", { class: "trigger" }, "trigger"), el("mark", { class: "actor" }, "actor"), el("mark", { class: "place" }, "place")),
    textBox, el("h2", {}, "Events it reports"),
    el("ul", { class: "plain" }, doc.event_ids.map((i) => el("li", {}, eventLink(i, i))))]);
}

function timelineChart(timeline) {
  const months = [...new Set(timeline.map((t) => t.month))].sort();
  if (!months.length) return el("p", { class: "muted" }, "No dated events.");
  const counts = months.map((m) => timeline.filter((t) => t.month === m).reduce((s, t) => s + t.n, 0));
  const w = Math.max(320, months.length * 28), h = 140, max = Math.max(...counts);
  const chart = svg("svg", { viewBox: "0 0 " + w + " " + h, width: w, height: h, id: "timeline" });
  const bw = (w - 20) / months.length;
  months.forEach((m, i) => {
    const bh = (counts[i] / max) * (h - 40);
    chart.appendChild(svg("rect", { class: "bar", x: 10 + i * bw + 2, y: h - 25 - bh, width: bw - 4, height: bh },
      svg("title", {}, m + ": " + counts[i] + " events")));
    if (months.length < 16 || i % Math.ceil(months.length / 12) === 0) {
      chart.appendChild(svg("text", { class: "axis", x: 10 + i * bw + 2, y: h - 10 }, m));
    }
  });
  return chart;
}

async function viewActor(main, id) {
  const a = await api("actors/" + encodeURIComponent(id));
  const roles = a.roles.length ? el("table", {}, el("thead", {}, el("tr", {}, ["Role", "Organisation", "From", "To"].map((x) => el("th", {}, x)))),
    el("tbody", {}, a.roles.map((r) => el("tr", {}, el("td", {}, r.title), el("td", {}, r.organisation || ""), el("td", {}, r.start || "?"), el("td", {}, r.end || "open")))))
    : el("p", { class: "muted" }, "No dated roles known.");
  const ties = el("table", { id: "ties" }, el("thead", {}, el("tr", {}, ["With", "Score", "Events", "Cooperation", "Conflict", "Months"].map((x) => el("th", {}, x)))),
    el("tbody", {}, a.ties.map((t) => el("tr", {}, el("td", {}, actorLink(t.actor_id, t.name)),
      el("td", { class: t.score >= 0 ? "pos" : "neg" }, t.score.toFixed(2)), el("td", {}, t.n_events),
      el("td", {}, t.cooperation), el("td", {}, t.conflict), el("td", {}, t.first_period + (t.last_period !== t.first_period ? " – " + t.last_period : ""))))));
  const events = el("ul", { class: "plain" }, a.events.slice(0, 30).map((e) => el("li", {},
    (e.date.start || "undated") + " ", eventLink(e.event_id, e.plover_type), " ", badge(e.polarity, e.polarity), " ",
    el("span", { class: "muted" }, (e.source || []).map((r) => r.name).join(", ") + " → " + (e.target || []).map((r) => r.name).join(", ")))));
  append(clear(main), [
    el("h1", { id: "actor-name" }, a.name, " ", el("span", { class: "muted" }, a.actor_id)),
    el("p", {}, [a.kind, a.country, a.sector].filter(Boolean).join(" · "), " · ", link("events", { actor: a.actor_id }, a.n_events + " events"),
      " · ", link("network", { focus: a.actor_id }, "in the network")),
    el("h2", {}, "Roles"), roles, el("h2", {}, "Events per month"), timelineChart(a.timeline),
    el("h2", {}, "Strongest ties"), ties, el("h2", {}, "Latest events"), events]);
}

async function viewActors(main, params) {
  const q = params.get("q") || "";
  const form = el("form", { class: "filters" }, el("label", {}, "Search", el("input", { name: "q", value: q, placeholder: "name or alias" })), el("button", { type: "submit" }, "Find"));
  form.addEventListener("submit", (ev) => { ev.preventDefault(); location.hash = route("actors", { q: form.q.value }); });
  const list = await api("actors", { q, limit: 200 });
  append(clear(main), [el("h1", {}, "Actors"), form, el("p", { class: "muted" }, list.total + " actors"),
    el("table", {}, el("thead", {}, el("tr", {}, ["Actor", "Country", "Sector", "Events"].map((x) => el("th", {}, x)))),
      el("tbody", {}, list.actors.map((a) => el("tr", {}, el("td", {}, actorLink(a.actor_id, a.name)), el("td", {}, a.country || ""), el("td", {}, a.sector || ""), el("td", {}, a.n_events)))))]);
}

async function viewNetwork(main, params) {
  const since = params.get("since") || "", until = params.get("until") || "", level = params.get("level") || "actor";
  const form = el("form", { class: "filters", id: "network-form" },
    el("label", {}, "Since", el("input", { name: "since", value: since, placeholder: "2024-01" })),
    el("label", {}, "Until", el("input", { name: "until", value: until, placeholder: "2024-12" })),
    el("label", {}, "Level", el("select", { name: "level" }, ["actor", "country"].map((l) => el("option", { value: l, selected: l === level }, l)))),
    el("button", { type: "submit" }, "Show"));
  form.addEventListener("submit", (ev) => { ev.preventDefault(); location.hash = route("network", Object.fromEntries(new FormData(form).entries())); });
  const net = await api("network", { since, until, level });
  const detail = el("div", { id: "tie-events" }, el("p", { class: "muted" }, "Click a tie to list its events; a node to open the actor."));
  const W = 760, H = 520;
  const picture = svg("svg", { viewBox: "0 0 " + W + " " + H, width: W, height: H, id: "network" });
  // Camps side by side: each camp's members on its own circle, so the split reads at a glance.
  const camps = [...new Set(net.nodes.map((n) => n.group + ":" + n.camp))].sort();
  const pos = {};
  camps.forEach((key, ci) => {
    const members = net.nodes.filter((n) => n.group + ":" + n.camp === key);
    const cx = W * (ci + 0.5) / camps.length, cy = H / 2;
    const r = Math.min(W / camps.length / 2 - 50, H / 2 - 50) * (members.length > 1 ? 1 : 0);
    members.forEach((n, i) => {
      const angle = (2 * Math.PI * i) / members.length - Math.PI / 2;
      pos[n.id] = [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
    });
  });
  const maxW = Math.max(1, ...net.ties.map((t) => Math.abs(t.weight)));
  const names = Object.fromEntries(net.nodes.map((n) => [n.id, n.name]));
  for (const t of net.ties) {
    if (!pos[t.a] || !pos[t.b]) continue;
    const line = svg("line", { class: "tie " + (t.weight >= 0 ? "pos" : "neg"), x1: pos[t.a][0], y1: pos[t.a][1], x2: pos[t.b][0], y2: pos[t.b][1],
      "stroke-width": 1.5 + 6 * Math.abs(t.weight) / maxW, "data-a": t.a, "data-b": t.b },
      svg("title", {}, names[t.a] + " – " + names[t.b] + ": " + t.weight + " (" + t.n_pos + " cooperation, " + t.n_neg + " conflict)"));
    line.addEventListener("click", () => showTie(t, names, detail, picture, line));
    picture.appendChild(line);
  }
  for (const n of net.nodes) {
    const [x, y] = pos[n.id];
    const g = svg("g", { class: "node", "data-id": n.id },
      svg("circle", { cx: x, cy: y, r: 5 + Math.min(12, Math.sqrt(n.n_events) * 2), class: "camp" + Math.min(n.camp, 3) }),
      svg("text", { x: x + 9, y: y - 8 }, n.name), svg("title", {}, n.name + ": " + n.n_events + " events, camp " + n.camp));
    // A country node (level "country") stands for several actors: its events, not one actor.
    g.addEventListener("click", () => {
      location.hash = n.id.startsWith("country:") ? route("events", { country: n.id.slice(8) }) : route("actor/" + encodeURIComponent(n.id));
    });
    picture.appendChild(g);
  }
  append(clear(main), [el("h1", {}, "Network"), form,
    el("p", { class: "muted" }, net.nodes.length + " actors, " + net.ties.length + " ties from " + net.n_events + " events; frustration " + net.frustration +
      ". Green: cooperation, red: conflict; circles side by side are camps."),
    net.nodes.length ? picture : el("p", {}, "No ties in this window."), detail]);
}

async function showTie(tie, names, detail, picture, line) {
  picture.querySelectorAll(".tie.selected").forEach((x) => x.classList.remove("selected"));
  line.classList.add("selected");
  clear(detail).appendChild(el("h2", {}, names[tie.a] + " – " + names[tie.b] + ": " + tie.event_ids.length + " events"));
  const list = el("ul", { class: "plain", id: "tie-event-list" });
  detail.appendChild(list);
  for (const id of tie.event_ids.slice(0, 50)) {
    const item = el("li", {}, eventLink(id, id));
    list.appendChild(item);
    api("events/" + encodeURIComponent(id)).then((body) => {
      const e = body.event;
      clear(item);
      append(item, [(e.date.start || "undated") + " ", eventLink(id, e.plover_type), " ", badge(e.polarity, e.polarity), " ",
        el("span", { class: "muted" }, body.mentions.length ? body.mentions[0].sentence : "")]);
    }).catch(() => {});
  }
}

let world = null;

function decodeTopology(topo) {
  // TopoJSON (quantized, delta-encoded arcs) -> arrays of [lon, lat] rings per country.
  const [sx, sy] = topo.transform.scale, [tx, ty] = topo.transform.translate;
  const arcs = topo.arcs.map((arc) => { let x = 0, y = 0; return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; }); });
  const ring = (ids) => {
    const points = [];
    for (const id of ids) {
      const arc = id < 0 ? arcs[~id].slice().reverse() : arcs[id];
      arc.forEach((p, i) => { if (i > 0 || !points.length) points.push(p); });
    }
    return points;
  };
  return topo.objects.countries.geometries.map((g) => ({
    name: g.properties && g.properties.name,
    rings: g.type === "Polygon" ? g.arcs.map(ring) : g.type === "MultiPolygon" ? g.arcs.flatMap((p) => p.map(ring)) : [],
  }));
}

async function viewMap(main, params) {
  const since = params.get("since") || "", until = params.get("until") || "", type = params.get("type") || "";
  const form = el("form", { class: "filters" },
    el("label", {}, "Since", el("input", { name: "since", value: since })), el("label", {}, "Until", el("input", { name: "until", value: until })),
    el("label", {}, "Type", el("select", { name: "type" }, el("option", { value: "" }, "any"), TYPES.map((t) => el("option", { value: t, selected: t === type }, t)))),
    el("button", { type: "submit" }, "Show"));
  form.addEventListener("submit", (ev) => { ev.preventDefault(); location.hash = route("map", Object.fromEntries(new FormData(form).entries())); });
  if (!world) {
    const response = await fetch("/static/vendor/world-atlas/countries-110m.json");
    world = decodeTopology(await response.json());
  }
  const points = await api("map", { since, until, type });
  // Equirectangular, zoomed to the events (with a margin), whole world when there are none.
  let [x0, x1, y0, y1] = [-180, 180, -60, 85];
  if (points.length) {
    const lons = points.map((p) => p.lon), lats = points.map((p) => p.lat);
    const pad = 12;
    x0 = Math.max(-180, Math.min(...lons) - pad); x1 = Math.min(180, Math.max(...lons) + pad);
    y0 = Math.max(-85, Math.min(...lats) - pad); y1 = Math.min(85, Math.max(...lats) + pad);
    // Keep a landscape frame: widen (or heighten) the smaller side around the centre.
    const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
    const half = Math.max((x1 - x0) / 2, (y1 - y0) / 2 / 0.55);
    x0 = Math.max(-180, cx - half); x1 = Math.min(180, cx + half);
    y0 = Math.max(-85, cy - half * 0.55); y1 = Math.min(85, cy + half * 0.55);
  }
  const W = 900, H = Math.round(W * (y1 - y0) / (x1 - x0));
  const px = (lon) => ((lon - x0) / (x1 - x0)) * W, py = (lat) => ((y1 - lat) / (y1 - y0)) * H;
  const map = svg("svg", { viewBox: "0 0 " + W + " " + H, width: W, height: H, id: "map" });
  for (const c of world) {
    const d = c.rings.map((r) => "M" + r.map(([lon, lat]) => px(lon).toFixed(1) + "," + py(lat).toFixed(1)).join("L") + "Z").join("");
    map.appendChild(svg("path", { class: "country", d }, svg("title", {}, c.name || "")));
  }
  for (const p of points) {
    const coop = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST"].includes(p.plover_type);
    const dot = svg("circle", { class: "point" + (coop ? " coop" : ""), cx: px(p.lon), cy: py(p.lat), r: 5, "data-event": p.event_id },
      svg("title", {}, (p.date || "undated") + " " + p.plover_type + " · " + p.place + (p.country ? " (" + p.country + ")" : "")));
    dot.addEventListener("click", () => { location.hash = route("event/" + encodeURIComponent(p.event_id)); });
    map.appendChild(dot);
  }
  append(clear(main), [el("h1", {}, "Map"), form, el("p", { class: "muted" }, points.length + " located events (red: conflict, green: cooperation). Click a point to open its event."), map]);
}

async function viewStories(main) {
  const body = await api("stories", { limit: 200 });
  append(clear(main), [el("h1", {}, "Stories"), el("p", { class: "muted" }, body.total + " stories (documents about one happening)"),
    el("ul", { class: "plain" }, body.stories.map((s) => el("li", {}, el("strong", {}, s.title || s.story_id),
      el("ul", {}, s.documents.map((d) => el("li", {}, documentLine(d)))))))]);
}

// -- router ---------------------------------------------------------------------------------

async function render() {
  takeToken();
  const main = document.getElementById("main");
  const hash = location.hash.replace(/^#\/?/, "") || "events";
  const [path, query] = [hash.split("?")[0], hash.split("?")[1] || ""];
  const params = new URLSearchParams(query);
  const [view, ...rest] = path.split("/");
  const id = decodeURIComponent(rest.join("/"));
  document.querySelectorAll("#nav a[data-view]").forEach((a) => a.classList.toggle("active", a.dataset.view === view || (view === "event" && a.dataset.view === "events") || (view === "actor" && a.dataset.view === "actors")));
  try {
    if (view === "event") await viewEvent(main, id);
    else if (view === "actor") await viewActor(main, id);
    else if (view === "doc") await viewDocument(main, id);
    else if (view === "actors") await viewActors(main, params);
    else if (view === "network") await viewNetwork(main, params);
    else if (view === "map") await viewMap(main, params);
    else if (view === "stories") await viewStories(main);
    else await viewEvents(main, params);
    document.body.dataset.ready = view;
  } catch (err) {
    append(clear(main), [el("p", { class: "error", id: "error" }, String(err.message || err))]);
    document.body.dataset.ready = "error";
  }
}

function briefLink() {
  // With a token a link cannot authenticate: ask for a single-use ticket (an API call with the
  // token) and open the brief at its address, as an ordinary page with its own style.
  document.getElementById("brief-link").addEventListener("click", async (ev) => {
    if (!token()) return;
    ev.preventDefault();
    try {
      const response = await fetch("/api/report-ticket", { method: "POST", headers: { Authorization: "Bearer " + token() } });
      const body = await response.json();
      if (!response.ok) throw new Error(body.error || ("HTTP " + response.status));
      const tab = window.open(body.url, "_blank");
      if (tab) tab.opener = null; else location.assign(body.url);  // a blocked pop-up: this tab
    } catch (err) {
      append(clear(document.getElementById("main")), [el("p", { class: "error", id: "error" }, "Brief: " + String(err.message || err))]);
    }
  });
}

async function summaryLine() {
  try {
    const s = await api("summary");
    document.getElementById("summary").textContent = s.counts.events + " events · " + s.counts.actors + " actors · " +
      s.counts.documents + " documents" + (s.first_date ? " · " + s.first_date + " – " + s.last_date : "");
  } catch (e) { /* the view shows the error */ }
}

window.addEventListener("hashchange", () => { delete document.body.dataset.ready; render().then(() => { if (!document.getElementById("summary").textContent) summaryLine(); }); });
document.addEventListener("DOMContentLoaded", () => { takeToken(); briefLink(); summaryLine(); render(); });
