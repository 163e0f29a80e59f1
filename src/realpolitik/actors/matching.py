"""Longest knowledge-base names in a parsed document, without per-span spaCy objects.

`find_actors` used to build a spaCy `Span` for every capitalised token and every length up to
the longest KB name (12 tokens) and normalise its text: most of the actor stage's time. Here the
tokens' texts, offsets and letters are read once into plain lists, and a span is only looked up
when its letters can be a KB key:
1. a prefix filter (`KnowledgeBase.prefix_tokens`: the first four letters of every key -> the
   most tokens a name with that prefix can have) skips tokens no name starts with and bounds
   the lengths to try;
2. a span's letters must be a key (or a plural demonym's) before `kb.lookup` runs.
Both filters only drop spans `kb.lookup` would reject, so the result is the same as before.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, ORTH, POS, SPACY
from spacy.tokens import Doc

from realpolitik.actors.candidates import Candidate, kb_kind
from realpolitik.actors.kb import PREFIX_LETTERS, KnowledgeBase, letters_of


@dataclass
class TokenTable:
    """Plain per-token columns of a spaCy doc, read once with `Doc.to_array` (iterating the doc
    would build a Python `Token` per token)."""

    text: str  # the doc's text (`Doc.text` rebuilds it from Token objects on every access)
    texts: list[str]
    starts: list[int]  # character offsets
    ends: list[int]
    skippable_end: list[bool]  # punctuation or space: a name never ends there
    is_propn: list[bool]
    _letters: list[str | None]  # lower-case letters and digits per token, computed on demand

    @classmethod
    def of(cls, sdoc: Doc) -> TokenTable:
        attrs = [ORTH, SPACY, IDX, LENGTH, IS_PUNCT, IS_SPACE, POS]
        columns = sdoc.to_array(attrs).tolist() if len(sdoc) else []
        strings = sdoc.vocab.strings
        texts = [strings[c[0]] for c in columns]
        propn = strings["PROPN"]
        return cls(
            text="".join(t + " " if c[1] else t for t, c in zip(texts, columns, strict=True)),
            texts=texts,
            starts=[c[2] for c in columns],
            ends=[c[2] + c[3] for c in columns],
            skippable_end=[bool(c[4] or c[5]) for c in columns],
            is_propn=[c[6] == propn for c in columns],
            _letters=[None] * len(columns),
        )

    def letters(self, i: int) -> str:
        part = self._letters[i]
        if part is None:
            part = self._letters[i] = letters_of(self.texts[i]).lower()
        return part

    def span_letters(self, start: int, end: int) -> str:
        return "".join(self.letters(j) for j in range(start, end))

    def head_letters(self, i: int, n: int) -> str:
        """The first `n` letters from token i on."""
        out = ""
        while i < len(self.texts) and len(out) < n:
            out += self.letters(i)
            i += 1
        return out[:n]


def _max_tokens(kb: KnowledgeBase, table: TokenTable, i: int) -> int:
    """The most tokens a KB name starting at token i can span (0: no name starts there)."""
    head = table.head_letters(i, PREFIX_LETTERS)
    best = 0
    for k in range(1, len(head) + 1):
        best = max(best, kb.prefix_tokens.get(head[:k], 0))
    return best


def _short_demonym_in_name(kb: KnowledgeBase, table: TokenTable, i: int, last: int) -> bool:
    """A short demonym ("Lao") that opens a longer capitalised name ("Lao Cai", a Vietnamese
    province): part of a place's or a firm's name, not the state (round r30, args34)."""
    return (
        table.texts[i] in kb.short_demonyms
        and last == i
        and last + 1 < len(table.texts)
        and table.texts[last + 1][:1].isupper()
    )


def _may_be_key(kb: KnowledgeBase, letters: str) -> bool:
    names = kb.names
    return (
        letters in names
        or "=" + letters.upper() in names
        or (len(letters) > 4 and letters[:-1] in names)  # plural demonyms ("Iraqis")
    )


# Lower-case articles of transliterated Arabic names: "al-Shabaab", "ash-Shabaab", "el-Sisi".
_ARTICLES = frozenset({"al", "el", "ash", "as", "ad", "an", "at", "az", "ar"})


def _article_prefix(table: TokenTable, i: int) -> bool:
    """Token i is a lower-case article glued by a hyphen to a capitalised word ("al-Qaeda")."""
    texts, starts, ends = table.texts, table.starts, table.ends
    return (
        i + 2 < len(texts)
        and texts[i] in _ARTICLES
        and texts[i + 1] == "-"
        and ends[i] == starts[i + 1]
        and ends[i + 1] == starts[i + 2]
        and texts[i + 2][:1].isupper()
    )


def match_names(sdoc: Doc, kb: KnowledgeBase, table: TokenTable | None = None) -> list[Candidate]:
    """Longest KB names, left to right; a name must start with a capital letter or a digit, or
    with a lower-case Arabic article glued to a capitalised word ("al-Shabaab", "al-Qaeda")."""
    table = table or TokenTable.of(sdoc)
    text = table.text
    out: list[Candidate] = []
    n_tokens = len(table.texts)
    i = 0
    while i < n_tokens:
        first = table.texts[i][:1]
        found = None
        if first.isupper() or first.isdigit() or _article_prefix(table, i):
            for n in range(min(_max_tokens(kb, table, i), n_tokens - i), 0, -1):
                last = i + n - 1
                if table.skippable_end[last] or not _may_be_key(
                    kb, table.span_letters(i, last + 1)
                ):
                    continue
                entries = kb.lookup(text[table.starts[i] : table.ends[last]])
                if entries and _short_demonym_in_name(kb, table, i, last):
                    entries = []
                if entries:
                    entry = entries[0]
                    found = Candidate(i, i + n, entry.actor_id, "kb", kb_kind(entry))
                    break
        if found:
            out.append(found)
            i = found.end
        else:
            i += 1
    return out
