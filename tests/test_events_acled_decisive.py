"""The trigger and parties of an event the ACLED step adds (no lexicon verb carried the type)."""

from __future__ import annotations

import pytest

from realpolitik.events.acled_model import Prediction
from realpolitik.events.acled_typing import _added_event, decisive_word, names_act, subtypes
from realpolitik.model import Document

pytestmark = pytest.mark.slow  # needs the English parse


def _decisive(nlp, text: str, sub: str) -> str | None:
    sent = next(nlp(text).sents)
    tok = decisive_word(sent, subtypes()[sub], set())
    return tok.text if tok is not None else None


def test_an_actor_noun_stands_for_the_verb_that_governs_it(nlp):
    text = "Engineers of the army discovered a weapons dump near the river."
    assert _decisive(nlp, text, "Disrupted weapons use") == "discovered"


def test_an_adjective_of_armed_force_stands_for_its_verb(nlp):
    text = "Military commanders ordered the evacuation of the valley."
    assert _decisive(nlp, text, "Change to group/activity") == "ordered"


def test_a_placing_participle_stands_for_its_verb(nlp):
    text = "The Quetta-based militia moved its fighters across the river."
    assert _decisive(nlp, text, "Headquarters or base established") == "moved"


def test_a_noun_of_an_act_is_kept_as_the_trigger(nlp):
    text = "Heavy clashes between soldiers and rebels near the dam overnight."
    assert _decisive(nlp, text, "Armed clash") == "clashes"


def test_no_act_word_means_no_trigger_not_the_root(nlp):
    # The words found name actors only and no verb governs them: no event, rather than a
    # trigger on an actor word or on the copula.
    assert _decisive(nlp, "The army and the militia of the province.", "Armed clash") is None


def test_a_copula_an_adjective_and_an_actor_noun_name_no_act(nlp):
    doc = nlp("The army is strong and military rule was resented.")
    by_text = {t.text: t for t in doc}
    assert not names_act(by_text["army"])
    assert not names_act(by_text["is"])
    assert not names_act(by_text["military"])
    assert names_act(by_text["resented"])


def test_an_added_event_gets_the_parties_and_home_of_its_verb():
    from realpolitik.actors import find_actors
    from realpolitik.pipeline import Resources
    from realpolitik.places import find_places

    res = Resources.load()
    text = "A spokesman for the Indian army, Colonel Rajesh Kumar, announced the disbanding of two units."
    doc = Document(doc_id="t", source="test", raw=text, text=text)
    sdoc = res.nlp(text)
    actors, _ = find_actors(doc, sdoc, res.kb)
    places = find_places(doc, sdoc, res.gazetteer, actors)
    sub = subtypes()["Change to group/activity"]
    event = _added_event(
        doc, next(sdoc.sents), sub, Prediction(sub.name, 0.5, 0.1), [], actors, places
    )
    assert event is not None
    assert event.trigger == "announced"
    assert event.source, "the one who announced is the source"
    assert event.location is not None and event.location.country == "IND"
    assert event.location.basis == "home"  # no place named: where its source is from


def test_a_verb_tagged_as_an_adjective_with_its_own_subject_is_an_act(nlp):
    doc = nlp("Rebel forces advanced to within two miles of the airport on Sunday.")
    by_text = {t.text: t for t in doc}
    if by_text["advanced"].pos_ == "ADJ":  # the tagger's error this rule is for
        assert any(c.dep_ == "nsubj" for c in by_text["advanced"].children)
    assert names_act(by_text["advanced"])


def test_a_candidate_words_verb_in_the_present_states_no_act(nlp):
    # "army" is a candidate word, not a cue: its verb in the present states a standing role.
    text = "The national army runs the ports and the customs service of the province."
    assert _decisive(nlp, text, "Change to group/activity") is None
    text = "The national army ran the ports and the customs service of the province."
    assert _decisive(nlp, text, "Change to group/activity") == "ran"


def test_a_found_event_whose_trigger_is_a_cue_of_the_type_carries_it(nlp):
    from realpolitik.events.acled_typing import cue_trigger_events
    from realpolitik.model import EventMention

    sent = next(nlp("Sappers dismantled three explosive devices hidden in a culvert.").sents)
    verb = next(t for t in sent if t.text == "dismantled")

    def event(plover_type: str) -> EventMention:
        return EventMention(
            doc_id="d", char_start=0, char_end=len(sent.text), sentence=sent.text,
            trigger=verb.text, trigger_start=verb.idx, plover_type=plover_type, quad_class=4,
        )  # fmt: skip

    sanction = event("SANCTION")  # the lexicon's reading of "dismantle"
    assert cue_trigger_events(sent, subtypes()["Disrupted weapons use"], [sanction]) == [sanction]
    assert cue_trigger_events(sent, subtypes()["Armed clash"], [sanction]) == []
    # a speech act never carries it, cue or not
    assert cue_trigger_events(sent, subtypes()["Disrupted weapons use"], [event("ACCUSE")]) == []
