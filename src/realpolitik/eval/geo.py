"""GeoWebNews scorer: place-name detection and resolution against Gritta et al.'s annotations.

What counts (see `score_geo`):
- Gold toponyms are the GeoWebNews types that name a place (`TOPONYM_TYPES`), except adjectival
  modifiers ("Syrian forces"): realpolitik treats demonyms and adjectives as not places, so a
  prediction on one is neither right nor wrong. Demonyms, languages, homonyms, non-toponyms and
  the common-noun "expressions" are not places: a prediction on them is a false positive.
- Detection matches spans by overlap (any shared character); exact-offset figures are reported
  beside them.
- `accuracy_161km` is over the gold toponyms that have coordinates and that we detected: the
  share whose resolved point lies within 161 km (100 miles) of the gold point.
  `accuracy_161km_all_linked` counts the missed ones as wrong too.

Beside GeoWebNews (world news) the own local-news passages (`gold/local_news.yaml`, US towns,
counties, townships, streets) are scored the same way (`score_local`, `figures["local"]`), and
so is the harder second set (`gold/local_news2.yaml`, `figures["local2"]`) and the third, of US,
UK, Indian and African local news (`gold/local_news3.yaml`, `figures["local3"]`), and the fourth,
of local news from Australia, New Zealand, Canada, Ireland, Asia, Europe and Latin America
(`gold/local_news4.yaml`, `figures["local4"]`).
"""

from __future__ import annotations

import collections
import statistics
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from realpolitik.places.distance import haversine_km

if TYPE_CHECKING:
    from realpolitik.model import PlaceMention

TOPONYM_TYPES = {
    "Literal", "Mixed", "Metonymic", "Coercion", "Literal_Modifier", "Non_Literal_Modifier",
    "Embedded_Literal", "Embedded_Non_Lit",
}  # fmt: skip
KM_161 = 161.0  # 100 miles: the field's usual threshold
GWN_FILE = "GWN.xml"
LOCAL_FILE = Path(__file__).parent / "gold" / "local_news.yaml"
# The second, harder set (seventh round): same-named towns settled by the text, neighbourhoods,
# villages and townships, counties without a state, names inside organisations, non-places.
LOCAL2_FILE = Path(__file__).parent / "gold" / "local_news2.yaml"
# The third set (tenth round): local news of the US, the UK, India and Africa; datelines, towns
# named like bigger places abroad (Perth, Boston, Falmouth), districts, regions, venues.
LOCAL3_FILE = Path(__file__).parent / "gold" / "local_news3.yaml"
# The fourth set (fifteenth round): regions the first three leave out; towns named like better-known
# places abroad (London, Ont.; Tripoli, Lebanon; Palermo in Buenos Aires), quarters, volcanoes, lakes.
LOCAL4_FILE = Path(__file__).parent / "gold" / "local_news4.yaml"


@dataclass
class GoldToponym:
    start: int
    end: int
    text: str
    kind: str  # GeoWebNews type
    scored: bool  # False: adjectival modifier, ignored either way
    lat: float | None
    lon: float | None


@dataclass
class Article:
    doc_id: str
    text: str
    toponyms: list[GoldToponym]


def read_geowebnews(path: Path) -> list[Article]:
    """Articles and their annotated names; annotations whose offsets miss their name are skipped."""
    articles: list[Article] = []
    for node in ET.parse(path).getroot().iter("article"):
        text = node.findtext("text") or ""
        toponyms = []
        for t in node.iter("toponym"):
            f = {child.tag: (child.text or "") for child in t}
            start, end = int(f["start"]), int(f["end"])
            if start < 0 or text[start:end] != f["extractedName"]:
                continue
            lat, lon = f.get("latitude"), f.get("longitude")
            toponyms.append(
                GoldToponym(
                    start=start,
                    end=end,
                    text=f["extractedName"],
                    kind=f["type"],
                    scored=f.get("modifierType") != "Adjective",
                    lat=float(lat) if lat else None,
                    lon=float(lon) if lon else None,
                )
            )
        articles.append(Article(node.get("file", str(len(articles))), text, toponyms))
    return articles


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def score_geo(data_dir: Path, limit: int | None = None) -> dict[str, Any]:
    """Detection P/R/F1 and accuracy@161 km of our place finder on GeoWebNews (`data_dir/GWN.xml`).

    The top-level figures are over every article; `tune` and `check` hold the same figures for the
    fixed parts of `realpolitik.eval.splits` (dataset `geowebnews`, key = the article's `file`).
    """
    from realpolitik.eval.splits import PARTS, part_of

    articles = read_geowebnews(Path(data_dir) / GWN_FILE)[:limit]
    started = time.perf_counter()
    tallies = [(article, _tally(article, predicted)) for article, predicted in _predict(articles)]
    seconds = time.perf_counter() - started
    figures = _figures([t for _, t in tallies], seconds)
    for part in PARTS:
        mine = [t for a, t in tallies if part_of("geowebnews", a.doc_id) == part]
        figures[part] = _figures(mine, None)
    figures["local"] = score_local()
    figures["local2"] = score_local(LOCAL2_FILE)
    figures["local3"] = score_local(LOCAL3_FILE)
    figures["local4"] = score_local(LOCAL4_FILE)
    return figures


