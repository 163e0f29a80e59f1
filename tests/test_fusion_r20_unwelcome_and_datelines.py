"""Round r20 (fuse19), classes read from fusion_own14 tune misses; every sentence here is made up
for the test (made-up places and names, real states only where the class is about their names):
a diplomat declared persona non grata is expelled, a wire's dateline is no party of its first
sentence's act, and the main island of a two-island state names the state."""

from __future__ import annotations

import pytest


def _on(events, word: str):
    hits = [e for e in events if e.trigger.split()[0] == word]
    assert hits, f"no event on {word!r}: {[e.trigger for e in events]}"
    return hits[0]


@pytest.mark.parametrize(
    "text",
    [
        "Velmar declared two Ostrel diplomats persona non grata on Friday.",
        "The cabinet declared the Ostrel consul Ivo Marin persona non grata.",
        "The Ostrel attache was declared persona non grata by Velmar on Monday.",
    ],
)
def test_a_diplomat_declared_persona_non_grata_is_expelled(analyse, text) -> None:
    assert _on(analyse(text), "declared").plover_type == "SANCTION"


def test_a_reporter_declared_persona_non_grata_is_coerced_as_expel_reads_him(analyse) -> None:
    events = analyse("Velmar declared the reporter Ana Toli persona non grata and she left.")
    assert _on(events, "declared").plover_type == "COERCE"


def test_other_declarations_are_no_expulsion(analyse) -> None:
    events = analyse("The council declared the harvest festival a great success.")
    assert not [e for e in events if e.trigger.startswith("declared")]


def _source_ids(event) -> set[str]:
    return {a.actor_id for a in event.source}


@pytest.mark.parametrize(
    "text",
    [
        "OSTREL, Ghana, May 3, 2029 (Coast Wire) - Togo on Sunday expelled two Velmar traders.",
        "KUMASI, Ghana (Wire) - Togolese police on Monday expelled two traders from Velmar.",
    ],
)
def test_a_datelines_country_is_no_doer_of_the_first_act(analyse, text) -> None:
    expelled = _on(analyse(text), "expelled")
    assert not any(i.startswith("GHA") for i in _source_ids(expelled))
    assert any(i.startswith("TGO") for i in _source_ids(expelled))


def test_an_opening_name_with_a_clause_before_a_dash_keeps_its_subject(analyse) -> None:
    # upper case and a comma, but a verb before the dash: a sentence, not a dateline
    events = analyse("NATO, the alliance, said on Monday it would send troops to Velmar - a first.")
    assert any(i.startswith("org:nato") for i in _source_ids(_on(events, "said")))


def test_the_dateline_reader_finds_the_dash_after_the_agency(resources) -> None:
    from realpolitik.events.dateline_words import dateline_end

    sdoc = resources.nlp("PORT OSTREL, Velmar, Oct 2, 2029 (Wire) - Ghana sent a ship.")
    sent = next(iter(sdoc.sents))
    assert sdoc[dateline_end(sent)].text == "Ghana"
    plain = next(iter(resources.nlp("Ghana sent a ship to Velmar on Monday.").sents))
    assert dateline_end(plain) == plain.start


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Trinidad's navy seized a Velmar trawler on Friday.", "TTO"),
        ("Antigua's police arrested two Velmar fishermen on Friday.", "ATG"),
    ],
)
def test_the_main_island_named_alone_names_its_state(analyse, text, state) -> None:
    events = analyse(text)
    assert any(a.actor_id.startswith(state) for e in events for a in e.source)
