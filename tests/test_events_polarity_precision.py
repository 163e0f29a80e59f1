"""Events a text does not report as facts (issue 9, precision round): ability and inability,
habits, causes under a modal, efforts, purposes, unrealised modifiers; and words that name no
event at all (questions, actor nouns, placing participles, the author's judgement). Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import token_named

from realpolitik.events.polarity import lexicon, non_event, polarity_of


def test_events_polarity_precision_word_lists_load():
    lex = lexicon()
    assert "incapable" in lex.inability_adjectives and "able" in lex.ability_adjectives
    assert "sometimes" in lex.habitual_adverbs and "whenever" in lex.habitual_marks
    assert "based" in lex.stative_participles and "military" in lex.actor_nouns


CASES = [
    # ability and inability
    ("Despite months of talks, the two sides have not been able to settle the dispute.", "settle", "negated"),
    ("The coast guard, which is incapable of patrolling the islands, asked for new boats.", "patrolling", "negated"),
    ("The two parties were unable to form a coalition.", "form", "negated"),
    ("The army was able to retake the bridge on Monday.", "retake", "asserted"),
    # habits and generic statements
    ("Floods often cut the road to the northern towns.", "cut", "hypothetical"),
    ("Villagers flee whenever the militia raids the area.", "raids", "hypothetical"),
    ("Governments collapse when parliaments reject the budget.", "reject", "hypothetical"),
    ("The police arrested the mayor when the protest began.", "arrested", "asserted"),
    # causes under a modal, efforts, purposes
    ("The sanctions will cause investors to abandon the country.", "abandon", "hypothetical"),
    ("The sanctions caused investors to abandon the country.", "abandon", "asserted"),
    ("Ghana is trying to stop illegal mining in its forests.", "stop", "intended"),
    ("Turkey built a dam on the river for the sake of easing the drought.", "easing", "intended"),
    ("The truce could be the first step to form a unity government.", "form", "intended"),
    ("Greece was the first country to recognize the new government.", "recognize", "asserted"),
    # unrealised modifiers
    ("The planned offensive on the port was postponed.", "offensive", "intended"),
    ("A possible strike on the depot worries the residents.", "strike", "hypothetical"),
    ("The offensive on the port began at dawn.", "offensive", "asserted"),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,trigger,expected", CASES)
def test_events_polarity_precision_reads_the_class(nlp, sentence, trigger, expected):
    assert polarity_of(token_named(nlp(sentence), trigger)) == expected


NON_EVENTS = [
    ("Would the navy intercept the tanker in international waters?", "intercept", "question"),
    ("Are there any other armed groups ready to fight the junta.", "fight", "question"),
    ("Has the ceasefire collapsed in the south.", "collapsed", "question"),
    ("The Sudanese military controls the gold mines in the north.", "military", "actor noun"),
    ("The Cairo-based foundation criticised the ruling.", "based", "placing participle"),
    ("The pact was based on a shared fear of Russia.", "based", "placing participle"),
    ("We must admit that the blockade has failed.", "admit", "the author's judgement"),
    ("One has to acknowledge that the truce held.", "acknowledge", "the author's judgement"),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,trigger,why", NON_EVENTS)
def test_events_polarity_precision_names_no_event(nlp, sentence, trigger, why):
    assert non_event(token_named(nlp(sentence), trigger)) == why


KEPT = [
    ("The navy intercepted the tanker in international waters.", "intercepted"),
    ("The United States based its drones in Niger for a decade.", "based"),
    ("The army shelled the town.", "shelled"),
    ("There were clashes in the south.", "clashes"),
    ("Was killed in the attack, the police said.", "killed"),
    ("The minister admitted that troops had fired on the crowd.", "admitted"),
    ("We must recognize the new state, the prime minister said.", "recognize"),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,trigger", KEPT)
def test_events_polarity_precision_keeps_acts(nlp, sentence, trigger):
    assert non_event(token_named(nlp(sentence), trigger)) is None
