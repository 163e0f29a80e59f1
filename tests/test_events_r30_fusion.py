"""Round r30 (fuse29), classes read from fusion_own24 tune misses; every sentence here is made up
for the test (made-up names, real places):

- a body the knowledge base does not know, named right after a state's or a capital's
  possessive ("Moldova's Border Police Inspectorate", "Tbilisi's Revenue Service"), is that
  state's: the tagger leaves the possessive out of the organisation, which had no country and,
  as the doer of an arrest, could not match another report's "Moldovan border guards" (a
  two-sided arrest needs both sides to match across reports); a person's possessive gives no
  state.
"""

from __future__ import annotations

from realpolitik.model import Document
from realpolitik.pipeline import analyse_documents


def _actor(resources, text: str, name: str):
    analysis = analyse_documents([Document("t", "t", raw=text, text=text)], resources)[0]
    hits = [a for a in analysis.actor_mentions if a.text == name]
    assert hits, [a.text for a in analysis.actor_mentions]
    return hits[0]


def test_a_body_named_after_a_states_possessive_is_that_states(resources) -> None:
    text = (
        "A Ukrainian farmer was detained by Moldova's Border Police Inspectorate at the Palanca "
        "post on Friday, his family said."
    )
    assert _actor(resources, text, "Border Police Inspectorate").country == "MDA"


def test_a_body_named_after_a_capitals_possessive_is_its_states(resources) -> None:
    text = "An Armenian lorry owner was fined by Tbilisi's Revenue Service on Thursday, he said."
    assert _actor(resources, text, "Revenue Service").country == "GEO"


def test_a_persons_possessive_names_no_state_for_the_body(resources) -> None:
    text = "Businessman Arkady Belov's Northern Freight Company sued the customs office on Sunday."
    assert _actor(resources, text, "Northern Freight Company").country is None
