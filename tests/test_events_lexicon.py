"""The trigger lexicon: generated CAMEO data, the crosswalk, our overrides."""

from __future__ import annotations

from pathlib import Path

import pytest

from realpolitik.events.build_lexicon import clean_code, plover_of, read_crosswalk
from realpolitik.events.lexicon import QUAD_CLASS, load_lexicon
from realpolitik.model import PLOVER_TYPES


def test_events_lexicon_loads_every_source():
    lex = load_lexicon()
    assert len(lex.verbs) > 500 and len(lex.patterns) > 1000 and lex.nouns and lex.light


def test_events_lexicon_types_are_plover():
    lex = load_lexicon()
    for ttype in [*lex.verbs.values(), *lex.nouns.values(), *lex.patterns.values()]:
        assert ttype.plover_type in PLOVER_TYPES
        assert ttype.quad_class in (1, 2, 3, 4)
        assert ttype.cameo_root is None or "01" <= ttype.cameo_root <= "20"


def test_events_lexicon_quad_classes_cover_every_type():
    assert set(QUAD_CLASS) == set(PLOVER_TYPES)


def test_events_lexicon_verbs_patterns_and_overrides():
    lex = load_lexicon()
    meet = lex.verb("meet")
    deny = lex.verb("deny")
    talks = lex.pattern("hold", "", "talks")
    assert meet and meet.plover_type == "CONSULT"
    assert deny and deny.plover_type == "REJECT"  # own override: CAMEO files it under statements
    assert talks and talks.plover_type == "CONSULT"
    assert lex.verb("take") is None  # light verb: "take the path" is no event
    air = lex.noun("strike", ["air"])
    assert air and air.plover_type == "ASSAULT"
    # a bare "strike" is a labour strike (round r5); a military one is modified or a verb
    bare_strike = lex.noun("strike")
    assert bare_strike and bare_strike.plover_type == "PROTEST"


def test_events_lexicon_clean_code():
    assert clean_code("042:043") == "042"
    assert clean_code(":173") == "173"
    assert clean_code("---") is None


def test_events_lexicon_crosswalk(shared_dir: Path):
    path = shared_dir / "data" / "plover" / "CAMEO2PLOVER-2021.txt"
    if not path.exists():
        pytest.skip("shared PLOVER data not present")
    crosswalk = read_crosswalk(path)
    assert crosswalk["042"].plover_type == "CONSULT" and crosswalk["042"].mode == "visit"
    assert plover_of("1831", crosswalk).plover_type == "ASSAULT"  # type: ignore[union-attr]
    appeal = plover_of("0231", crosswalk)
    assert appeal and appeal.plover_type == "REQUEST"  # CAMEO 02 appeals fold into REQUEST
    assert plover_of("010", crosswalk) is None  # statements are no PLOVER event
