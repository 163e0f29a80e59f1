"""A bare act noun in a state's protest ("Mogadishu protested to Nairobi, calling the expulsion
illegal") continues the earlier act of its article done TO that state's side, not the nearest
act of its kind: a look-alike told between them (Ethiopian soldiers turning back Kenyan lorries
the same day) was taken for the expulsion (round r37, fuse36: fusion_own31 tune, a push-back
of families and a look-alike by the other side's guards). Made-up sentences of our own."""

from __future__ import annotations

from test_fusion_events import day, mention

from realpolitik.fusion import fuse_events

KEN_POLICE = ("KEN.COP", "Kenya (police)", "KEN", "COP")
KEN = ("KEN", "Kenya", "KEN", None)
KEN_GOV = ("KEN.GOV", "Kenya (government)", "KEN", "GOV")
SOM = ("SOM", "Somalia", "SOM", None)
SOM_GOV = ("SOM.GOV", "Somalia (government)", "SOM", "GOV")
ETH_MIL = ("ETH.MIL", "Ethiopia (military)", "ETH", "MIL")

TUESDAY = "2045-02-28"


def _article(protest: str, noun: str, protester=SOM_GOV, addressee=KEN_GOV) -> list:
    main = "Kenyan police pushed 50 Somali herders back across the border near Mandera on Tuesday."
    lookalike = "Ethiopian soldiers turned back four Kenyan lorries at Moyale on Tuesday as well."
    return [
        mention("a", 0, "COERCE", (KEN_POLICE,), (SOM,), sentence=main, trigger="pushed",
                date=day(TUESDAY)),
        mention("a", 100, "COERCE", (ETH_MIL,), (KEN,), sentence=lookalike, trigger="turned back",
                date=day(TUESDAY)),
        mention("a", 200, "ACCUSE", (protester,), (addressee,), sentence=protest,
                trigger=protest.split()[1], date=day("2045-03-01")),
        mention("a", 200, "COERCE", (), (), sentence=protest, trigger=noun,
                date=day("2045-03-01", from_document=True)),
    ]  # fmt: skip


def _joined_with(events, trigger: str) -> set[str]:
    event = next(e for e in events if any(m.trigger == trigger for m in e.mentions))
    return {m.trigger for m in event.mentions}


def test_the_protesting_states_noun_joins_the_act_done_to_its_side() -> None:
    events = fuse_events(
        _article("Mogadishu protested to Nairobi on Wednesday, calling the expulsion illegal.",
                 "expulsion")  # fmt: skip
    )
    assert _joined_with(events, "expulsion") == {"pushed", "expulsion"}


def test_a_condemnation_in_other_words_joins_the_act_done_to_its_side() -> None:
    events = fuse_events(
        _article("Mogadishu condemned the removal of its herders as unlawful on Wednesday.",
                 "removal")  # fmt: skip
    )
    assert _joined_with(events, "removal") == {"pushed", "removal"}


def test_a_noun_with_no_protesting_state_keeps_the_nearest_act() -> None:
    # guard: a noun in a sentence no state's reaction tells keeps the nearest act of its kind
    sentence = "Witnesses said the expulsion lasted two hours."
    mentions = _article(sentence, "expulsion")
    mentions[2] = mention("a", 200, "CONSULT", (), (), sentence=sentence, trigger="said",
                          date=day("2045-03-01", from_document=True))  # fmt: skip
    events = fuse_events(mentions)
    assert _joined_with(events, "expulsion") == {"turned back", "expulsion"}
