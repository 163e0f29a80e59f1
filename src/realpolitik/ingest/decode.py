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

# Bytes that are not UTF-8 are read as Windows-1252 (the encoding of most legacy English web and
# word-processor text: curly quotes, dashes, accented names) when that reading is clean: every byte
# defined, and at most this share of the letters outside ASCII. English text has well under 1 %,
# French or German a few percent; text in another 8-bit encoding (Cyrillic cp1251, Greek, Arabic)
# read as cp1252 turns nearly every letter into an accented Latin one.
MAX_CP1252_NON_ASCII_LETTER_SHARE = 0.15


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
    """Decode file contents, or raise `UndecodableError` with a reason.

    UTF-8 (BOMs honoured, UTF-16 with its BOM); bytes that are not UTF-8 at all are read as
    Windows-1252 when that reading is clean; UTF-8 with a few broken bytes is read with
    replacement characters.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise UndecodableError(f"invalid UTF-16 text ({err.reason})") from None
    if looks_binary(data[:SNIFF_BYTES]):
        raise UndecodableError("binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8-sig", errors="replace")
    if _all_non_ascii_invalid(text):
        legacy = _cp1252(data)
        if legacy is not None:
            return legacy
    replaced = text.count("\ufffd")
    if replaced and replaced / max(len(text), 1) > MAX_REPLACEMENT_SHARE:
        share = 100 * replaced / len(text)
        raise UndecodableError(f"not UTF-8 text ({share:.0f}% of characters undecodable)")
    return text


def _all_non_ascii_invalid(text: str) -> bool:
    """True when no byte sequence of the text was valid multi-byte UTF-8 (only replacements).

    A text that mixes real UTF-8 with a few stray bytes is UTF-8 with damage, not cp1252.
    """
    return all(ch == "\ufffd" for ch in text if ord(ch) > 127)


def _cp1252(data: bytes) -> str | None:
    """`data` read as Windows-1252 when that reading is clean (see the threshold), else None."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:  # one of the five bytes cp1252 leaves undefined
        return None
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return None
    non_ascii = sum(1 for ch in letters if ord(ch) > 127)
    if non_ascii / len(letters) > MAX_CP1252_NON_ASCII_LETTER_SHARE:
        return None
    return text
