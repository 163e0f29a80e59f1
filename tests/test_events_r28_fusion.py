"""Round r28 (fuse27), classes read from fusion_own22 tune misses; every sentence here is made up
for the test (made-up names and outlets, real places):

- a party a later report names only by its letters ("30 APR activists") is the party another
  report named in full ("the opposition Alliance pour la Republique"), though the full name's
  small words ("pour", "la") keep it from reading as a proper name: the two reports' arrests
  join; letters that are not the name's initials do not.
"""

from __future__ import annotations

from datetime import date

from realpolitik.fusion import fuse_events
from realpolitik.fusion.person_names import same_name
from realpolitik.model import ActorMention, Document

PUBLISHED = date(2034, 4, 17)  # a Monday


def _analyse(resources, texts: dict[str, str]):
    from realpolitik.pipeline import analyse_documents

    docs = [
        Document(doc_id=name, source=name, raw=text, text=text, published=PUBLISHED)
        for name, text in texts.items()
    ]
    return [m for a in analyse_documents(docs, resources) for m in a.event_mentions]


def _event_holding(events, trigger: str):
    hits = [e for e in events if any(m.trigger == trigger for m in e.mentions)]
    assert hits, f"no event holds {trigger!r}: {[[m.trigger for m in e.mentions] for e in events]}"
    return hits[0]


def _unknown(name: str) -> ActorMention:
    slug = name.lower().replace(" ", "_")
    return ActorMention("d", 0, len(name), name, f"new:{slug}", name, None, None, None, "ner")


# --- a party's acronym in a later report


def test_an_acronym_is_the_party_named_in_full() -> None:
    full = _unknown("Front Populaire pour la Dignite")
    assert same_name(_unknown("FPD"), full)
    assert same_name(_unknown("Movement for Civic Renewal"), _unknown("MCR"))


def test_letters_that_are_not_the_initials_name_another_party() -> None:
    assert not same_name(_unknown("PDF"), _unknown("Front Populaire pour la Dignite"))
    assert not same_name(_unknown("FP"), _unknown("Front Populaire"))  # two letters say too little


def test_arrests_told_with_the_full_name_and_the_acronym_join(resources) -> None:
    texts = {
        "d1": (
            "Guinean police arrested at least 30 supporters of the opposition Alliance pour la "
            "Republique on Saturday after they tried to march on the presidency in Conakry, a "
            "police statement said."
        ),
        "d2": (
            "The detention of 30 APR activists in Conakry on 15 April has angered the party's "
            "leaders abroad, according to a party official."
        ),
    }
    events = fuse_events(_analyse(resources, texts))
    arrested = _event_holding(events, "arrested")
    assert "detention" in [m.trigger for m in arrested.mentions]
