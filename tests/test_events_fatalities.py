"""Death counts read from casualty phrases linked to the trigger."""

from __future__ import annotations

import pytest
from event_helpers import token_named

from realpolitik.events.fatalities import fatalities_in

CASES = [
    # seeds
    ("The raid followed a deadly bombing at a Kabul mosque earlier on Sunday that killed five civilians.", "bombing", 5),
    ("Taliban forces raided an ISIS-K cell in Kabul and killed several of the terrorists, according to a Taliban spokesman.", "raided", None),
    ("The latest terrorist attack by the group was on January 30 at a mosque in Peshawar, killing and injuring tens of Pakistanis.", "attack", None),
    # numbers
    ("The army killed 12 people in the raid.", "raid", 12),
    ("The blast left 8 dead and 17 injured.", "blast", 8),
    ("At least 20 were killed in the attack.", "attack", 20),
    ("The death toll from the bombing rose to 30.", "bombing", 30),
    ("Two soldiers and three civilians were killed in the attack.", "attack", 5),
    ("Twelve people died in the shelling.", "shelling", 12),
    ("The strike claimed 30 lives.", "strike", 30),
    ("The suicide bombing killed a policeman.", "bombing", 1),
    ("The attack killed twenty-five soldiers.", "attack", 25),
    ("The blast killed 1,200 people.", "blast", 1200),
    ("The militants killed two hundred villagers.", "killed", 200),
    ("Five soldiers were martyred when militants attacked a checkpost.", "attacked", 5),
    # vague, injured only, none
    ("Dozens of people were killed in the clashes.", "clashes", None),
    ("Fighters attacked the post, wounding 7 soldiers.", "attacked", None),
    ("Pakistan and the Taliban clashed at Torkham.", "clashed", None),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "trigger", "expected"), CASES)
def test_events_fatalities_reads_casualty_phrases(nlp, sentence, trigger, expected):
    doc = nlp(sentence)
    assert fatalities_in(next(iter(doc.sents)), token_named(doc, trigger)) == expected
