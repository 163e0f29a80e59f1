"""Within-document fusion rules on hand-made mentions: what a text names twice, and what not."""

from __future__ import annotations

from test_fusion_events import (
    ISI,
    ISK,
    KABUL,
    MALIK,
    PAKISTAN,
    RAHMON,
    TAJIK_GOV,
    TALIBAN,
    actor,
    mention,
)

from realpolitik.fusion import fuse_events
from realpolitik.model import DateInfo, Place

PAK_GOV = ("PAK.GOV", "Pakistan (government)", "PAK", "GOV")
ANJUM = ("person:nadeem_anjum", "Nadeem Anjum", "PAK", "INT")
BILAWAL = ("person:bilawal", "Bilawal Bhutto Zardari", "PAK", "GOV")
TAJIKISTAN = ("TJK", "Tajikistan", "TJK", None)
AFGHANISTAN = ("AFG", "Afghanistan", "AFG", None)


def said(text: str) -> DateInfo:
    """A date the sentence gave but no calendar could place ('on Sunday', no publication date)."""
    return DateInfo(None, None, "unknown", text, False)


def test_within_document_explicit_different_dates_stay_apart() -> None:
    events = fuse_events(
        [
            mention("a", 0, "ASSAULT", (TALIBAN,), (ISK,), "Taliban raided a cell on Sunday.",
                    "raided", date=said("on Sunday")),
            mention("a", 300, "ASSAULT", (TALIBAN,), (ISK,), "Taliban raided a hideout on Friday.",
                    "raided", date=said("on Friday")),
        ]
    )  # fmt: skip
    assert len(events) == 2


def test_within_document_same_date_words_join() -> None:
    events = fuse_events(
        [
            mention("a", 0, "ASSAULT", (TALIBAN,), (ISK,), "Taliban raided a cell on Sunday.",
                    "raided", date=said("on Sunday")),
            mention("a", 300, "ASSAULT", (TALIBAN,), (), "Taliban killed several on Sunday.",
                    "killed", date=said("Sunday")),
        ]
    )  # fmt: skip
    assert len(events) == 1


def test_within_document_both_sides_must_match() -> None:
    events = fuse_events(
        [
            mention("a", 0, source=(PAKISTAN,), target=(TAJIKISTAN,), sentence="Pakistan met Tajikistan."),
            mention("a", 200, source=(PAKISTAN,), target=(TALIBAN,), sentence="Pakistan met the Taliban."),
        ]
    )  # fmt: skip
    assert len(events) == 2


def test_within_document_different_persons_on_one_side_stay_apart() -> None:
    events = fuse_events(
        [
            mention("a", 0, source=(PAK_GOV, ANJUM), target=(TALIBAN,),
                    sentence="Anjum's visit to the Taliban.", trigger="visit"),
            mention("a", 400, source=(BILAWAL,), sentence="Bilawal called for talks.",
                    trigger="called"),
        ]
    )  # fmt: skip
    assert len(events) == 2


def test_within_document_far_verbal_look_alike_is_a_new_event() -> None:
    events = fuse_events(
        [
            mention("a", 0, source=(ANJUM,), target=(AFGHANISTAN,),
                    sentence="Anjum went on a visit to Afghanistan.", trigger="visit"),
            mention("a", 6000, source=(ISI,), target=(TALIBAN,), sentence="ISI chief visited Kabul.",
                    trigger="visited", place=KABUL),
        ]
    )  # fmt: skip
    assert len(events) == 2


def test_within_document_definite_reference_far_away_joins() -> None:
    events = fuse_events(
        [
            mention("a", 0, source=(RAHMON,), target=(MALIK,)),
            mention("a", 5000, source=(TAJIK_GOV,), target=(ISI,),
                    sentence="The Tajik president's meeting with the ISI can be a first step.",
                    trigger="meeting", polarity="hypothetical"),
        ]
    )  # fmt: skip
    assert len(events) == 1


