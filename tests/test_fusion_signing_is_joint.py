"""A formal agreement signed (CAMEO 057, PLOVER SUPPORT) has no giver and taker: "A and B put
their names to an accord" and "A signed a treaty with B" may be one signing whichever side each
report puts first, as a meeting may (round r10, lead). Praise or endorsement (other SUPPORT
codes) keeps its direction. Names and sentences are our own."""

from __future__ import annotations

from test_fusion_events import day, mention

from realpolitik.fusion import fuse_events

RUR = ("RUR", "Ruritania", "RUR", None)
OST = ("OST", "Osterlich", "OST", None)


def test_a_treaty_signed_is_one_act_whichever_signatory_is_named_first() -> None:
    a = mention("a", 0, "SUPPORT", (RUR,), (OST,), trigger="signed", cameo_code="057",
                sentence="Ruritania signed a fisheries treaty with Osterlich on Monday.",
                date=day("2026-03-02"))  # fmt: skip
    b = mention("b", 0, "SUPPORT", (OST, RUR), (RUR,), trigger="inked", cameo_code="057",
                sentence="Osterlich and Ruritania inked a fisheries pact on 2 March.",
                date=day("2026-03-02"))  # fmt: skip
    assert len(fuse_events([a, b])) == 1


def test_praise_told_the_other_way_round_stays_two_acts() -> None:
    a = mention("a", 0, "SUPPORT", (RUR,), (OST,), trigger="praised", cameo_code="051",
                sentence="Ruritania praised Osterlich on Monday.", date=day("2026-03-02"))  # fmt: skip
    b = mention("b", 0, "SUPPORT", (OST,), (RUR,), trigger="praised", cameo_code="051",
                sentence="Osterlich praised Ruritania on 2 March.", date=day("2026-03-02"))  # fmt: skip
    assert len(fuse_events([a, b])) == 2
