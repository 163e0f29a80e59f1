"""One person or organisation the knowledge base does not know, named differently by two reports.

Reports spell an unknown name their own way ("Temirlan Osmonaliev" / "Osmonaliyev", "Lesly
Dorsainvil" / "Leslie Dorsainville", "Abrams-Lall" / "Abrams Lall", "Huaman" / "Huamán"), or give
it in full in one and by family name alone in another. The actors stage gives each spelling an
id of its own (`new:temirlan_osmonaliev`, `new:temirlan_osmonaliyev`), often without a country
in one of the reports, so fusion would read two different persons. Here two such names are
compared as names: the same words once accents, case and hyphens are set aside, each word
within a small edit distance of the other's; or one name a single word that is a later word of
the other (the family name; "Quispe" of "Rosa Quispe Mamani"); or the other's given and family
name without its middle name ("Ana Tavares" of "Ana Milagros Tavárez").

Only proper names count: an unknown actor the text named with capitalised words (how the
actors stage read it: a name tagged or introduced by a role, not a generic noun like
"police" or "the agriculture minister").

A title is weaker evidence: "the agriculture minister" of one report may be the "Agriculture
Minister Rosa Quispe Mamani" of another (`same_title`: the generic title of two words or more
stands right before the name in the other report's text), but many countries have one, so it
anchors a side with strength 1 only and fusion asks for more (a shared date or place).
"""

from __future__ import annotations

import re
import unicodedata

from realpolitik.actors.aliases import acronym_of
from realpolitik.model import ActorMention

# Words of a name may differ by this many edits (insertions, deletions, substitutions): one for
# words of up to five letters ("Mvula" / "Mvulla" is 1), two for longer ones ("Dorsainvil" /
# "Dorsainville", "Lesly" / "Leslie" measured on the longer word). Two different people rarely
# share a family name within two edits *and* the type, date window and other party of one
# happening, which fusion still requires.
SHORT_WORD = 5

# Particles that may stand lower-case inside a proper name ("Abu Bakr al-Baghdadi").
_PARTICLES = frozenset(
    {"al", "el", "de", "da", "do", "dos", "del", "la", "van", "von", "bin", "ibn", "der"}
)
_WORD = re.compile(r"[^\W\d_]+")
# Ranks and honorifics that open a name in one report and are translated or left out in another
# ("Captain Sorokin" / "Kapitan Sorokin", "General Kone" / "Général Koné" / "Kone"): set aside
# before two names are compared, when a word is left (round r15, fuse14: fusion_own8 tune read
# "Kapitan Sorokin" and "Captain Sorokin" as two persons named in full). Our own list, folded
# as `name_words` folds (lower case, no accents).
RANK_WORDS = frozenset(
    {
        "captain", "kapitan", "capitan", "capitaine", "kaptan", "general", "colonel", "coronel",
        "polkovnik", "commander", "comandante", "commandant", "admiral", "almirante", "amiral",
        "lieutenant", "teniente", "sergeant", "sargento", "major", "dr", "doctor", "mr", "mrs",
        "ms", "sheikh", "cheikh", "shaikh",
    }
)  # fmt: skip


