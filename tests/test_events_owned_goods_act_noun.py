"""An act noun whose goods are named with their owner ("the seizure of cattle belonging to Kenyan
herders by Ugandan soldiers"): the owner is acted on and the "by" phrase after the owner is the
act's doer, wherever the parser hangs it (on the owner, on "belonging", or as a second agent of
"owned"). Round r40, args44 (own85 tune; sentences of our own)."""

from __future__ import annotations

from event_helpers import countries_of, event_on


def test_act_noun_on_goods_belonging_to_an_owner_takes_the_later_by_phrase_as_doer(analyse):
    events = analyse(
        "The seizure of forty cattle belonging to Kenyan herders by Ugandan soldiers near "
        "Moroto has angered local leaders."
    )
    seizure = event_on(events, "seizure")
    assert seizure.plover_type == "COERCE"
    assert "UGA" in countries_of(seizure.source)
    assert "KEN" in countries_of(seizure.target)


def test_act_noun_on_goods_owned_by_an_owner_takes_the_second_agent_as_doer(analyse):
    events = analyse(
        "The confiscation of two lorries owned by Zambian traders by Tanzanian police on Friday "
        "drew a protest from Lusaka."
    )
    confiscation = event_on(events, "confiscation")
    assert "TZA" in countries_of(confiscation.source)
    assert "ZMB" in countries_of(confiscation.target)
    assert "ZMB" not in countries_of(confiscation.source)


def test_act_noun_on_counted_goods_belonging_to_an_owner(analyse):
    events = analyse(
        "The seizure of sixty bags of sugar belonging to Malian vendors by Nigerien customs "
        "officers left traders in debt."
    )
    seizure = event_on(events, "seizure")
    assert "NER" in countries_of(seizure.source)
    assert "MLI" in countries_of(seizure.target)


def test_release_of_people_held_by_a_side_does_not_make_the_holder_its_target(analyse):
    # guard: a release is no taking; whoever holds the freed is not acted on by it
    events = analyse("Uganda condemned the release of six hostages held by the militia in Congo.")
    release = event_on(events, "release")
    assert not any("militia" in m.text for m in release.target)


def test_act_noun_with_its_own_by_doer_keeps_it(analyse):
    # guard: goods with no owner keep the plain reading
    events = analyse(
        "The seizure of a Kenyan fishing boat by Ugandan soldiers near Moroto has angered local "
        "leaders."
    )
    seizure = event_on(events, "seizure")
    assert "UGA" in countries_of(seizure.source)
    assert "KEN" in countries_of(seizure.target)
