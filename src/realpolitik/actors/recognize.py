"""Actor recognition (placeholder: spaCy NER only; the actors work replaces this)."""

from __future__ import annotations

from spacy.tokens import Doc

from realpolitik.actors.kb import KnowledgeBase
from realpolitik.model import Actor, ActorMention, Document


def find_actors(
    doc: Document, sdoc: Doc, kb: KnowledgeBase
) -> tuple[list[ActorMention], list[Actor]]:
    mentions: list[ActorMention] = []
    new: dict[str, Actor] = {}
    for ent in sdoc.ents:
        if ent.label_ not in {"PERSON", "ORG", "GPE", "NORP"}:
            continue
        actor_id = "new:" + ent.text.lower().replace(" ", "_")
        new.setdefault(actor_id, Actor(actor_id=actor_id, name=ent.text, kind="other"))
        mentions.append(
            ActorMention(doc.doc_id, ent.start_char, ent.end_char, ent.text, actor_id, ent.text, how="ner")
        )
    return mentions, list(new.values())
