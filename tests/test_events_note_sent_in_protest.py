"""A written note or letter sent with a participle of protest, demand, refusal or threat ("sent
Moscow a note protesting at ...", "delivered a letter ... demanding ...") is that act, made to
the addressee; the bare "send" read aid (stop 67, args51: stop 66's leftover, own97 tune)."""

from __future__ import annotations

from event_helpers import countries_of, pipeline_top


def test_note_sent_protesting_at_a_detention_is_a_protest(resources):
    top = pipeline_top(
        "Estonia's foreign ministry said on Friday it had sent Moscow a note protesting at the "
        "detention of an Estonian customs officer by Russian border guards near Koidula.",
        resources,
    )
    assert top.plover_type == "ACCUSE"
    assert "EST" in countries_of(top.source)
    assert "RUS" in countries_of(top.target)


def test_note_sent_with_a_time_phrase_before_the_protest_is_a_protest(resources):
    top = pipeline_top(
        "The Kenyan government sent Kampala a formal note on Monday protesting against the arrest "
        "of twelve Kenyan fishermen by Ugandan marines on Lake Victoria.",
        resources,
    )
    assert top.plover_type == "ACCUSE"
    assert "KEN" in countries_of(top.source)
    assert "UGA" in countries_of(top.target)


def test_note_sent_with_an_invitation_keeps_its_reading(resources):
    # guard: an invitation is no verbal conflict; the reading stays as it was
    top = pipeline_top(
        "Peru sent Chile a note on Monday inviting its foreign minister to talks in Lima next "
        "month.",
        resources,
    )
    assert top.plover_type == "AID"
