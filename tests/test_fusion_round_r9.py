"""Round r9 (fuse4), classes read from fusion_own3 tune misses; every sentence and name here is
our own: two unknown persons named in full in one role are two persons, an act told only as not done neither competes for nor is
recalled by a back-reference, a noun spelt as its verb ("the arrest") points back, and the
back-reference reads the family's block index, not every cluster."""

from __future__ import annotations

from test_fusion_events import day, mention
from test_fusion_unknown_names import unknown

from realpolitik.fusion import fuse_events
from realpolitik.fusion.actor_match import side_match
from realpolitik.fusion.text_cues import is_definite_anaphor


def _event_of(events: list, doc_id: str, trigger: str) -> str:
    return next(
        e.event_id for e in events for m in e.mentions if m.doc_id == doc_id and m.trigger == trigger
    )


def test_two_unknown_persons_named_in_full_in_one_role_are_two_persons() -> None:
    assert side_match([unknown("Tevita Lolohea")], [unknown("Sione Maka", "TON")]) is None
    # the same person spelt two ways, or by family name alone, still matches
    assert side_match([unknown("Tevita Lolohea")], [unknown("Tevita Lolohia", "TON")]) == 2
    assert side_match([unknown("Lolohea")], [unknown("Sione Maka", "TON")]) == 0
    # one of several persons named on both sides is enough
    both = [unknown("Tevita Lolohea"), unknown("Sione Maka")]
    assert side_match(both, [unknown("Sione Maka", "TON")]) == 2


def _event_at(events: list, doc_id: str, at: int) -> str:
    return next(
        e.event_id for e in events for m in e.mentions if m.doc_id == doc_id and m.char_start == at
    )


def test_the_visitors_second_meeting_of_the_day_stays_apart() -> None:
    visitor = ("new:mere_tupou", "Mere Tupou", None, None)
    first = ("new:tevita_lolohea", "Tevita Lolohea", "TON", None)
    second = ("new:sione_maka", "Sione Maka", None, None)
    a1 = mention("a", 0, "CONSULT", (visitor,), (first,), sentence="Mere Tupou met Tevita Lolohea.",
                 trigger="met", date=day("2025-06-03"))  # fmt: skip
    a2 = mention("a", 200, "CONSULT", (visitor,), (second,),
                 sentence="Later Mere Tupou met Sione Maka.", trigger="met",
                 date=day("2025-06-03"))  # fmt: skip
    b = mention("b", 0, "CONSULT", (("new:tupou", "Tupou", "NZL", None),), (first,),
                sentence="Tupou held talks with Tevita Lolohea on 3 June.",
                trigger="held talks", date=day("2025-06-03"))  # fmt: skip
    events = fuse_events([a1, a2, b])
    assert _event_at(events, "b", 0) != _event_at(events, "a", 200)
    assert _event_at(events, "a", 0) != _event_at(events, "a", 200)


FIRED = "Border troops of Ruritania shelled Osterlich posts near Zenda on Thursday."
NOT_RETURNED = "Osterlich said its units had not returned fire."
EXCHANGE = "Ruritanian and Osterlich troops exchanged fire near Strelsau on Saturday."
RECALLED = "Osterlich's foreign minister condemned Thursday's shelling."
RURITANIA = ("RUR.MIL", "Ruritanian troops", "RUR", "MIL")
OSTERLICH = ("OST.MIL", "Osterlich units", "OST", "MIL")


def _shelling_reports(not_done_polarity: str) -> list:
    return [
        mention("a", 0, "ASSAULT", (RURITANIA,), (OSTERLICH,), sentence=FIRED, trigger="shelled",
                date=day("2025-05-15")),
        mention("a", 100, "ASSAULT", (OSTERLICH,), (), sentence=NOT_RETURNED, trigger="returned",
                date=day("2025-05-15", from_document=True), polarity=not_done_polarity),
        mention("b", 0, "ASSAULT", (RURITANIA,), (OSTERLICH,), sentence=EXCHANGE,
                trigger="exchanged", date=day("2025-05-17")),
        mention("b", 100, "ASSAULT", sentence=RECALLED, trigger="shelling",
                date=day("2025-05-15")),
    ]  # fmt: skip


def test_an_act_told_only_as_not_done_does_not_compete_for_a_back_reference() -> None:
    events = fuse_events(_shelling_reports("negated"))
    assert _event_of(events, "b", "shelling") == _event_of(events, "a", "shelled")
    # asserted, the return of fire is a second happening of that day: the reference stays alone
    events = fuse_events(_shelling_reports("asserted"))
    assert _event_of(events, "b", "shelling") != _event_of(events, "a", "shelled")


def test_a_noun_spelt_as_its_verb_points_back() -> None:
    sentence = "Her lawyers called the arrest unlawful."
    m = mention("a", 0, "COERCE", sentence=sentence, trigger="arrest")
    assert is_definite_anaphor(m)
    assert not is_definite_anaphor(mention("a", 0, "COERCE", sentence="An arrest followed.",
                                           trigger="arrest"))  # fmt: skip
