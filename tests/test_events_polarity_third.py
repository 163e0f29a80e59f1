"""Events a text does not report as facts (issue 9, third polarity round): a condition told by
word order ("Had X not ...", "Were X to ...", "Should X ..."), not a question; a phrase of not
doing ("stopped short of", "held off on", "refrained from", "ruled out"); a denial whose object
the parser hangs on "as" or on an adjective ("dismissed as propaganda reports that ..."); a
headline's "X to do Y". Each class is pinned with its contrasting asserted case. Every sentence
here was written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import token_named

from realpolitik.events.polarity import lexicon, non_event, polarity_of


def test_events_polarity_third_word_lists_load():
    lex = lexicon()
    assert "stop short of" in lex.negating_phrasal_verbs
    assert "were" in lex.inverting_auxiliaries


CASES = [
    # a condition told by word order, its consequence under "would"
    ("Had the rebels not retreated, the air force would have bombed the bridge.", "retreated", "hypothetical"),
    ("Had the rebels not retreated, the air force would have bombed the bridge.", "bombed", "hypothetical"),
    ("Were Athens to veto the deal, Ankara would protest.", "veto", "hypothetical"),
    ("Should Minsk close the border, Vilnius would respond with sanctions.", "close", "hypothetical"),
    ("The rebels had retreated before the air force bombed the bridge.", "retreated", "asserted"),
    ("Minsk closed the border, and Vilnius responded with sanctions.", "closed", "asserted"),
    # a phrase of not doing: the act under it was not done
    ("The court stopped short of banning the opposition party.", "banning", "negated"),
    ("The EU held off on sanctioning the shipping company.", "sanctioning", "negated"),
    ("The government refrained from arresting the opposition leader.", "arresting", "negated"),
    ("Tokyo shied away from criticising Beijing over the patrols.", "criticising", "negated"),
    ("Ottawa backed away from recognising the new government.", "recognising", "negated"),
    ("The envoy ruled out a ceasefire before the elections.", "ceasefire", "negated"),
    ("The court stopped the banning of the opposition party.", "banning", "asserted"),
    ("The government moved from arresting protesters to arresting journalists.", "arresting", "asserted"),
    ("The police turned out in force to arrest the organisers.", "arrest", "intended"),
    # kept from an act: the act under "from" was not done
    ("Opposition leaders were prevented from holding a rally in the capital.", "holding", "negated"),
    ("Police blocked the students from marching to the palace.", "marching", "negated"),
    ("The students marched from the campus to the palace.", "marched", "asserted"),
    ("Police blocked the road after the students marched from the campus.", "marched", "asserted"),
    # a denial whose denied claim the parser hangs on "as" or on the adjective
    ("The ministry dismissed as propaganda reports that its troops shelled the market.", "shelled", "denied"),
    ("The ministry confirmed reports that its troops shelled the market.", "shelled", "asserted"),
    # the sentence-opening "Were X to ..." the parser makes a clausal complement
    ("Were the ceasefire to collapse, aid convoys would stop.", "ceasefire", "hypothetical"),
    ("The ceasefire collapsed, and aid convoys stopped.", "ceasefire", "asserted"),
    # "in case of", "in the event of": a condition; "in the case of" names a matter
    ("In case of an attack, NATO would defend the Baltic states.", "attack", "hypothetical"),
    ("In the event of a blockade, the navy would escort the tankers.", "blockade", "hypothetical"),
    ("In the case of the attack on the depot, the army admitted fault.", "attack", "asserted"),
    # a word of readiness: "is about to", "is poised to"; an event noun subject of "is due to"
    ("The EU is about to impose new tariffs on Chinese cars.", "impose", "intended"),
    ("The army is poised to storm the rebel-held city.", "storm", "intended"),
    ("The summit is due to open in Addis Ababa on Friday.", "summit", "intended"),
    ("The talks are set to resume in Vienna.", "talks", "intended"),
    ("The summit opened in Addis Ababa on Friday.", "summit", "asserted"),
    ("The summit was held to open a new chapter in relations.", "summit", "asserted"),
    # a headline's "X to do Y" announces the act
    ("Ukraine to receive more tanks from Germany", "receive", "intended"),
    ("Ukraine received more tanks from Germany", "received", "asserted"),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,trigger,expected", CASES)
def test_events_polarity_third_reads_the_class(nlp, sentence, trigger, expected):
    assert polarity_of(token_named(nlp(sentence), trigger)) == expected


NON_EVENTS = [
    # an inverted condition is no question; an inverted main clause is
    ("Had the rebels not retreated, the air force would have bombed the bridge.", "bombed", None),
    ("Were Athens to veto the deal, Ankara would protest.", "protest", None),
    ("Did the navy seize the tanker in the strait?", "seize", "question"),
    ("Will Beijing send warships to the gulf", "send", "question"),
    # a word of readiness frames the act below and names none of its own
    ("The Turkish navy is set to patrol the Black Sea coast next year.", "set", "a plan's frame"),
    ("The army is poised to storm the rebel-held city.", "poised", "a plan's frame"),
    ("The navy set fire to the smugglers' boats.", "set", None),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,trigger,expected", NON_EVENTS)
def test_events_polarity_third_non_events(nlp, sentence, trigger, expected):
    assert non_event(token_named(nlp(sentence), trigger)) == expected


@pytest.mark.slow
def test_events_polarity_third_headline_infinitive_is_an_announced_event(nlp):
    from event_helpers import event_on, events_with_actors

    text = "Ukraine to receive more tanks from Germany\n\nThe first tanks arrived on Monday."
    events = events_with_actors(nlp, text, ("Ukraine", "UKR", "GOV"), ("Germany", "DEU", "GOV"))
    assert event_on(events, "receive").polarity == "intended"


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence,verb,expected",
    [
        ("Should Minsk close the border, Vilnius would respond with sanctions.", "close", False),
        ("Minsk should close the border, Vilnius said.", "close", True),
    ],
)
def test_events_polarity_third_inverted_should_is_a_condition_not_an_obligation(
    nlp, sentence, verb, expected
):
    from realpolitik.events.framing import obligation

    assert obligation(token_named(nlp(sentence), verb)) is expected
