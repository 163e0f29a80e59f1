"""The trigger lexicon checked against the PLOVER codebook: the CAMEO2PLOVER crosswalk and the
acts the PLOVER manual names.

Two checks, each answered by a list of disagreements:

* every lexicon row that carries a CAMEO code and a PLOVER type (`cameo_verbs.tsv`,
  `cameo_patterns.tsv`, `own_triggers.tsv`, `pattern_families.yaml`) has the type the crosswalk
  gives its code (`crosswalk_disagreements`);
* every act the manual's chapter on a type names outright (`manual_acts.tsv`: "ratify, sign, or
  finalize an agreement or treaty" is SUPPORT) reads that type in the loaded lexicon
  (`manual_disagreements`), and, where the manual gives the act a mode ("Abduct, kidnap, hijack"
  is ASSAULT 'abduct'), that mode (`manual_mode_disagreements`, round r12);
* every mode the loaded lexicon gives a type is one the manual's mode table for that type names,
  one the crosswalk gives a code of that type, or one listed with its reason (`plover_modes.tsv`;
  `unlisted_modes`, `misattributed_modes`, round r12).

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
from realpolitik.events.lexicon import (
    DATA_DIR,
    RETYPED_CAMEO,
    Lexicon,
    TriggerType,
    load_lexicon,
)

# The lexicon files whose rows carry a CAMEO code and a PLOVER type.
CODED_TABLES = ("cameo_verbs.tsv", "cameo_patterns.tsv", "own_triggers.tsv")
FAMILIES = "pattern_families.yaml"
MANUAL_ACTS = "manual_acts.tsv"
MODES = "plover_modes.tsv"
EXCEPTIONS = "crosswalk_exceptions.tsv"
# The source of a disagreement about an act's type, and about its mode, in manual_acts.tsv.
MANUAL = "manual"
MANUAL_MODE = "manual mode"
# An exception's lemma that stands for every row of its code and type.
ANY_ROW = "*"


@dataclass(frozen=True)
class Disagreement:
    """One lexicon row (or manual act) whose PLOVER type is not the codebook's."""

    source: str  # file name, or MANUAL / MANUAL_MODE for an act of manual_acts.tsv
    lemma: str
    prep: str
    obj: str
    cameo: str
    our_type: str  # for a MANUAL_MODE disagreement: the lexicon's mode ("none" for no mode)
    codebook_type: str  # the crosswalk's type of the code, or the manual's type (mode) of the act

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
    mode: str  # the manual's mode for the act, or "" where it gives none
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
                row.get("mode") or "",
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
        ttype = _reading(act, lex)
        ours = ttype.plover_type if ttype else "none"
        if ours != act.plover_type:
            out.append(
                Disagreement(
                    MANUAL,
                    act.lemma,
                    act.prep,
                    act.obj,
                    (ttype.cameo or "") if ttype else "",
                    ours,
                    act.plover_type,
                )
            )
    return out


def _reading(act: ManualAct, lex: Lexicon) -> TriggerType | None:
    if act.obj:
        return lex.pattern(act.lemma, act.prep, act.obj)
    return lex.verb(act.lemma, act.prep) or lex.noun(act.lemma)


def manual_mode_disagreements(
    data_dir: Path = DATA_DIR, lexicon: Lexicon | None = None
) -> list[Disagreement]:
    """Acts the manual gives a mode whose entry has the manual's type but another mode (a type
    disagreement is `manual_disagreements`' and is not repeated here)."""
    lex = lexicon or load_lexicon(data_dir)
    out: list[Disagreement] = []
    for act in read_manual_acts(data_dir / MANUAL_ACTS):
        ttype = _reading(act, lex)
        if not act.mode or ttype is None or ttype.plover_type != act.plover_type:
            continue
        if ttype.mode != act.mode:
            out.append(
                Disagreement(
                    MANUAL_MODE,
                    act.lemma,
                    act.prep,
                    act.obj,
                    ttype.cameo or "",
                    ttype.mode or "none",
                    act.mode,
                )
            )
    return out


@dataclass(frozen=True)
class ListedMode:
    """A (type, mode) pair of `plover_modes.tsv` and where it comes from."""

    plover_type: str
    mode: str
    source: str  # manual (the manual's mode table), crosswalk (a code's mode), own (our mode)
    reason: str  # the page and words, the CAMEO code, or why we carry it


MODE_SOURCES = ("manual", "crosswalk", "own")


def read_modes(data_dir: Path = DATA_DIR) -> list[ListedMode]:
    """The modes of `plover_modes.tsv`, with a clear error for a malformed row."""
    out = []
    for i, row in enumerate(_rows(data_dir / MODES), start=1):
        source, reason = row.get("source") or "", (row.get("reason") or "").strip()
        if not row.get("plover_type") or not row.get("mode") or source not in MODE_SOURCES:
            raise ValueError(f"{MODES}: row {i} needs a plover_type, a mode and a source: {row}")
        if not reason:
            raise ValueError(f"{MODES}: row {i} gives no reason: {row}")
        out.append(ListedMode(row["plover_type"], row["mode"], source, reason))
    return out


def _lexicon_modes(lex: Lexicon) -> set[tuple[str, str]]:
    tables = (lex.verbs, lex.patterns, lex.nouns, lex.modified_nouns)
    return {(t.plover_type, t.mode) for table in tables for t in table.values() if t.mode}


def unlisted_modes(
    data_dir: Path = DATA_DIR, lexicon: Lexicon | None = None
) -> list[tuple[str, str]]:
    """(type, mode) pairs the loaded lexicon carries that `plover_modes.tsv` does not list."""
    listed = {(m.plover_type, m.mode) for m in read_modes(data_dir)}
    return sorted(_lexicon_modes(lexicon or load_lexicon(data_dir)) - listed)


def misattributed_modes(crosswalk_path: Path, data_dir: Path = DATA_DIR) -> list[ListedMode]:
    """Rows listed as the crosswalk's whose code does not carry that type and mode there."""
    crosswalk = read_crosswalk(crosswalk_path)
    out = []
    for m in read_modes(data_dir):
        if m.source != "crosswalk":
            continue
        hit = crosswalk.get(m.reason.split()[0])
        if hit is None or (hit.plover_type, hit.mode) != (m.plover_type, m.mode):
            out.append(m)
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
        return d.source not in (MANUAL, MANUAL_MODE)
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
