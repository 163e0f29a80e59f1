"""A warning told on a speaker line: a name, perhaps where it spoke, a colon, then its words.

Live blogs and briefs quote without a verb of saying: "Captain Ahmat, speaking on local radio:
"Any boat that crosses the line will be stopped again."", "Governor Musa on state television:
traders who open on Friday will be arrested." A careful reader lists there what a "said" would
have given (issue 9, round r19, reader23: reader_own17 and reader_own18 tune live blogs): the
warning, made (an asserted THREATEN by the speaker), and the act it names, not made (its own type,
not asserted). `told_threats` splits the two when a verb of telling reports the act; on a speaker
line the colon stands for that verb (`colon_teller`), and the speaker before it, not a party the
parser hung the act on, is the side that warns (`speaker_parties`).

Only a line whose part before the colon has no finite verb is a speaker line: "The minister said
on Monday: ..." has its own verb of telling, and "Police warned residents: ..." its own event.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from realpolitik.events.polarity import lexicon
from realpolitik.model import ActorMention, EventMention

# Finite verb tags: a clause before the colon with one of these is no bare speaker line.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Entity labels a speaker is named by when the parser tags no proper noun.
SPEAKER_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def colon_teller(act: Token) -> Token | None:
    """The token that tells the act on a speaker line: the participle of speaking or telling
    before the colon ("speaking", "writing") where there is one, else the colon itself; None
    when the act does not follow a speaker line's colon."""
    sent = act.sent
    colon = next((t for t in sent if t.text == ":" and t.i < act.i), None)
    if colon is None:
        return None
    before = [t for t in sent if t.i < colon.i]
    if any(t.tag_ in FINITE_TAGS for t in before):
        return None
    if not any(t.pos_ == "PROPN" or t.ent_type_ in SPEAKER_ENTITIES for t in before):
        return None
    telling = lexicon().threat_telling_verbs | {"speak"}
    return next(
        (t for t in before if t.tag_ in {"VBG", "VBN"} and t.lemma_.lower() in telling), colon
    )


def speaker_end(teller: Token) -> int:
    """The character offset of the speaker line's colon (the end of the speaker's part)."""
    return next(t.idx for t in teller.sent if t.text == ":" and t.i >= teller.i)


def speaker_parties(event: EventMention, actors: list[ActorMention], teller: Token) -> EventMention:
    """`event` (the warning or its act) with the speaker as its side where the act names none:
    the actors before the colon, less those of a phrase of where or to whom it spoke ("on state
    television", "to reporters"), become its source and leave its target."""
    colon_at = speaker_end(teller)
    spoken_in = {t.idx for t in teller.sent if t.idx < colon_at and _in_prep_phrase(t)}
    speakers = [
        a for a in actors if teller.sent.start_char <= a.start < colon_at and a.start not in spoken_in
    ]  # fmt: skip
    if event.source or not speakers:
        return event
    target = [a for a in event.target if not any(a.start == s.start for s in speakers)]
    return replace(event, source=speakers, target=target)


def _in_prep_phrase(tok: Token) -> bool:
    """`tok` lies in a prepositional phrase ("on local radio", "to reporters")."""
    return any(t.dep_ == "prep" for t in [tok, *tok.ancestors])
