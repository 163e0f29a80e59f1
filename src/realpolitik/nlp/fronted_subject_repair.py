"""The subject the parser read into a fronted phrase: as the last names of its place list ("After
three rounds of talks in Port Louis, Mauritius and the Maldives agreed on a sea border", "After
talks in Arusha, Tanzania and Uganda signed a deal"), or as an apposition to its last noun
("Armed with machetes and clubs, a gang of cattle thieves attacked a village").

The parser reads the names after "<town>," as more places the talks were held in, and takes the
fronted phrase's own noun ("rounds", "talks") as the verb's subject, leaving its preposition
("After") with no object; the verb then names no party. Where a sentence-opening preposition has
no object and the verb's subject is the next noun, and that subject's phrase ends in a place
followed by a comma and a joined list of names that runs up to the verb, the noun is the
preposition's object again and the list's first name is the subject. Stop 68 (plover66), probe
sentences written as wire text (own100 tune: "After ... talks in Port Louis, Mauritius and the
Maldives agreed" had no parties, where "talks in Mombasa, Kenya and Somalia" had both).

The apposition: where the sentence's verb has no subject and the words right before it are a
noun phrase set off by a comma and hung as an apposition or a joined noun on a noun of a
sentence-opening clause or phrase of that verb, that phrase is the verb's subject (own100 tune:
"Armed with machetes and clubs, a gang of illegal gold miners raided a village" had no doer,
where "Armed with machetes, a gang ..." had one).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from realpolitik.nlp.tree_edit import is_verb, set_tree, tree_of

# Prepositions that open a sentence with a time or a cause before its subject. Our own list.
FRONTING_PREPS = frozenset({"after", "following", "before", "during", "despite", "amid"})


def _list_after_place(noun: Token) -> Token | None:
    """The first name joined by a comma to a proper-noun place in `noun`'s phrase, whose joined
    names run on to the end of the phrase ("in Port Louis, Mauritius and the Maldives")."""
    for place in noun.subtree:
        if place.tag_ not in {"NNP", "NNPS"} or place.dep_ not in {"pobj", "conj"}:
            continue
        names = [c for c in place.children if c.dep_ == "conj" and c.i > place.i]
        if not names or place.dep_ == "conj":
            continue
        first = names[0]
        comma = place.doc[first.i - 1] if first.i > 0 else None
        while comma is not None and comma.dep_ in {"det", "compound", "amod"}:
            comma = place.doc[comma.i - 1]
        if comma is None or comma.text != ",":
            continue
        if first.tag_ in {"NNP", "NNPS"} and first.right_edge.i == noun.right_edge.i:
            return first
    return None


def misread_fronted_list(sent: Span) -> tuple[Token, Token, Token] | None:
    """(the fronted preposition, its lost noun, the list's first name), or None."""
    opener = sent[0]
    if opener.lower_ not in FRONTING_PREPS or opener.dep_ != "prep":
        return None
    if any(c.dep_ == "pobj" for c in opener.children):
        return None
    verb = opener.head
    if not is_verb(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.left_edge.i != opener.i + 1:
        return None
    first = _list_after_place(subject)
    if first is None or subject.right_edge.i + 1 != verb.i:
        return None
    return opener, subject, first


_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "expl"}


def _opens_the_sentence(tok: Token, verb: Token) -> bool:
    """`tok` hangs, through its heads, on a child of `verb` that opens the sentence."""
    while tok.head.i != verb.i:
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return tok.left_edge.i == tok.sent.start and tok.dep_ in {"advcl", "prep", "npadvmod"}


def misread_fronted_apposition(sent: Span) -> Token | None:
    """The noun phrase a subjectless verb's fronted clause or phrase swallowed, or None."""
    for verb in sent:
        if verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.dep_ not in {"ROOT", "ccomp"}:
            continue
        if any(c.dep_ in _SUBJECTS for c in verb.children) or verb.i == sent.start:
            continue
        noun = sent.doc[verb.i - 1]
        while noun.dep_ not in {"appos", "conj"} and noun.head.i != noun.i:
            if noun.head.right_edge.i != verb.i - 1:
                break
            noun = noun.head
        if noun.dep_ not in {"appos", "conj"} or noun.tag_ not in {"NN", "NNS", "NNP", "NNPS"}:
            continue
        comma = sent.doc[noun.left_edge.i - 1]
        if comma.text == "," and _opens_the_sentence(noun, verb):
            return noun
    return None


def repair_fronted_apposition(noun: Token) -> None:
    """Hang `noun` (found by `misread_fronted_apposition`) on the verb right after it."""
    verb = noun.doc[noun.right_edge.i + 1]
    heads, deps = tree_of(noun.sent)
    heads[noun.i], deps[noun.i] = verb.i, "nsubj"
    comma = noun.doc[noun.left_edge.i - 1]
    heads[comma.i] = verb.i
    set_tree(noun.doc, heads, deps)


def repair_fronted_list(found: tuple[Token, Token, Token]) -> None:
    """The lost noun back under its preposition; the list's first name the verb's subject."""
    opener, noun, first = found
    verb = opener.head
    heads, deps = tree_of(noun.sent)
    heads[noun.i], deps[noun.i] = opener.i, "pobj"
    heads[first.i], deps[first.i] = verb.i, "nsubj"
    comma = noun.doc[first.left_edge.i - 1]
    if comma.text == ",":
        heads[comma.i] = verb.i
    set_tree(noun.doc, heads, deps)
