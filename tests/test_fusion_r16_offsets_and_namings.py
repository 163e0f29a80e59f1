"""Round r16 (fuse15), classes read from fusion_own8, fusion_own9 and fusion_own10 tune misses;
every sentence and name here is our own: an act dated by an offset alone counts from the day the
sentence before names, and a hostile act named in disapproval does not take the namer as its
doer."""

from __future__ import annotations

from datetime import date

import pytest
from event_helpers import event_on, events_with_actors, token_named

from realpolitik.events.dates import resolve_date

PUBLISHED = date(2026, 5, 12)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the sentence before names one day: the offset counts from it
        ("The raid on the village last Friday killed four. Two days later, soldiers burned the "
         "market.", "burned", date(2026, 5, 10)),
        ("Monday's vote angered the opposition.\n\nThe next day, police arrested its leader in "
         "Quelimane.", "arrested", date(2026, 5, 12)),
        ("Her talks with the governor last Thursday went well. Three days later she signed the "
         "pact.", "signed", date(2026, 5, 10)),
        # an offset hung on the act's verb dates a nominal act too
        ("The army shelled the town on Sunday. The seizure of the port two days later angered "
         "Lima.", "seizure", date(2026, 5, 12)),
    ],
)  # fmt: skip
def test_an_act_dated_by_an_offset_alone_counts_from_the_day_of_the_sentence_before(
    nlp, text, trigger, expected
):
    doc = nlp(text)
    token = token_named(doc, trigger)
    info = resolve_date(token.sent, token, PUBLISHED)
    assert (info.start, info.from_document) == (expected.isoformat(), False)


@pytest.mark.parametrize(
    "text",
    [
        # two days named before: which one the story goes on from is not told
        "Talks opened on Monday and closed on Friday. The next day, the rebels shelled Tete.",
        # no day named before
        "The rebels took the bridge. Two days later, they shelled Tete.",
        # a unit the offsets do not count
        "The ministers met on 3 May. A week later, the rebels shelled Tete.",
    ],
)
def test_an_offset_without_one_day_before_it_leaves_the_document_date(nlp, text):
    doc = nlp(text)
    token = token_named(doc, "shelled")
    assert resolve_date(token.sent, token, PUBLISHED).from_document


def test_an_offset_does_not_replace_the_acts_own_date(nlp):
    doc = nlp("The vote was on Monday. Two days later, on Thursday, the rebels shelled Tete.")
    token = token_named(doc, "shelled")
    assert resolve_date(token.sent, token, PUBLISHED).start != "2026-05-13"


@pytest.mark.parametrize(
    ("text", "speaker", "act"),
    [
        ("Ankara called the arrest an outrage.", ("Ankara", "TUR", "GOV"), "arrest"),
        ("Lisbon termed the blockade a crime against its fishermen.", ("Lisbon", "PRT", "GOV"),
         "blockade"),
    ],
)  # fmt: skip
def test_a_hostile_act_named_in_disapproval_is_not_the_namers_own(nlp, text, speaker, act):
    named = event_on(events_with_actors(nlp, text, speaker), act)
    assert speaker[0] not in [a.text for a in named.source]


def test_a_hostile_act_named_in_approval_keeps_the_namer_as_its_doer(nlp):
    # a doer may praise its own act: only a disapproving naming sets the namer apart
    text = "Quito called the raid a success."
    raid = event_on(events_with_actors(nlp, text, ("Quito", "ECU", "GOV")), "raid")
    assert [a.text for a in raid.source] == ["Quito"]


def test_agreement_nouns_and_verbs_of_concluding_one_share_a_root() -> None:
    from realpolitik.fusion.back_references import act_root, same_root

    for noun in ("accord", "pact", "treaty", "deals"):
        assert same_root(act_root(noun), act_root("signed")), noun
        assert same_root(act_root(noun), act_root("agreed")), noun
    assert not same_root(act_root("pact"), act_root("seized"))


def test_a_back_reference_does_not_point_at_what_its_document_tells_only_later() -> None:
    from test_fusion_events import day, mention

    from realpolitik.fusion import fuse_events

    peru, ecuador = ("PER.GOV", "Lima", "PER", "GOV"), ("ECU.GOV", "Quito", "ECU", "GOV")
    told = mention("a", 0, "AGREE", (peru,), (ecuador,), trigger="signed", date=day("2026-05-09"),
                   sentence="Peru signed a shrimp export deal with Ecuador on Saturday.")  # fmt: skip
    praised = mention("b", 0, "AGREE", trigger="pact", date=day("2026-05-11", True),
                      sentence="The pact was praised by exporters.")  # fmt: skip
    later = mention("b", 100, "AGREE", (peru,), (ecuador,), trigger="signed",
                    date=day("2026-05-09"),
                    sentence="On Saturday Lima also signed a shrimp deal with Quito.")  # fmt: skip
    events = fuse_events([told, praised, later])
    of = {(m.doc_id, m.trigger_start): e.event_id for e in events for m in e.mentions}
    assert of[("a", told.trigger_start)] == of[("b", later.trigger_start)]
    assert of[("b", praised.trigger_start)] != of[("a", told.trigger_start)]


@pytest.mark.parametrize(
    ("text", "trigger", "polarity"),
    [
        # a trip verb in the simple present in an article's body: scheduled, not made
        ("The minister met the envoy on Monday. She flies to Bogota on Friday.", "flies",
         "intended"),
        ("The envoy travels on to Lima after the talks.", "travels", "intended"),
        ("The two ministers fly to Oslo next week.", "fly", "intended"),
        # a title line's present and a past trip report trips made
        ("Peru's president visits Quito\n\nThe president arrived on Monday.", "visits",
         "asserted"),
        ("The president visited Quito on Monday.", "visited", "asserted"),
    ],
)  # fmt: skip
def test_a_trip_told_in_the_simple_present_in_a_body_is_to_come(nlp, text, trigger, polarity):
    from realpolitik.events.polarity import polarity_of

    assert polarity_of(token_named(nlp(text), trigger)) == polarity


def test_a_live_blog_entry_tells_its_trip_as_happening_now(nlp):
    from realpolitik.events.polarity import polarity_of

    text = "09:40 - The Chilean envoy arrives at the ministry and greets reporters."
    assert polarity_of(token_named(nlp(text), "arrives")) == "asserted"
