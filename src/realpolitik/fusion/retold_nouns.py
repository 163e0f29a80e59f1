"""A document's act noun typed into a neighbouring family of the verb that told the act.

Fusion runs one type family at a time, so a document's "Police raided the party's offices on
Monday" (COERCE: police searching premises) and its later "The party called the raid an attack"
(the bare noun "raid" reads ASSAULT, a military raid) never meet: the noun, naming no party, is
continued within its own family only (`antecedents`), and `cross_family` joins only reports
naming both parties. Round r27 (fuse26, fusion_own21 tune): a cluster that names no party and
lies in one document joins the cluster of a neighbouring family (`neighbour_families.tsv`) that
names parties when

- one of its mentions is a definite noun ("the raid", "the storming"), told after that other
  cluster's mention in the same document, and every one of its mentions shares its root
  (`back_references.act_root`; a headline "Police raid ..." shares it too);
- the other cluster's mention in that document is no definite noun itself (the act was told
  there, with its parties, by its verb);
- exactly one cluster qualifies: two acts of one root ("raided ... and raided again") leave the
  noun unplaced.

Limit: within one document only; a later report's "the police raid" with no party of its own
still meets nothing in another family.
"""

from __future__ import annotations

from collections import defaultdict

from realpolitik.fusion.back_references import act_root, same_root
from realpolitik.fusion.cluster import MentionCluster
from realpolitik.fusion.cross_family import neighbour_families
from realpolitik.fusion.text_cues import is_definite_anaphor
from realpolitik.model import EventMention


def join_retold_nouns(clusters: list[MentionCluster]) -> list[MentionCluster]:
    """`clusters` with each one-document, party-less cluster of definite act nouns joined to the
    one neighbouring-family cluster whose verb told that act earlier in the document."""
    table = neighbour_families()
    by_doc: dict[str, list[MentionCluster]] = defaultdict(list)
    for c in clusters:
        if c.has_actors:
            for doc_id in c.doc_ids:
                by_doc[doc_id].append(c)
    gone: set[int] = set()
    for c in clusters:
        noun = _retold_noun(c)
        if noun is None:
            continue
        root = act_root(noun.trigger)
        partners = [
            other
            for other in by_doc.get(noun.doc_id, [])
            if other.family != c.family
            and table.allowed(c.family, other.family)
            and _told_before_by_verb(other, noun, root)
        ]
        if len(partners) != 1:
            continue
        for m in c.mentions:
            partners[0].add(m)
        gone.add(id(c))
    return [c for c in clusters if id(c) not in gone]


def _retold_noun(c: MentionCluster) -> EventMention | None:
    """The cluster's first definite noun when it names no party, lies in one document and all
    its mentions share that noun's root; else None."""
    if c.has_actors or len(c.doc_ids) != 1:
        return None
    nouns = sorted((m for m in c.mentions if is_definite_anaphor(m)), key=lambda m: m.trigger_start)
    if not nouns:
        return None
    root = act_root(nouns[0].trigger)
    if not all(same_root(root, act_root(m.trigger)) for m in c.mentions):
        return None
    return nouns[0]


def _told_before_by_verb(other: MentionCluster, noun: EventMention, root: str | None) -> bool:
    """`other` holds a mention of `noun`'s document, before it, of its root and no noun."""
    return any(
        x.doc_id == noun.doc_id
        and x.trigger_start < noun.trigger_start
        and not is_definite_anaphor(x)
        and same_root(root, act_root(x.trigger))
        for x in other.mentions
    )
