"""Round r25 (fuse24), classes read from fusion_own19 tune misses; every sentence here is made up
for the test (made-up names and outlets, real places):

- a vessel chased or pursued by a force ("a coast guard cutter chased a fishing boat", "marines
  pursued the X") is force used on it (COERCE), not an appeal, and a bystander's chase is no act;
- a fine or penalty imposed on a party, told in the passive ("a fine ... was imposed on the
  company by a court"), is a penalty (SANCTION), as "the court fined the company" reads;
- an act told in an "after" clause measured in days is dated from the main clause's day when
  "two days" hangs on "after" itself, and so is the act joined to it by "and" in that clause.
"""

from __future__ import annotations

from datetime import date

from event_helpers import analysed_mentions, event_holding

PUBLISHED = date(2032, 3, 12)  # a Friday


def _analyse(resources, text: str):
    return analysed_mentions(resources, {"d1": text}, PUBLISHED)


def test_a_vessel_chased_by_a_coast_guard_is_force_used_on_it(resources) -> None:
    mentions = _analyse(
        resources,
        "A coast guard cutter chased a Vietnamese fishing boat for three hours off Natuna on "
        "Monday, officials in Jakarta said.",
    )
    assert event_holding(mentions, "chased").plover_type == "COERCE"


def test_a_vessel_named_alone_and_pursued_by_marines_is_force_used_on_it(resources) -> None:
    mentions = _analyse(
        resources, "Marines pursued the Hai Long 9 across the bay before it stopped near Batam."
    )
    assert event_holding(mentions, "pursued").plover_type == "COERCE"


def test_a_chase_by_bystanders_is_no_act_of_force(resources) -> None:
    mentions = _analyse(resources, "Fans chased the team bus through the streets of Porto.")
    assert all(m.plover_type != "COERCE" for m in mentions)


def test_a_fine_imposed_in_the_passive_is_a_penalty_on_its_party(resources) -> None:
    mentions = _analyse(
        resources,
        "In May a fine of 2 million dollars was imposed on the mining company by a court in "
        "Perth, its lawyers said.",
    )
    fine = event_holding(mentions, "imposed")
    assert fine.plover_type == "SANCTION"
    assert [a.text for a in fine.target] == ["mining company"]


def test_a_penalty_imposed_by_a_regulator_is_a_sanction(resources) -> None:
    mentions = _analyse(
        resources, "The regulator imposed a penalty of 40,000 euros on the broadcaster last week."
    )
    assert event_holding(mentions, "imposed").plover_type == "SANCTION"


def test_days_hung_on_after_date_the_act_of_the_after_clause(resources) -> None:
    mentions = _analyse(
        resources,
        "Rwanda on Sunday closed its western border with Burundi until further notice, two days "
        "after gunmen from Kibira attacked a police post near Nyaruguru, a spokesman said.",
    )
    assert event_holding(mentions, "closed").date.start == "2032-03-07"
    assert event_holding(mentions, "attacked").date.start == "2032-03-05"


def test_an_act_joined_by_and_inside_the_after_clause_shares_its_day(resources) -> None:
    mentions = _analyse(
        resources,
        "KIGALI, March 12, 2032 (Lake Wire) - Rwanda on Friday closed its border with Burundi, "
        "three days after gunmen attacked a police post near Nyaruguru and killed two officers, "
        "a spokesman said.",
    )
    assert event_holding(mentions, "attacked").date.start == "2032-03-09"
    assert event_holding(mentions, "killed").date.start == "2032-03-09"
