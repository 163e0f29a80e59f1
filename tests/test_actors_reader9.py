"""Actor classes of issue 9, round r9 (reader9), on sentences written for the test: regional
bodies the KB lacked, and hyphenated pairs of demonyms that name one person
of two nationalities."""

from __future__ import annotations

import pytest
from actor_helpers import actors_in, by_text

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "name", "actor_id"),
    [
        ("The Pacific Islands Forum urged Canberra to cut coal exports.", "Pacific Islands Forum",
         "org:pacific_islands_forum"),
        ("The Alliance of Sahel States recalled its envoys from Abuja.", "Alliance of Sahel States",
         "org:alliance_of_sahel_states"),
    ],
)  # fmt: skip
def test_reader9_regional_bodies_and_armed_groups_are_known(nlp, text, name, actor_id):
    mentions, _ = actors_in(nlp, text)
    assert by_text(mentions, name).actor_id == actor_id


@pytest.mark.parametrize(
    ("text", "name", "actor_id"),
    [
        # the state acting in the sentence is not the person's nationality that counts
        ("Egyptian police held a Dutch-Egyptian dual national at Cairo airport.",
         "Dutch-Egyptian dual national", "NLD.CVL"),
        # no other state: English names the citizen last ("Lebanese-Australian": an Australian)
        ("A Lebanese-Australian citizen was freed after three weeks.",
         "Lebanese-Australian citizen", "AUS.CVL"),
        # a role noun keeps its sector
        ("Turkish prosecutors charged a German-Turkish journalist with propaganda.",
         "German-Turkish journalist", "DEU.MED"),
    ],
)  # fmt: skip
def test_reader9_hyphenated_demonyms_name_one_dual_national(nlp, text, name, actor_id):
    mentions, _ = actors_in(nlp, text)
    m = by_text(mentions, name)
    assert m.actor_id == actor_id
    assert not any(x.text in {"Dutch", "Lebanese", "German"} for x in mentions)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Armenian-Azerbaijani talks broke down in Brussels.", "ARM", "AZE"),
        ("The Ethiopian-Eritrean border stayed closed.", "ETH", "ERI"),
    ],
)  # fmt: skip
def test_reader9_hyphenated_demonyms_of_a_relation_stay_two_states(nlp, text, first, second):
    mentions, _ = actors_in(nlp, text)
    ids = {m.actor_id for m in mentions}
    assert {first, second} <= ids
