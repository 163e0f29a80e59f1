"""Round r38 (reader42), two classes read from reader_own37 tune misses; every sentence here is
made up for the test:

- a vessel told by a relative pronoun that a force holds, stops or boards ("the trawler X, which
  the coast guard stopped", "the ferry that marines boarded"): the same seizure (COERCE, CAMEO 171)
  as "the coast guard stopped the trawler", where the relative pronoun hid the vessel and the
  clause read nothing;
- a vessel a force tows or escorts "to" a place ("police towed the trawler to Ancona",
  "officers escorted the boat to Lesbos"): taken there, the seizure "into" already reads, where
  the verbs read nothing or aid to the place. A force is required for "to" (an "into" phrase
  needs none), and a vessel in distress, a vessel of the doer's own side or one taken to safety
  stays no seizure."""

from __future__ import annotations

import pytest

from realpolitik.events.force_acts import VESSEL_HELD, force_act_type


def _verb(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Athens protested over the Turkish trawler Deniz Yildizi, which the Greek coast guard "
         "stopped near Lesbos on Monday.", "stopped"),
        ("The cargo ship that Italian police boarded off Bari carried no flag.", "boarded"),
        ("Rome asked about the two fishing boats which the Tunisian navy halted last week.", "halted"),
        # the relative clause hangs on the vessel's name, apposed to the vessel noun
        ("Rome on Monday rejected Tunisia's demand to return the trawler Santa Rosa, which the "
         "police stopped in Tunisian waters off Kelibia on Sunday.", "stopped"),
    ],
)  # fmt: skip
def test_vessel_told_by_relative_pronoun_stopped_by_force_is_a_seizure(nlp, text, verb):
    assert force_act_type(_verb(nlp, text, verb)) == VESSEL_HELD


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Greek coast guard officers towed the Turkish fishing boat to Lesbos on Friday.", "towed"),
        ("Italian police escorted the two Albanian trawlers to Bari harbour on Sunday.", "escorted"),
        ("A day after Tunisian navy sailors towed the trawler Santa Rosa to Sfax, Rome protested.",
         "towed"),
    ],
)  # fmt: skip
def test_vessel_towed_or_escorted_to_a_place_by_a_force_is_a_seizure(nlp, text, verb):
    assert force_act_type(_verb(nlp, text, verb)) == VESSEL_HELD


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # passengers board a ferry: no force, no seizure
        ("The ferry, which hundreds of passengers boarded in Bari, left at noon.", "boarded"),
        # a vessel in distress towed to port: a rescue
        ("Coast guard officers towed the disabled yacht to Piraeus on Sunday.", "towed"),
        # towed to safety: a rescue
        ("Navy sailors towed the fishing boat to safety after its engine failed.", "towed"),
        # the doer's own vessels escorted: protection
        ("The navy escorted its own tankers to Bandar Abbas on Tuesday.", "escorted"),
        # no force: volunteers tow a boat
        ("Volunteers towed the old fishing boat to the beach for the festival.", "towed"),
    ],
)
def test_passengers_boarding_rescue_tows_and_own_escorts_are_no_seizure(nlp, text, verb):
    assert force_act_type(_verb(nlp, text, verb)) is None
