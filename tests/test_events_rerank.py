"""Features of the main-event re-ranker (`events.rerank`), on a sentence written for the test."""

from __future__ import annotations

import pytest

from realpolitik.events.lexicon import load_lexicon
from realpolitik.events.rerank import DEPS, N_FEATURES, candidate_features, trigger_token
from realpolitik.model import EventMention

pytestmark = pytest.mark.slow


def test_events_rerank_features_read_the_parse_around_each_trigger(nlp):
    text = "Officials said the rebels attacked a convoy near Goma."
    sdoc = nlp(text)
    said = EventMention("d", 0, len(text), text, "said", text.index("said"), "CONSULT", 1,
                        confidence=0.4)  # fmt: skip
    attacked = EventMention("d", 0, len(text), text, "attacked", text.index("attacked"),
                            "ASSAULT", 4, confidence=0.8)  # fmt: skip
    rows = candidate_features([said, attacked], sdoc, load_lexicon())
    assert rows.shape == (2, N_FEATURES)
    tok = trigger_token(sdoc, attacked)
    assert tok is not None and tok.text == "attacked"
    assert rows[1, 2] == 1.0 and rows[0, 2] == 0.0  # the rules' top
    assert rows[0, 11 + DEPS.index("ROOT")] == 1.0  # "said" heads the sentence
    assert rows[1, 10] == 1.0  # "attacked" is reported by "said"
    assert rows[1, 12 + len(DEPS) + 3] == 1.0 and rows[0, 12 + len(DEPS)] == 1.0  # quad classes
