"""Round r28 (fuse27), classes read from fusion_own22 tune misses; every sentence here is made up
for the test (made-up names and outlets, real places):

- a party a later report names only by its letters ("30 APR activists") is the party another
  report named in full ("the opposition Alliance pour la Republique"), though the full name's
  small words ("pour", "la") keep it from reading as a proper name: the two reports' arrests
  join; letters that are not the name's initials do not;
- a party arrested, seized or sanctioned, named by a role noun that took its sentence's one
  country ("the journalist arrested by Azerbaijani guards" read Azerbaijani), keeps no country
  when weighed against another report, which names the foreigner ("a Russian television
  cameraman"): the two reports' arrests join; an attack's victims keep theirs;
- a definite act noun opening a reported clause ("said on Monday that the detention was
  unjustified") takes the day of the saying, later than the act: it still joins the act its
  document told; date words after the noun are its own and keep it apart.
"""

from __future__ import annotations

from datetime import date

from event_helpers import analysed_mentions, fused_event_with_mention

from realpolitik.fusion import fuse_events
from realpolitik.fusion.person_names import same_name
from realpolitik.model import ActorMention

PUBLISHED = date(2034, 4, 17)  # a Monday


def _analyse(resources, texts: dict[str, str]):
    return analysed_mentions(resources, texts, PUBLISHED)


def _unknown(name: str) -> ActorMention:
    slug = name.lower().replace(" ", "_")
    return ActorMention("d", 0, len(name), name, f"new:{slug}", name, None, None, None, "ner")


# --- a party's acronym in a later report


def test_an_acronym_is_the_party_named_in_full() -> None:
    full = _unknown("Front Populaire pour la Dignite")
    assert same_name(_unknown("FPD"), full)
    assert same_name(_unknown("Movement for Civic Renewal"), _unknown("MCR"))


def test_letters_that_are_not_the_initials_name_another_party() -> None:
    assert not same_name(_unknown("PDF"), _unknown("Front Populaire pour la Dignite"))
    assert not same_name(_unknown("FP"), _unknown("Front Populaire"))  # two letters say too little


def test_arrests_told_with_the_full_name_and_the_acronym_join(resources) -> None:
    texts = {
        "d1": (
            "Guinean police arrested at least 30 supporters of the opposition Alliance pour la "
            "Republique on Saturday after they tried to march on the presidency in Conakry, a "
            "police statement said."
        ),
        "d2": (
            "The detention of 30 APR activists in Conakry on 15 April has angered the party's "
            "leaders abroad, according to a party official."
        ),
    }
    events = fuse_events(_analyse(resources, texts))
    arrested = fused_event_with_mention(events, "arrested")
    assert "detention" in [m.trigger for m in arrested.mentions]


# --- a held party's role noun keeps no guessed country across reports

DETAINED = (
    "Azerbaijani border guards detained a Russian television cameraman, Oleg Petrov, at a border "
    "post on Tuesday, the State Border Service said in a statement."
)
APPEALED = (
    "Relatives of the journalist arrested by Azerbaijani guards at a border post on 11 April "
    "appealed on Friday for his release, a family friend said."
)


def test_a_held_role_noun_drops_the_country_its_sentence_lent_it(resources) -> None:
    from realpolitik.fusion.cluster import without_guessed_countries

    (arrested,) = [m for m in _analyse(resources, {"d2": APPEALED}) if m.trigger == "arrested"]
    assert [a.country for a in arrested.target] == ["AZE"]  # the arresting state's, guessed
    assert [a.country for a in without_guessed_countries(arrested).target] == [None]


def test_an_arrest_retold_by_a_role_noun_joins_the_report_naming_the_foreigner(resources) -> None:
    events = fuse_events(_analyse(resources, {"d1": DETAINED, "d2": APPEALED}))
    detained = fused_event_with_mention(events, "detained")
    assert "arrested" in [m.trigger for m in detained.mentions]


def test_a_victims_guessed_country_stays_when_weighed() -> None:
    from dataclasses import replace

    from realpolitik.fusion.cluster import without_guessed_countries
    from realpolitik.model import EventMention

    traders = ActorMention(
        "d", 0, 7, "traders", "new:traders@uga", "traders", "UGA", "CVL", None, "generic+context"
    )
    m = EventMention(
        doc_id="d", char_start=0, char_end=40, sentence="Rebels killed 11 traders in Bundibugyo.",
        trigger="killed", trigger_start=7, plover_type="ASSAULT", quad_class=4, target=[traders],
    )  # fmt: skip
    assert without_guessed_countries(m).target[0].country == "UGA"
    held = replace(m, plover_type="COERCE", trigger="detained")
    assert without_guessed_countries(held).target[0].country is None


# --- a back-reference dated by the report that holds it

REPORTED = (
    "Bolivian police detained a Peruvian trade unionist, Luis Apaza, in El Alto on Sunday, a "
    "police spokesman said. Peru's foreign ministry said on Monday that the detention was "
    "unjustified and asked for consular access."
)


def test_a_definite_noun_dated_by_its_report_joins_the_earlier_act(resources) -> None:
    events = fuse_events(_analyse(resources, {"d1": REPORTED}))
    detained = fused_event_with_mention(events, "detained")
    assert "detention" in [m.trigger for m in detained.mentions]


def test_a_noun_with_its_own_later_date_stays_apart(resources) -> None:
    text = (
        "Bolivian police detained a Peruvian trade unionist, Luis Apaza, in El Alto on Sunday, a "
        "police spokesman said. Peru's foreign ministry said that the detention on Monday of "
        "a second unionist was unjustified."
    )
    events = fuse_events(_analyse(resources, {"d1": text}))
    detained = fused_event_with_mention(events, "detained")
    assert "detention" not in [m.trigger for m in detained.mentions]
