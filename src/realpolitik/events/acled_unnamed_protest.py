"""A protest told without a protest word (round r6), read from the parse.

Regional news often tells a demonstration by what its people do: "nurses down tools and gather
outside county offices demanding unpaid wages", "hundreds of schoolteachers filled the streets
over unpaid salaries", "dock workers went on strike". Such a sentence names no word of the
relevance list, so it was never a candidate, and no lexicon trigger is a protest (own7 and own8
tune: both read as no event). The ACLED codebook counts strikes and gatherings that make a demand
as demonstrations; told without force or violence they are peaceful protests. The reader votes
for that reading (`acled_typing.phrase_votes`, word groups `data/events/acled_unnamed_protest.tsv`);
force or violence in the sentence leaves the protest to the classifier and `protest_force`.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from realpolitik.events.acled_phrases import in_words, phrase_words
from realpolitik.events.civilian_blockades import closes_a_way
from realpolitik.events.infinitives import to_infinitive
from realpolitik.events.lexicon import DATA_DIR
from realpolitik.events.wordlists import read_word_groups
from realpolitik.nlp.columns import span_has_any, span_tokens

UNNAMED_PROTEST_FILE = DATA_DIR / "acled_unnamed_protest.tsv"


@lru_cache(maxsize=1)
def unnamed_protest_words() -> dict[str, frozenset[str]]:
    """The word groups of `acled_unnamed_protest.tsv` (group -> lemmas)."""
    return read_word_groups(UNNAMED_PROTEST_FILE)


def _in(tok: Token, group: str) -> bool:
    return in_words(tok, unnamed_protest_words()[group])


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects with their conjuncts and the nouns of their "of" ("hundreds of
    teachers"); a verb coordinated with another shares its subject."""
    subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subj and verb.dep_ == "conj" and verb.head.i != verb.i:
        return _subjects(verb.head)
    subj += [c for s in subj for c in s.conjuncts]
    subj += [p for s in subj for c in s.children if c.dep_ == "prep" for p in c.children]
    return subj


def _people_act(verb: Token) -> bool:
    return any(_in(s, "people") for s in _subjects(verb))