def read_local(path: Path = LOCAL_FILE) -> list[tuple[Article, str]]:
    """The own local-news passages and their parts; a gold name missing from its text, or a
    passage without its fields, is an error naming the passage."""
    from realpolitik.errors import UsageError
    from realpolitik.eval.gold_files import read_gold_yaml

    articles = []
    for item in read_gold_yaml(path, "the own local-news passages")["passages"]:
        try:
            pid, part, text = item["id"], item["part"], item["text"]
            toponyms = [
                _gold_in(text, g["name"], g.get("nth", 1), g["lat"], g["lon"])
                for g in item["places"]
            ]
            toponyms += [_gold_in(text, name, 1, None, None) for name in item.get("ignore", ())]
        except (KeyError, TypeError, ValueError) as e:
            raise UsageError(f"{path}: passage {item.get('id', '?')!r}: {e}") from None
        if part not in ("tune", "check"):
            raise UsageError(f"{path}: passage {pid!r}: part must be tune or check, not {part!r}")
        articles.append((Article(pid, text, toponyms), part))
    return articles


def _gold_in(text: str, name: str, nth: int, lat: float | None, lon: float | None) -> GoldToponym:
    """The `nth` occurrence of `name` in `text`; no coordinates: an ignored (unscored) name."""
    start = -1
    for _ in range(nth):
        start = text.find(name, start + 1)
        if start < 0:
            raise ValueError(f"{name!r} (occurrence {nth}) is not in the text")
    if lat is None or lon is None:
        return GoldToponym(start, start + len(name), name, "Literal", False, None, None)
    return GoldToponym(start, start + len(name), name, "Literal", True, float(lat), float(lon))


def score_local(path: Path = LOCAL_FILE) -> dict[str, Any]:
    """The same figures as `score_geo` on the own local-news passages, over all and per part."""
    from realpolitik.eval.splits import PARTS

    articles = read_local(path)
    parts = dict((a.doc_id, part) for a, part in articles)
    tallies = [(a, _tally(a, predicted)) for a, predicted in _predict([a for a, _ in articles])]
    figures = _figures([t for _, t in tallies], None)
    for part in PARTS:
        figures[part] = _figures([t for a, t in tallies if parts[a.doc_id] == part], None)
    return figures


def _predict(articles: list[Article]) -> Iterator[tuple[Article, list[PlaceMention]]]:
    from realpolitik.actors import find_actors
    from realpolitik.model import Document
    from realpolitik.pipeline import Resources
    from realpolitik.places import find_places

    res = Resources.load()
    sdocs = res.nlp.pipe((a.text for a in articles), batch_size=16)
    for article, sdoc in zip(articles, sdocs, strict=True):
        doc = Document(doc_id=article.doc_id, source=GWN_FILE, text=article.text)
        # the actors as the pipeline finds them: their countries inform the places' readings
        actors, _new = find_actors(doc, sdoc, res.kb)
        yield article, find_places(doc, sdoc, res.gazetteer, actors)


@dataclass
class Tally:
    """One article's counts and the errors (km) of its detected linked gold names."""

    counts: dict[str, int]
    errors: list[float]
    linked: int
    misses: list[GoldToponym]  # scored gold names nothing overlaps
    wrong: list[tuple[GoldToponym, PlaceMention, float]]  # detected, resolved > 161 km away


