"""Transliterated organisation names the entity recogniser cuts up.

"Tehreek-e-Labbaik Pakistan", "Jamaat-ud-Dawa", "Hizb-i-Wahdat", "Ahrar al-Hind": the parser
splits them at the hyphens and the recogniser keeps a fragment ("Tehreek" ORG) and the state
("Pakistan" GPE), so the name would become two wrong actors. A run of capitalised words joined by
a name connector (`name_connectors` in `data/actors/group_words.yaml`: e, i, ul, ud, al, ...),
with the capitalised words that follow it without a break, is one name: a candidate
organisation, whose country is that of a state named inside it ("... Pakistan").
"""

from __future__ import annotations

import re

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc

from realpolitik.actors.candidates import Candidate
from realpolitik.actors.context import describe, group_words, is_group_name
from realpolitik.actors.kb import KnowledgeBase
from realpolitik.actors.resolve import HONORIFICS
from realpolitik.actors.roles import role_sector
from realpolitik.nlp.token_columns import token_columns

_PLACE_LABELS = {"GPE", "LOC", "FAC"}


def _capitalised(text: str) -> bool:
    return text[:1].isupper() and text.replace("’", "").replace("'", "").isalpha()


def _hyphened_connector(sdoc: Doc, connectors: frozenset[str]) -> bool:
    """Some connector word stands next to a hyphen token: without one, no run of `_name_runs`
    is joined, and it keeps none (most documents; this reads two integer columns instead of
    walking every capitalised word's run)."""
    if not len(sdoc):
        return False
    strings = sdoc.vocab.strings
    columns = sdoc.to_array([ORTH, LOWER])
    hyphen = strings.add("-")
    hyphens = [k for k, orth in enumerate(columns[:, 0].tolist()) if orth == hyphen]
    lowers = columns[:, 1].tolist()
    n = len(lowers)
    return any(
        strings[lowers[j]] in connectors for k in hyphens for j in (k - 1, k + 1) if 0 <= j < n
    )


def _name_runs(sdoc: Doc) -> list[tuple[int, int]]:
    """Token spans [start, end) of transliterated names."""
    connectors = group_words().connectors
    if not _hyphened_connector(sdoc, connectors):
        return []
    runs = []
    i, n = 0, len(sdoc)
    while i < n:
        if not _capitalised(sdoc[i].text) or (
            i > 1 and sdoc[i - 1].text == "-" and not sdoc[i - 2].whitespace_
        ):
            i += 1
            continue
        j, joined = i + 1, False
        while j < n:
            t = sdoc[j]
            prev = sdoc[j - 1]
            # "-e-", "-ud-": connector between hyphens, glued to the words around it
            if t.text == "-" and not prev.whitespace_ and j + 1 < n:
                nxt = sdoc[j + 1]
                if nxt.lower_ in connectors and not nxt.whitespace_ or _capitalised(nxt.text):
                    j += 1
                    continue
                break
            if t.lower_ in connectors and prev.text == "-" and not t.whitespace_:
                joined, j = True, j + 1
                continue
            # "al-Hind", "ut-Tahrir": a connector glued to the next word by a hyphen
            if (
                t.lower_ in connectors
                and j + 1 < n
                and sdoc[j + 1].text == "-"
                and prev.whitespace_
            ):
                joined, j = True, j + 1
                continue
            if _capitalised(t.text) and (prev.whitespace_ or prev.text == "-"):
                j += 1
                continue
            break
        while j > i + 1 and not _capitalised(sdoc[j - 1].text):
            j -= 1
        if joined and j - i >= 3:
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


# Head nouns of a title that name no sector of their own ("army chief", "rebel leader"): the
# words before them say whose the person is.
_TITLE_HEADS = {"chief", "leader", "head"}


