"""ACLED types of small incident snippets, through the whole per-document analysis."""

from __future__ import annotations

import pytest

from realpolitik.model import Document

pytestmark = pytest.mark.slow

# text, trigger, PLOVER type, ACLED event type, sub-event type, fatalities, location name
SNIPPETS = [
    (
        "Taliban fighters attacked a police checkpoint in Kunduz province, killing four officers.",
        "attacked", "ASSAULT", "Battles", "Armed clash", 4, "Kunduz",
    ),
    (
        "A roadside bomb killed two soldiers in North Waziristan on Tuesday.",
        "killed", "ASSAULT", "Explosions/Remote violence", "Remote explosive/landmine/IED", 2,
        "North Waziristan",
    ),
    (
        "Police arrested 12 protesters in Lahore.",
        "arrested", None, "Strategic developments", "Arrests", None, "Lahore",
    ),
    (
        "A drone strike killed a senior commander of the group in North Waziristan.",
        "killed", "ASSAULT", "Explosions/Remote violence", "Air/drone strike", 1,
        "North Waziristan",
    ),
    (
        "A suicide bomber blew himself up at a market in Quetta, killing nine civilians.",
        "blew", "ASSAULT", "Explosions/Remote violence", "Suicide bomb", 9, "Quetta",
    ),
    (
        "Gunmen attacked a mosque in Peshawar, killing six worshippers.",
        "attacked", "ASSAULT", "Violence against civilians", "Attack", 6, "Peshawar",
    ),
    (
        "Pakistani troops clashed with TTP militants in Bajaur, leaving three soldiers dead.",
        "clashed", "ASSAULT", "Battles", "Armed clash", None, "Bajaur",
    ),
    (
        "Artillery shelling by the army killed five villagers in Kunar.",
        "killed", "ASSAULT", "Explosions/Remote violence", "Shelling/artillery/missile attack", 5,
        "Kunar",
    ),
    (
        "Militants threw a grenade at a police station in Quetta, wounding two policemen.",
        "threw", "ASSAULT", "Explosions/Remote violence", "Grenade", None, "Quetta",
    ),
    (
        "Hundreds of traders protested in Karachi against new taxes.",
        "protested", "PROTEST", "Protests", "Peaceful protest", None, "Karachi",
    ),
    (
        "Police fired tear gas to disperse protesters in Islamabad.",
        "fired", None, "Protests", "Protest with intervention", None, None,
    ),
    (
        "An IED exploded near a school in Khost, killing three children.",
        "exploded", "ASSAULT", "Explosions/Remote violence", "Remote explosive/landmine/IED", 3,
        None,
    ),
    (
        "Taliban forces detained two journalists in Kabul on Monday.",
        "detained", "COERCE", "Strategic developments", "Arrests", None, "Kabul",
    ),
    (
        "Unidentified gunmen abducted an engineer in Balochistan.",
        "abducted", "ASSAULT", "Violence against civilians", "Abduction/forced disappearance",
        None, "Balochistan",
    ),
    (
        "The attack was on January 30 at a mosque in Peshawar, killing and injuring tens of "
        "Pakistanis.",
        "killing", "ASSAULT", "Violence against civilians", "Attack", None, None,
    ),
]  # fmt: skip


@pytest.fixture(scope="module")
def analyses():
    from realpolitik.pipeline import Resources, analyse_documents

    docs = [
        Document(doc_id=f"s{i}", source="test", raw=s[0], text=s[0]) for i, s in enumerate(SNIPPETS)
    ]
    return analyse_documents(docs, Resources.load())


# Known limits of the learned ACLED typing, kept visible (strict: the test fails once fixed).
KNOWN_MISSES = {
    "Police arrested 12 protesters in Lahore.": (
        "the classifier reads police arresting protesters as a protest with intervention (0.37) "
        "over arrests (0.18 + 0.067 vote). Round 11 decides the sentence as arrests (no protest "
        "told under way, `acled_protest_force`), but the arrests vote that would carry it (0.3) "
        "ties 0 on pipeline tune CV and lowers CASE check by two snippets (CASE labels such "
        "reports protest with intervention), so the decision votes 0 and the classifier decides"
    ),
}


@pytest.mark.parametrize(
    "n",
    [
        pytest.param(i, marks=pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[s[0]]))
        if s[0] in KNOWN_MISSES
        else i
        for i, s in enumerate(SNIPPETS)
    ],
)
def test_events_acled_snippet(analyses, n):
    text, trigger, ptype, event_type, sub_type, fatalities, place = SNIPPETS[n]
    found = [e for e in analyses[n].event_mentions if e.trigger.split()[0] == trigger]
    assert found, [(e.trigger, e.plover_type) for e in analyses[n].event_mentions]
    event = found[0]
    if ptype:
        assert event.plover_type == ptype
    assert (event.acled_event_type, event.acled_sub_event_type) == (event_type, sub_type)
    if fatalities is not None:
        assert event.fatalities == fatalities
    if place is not None:
        assert event.location is not None and event.location.name == place
