"""Cleaning: each rule pinned on a small hand-made text."""

from __future__ import annotations

import hashlib

from realpolitik.clean import clean_document
from realpolitik.clean.cleaner import clean_text
from realpolitik.model import Document

PROSE = (
    "The Taliban closed the Torkham crossing on Sunday after clashes with Pakistani border "
    "guards, officials said."
)
PROSE_2 = "Islamabad called for the crossing to be reopened and said talks would continue."


def _paragraphs(raw: str) -> list[str]:
    return clean_text(raw).split("\n\n")


def test_clean_furniture_lines_are_dropped():
    raw = f"Published\n\non\n\n{PROSE}\n\nMOST READ\n\nExit mobile version\n\nShare this article"
    assert _paragraphs(raw) == [PROSE]


def test_clean_furniture_words_inside_sentences_are_kept():
    sentence = "The report was published on Monday and shared by the most read outlets in Kabul."
    assert _paragraphs(f"{PROSE}\n\n{sentence}") == [PROSE, sentence]


def test_clean_breadcrumb_is_dropped_but_headline_kept():
    raw = f"Home / World / Asia / Torkham closed\n\nTorkham closed\n\n{PROSE}"
    assert _paragraphs(raw) == ["Torkham closed", PROSE]


def test_clean_slash_inside_text_is_not_a_breadcrumb():
    line = "Trade via the Af-Pak border fell 24/7 coverage aside / analysts say"
    assert _paragraphs(f"{line}\n\n{PROSE}") == [line, PROSE]


def test_clean_author_box_is_dropped():
    assert _paragraphs(f"{PROSE}\n\nAbout admin\n\nAbout the author") == [PROSE]


def test_clean_teaser_block_drops_heading_titles_and_cut_off_snippets():
    raw = (
        f"{PROSE}\n\nCheck Also\n\nWomen's education ban hurts the economy\n\n"
        "KABUL – When the Taliban fell from power in 2001, women were allowed …\n\n"
        "Related Posts\nFloods hit Kandahar\nNew envoy named..."
    )
    assert _paragraphs(raw) == [PROSE]


def test_clean_teaser_block_stops_at_prose():
    raw = f"Read more\nFloods hit Kandahar\n\n{PROSE}"
    assert _paragraphs(raw) == [PROSE]


def test_clean_url_runs_and_ip_links_are_dropped():
    urls = "http://103.49.239.135/ https://167.71.197.55/ https://www.spam.example/ 10.0.0.1/x"
    assert _paragraphs(f"{PROSE}\n\n{urls}") == [PROSE]


def test_clean_sentence_citing_one_url_is_kept():
    line = "The ministry published the full statement at https://mofa.gov.pk/statement today."
    assert _paragraphs(f"{PROSE}\n\n{line}") == [PROSE, line]


def test_clean_spam_vocabulary_and_the_anchors_next_to_it_are_dropped():
    raw = f"{PROSE}\n\n{PROSE_2}\nsitus slot gacor\nMEGAWIN88\nagen judi bola online\nzeus77"
    assert _paragraphs(raw) == [PROSE, PROSE_2]


def test_clean_spam_word_in_a_sentence_is_kept():
    line = "Police said the suspects ran an online casino and a togel lottery ring in Jakarta for years."
    assert _paragraphs(f"{PROSE}\n\n{line}") == [PROSE, line]


def test_clean_headings_away_from_spam_are_kept():
    raw = f"{PROSE}\n\nCountering TTP\n\n{PROSE_2}"
    assert _paragraphs(raw) == [PROSE, "Countering TTP", PROSE_2]


def test_clean_page_numbers_are_dropped():
    for number in ("/129", "12", "- 3 -", "Page 2 of 9", "4/20"):
        assert _paragraphs(f"{PROSE}\n{number}") == [PROSE], number


def test_clean_lone_section_label_is_dropped():
    assert _paragraphs(f"ASIA\n\n{PROSE}") == [PROSE]


def test_clean_hard_wrapped_paragraph_is_rejoined():
    wrapped = (
        "On the other hand, Pakistan, which has been a powerful backer of the\n"
        "Taliban over the past two decades, does not find the group's infighting\n"
        "in its interest. Given the recent reports of differences among the\n"
        "Taliban leaders, Islamabad is seeking a mediation for unity among\n"
        "them. Despite the fact that the Taliban has shown it is not as\n"
        "obedient as in the past, some people are loyal to Islamabad in the\n"
        "interim government."
    )
    assert _paragraphs(f"{PROSE}\n{wrapped}") == [PROSE, " ".join(wrapped.split("\n"))]


def test_clean_wrapped_word_split_at_hyphen_is_joined_without_space():
    wrapped = (
        "With some groups being on the Western terror lists, more serious Taliban-\n"
        "affiliated differences can lead to insecurity and this is worrisome to\n"
        "Pakistan, officials in Islamabad and Rawalpindi said on Tuesday evening."
    )
    assert "Taliban-affiliated" in clean_text(wrapped)


def test_clean_short_paragraphs_and_headings_are_not_joined():
    raw = (
        "Countering TTP\n"
        "The TTP attacked a mosque in Peshawar on January 30.\n"
        "A visit to defuse political tensions\n"
        "Zardari called for the interim government in Kabul to cooperate.\n"
    )
    assert _paragraphs(raw) == raw.strip().split("\n")


def test_clean_one_sentence_per_line_stays_one_sentence_per_paragraph():
    raw = "Reid entered rehab on Tuesday.\nHer representative confirmed the stay at Promises.\n"
    assert _paragraphs(raw) == raw.strip().split("\n")


def test_clean_document_sets_hash_and_language():
    doc = clean_document(Document(doc_id="d", source="d", raw=f"{PROSE}\n\n{PROSE_2}"))
    assert doc.status == "ok" and doc.language == "en"
    assert doc.content_hash == hashlib.sha256(doc.text.encode()).hexdigest()


def test_clean_document_rejects_empty_after_cleaning():
    doc = clean_document(Document(doc_id="d", source="d", raw="MOST READ\n\nhttp://1.2.3.4/\n"))
    assert (doc.status, doc.reason) == ("rejected", "empty: no text left after cleaning")


def test_clean_document_rejects_non_english():
    german = (
        "Die Taliban haben am Sonntag den Grenzübergang Torkham geschlossen, nachdem es zu "
        "Zusammenstößen mit pakistanischen Grenzschützern gekommen war, teilten Beamte mit."
    )
    doc = clean_document(Document(doc_id="d", source="d", raw=german))
    assert (doc.status, doc.reason) == ("rejected", "language: de (not English)")


def test_clean_document_does_not_reject_short_text_on_a_language_guess():
    doc = clean_document(Document(doc_id="d", source="d", raw="Rahmon meets Malik in Dushanbe"))
    assert doc.status == "ok"


def test_clean_document_declared_language_wins():
    doc = clean_document(Document(doc_id="d", source="d", raw=PROSE, language="fr"))
    assert (doc.status, doc.reason) == ("rejected", "language: fr (not English)")


def test_clean_document_leaves_rejected_documents_alone():
    doc = Document(doc_id="d", source="d", raw=PROSE).reject("empty file")
    assert clean_document(doc).reason == "empty file" and doc.text == ""
