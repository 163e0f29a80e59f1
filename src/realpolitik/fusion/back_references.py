"""A back-reference with no parties of its own joins the happening another report tells.

"Phnom Penh has already protested to Bangkok over Tuesday's seizure": the seizure has no
parties read, so no participant can match it to the report of the Thai navy seizing three
Cambodian boats on Tuesday, and within its own document it has nothing earlier to continue
(`antecedents`). It joins a happening of another document when all of these hold:

1. it is asserted, has no participants and names an act of the happening's kind: its trigger and a trigger
   of the happening share a root ("seizure" / "seized", "the expulsions" / "expelled"), or its
   sentence and one of the happening's name the same instrument of `act_instruments.tsv`
   ("Tuesday's water cannon attack" / "fired water cannon at a boat": round r12, fuse9; the
   attack became ASSAULT like the firing, so fuse7's join across families no longer met it);
2. its date fits: its own date phrase overlaps the happening's, else (dated only by its
   document) the happening was reported up to `LOOK_BACK_DAYS` before the document;
3. its document names the happening's parties: every country of the happening's participants is
   a country of a participant of another mention of the same type family in that document (the
   second boat "detained" by Thai police from Cambodia, in the article that recalls Tuesday's
   seizure), or is named in the mention's own sentence (a state's name, adjective or seat, or a
   participant's family name: `sentence_parties`, round r15). The same family keeps incremental fusion's region closed over it: that mention's
   blocks reach the happening, and the happening's blocks reach that mention's document;
4. its own document does not first tell the happening after it (a reference points back);
5. no other happening of the family competes: exactly one happening with participants passes
   2 and 3 (whatever its words), and it is told by another document. An act told only as not
   done or as possible ("had not returned fire") is no happening: it neither competes nor is
   recalled (round r9). When two happenings of its
   kind fit (a seizure on Tuesday and another boat held on Tuesday), the mention stays alone.

A mention with participants of its own keeps the participant rules (`cluster.MentionCluster`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from realpolitik.fusion.actor_match import informative
from realpolitik.fusion.cluster import WINDOW_DAYS, MentionCluster, days_apart, mention_time
from realpolitik.fusion.compat import intersect, known_interval
from realpolitik.fusion.cross_family import instruments_in
from realpolitik.fusion.person_names import names_another_person
from realpolitik.fusion.sentence_parties import countries_of_persons_named, sentence_countries
from realpolitik.model import ActorMention, EventMention

ROOTS_PATH = Path(__file__).resolve().parents[1] / "data" / "fusion" / "act_roots.tsv"
OWN_TRIGGERS_PATH = Path(__file__).resolve().parents[1] / "data" / "events" / "own_triggers.tsv"
# Past forms of support verbs no ending rule makes.
_IRREGULAR_SUPPORT_FORMS = ("held", "took", "taken", "made", "gave", "given", "ran", "waged")

# A back-reference dated only by its document refers to a happening reported before it; coverage
# of one happening falls within days (`cluster.WINDOW_DAYS` is the outer bound for any join). A
# week keeps a later article's "the expulsions" on the week's expulsions; no tune pair set it.
LOOK_BACK_DAYS = 7

# Endings cut before two words are compared, longest first ("deportations" -> "deport").
_ENDINGS = ("ations", "ation", "ments", "ment", "ings", "ions", "ures", "ing", "ion", "ure",
            "ed", "es", "s", "e")  # fmt: skip
# Two cut words share a root when equal, or when one begins the other and is this long at least
# ("sanct" / "sanction"); shorter stems ("ban" / "band") say nothing.
MIN_PREFIX_ROOT = 5
_WORD = re.compile(r"[a-z]+")


@cache
def _irregular_roots() -> dict[str, str]:
    out = {}
    for line in ROOTS_PATH.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, root = line.split("\t")
            out[word.strip()] = root.strip()
    return out


@cache
def _support_verb_forms() -> frozenset[str]:
    """The forms of the support verbs of the trigger lexicon (`own_triggers.tsv` rows of kind
    "support": "held talks", "carried out an attack", "launched an offensive"): a verb that does
    what its event noun names, so that the noun, not the verb, names the act."""
    verbs = [
        line.split("\t")[1].strip()
        for line in OWN_TRIGGERS_PATH.read_text(encoding="utf-8").splitlines()
        if line.startswith("support\t")
    ]
    forms = set(_IRREGULAR_SUPPORT_FORMS)
    for v in verbs:
        stem = v[:-1] if v.endswith(("e", "y")) else v
        forms |= {v, v + "s", v + "es", v + "ed", v + "d", v + "ing", stem + "ing"}
        if v.endswith("y"):
            forms |= {stem + "ied", stem + "ies"}
    return frozenset(forms)


def act_root(trigger: str) -> str | None:
    """The root of the trigger's first word ("Seizure" -> "seiz", "expelled" -> "expel"), or of
    its last when the first is a support verb ("held talks" -> "talk", as "the talks"; round r15,
    fuse14: fusion_own9 tune)."""
    words = _WORD.findall(trigger.lower())
    if not words:
        return None
    head = words[-1] if len(words) > 1 and words[0] in _support_verb_forms() else words[0]
    word = _irregular_roots().get(head, head)
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            break
    if len(word) > 3 and word[-1] == word[-2]:  # "expell(ed)", "bann(ed)"
        word = word[:-1]
    return word


def same_root(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    return short == long or (len(short) >= MIN_PREFIX_ROOT and long.startswith(short))


def named_countries(same_family: list[EventMention]) -> set[str]:
    """The countries of the participants that `same_family`, the mentions
    of one type family in one document, name: the parties that document can refer back to."""
    return set().union(*(actor_countries(x.source + x.target) for x in same_family))


def joined_happening(
    m: EventMention,
    candidates: Callable[[set[str]], Iterable[MentionCluster]],
    same_family: list[EventMention],
) -> MentionCluster | None:
    """The one happening of another document the party-less `m` refers back to, or None.
    `same_family`: the mentions of `m`'s type family in `m`'s document; `candidates(countries)`:
    at least every cluster of the family naming one of `countries` within the window of `m`
    (the family's block index answers it, so the work per mention does not grow with the
    archive: rule 3 needs every country of a happening named, so one that names none of them
    cannot fit)."""
    if informative(m.source) or informative(m.target) or m.polarity != "asserted":
        return None  # a hypothetical or denied act ("any seizure would") recalls nothing
    # the states its own sentence names count too ("Thursday's talks in Brasilia gave Ferreira
    # Brazil's backing": `sentence_parties`)
    named = named_countries(same_family)
    in_sentence = sentence_countries(m.sentence)
    searched = named | in_sentence
    if not searched:
        return None
    fitting = [
        c
        for c in candidates(searched)
        if c.has_actors and _told_as_done(c) and _fits(m, c, named, in_sentence, same_family)
    ]
    if len(fitting) != 1:
        return None  # nothing, or two happenings of its kind compete
    (cluster,) = fitting
    if set(cluster.doc_ids) == {m.doc_id}:
        return None  # its own document's happenings are `antecedents`' to join
    own = [x for x in cluster.mentions if x.doc_id == m.doc_id]
    if own and all(x.trigger_start > m.trigger_start for x in own):
        # "The accord was welcomed ... On Saturday he signed a separate deal with Cambodia": a
        # back-reference points back, never at a happening its own document first tells later
        # (round r16, fuse15: fusion_own9 tune, once agreement nouns recalled signings)
        return None
    root = act_root(m.trigger)
    if any(same_root(root, act_root(x.trigger)) for x in cluster.mentions):
        return cluster
    if instruments_in([m.sentence]) & instruments_in([x.sentence for x in cluster.mentions]):
        return cluster  # "Tuesday's water cannon attack" / "fired water cannon at a boat"
    return None


def _told_as_done(cluster: MentionCluster) -> bool:
    """Some report asserts the happening: an act told only as not done ("had not returned
    fire") or as possible is no happening a later article can recall, nor a competitor."""
    return any(x.polarity == "asserted" for x in cluster.mentions)


def actor_countries(actors: list[ActorMention]) -> set[str]:
    """The countries of the informative parties among `actors`."""
    return {a.country for a in informative(actors) if a.country is not None}


def _fits(
    m: EventMention,
    cluster: MentionCluster,
    named: set[str],
    sentence_states: set[str],
    same_family: list[EventMention],
) -> bool:
    """`named`: the countries the document's same-family mentions name; `sentence_states`: the
    states `m`'s own sentence names (`sentence_countries`, read once per mention)."""
    if not cluster.compatible(m):
        return False  # the cheapest test first: date, place and kind
    # A person named in full whom the happening does not name on that side makes it another act
    # of its kind: "A day later police detained a second union leader, Ana Quispe Mamani" recalls
    # no earlier arrest of someone else (round r22, fuse21: fusion_own16 tune). The unknown name
    # has no country, so the mention looked party-less and came here as a recall.
    if names_another_person(m.source, cluster.source) or names_another_person(
        m.target, cluster.target
    ):
        return False
    countries = actor_countries(cluster.source + cluster.target)
    in_sentence = sentence_states | countries_of_persons_named(
        m.sentence, informative(cluster.source + cluster.target)
    )
    # the article's same-family mentions name every party, or the recall's own sentence does;
    # the two are not pooled (the visitor named in the sentence and the host in another
    # meeting of the article are two meetings' parties: round r9's second meeting of the day)
    if not countries or not (countries <= named or countries <= in_sentence):
        return False
    # the mentions that name the parties report within the happening's window: the document's
    # same-family ones, or the recall itself when its sentence names them all
    if not (
        countries <= in_sentence and days_apart(cluster.span, mention_time(m)) <= WINDOW_DAYS
    ) and not any(
        days_apart(cluster.span, mention_time(x)) <= WINDOW_DAYS
        for x in same_family
        if countries & actor_countries(x.source + x.target)
    ):
        return False
    stated = known_interval(m.date)
    if stated is not None:
        held = cluster.interval or cluster.span
        return held is not None and intersect(held, stated) not in (False, None)
    if not (m.date.from_document and m.date.start and cluster.span):
        return False
    try:
        published = date.fromisoformat(m.date.start)
    except ValueError:
        return False
    return published - timedelta(days=LOOK_BACK_DAYS) <= cluster.span[0] <= published
