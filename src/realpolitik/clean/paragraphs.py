"""Paragraphs from lines: blank lines separate them, hard-wrapped lines are joined back.

A hard-wrapped paragraph (text reflowed at a fixed width, as in e-mails, PDFs and some scrapes)
shows in its line lengths: every line is at most the wrap width W, and each line was broken
because the next word would not have fitted (len(line) + 1 + len(next word) > W). Headings and
short paragraphs fail that test (they end far from W), and so stay separate.
"""

from __future__ import annotations

from realpolitik.clean.lines import ends_sentence

# Wrap widths in the wild are 60-80 characters (72/76 in mail, ~70 in PDF text); lines longer than
# this are whole paragraphs, not wrapped ones, and break a wrapped run.
MAX_WRAP_WIDTH = 110
# A run whose longest line is shorter than this is a list or a menu, not wrapped prose.
MIN_WRAP_WIDTH = 40
# In a run where at least this share of lines meet the wrap test while not ending a sentence,
# the text is certainly wrapped, and a line that happens to end a sentence at the margin is joined
# too; elsewhere (one sentence per line, as in ECB+) a sentence end keeps its line break.
CLEARLY_WRAPPED_SHARE = 0.6
# In clearly wrapped text, a line at least this share of the width ends at the margin, not at a
# paragraph end. Seed 003 (wrapped at ~72) has a line of 67 (0.93) that the greedy test misses;
# paragraph ends in wrapped text are mostly far shorter (11 in 003).
NEAR_MARGIN_SHARE = 0.85
# Wrapped lines overshoot the estimated width by a few characters at most (a long last word).
OVERFLOW_SHARE = 1.1


def _first_word_length(line: str) -> int:
    return len(line.split(" ", 1)[0])


def wrap_width(run: list[str]) -> int:
    """The run's wrap width: the upper quartile of its line lengths.

    Not the maximum: a short paragraph or a heading that is not wrapped but sits next to wrapped
    lines must not set the width (most wrapped lines end within a few characters of it).
    """
    lengths = sorted(len(line) for line in run)
    return lengths[(3 * (len(lengths) - 1)) // 4]


def _wrap_breaks(run: list[str]) -> list[bool]:
    """For each line of a run but the last: was it broken by wrapping (join it with the next)?"""
    width = wrap_width(run)
    if len(run) < 2 or width < MIN_WRAP_WIDTH:
        return [False] * (len(run) - 1)
    pairs = range(len(run) - 1)
    # Lines clearly longer than the width were not wrapped at it: paragraphs of their own.
    fitting = [len(line) <= OVERFLOW_SHARE * width for line in run]
    # Greedy wrappers break exactly when the next word does not fit; others (fmt, editors) aim at
    # a goal width below the maximum, so a line ending near the margin is wrapped too.
    full = [
        fitting[k] and fitting[k + 1] and len(run[k]) + 1 + _first_word_length(run[k + 1]) > width
        for k in pairs
    ]
    near = [f or (fitting[k] and fitting[k + 1] and len(run[k]) >= NEAR_MARGIN_SHARE * width)
            for k, f in zip(pairs, full, strict=True)]  # fmt: skip
    open_near = sum(n and not ends_sentence(run[k]) for k, n in enumerate(near))
    if open_near >= CLEARLY_WRAPPED_SHARE * len(near):
        return near
    return [f and not ends_sentence(run[k]) for k, f in enumerate(full)]


def _join(a: str, b: str) -> str:
    # "Taliban-" + "affiliated": a word split at a hyphen keeps the hyphen and loses the space.
    if a.endswith("-") and len(a) > 1 and a[-2].isalpha():
        return a + b
    return f"{a} {b}"


def block_paragraphs(block: list[str]) -> list[str]:
    """A block of consecutive non-blank lines -> its paragraphs."""
    paragraphs: list[str] = []
    k = 0
    while k < len(block):
        if len(block[k]) > MAX_WRAP_WIDTH:
            paragraphs.append(block[k])
            k += 1
            continue
        end = k
        while end < len(block) and len(block[end]) <= MAX_WRAP_WIDTH:
            end += 1
        run = block[k:end]
        current = run[0]
        for line, joined in zip(run[1:], _wrap_breaks(run), strict=True):
            if joined:
                current = _join(current, line)
            else:
                paragraphs.append(current)
                current = line
        paragraphs.append(current)
        k = end
    return paragraphs


def paragraphs(lines: list[str]) -> list[str]:
    """Lines ('' for blank) -> paragraphs."""
    out: list[str] = []
    block: list[str] = []
    for line in [*lines, ""]:
        if line:
            block.append(line)
        elif block:
            out.extend(block_paragraphs(block))
            block = []
    return out
