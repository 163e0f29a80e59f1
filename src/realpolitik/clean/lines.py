"""Line-level features shared by the cleaning rules."""

from __future__ import annotations

import re
import unicodedata

# Invisible characters that scraped pages carry (zero-width spaces/joiners, soft hyphens, BOMs).
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")
_ELLIPSIS_END = re.compile(r"(…|\.\.\.|\[…\]|\[\.\.\.\])[\"'”’)\]]*$")
_URL_TOKEN = re.compile(
    r"""^[<("'\[]*(
        https?://\S+
      | www\.\S+
      | \d{1,3}(\.\d{1,3}){3}(:\d+)?(/\S*)?
      | [a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}/\S*
    )[>)"'\],;]*$""",
    re.IGNORECASE | re.VERBOSE,
)


def normalise_text(text: str) -> str:
    """NFC, one kind of newline and space, no invisible characters, no trailing spaces."""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def words(line: str) -> list[str]:
    return line.split()


def ends_sentence(line: str) -> bool:
    """True when the line ends like a sentence (. ! ?, maybe closed by a quote or bracket)."""
    return bool(_SENTENCE_END.search(line)) and not ends_with_ellipsis(line)


def ends_with_ellipsis(line: str) -> bool:
    """True when the line is cut off with an ellipsis (teasers, excerpts)."""
    return bool(_ELLIPSIS_END.search(line))


def is_url_token(token: str) -> bool:
    # Cheap test first: most tokens are words, and every URL/IP/domain path has a dot or a slash.
    return ("." in token or "/" in token) and bool(_URL_TOKEN.match(token))


def url_share(line: str) -> float:
    """Share of the line's tokens that are URLs, bare IP addresses or domain paths."""
    tokens = words(line)
    if not tokens:
        return 0.0
    return sum(1 for t in tokens if is_url_token(t)) / len(tokens)


# Navigation links, tags and spam anchors are a few words without sentence punctuation. Six words
# holds "agen bandar bola online indonesia" and menu items; headlines are longer than most, and
# the rules that use this only act on such lines when something else (spam next to them, a teaser
# heading above them) says they are not content.
NAV_MAX_WORDS = 6


def is_nav_like(line: str) -> bool:
    """A short line with no sentence punctuation: a link, menu item, tag or heading."""
    n = len(words(line))
    return 0 < n <= NAV_MAX_WORDS and not ends_sentence(line) and not line.endswith((",", ";", ":"))
