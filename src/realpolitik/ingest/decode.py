"""Bytes -> text, telling text from binary and from hopelessly broken encodings."""

from __future__ import annotations

import codecs

# How much of a file's start is inspected to tell binary from text: enough to see past a short
# header, small enough to cost nothing.
SNIFF_BYTES = 8192

# A file whose start has more than this share of control bytes (other than tab/newline/CR/FF)
# is binary. Text in any encoding has almost none; images, archives, PDFs have 10-30 %.
MAX_CONTROL_SHARE = 0.05

# Invalid UTF-8 is decoded with U+FFFD replacements while at most this share of the characters
# are replacements: one stray latin-1 byte in an English article costs a character, not the
# article; beyond a few percent the text is not UTF-8 at all and would be garbage.
MAX_REPLACEMENT_SHARE = 0.02

_CONTROL_BYTES = frozenset(range(32)) - {9, 10, 12, 13}


class UndecodableError(ValueError):
    """The bytes are not usable text; the message is the rejection reason."""


def looks_binary(sample: bytes) -> bool:
    """True when `sample` (a file's first bytes) is not text."""
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b in _CONTROL_BYTES)
    return controls / len(sample) > MAX_CONTROL_SHARE


def decode_text(data: bytes) -> str:
    """Decode file contents as UTF-8 (BOMs honoured), or raise `UndecodableError` with a reason."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise UndecodableError(f"invalid UTF-16 text ({err.reason})") from None
    if looks_binary(data[:SNIFF_BYTES]):
        raise UndecodableError("binary file, not text")
    text = data.decode("utf-8-sig", errors="replace")
    replaced = text.count("\ufffd")
    if replaced and replaced / max(len(text), 1) > MAX_REPLACEMENT_SHARE:
        share = 100 * replaced / len(text)
        raise UndecodableError(f"not UTF-8 text ({share:.0f}% of characters undecodable)")
    return text
