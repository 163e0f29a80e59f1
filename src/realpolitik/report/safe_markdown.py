"""Make the Markdown brief safe to render: article text is untrusted.

The brief's own Markdown uses headings, emphasis (`**`), tables (`|`), block quotes (`>` at a
line start) and code spans, and never `<`, `&`, `[` or `]`. Every one of those characters in the
output therefore comes from the data (article sentences, titles, actor names, document ids), and
is written as an HTML character reference: no raw HTML (`<script>`, `<img onerror=...>`), no
autolink (`<javascript:...>`) and no inline or reference link (`[x](javascript:...)`) can form,
while the text still reads the same once rendered. A bare `javascript:` scheme is broken too, so
that no linkifier turns it into a link.
"""

from __future__ import annotations

import re

_SCHEME = re.compile(r"(?i)\b(javascript|vbscript|data)(\s*):")


def neutralise_markdown(text: str) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    text = text.replace("[", "&#91;").replace("]", "&#93;")
    return _SCHEME.sub(lambda m: f"{m.group(1)}{m.group(2)}&#58;", text)
