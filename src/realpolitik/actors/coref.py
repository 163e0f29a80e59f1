"""Within-document coreference for short names: "Rahmon" after "Emomali Rahmon"."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ShortNames:
    """Family names of the people a document has named in full, in text order."""

    by_name: dict[str, tuple[int, str]] = field(default_factory=dict)  # name -> (offset, actor)

    def add(self, full_name: str, actor_id: str, offset: int) -> None:
        words = [w for w in full_name.replace(",", " ").split() if w[:1].isupper()]
        if len(words) < 2:
            return
        for short in {words[-1], " ".join(words[-2:])}:
            if len(short) >= 3 and short not in self.by_name:
                self.by_name[short] = (offset, actor_id)

    def find(self, text: str, offset: int) -> str | None:
        """The actor a short name at `offset` refers back to, if it was named in full before."""
        text = text.removesuffix("'s").removesuffix("’s").strip()
        hit = self.by_name.get(text)
        if hit and hit[0] < offset:
            return hit[1]
        return None
