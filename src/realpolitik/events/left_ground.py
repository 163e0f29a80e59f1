"""Armed bodies leaving ground pull back from it.

"Wagner fighters left Bakhmut last week", "the rebels abandoned the town after the shelling",
"French troops will vacate the base by December": the lexicon reads "leave" as the end of a visit
(CONSULT) and "abandon" as giving up a claim (CONCEDE), which hold for a minister leaving Geneva or
a government abandoning a plan. With an armed body as the subject and ground as the object (a
proper name, or a noun of ground: `acled_acts.tsv`'s ground group), the act is a withdrawal (RETREAT, CAMEO 087), as "withdrew
from Kherson" is read (lead, stop 42). Armed bodies: `deployed_arrivals.yaml`'s armed_bodies and
`left_ground.yaml`'s armed_leavers; the subject's "of" phrase counts ("a column of fighters").
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from realpolitik.events.acled_acts import act_words
from realpolitik.events.acled_phrases import in_words
from realpolitik.events.border_moves import MOBILIZED
from realpolitik.events.deployed_arrivals import body_words, deployed_words
from realpolitik.events.lexicon import DATA_DIR, PULLED_BACK, TriggerType
from realpolitik.events.nominal_objects import prep_objects
from realpolitik.events.wordlists import read_word_sets


@cache
def _words() -> dict[str, frozenset[str]]:
    return read_word_sets(DATA_DIR / "left_ground.yaml")


def left_ground(verb: Token) -> TriggerType | None:
    """RETREAT when `verb` is a verb of leaving whose subject is an armed body and whose object
    is ground; None otherwise (the reading stands)."""
    words = _words()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words["leaving_verbs"]:
        return None
    if any(c.dep_ == "prt" for c in verb.children):
        return None  # "left behind", "left out": another verb
    if not _armed_subject(verb):
        return None
    if not any(_is_ground(o) or _pronoun_for_ground(o) for o in verb.children if o.dep_ == "dobj"):
        return None
    return PULLED_BACK


def _pronoun_for_ground(obj: Token) -> bool:
    """ "Fighters took the town after the soldiers had left it": a pronoun object (`ground_pronouns`)
    of a verb whose adverbial clause hangs on a verb with ground as its object or its "into"
    phrase stands for that ground; the leaving had read the end of a visit (CONSULT). Round r30
    (reader34, the brief's leftover)."""
    verb = obj.head
    if obj.lower_ not in _words()["ground_pronouns"] or verb.dep_ != "advcl":
        return False
    governing = verb.head
    places = [o for o in governing.children if o.dep_ == "dobj"] + prep_objects(governing, "into")
    return any(_is_ground(p) for p in places)


def moved_into_ground(verb: Token) -> TriggerType | None:
    """MOBILIZE when `verb` is a verb of moving into (`moving_into_verbs`) whose subject is an
    armed body and whose "into" phrase is ground ("guardsmen moved into an abandoned mining camp",
    "troops rolled into the border town"): a move of force, as an arrival is, where the lexicon
    read "moved" as a pull-back (RETREAT); None otherwise ("protesters moved into the square"
    keeps its reading). Round r30 (reader34, from a reader_own29 tune miss)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _words()["moving_into_verbs"]:
        return None
    places = prep_objects(verb, "into")
    entered = _words()["entered_ground"]
    if not _armed_subject(verb) or not any(_is_ground(p) or in_words(p, entered) for p in places):
        return None
    return MOBILIZED


# Leaving a body of people (an alliance, a coalition, a bloc, a party, an armed group by name) is
# withdrawing oneself from a group (PLOVER SANCTION, mode withdraw, manual 3.13, p.21: "Withdraw
# oneself or one's non-military resources ... from a group ... or country"), as CAMEO's own rows
# read "withdraw from coalition" (161) and "quit party" (160). Round r24 (plover42), the lead's
# leftover: "30 commanders quit the FDLR" found no event, "two ministers walked out of the
# coalition" read a walkout (PROTEST 140), "withdrew from the ruling alliance" a pull-back from
# ground (RETREAT 087), "left al-Shabaab" the end of a visit (CONSULT 040).
LEFT_BODY = TriggerType("SANCTION", "withdraw", "161", "own")


def left_body(verb: Token) -> TriggerType | None:
    """SANCTION (withdraw) when `verb` leaves a body of people: a verb of leaving with the body as
    its object ("quit the FDLR", "left the ruling coalition"), "out of" one ("walked out of the
    coalition", "pulled out of the alliance") or "from" one ("withdrew from the bloc"); None
    otherwise (the reading stands: "walked out of the meeting" stays a walkout)."""
    return LEFT_BODY if bodies_left(verb) else None


def bodies_left(verb: Token) -> list[Token]:
    """The bodies of people `verb` leaves (see `left_body`): its object, its "out of" objects or
    its "from" objects, those that are bodies; [] when it is no verb of leaving. Also the target
    of the withdrawal (`arguments.verb_arguments`: "pulled out of the regional bloc ECOWAS" had
    none, as "out of" is no target preposition; round r27, args31, the lead's leftover)."""
    if verb.pos_ != "VERB":
        return []
    words = _words()
    lemma = verb.lemma_.lower()
    if lemma in words["leaving_verbs"] and not any(c.dep_ == "prt" for c in verb.children):
        left = [o for o in verb.children if o.dep_ == "dobj"]
    elif lemma in words["leaving_out_verbs"]:
        left = _objects_of(verb, "out", "of")
    elif lemma in words["leaving_from_verbs"]:
        left = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                for p in c.children if p.dep_ == "pobj"]  # fmt: skip
    else:
        return []
    return [o for o in left if _is_body(o)]


def _objects_of(verb: Token, particle: str, prep: str) -> list[Token]:
    """The objects of "`particle` `prep`" on `verb` ("walked out of the coalition"), with the
    particle parsed as a particle or as a preposition."""
    outs = [c for c in verb.children if c.dep_ in {"prt", "prep", "advmod"} and c.lower_ == particle]
    preps = [p for o in outs for p in o.children if p.dep_ == "prep" and p.lower_ == prep]
    preps += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == prep and outs]
    return [o for p in preps for o in p.children if o.dep_ == "pobj"]


def _is_body(obj: Token) -> bool:
    """A body of people: a noun of one (`left_ground.yaml` bodies) or a proper name the parser
    labels a body and the gazetteer names no place by."""
    if obj.pos_ == "PROPN" or obj.ent_type_ in BODY_LABELS:
        # "withdrew from IGAD" (the parser tags the acronym a common noun), "pulled out of the
        # regional bloc ECOWAS" (the body's noun before its name: stop 46, lead)
        named = [c for c in obj.children if c.dep_ == "compound" and c.i < obj.i]
        return (
            _names_organisation(obj)
            or _known_organisation(obj)
            or any(in_words(c, _words()["bodies"]) for c in named)
        )
    return in_words(obj, _words()["bodies"]) or _body_named_in_apposition(obj)


def _known_organisation(obj: Token) -> bool:
    """A proper name the knowledge base knows as an organisation, whatever the parser's label:
    "pulled out of Unasur" labels the acronym a place (GPE). A name the gazetteer knows as a
    place stays ground. Round r27 (plover45)."""
    from realpolitik.actors.kb import load_kb
    from realpolitik.places import load_gazetteer

    span = next((e for e in obj.doc.ents if e.start <= obj.i < e.end), None)
    name = (span.text if span is not None else obj.text).removeprefix("the ").removeprefix("The ")
    if load_gazetteer().lookup(name):
        return False
    return any(entry.actor_id.startswith("org:") for entry in load_kb().lookup(name))


def _body_named_in_apposition(obj: Token) -> bool:
    """ "the regional body Unasur", "the grouping BRICS": a noun that names a body only with a
    proper name in apposition (`apposed_body_nouns`); alone ("left the body by the road") it is
    no body of people. Round r27 (plover45)."""
    return in_words(obj, _words()["apposed_body_nouns"]) and any(
        c.dep_ == "appos" and c.pos_ == "PROPN" for c in obj.children
    )


def forces_reduced(verb: Token) -> TriggerType | None:
    """RETREAT (withdraw) when `verb` is a verb of reducing whose object is armed forces or their
    presence ("scaled back its troop presence along the border", "drew down its forces", "cut its
    troop numbers in Somalia"): a partial withdrawal of forces, RETREAT as troops withdrawn are
    (PLOVER 3.7, p.15). The lexicon read "scaled" and "thinned" by guesses (AGREE, ASSAULT),
    "reduced ... presence" CAMEO's diplomatic presence (161) and "cut" a cut in relations (160).
    A diplomatic presence or a budget reduced keeps its reading. Round r24 (plover42)."""
    words = _words()
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    if verb.pos_ != "VERB":
        return None
    if lemma in words["reducing_verbs"]:
        if particles - words["reducing_particles"]:
            return None  # "cut off its troops": another verb
    elif lemma not in words["reducing_phrasal_verbs"] or not particles & words["reducing_particles"]:
        return None  # "drew its troops from the north" is no reduction; "drew down" is
    objects = [o for o in verb.children if o.dep_ == "dobj"]
    return PULLED_BACK if any(_is_force(o) for o in objects) else None


def _is_force(obj: Token) -> bool:
    """Armed forces ("its troops", "the contingent"), or a presence, number or deployment that a
    military modifier marks ("its troop presence", "military presence", "troop numbers")."""
    armed = _words()["armed_leavers"] | deployed_words()["armed_bodies"] | _words()["force_units"]
    if obj.lemma_.lower() in armed:
        return True
    if obj.lemma_.lower() not in _words()["force_measures"]:
        return False
    mods = [c for c in obj.children if c.dep_ in {"compound", "amod"}]
    return any(m.lemma_.lower() in armed or m.lower_ in _words()["military_modifiers"] for m in mods)


def returned_to_ground(verb: Token) -> TriggerType | None:
    """MOBILIZE when `verb` is a verb of coming back whose subject is an armed body and whose
    "to" phrase is ground off its home ground ("the rebels returned to Kidal", "troops returned
    to the border town"): a move of force, not the return of property or people (RETREAT 0842)
    the lexicon reads; None otherwise (the reading stands)."""
    words = _words()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words["returning_verbs"]:
        return None
    if any(c.dep_ in {"prt", "dobj"} for c in verb.children) or not _armed_subject(verb):
        return None  # "returned fire", "returned the bodies": another act
    places = [
        p
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "to"
        for p in prep.children
        if p.dep_ == "pobj"
    ]
    if not any(_is_ground(p) and not in_words(p, words["home_ground"]) for p in places):
        return None
    return MOBILIZED


def _armed_subject(verb: Token) -> bool:
    armed = _words()["armed_leavers"] | deployed_words()["armed_bodies"]
    subjects = [w for s in verb.children if s.dep_ == "nsubj" for w in body_words(s)]
    return any(w in armed for w in subjects)


def _is_ground(obj: Token) -> bool:
    """A proper name or a noun of ground ("the town", "their positions"). The parser's entity
    label alone is not asked: it reads many conflict towns as organisations ("Bakhmut"), and what
    an armed body leaves by name is a place far more often than anything else."""
    if obj.pos_ == "PROPN":
        return not _names_organisation(obj)
    return in_words(obj, act_words()["ground"])


# Entity labels of a body of people: a name so labelled that no place bears is what members
# leave ("dozens of fighters left al-Shabaab", "40 commanders quit the FDLR"), a defection, not a
# pull-back from ground. Round r23 (plover41), the lead's leftover: such names read RETREAT 087.
BODY_LABELS = {"ORG", "NORP"}


def _names_organisation(obj: Token) -> bool:
    """A proper name the parser labels a body and the gazetteer names no place by ("Bakhmut",
    labelled an organisation, is a town in the gazetteer and stays ground), which the knowledge
    base knows or which is an acronym ("the FNL"): the parser labels many a place the gazetteer
    lacks an organisation too ("withdrew its patrol boats from Luconia Shoals", "withdrew from
    Walikale"), and those stay ground (stop 44 review of round r24)."""
    if obj.ent_type_ not in BODY_LABELS:
        return False
    from realpolitik.actors.kb import load_kb
    from realpolitik.places import load_gazetteer

    span = next((e for e in obj.doc.ents if e.start <= obj.i < e.end), None)
    name = span.text if span is not None else obj.text
    if load_gazetteer().lookup(name):
        return False
    bare = name.removeprefix("the ").removeprefix("The ")
    return (bare.isupper() and len(bare) > 1) or bool(load_kb().lookup(bare))
