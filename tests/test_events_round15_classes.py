"""Classes of phrasing of issue 9's fifteenth round, on sentences written for the test (not the
held-out sentences that prompted them): one's own measure given up (a plan, a rise, a tax, a
restriction suspended, scrapped or shelved) is a concession, while agreeing to give it up stays
a promise;
an act done jointly or named "joint" is joint action whatever a support verb's pattern or a
guessed type says; asset freezes imposed are a sanction; funding resumed is aid; pooling
intelligence is cooperation; attackers sent are the attack; patrols ordered are a mobilization;
stones thrown are a riot."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events

from realpolitik.eval.plover import top_event
from realpolitik.events.lexicon import load_lexicon


def test_events_round15_measures_given_up_are_concessions_in_the_lexicon():
    lex = load_lexicon()
    for verb, obj in (("suspend", "increase"), ("scrap", "tax"), ("shelve", "plan"),
                      ("halt", "hike"), ("revoke", "decree")):  # fmt: skip
        assert lex.pattern(verb, "", obj).plover_type == "CONCEDE", (verb, obj)
    # what is suspended decides: aid or flights suspended stay a sanction (the verb's entry)
    assert lex.pattern("suspend", "", "aid") is None or (
        lex.pattern("suspend", "", "aid").plover_type == "SANCTION"
    )
    # our own rows win over the family ("drop the charges" keeps its row)
    assert lex.pattern("drop", "", "charge").cameo == "080"


def test_events_round15_funding_pooling_and_sending_patterns():
    lex = load_lexicon()
    assert lex.pattern("resume", "", "funding").plover_type == "AID"
    assert lex.pattern("restore", "", "grant").plover_type == "AID"
    assert lex.pattern("pool", "", "intelligence").plover_type == "COOPERATE"
    assert lex.pattern("send", "", "bomber").plover_type == "ASSAULT"
    assert lex.pattern("order", "", "patrol").plover_type == "MOBILIZE"
    assert lex.pattern("impose", "", "freeze").plover_type == "SANCTION"
    assert lex.modified_nouns[("search", "joint")].plover_type == "COOPERATE"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        # a measure of one's own suspended, scrapped or shelved
        ("The Peruvian government suspended a planned increase in electricity tariffs after a "
         "week of road blockades.", "CONCEDE"),
        ("Lithuania's cabinet scrapped a proposed tax on imported cars following complaints from "
         "dealers.", "CONCEDE"),
        ("Ghana shelved plans for a levy on mobile money transfers.", "CONCEDE"),
        # another's ties or aid suspended stays a sanction
        ("Chad suspended flights to Libya after the attack.", "SANCTION"),
        # agreeing to give a measure up stays a promise, AGREE, as PLOVER's coders read
        # "agreed to X" (tried as CONCEDE: PLOVER tune lost "agreed to resign")
        ("The government agreed to withdraw a bill raising fuel taxes after a general strike.",
         "AGREE"),
        # joint acts
        ("Laos and Thailand launched a joint operation against drug traffickers along the "
         "Mekong.", "COOPERATE"),
        ("Philippine and Japanese coast guards conducted a joint search for a missing fishing "
         "boat.", "COOPERATE"),
        ("Tunisian and Algerian troops jointly trained a border unit near Kasserine.",
         "COOPERATE"),
        ("Interpol and Peruvian police jointly dismantled a ring trafficking cocaine to Europe.",
         "COOPERATE"),
        # a verb whose own type says more keeps it when done jointly
        ("France and Germany jointly condemned the attack on the embassy.", "ACCUSE"),
        # sanctions, aid, intelligence, attackers, patrols
        ("The United Kingdom imposed asset freezes against four Serbian businessmen.",
         "SANCTION"),
        ("Norway resumed its funding for the refugee agency on Monday, saying the agency had "
         "improved its audits.", "AID"),
        ("Kenyan and Somali police pooled intelligence to hunt down smugglers on the coast.",
         "COOPERATE"),
        ("Al-Shabaab claimed the attack on the hotel, saying it had sent a suicide bomber.",
         "ASSAULT"),
        ("The governor of Punjab ordered patrols by paramilitary rangers after riots in Lahore.",
         "MOBILIZE"),
        # stones thrown are a riot, not an armed assault
        ("Opposition supporters hurled stones at riot police outside the electoral commission.",
         "PROTEST"),
    ],
)
def test_events_round15_main_event_type(resources, text, plover_type):
    top = top_event(pipeline_events(text, resources))
    assert top is not None and top.plover_type == plover_type, text
