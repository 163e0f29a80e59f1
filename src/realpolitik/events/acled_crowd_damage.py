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

from realpolitik.events.acled_acts import (
    _in,
    _objects,
    _sentence_has,
    _sets_on_fire,
    _subjects,
    act_words,
    after_clause,
    set_fire_to,
)
from realpolitik.events.acled_phrases import in_words
from realpolitik.events.acled_unnamed_protest import unnamed_protest_words
from realpolitik.nlp.columns import span_tokens
from realpolitik.nlp.conjuncts import first_conjunct


def _wrecks_property(verb: Token) -> bool:
    """A verb of wrecking, smashing or burning ("vandalised the office", "set two vehicles on
    fire") whose object, or a noun in its phrase, is property; or "set fire to" property (round
    r37, own38 tune: villagers who blocked a road with burning logs "and later set fire to the
    office of the sub-divisional officer" read as property destruction, the burned office being
    no object of the verb)."""
    if verb.pos_ != "VERB":
        return False
    if _in(verb, "wreck") or _sets_on_fire(verb):
        return any(_in(t, "property") for o in _objects(verb) for t in o.subtree)
    return any(_in(t, "property") for b in set_fire_to(verb) for t in b.subtree)


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


def reads_gathered_crowd_wrecking(sent: Span) -> bool:
    """People told gathering somewhere who then wreck or set fire to something there, no armed
    or organised side among them, no death and no weapon named: "hundreds of them had gathered
    outside the company's offices ... and set its reception area on fire" (round r28, own29
    tune: read as property destruction). A crowd that gathers (the gathering verbs of
    `acled_unnamed_protest.tsv`, its people words: numbers, traders, workers) is a
    demonstration told without a protest word, and its damage makes it the codebook's violent
    demonstration; `reads_crowd_rampage` needs a crowd word among the doers ("hundreds" is
    none) and a word of property as the thing burnt."""
    if _sentence_has(sent, "deadly") or _sentence_has(sent, "weapon"):
        return False
    return any(_wrecks_or_burns(t) and _gathered_doers(t) for t in span_tokens(sent))


def _wrecks_or_burns(verb: Token) -> bool:
    """A verb of wrecking or burning, or a setting on fire, whatever it wrecks."""
    return verb.pos_ == "VERB" and (_in(verb, "wreck") or _sets_on_fire(verb))


def _gathered_doers(verb: Token) -> bool:
    """The verb's doers are people (a crowd word, or the unnamed protest's people: "hundreds of
    traders") who are the subject of a gathering verb, and none is an organised side; or the verb
    is in a relative clause on the place such people gathered at ("dozens of them had gathered
    at the ministry, where they broke its gate")."""
    doers = _subjects(verb)
    if any(_in(d, "organised") for d in doers):
        return False
    gather = unnamed_protest_words()["gather"]
    if any(d.dep_ == "nsubj" and in_words(d.head, gather) and _people(d) for d in doers):
        return True
    site = _gathering_at_the_clause_place(verb)
    if site is None:
        return False
    gatherers = _subjects(site)
    return any(_people(g) for g in gatherers) and not any(_in(g, "organised") for g in gatherers)


def _people(tok: Token) -> bool:
    return _in(tok, "crowd") or in_words(tok, unnamed_protest_words()["people"])


# How many heads up from a relative clause's noun its gathering verb is looked for ("gathered
# at the ministry": ministry -> at -> gathered).
SITE_REACH = 3


def _gathering_at_the_clause_place(verb: Token) -> Token | None:
    """The gathering verb whose place a relative clause of the verb describes ("gathered at the
    ministry, where they broke its gate": "gathered"), or None."""
    clause = first_conjunct(verb)
    if clause.dep_ != "relcl":
        return None
    tok = clause.head
    for _ in range(SITE_REACH):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ == "VERB":
            return tok if in_words(tok, unnamed_protest_words()["gather"]) else None
    return None


def reads_aggrieved_people_wrecking(sent: Span) -> bool:
    """People told by the demand or protest they are making, in a clause on the doers ("avocado
    pickers demanding unpaid wages", "dock workers protesting against unpaid salaries"), who
    wreck or set fire to property, no armed or organised side among them, no death and no weapon
    named (round r38, own39 tune: pickers who set fire to company trucks read as property
    destruction). The demand makes them demonstrators whatever noun names them (`crowd` and the
    unnamed protest's people need not), and their damage the codebook's violent demonstration.
    Doers named only as men or persons (`unnamed_doer`) are left alone: "men demanding a ransom"
    are no demonstrators."""
    if _sentence_has(sent, "deadly") or _sentence_has(sent, "weapon"):
        return False
    return any(_wrecks_property(t) and _aggrieved_doers(t) for t in span_tokens(sent))


def reads_aggrieved_people_pelting(sent: Span) -> bool:
    """People told angry or aggrieved ("traders angry over new fees", "furious residents") or by
    the demand or protest they make, who pelt or stone (`pelt`) something, no armed or organised
    side among them, no death and no weapon named: demonstrators turned violent, the codebook's
    violent demonstration (round r39, acled42, the brief's leftover of stop 58: read as no
    event). Doers named only as men or persons are left alone."""
    if _sentence_has(sent, "deadly") or _sentence_has(sent, "weapon"):
        return False
    return any(
        t.pos_ == "VERB" and _in(t, "pelt") and (_aggrieved_doers(t) or _angry_doers(t))
        for t in span_tokens(sent)
    )


