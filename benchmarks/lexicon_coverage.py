"""Which verbs of unlabelled news the trigger lexicon only guesses (a script, not a test).

    .venv/bin/python benchmarks/lexicon_coverage.py [--docs 300] [--data ../shared/data] [--top 60]

Parses the first N ECB+ dev documents (as `stages.py` reads them; no gold is read) and types
every verb as `find_triggers` would (`type_verb`). Prints, by frequency, the verb lemmas whose
type came from a guess (origin similar / block / majority: no reading of their own) with the
guessed type, and then the verb lemmas that got no type at all, so that a reader can pick out the
political acts among them. Used for the lexicon coverage round (docs/events-plover.md).
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUESS_ORIGINS = {"similar", "block", "majority"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--top", type=int, default=60)
    args = ap.parse_args()
    from ecbplus_sample import cleaned_sample

    from realpolitik.events.lexicon import load_lexicon
    from realpolitik.events.triggers import type_verb
    from realpolitik.nlp import load_pipeline

    docs = cleaned_sample(args.data, args.docs)
    nlp = load_pipeline()
    lex = load_lexicon()
    guessed: Counter[tuple[str, str, str]] = Counter()
    untyped: Counter[str] = Counter()
    verbs = 0
    for sdoc in nlp.pipe((d.text for d in docs), batch_size=32):
        for tok in sdoc:
            if tok.pos_ != "VERB":
                continue
            verbs += 1
            trig = type_verb(tok, lex)
            lemma = tok.lemma_.lower()
            if trig is None:
                untyped[lemma] += 1
            elif trig.ttype.origin in GUESS_ORIGINS:
                guessed[(lemma, trig.ttype.plover_type, trig.ttype.origin)] += 1
    print(f"{len(docs)} documents, {verbs} verbs")
    print(f"guessed: {sum(guessed.values())} verbs, {len(guessed)} lemma/type pairs")
    for (lemma, ptype, origin), n in guessed.most_common(args.top):
        print(f"  {n:4d}  {lemma:<16} {ptype:<12} {origin}")
    print(f"untyped: {sum(untyped.values())} verbs, {len(untyped)} lemmas")
    for lemma, n in untyped.most_common(args.top * 3):
        print(f"  {n:4d}  {lemma}")


if __name__ == "__main__":
    main()
