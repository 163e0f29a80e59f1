"""Property wrecked by an unorganised crowd (round r14, issue 9, helper "acled17").

The ACLED codebook's looting/property destruction is destruction by a group outside a
demonstration; a crowd of residents, villagers, youths, students or traders that wrecks or burns
an office, a shop or vehicles is a riot, the codebook's violent demonstration (CASE labels such
spontaneous crowds so). The classifier read residents vandalising a power company's office and
burning its vehicles as property destruction (own12 tune). The word groups are those of
`acled_acts.tsv` (`crowd`, `organised`, `wreck`, `property`); a sentence that names an armed or
organised side among the doers, a death, or a weapon is left alone (an attack or a raid).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from realpolitik.events.acled_acts import _in, _objects, _sentence_has, _sets_on_fire, _subjects
from realpolitik.nlp.columns import span_tokens


def _wrecks_property(verb: Token) -> bool:
    """A verb of wrecking, smashing or burning ("vandalised the office", "set two vehicles on
    fire") whose object, or a noun in its phrase, is property."""
    if verb.pos_ != "VERB" or not (_in(verb, "wreck") or _sets_on_fire(verb)):
        return False
    return any(_in(t, "property") for o in _objects(verb) for t in o.subtree)


def _crowd_doers(verb: Token) -> bool:
    """A crowd word among the verb's doers and no organised or armed side ("residents in
    Sylhet": the place hangs on the doers too)."""
    doers = _subjects(verb)
    return any(_in(d, "crowd") for d in doers) and not any(_in(d, "organised") for d in doers)


def reads_crowd_rampage(sent: Span) -> bool:
    """An unorganised crowd wrecking or burning property, with no death and no weapon named."""
    if _sentence_has(sent, "deadly") or _sentence_has(sent, "weapon"):
        return False
    return any(_wrecks_property(t) and _crowd_doers(t) for t in span_tokens(sent))


def reads_crowd_riot(sent: Span) -> bool:
    """An unorganised crowd told as rioting: "youths went on the rampage", "residents rioted",
    "traders ran riot" (round r25, the brief's leftover: youths on the rampage after a road
    death, burning vehicles and looting shops, read as property destruction; the death, the
    rioters' grievance, kept `reads_crowd_rampage` off). The codebook's riot by a crowd with no
    organised side is a violent demonstration, whatever death is told as its cause."""
    return any(_riots(t) and _crowd_doers(t) for t in span_tokens(sent))


def _riots(verb: Token) -> bool:
    """A verb of rioting, or one with a riot noun in its "on" phrase or as its object ("went on
    the rampage", "ran riot")."""
    if verb.pos_ != "VERB":
        return False
    if _in(verb, "riot_verb"):
        return True
    nouns = [*_objects(verb), *(p for c in verb.children if c.lower_ == "on" for p in c.children)]
    return any(_in(n, "riot_noun") for n in nouns)
