"""Classes of phrasing of the twenty-second typing round (issue 9 item 2, round r10; own24, wire
sentences over all PLOVER roots), on sentences written for the test (not the tune sentences that
prompted them): an option not ruled out, or raised, is kept open, a threat when the act is
hostile and an intent (AGREE) when it is cooperative, and the statement is asserted; taking a
party to a court, a tribunal or arbitration, or filing or bringing a case, is legal action
(ACCUSE); armed men driven, dislodged or pushed back
are fought (ASSAULT), where people driven out are expelled; "took aim at" criticises; a case or
proposal thrown out is rejected, and moves no one; one side holding or staging an exercise or
drill shows force (MOBILIZE), a joint one is cooperation; "has no intention of" joining or doing
a cooperative act refuses it (REJECT); a sum of money given, provided or sent is aid; a deal
inked or sealed is signed (SUPPORT), a border sealed stays closed (COERCE); an invitation or
offer snubbed, calls brushed aside and complaints shrugged off are rejected; "hit back / out at"
criticises, "hit back with strikes" attacks; a ship impounded is seized; a party's ships banned
from one's ports are sanctioned."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events

from realpolitik.eval.plover import top_event
from realpolitik.events.lexicon import load_lexicon


def test_events_typing22_legal_action_force_and_rejection_rows_in_the_lexicon():
    lex = load_lexicon()
    assert lex.pattern("take", "to", "tribunal").plover_type == "ACCUSE"
    assert lex.pattern("bring", "", "lawsuit").plover_type == "ACCUSE"
    # "military action" has no row (round r10, lead: it moved no figure and cost one NGEC
    # held-apart story); "action" alone names no act
    assert lex.noun("action", ["military"]) is None
    assert lex.noun("action") is None
    assert lex.pattern("dislodge", "", "militants").plover_type == "ASSAULT"
    assert lex.pattern("push", "back", "rebels").plover_type == "ASSAULT"
    assert lex.pattern("push", "", "rebels") is None  # "pushed the rebels to talk": pressure
    assert lex.pattern("take", "", "aim").plover_type == "ACCUSE"
    assert lex.pattern("throw", "out", "petition").plover_type == "REJECT"
    assert lex.pattern("stage", "", "drill").plover_type == "MOBILIZE"
    assert lex.pattern("give", "", "dollars").plover_type == "AID"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        ("Lithuania did not rule out shutting its last border crossing with Belarus, the "
         "interior ministry said.", "THREATEN"),
        ("Seoul would not rule out imposing new tariffs on imported steel, a trade official "
         "said.", "THREATEN"),
        ("The defence minister refused to rule out air strikes on rebel camps across the "
         "border.", "THREATEN"),
        ("Brasilia would not exclude the possibility of expelling Venezuelan diplomats.",
         "THREATEN"),
        ("Bolivia has not ruled out talks with Chile on access to the sea.", "AGREE"),
        ("The European Union raised the prospect of sanctions against Serbian officials.",
         "THREATEN"),
        ("Colombia ruled out talks with the armed group.", "REJECT"),
        ("Guatemala took Belize to the International Court of Justice over their border.",
         "ACCUSE"),
        ("Peru filed a case against Chile at the World Court over their maritime border.",
         "ACCUSE"),
        ("Sudanese troops dislodged the militiamen from a ridge overlooking the town.",
         "ASSAULT"),
        ("Army units drove the separatists out of the eastern town after two days of fighting.",
         "ASSAULT"),
        ("Kurdish forces pushed the militants back from the dam, a spokesman said.", "ASSAULT"),
        ("The Polish foreign minister took aim at Hungary over its veto of the aid package.",
         "ACCUSE"),
        ("Kenya's high court threw out a petition challenging the election of the governor.",
         "REJECT"),
        ("Pakistan staged naval drills in the Arabian Sea on Thursday, the navy said.",
         "MOBILIZE"),
        ("Belarus held snap military exercises near the Polish border.", "MOBILIZE"),
        ("Kenya and Tanzania held joint military exercises near Arusha.", "COOPERATE"),
        ("Denmark has no intention of joining the proposed defence pact, the minister said.",
         "REJECT"),
        ("Sweden gave Moldova 15 million euros to repair its power grid.", "AID"),
        ("Ecuador and Peru inked an accord on fishing rights on Friday.", "SUPPORT"),
        ("Kenya and Ethiopia sealed a deal on electricity exports.", "SUPPORT"),
        ("Pakistan sealed its border with Afghanistan after the bombing.", "COERCE"),
        ("Belgrade snubbed an offer of mediation from the European Union.", "REJECT"),
        ("Guinea's junta brushed aside demands from the African Union to free the president.",
         "REJECT"),
        ("Minsk shrugged off Polish warnings over the migrants at the border.", "REJECT"),
        ("Ankara hit back at Stockholm over the burning of a Koran outside its embassy.",
         "ACCUSE"),
        ("Russia hit back with missile strikes on Ukrainian power plants.", "ASSAULT"),
        ("Greek coast guards impounded a Turkish fishing boat off Lesbos.", "COERCE"),
        ("Canada banned Russian-registered ships from its ports on Friday.", "SANCTION"),
    ],
)  # fmt: skip
def test_events_typing22_main_event_type(resources, text, plover_type):
    top = top_event(pipeline_events(text, resources))
    assert top is not None and top.plover_type == plover_type, text


@pytest.mark.slow
def test_events_typing22_an_option_kept_open_is_asserted(resources):
    events = pipeline_events(
        "Ankara did not rule out closing its airspace to Israeli flights, a minister said.",
        resources,
    )
    kept = [e for e in events if e.trigger.startswith("rule")]
    assert kept and kept[0].plover_type == "THREATEN" and kept[0].polarity == "asserted"


@pytest.mark.slow
def test_events_typing22_people_driven_out_are_still_expelled(resources):
    top = top_event(
        pipeline_events("Militiamen drove hundreds of villagers out of their homes.", resources)
    )
    assert top is not None and top.plover_type == "COERCE"
