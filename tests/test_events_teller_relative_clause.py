"""Round r36 (args40), a class read from an own77 tune miss; every sentence here is made up for
the test: an act noun with its "by" doer is the subject of a report-like passive ("The seizure of
a tanker by militiamen was reported by the shipping ministry, ..."), and a relative clause set off
by a comma on the passive's teller ("..., which said it had urged Tripoli to free the crew") says
what the teller did about it: background, so the act noun stays the sentence's main event."""

from __future__ import annotations

import pytest

from realpolitik.eval.plover import top_event


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The detention of two Omani sailors by Yemeni rebels was announced by Oman's foreign "
         "ministry, which said it had asked Sanaa to free them.", "detention"),
        ("The seizure of a Greek tanker by Libyan militiamen was reported on Tuesday by the Greek "
         "shipping ministry, which said it had urged Tripoli to release the crew.", "seizure"),
    ],
)  # fmt: skip
def test_act_noun_of_report_passive_outranks_teller_relative_clause(analyse, text, trigger):
    top = top_event(analyse(text))
    assert top is not None
    assert top.trigger.split()[0] == trigger
    assert top.plover_type == "COERCE"


def test_relative_clause_on_an_active_sentences_object_keeps_its_reading(analyse):
    # guard: the clause hangs on an active verb's object, not on a report passive's teller
    text = ("Greek officials met the shipping minister, who said he had urged Tripoli to "
            "release the crew of a seized tanker.")  # fmt: skip
    events = analyse(text)
    top = top_event(events)
    assert top is not None and top.trigger.split()[0] == "met"
    urged = next(e for e in events if e.trigger.split()[0] == "urged")
    assert urged.plover_type == "REQUEST" and urged.confidence > 0.5
