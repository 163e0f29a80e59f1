"""Build the trigger lexicon data files from the CAMEO verb dictionary and the CAMEO->PLOVER crosswalk.

Run once (outputs are committed under `realpolitik/data/events/`):

    python -m realpolitik.events.build_lexicon ../shared/data/petrarch2/CAMEO.2.0.txt \
        ../shared/data/plover/CAMEO2PLOVER-2021.txt

Sources: the CAMEO verb pattern dictionary (PETRARCH2, MIT licence, Open Event Data Alliance) and
the CAMEO2PLOVER crosswalk (CC BY-SA 4.0, Open Event Data Alliance). Our own additions live in
`own_triggers.tsv` and are not touched by this script.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "events"

# A [---] block gets the majority root of its coded patterns as its default only when that root is
# a clear majority (half of at least this many patterns); smaller or mixed blocks (ARRANGE: set, put,
# stage...) are light verbs typed by their object instead.
MAJORITY_MIN_PATTERNS = 4
MAJORITY_SHARE = 0.5

HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
CODE = re.compile(r"\[([^\]]*)\]")


@dataclass
class PloverCode:
    plover_type: str
    mode: str


def read_crosswalk(path: Path) -> dict[str, PloverCode]:
    """CAMEO code -> PLOVER type and mode, from CAMEO2PLOVER-2021.txt."""
    out: dict[str, PloverCode] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        m = re.match(r"^(\d{2,4}):\s*(.*)$", line)
        if not m:
            continue
        parts = [p.strip() for p in m.group(2).split(",")]
        if not parts or not parts[0]:
            continue
        mode = parts[1] if len(parts) > 1 else ""
        out[m.group(1)] = PloverCode(parts[0], mode.replace(" ", ""))
    return out


def plover_of(code: str, crosswalk: dict[str, PloverCode]) -> PloverCode | None:
    """The crosswalk entry for a code, falling back to its parent codes.

    CAMEO 02 (appeal) is not in the 2021 crosswalk: PLOVER folds appeals into REQUEST (own
    addition, mode `appeal`). CAMEO 01 (public statements) is no event in PLOVER.
    """
    if code.startswith("01"):
        return None
    if code.startswith("02"):
        return PloverCode("REQUEST", "appeal")
    for n in (len(code), 3, 2):
        hit = crosswalk.get(code[:n])
        if hit:
            return hit
    return None


def clean_code(raw: str) -> str | None:
    """`042:043` -> 042 (the source's code); `:173` -> 173; `---` -> None."""
    raw = raw.strip()
    first, _, second = raw.partition(":")
    code = first.strip() or second.strip()
    return code if code.isdigit() else None


def read_synsets(lines: list[str]) -> dict[str, list[str]]:
    sets: dict[str, list[str]] = {}
    name = None
    for line in lines:
        if line.startswith("####### VERB PATTERNS"):
            break
        if line.startswith("&"):
            name = line.split()[0]
            sets[name] = []
        elif line.startswith("+") and name:
            sets[name].append(line[1:].split()[0].strip("_").lower().replace("_", " "))
    return sets


# Verb particles CAMEO writes before the object ("PUT * OFF TALK", "HOLD * UP AID"): they change
# the meaning, so they are kept apart from the object head.
PARTICLES = {"up", "off", "out", "back", "down", "over", "away", "on", "in"}
# Synsets longer than this are lists of weapon or aircraft names, not event cues: not expanded.
MAX_SYNSET = 60


def _object(phrase: str, synsets: dict[str, list[str]]) -> tuple[str, list[str], bool]:
    """(particle, candidate head words, whether the phrase is that word alone) of an object phrase.

    The head is the phrase's last word, synsets expanded; a phrase with modifiers ("{DIPLOMATIC
    OFFENSIVE}") is marked inexact so that the loader prefers bare-word patterns.
    """
    tokens = phrase.replace("{", " ").replace("}", " ").split()
    particle = ""
    if len(tokens) > 1 and tokens[0].lower() in PARTICLES:
        particle = tokens.pop(0).lower()
    if not tokens:
        return particle, [], True
    last, exact = tokens[-1], len(tokens) == 1
    if last.startswith("&"):
        members = synsets.get(last, [])
        heads = [w.split()[-1] for w in members] if len(members) <= MAX_SYNSET else []
        return particle, heads, exact
    if not re.fullmatch(r"[A-Z][A-Z-]*", last):
        return particle, [], exact
    return particle, [last.lower()], exact


def parse_dictionary(path: Path) -> tuple[list[tuple[str, str, str, str]], list[tuple[str, ...]]]:
    """(verb rows: lemma, particle, code, origin), (pattern rows: lemma, particle, prep, object,
    code, exact)."""
    lines = path.read_text(encoding="latin-1").splitlines()
    synsets = read_synsets(lines)
    start = next(i for i, ln in enumerate(lines) if ln.startswith("####### VERB PATTERNS"))
    verbs: list[tuple[str, str, str, str]] = []
    patterns: list[tuple[str, ...]] = []
    block_verbs: list[tuple[str, str, str | None]] = []
    block_code: str | None = None
    block_patterns: list[str] = []

    def close_block() -> None:
        default = block_code
        origin = "block"
        if default is None and len(block_patterns) >= MAJORITY_MIN_PATTERNS:
            root, n = Counter(c[:2] for c in block_patterns).most_common(1)[0]
            if n / len(block_patterns) >= MAJORITY_SHARE:
                default, origin = root + "0", "majority"
        for lemma, particle, own in block_verbs:
            if own:
                verbs.append((lemma, particle, own, "verb"))
            elif default:
                verbs.append((lemma, particle, default, origin))

    for line in lines[start + 1 :]:
        text = line.split("#", 1)[0].rstrip()
        header = HEADER.match(line)
        if header:
            close_block()
            block_verbs, block_patterns = [], []
            block_code = clean_code(header.group(2))
            continue
        if not text.strip():
            continue
        if text.startswith("-"):
            m = CODE.search(text)
            code = clean_code(m.group(1)) if m else None
            body = CODE.sub("", text)[1:].strip()
            if not code or not body.startswith("*"):
                continue  # subject-side patterns (`- &MILITARY * ...`) need a phrase parser: skipped
            block_patterns.append(code)
            rest = body[1:].strip()
            lemmas = {v[0] for v in block_verbs}
            prep = ""
            pm = re.match(r"^\((\w+)\s*(.*?)\)", rest)
            if pm:
                prep, rest = pm.group(1).lower(), pm.group(2)
            particle, objects, exact = _object(rest, synsets)
            # The comment names the verb the pattern was written for ("# RUSH"): PETRARCH applies
            # a pattern to the whole block, which types "conduct attack" by "launch"'s patterns.
            found_for = line.split("#", 1)[1].split() if "#" in line else []
            named = found_for[0].lower().split("_")[0] if found_for else ""
            if named in lemmas:
                lemmas = {named}
            if particle and not objects and not prep:
                objects = [""]
            for obj in objects or ([""] if prep else []):
                for lemma in lemmas:
                    patterns.append((lemma, particle, prep, obj, code, "1" if exact else "0"))
            continue
        if text[0] in "+ABCDEFGHIJKLMNOPQRSTUVWXYZ":
            word = text.split()[0].lstrip("+").rstrip("_")
            m = CODE.search(text)
            own = clean_code(m.group(1)) if m else None
            head, _, particle = word.lower().partition("_")
            if not re.fullmatch(r"[a-z-]+", head):
                continue
            block_verbs.append((head, particle.replace("_", " "), own))
    close_block()
    return verbs, patterns


def build(cameo: Path, crosswalk_path: Path, out_dir: Path = DATA_DIR) -> None:
    crosswalk = read_crosswalk(crosswalk_path)
    verbs, patterns = parse_dictionary(cameo)
    header = (
        "# Generated by realpolitik.events.build_lexicon from CAMEO.2.0.txt (PETRARCH2 verb dictionary,\n"
        "# MIT, Open Event Data Alliance) mapped through CAMEO2PLOVER-2021 (CC BY-SA 4.0). Do not edit:\n"
        "# put additions and overrides in own_triggers.tsv.\n"
    )
    rows: set[tuple[str, ...]] = set()
    for lemma, particle, code, origin in verbs:
        p = plover_of(code, crosswalk)
        if p:
            rows.add((lemma, particle, code, p.plover_type, p.mode, origin))
    with (out_dir / "cameo_verbs.tsv").open("w", encoding="utf-8") as f:
        f.write(header + "lemma\tparticle\tcameo\tplover_type\tmode\torigin\n")
        for r in sorted(rows):
            f.write("\t".join(r) + "\n")
    prow: set[tuple[str, ...]] = set()
    for lemma, particle, prep, obj, code, exact in patterns:
        p = plover_of(code, crosswalk)
        if p:
            prow.add((lemma, particle, prep, obj, code, p.plover_type, p.mode, exact))
    with (out_dir / "cameo_patterns.tsv").open("w", encoding="utf-8") as f:
        f.write(header + "lemma\tparticle\tprep\tobject\tcameo\tplover_type\tmode\texact\n")
        for r in sorted(prow):
            f.write("\t".join(r) + "\n")


if __name__ == "__main__":
    build(Path(sys.argv[1]), Path(sys.argv[2]))