def _tally(article: Article, predicted: list[PlaceMention]) -> Tally:
    counts = dict.fromkeys(("pred", "pred_ignored", "pred_ok", "pred_exact"), 0)
    counts |= dict.fromkeys(("gold", "gold_found", "gold_exact"), 0)
    tally = Tally(counts, [], 0, [], [])
    toponyms = [t for t in article.toponyms if t.kind in TOPONYM_TYPES]
    for p in predicted:
        hits = [t for t in toponyms if _overlaps(p.char_start, p.char_end, t.start, t.end)]
        counts["pred"] += 1
        if hits and not any(t.scored for t in hits):
            counts["pred_ignored"] += 1
        elif hits:
            counts["pred_ok"] += 1
            counts["pred_exact"] += any(
                (t.start, t.end) == (p.char_start, p.char_end) for t in hits
            )
    for t in (t for t in toponyms if t.scored):
        counts["gold"] += 1
        found = [p for p in predicted if _overlaps(p.char_start, p.char_end, t.start, t.end)]
        counts["gold_found"] += bool(found)
        counts["gold_exact"] += any((p.char_start, p.char_end) == (t.start, t.end) for p in found)
        if not found:
            tally.misses.append(t)
        if t.lat is None or t.lon is None:
            continue
        tally.linked += 1
        place = found[0].place if found else None
        if place is not None and place.lat is not None and place.lon is not None:
            error = haversine_km(t.lat, t.lon, place.lat, place.lon)
            tally.errors.append(error)
            if error > KM_161:
                tally.wrong.append((t, found[0], error))
    return tally


def _prf(correct_pred: int, n_pred: int, found_gold: int, n_gold: int) -> dict[str, float]:
    p = correct_pred / n_pred if n_pred else 0.0
    r = found_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _figures(tallies: list[Tally], seconds: float | None) -> dict[str, Any]:
    counts = {k: sum(t.counts[k] for t in tallies) for k in tallies[0].counts} if tallies else {}
    counts = collections.defaultdict(int, counts)
    errors = [e for t in tallies for e in t.errors]
    linked = sum(t.linked for t in tallies)
    n_pred = counts["pred"] - counts["pred_ignored"]
    within = sum(e <= KM_161 for e in errors)
    figures: dict[str, Any] = {
        "articles": len(tallies),
        "gold_toponyms": counts["gold"],
        "predicted": n_pred,
        "detection_overlap": _prf(counts["pred_ok"], n_pred, counts["gold_found"], counts["gold"]),
        "detection_exact": _prf(counts["pred_exact"], n_pred, counts["gold_exact"], counts["gold"]),
        "linked_gold": linked,
        "linked_detected": len(errors),
        "accuracy_161km": round(within / len(errors), 4) if errors else 0.0,
        "accuracy_161km_all_linked": round(within / linked, 4) if linked else 0.0,
        "median_error_km": round(statistics.median(errors), 1) if errors else None,
        "mean_error_km": round(statistics.fmean(errors), 1) if errors else None,
    }
    if seconds is not None:
        figures["seconds"] = round(seconds, 1)
    return figures


def format_geo(figures: dict[str, Any]) -> str:
    """The headline figures, one line per part: all-gold accuracy@161 km (misses wrong, the
    gate's figure on the check part), detection precision and recall (overlap), accuracy@161 km
    of the found names, median error of the found names; then the same for the own local news."""
    lines = ["geo (GeoWebNews):", _HEADER, *_part_lines(figures)]
    if "seconds" in figures:
        lines.append(f"seconds: {figures['seconds']}")
    if "local" in figures:
        lines += ["", "geo (own local-news passages, gold/local_news.yaml):", _HEADER]
        lines += _part_lines(figures["local"])
    if "local2" in figures:
        lines += ["", "geo (own local-news passages, set 2, gold/local_news2.yaml):", _HEADER]
        lines += _part_lines(figures["local2"])
    if "local3" in figures:
        lines += ["", "geo (own local-news passages, set 3, gold/local_news3.yaml):", _HEADER]
        lines += _part_lines(figures["local3"])
    if "local4" in figures:
        lines += ["", "geo (own local-news passages, set 4, gold/local_news4.yaml):", _HEADER]
        lines += _part_lines(figures["local4"])
    return "\n".join(lines)


_HEADER = (
    f"{'part':<6} {'articles':>8} {'gold':>5} {'all-gold acc@161':>16} {'det P':>6} "
    f"{'det R':>6} {'found acc@161':>13} {'median km':>9}"
)


def _part_lines(figures: dict[str, Any]) -> list[str]:
    lines = []
    for part in ("tune", "check", "all"):
        f = figures if part == "all" else figures.get(part)
        if not f:
            continue
        detection = f["detection_overlap"]
        median = f["median_error_km"]
        lines.append(
            f"{part:<6} {f['articles']:>8} {f['linked_gold']:>5} "
            f"{f['accuracy_161km_all_linked']:>16.3f} {detection['precision']:>6.3f} "
            f"{detection['recall']:>6.3f} {f['accuracy_161km']:>13.3f} "
            f"{'-' if median is None else f'{median:.1f}':>9}"
        )
    return lines
