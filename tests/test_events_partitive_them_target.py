"""A part of "them" acted on ("arrested six of them", "deported all of them") is the people the
sentence before named by a plural common noun, as its subject or as its reported clause's
subject; the act had no target (stop 68, args52: the stop 67 leftover, "sentenced three of
them")."""

from __future__ import annotations

from event_helpers import countries_of, pipeline_top


def test_six_of_them_after_a_subject(resources):
    top = pipeline_top(
        "Nigerian smugglers have run fuel across the Benin border for years. Beninese customs "
        "officers on Friday arrested six of them near Seme.",
        resources,
    )
    assert countries_of(top.source) == {"BEN"}
    assert countries_of(top.target) == {"NGA"}


def test_four_of_them_after_a_reported_clause(resources):
    top = pipeline_top(
        "Senegal says Gambian fishermen have used dynamite off Casamance for years. Senegalese "
        "marines on Monday detained four of them off Kafountine.",
        resources,
    )
    assert countries_of(top.target) == {"GMB"}


def test_all_of_them_after_a_passive_subject(resources):
    top = pipeline_top(
        "Sixty Ethiopian migrants were found in a lorry near Moyale. Kenyan police deported all "
        "of them on Tuesday.",
        resources,
    )
    assert countries_of(top.target) == {"ETH"}


def test_bare_them_keeps_its_reading(resources):
    # guard: the bare "them" is read as before (`bare_them_object`)
    top = pipeline_top(
        "Sixty Ethiopian migrants were found in a lorry near Moyale. Kenyan police deported them "
        "on Tuesday.",
        resources,
    )
    assert countries_of(top.target) == {"ETH"}
