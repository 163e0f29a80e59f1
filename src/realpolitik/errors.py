"""Errors a user can cause, with messages that name the input and the reason.

Every message that echoes something from the input (a file name, an id, a line of text) passes it
through `printable`, so that a name holding a newline cannot forge a log line and one holding an
escape sequence cannot send codes to the terminal.
"""

from __future__ import annotations

import unicodedata

# Characters that move the cursor, end a line or reorder text when printed: C0/C1 controls and
# DEL (category Cc), line/paragraph separators (Zl, Zp), lone surrogates (Cs: undecodable bytes of
# a file name) and the bidirectional overrides and isolates that make text display in another
# order than it reads (the "Trojan source" characters). Other format characters (Cf) such as the
# zero-width non-joiner are part of ordinary Persian, Arabic and Indic spelling and are kept.
_UNSAFE_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp"})
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")
_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(text: object) -> str:
    """`text` with every control character escaped (`\\n`, `\\x1b`, `\\u202e`): safe on one line.

    Applied where a message is printed (the command line), not where it is made, so that no
    message is escaped twice.
    """
    s = str(text)
    if s.isprintable():
        return s  # the common case: nothing to escape
    out = []
    for ch in s:
        if ch in _NAMED_ESCAPES:
            out.append(_NAMED_ESCAPES[ch])
        elif unicodedata.category(ch) in _UNSAFE_CATEGORIES or ch in _BIDI_CONTROLS:
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(ch)
    return "".join(out)


class RealpolitikError(Exception):
    """Base of the errors the command line reports without a traceback."""

    exit_code = 1


class UsageError(RealpolitikError):
    """The command was called wrongly (missing path, unknown kind...): exit status 2."""

    exit_code = 2


class StoreBusyError(RealpolitikError):
    """The database stayed locked by another process for longer than we wait."""


class Interrupted(BaseException):
    """The run was stopped by a signal (SIGTERM, SIGINT); `exit_code` is 128 + the signal."""

    def __init__(self, signum: int) -> None:
        import signal

        self.signum = signum
        self.exit_code = 128 + signum
        super().__init__(signal.Signals(signum).name)


class RealpolitikWarning(UserWarning):
    """Something a reader of the database should know (a run in progress, fusion pending)."""
