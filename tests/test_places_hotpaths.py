"""The place and actor finders read from the per-document token columns give what their plain
token walks gave (issue 9's speed round 11, docs/benchmarks.md)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from realpolitik.places import recognize
from realpolitik.places.gazetteer import word_list


def _plain_name_at(sdoc, i, longest=recognize.LONGEST_NAME):
    """`_name_at` as a walk over the tokens (the code before the columns)."""
    run = []
    for token in sdoc[i : i + longest]:
        if (
            recognize._capitalised(token)
            or (run and token.lower_ in recognize.NAME_JOINERS)
            or recognize._abbrev_dot(run, token)
        ):
            run.append(token)
        else:
            break
    while run and not recognize._capitalised(run[-1]):
        run.pop()
    return run


@pytest.mark.parametrize(
    ("words", "spaces"),
    [
        (["ST", ".", "LOUIS", "–", "Bosnia", "and", "Herzegovina", "'s", "Isle", "of", "Man"],
         [False, True, True, True, True, True, False, True, True, True, False]),
        (["Pt", ".", "Pleasant", "and", "Ft", ".", "Worth", "of", "the", "."],
         [False, True, True, True, False, True, True, True, False, False]),
        (["the", "Lee", "'s", "Summit", "-", "Kansas", "City", "road", "and", "ABC", "."],
         [True, False, True, True, True, True, True, True, True, False, False]),
        (["St.", "Kitts", "and", "the", "Kremlin", "Of", "and"],
         [True, True, True, True, True, True, False]),
    ],
)  # fmt: skip
def test_place_name_runs_from_the_columns_match_the_token_walk(words, spaces):
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces)
    for i in range(len(doc)):
        for longest in (1, 2, 3, 4, 5):
            assert recognize._name_at(doc, i, longest) == _plain_name_at(doc, i, longest), (
                i,
                longest,
            )


# Texts that take each finder the columns changed (list, cue, inner, plural, repeat, region,
# neighbour town, demonym, facility and local spans); the spans the finders gave before the
# columns, on the same parse (written for these tests, not taken from any data set).
TEXTS_AND_SPANS = [
    (
        "MONCTON, N.B. — A student from Shediac was hurt on Royal Street, police in Moncton said. "
        "Officials of the European Commission met on Syrian territory near Aleppo.",
        [("MONCTON", "ner"), ("N.B.", "pair"), ("Shediac", "cue"), ("Royal Street", "street"),
         ("Moncton", "cue"), ("European", "inner"), ("Syrian", "demonym"), ("Aleppo", "ner")],
    ),
    (
        "Floods hit Montgomery and Prince George's counties on Friday. The Allendale Woman's Club "
        "met in Allendale, N.J., and voters in Bucks County, Pa. stayed home.",
        [("Montgomery", "plural"), ("Prince George's", "plural"), ("Allendale", "cue"),
         ("Allendale", "ner"), ("N.J.", "pair"), ("Bucks County", "ner"), ("Pa.", "pair")],
    ),
    (
        "TRALEE, Ireland — Gusts swept across Kerry as the colour of the sky changed, a Dutch Rail "
        "spokesman told the Pakistan Army's liaison in Cloughjordan.",
        [("TRALEE", "pair"), ("Ireland", "ner"), ("Kerry", "cue"), ("Dutch", "demonym"),
         ("Pakistan", "inner"), ("Cloughjordan", "local")],
    ),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize(("text", "spans"), TEXTS_AND_SPANS)
def test_place_spans_from_the_columns_are_those_of_the_token_walks(nlp, text, spans):
    from realpolitik.places import load_gazetteer

    found = recognize.place_spans(nlp(text), load_gazetteer())
    assert [(s.text, s.source) for s in found] == spans
    assert all(text[s.start : s.end] == s.text for s in found)


@pytest.mark.slow
def test_spelling_tests_from_the_columns_count_as_the_token_walks(nlp):
    from realpolitik.places.resolve import is_american_text, is_british_text

    british, american = word_list("british_spellings.txt"), word_list("american_spellings.txt")
    texts = [
        "The council's favourite colour was grey, the organisers said in the centre.",
        "The center's favorite color was gray; tickets cost $5 or $10.",
        "Talks resumed in Doha on Monday.",
    ]
    for text in texts:
        doc = nlp(text)
        plain_british = sum(t.lower_ in british for t in doc) >= 2
        plain_american = sum(t.lower_ in american or t.text == "$" for t in doc) >= 2
        assert is_british_text(doc) == plain_british
        assert is_american_text(doc) == plain_american
    assert is_british_text(nlp(texts[0])) and is_american_text(nlp(texts[1]))


@pytest.mark.slow
def test_readout_from_the_lemma_column_matches_the_token_walk(nlp):
    from realpolitik.places.locate import meeting

    def plain(sdoc):
        sents = list(sdoc.sents)
        people = set()
        for sent in sents:
            for tok in sent:
                if meeting.is_meeting_word(tok.lemma_) and tok.pos_ == "VERB":
                    people |= {t.lower_ for c in tok.children if c.dep_ == "nsubj"
                               for t in c.subtree if t.pos_ == "PROPN"}  # fmt: skip
        out, running = [], False
        for sent in sents:
            if any(meeting.is_meeting_word(t.lemma_) for t in sent):
                running = True
                continue
            subject = next(
                (c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None
            )
            running = running and subject is not None and meeting._is_party(subject, people)
            if running:
                out.append(sent.start)
        return out

    texts = [
        "Rahmon met Mirziyoyev in Dushanbe on Monday. Both sides agreed to open the border. "
        "They stressed trade. Rahmon praised the deal. Rain fell in the valley.",
        "The envoys visited Kabul. A bomb exploded in the market later.",
        "Nothing of the kind happened here. Prices rose.",
    ]
    results = []
    for text in texts:
        doc = nlp(text)
        results.append(meeting._readout(doc))
        assert results[-1] == plain(doc)
    assert results[0] and not results[2]


@pytest.mark.slow
def test_acronym_groups_from_the_columns_match_the_token_walk(nlp):
    from realpolitik.actors.context import group_words
    from realpolitik.actors.names import _ACRONYM, acronym_groups

    armed = group_words().armed_member_nouns

    def plain(sdoc):
        return [
            tok.i
            for tok in sdoc[:-1]
            if _ACRONYM.fullmatch(tok.text)
            and sdoc[tok.i + 1].lower_ in armed
            and tok.head.i == tok.i + 1
        ]

    texts = [
        "ADF fighters killed nine villagers, and JNIM militants attacked a convoy near Gao.",
        "US troops and M23 rebels clashed; NATO said ISWAP fighters fled.",
        "No acronym stands here at all",
    ]
    for text in texts:
        doc = nlp(text)
        assert [c.start for c in acronym_groups(doc, [])] == plain(doc)
    assert acronym_groups(nlp(texts[0]), [])