def _angry_doers(verb: Token) -> bool:
    """A doer of the verb told angry (`aggrieved_mark` on it, or on the adjective phrase that
    hangs on it), and no doer an organised side or an unnamed person."""
    return any(
        c.dep_ == "amod" and _in(c, "aggrieved_mark")
        for d in _civilian_doers(verb)
        for c in d.children
    )


def _aggrieved_doers(verb: Token) -> bool:
    """A doer of the verb carries a clause whose verb is a word of protest or demand, and no
    doer is an organised side or an unnamed person; or the verb hangs on a verb of opposing
    with a "to" phrase whose doers are such people (`_opposing_head`, stop 71)."""
    said = act_words()["protest"] | act_words()["demand"]
    opposing = _opposing_head(verb)
    if opposing is not None and _civilian_doers(opposing):
        return True
    return any(
        c.dep_ in {"acl", "relcl"} and in_words(c, said)
        for d in _civilian_doers(verb)
        for c in d.children
    )


def _opposing_head(verb: Token) -> Token | None:
    """The verb of opposing (`opposing`) with a "to" phrase that the verb, or the first verb of
    its chain of joined verbs, is joined or hung to: the parser reads "villagers opposed to the
    lease torched two lorries" with "opposed" as the main verb, though "opposed to" tells the
    doers' stance, their grievance (stop 71, acled54, own52 tune: read as property
    destruction). The doers are the opposing verb's."""
    first = first_conjunct(verb)
    head = first.head
    if first.dep_ not in {"conj", "advcl", "ccomp", "dep"} or not _in(head, "opposing"):
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "to" for c in head.children):
        return None
    return head


def _civilian_doers(verb: Token) -> list[Token]:
    """The verb's doers, or none when one of them is an organised side or an unnamed person
    ("men demanding a ransom" are no demonstrators)."""
    doers = _subjects(verb)
    if any(_in(d, "organised") or _in(d, "unnamed_doer") for d in doers):
        return []
    return doers


def reads_state_property_wrecked_after(sent: Span) -> bool:
    """People who are no armed, state or unnamed side (`_civilian_doers`) overturning, wrecking
    or burning, in one chain of coordinated verbs, a vehicle or building of a state force ("a
    police pickup", "an army truck": `state_property` marked by a `state_force` word), the chain
    carrying an "after" clause that tells what set them off (round r42, own43 tune and stop 61's
    leftover: "riders overturned a police pickup and torched a fuel kiosk after officers
    impounded their machines" read as property destruction, drivers who overturned a police van
    after their minibuses were seized as no riot). The grievance told only in the "after" clause
    makes them a riot, the codebook's violent demonstration; a death told there is its cause,
    but one told outside it (a killing by the crowd) leaves the sentence alone, as does a weapon."""
    if _sentence_has(sent, "weapon"):
        return False
    for verb in span_tokens(sent):
        if verb.pos_ != "VERB" or verb.dep_ == "conj":
            continue
        chain = [verb, *(c for c in verb.conjuncts if c.pos_ == "VERB")]
        after = [c for v in chain for c in v.children if after_clause(c)]
        if not after or not _civilian_doers(verb):
            continue
        told_after = {t.i for c in after for t in c.subtree}
        if any(_in(t, "deadly") and t.i not in told_after for t in span_tokens(sent)):
            continue
        damages = any(_wrecks_or_burns(v) or _in(v, "overturn") for v in chain)
        wrecked = [o for v in chain for o in (*_objects(v), *set_fire_to(v))]
        if damages and any(_of_a_state_force(o) for o in wrecked):
            return True
    return False


def _of_a_state_force(noun: Token) -> bool:
    """A vehicle or building marked by a state force word ("a police van", "the army's truck")."""
    return _in(noun, "state_property") and any(
        _in(c, "state_force") for c in noun.children if c.dep_ in {"compound", "amod", "poss"}
    )


def reads_demonstrators_forcing_entry(sent: Span) -> bool:
    """Demonstrators or a crowd, no organised or armed side among them, who force their way into
    a place ("protesters stormed the parliament", "demonstrators broke into the commission's
    offices", "students forced their way into the rector's office"), no death and no weapon
    named and no one beaten, stoned or lynched (stop 65, lead, probe sentences written as wire
    text: read as a peaceful protest or as mob violence). The forced entry is the crowd's
    violence, the codebook's violent demonstration; a crowd that also beats people is a mob."""
    if any(_sentence_has(sent, group) for group in ("deadly", "weapon", "harm")):
        return False  # people hurt or killed: the crowd's violence against them decides
    return any(_forces_entry(t) and _demonstrating_doers(t) for t in span_tokens(sent))


def _forces_entry(verb: Token) -> bool:
    """A verb of storming with an object ("stormed the parliament"), or of breaking or forcing in
    with an "into" phrase ("broke into the offices", "forced their way into the residence")."""
    if verb.pos_ != "VERB":
        return False
    if _in(verb, "force_entry"):
        return bool(_objects(verb))
    return _in(verb, "entry_into") and any(
        c.dep_ == "prep" and c.lower_ == "into" for t in (verb, *_objects(verb)) for c in t.children
    )


def _demonstrating_doers(verb: Token) -> bool:
    """A protest word or a crowd word among the verb's doers, and no organised side."""
    doers = _civilian_doers(verb)
    return any(_in(d, "protest") or _in(d, "crowd") for d in doers)
