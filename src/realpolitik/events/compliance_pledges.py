"""A pledge to comply told as the party's own future: "said it would respect the ruling", "the
commission said it would comply", "said he would accept the result".

The framing step reads a cooperative act under "will"/"would" as a statement of intent, and for
most acts a promise told is added on the verb of telling (`told_threats`, `promised_act_types`),
the act itself staying not asserted. An AGREE act adds none ("SUPPORT and AGREE themselves say the
stance already"), so the stance was lost: the act read hypothetical and nothing was asserted. For
the verbs of complying, saying one will comply is the agreement itself, stated now, and a careful
reader lists it asserted (reader_own17 "said it would comply", "said he would accept the result";
reader_own23 "a judgement Bangkok said it would respect"): the act takes the telling's polarity.
A condition ("would accept a panel only if ...") or a negation keeps the act's own reading, and
so does a clause no verb of telling reports ("expects that Georgia will accept the posts").
Word list: `data/events/refusals.yaml` (`compliance_verbs`).

Written for issue 9 item 4, round r24 (reader28; reader_own23 tune).
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.events.framing import has_future_aux
from realpolitik.events.polarity import is_conditioned
from realpolitik.events.refusals import refusal_words
from realpolitik.events.told_threats import telling_verb


def compliance_teller(verb: Token) -> Token | None:
    """The verb of telling that states `verb` as the party's pledge to comply ("said it would
    respect the ruling": "said"), else None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in refusal_words()["compliance_verbs"]:
        return None
    if any(c.dep_ == "neg" for c in verb.children) or is_conditioned(verb):
        return None
    if not has_future_aux(verb):
        return None
    return telling_verb(verb)
