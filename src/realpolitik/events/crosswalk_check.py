"""The trigger lexicon checked against the PLOVER codebook: the CAMEO2PLOVER crosswalk and the
acts the PLOVER manual names.

Two checks, each answered by a list of disagreements:

* every lexicon row that carries a CAMEO code and a PLOVER type (`cameo_verbs.tsv`,
  `cameo_patterns.tsv`, `own_triggers.tsv`, `pattern_families.yaml`) has the type the crosswalk
  gives its code (`crosswalk_disagreements`);
* every act the manual's chapter on a type names outright (`manual_acts.tsv`: "ratify, sign, or
  finalize an agreement or treaty" is SUPPORT) reads that type in the loaded lexicon
  (`manual_disagreements`).

A disagreement is either fixed in the lexicon or listed, with its reason, in
`crosswalk_exceptions.tsv`; `unexplained` keeps what neither does. The project's reading of each
convention is written once, in docs/plover-conventions.md. Round r11, helper conv1.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import yaml

from realpolitik.events.build_lexicon import plover_of, read_crosswalk
from realpolitik.events.lexicon import DATA_DIR, RETYPED_CAMEO, Lexicon, load_lexicon

# The lexicon files whose rows carry a CAMEO code and a PLOVER type.
CODED_TABLES = ("cameo_verbs.tsv", "cameo_patterns.tsv", "own_triggers.tsv")
FAMILIES = "pattern_families.yaml"
MANUAL_ACTS = "manual_acts.tsv"
EXCEPTIONS = "crosswalk_exceptions.tsv"
# An exception's lemma that stands for every row of its code and type.
ANY_ROW = "*"


@dataclass(frozen=True)
class Disagreement:
    """One lexicon row (or manual act) whose PLOVER type is not the codebook's."""

    source: str  # file name, or "manual" for an act of manual_acts.tsv
    lemma: str
    prep: str
    obj: str
    cameo: str
    our_type: str
    codebook_type: str  # the crosswalk's type of the code, or the manual's type of the act

    def row(self) -> str:
        return "\t".join(
            (
                self.source,
                self.lemma,
                self.prep,
                self.obj,
                self.cameo,
                self.our_type,
                self.codebook_type,
            )
        )


@dataclass(frozen=True)
class ManualAct:
    lemma: str
    prep: str
    obj: str
    plover_type: str
    page: str
    words: str


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        lines = [ln for ln in f if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _crosswalk_type(code: str, crosswalk: dict) -> str | None:
    hit = plover_of(code, crosswalk)
    return hit.plover_type if hit else None


def crosswalk_disagreements(crosswalk_path: Path, data_dir: Path = DATA_DIR) -> list[Disagreement]:
    """Lexicon rows whose PLOVER type is not the crosswalk's type of their CAMEO code."""
    crosswalk = read_crosswalk(crosswalk_path)
    out: list[Disagreement] = []
    for name in CODED_TABLES:
        for row in _rows(data_dir / name):
            code = row.get("cameo") or ""
            expected = _crosswalk_type(code, crosswalk) if code else None
            if expected is None or expected == row["plover_type"]:
                continue
            prep = row.get("prep") or row.get("particle") or ""
            out.append(
                Disagreement(
                    name,
                    row["lemma"],
                    prep,
                    row.get("object") or "",
                    code,
                    row["plover_type"],
                    expected,
                )
            )
    families = yaml.safe_load((data_dir / FAMILIES).read_text(encoding="utf-8"))["families"]
    for fam in families:
        code = str(fam["cameo"])
        expected = _crosswalk_type(code, crosswalk)
        if expected is not None and expected != fam["plover_type"]:
            out.append(
                Disagreement(FAMILIES, fam["name"], "", "", code, fam["plover_type"], expected)
            )
    # Codes the loader retypes wholesale (lexicon.RETYPED_CAMEO) are rows of their own.
    for code, (ptype, _mode) in RETYPED_CAMEO.items():
        expected = _crosswalk_type(code, crosswalk)
        if expected is not None and expected != ptype:
            out.append(Disagreement("lexicon.py", ANY_ROW, "", "", code, ptype, expected))
    return out


def read_manual_acts(path: Path) -> list[ManualAct]:
    """The acts of `manual_acts.tsv`, with a clear error for a malformed row."""
    acts = []
    for i, row in enumerate(_rows(path), start=1):
        if not row.get("lemma") or not row.get("plover_type"):
            raise ValueError(f"{path.name}: row {i} needs a lemma and a plover_type: {row}")
        acts.append(
            ManualAct(
                row["lemma"],
                row.get("prep") or "",
                row.get("object") or "",
                row["plover_type"],
                row.get("page") or "",
                row.get("words") or "",
            )
        )
    return acts


def manual_disagreements(
    data_dir: Path = DATA_DIR, lexicon: Lexicon | None = None
) -> list[Disagreement]:
    """Acts the manual names whose entry in the loaded lexicon has another type (or none)."""
    lex = lexicon or load_lexicon(data_dir)
    out: list[Disagreement] = []
    for act in read_manual_acts(data_dir / MANUAL_ACTS):
        if act.obj:
            ttype = lex.pattern(act.lemma, act.prep, act.obj)
        else:
            ttype = lex.verb(act.lemma, act.prep) or lex.noun(act.lemma)
        ours = ttype.plover_type if ttype else "none"
        if ours != act.plover_type:
            out.append(
                Disagreement(
                    "manual",
                    act.lemma,
                    act.prep,
                    act.obj,
                    (ttype.cameo or "") if ttype else "",
                    ours,
                    act.plover_type,
                )
            )
    return out


def read_exceptions(data_dir: Path = DATA_DIR) -> list[dict[str, str]]:
    """The deliberate exceptions; each must give a reason."""
    rows = _rows(data_dir / EXCEPTIONS)
    for i, row in enumerate(rows, start=1):
        if not (row.get("reason") or "").strip():
            raise ValueError(f"{EXCEPTIONS}: row {i} gives no reason: {row}")
    return rows


def _excused(d: Disagreement, exc: dict[str, str]) -> bool:
    if exc["cameo"] != d.cameo:
        return False
    if exc["our_type"] != d.our_type or exc["codebook_type"] != d.codebook_type:
        return False
    if exc["lemma"] == ANY_ROW:  # every row of the code, in any file
        return d.source != "manual"
    return (exc["source"], exc["lemma"], exc["prep"], exc["object"]) == (
        d.source,
        d.lemma,
        d.prep,
        d.obj,
    )


def unexplained(
    disagreements: list[Disagreement], exceptions: list[dict[str, str]]
) -> list[Disagreement]:
    """The disagreements no exception row names."""
    return [d for d in disagreements if not any(_excused(d, e) for e in exceptions)]


def stale_exceptions(
    disagreements: list[Disagreement], exceptions: list[dict[str, str]]
) -> list[dict[str, str]]:
    """Exception rows that name no current disagreement (a fixed row left listed)."""
    return [e for e in exceptions if not any(_excused(d, e) for d in disagreements)]
