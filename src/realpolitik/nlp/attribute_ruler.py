"""spaCy's attribute ruler with its patterns found by table lookup instead of its Matcher.

The ruler of the md pipeline holds 179 patterns (tag -> POS and morphology, a few words, a few
two-word forms) over four token attributes (TAG, LOWER, DEP, IS_SPACE). spaCy runs a Matcher
with all of them at every token. Here the patterns a token starts are computed once per distinct
combination of those attributes and remembered; the matches are then sorted and applied exactly
as the ruler does (`AttributeRuler.match` and `set_annotations`: by rule number, later rules
overriding earlier ones, with spaCy's own attribute setter). A ruler with a pattern this module
does not read (an operator, another attribute or predicate) is left as it is.

A token's combination is read as integers from `Doc.to_array` (one call per document); its
strings are read from the token only the first time a combination is seen. Of the ruler's time,
making a `Token` per token to read four strings was about half. The attributes the matches set
on one token are merged first (later rules over earlier ones, as applying them in turn does:
each rule sets struct fields of that token only) and set once per token.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.attrs import IDS
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import set_token_attrs

# The token attributes patterns may test, as the Matcher reads them.
_GETTERS: dict[str, Callable[[Token], Any]] = {
    "TAG": lambda t: t.tag_,
    "LOWER": lambda t: t.lower_,
    "DEP": lambda t: t.dep_,
    "IS_SPACE": lambda t: t.is_space,
    "POS": lambda t: t.pos_,
    "ORTH": lambda t: t.orth_,
    "TEXT": lambda t: t.orth_,
    "NORM": lambda t: t.norm_,
}

Test = Callable[[tuple[Any, ...]], bool]


class _Unsupported(ValueError):
    pass


def _value_test(position: int, spec: Any) -> Test:
    """A test of one attribute (at `position` of a token's signature) against a pattern value."""
    if not isinstance(spec, dict):
        return lambda sig: bool(sig[position] == spec)
    if len(spec) != 1:
        raise _Unsupported(spec)
    ((op, value),) = spec.items()
    if op == "IN":
        members = frozenset(value)
        return lambda sig: sig[position] in members
    if op == "NOT_IN":
        outside = frozenset(value)
        return lambda sig: sig[position] not in outside
    if op == "REGEX":
        pattern = re.compile(value)
        return lambda sig: bool(pattern.search(sig[position]))
    raise _Unsupported(spec)


def _token_test(token_spec: dict[str, Any], columns: list[str]) -> Test:
    tests = []
    for attr, spec in token_spec.items():
        if attr not in _GETTERS:
            raise _Unsupported(attr)
        tests.append(_value_test(columns.index(attr), spec))
    return lambda sig: all(test(sig) for test in tests)


class PatternIndex:
    """The ruler's patterns, each a sequence of token tests, looked up by token signature."""

    def __init__(self, ruler: Any) -> None:
        patterns = ruler.patterns  # in rule order; a rule's number is its position
        columns = sorted({a for p in patterns for pat in p["patterns"] for t in pat for a in t})
        self.getters = [_GETTERS[c] for c in columns if c in _GETTERS]
        if len(self.getters) != len(columns):
            raise _Unsupported(columns)
        # The same attributes as integers (TEXT is ORTH), read for a whole document at once.
        self.attr_ids = [IDS["ORTH" if c == "TEXT" else c] for c in columns]
        # (rule number, tests of its tokens) for every pattern, in rule order.
        self.patterns: list[tuple[int, list[Test]]] = []
        # Each pattern whose first token asks a value (or one of a list) of some attribute is
        # filed under those values, so a signature seen for the first time is tested against
        # the few patterns filed under its values, not all of them (most signatures are new:
        # they hold the word).
        self._filed: dict[int, dict[Any, list[int]]] = {}  # column -> value -> patterns
        self._unfiled: list[int] = []
        for number, rule in enumerate(patterns):
            for pattern in rule["patterns"]:
                if not pattern:
                    raise _Unsupported(pattern)
                self._file(len(self.patterns), pattern[0], columns)
                self.patterns.append((number, [_token_test(t, columns) for t in pattern]))
        self.match_ids = [ruler.vocab.strings.add(str(n)) for n in range(len(patterns))]
        # signature -> the patterns it starts (see `_started`)
        self._starts: dict[tuple[Any, ...], tuple[list[int], list[int]]] = {}
        self._sigs: dict[tuple[int, ...], tuple[Any, ...]] = {}  # integer key -> signature

    def signatures(self, doc: Doc) -> list[tuple[Any, ...]]:
        """Each token's signature (its values of the attributes the patterns test)."""
        if not len(doc):
            return []
        keys: list[list[int]] = doc.to_array(self.attr_ids).reshape(len(doc), -1).tolist()  # type: ignore[assignment]
        known = self._sigs
        getters = self.getters
        sigs = []
        for i, row in enumerate(keys):
            key = tuple(row)
            sig = known.get(key)
            if sig is None:
                token = doc[i]
                sig = known[key] = tuple(get(token) for get in getters)
            sigs.append(sig)
        return sigs

    def _file(self, k: int, first: dict[str, Any], columns: list[str]) -> None:
        """File pattern `k` under the values its first token asks of one attribute (the word's
        first: fewest patterns per value), or among the unfiled ones."""
        for attr in ("LOWER", "ORTH", "TEXT", "NORM", "TAG", "POS", "DEP", "IS_SPACE"):
            spec = first.get(attr)
            if spec is None:
                continue
            if isinstance(spec, dict):
                if set(spec) != {"IN"}:
                    continue
                values = list(spec["IN"])
            else:
                values = [spec]
            by_value = self._filed.setdefault(columns.index(attr), {})
            for value in dict.fromkeys(values):
                by_value.setdefault(value, []).append(k)
            return
        self._unfiled.append(k)

    def _started(self, sig: tuple[Any, ...]) -> tuple[list[int], list[int]]:
        """The patterns whose first token `sig` matches: the rule numbers of the one-token
        patterns among them (matched already: 172 of the md pipeline's 180 patterns) and the
        longer patterns, whose other tokens are still to test."""
        found = self._starts.get(sig)
        if found is None:
            candidates = list(self._unfiled)
            for position, by_value in self._filed.items():
                candidates += by_value.get(sig[position], ())
            started = sorted(k for k in candidates if self.patterns[k][1][0](sig))
            single = [self.patterns[k][0] for k in started if len(self.patterns[k][1]) == 1]
            longer = [k for k in started if len(self.patterns[k][1]) > 1]
            found = self._starts[sig] = (single, longer)
        return found

    def matches(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """What `AttributeRuler.match` returns: (rule number, match id, start, end), sorted."""
        sigs = self.signatures(doc)
        found = set()
        for start, sig in enumerate(sigs):
            single, longer = self._started(sig)
            for number in single:
                found.add((number, start, start + 1))
            for k in longer:
                number, tests = self.patterns[k]
                end = start + len(tests)
                if end <= len(sigs) and all(
                    test(sigs[start + j]) for j, test in enumerate(tests[1:], 1)
                ):
                    found.add((number, start, end))
        return sorted((n, self.match_ids[n], s, e) for n, s, e in found)


def speed_up_attribute_ruler(ruler: Any) -> bool:
    """Make `ruler` find its patterns by `PatternIndex`; False (left as it is) when a pattern
    uses what the index does not read."""
    if getattr(ruler, "_indexed", False):
        return True
    try:
        index = PatternIndex(ruler)
    except _Unsupported:
        return False

    def set_annotations(doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        # As `AttributeRuler.set_annotations` (matches in rule order, a later rule's value of an
        # attribute replacing an earlier one's), without making a Span per match, and with the
        # attributes of all the matches on a token set in one call.
        merged: dict[int, dict[int, Any]] = {}
        for number, _, start, end in matches:
            at = ruler.indices[number]
            i = start + at if at >= 0 else end + at
            attrs = ruler.attrs[number]
            if i in merged:
                merged[i] = {**merged[i], **attrs}
            else:
                merged[i] = attrs
        for i, attrs in merged.items():
            set_token_attrs(doc[i], attrs)

    ruler.match = index.matches
    ruler.set_annotations = set_annotations
    ruler._indexed = True
    return True
