"""Reading the project's own gold files (YAML under `eval/gold/`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from realpolitik.errors import UsageError
from realpolitik.eval.splits import PARTS


def read_gold_yaml(path: Path, what: str) -> Any:
    """The parsed YAML of `path`; an unreadable or malformed file is a `UsageError` naming the
    file and `what` it should hold."""
    import yaml

    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise UsageError(f"{path}: cannot read {what} ({exc})") from exc


# Labels of PLOVER 0.5b1 that our own gold files (like the PLOVER gold records) still use, with
# the current root each became: a demand is REQUEST, disapproval ACCUSE, fighting ASSAULT, and
# reducing relations SANCTION (CAMEO2PLOVER-2021's "Reduce relations").
OLD_PLOVER_LABELS = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT",
                     "REDUCE": "SANCTION"}  # fmt: skip


def plover_roots(path: Path, item: str, types: Any) -> list[str]:
    """A gold item's `types` as current PLOVER roots (`OLD_PLOVER_LABELS` renamed). Until stop
    57 the reader and fusion sets compared their labels as written, so an entry listing only
    "FIGHT" or "DEMAND" could never be found. Any other label is a `UsageError` naming the file,
    the item and the label."""
    from realpolitik.model import PLOVER_TYPES

    if not isinstance(types, list) or not types:
        raise UsageError(f"{path}: {item}: types must be a list of PLOVER roots")
    roots = [OLD_PLOVER_LABELS.get(str(t), str(t)) for t in types]
    unknown = [t for t in roots if t not in PLOVER_TYPES]
    if unknown:
        raise UsageError(
            f"{path}: {item}: {', '.join(unknown)} is no PLOVER root ({', '.join(PLOVER_TYPES)})"
        )
    return list(dict.fromkeys(roots))


Row = dict[str, Any]


def event_named(events: list[Any], trigger: str) -> Any:
    """The first event mention whose trigger text contains a gold file's `trigger` word (case
    ignored; a light verb's trigger "carried out the strike" contains "strike"), else None."""
    word = trigger.lower()
    return next((e for e in events if word in e.trigger.lower()), None)


def judge_sentences(
    sentences: list[dict[str, Any]],
    judge: Callable[[dict[str, Any], list[Any]], Row],
    summary: Callable[[list[Row]], dict[str, Any]],
    res: Any = None,
) -> tuple[list[Row], dict[str, Any]]:
    """Each own gold sentence (`id`, `text`, `part`) analysed as a one-sentence document and
    judged (`judge(sentence, its event mentions)` -> a row with its `part`); returns the rows and
    their `summary` whole and per part."""
    from realpolitik.model import Document
    from realpolitik.pipeline import Resources, analyse_documents

    res = res or Resources.load()
    docs = [Document(doc_id=s["id"], source="own", raw=s["text"], text=s["text"]) for s in sentences]
    rows = [
        judge(s, a.event_mentions)
        for s, a in zip(sentences, analyse_documents(docs, res), strict=True)
    ]
    out: dict[str, Any] = {"whole": summary(rows)}
    for part in PARTS:
        out[part] = summary([r for r in rows if r["part"] == part])
    return rows, out
