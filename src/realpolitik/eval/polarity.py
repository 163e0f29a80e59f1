"""The polarity scorer: our own sentences (`gold/polarity_own.yaml`, a second set unlike
the first in kind, `gold/polarity_own2.yaml`, and a third aimed at the trigger finder's misses and
polarity traps, `gold/polarity_own3.yaml`, and a fourth aimed at the phrasings the first three
covered least, `gold/polarity_own4.yaml`, and a fifth aimed at hypotheticals embedded in long
wire sentences, `gold/polarity_own5.yaml`, and a sixth aimed at the hypotheticals and non-facts of
analysis pieces and follow-up paragraphs, `gold/polarity_own6.yaml`, and a seventh aimed at
the non-facts of ordinary reporting the first six held least, `gold/polarity_own7.yaml`, and an
eighth of threats, conditions and ultimatums, `gold/polarity_own8.yaml`), each naming its main event's trigger and the
polarities a careful reader accepts, or that no event has that trigger.

Figures, whole and per part (tune/check): `accuracy` (the main event found with an accepted
polarity, over the sentences that have an event), `asserted_precision` and `asserted_recall`
(of the main events read `asserted`; a non-event read as an asserted event counts against
precision), `not_asserted_wrong` (events the text does not assert read `asserted`) and
`non_events_right` (the sentences with no event where no event has that trigger).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from realpolitik.errors import UsageError
from realpolitik.eval.gold_files import event_named, judge_sentences
from realpolitik.eval.splits import Part, own_part
from realpolitik.model import EventMention

OWN_FILE = Path(__file__).parent / "gold" / "polarity_own.yaml"
OWN2_FILE = Path(__file__).parent / "gold" / "polarity_own2.yaml"
OWN3_FILE = Path(__file__).parent / "gold" / "polarity_own3.yaml"
OWN4_FILE = Path(__file__).parent / "gold" / "polarity_own4.yaml"
OWN5_FILE = Path(__file__).parent / "gold" / "polarity_own5.yaml"
OWN6_FILE = Path(__file__).parent / "gold" / "polarity_own6.yaml"
OWN7_FILE = Path(__file__).parent / "gold" / "polarity_own7.yaml"
# The eighth: threats, conditions and ultimatums (the threat word asserted, the act it names not).
OWN8_FILE = Path(__file__).parent / "gold" / "polarity_own8.yaml"
# The sets scored beside the first one, by the name their figures are printed under.
EXTRA_SETS = {
    "own2": OWN2_FILE, "own3": OWN3_FILE, "own4": OWN4_FILE, "own5": OWN5_FILE, "own6": OWN6_FILE,
    "own7": OWN7_FILE, "own8": OWN8_FILE,
}  # fmt: skip
POLARITIES = {"asserted", "denied", "negated", "hypothetical", "intended"}
NO_EVENT = "no_event"


def part_of(key: str, dataset: str = "polarity_own") -> Part:
    """The fixed part of an own polarity sentence: lowest bit of sha256(dataset + ":" + id)
    (`dataset` is the gold file's stem: "polarity_own", "polarity_own2", "polarity_own3", "polarity_own4",
    "polarity_own5", "polarity_own6", "polarity_own7", "polarity_own8")."""
    return own_part(dataset, key)


def own_polarity_sentences(path: Path = OWN_FILE) -> list[dict[str, Any]]:
    """The sentences, each checked for its fields and given its part."""
    from realpolitik.eval.gold_files import read_gold_yaml

    data = read_gold_yaml(path, "own polarity sentences")
    out = []
    for s in (data or {}).get("sentences") or []:
        missing = {"id", "text", "trigger", "polarity"} - set(s)
        wanted = set(s.get("polarity") or [])
        if missing or not wanted or not (wanted <= POLARITIES or wanted == {NO_EVENT}):
            raise UsageError(f"{path}: entry {s.get('id')!r} needs id, text, trigger and polarity "
                             f"(a list of {sorted(POLARITIES)}, or [{NO_EVENT}]); "
                             f"missing {sorted(missing)}")  # fmt: skip
        out.append({**s, "part": part_of(str(s["id"]), path.stem)})
    return out


def judge_polarity(s: dict[str, Any], events: list[EventMention]) -> dict[str, Any]:
    """One sentence's outcome: the polarity of the first event whose trigger contains the
    sentence's `trigger` ("none" when there is none), and whether it is accepted."""
    main = event_named(events, str(s["trigger"]))
    predicted = main.polarity if main else "none"
    no_event = s["polarity"] == [NO_EVENT]
    return {
        "id": s["id"],
        "part": s["part"],
        "class": s.get("class", ""),
        "gold": "/".join(s["polarity"]),
        "predicted": predicted,
        "no_event": no_event,
        "correct": (main is None) if no_event else predicted in s["polarity"],
        "gold_asserted": s["polarity"] == ["asserted"],
        "text": s["text"],
    }


def _summary(rows: list[dict[str, Any]]) -> dict[str, Any]:
    events = [r for r in rows if not r["no_event"]]
    non_events = [r for r in rows if r["no_event"]]
    said_asserted = [r for r in rows if r["predicted"] == "asserted"]
    gold_asserted = [r for r in rows if r["gold_asserted"]]
    not_asserted = [r for r in events if not r["gold_asserted"]]

    def ratio(num: int, den: int) -> float:
        return round(num / den, 4) if den else 0.0

    return {
        "n": len(rows),
        "accuracy": ratio(sum(r["correct"] for r in events), len(events)),
        "asserted_precision": ratio(sum(r["gold_asserted"] for r in said_asserted), len(said_asserted)),
        "asserted_recall": ratio(
            sum(r["predicted"] == "asserted" for r in gold_asserted), len(gold_asserted)
        ),
        "n_not_asserted": len(not_asserted),
        "not_asserted_wrong": sum(r["predicted"] == "asserted" for r in not_asserted),
        "n_non_events": len(non_events),
        "non_events_right": ratio(sum(r["correct"] for r in non_events), len(non_events)),
    }


def _tune_misses(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {k: r[k] for k in ("id", "class", "gold", "predicted", "text")}
        for r in rows
        if r["part"] == "tune" and not r["correct"]
    ]


def score_polarity(
    res: Any = None, path: Path = OWN_FILE, extras: Mapping[str, Path] | None = None
) -> dict[str, Any]:
    """Polarity figures on the own sentences, whole and per part: the first set (`path`) at the
    top level, each further set under its name (`extras`, by default `EXTRA_SETS`: own2 ...);
    `misses` and `<name>_misses` list the tune parts' misses only (the check parts' are not read
    while tuning)."""
    from realpolitik.pipeline import Resources

    res = res or Resources.load()
    rows, out = judge_sentences(own_polarity_sentences(path), judge_polarity, _summary, res)
    out["misses"] = _tune_misses(rows)
    for key, extra in (EXTRA_SETS if extras is None else extras).items():
        sentences = own_polarity_sentences(extra)
        rows, out[key] = judge_sentences(sentences, judge_polarity, _summary, res)
        out[f"{key}_misses"] = _tune_misses(rows)
    return out