def name_words(name: str) -> list[str]:
    """The words of a name, lower-case and without accents; hyphens and apostrophes split."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return [w.lower() for w in _WORD.findall(folded)]


def is_proper_name(a: ActorMention) -> bool:
    """An actor the knowledge base does not know, named with capitalised words (not a generic
    noun the actors stage read as a party)."""
    if not a.actor_id.startswith("new:") or a.how.startswith("generic"):
        return False
    words = re.findall(r"[^\W\d_]+", a.name)
    if not words or not any(len(w) >= 3 for w in words):
        return False
    return all(w[0].isupper() or w.lower() in _PARTICLES for w in words)


def title_words(a: ActorMention) -> list[str]:
    """The title an actor is named by: a generic title's own words ("agriculture minister"), or
    the words right before a proper name in its text ("Foreign Minister" of "Mongolia's Foreign
    Minister Oyunbileg Ganbaatar"); empty when there is none."""
    if a.how.startswith("generic"):
        words = name_words(a.name)
        return words if len(words) >= 2 else []
    if not is_proper_name(a) or not a.text.endswith(a.name) or a.text == a.name:
        return []
    prefix = a.text[: len(a.text) - len(a.name)]
    return [w for w in name_words(prefix) if w != "s"]  # "Mongolia's" -> mongolia


def same_title(generic: ActorMention, named: ActorMention) -> bool:
    """A generic title (two words or more: "the foreign minister") that stands right before the
    name of `named` in its report; countries, where both have one, agree."""
    if not generic.how.startswith("generic") or not is_proper_name(named):
        return False
    if generic.country and named.country and generic.country != named.country:
        return False
    title, before = title_words(generic), title_words(named)
    return bool(title) and before[-len(title) :] == title


def title_key(a: ActorMention) -> str | None:
    """A blocking key for a title: its last two words ("security adviser")."""
    words = title_words(a)
    return " ".join(words[-2:]) if len(words) >= 2 else None


def family_key(a: ActorMention) -> str | None:
    """A blocking key for a proper name: the first four letters of its last word, so that the
    spellings `same_name` accepts of one family name mostly share it (Osmonaliev/Osmonaliyev,
    Mvula/Mvulla, Dorsainvil/Dorsainville)."""
    if not is_proper_name(a):
        return None
    words = name_words(a.name)
    return words[-1][:4] if words else None


def written_key(a: ActorMention) -> str | None:
    """A blocking key for the words a known state or sector actor was written as, when they
    are a proper name other than the actor's own ("Macomia" for Mozambique's government), so
    that another report leaving that name unresolved meets it (`same_written_name`)."""
    if a.actor_id.startswith("new:") or not a.is_state_or_sector:
        return None
    words = name_words(a.text)
    if not _capitalised(a.text) or words == name_words(a.name) or not words:
        return None
    return words[-1][:4]


def same_written_name(known: ActorMention, unknown: ActorMention) -> bool:
    """One report resolved a name to a state or its government ("the town of Macomia" read as
    Mozambique's government) and another left the same written name an unknown actor with no
    country ("stormed Macomia"): the same words written name the same party (round r13,
    fuse12: fusion_own7 tune). Countries, where both have one, agree."""
    if written_key(known) is None or not is_proper_name(unknown):
        return False
    if unknown.country and unknown.country != known.country:
        return False
    return name_words(known.text) == name_words(unknown.text)


def _capitalised(text: str) -> bool:
    words = re.findall(r"[^\W\d_]+", text)
    return bool(words) and all(w[0].isupper() or w.lower() in _PARTICLES for w in words)


def same_name(a: ActorMention, b: ActorMention) -> bool:
    """Two proper names that can name one actor: spelt alike word by word, or one the family
    name of the other. Their countries, where both have one, must agree."""
    if a.country and b.country and a.country != b.country:
        return False
    if _acronym_and_name(a, b) or _acronym_and_name(b, a):
        return True
    if not (_named_actor(a) and _named_actor(b)):
        return False
    if not (a.actor_id.startswith("new:") or b.actor_id.startswith("new:")):
        return False  # two actors the knowledge base knows: their ids decide
    wa, wb = _without_rank(name_words(a.name)), _without_rank(name_words(b.name))
    if not wa or not wb:
        return False
    if len(wa) == len(wb):
        return all(_close(x, y) for x, y in zip(wa, wb, strict=True))
    short, full = (wa, wb) if len(wa) < len(wb) else (wb, wa)
    if len(short) == 1:
        # a family name alone: any word after the given name ("Quispe" of "Rosa Quispe Mamani")
        return any(_close(short[0], w) for w in full[1:])
    # a middle name left out ("Ana Tavares" of "Ana Milagros Tavárez"): the given name and the
    # last word the same, in the same order
    return _close(short[0], full[0]) and any(_close(short[-1], w) for w in full[1:])


# Letters an acronym needs to be read as a name's: two ("UN", "PM") are too often something else.
_ACRONYM_LETTERS = 3


def _acronym_and_name(short: ActorMention, full: ActorMention) -> bool:
    """`short` is the acronym of the unknown party `full` names in full: a later report's "47 RPJ
    activists" and the wire's "supporters of the opposition Rassemblement pour la Justice" (round
    r28, fuse27: fusion_own22 tune), a party, movement or union a second outlet names only by its
    letters (`actors.aliases.acronym_of`: the initials of the main words, in order). The full
    name need not pass `is_proper_name`: its small words ("pour", "for") are no particles of a
    person's name."""
    unknown = [
        x
        for x in (short, full)
        if x.actor_id.startswith("new:") and not x.how.startswith("generic")
    ]
    letters = "".join(ch for ch in short.name if ch.isalpha())
    return (
        len(unknown) == 2
        and len(letters) >= _ACRONYM_LETTERS
        and len(name_words(full.name)) >= _ACRONYM_LETTERS
        and acronym_of(short.name, full.name)
    )


def _without_rank(words: list[str]) -> list[str]:
    """The words of a name without the ranks and honorifics that open it (`RANK_WORDS`), as long
    as a word is left."""
    i = 0
    while i < len(words) - 1 and words[i] in RANK_WORDS:
        i += 1
    return words[i:]


def _named_actor(a: ActorMention) -> bool:
    """A person or organisation (not a state or a sector), known or not, with a proper name."""
    return not a.is_state_or_sector and (is_proper_name(a) or not a.actor_id.startswith("new:"))


def words_close(x: str, y: str) -> bool:
    """Two name words (`name_words`) that can be one word spelt two ways."""
    return _close(x, y)


def _close(x: str, y: str) -> bool:
    if x == y:
        return True
    if min(len(x), len(y)) < 3:
        return False
    bound = 1 if max(len(x), len(y)) <= SHORT_WORD else 2
    return edit_distance(x, y, bound) <= bound


def edit_distance(x: str, y: str, bound: int) -> int:
    """Levenshtein distance of `x` and `y`, or `bound + 1` once it is sure to exceed `bound`."""
    if abs(len(x) - len(y)) > bound:
        return bound + 1
    previous = list(range(len(y) + 1))
    for i, cx in enumerate(x, 1):
        current = [i]
        for j, cy in enumerate(y, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (cx != cy)))
        if min(current) > bound:
            return bound + 1
        previous = current
    return previous[-1]


def names_another_person(mine: list[ActorMention], theirs: list[ActorMention]) -> bool:
    """`mine` names an unknown person in full ("party chief Levan Gvasava") and the earlier
    happening names on that side only other unknown names, none a spelling or the family name
    of it: "The arrest of party chief Levan Gvasava on Thursday" does not continue the headline
    "Party deputy arrested in Batumi" (round r13, fuse12: fusion_own7 tune). A generic noun
    ("the opposition leader") or a state says nothing against the name."""
    named = [a for a in mine if is_proper_name(a) and len(name_words(a.name)) >= 2]
    others = [b for b in theirs if is_proper_name(b)]
    return bool(named) and bool(others) and not any(same_name(a, b) for a in named for b in others)
