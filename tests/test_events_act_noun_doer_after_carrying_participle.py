"""An act noun's "by" doer after an active participle on its object ("The seizure of a Latvian
barge carrying timber by the Estonian coast guard"): the parser hangs the "by" phrase on the
participle, which as an active verb takes no agent, so the act lost its doer (round r42, args46:
own89 tune, "The seizure of a ... dhow carrying rice and cement by the ... navy")."""

from __future__ import annotations

from event_helpers import countries_of, event_holding


def test_seizure_of_a_barge_carrying_goods_by_a_coast_guard_has_the_guard_as_doer(analyse):
    events = analyse(
        "The seizure of a Latvian barge carrying timber and coal by the Estonian coast guard near "
        "Ruhnu on Monday has angered officials in Riga, a newspaper reported."
    )
    seizure = event_holding(events, "seizure")
    assert "EST" in countries_of(seizure.source)
    assert "LVA" in countries_of(seizure.target)


def test_detention_of_traders_carrying_spices_by_police_has_the_police_as_doer(analyse):
    events = analyse(
        "The detention of six Nepali traders carrying spices by Indian police near Birgunj on "
        "Friday drew a protest from Kathmandu, officials said."
    )
    detention = event_holding(events, "detention")
    assert "IND" in countries_of(detention.source)
    assert "NPL" in countries_of(detention.target)


def test_goods_carried_by_a_party_name_no_doer_of_the_act(analyse):
    # guard: a passive participle's "by" is its own agent ("carried by Latvian lorries" tells
    # who carried the goods), not the seizure's doer
    events = analyse(
        "The seizure of timber carried by a Latvian firm's barge near Ruhnu on Monday has angered "
        "officials in Riga, a newspaper reported."
    )
    seizure = event_holding(events, "seizure")
    assert "LVA" not in countries_of(seizure.source)
