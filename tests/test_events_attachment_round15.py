"""Who did it to whom, issue 9 item 1's fifteenth attachment round, on sentences written for the
test (not the own held-out sentences whose misses prompted the classes): a coordinated subject
the parser folded into an opening place phrase still acts; a "between" phrase hung on a host's or
venue's name belongs to the event noun; one's own forces sent to do something are aimed at whom
the purpose clause acts on; for a verb of taking, the party something is taken "from" is acted
on; an "in a joint X" phrase makes coordinated parties act with each other."""

from __future__ import annotations

import pytest
from event_helpers import event_on, events_with_actors

from realpolitik.events import extract_events
from realpolitik.model import ActorMention, Document, Place, PlaceMention

pytestmark = pytest.mark.slow


def _pair(event) -> tuple[list[str], list[str]]:
    return [m.text for m in event.source], [m.text for m in event.target]


@pytest.mark.parametrize(
    ("text", "trigger", "venue", "parties"),
    [
        ("At talks in Geneva, Armenia and Georgia agreed to open a second rail link.", "agreed",
         "Geneva", ("Armenia", "Georgia")),
        ("During a visit to Nairobi, Uganda and Tanzania signed a pipeline accord.", "signed",
         "Nairobi", ("Uganda", "Tanzania")),
    ],
)  # fmt: skip
def test_events_round15_subject_folded_into_an_opening_place_phrase_acts(
    nlp, text, trigger, venue, parties
):
    names = [(venue, None, None)] + [(p, None, None) for p in parties]
    source, target = _pair(event_on(events_with_actors(nlp, text, *names), trigger))
    assert {*source, *target} == set(parties)  # the venue is no party


@pytest.mark.parametrize(
    ("text", "host", "parties"),
    [
        ("Talks hosted by Norway between Colombia and the ELN resumed on Monday.", "Norway",
         ("Colombia", "ELN")),
        ("Talks held in Muscat between Iran and Britain ended without a statement.", "Muscat",
         ("Iran", "Britain")),
    ],
)  # fmt: skip
def test_events_round15_between_phrase_on_a_host_or_venue_belongs_to_the_talks(
    nlp, text, host, parties
):
    names = [(host, None, None)] + [(p, None, None) for p in parties]
    source, target = _pair(event_on(events_with_actors(nlp, text, *names), "Talks"))
    assert {*source, *target} == set(parties)


@pytest.mark.parametrize(
    "text",
    [
        "Mali sent soldiers to drive the jihadists out of Menaka.",
        "Mali deployed two battalions to drive the jihadists out of Menaka.",
    ],
)
def test_events_round15_own_forces_sent_are_aimed_at_whom_the_purpose_clause_acts_on(nlp, text):
    forces = "soldiers" if "soldiers" in text else "battalions"
    events = events_with_actors(
        nlp, text, ("Mali", "MLI", None), (forces, None, "MIL", "generic"),
        ("jihadists", None, "REB"),
    )  # fmt: skip
    source, target = _pair(events[0])
    assert source == ["Mali"] and target == ["jihadists"]


def test_events_round15_forces_with_no_purpose_named_stay_the_target(nlp):
    text = "Mali deployed two battalions to the north on Monday."
    events = events_with_actors(
        nlp, text, ("Mali", "MLI", None), ("battalions", None, "MIL", "generic")
    )
    assert _pair(event_on(events, "deployed")) == (["Mali"], ["battalions"])


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Somali troops recaptured the port of Kismayo from al-Shabaab on Friday.", "recaptured"),
        ("The army wrested the airport from the rebels after a week of fighting.", "wrested"),
    ],
)
def test_events_round15_taken_from_party_is_acted_on_not_what_was_taken(nlp, text, trigger):
    taken = "Kismayo" if "Kismayo" in text else "airport"
    loser = "al-Shabaab" if "Shabaab" in text else "rebels"
    events = events_with_actors(nlp, text, (taken, "SOM", None), (loser, None, "REB"))
    assert _pair(event_on(events, trigger))[1] == [loser]


def test_events_round15_taking_with_no_from_party_keeps_its_object(nlp):
    text = "Kenyan police seized a boat carrying smugglers off Lamu."
    events = events_with_actors(
        nlp, text, ("Kenyan police", "KEN", "COP"), ("smugglers", None, None)
    )
    assert event_on(events, "seized").source[0].text == "Kenyan police"