def _titled_person(kb: KnowledgeBase, sdoc: Doc, start: int, end: int) -> bool:
    """A run the recogniser tags as a person, with a person's title right before it ("Sudan's
    army chief Abdel Fattah al-Burhan", "commander Khalifa al-Haftar"), is a person's name, to
    be read with its role like any other (issue 9, stop 69, lead: the run became an unknown
    organisation beside the title's "Sudan's army chief", and the event took the organisation
    as its party, of no state). A group the recogniser also tags as a person is named after a
    group noun ("the militant group Jund al-Aqsa"), or by its own words (`is_group_name`), not
    after a title."""
    if start < 1 or is_group_name(sdoc[start:end].text):
        return False
    if not any(e.label_ == "PERSON" and e.start <= start and end <= e.end for e in sdoc.ents):
        return False
    title = sdoc[start - 1]
    word = title.lower_.strip(".")
    if title.tag_ not in {"NN", "NNP"} or word in group_words().group_nouns:
        return False
    return word in HONORIFICS or word in _TITLE_HEADS or role_sector(kb, [title.text]) is not None


def transliterated_names(
    kb: KnowledgeBase, sdoc: Doc, cands: list[Candidate]
) -> list[Candidate]:
    """Candidates for transliterated names; the fragments inside them are removed from `cands`
    (in place) unless a known actor already spans the whole name, and a person's name after
    a title is left to the person's candidate."""
    out = []
    place_tokens = {t.i for e in sdoc.ents if e.label_ in _PLACE_LABELS for t in e}
    for start, end in _name_runs(sdoc):
        if _titled_person(kb, sdoc, start, end):
            continue
        new = Candidate(start, end, None, "name", "org")
        state_tokens = {i for c in cands if c.kind == "state" for i in range(c.start, c.end)}
        # "Mazar-i-Sharif" is a place: a run the recogniser calls a place is left alone unless
        # its words name an organisation ("Jamiat-e-Islami Afghanistan" is kept by "Jamiat").
        if (set(range(start, end)) & place_tokens) - state_tokens and not is_group_name(
            sdoc[start:end].text
        ):
            continue
        inside = [c for c in cands if c.overlaps(new)]
        # A known name that covers the run (or reaches past it) stands.
        if any(c.actor_id and c.kind != "state" and (c.start <= start and c.end >= end
               or c.end - c.start >= end - start) for c in inside):  # fmt: skip
            continue
        if any(c.start < start or c.end > end for c in inside):
            continue
        states = [c for c in inside if c.kind == "state"]
        new.country = states[0].actor_id if states else None
        for c in inside:
            cands.remove(c)
        out.append(new)
    return out


# An acronym: two to eight capitals, digits after the first allowed ("M23", "ISWAP").
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,7}")


def acronym_groups(sdoc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """Armed groups named by an acronym right before their armed members ("ADF fighters", "JNIM
    militants"; `armed_member_nouns` of `group_words.yaml`) that no other candidate covers: the
    entity recogniser often tags such an acronym as nothing, and the KB lacks most local groups.
    A state's acronym ("US troops") is a candidate already and stays as it is."""
    armed = group_words().armed_member_nouns
    columns = token_columns(sdoc)
    texts, lowers = columns.texts, columns.lowers
    out = []
    for i in range(len(texts) - 1):
        # the two word tests on the columns: a `Token` only for an acronym before such a noun
        if (
            lowers[i + 1] in armed
            and _ACRONYM.fullmatch(texts[i])
            and sdoc[i].head.i == i + 1
            and not any(c.start <= i < c.end for c in cands)
        ):
            out.append(Candidate(i, i + 1, None, "name", "org", sector="REB"))
        elif _described_acronym(sdoc, texts, lowers, i, cands):
            kind, sector = describe(sdoc, i, i + 1)
            if kind == "group":
                out.append(Candidate(i, i + 1, None, "name", "org", sector=sector))
    return out


def _described_acronym(sdoc: Doc, texts: list[str], lowers: list[str], i: int,
                       cands: list[Candidate]) -> bool:
    """ "The ONLF, a rebel group in the Ogaden, said ...": an acronym no candidate covers,
    followed by an apposition opening with "a" or "an" (whether it names a group is `describe`'s
    reading). The recogniser tags such an acronym as nothing, so the group's members
    ("its fighters") or the apposition's generic noun became the party (round r15, args19:
    own35 tune)."""
    return (
        i + 2 < len(texts)
        and texts[i + 1] == ","
        and lowers[i + 2] in {"a", "an"}
        and _ACRONYM.fullmatch(texts[i]) is not None
        and not any(c.start <= i < c.end for c in cands)
    )
