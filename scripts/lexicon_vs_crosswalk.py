"""Print the trigger lexicon's disagreements with the PLOVER codebook (round r11, crosswalk check).

    .venv/bin/python scripts/lexicon_vs_crosswalk.py [../shared/data/plover/CAMEO2PLOVER-2021.txt]

Lists every coded lexicon row whose PLOVER type is not the crosswalk's type of its CAMEO code, and
every act of `manual_acts.tsv` the loaded lexicon reads with another type, marking those that
`crosswalk_exceptions.tsv` explains and those it does not (tests/test_events_lexicon_crosswalk.py
fails on the latter). Reads only the lexicon and the codebook, no dev or gold text.
"""

from __future__ import annotations

import sys
from pathlib import Path

from realpolitik.events.crosswalk_check import (
    crosswalk_disagreements,
    manual_disagreements,
    read_exceptions,
    stale_exceptions,
    unexplained,
)

DEFAULT_CROSSWALK = (
    Path(__file__).resolve().parents[1].parent
    / "shared"
    / "data"
    / "plover"
    / "CAMEO2PLOVER-2021.txt"
)


def main(argv: list[str]) -> int:
    crosswalk = Path(argv[0]) if argv else DEFAULT_CROSSWALK
    if not crosswalk.exists():
        print(
            f"no crosswalk at {crosswalk}: pass the path of CAMEO2PLOVER-2021.txt", file=sys.stderr
        )
        return 2
    found = crosswalk_disagreements(crosswalk) + manual_disagreements()
    exceptions = read_exceptions()
    open_ones = set(unexplained(found, exceptions))
    print("source\tlemma\tprep\tobject\tcameo\tour_type\tcodebook_type\tstatus")
    for d in found:
        print(f"{d.row()}\t{'UNEXPLAINED' if d in open_ones else 'listed'}")
    for row in stale_exceptions(found, exceptions):
        print(f"stale exception (no disagreement left): {row}")
    print(f"{len(found)} disagreements, {len(open_ones)} unexplained", file=sys.stderr)
    return 1 if open_ones else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