@pytest.mark.parametrize(
    "text",
    [
        "Ghana and Togo cleared the border market in a joint sweep.",
        "Ghana and Togo searched the border market in a combined operation.",
    ],
)
def test_events_round15_in_a_joint_act_coordinated_parties_act_with_each_other(nlp, text):
    events = events_with_actors(nlp, text, ("Ghana", "GHA", None), ("Togo", "TGO", None))
    assert _pair(events[0]) == (["Ghana"], ["Togo"])


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Serbia massed troops at a barracks near the Kosovar border.", "massed"),
        ("A build-up of Serbian artillery near the Kosovar border worried NATO.", "up"),
    ],
)
def test_events_round15_forces_massed_near_a_states_border_are_aimed_at_that_state(
    nlp, text, trigger
):
    mover = "Serbia" if "Serbia " in text else "Serbian"
    events = events_with_actors(nlp, text, (mover, "SRB", None), ("Kosovar", "XKX", None))
    assert _pair(event_on(events, trigger)) == ([mover], ["Kosovar"])


def test_events_round15_forces_massed_near_their_own_border_have_no_border_target(nlp):
    text = "Serbia massed troops near the Serbian border."
    events = events_with_actors(nlp, text, ("Serbia", "SRB", None), ("Serbian", "SRB", None))
    assert _pair(event_on(events, "massed"))[1] == []


def _visit_events(nlp, text: str, visitor: str, country: str, city: str, city_country: str):
    at = text.index(city)
    where = PlaceMention(
        "d", at, at + len(city), city, Place(city, city_country, 0.0, 0.0, None, "city")
    )
    start = text.index(visitor)
    actor = ActorMention("d", start, start + len(visitor), visitor, "x", visitor, country, "GOV",
                         None, "kb")  # fmt: skip
    doc = Document(doc_id="d", source="test", raw=text, text=text)
    return extract_events(doc, nlp(text), [actor], [where])


@pytest.mark.parametrize(
    "text",
    [
        "A three-day visit by the Chilean foreign minister to Lima ended on Friday.",
        "The Chilean foreign minister's trip to Lima ended on Friday.",
    ],
)
def test_events_round15_a_visit_to_a_city_is_paid_to_its_state(nlp, text):
    events = _visit_events(nlp, text, "Chilean foreign minister", "CHL", "Lima", "PER")
    visit = event_on(events, "visit" if "visit" in text else "trip")
    assert [(m.text, m.country) for m in visit.target] == [("Lima", "PER")]


@pytest.mark.parametrize(
    ("text", "trigger", "addressee"),
    [
        ("Georgia's premier told EU leaders in Vienna, pressing for a visa waiver.", "pressing",
         "EU"),
        ("The Moldovan president wrote to the World Bank on Monday, urging debt relief.", "urging",
         "World Bank"),
    ],
)  # fmt: skip
def test_events_round15_participle_after_saying_to_someone_is_aimed_at_the_addressee(
    nlp, text, trigger, addressee
):
    speaker = "premier" if "premier" in text else "Moldovan president"
    events = events_with_actors(nlp, text, (speaker, None, "GOV"), (addressee, None, "IGO"))
    assert _pair(event_on(events, trigger))[1] == [addressee]


def test_events_round15_the_press_told_is_an_audience_not_a_target(nlp):
    text = "Georgia's premier told reporters in Vienna, pressing for a visa waiver."
    events = events_with_actors(nlp, text, ("premier", None, "GOV"), ("reporters", None, "MED"))
    assert _pair(event_on(events, "pressing"))[1] == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The rebels said they would return rifles captured from Malian soldiers.", "return"),
        ("The gang handed back a lorry it had stolen from the Red Crescent.", "handed"),
    ],
)
def test_events_round15_a_thing_handed_back_goes_to_whom_it_was_taken_from(nlp, text, trigger):
    owner = "Malian soldiers" if "Malian" in text else "Red Crescent"
    actor = "rebels" if "rebels" in text else "gang"
    events = events_with_actors(nlp, text, (actor, None, "REB"), (owner, None, None))
    assert _pair(event_on(events, trigger)) == ([actor], [owner])
