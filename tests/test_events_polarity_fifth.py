"""Events a text does not report as facts (issue 9, fifth polarity round, r3): an act put off
("the summit has been postponed", "the handover remained on hold"), a speculation whose clause
follows its verb ("fears grew that X would ..."), an idea or option floated ("the idea of a
ceasefire"), an act thwarted or blocked ("foiled an attack", "its deployment was blocked"), what
talks are about ("talks on a new pact"), a present-tense time clause under an unrealised act
("vowed to fight until the city is freed"), "hopes to" and "applied to join" (the lemmatiser's
"hop" mended), a trip still to come for an act ("will meet in Abuja for a summit"), a time to come on the event
noun ("next week's summit"), a plan's participle ("a rally planned for Saturday"), a deadline
("the deadline for the withdrawal"), openness ("open to talks"), and a quoted question inside
a told sentence
('"Will they bomb the bridge?" a farmer asked'), whose words are no event. Each class is pinned
with its contrasting asserted case. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import token_named

from realpolitik.events.polarity import (
    in_quoted_question,
    lexicon,
    non_event,
    polarity_of,
    verb_lemma,
)


def test_events_polarity_fifth_word_lists_load():
    lex = lexicon()
    assert {"postpone", "delay"} <= lex.deferring_verbs
    assert "on hold" in lex.deferring_phrases
    assert "speculation" in lex.speculative_nouns
    assert {"foil", "block"} <= lex.thwarting_verbs and "idea" in lex.intention_nouns
    assert {"hope", "apply"} <= lex.intention_verbs
    assert "on" in lex.negotiation_prepositions and "until" in lex.future_time_marks


CASES = [
    # an act put off: still planned, not done
    ("The summit between the two presidents has been postponed until the autumn.", "summit", "intended"),
    ("The handover of the airport to the civilian authority was delayed by two weeks.", "handover", "intended"),
    ("The withdrawal of foreign troops from the capital remains on hold, officials said.", "withdrawal", "intended"),
    ("Arms shipments to the northern militias were put on hold after the coup.", "shipments", "intended"),
    ("The summit between the two presidents took place in Geneva in the autumn.", "summit", "asserted"),
    ("The withdrawal of foreign troops from the capital began on Monday.", "withdrawal", "asserted"),
    # a speculation, its clause after the verb
    ("Fears grew in Kinshasa that the rebels would attack the airport within days.", "attack", "hypothetical"),
    ("Speculation mounted this week that the general will seize power.", "seize", "hypothetical"),
    ("Reports grew in Kinshasa that the rebels had attacked the airport.", "attacked", "asserted"),
    # an idea or option floated: not done
    ("The mediators raised the idea of a buffer zone policed by African troops.", "zone", "intended"),
    ("Generals presented the option of a naval blockade to the cabinet.", "blockade", "intended"),
    # an act stopped before it happened, by object or passive subject
    ("Security services said they had thwarted a bombing at the central station.", "bombing", "negated"),
    ("The planned deployment of the brigade was blocked by the constitutional court.", "deployment", "negated"),
    ("The constitutional court blocked the deployment of the brigade.", "deployment", "negated"),
    ("The brigade's deployment to the border went ahead in March.", "deployment", "asserted"),
    # what talks are about is not yet agreed
    ("Negotiations over a prisoner swap resumed in Muscat on Monday.", "swap", "intended"),
    ("Talks on a maritime border deal opened in Nicosia.", "deal", "intended"),
    ("The prisoner swap took place in Muscat on Monday.", "swap", "asserted"),
    # "hopes" (which the lemmatiser reads as "hop") and "applied to" frame a plan
    ("The bank hopes to reopen its branches in Aleppo by the summer.", "reopen", "intended"),
    ("Both countries hoped to conclude the border treaty before the election.", "conclude", "intended"),
    ("Montenegro applied to join the customs union last year.", "join", "intended"),
    ("Montenegro joined the customs union last year.", "joined", "asserted"),
    # a trip still to come for an act; a trip told leaves it asserted
    ("The foreign ministers will gather in Accra next month for a summit on piracy.", "summit", "intended"),
    ("The foreign ministers gathered in Accra last month for a summit on piracy.", "summit", "asserted"),
    ("The generals will be tried for the massacre in the stadium.", "massacre", "asserted"),
    # a time to come on the event noun, a plan's participle, a deadline, openness
    ("Tomorrow's vote in the assembly will decide the fate of the coalition.", "vote", "intended"),
    ("Next month's election has already split the ruling coalition.", "election", "intended"),
    ("Last month's election returned the former president to power.", "election", "asserted"),
    ("A march planned for Sunday in the capital has alarmed the police.", "march", "intended"),
    ("The deadline for the disarmament of the militias passed without incident.", "disarmament", "intended"),
    ("The rebel leader said his movement was open to negotiations with the army.", "negotiations", "intended"),
    # a participle describing a plan was done: no complement of the plan
    ("Under the plan approved by the cabinet in May, the port will be leased for 99 years.", "approved", "asserted"),
    ("The ministry rejected claims that soldiers had looted the market.", "looted", "denied"),
    # a conjunct with its own auxiliary does not share its partner's modal
    ("The union says it will appeal the ruling and has called a strike for Monday.", "called", "asserted"),
    ("The rebels could seize the dam and cut power to the capital.", "cut", "hypothetical"),
    # a present-tense time clause under an unrealised act tells a time to come
    ("The general vowed to keep fighting until the city is liberated.", "liberated", "hypothetical"),
    ("The monitors will leave once the elections are held.", "held", "hypothetical"),
    ("The army kept fighting until the city was liberated.", "liberated", "asserted"),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,trigger,expected", CASES)
def test_events_polarity_fifth_reads_the_class(nlp, sentence, trigger, expected):
    assert polarity_of(token_named(nlp(sentence), trigger)) == expected


NON_EVENTS = [
    # a quoted question in a told sentence asks; the telling stays an event
    ('"Will they bomb the bridge before we can leave?" a farmer asked near Kherson.', "bomb", "question"),
    ('The minister asked: "Why would we recognise a government that jails its critics?"', "recognise", "question"),
    ('"They bombed the bridge before we could leave," a farmer said near Kherson.', "bombed", None),
    ('"Will they bomb the bridge?" a farmer asked, as shells hit the village.', "hit", None),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,trigger,expected", NON_EVENTS)
def test_events_polarity_fifth_non_events(nlp, sentence, trigger, expected):
    assert non_event(token_named(nlp(sentence), trigger)) == expected


@pytest.mark.slow
def test_events_polarity_fifth_quoted_question_pairs_quotes_in_order(nlp):
    doc = nlp('"We will not leave," he said, and asked: "Who will stop the raids?"')
    assert not in_quoted_question(token_named(doc, "leave"))
    assert in_quoted_question(token_named(doc, "raids"))


@pytest.mark.slow
def test_events_polarity_fifth_verb_lemma_mends_the_lemmatiser(nlp):
    doc = nlp("The mayor hopes to rebuild the bridge and hoped to open it soon.")
    assert verb_lemma(token_named(doc, "hopes")) == "hope"
    assert verb_lemma(token_named(doc, "rebuild")) == "rebuild"