def test_anaphor_joins_only_the_nearest_earlier_event() -> None:
    events = fuse_events(
        [
            mention("a", 0, source=(RAHMON,), target=(MALIK,)),
            mention("a", 500, source=(PAK_GOV,), target=(TALIBAN,), sentence="Pakistan met the Taliban."),
            mention("a", 700, sentence="This meeting was tense.", trigger="meeting"),
            mention("b", 0, sentence="In this meeting they agreed.", trigger="meeting"),
        ]
    )  # fmt: skip
    in_a = {e.mentions[0].sentence: e for e in events if e.mentions[0].doc_id == "a"}
    assert [m.trigger for m in in_a["Pakistan met the Taliban."].mentions] == ["met", "meeting"]
    assert len(in_a["They met."].mentions) == 1
    lonely = [e for e in events if e.mentions[0].doc_id == "b"]
    assert len(lonely) == 1 and len(lonely[0].mentions) == 1  # nothing earlier: on its own


def test_raid_and_bombing_in_one_sentence_stay_apart() -> None:
    sentence = "The raid followed a deadly bombing at a Kabul mosque that killed five civilians."
    events = fuse_events(
        [
            mention("a", 0, "ASSAULT", (TALIBAN,), (ISK,), "Taliban raided a cell in Kabul.",
                    "raided", place=KABUL),
            mention("a", 100, "ASSAULT", sentence=sentence, trigger="raid", place=KABUL),
            mention("a", 100, "ASSAULT", sentence=sentence, trigger="bombing", place=KABUL,
                    fatalities=5),
            mention("a", 100, "ASSAULT", sentence=sentence, trigger="killed", fatalities=5),
            mention("a", 300, "ASSAULT", (ISK,), (), "The bombing was conducted by IS.", "bombing"),
        ]
    )  # fmt: skip
    assert len(events) == 2
    raid = next(e for e in events if e.mentions[0].trigger == "raided")
    bombing = next(e for e in events if e is not raid)
    assert [m.trigger for m in raid.mentions] == ["raided", "raid"]
    assert [m.trigger for m in bombing.mentions] == ["bombing", "killed", "bombing"]
    assert bombing.fatalities == 5


def test_relative_that_is_not_a_reference() -> None:
    from realpolitik.fusion.text_cues import is_definite_anaphor

    bombing = "a bombing that killed five civilians"
    assert not is_definite_anaphor(mention("a", 0, "ASSAULT", sentence=bombing, trigger="killed"))
    assert not is_definite_anaphor(
        mention("a", 0, sentence="the two sides agreed", trigger="agreed")
    )
    assert not is_definite_anaphor(
        mention("a", 0, sentence="The latest attack was", trigger="attack")
    )
    assert is_definite_anaphor(mention("a", 0, sentence="that raid was", trigger="raid"))
    assert is_definite_anaphor(mention("a", 0, sentence="Rahmon's meeting with", trigger="meeting"))


def test_light_verb_trigger_reports_an_act_not_a_reference_back() -> None:
    from realpolitik.fusion.text_cues import is_definite_anaphor

    # A light verb's trigger runs from the verb to its event noun: the words before the verb
    # ("The militia ...") are its subject, not a determiner of the noun.
    raid = "The militia carried out a raid on the depot"
    assert not is_definite_anaphor(
        mention("a", 0, "ASSAULT", sentence=raid, trigger="carried out a raid")
    )
    talks = "The two envoys held talks in Muscat"
    assert not is_definite_anaphor(mention("a", 0, sentence=talks, trigger="held talks"))
    assert is_definite_anaphor(mention("a", 0, sentence="the peace talks ended", trigger="talks"))


