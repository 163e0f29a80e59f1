"""Verbs of causing ("prompting X to ...", "sparked ...", "triggered ...") name no act of their
own: the caused act is typed by its own word (`light` rows in `data/events/own_triggers.tsv`;
the CAMEO dictionary's majority vote read them as criticism, ACCUSE 110). Stop 45 lead;
sentences written for the tests, not the probes that showed the class."""

from __future__ import annotations

import pytest

from realpolitik.model import Document
from realpolitik.pipeline import analyse_documents

pytestmark = pytest.mark.slow


def _types(text, resources):
    analysis = analyse_documents([Document("t", "t", raw=text, text=text)], resources)[0]
    return {e.trigger: e.plover_type for e in analysis.event_mentions}


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        ("Kenya closed its border with Somalia, prompting aid agencies to appeal for access.",
         "prompting"),
        ("The shelling of the market sparked fresh protests in the capital.", "sparked"),
        ("The arrest of the mayor triggered a strike by dock workers.", "triggered"),
    ],
)  # fmt: skip
def test_a_verb_of_causing_names_no_act(resources, text, cause):
    assert cause not in _types(text, resources)


def test_the_caused_act_keeps_its_own_type(resources):
    text = "Kenya closed its border with Somalia, prompting aid agencies to appeal for access."
    assert _types(text, resources)["closed"] == "SANCTION"
