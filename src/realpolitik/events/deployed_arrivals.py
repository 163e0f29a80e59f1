"""An arrival of a body sent somewhere is a deployment, not a visit.

"Two Australian police advisers have arrived in Auki at the provincial government's request", "A
team of three observers from the commission arrived in Baga Sola": the lexicon reads "arrive" as a
visit (CONSULT), which holds for a person ("The foreign minister arrived in Paris for talks"). A
careful reader lists the arrival of advisers, observers, troops or a team as the deployment it
reports (issue 9, round r19, reader23: reader_own17 and reader_own18 tune): armed bodies readied
there (MOBILIZE, CAMEO 154; warships and patrol boats too, round r37, reader41), bodies sent to help, watch or advise as assistance (AID, CAMEO 070),
as `data/events/deployed_arrivals.yaml` lists. The subject's head, or the plural its "of" phrase
holds ("a team of observers", "a contingent of police"), names the body.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from realpolitik.events.border_moves import MOBILIZED
from realpolitik.events.lexicon import DATA_DIR, TriggerType
from realpolitik.events.nominal_objects import prep_objects
from realpolitik.events.wordlists import read_word_sets

ASSISTANCE_SENT = TriggerType("AID", None, "070", "own")


@cache
def carrier_words() -> dict[str, frozenset[str]]:
    """`data/events/carriers.yaml`'s word lists (read here and by `triggers`, which imports this
    module)."""
    return read_word_sets(DATA_DIR / "carriers.yaml")


@cache
def deployed_words() -> dict[str, frozenset[str]]:
    """`data/events/deployed_arrivals.yaml`'s word lists (its armed bodies are read by
    `left_ground` too)."""
    return read_word_sets(DATA_DIR / "deployed_arrivals.yaml")


def deployed_arrival(verb: Token, ttype: TriggerType | None) -> TriggerType | None:
    """MOBILIZE or AID when a verb of arriving read as a visit (CONSULT) has a body sent somewhere
    as its subject, AID when it (or "landed", which has no reading) carries relief goods; None
    otherwise (the reading stands)."""
    words = deployed_words()
    if verb.lemma_.lower() not in words["arriving_verbs"]:
        return None
    subjects = [s for s in verb.children if s.dep_ == "nsubj"]
    heads = [w for s in subjects for w in body_words(s)]
    given = any(_given_goods(s) for s in subjects)
    # a warship carrying relief goods delivers them ("a navy ship arrived in Male with drinking
    # water"): only an armed vessel arriving empty-handed is forces readied
    armed = any(w in words["armed_bodies"] for w in heads) or (
        any(_armed_vessel(s) for s in subjects) and not (given or _carries_relief(verb))
    )
    if ttype is None:
        # "landed" has no lexicon row: only the relief goods it carries make it an event
        return ASSISTANCE_SENT if not armed and (_carries_relief(verb) or given) else None
    if ttype.plover_type != "CONSULT":
        return None
    if armed:
        return MOBILIZED
    if any(w in words["helping_bodies"] for w in heads) or _carries_relief(verb) or given:
        return ASSISTANCE_SENT
    return None


def _armed_vessel(subject: Token) -> bool:
    """ "three frigates", "two Honduran patrol boats", "a coast guard cutter": a warship, or a boat
    a navy, coast guard or patrol word marks (round r37, reader41)."""
    words = deployed_words()
    lemma = subject.lemma_.lower()
    if lemma in words["armed_vessels"]:
        return True
    marks = (c.lemma_.lower() for c in subject.children if c.dep_ in {"compound", "amod"})
    return lemma in words["marked_vessels"] and any(m in words["armed_vessel_marks"] for m in marks)


def _given_goods(subject: Token) -> bool:
    """ "vaccines donated by China arrived in Harare": goods a giving participle names as given
    arrive, whatever the goods (round r33, plover51: `donated_goods`, whose parties need
    `arguments`, which reads this module's words, hence the import here)."""
    from realpolitik.events.donated_goods import giver_participle

    return giver_participle(subject) is not None


def _carries_relief(verb: Token) -> bool:
    """ "landed in Osh with 20 tonnes of tents, blankets and medicine": the arrival's "with"
    phrase holds relief goods (`relief_goods`), so the arrival delivers them."""
    goods = deployed_words()["relief_goods"]
    for held in [*prep_objects(verb, "with"), *_loads_of_subject(verb), *_loads_of_arrival(verb)]:
        nouns = [held, *prep_objects(held, "of")]
        nouns += [c for n in nouns for c in n.conjuncts]
        if any(w.lemma_.lower() in goods for n in nouns for w in _with_compounds(n)):
            return True
    return False


def _loads_of_subject(verb: Token) -> list[Token]:
    """What the arriving subject's participle of carrying holds ("two C-130 transports carrying
    water purification units, tarpaulins and medical kits for Vanuatu landed at ..."): its direct
    object or its "with" phrase ("planes loaded with tents"). Round r33, args37 (own71 tune: the
    arrival was no event, the "after" clause's storm damage the sentence's act)."""
    loading = carrier_words()["loading_participles"]
    return [
        load
        for subject in verb.children
        if subject.dep_ == "nsubj"
        for acl in subject.children
        if acl.dep_ == "acl" and acl.lemma_.lower() in loading
        for load in [
            *(c for c in acl.children if c.dep_ in {"dobj", "obj"}),
            *prep_objects(acl, "with"),
        ]
    ]


def _loads_of_arrival(verb: Token) -> list[Token]:
    """What a participle of carrying hung on the arrival itself holds ("a navy frigate arrived in
    Port Vila carrying food and generators", "two transports arrived in Asuncion bringing
    medicine"): its direct object or its "with" phrase. Round r41, plover59 (own86 tune: an
    arrival carrying relief read beside the act; the frigate's arrival read as forces readied,
    the transports' as a visit)."""
    loading = carrier_words()["loading_participles"]
    return [
        load
        for part in verb.children
        if part.dep_ in {"advcl", "xcomp"} and part.tag_ == "VBG"
        and part.lemma_.lower() in loading
        for load in [
            *(c for c in part.children if c.dep_ in {"dobj", "obj"}),
            *prep_objects(part, "with"),
        ]
    ]  # fmt: skip


def arrival_relief_for(verb: Token) -> list[Token]:
    """Whom an arrival carrying relief brings it to: the "for" phrase of the subject's
    participle of carrying or of its goods ("two air force transports carrying tents and water
    purification units for Uruguay's flooded departments landed in Salto": the departments, whose
    state is the party helped, not the town of landing). Round r34, args38 (own73 tune)."""
    if verb.lemma_.lower() not in deployed_words()["arriving_verbs"] or not _carries_relief(verb):
        return []
    loads = _loads_of_subject(verb)
    heads = [*(load.head for load in loads), *loads, *(c for load in loads for c in load.conjuncts)]
    return [p for head in dict.fromkeys(heads) for p in prep_objects(head, "for")]


def _with_compounds(noun: Token) -> list[Token]:
    """The noun and its compounds ("water purification units": the water is the good)."""
    return [noun, *(c for c in noun.children if c.dep_ == "compound")]


def body_words(subject: Token) -> list[str]:
    """The subject's lemma and those of the nouns its "of" phrase holds ("a team of observers")."""
    held = [o.lemma_.lower() for o in prep_objects(subject, "of")]
    return [subject.lemma_.lower(), *held]
