"""Link and SEO spam: runs of URLs, gambling vocabulary, and the anchor texts around them."""

from __future__ import annotations

from realpolitik.clean.lines import is_nav_like, url_share, words
from realpolitik.clean.vocab import spam_vocab_pattern

# A line at least half of whose tokens are URLs/IPs is a link list, not prose: prose that cites a
# source has one URL among many words. (The spam block of seed 001 is 100 % URLs.)
MAX_URL_SHARE = 0.5
# Vocabulary alone condemns only short lines: "agen bandar bola online indonesia" is spam, an
# article sentence about an online casino ban is not.
VOCAB_MAX_WORDS = 8


def is_spam_line(line: str) -> bool:
    """A line that is spam by itself: mostly URLs, or short and carrying spam vocabulary."""
    if not line:
        return False
    if url_share(line) >= MAX_URL_SHARE:
        return True
    return len(words(line)) <= VOCAB_MAX_WORDS and bool(spam_vocab_pattern().search(line))


def spam_lines(lines: list[str]) -> set[int]:
    """Spam lines, and the nav-like lines next to them (the anchors of the same link block).

    Spam blocks mix known terms with made-up site names ('KAKAPHOKI', 'badak69') that no list can
    hold; what gives them away is standing in one block with known spam. So a spam line spreads to
    the short, unpunctuated lines next to it (blank lines between them do not stop it), up to the
    first line that reads like prose.
    """
    found = {i for i, line in enumerate(lines) if is_spam_line(line)}
    for seed in sorted(found):
        for step in (-1, 1):
            j = seed + step
            while 0 <= j < len(lines) and (not lines[j] or is_nav_like(lines[j]) or j in found):
                if lines[j]:
                    found.add(j)
                j += step
    return found
