"""People seized by captors (round r31, plover49, own66 tune): "gunmen who stormed a mining site
seized three technicians and their driver" read the bare "seize" (CAMEO 171, a seizure of goods
or ground, COERCE), because only the job nouns listed in the lexicon's object rows ("seize
engineer", "seize passenger") read an abduction. The ACLED reader already knows the act whatever
the job noun: a verb of seizing whose object is a person word and whose doer is an armed side
that is no state force (`acled_acts.people_seized_by_captors`). The PLOVER codebook reads it as
ASSAULT abduct (3.16, p.25; docs/plover-conventions.md "hostages taken, people kidnapped" row);
people police or soldiers seize stay the arrest or the seizure their rows read.

Stop 64 (fuse43): a person "taken away", "led away" or "whisked away" reads an arrest (the
lexicon's `@person` rows); taken away by doers none of whom is a state force ("gunmen led away
four villagers") it is the abduction (`acled_acts.others_take_away`)."""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.events.acled_acts import others_take_away, people_seized_by_captors
from realpolitik.events.lexicon import TriggerType

PEOPLE_ABDUCTED = TriggerType("ASSAULT", "abduct", "181", "own")


def captors_seizing_people_type(ttype: TriggerType, verb: Token) -> TriggerType:
    """An abduction where a seizure (COERCE seize) is captors taking people, or where a person
    taken away (COERCE arrest) is taken by doers none of whom is a state force."""
    if ttype.plover_type != "COERCE":
        return ttype
    if ttype.mode == "arrest":
        return PEOPLE_ABDUCTED if others_take_away(verb) else ttype
    if ttype.mode != "seize":
        return ttype
    return PEOPLE_ABDUCTED if people_seized_by_captors(verb) else ttype
