"""Shortcuts on the per-document hot paths give what the plain computation gives."""

from __future__ import annotations

import unicodedata

import pytest

from realpolitik.model import Document
from realpolitik.places import find_places, load_gazetteer
from realpolitik.places.names import name_key, strip_accents


def _plain_strip(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@pytest.mark.parametrize(
    "text",
    ["Port Harcourt", "the Hague's", "St. Petersburg", "", "  two  spaces ", "Zürich", "Ḩamāh",
     "Nuevo León", "ﬁeld Ⅳ", "Kyiv\u2019s", "Bandar\u00a0Abbas", "Москва"],
)  # fmt: skip
def test_hotpaths_strip_accents_ascii_shortcut_matches_the_decomposition(text):
    assert strip_accents(text) == _plain_strip(text)


def test_hotpaths_name_key_memo_returns_what_the_function_computes():
    names = ["The Gambia", "Côte d\u2019Ivoire", "Guinea\u2013Bissau", "St. Kitts", "Cote d'Ivoire"]
    for name in names * 2:  # the second round is answered from the memo
        assert name_key(name) == name_key.__wrapped__(name)
    assert name_key("Côte d\u2019Ivoire") == name_key("Cote d'Ivoire")


@pytest.mark.slow
def test_hotpaths_dateline_place_is_computed_once_per_document_and_places(nlp):
    from realpolitik.places.locate.dateline import _dateline_place, dateline_place

    text = "MOSUL, Iraq - Gunmen attacked a checkpoint on Tuesday.\nTwo guards were hurt."
    sdoc = nlp(text)
    places = find_places(Document(doc_id="d", source="t", text=text), sdoc, load_gazetteer(), [])
    first = dateline_place(sdoc, places)
    assert first is not None and first.text.upper() == "MOSUL"
    assert dateline_place(sdoc, places) is first
    assert _dateline_place(sdoc, places) == first
    assert dateline_place(sdoc, []) is None  # other places, its own answer


def _plain_paragraph_starts(doc) -> list[int]:
    return [t.i for t in doc[1:] if "\n" in doc[t.i - 1].text_with_ws and not t.is_space]


@pytest.mark.parametrize(
    ("words", "spaces"),
    [
        (["Talks", "end", "\n", "Envoys", "left", "."], [True, False, False, True, False, False]),
        (["Title", "\n\n", "\n", "Text", "here"], [False, False, False, True, False]),
        (["One", "line", "only", "."], [True, True, False, False]),
        (["\n", "Starts", "with", "a", "break"], [False, True, True, True, False]),
    ],
)
def test_hotpaths_paragraph_breaks_start_a_sentence_after_each_line_break(words, spaces):
    import spacy
    from spacy.tokens import Doc

    from realpolitik.nlp.pipeline import paragraph_breaks

    vocab = spacy.blank("en").vocab
    expected = _plain_paragraph_starts(Doc(vocab, words=words, spaces=spaces))
    doc = paragraph_breaks(Doc(vocab, words=words, spaces=spaces))
    assert [t.i for t in doc if t.is_sent_start and t.i > 0] == expected


# --- sentence embeddings batched by length (model-backed) ----------------------------------------


@pytest.mark.slow
def test_hotpaths_embeddings_of_a_mixed_batch_equal_those_of_each_text_alone():
    """No padding, texts of one length batched together, a repeated text run once: every
    vector and piece count is bit for bit what the text gives alone."""
    import numpy as np

    from realpolitik.events.embeddings import embed_counted

    texts = [
        "Gunmen stormed a checkpoint.",
        "The council met on Tuesday to discuss the budget for the coming year in detail.",
        "Gunmen stormed a checkpoint.",
        "Troops withdrew.",
        "Farmers blocked the highway with tractors for a second day, demanding lower fuel prices.",
        "Crowds gathered.",
    ]
    vectors, counts = embed_counted(texts)
    assert vectors.shape == (6, 384) and counts.shape == (6,)
    for k, text in enumerate(texts):
        alone, alone_count = embed_counted([text])
        assert np.array_equal(vectors[k], alone[0])
        assert counts[k] == alone_count[0]
    assert np.array_equal(vectors[0], vectors[2])
    assert counts[3] < counts[1]  # pieces are counted per text, not padded to the longest


@pytest.mark.slow
def test_hotpaths_embeddings_memo_returns_the_computed_vector_and_stays_bounded(monkeypatch):
    import numpy as np

    import realpolitik.events.embeddings as emb

    monkeypatch.setattr(emb, "_memo", type(emb._memo)())
    monkeypatch.setattr(emb, "MEMO_SIZE", 2)
    texts = ["Police fired tear gas.", "Rebels seized the airport.", "A truce was signed."]
    first = [emb.embed_counted([t]) for t in texts]
    assert list(emb._memo) == texts[1:]  # the oldest text is evicted
    fresh = emb._run(texts)
    for k, (vector, count) in enumerate(first):
        again, again_count = emb.embed_counted([texts[k]])
        assert np.array_equal(again[0], vector[0]) and np.array_equal(again[0], fresh[0][k])
        assert again_count[0] == count[0] == fresh[1][k]
    again[0][:] = 0  # the caller's copy, not the memo's
    assert np.array_equal(emb.embed_counted([texts[2]])[0][0], fresh[0][2])


def _plain_is_result(verb, lemma, lex):
    """`triggers._is_result` without its index of verbs that have a result entry."""
    from realpolitik.events.triggers import ANY_OBJECT, RESULT, result_states, secondary_predicates

    listed = [
        s
        for s in result_states(verb)
        if lex.is_non_event(lemma, RESULT, s.lower_) or lex.is_non_event(lemma, RESULT, s.lemma_)
    ]
    if listed or not lex.is_non_event(lemma, RESULT, ANY_OBJECT):
        return listed
    return secondary_predicates(verb)


@pytest.mark.slow
def test_hotpaths_result_verb_index_gives_the_walks_answer_and_follows_the_lexicon(nlp):
    from realpolitik.events.lexicon import Lexicon
    from realpolitik.events.triggers import RESULT, _is_result

    sents = [
        "The shelling left four fishermen dead and two wounded near the harbour.",
        "The siege rendered the old bridge useless for the farmers.",
        "Rebels stormed the depot, leaving nine guards injured.",
        "The minister left the summit early after the talks stalled.",
    ]
    lex = Lexicon()
    lex.non_events |= {("leave", RESULT, "dead"), ("leave", RESULT, "injured")}
    verbs = [t for text in sents for t in nlp(text) if t.pos_ in {"VERB", "AUX"}]
    for tok in verbs:
        assert _is_result(tok, tok.lemma_.lower(), lex) == _plain_is_result(tok, tok.lemma_.lower(), lex)
    assert any(_is_result(t, t.lemma_.lower(), lex) for t in verbs)  # the walk ran and found
    lex.non_events.add(("render", RESULT, "useless"))  # the index follows an edit of the set
    rendered = [t for t in verbs if t.lemma_ == "render"]
    assert rendered and [s.text for s in _is_result(rendered[0], "render", lex)] == ["useless"]
    assert _is_result(rendered[0], "render", Lexicon()) == []  # and another lexicon


@pytest.mark.slow
def test_hotpaths_acled_candidate_test_without_word_sets_matches_the_set_test(nlp):
    from realpolitik.events.acled_phrases import token_words
    from realpolitik.events.acled_typing import is_candidate, relevance_words

    words = relevance_words()
    texts = [
        "Police fired tear gas at marchers outside the ministry.",
        "The committee approved the budget on Monday.",
        "Gunmen torched two lorries on the highway overnight.",
        "Shares of the bank rose after the report.",
    ]
    seen = set()
    for text in texts:
        sent = next(nlp(text).sents)
        plain = any(token_words(tok) & words for tok in sent)
        assert is_candidate(sent, []) == plain
        seen.add(plain)
    assert seen == {True, False}  # both answers were asked for


@pytest.mark.slow
def test_hotpaths_question_memo_is_per_document_and_matches_the_plain_test(nlp):
    from realpolitik.events.polarity import _inverted_question, _is_question

    asked = nlp("Will the army withdraw from the valley? Officials declined to say.")
    told = nlp("The army will withdraw from the valley. Officials declined to say.")
    for doc in (asked, told, asked):  # the same sentence offsets, other documents, then back
        for sent in doc.sents:
            plain = sent.text.rstrip().rstrip("\"'”’ ").endswith("?") or _inverted_question(sent)
            assert _is_question(sent) == plain
    assert [_is_question(s) for s in asked.sents] == [True, False]
    assert [_is_question(s) for s in told.sents] == [False, False]


@pytest.mark.slow
def test_hotpaths_generic_sector_memo_gives_the_computed_sector():
    from realpolitik.actors import load_kb
    from realpolitik.actors.generic import generic_sector

    kb = load_kb()
    phrases = [["riot", "police"], ["armed", "men"], ["tents"], ["interior", "minister"]]
    first = [generic_sector(kb, p) for p in phrases]
    kb._cache.pop("generic_sector", None)
    fresh = [generic_sector(kb, p) for p in phrases]
    again = [generic_sector(kb, list(p)) for p in phrases]  # answered from the memo
    assert first == fresh == again
    assert fresh[2] is None and fresh[1] == ("REB", 2)


@pytest.mark.slow
def test_hotpaths_name_runs_shortcut_keeps_the_runs_of_the_full_walk(nlp, monkeypatch):
    from realpolitik.actors import names

    texts = [
        "Supporters of Tehreek-e-Labbaik Pakistan blocked the road to the airport.",
        "Police arrested two members of Jamaat-ud-Dawa in Lahore on Friday.",
        "Fighters loyal to Ahrar al-Hind claimed the blast at the market.",
        "The long-running talks in Doha ended without a deal, an aide said.",
        "Ministers met at the Council as Mr Ali-Khan spoke.",
    ]
    docs = [nlp(t) for t in texts]
    quick = [names._name_runs(d) for d in docs]
    monkeypatch.setattr(names, "_hyphened_connector", lambda sdoc, connectors: True)
    assert quick == [names._name_runs(d) for d in docs]
    assert sum(map(bool, quick)) >= 2 and not quick[3]  # runs kept, and a document without one