def test_wanted_act_does_not_join_a_reported_one() -> None:
    events = fuse_events(
        [
            mention("a", 0, source=(PAK_GOV,), target=(TALIBAN,), sentence="Pakistan's minister visited Kabul.",
                    trigger="visited"),
            mention("a", 300, source=(PAK_GOV,), sentence="They asked Islamabad to discuss it.",
                    trigger="discuss", polarity="intended"),
        ]
    )  # fmt: skip
    assert len(events) == 2


def test_unused_actor_helper_builds_mentions() -> None:
    assert actor(RAHMON).country == "TJK"


def test_seizure_of_a_country_and_an_arrest_in_a_city_stay_apart() -> None:
    # Coercing a whole state (a takeover) and coercing people (arrests) are two happenings,
    # even by the same side in one report, and the takeover does not take the arrests' town.
    country = Place("Ruritania", "RUR", 45.0, 20.0, None, "country")
    town = Place("Strelsau", "RUR", 45.1, 20.1, None, "city")
    rebels = ("org:rebels", "Rebel Front", "RUR", "REB")
    ruritania = ("RUR", "Ruritania", "RUR", None)
    gunmen = ("new:gunmen", "gunmen", None, None)
    events = fuse_events(
        [
            mention("a", 0, "COERCE", (rebels,), (ruritania,),
                    "The Rebel Front may have taken control of Ruritania.", "taken",
                    plover_mode="seize"),
            mention("a", 1500, "COERCE", (rebels,), (gunmen,),
                    "Rebel Front fighters detained ten gunmen in Strelsau on Friday.", "detained",
                    plover_mode="arrest", place=town, date=said("on Friday")),
            mention("a", 1700, "COERCE", (rebels,), (ruritania,),
                    "Since the Front's takeover of Ruritania in May, attacks have grown.",
                    "takeover", plover_mode="seize", place=country, date=said("in May")),
        ]
    )  # fmt: skip
    assert len(events) == 2
    places = {e.mentions[0].trigger: e.location.name for e in events if e.location}
    assert places == {"taken": "Ruritania", "detained": "Strelsau"}, places


def test_captures_and_arrests_of_the_same_people_still_join() -> None:
    # Another mode, the same happening: "captured 23 pirates" (seize), "arrested" (arrest).
    navy = ("IND.MIL", "India (military)", "IND", "MIL")
    pirates = ("new:pirates", "pirates", None, None)
    events = fuse_events(
        [
            mention("a", 0, "COERCE", (navy,), (pirates,), "The navy captured 20 pirates.",
                    "captured", plover_mode="seize"),
            mention("a", 200, "COERCE", (navy,), (pirates,), "The navy arrested the pirates.",
                    "arrested", plover_mode="arrest"),
        ]
    )  # fmt: skip
    assert len(events) == 1


def test_state_named_by_a_demonym_is_people_not_the_state() -> None:
    # "seizing 12 Somali nationals": the actors stage reads "Somali" as the state Somalia.
    navy = ("IND.MIL", "India (military)", "IND", "MIL")
    pirates = ("new:pirates", "pirates", None, None)
    seized = mention("a", 200, "COERCE", (navy,), (), "Commandos boarded, seizing 12 Somali men.",
                     "seizing", plover_mode="seize")  # fmt: skip
    seized.target = [actor(("SOM", "Somalia", "SOM", None), "a")]
    seized.target[0].text = "Somali"
    events = fuse_events(
        [
            mention("a", 0, "COERCE", (navy,), (pirates,), "The navy arrested 12 pirates.",
                    "arrested", plover_mode="arrest"),
            seized,
        ]
    )  # fmt: skip
    assert len(events) == 1


def test_coerce_mention_without_target_fits_either() -> None:
    events = fuse_events(
        [
            mention("a", 0, "COERCE", (TALIBAN,), (ISK,), "Taliban detained four ISIS-K men.",
                    "detained", plover_mode="arrest"),
            mention("a", 200, "COERCE", (TALIBAN,), (), "The crackdown went on all week.",
                    "crackdown"),
        ]
    )  # fmt: skip
    assert len(events) == 1
