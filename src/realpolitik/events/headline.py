"""Headline verbs the parser reads as nouns: "Erdogan phones Aliyev", "Sudan army shells a
market", "Armenia, Azerbaijan trade fire". A headline drops articles and auxiliaries, so the
English pipeline (trained on running text) often tags its present-tense verb as a plural noun or
an adjective and makes it, or a name, the root: such a sentence has no verb to type and gives no
event, or only an event noun's with no party.

The reading here is positional, as a headline is written: an actor name, then a lower-case word
whose verb lemma the lexicon knows, then what it was done to. It runs only on a short sentence
whose root is no verb and where no verb trigger was found, so running text never reaches it (a
scan of the sentence's tokens; no second parse). The word is typed as a verb would be (a pattern
with the noun after it first: "trade fire", "recall envoy"), its source is the actors named
before it and its target those named after it, before any preposition other than one that names
the other side ("clashes with", "fire on").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from realpolitik.events.arguments import Arguments, MentionIndex
from realpolitik.events.lexicon import Lexicon, TriggerType
from realpolitik.events.triggers import Trigger

# A headline is short: wire headlines run 4-12 words; a running-text sentence with no verb root
# longer than this is a list, a caption or a parse failure of a long sentence, not a headline.
MAX_HEADLINE_WORDS = 14
# Parts of speech the parser gives a headline's verb ("phones"/NNS, "trade"/NN, "Zelensky
# thanks"/NNS, "talks"/VBZ as a compound).
VERB_READ_AS = {"NOUN", "ADJ", "VERB", "INTJ"}
# The tags of a verb the parser read as the headline's own: present, past or base form.
FINITE_TAGS = {"VBZ", "VBP", "VBD", "VB"}
# Prepositions after the verb that name the other party ("clash with", "fire on", "turn
# against"); any other ends the object ("phones X over Y": Y is the topic).
TARGET_PREPS = {"with", "against", "on", "to"}


def _is_headline(sent: Span, found: list[Trigger]) -> bool:
    """Short, and either with no verb root and no verb trigger, or a title line (no closing
    full stop: "Macron phones Tebboune as spat eases", whose parse made "Macron" a verb)."""
    words = [t for t in sent if not t.is_punct]
    if not 2 < len(words) <= MAX_HEADLINE_WORDS:
        return False
    text = sent.text.rstrip().rstrip("\"'”’")
    if not text or text.endswith("?"):
        return False
    if text[-1] not in ".!":
        return True
    return sent.root.pos_ not in {"VERB", "AUX"} and all(t.nominal for t in found)


# What a headline's subject is made of: names, nouns and their modifiers, listed with commas
# ("Armenia, Azerbaijan", "Sudan army", "Three Gulf states").
SUBJECT_POS = {"PROPN", "NOUN", "ADJ", "NUM", "DET", "PUNCT", "CCONJ", "INTJ"}


def _subject_before(tok: Token, sent: Span, index: MentionIndex) -> bool:
    """The words before `tok` are one noun phrase (or a list of them) that names an actor and
    ends in a name or a noun: "[Erdogan] phones", "[Sudan army] shells", not "the [rising]". A
    name the actor step missed counts when every word of it is capitalised ("[Macron] phones",
    which the parser tagged a verb): a headline opens with its subject."""
    before = sent.doc[sent.start : tok.i]
    for t in before:
        if (
            index.at(t) is None
            and not t.is_title
            and (t.pos_ not in SUBJECT_POS or (t.is_punct and t.text != ","))
        ):
            return False
    last = before[-1]
    if index.at(last) is None and last.pos_ not in {"PROPN", "NOUN"} and not last.is_title:
        return False
    if any(index.at(t) is not None for t in before):
        return True
    return all(t.is_title for t in before if not t.is_punct)


def _in_a_subject(tok: Token) -> bool:
    """`tok` is inside the subject of a verb the parser found ("China trade surplus widens"):
    it names the subject, not an act."""
    for anc in (tok, *tok.ancestors):
        if anc.dep_ in {"nsubj", "nsubjpass"} and anc.head.pos_ in {"VERB", "AUX"}:
            return True
    return False


def verb_lemmas(tok: Token, lex: Lexicon) -> list[str]:
    """The verb lemmas a headline word may stand for: "phones" -> phone, "denies" -> deny,
    "pushes" -> push, "trade" -> trade (the noun lemmatizer keeps "summons" whole)."""
    low = tok.lower_
    guesses = [tok.lemma_.lower(), low]
    if low.endswith("ies"):
        guesses.append(low[:-3] + "y")
    if low.endswith("es"):
        guesses.append(low[:-2])
    if low.endswith("s"):
        guesses.append(low[:-1])
    return [g for g in dict.fromkeys(guesses) if g in lex.known_verbs]


def _object_run(tok: Token, sent: Span) -> list[Token]:
    """The words right after the verb up to a preposition, punctuation or conjunction."""
    run = []
    for nxt in sent.doc[tok.i + 1 : sent.end]:
        if nxt.pos_ in {"ADP", "PUNCT", "CCONJ", "SCONJ"}:
            break
        run.append(nxt)
    return run


def _type_as_verb(
    lemma: str, run: list[Token], lex: Lexicon
) -> tuple[TriggerType, Token | None] | None:
    """The pattern of the verb with a word of its object (head first, our own patterns first;
    that word is the pattern's selector), else the verb's entry."""
    for own in (True, False):
        for obj in reversed(run):
            for word in dict.fromkeys((obj.lemma_.lower(), obj.lower_)):
                hit = lex.pattern(lemma, "", word)
                if hit and (hit.origin == "own") == own:
                    return hit, obj
    entry = lex.verb(lemma)
    return (entry, None) if entry else None


def headline_triggers(
    sent: Span, lex: Lexicon, index: MentionIndex, found: list[Trigger]
) -> list[Trigger]:
    """The headline verb the parser read as a noun, typed as a verb, when the sentence is a
    headline with none (at most one: a headline tells one act)."""
    if not _is_headline(sent, found):
        return []
    verbs = {t.token.i for t in found if not t.nominal}
    for tok in sent:
        if tok.i in verbs or (
            tok.is_lower and tok.pos_ in {"VERB", "AUX"} and tok.tag_ in FINITE_TAGS
        ):
            return []  # the parser found the headline's verb ("Houthis claim a strike")
        if tok.i == sent.start or tok.pos_ not in VERB_READ_AS or not tok.is_lower:
            continue
        if tok.ent_type_ or index.at(tok) is not None:
            continue
        if not _subject_before(tok, sent, index) or _in_a_subject(tok):
            continue
        run = _object_run(tok, sent)
        follower = sent.doc[tok.i + 1] if tok.i + 1 < sent.end else None
        if not run and (follower is None or follower.lower_ not in TARGET_PREPS):
            # nothing done to anything: "Talks collapse", "Kurds vote in a referendum"
            continue
        for lemma in verb_lemmas(tok, lex):
            typed = _type_as_verb(lemma, run, lex)
            if typed is not None:
                return [Trigger(tok, typed[0], False, typed[1], headline=True)]
    return []


def headline_arguments(tok: Token, index: MentionIndex) -> Arguments:
    """Source: the actors named before the verb; target: those named after it, up to a
    preposition other than one that names the other side."""
    sent = tok.sent
    before = [index.at(t) for t in sent.doc[sent.start : tok.i]]
    after = []
    for nxt in sent.doc[tok.i + 1 : sent.end]:
        if nxt.pos_ == "ADP" and nxt.lower_ not in TARGET_PREPS:
            break
        after.append(index.at(nxt))
    source = list({id(m): m for m in before if m}.values())
    target = [m for m in {id(m): m for m in after if m}.values() if m not in source]
    return Arguments(source, target)


# Entity types of the words between a subject and its verb that the parser misreads ("The United
# States on Friday imposed ...": "imposed" becomes an adjective of "sanctions", the sentence's
# root a name, and the act is lost).
DATE_ENTITIES = {"DATE", "TIME"}


def _after_date_adverb(tok: Token, sent: Span) -> bool:
    """`tok` comes right after "on <date>" (or a bare date) that itself follows the start of the
    sentence's subject: "Yeltsin on Saturday hosted", "The United States on Friday imposed"."""
    i = tok.i - 1
    dated = 0
    while i > sent.start and sent.doc[i].ent_type_ in DATE_ENTITIES:
        i -= 1
        dated += 1
    if not dated:
        return False
    if sent.doc[i].lower_ == "on" and i > sent.start:
        i -= 1
    return not sent.doc[i].is_punct


def dated_verb_triggers(
    sent: Span, lex: Lexicon, index: MentionIndex, found: list[Trigger]
) -> list[Trigger]:
    """ "The United States on Friday imposed sanctions on ...", "Yeltsin on Saturday hosted X":
    a past-tense verb after a date adverb between it and its subject, which the parser read as a
    modifier of its object (sentence root no verb), read as a headline verb is: typed as a verb
    with its object, its source the actors named before it, its target those after it. At most
    one per sentence, and only where the parser found no verb root."""
    if sent.root.pos_ in {"VERB", "AUX"}:
        return []
    verbs = {t.token.i for t in found if not t.nominal}
    for tok in sent:
        # the parser tags it a past participle or past tense (VBN, VBD) and hangs it as "amod"
        if tok.i in verbs or tok.tag_ not in {"VBD", "VBN"} or not tok.is_lower:
            continue
        if not _after_date_adverb(tok, sent) or not _subject_before_date(tok, sent, index):
            continue
        run = _object_run(tok, sent)
        for lemma in dict.fromkeys((tok.lemma_.lower(), *verb_lemmas(tok, lex))):
            if lemma not in lex.known_verbs:
                continue
            typed = _type_as_verb(lemma, run, lex)
            if typed is not None:
                return [Trigger(tok, typed[0], False, typed[1], headline=True)]
    return []


def _subject_before_date(tok: Token, sent: Span, index: MentionIndex) -> bool:
    """An actor is named before the date adverb, and nothing before the verb is a verb."""
    before = sent.doc[sent.start : tok.i]
    if any(t.pos_ in {"VERB", "AUX"} and t.tag_ != "VBN" for t in before):
        return False
    return any(index.at(t) is not None for t in before)