def _names_strike(tok: Token) -> bool:
    """A strike of workers: "went on strike", "staged a strike", "a general strike", "nurses
    struck", "downed tools", "walked out" (not an air or missile strike: those have no such
    frame); traders' shops shut by them (`_shuts_own_business`, round r29)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "NOUN" and lemma == "strike":
        if any(_in(c, "strike_kind") for c in tok.children if c.dep_ in {"amod", "compound"}):
            return True
        if tok.dep_ == "pobj" and tok.head.lower_ == "on":  # "went on strike", "are on strike"
            return True
        return tok.dep_ in {"dobj", "obj"} and _in(tok.head, "strike_start")
    if tok.pos_ != "VERB":
        return False
    if _shuts_own_business(tok):
        return True
    if lemma == "strike":  # "teachers struck for a third day": people strike, missiles hit
        return _people_act(tok) and not any(c.dep_ in {"dobj", "obj"} for c in tok.children)
    if lemma == "down":  # "down tools"
        return any(c.dep_ in {"dobj", "obj"} and _in(c, "tools") for c in tok.children)
    if _in(tok, "stop_verb") and any(
        c.dep_ in {"dobj", "obj"} and _in(c, "work_noun") for c in tok.children
    ):  # round r38, own39 tune: "drivers stopped work", "answered a call to stop work"
        return _people_act(tok) or _heeded_call(tok)
    if _in(tok, "refuse_verb") and _people_act(tok):  # stop 68: "nurses refused to work"
        return any(c.dep_ == "xcomp" and _in(c, "work_verb") for c in tok.children)
    if _in(tok, "walk"):  # "walked out", "walked off the job"
        return _people_act(tok) and any(
            c.dep_ in {"prt", "advmod", "prep"} and c.lower_ in {"out", "off"} for c in tok.children
        )
    return False


def _heeded_call(verb: Token) -> bool:
    """The verb is what a call or appeal asks for, and people heed, answer or follow that call
    ("traders answered a call by their association to stop work"): the call was acted on, a
    strike held, not only called for (round r38, own39 tune)."""
    call = verb.head
    if verb.dep_ not in {"acl", "relcl"} or not _in(call, "call_noun"):
        return False
    return call.dep_ in {"dobj", "obj"} and _in(call.head, "heed") and _people_act(call.head)


def _shuts_own_business(verb: Token) -> bool:
    """Traders who shut their shops ("shopkeepers shut their shops over a new tax", "traders kept
    their shops shut"; round r29, own30 tune): a verb of shutting (`shut_verb`), or "keep" with
    a shutting word as its complement, whose object is a shop (`business`) and whose subject is
    people (`people`), not an authority closing them. The strike of a market."""
    shut = _in(verb, "shut_verb") or (
        verb.lemma_.lower() == "keep"
        and any(c.dep_ in {"oprd", "acomp", "xcomp", "ccomp"} and _in(c, "shut_verb") for c in verb.children)
    )
    if not shut or not _people_act(verb):
        return False
    return any(c.dep_ in {"dobj", "obj"} and _in(c, "business") for c in verb.children)


def _gathers(tok: Token) -> bool:
    """People gathering, massing or filling the streets ("gather outside county offices"), or a
    protest named by its form, a vigil or a picket (line) (round r8, own9 tune: "hold candlelit
    vigil outside parliament against 'foreign agents' bill" had no candidate word). Either is a
    protest only in a sentence naming a demand or grievance (`unnamed_protest_acts`): a vigil for
    the victims of a disaster is none."""
    if tok.pos_ == "VERB":
        return _in(tok, "gather") and _people_act(tok)
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    return _in(tok, "gathering") or _linked_form(tok)


def _stays_away(verb: Token) -> bool:
    """People who stay home or away from work ("teachers stayed home to press for unpaid
    allowances", "drivers stayed away from the depots"; stop 68, acled51, the stop 65-67 leftover
    of a protest by withholding work: read as no event): a `stay_verb` with "home" or "away",
    read as a protest only with a demand or a purpose of pressing, as a gathering is."""
    return (
        verb.pos_ == "VERB"
        and _in(verb, "stay_verb")
        and _people_act(verb)
        and any(
            c.lower_ in {"home", "away"}
            for c in verb.children
            if c.dep_ in {"advmod", "npadvmod", "prt", "dobj"}
        )
    )


def _blocks_a_way(verb: Token) -> bool:
    """People blocking or barricading a way ("hundreds of farmers blocked the highway", "women
    barricaded the road to the mine"; stop 68, the lead's stop 67 leftover: read as no event): a
    closing verb of `civilian_blockades` whose object is a way and whose subject is people, read
    as a protest only where the sentence names a demand, as a gathering is."""
    return _people_act(verb) and closes_a_way(verb)


def _linked_form(noun: Token) -> bool:
    """A chain of people ("formed a human chain"; stop 67, own48 tune): a `linked_form` noun with
    a `linked_mod` modifier, never the noun alone."""
    return _in(noun, "linked_form") and any(
        c.dep_ in {"amod", "compound"} and _in(c, "linked_mod") for c in noun.children
    )


def unnamed_protest_acts(sent: Span) -> list[Token]:
    """The words of a strike, or of people gathering with a demand, in a sentence with no word
    of force or violence ("down", "gather" in "nurses down tools, gather outside county offices
    demanding unpaid wages"); none when the sentence tells no such protest. Where the protest is
    decided, the events on these words carry it (`acled_typing.protest_act_events`)."""
    if span_has_any(sent, unnamed_protest_words()["violence"]):
        return []
    with_demand = span_has_any(sent, unnamed_protest_words()["grievance"])
    return [
        t
        for t in span_tokens(sent)
        if _names_strike(t)
        or (with_demand or _gathers_to_press(t)) and (_gathers(t) or _stays_away(t))
        or with_demand and _blocks_a_way(t)
        or _shows_signs(t) and _demand_beside_the_signs(sent)
    ]


def _shows_signs(verb: Token) -> bool:
    """People holding, carrying or raising placards or banners ("nurses held placards", "teachers
    raised banners"; round r40, own41 tune: read as no event): the protest told by its signs."""
    return _shows_signs_of(verb) and _people_act(verb)


def _demand_beside_the_signs(sent: Span) -> bool:
    """A grievance word that is not a sign itself ("over unpaid salaries", "demanding pensions"):
    banners waved to cheer a team tell no demand."""
    return any(
        _in(t, "grievance") and not _in(t, "sign_noun") for t in span_tokens(sent)
    )


def _gathers_to_press(verb: Token) -> bool:
    """The gathering verb has a purpose clause that presses a demand ("paraded on Sunday to
    press the authorities for a police deployment", "walked to the office to urge ..."): the
    demand is told by the clause's verb, no grievance word (round r26, own27 tune: read as a
    change to group activity, the police deployment asked for taken for one made)."""
    return any(
        c.dep_ in {"advcl", "xcomp"}
        and _in(c, "press")
        and to_infinitive(c)
        for c in verb.children
    )


def reads_unnamed_protest(sent: Span) -> bool:
    """The sentence tells a protest without a protest word (`unnamed_protest_acts`)."""
    return bool(unnamed_protest_acts(sent))


def reads_kin_of_the_missing_gathered(sent: Span) -> bool:
    """Kin of missing people who sit, stand or gather, or hold up photographs ("wives of
    fishermen who vanished in custody sat outside the governor's office holding pictures"), the
    disappearance told only in the phrase that says who they are and no violence in the
    sentence: a quiet protest with the missing for its grievance, no abduction of this report
    (issue 9, stop 73, acled56: the stop 72 leftover of own53 tune, mothers of missing sons
    sitting with photographs read as an abduction). People taken in the report itself ("after
    gunmen seized thirty pupils") keep the abduction."""
    if span_has_any(sent, unnamed_protest_words()["violence"]):
        return False
    taking = phrase_words()["taking_people"]
    for verb in span_tokens(sent):
        if verb.pos_ != "VERB" or not (_in(verb, "gather") or _shows_signs_of(verb)):
            continue
        kin = [s for s in _subjects(verb) if s.dep_ == "nsubj" and _in(s, "missing_kin")]
        inside = {t.i for s in kin for t in s.subtree}
        told_inside = any(in_words(sent.doc[i], taking) for i in inside)
        taken_outside = any(
            in_words(t, taking) and t.i not in inside and not _shows_signs_of(t)
            for t in span_tokens(sent)
        )
        if kin and told_inside and not taken_outside:
            return True
    return False


def _shows_signs_of(verb: Token) -> bool:
    """A verb of showing whose object is a sign or a photograph, whoever holds it."""
    return (
        verb.pos_ == "VERB"
        and _in(verb, "show_verb")
        and any(c.dep_ in {"dobj", "obj"} and _in(c, "sign_noun") for c in verb.children)
    )
