"""People held and let go ("two of the fishermen held by the navy were let go on Friday", "the
kidnappers let the nurses go"): "let" with a bare "go" for its complement is a release of the
people let go (CAMEO 0841, PLOVER RETREAT 'release', as "released" and "freed" read) where they
are held people or the sentence tells a holding (`HOLDING_WORDS`), so that staff let go by a firm
or players let go home are none. Round r49, reader53: reader_own48 tune "were let go on Thursday"
read no event.
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.events.lexicon import TriggerType

LET_GO = TriggerType("RETREAT", "release", "0841", "own")
# Words that tell a holding in the sentence: lemmas and surface forms, a list for the class of
# phrasing ("after a week in detention", "held by the navy", "their captors let them go").
HOLDING_WORDS = frozenset({
    "abduct", "abducted", "arrest", "arrested", "captive", "captivity", "captor", "cell", "custody",
    "detain", "detained", "detainee", "detention", "held", "hostage", "inmate", "jail", "kidnap",
    "kidnapped", "kidnapper", "prison", "prisoner",
})  # fmt: skip


def let_go(verb: Token) -> TriggerType | None:
    """RETREAT (release) when `verb` is "let" with a bare "go" complement (no "of": "let go of the
    rope") in a sentence that tells a holding; else None."""
    if verb.lemma_.lower() != "let":
        return None
    goes = [
        c for c in verb.children
        if c.dep_ in {"ccomp", "xcomp"} and c.lemma_.lower() == "go"
        and not any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children)
    ]  # fmt: skip
    if not goes:
        return None
    held = any(t.lower_ in HOLDING_WORDS or t.lemma_.lower() in HOLDING_WORDS for t in verb.sent)
    return LET_GO if held else None
