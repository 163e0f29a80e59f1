"""Round r29 (fuse28), classes read from fusion_own23 tune misses; every sentence here is made up
for the test (made-up names, real places):

- a reduced relative the parser made the sentence's root ("Relatives of the students detained
  in Kisumu on Monday marched ...", with "marched" hung on "detained"): the students were
  detained by no one named, and the relatives march;
- a recall told without the verb "recall": "called its envoy home" (the parser's `oprd` "home"),
  "the withdrawal of its ambassador" and "the recall of the envoy" (the noun read as its verb
  with the object), and a bare "the recall"; troops withdrawn stay a retreat, an envoy sent home
  an expulsion;
- a decision told as taken ("the government's decision to expel the attache") retells a removal
  carried out by it: asserted; "a decision to expel" and a decided election stay intended;
- such a decision told under another act ("marched on Thursday in support of the government's
  decision to expel the attache") takes that act's date words, and still joins the expulsion
  another report told on Monday; date words after the decided act are its own.
"""

from __future__ import annotations

from datetime import date

from event_helpers import (
    analysed_mentions,
    event_holding,
    fused_event_with_mention,
    pipeline_events,
)

from realpolitik.fusion import fuse_events
from realpolitik.fusion.text_cues import is_retold_decision

# --- a reduced relative read as the root


def test_people_detained_in_a_reduced_relative_read_as_root_are_its_target(resources) -> None:
    text = (
        "Families of the students detained in Kisumu on Monday marched to the police station on "
        "Wednesday."
    )
    detained = event_holding(pipeline_events(text, resources), "detained")
    assert [a.text for a in detained.target] == ["students"]
    assert detained.source == []


def test_the_main_verb_hung_on_the_misread_participle_has_its_subject(resources) -> None:
    text = (
        "Relatives of the miners arrested in Kolwezi on Tuesday rallied outside the governor's "
        "office on Thursday."
    )
    rallied = event_holding(pipeline_events(text, resources), "rallied")
    assert [a.text for a in rallied.source] == ["Relatives"]


def test_a_plain_arrest_keeps_its_doer(resources) -> None:
    text = "Kenyan police detained the students in Kisumu on Monday."
    detained = event_holding(pipeline_events(text, resources), "detained")
    assert [a.text for a in detained.target] == ["students"]
    assert detained.source


# --- recalls told without the verb "recall"


def test_calling_an_envoy_home_is_a_recall(resources) -> None:
    text = "Lima called its ambassador home for consultations on Monday."
    called = event_holding(pipeline_events(text, resources), "called")
    assert (called.plover_type, called.cameo_code) == ("SANCTION", "161")


def test_sending_an_envoy_home_is_still_an_expulsion(resources) -> None:
    sent = event_holding(
        pipeline_events("Lima sent the ambassador home on Monday.", resources), "sent"
    )
    assert (sent.plover_type, sent.cameo_code) == ("SANCTION", "166")


def test_the_withdrawal_of_an_envoy_is_a_recall_and_of_troops_a_retreat(resources) -> None:
    envoy = "Peru's withdrawal of its ambassador on Monday angered Santiago."
    troops = "The withdrawal of Ugandan troops from the town began on Monday."
    assert event_holding(pipeline_events(envoy, resources), "withdrawal").plover_type == "SANCTION"
    assert event_holding(pipeline_events(troops, resources), "withdrawal").plover_type == "RETREAT"


def test_the_recall_told_by_its_noun_is_a_recall(resources) -> None:
    text = "The foreign ministry in Accra regretted the recall, a spokesman said."
    recall = event_holding(pipeline_events(text, resources), "recall")
    assert (recall.plover_type, recall.cameo_code) == ("SANCTION", "161")


# --- a decision told as taken


def test_an_owned_decision_to_expel_retells_the_expulsion(resources) -> None:
    text = "The ministry said on Tuesday that the government's decision to expel the attache was final."
    assert event_holding(pipeline_events(text, resources), "expel").polarity == "asserted"


def test_a_decision_still_to_come_stays_intended(resources) -> None:
    text = "A decision to expel the diplomats could come as early as Friday."
    assert event_holding(pipeline_events(text, resources), "expel").polarity == "intended"


def test_a_decided_election_stays_intended(resources) -> None:
    text = "The cabinet's decision to hold elections in June was welcomed by the opposition."
    assert event_holding(pipeline_events(text, resources), "hold").polarity == "intended"


# --- a decision retold under another act, dated by that act

EXPELLED = (
    "Ecuador expelled Peru's military attache, Colonel Raul Vega, on Monday, accusing him of "
    "spying on troop movements near Huaquillas, the foreign ministry in Quito said."
)
MARCHED = (
    "Hundreds of veterans marched through Guayaquil on Thursday in support of Quito's decision "
    "to expel the Peruvian attache, organisers said."
)
MARCHED_LATER = (
    "Hundreds of veterans marched through Guayaquil in support of the government's decision to "
    "expel the Peruvian attache on Thursday, organisers said."
)


def test_a_decision_dated_by_the_act_it_is_told_under_joins_the_earlier_act(resources) -> None:
    texts = {"d1": EXPELLED, "d2": MARCHED}
    events = fuse_events(analysed_mentions(resources, texts, date(2034, 4, 21)))
    expelled = fused_event_with_mention(events, "expelled")
    assert "expel" in [m.trigger for m in expelled.mentions]


def test_date_words_after_the_decided_act_are_its_own(resources) -> None:
    (told,) = [m for m in pipeline_events(MARCHED, resources) if m.trigger == "expel"]
    (later,) = [m for m in pipeline_events(MARCHED_LATER, resources) if m.trigger == "expel"]
    assert is_retold_decision(told)
    assert not is_retold_decision(later)
