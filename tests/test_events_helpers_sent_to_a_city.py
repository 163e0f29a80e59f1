"""Helpers sent to a city (round r39, plover57, from own82 tune): "sent 30 doctors to Tirana",
"dispatched a team of rescuers to Suva": the people sent are the sender's own help, and the
state of the city their "to" phrase names is helped. Only a state's name in the "to" phrase was
read (round r31, `helpers_sent_to`), and people gathered by "a team of" were not seen as the
people sent, so the doctors were the target. The parser may give the "to" as a dative, or hang it
on the last noun of an "along with" phrase."""

from __future__ import annotations

from event_helpers import pipeline_top


def test_helpers_sent_to_a_foreign_city_help_the_citys_state(resources):
    for text, sender, helped in [
        ("Morocco sent 30 doctors to Tirana on Monday after the earthquake, officials said.",
         "MAR", "ALB"),
        ("New Zealand dispatched a team of 25 rescuers and engineers to Suva on Tuesday after "
         "the storm, the foreign ministry said.", "NZL", "FJI"),
        # the "to" phrase hung on the last noun of an "along with" phrase
        ("Morocco sent a team of 30 doctors and nurses along with two field hospitals to Tirana "
         "on Monday to help treat the injured.", "MAR", "ALB"),
    ]:  # fmt: skip
        top = pipeline_top(text, resources)
        assert top.plover_type == "AID", text
        assert {a.country for a in top.source} == {sender}, text
        assert {a.country for a in top.target} == {helped}, text


def test_helpers_sent_to_a_city_of_the_senders_own_state_stay_untargeted(resources):
    # the guard: a state's own doctors sent to its own capital help no other state
    text = "Albania sent 30 doctors to Tirana on Monday after the earthquake, officials said."
    top = pipeline_top(text, resources)
    assert "ALB" not in {a.country for a in top.target if a.sector == "GOV"}
