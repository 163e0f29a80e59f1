"""A growing group of event mentions that report one happening, and the test to join it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from realpolitik.fusion.actor_match import (
    add_actors,
    has_participants,
    informative,
    is_group_noun,
    is_specific,
    side_match,
)
from realpolitik.fusion.compat import (
    intersect,
    is_symmetric,
    known_interval,
    place_rank,
    places_compatible,
    same_precise_place,
    state_and_people_coerced,
)
from realpolitik.fusion.person_names import is_proper_name
from realpolitik.fusion.stance_verbs import two_stances_in_one_sentence
from realpolitik.fusion.text_cues import (
    is_dated_by_its_report,
    is_definite_anaphor,
    is_retold_decision,
    is_wanted_act,
    repeat_and_original,
    separate_from_earlier,
    stated_date_key,
    trigger_kind,
)
from realpolitik.model import ActorMention, EventMention, Place

# Joining evidence. Across documents both participants must match and one of them be the very
# same actor (strength 2 + 1), or a shared known date or precise place must back the match:
# "Pakistan attacked" matches every Pakistani attack that month, and on the seeds "Pakistan has
# approached Tajikistan" (states only) would otherwise join the Rahmon-Malik meeting.
CROSS_DOCUMENT_MIN_MATCHES = 2
CROSS_DOCUMENT_MIN_STRENGTH = 3

# Within one document a single matching participant is enough when the text is still on the
# happening it named: close by (a paragraph or two), or naming the very same actor, or referring
# back with a definite noun ("the visit"). A verb far away with only look-alike participants
# ("ISI chief visited Kabul" pages after "the ISI director's visit to Afghanistan") is a new one.
NEARBY_CHARS = 1200

# Reports more than this many days apart (a mention's stated date, else its document's date,
# against the span of a happening's reports) are not one happening. Without it a state-level
# match ("Pakistan -> Afghanistan", both sides matched) joined reports of any year, and every
# mention was compared with every cluster of its country: the work grew with the square of the
# archive. 30 days, as for stories (`story_graph.WINDOW_DAYS`): coverage of one happening falls
# within days; a look-back months later states its date, and a stated date is compared as such.
WINDOW_DAYS = 30


@dataclass
class Join:
    """How a mention would join a cluster: its score and whether source/target are swapped."""

    score: float
    swapped: bool


@dataclass
class Anchors:
    """How the participants of a mention match a cluster's."""

    matched: int  # participants (sides) matched
    strength: int  # summed match strength
    identical: bool  # some participant is the very same person or organisation


@dataclass
class MentionCluster:
    index: int  # creation order: the deterministic tie-break
    family: str
    mentions: list[EventMention] = field(default_factory=list)
    source: list[ActorMention] = field(default_factory=list)
    target: list[ActorMention] = field(default_factory=list)
    interval: tuple[date, date] | None = None
    place: Place | None = None
    doc_ids: Counter[str] = field(default_factory=Counter)
    symmetric: bool = False
    kind: str | None = None  # the specific trigger kind (raid, bombing...) once one is named
    wanted: bool = False  # made of wanted acts ("to discuss"), not reported ones
    stated_dates: dict[str, set[str]] = field(default_factory=dict)  # doc -> date words
    swaps: list[bool] = field(default_factory=list)  # per mention: were its sides swapped
    span: tuple[date, date] | None = None  # hull of the mentions' times (`mention_time`)
    source_tokens: frozenset[str] = frozenset()  # `_tokens` of source and target
    target_tokens: frozenset[str] = frozenset()

    @property
    def has_actors(self) -> bool:
        return bool(informative(self.source) or informative(self.target))

    @property
    def two_sided(self) -> bool:
        return bool(informative(self.source) and informative(self.target))

    def add(self, m: EventMention, swapped: bool = False) -> None:
        source, target = (m.target, m.source) if swapped else (m.source, m.target)
        if not self.mentions:
            self.symmetric = is_symmetric(m)
            self.wanted = is_wanted_act(m)
        self.mentions.append(m)
        self.swaps.append(swapped)
        self.doc_ids[m.doc_id] += 1
        self.kind = self.kind or trigger_kind(m)
        key = None if is_definite_anaphor(m) else stated_date_key(m)
        if key:
            self.stated_dates.setdefault(m.doc_id, set()).add(key)
        add_actors(self.source, source, {a.actor_id for a in self.target})
        add_actors(self.target, target, {a.actor_id for a in self.source})
        self.source_tokens, self.target_tokens = _tokens(self.source), _tokens(self.target)
        common = intersect(self.interval, known_interval(m.date))
        if common is not False:
            self.interval = common
        when = mention_time(m)
        if when is not None:
            self.span = when if self.span is None else (
                min(self.span[0], when[0]), max(self.span[1], when[1])
            )
        if m.location is not None and (
            self.place is None or place_rank(m.location) < place_rank(self.place)
        ):
            self.place = m.location

    def remove(self, leaving: list[EventMention]) -> None:
        """Rebuild without `leaving` (they moved to another cluster)."""
        gone = {id(m) for m in leaving}
        kept = [
            (m, sw) for m, sw in zip(self.mentions, self.swaps, strict=True) if id(m) not in gone
        ]
        fresh = MentionCluster(self.index, self.family)
        for m, swapped in kept:
            fresh.add(m, swapped)
        self.__dict__.update(fresh.__dict__)

    def compatible(self, m: EventMention) -> bool:
        """Date, place, trigger kind and kind of report allow `m` to be this happening."""
        if intersect(self.interval, known_interval(m.date)) is False and not self._reported_later(m):
            return False
        if days_apart(self.span, mention_time(m)) > WINDOW_DAYS:
            return False
        if not places_compatible(self.place, m.location):
            return False
        kind = trigger_kind(m)
        if kind and self.kind and kind != self.kind:
            return False
        if any(state_and_people_coerced(x, m) for x in self.mentions):
            return False  # a takeover of a country is not an arrest in one of its towns
        if is_wanted_act(m) != self.wanted and not self._shares_sentence(m):
            return False
        if any(two_stances_in_one_sentence(x, m) for x in self.mentions):
            return False  # "welcomed the accord and thanked Oslo": a welcome and a thanks
        if any(repeat_and_original(x, m) for x in self.mentions):
            return False  # "closed the crossing ... then shut it again": two closures
        if any(separate_from_earlier(x, m) for x in self.mentions):
            return False  # "In a separate attack in Jolo ...": not an act told before it
        # A sentence's date words may date another happening in it ("The raid followed a
        # bombing earlier on Sunday"): a back-reference is not held to them.
        return is_definite_anaphor(m) or not self._other_stated_date(m)

    def join(self, m: EventMention, tokens: MentionTokens | None = None) -> Join | None:
        """How well `m` fits (None: it cannot be this happening). `tokens`: `mention_tokens(m)`
        when the caller holds them (they are the same for every cluster it tries)."""
        if days_apart(self.span, mention_time(m)) > WINDOW_DAYS:
            return None  # the cheapest test first; `compatible` repeats it
        if m.doc_id not in self.doc_ids:
            weighed = without_guessed_countries(m)
            if weighed is not m:
                m, tokens = weighed, None
        tokens = tokens or mention_tokens(m)
        interval = known_interval(m.date)
        same_doc = m.doc_id in self.doc_ids
        orientations = [False, True] if self.symmetric or is_symmetric(m) else [False]
        best: Join | None = None
        for swapped in orientations:
            anchors = self.anchors(m, swapped, tokens)
            if anchors is None or not self._enough(m, anchors, same_doc, interval):
                continue
            score = anchors.strength + (1.0 if same_doc else 0.0)
            if interval and self.interval:
                score += 0.5
            if self.place is not None and m.location is not None:
                score += 0.5
            if best is None or score > best.score:
                best = Join(score, swapped)
        # The participants are tested first: they rule out most clusters, and faster.
        if best is None or not self.compatible(m):
            return None
        return best

    def orientation_for(self, m: EventMention) -> bool | None:
        """The orientation in which `m`'s participants do not conflict (None: none does)."""
        orientations = [False, True] if self.symmetric or is_symmetric(m) else [False]
        for swapped in orientations:
            if self.anchors(m, swapped) is not None:
                return swapped
        return None

    def anchors(
        self, m: EventMention, swapped: bool, tokens: MentionTokens | None = None
    ) -> Anchors | None:
        """How the participants match, or None when they conflict."""
        source, target = (m.target, m.source) if swapped else (m.source, m.target)
        theirs_source, theirs_target = tokens or mention_tokens(m)
        if swapped:
            theirs_source, theirs_target = theirs_target, theirs_source
        possible = not (
            _disjoint(self.source_tokens, theirs_source)
            or _disjoint(self.target_tokens, theirs_target)
        )
        # Two readings of one sentence may name one collective act by two of its group nouns
        # ("Workers walked off the job as the unions began a general strike").
        alike = self._shares_sentence(m) or self._same_day_and_town(m)
        # one group noun told with and without a country names one party across reports only,
        # on one stated day
        bare = m.doc_id not in self.doc_ids and self._same_stated_day(m)
        on_source = side_match(self.source, source, alike, bare) if possible else None
        on_target = side_match(self.target, target, alike, bare) if on_source is not None else None
        if on_source is not None and on_target is not None:
            return Anchors(
                bool(on_source) + bool(on_target),
                on_source + on_target,
                _shares_specific(self.source, source) or _shares_specific(self.target, target),
            )
        # A symmetric event may list both participants as its source ("A and B met").
        if not (self.symmetric and is_symmetric(m)):
            return None
        ours, theirs = self.source + self.target, source + target
        if _disjoint(self.source_tokens | self.target_tokens, theirs_source | theirs_target):
            return None
        together = side_match(ours, theirs)
        if together is None:
            return None
        matched = min(len(informative(ours)), len(informative(theirs))) if together else 0
        return Anchors(matched, together, _shares_specific(ours, theirs))

    def _enough(
        self,
        m: EventMention,
        anchors: Anchors,
        same_doc: bool,
        interval: tuple[date, date] | None,
    ) -> bool:
        """Enough evidence to join, given how the participants matched."""
        # An unknown name with no country counts here: another report may name it too. A title
        # ("the agriculture minister") counts only when it matched a name (`anchors.matched`):
        # unmatched, it is a generic noun like any other.
        mention_has_actors = has_participants(m.source) or has_participants(m.target)
        cluster_has_actors = has_participants(self.source) or has_participants(self.target)
        if anchors.matched == 0 and (not mention_has_actors or not cluster_has_actors):
            # Without participants only the same precise place on an overlapping date joins.
            return (not mention_has_actors and not self.has_actors) and _same_time_and_place(
                self, m, interval
            )
        if anchors.matched == 0:
            return False
        # Both sides named on both: both must match, or "Pakistan -> Taliban" would join
        # "Pakistan -> Tajikistan" through Pakistan alone.
        if self.two_sided and informative(m.source) and informative(m.target):
            if anchors.matched < 2:
                return False
        backed = bool(interval and self.interval) or same_precise_place(self.place, m.location)
        if same_doc:
            return backed or anchors.identical or self._near(m) or is_definite_anaphor(m)
        if (
            anchors.matched >= CROSS_DOCUMENT_MIN_MATCHES
            and anchors.strength >= CROSS_DOCUMENT_MIN_STRENGTH
        ):
            return True
        return backed

    def _near(self, m: EventMention) -> bool:
        return any(
            x.doc_id == m.doc_id and abs(x.trigger_start - m.trigger_start) <= NEARBY_CHARS
            for x in self.mentions
        )

    def _same_day_and_town(self, m: EventMention) -> bool:
        """Another report states the same single day and names the same town: its group nouns
        ("two youths" / "two young men", "hawkers" / "vendors") of one state and sector may name
        this happening's party, as two readings of one sentence may (round r43, fuse42:
        fusion_own37 tune, a shooting's victims told by two group nouns stayed apart)."""
        if m.doc_id in self.doc_ids or self.interval is None:
            return False
        mine = known_interval(m.date)
        return (
            mine is not None
            and mine[0] == mine[1]
            and mine == self.interval
            and same_precise_place(self.place, m.location)
        )

    def _same_stated_day(self, m: EventMention) -> bool:
        """`m` states the one day this happening's reports stated."""
        mine = known_interval(m.date)
        return mine is not None and mine[0] == mine[1] and mine == self.interval

    def _shares_sentence(self, m: EventMention) -> bool:
        return any(x.doc_id == m.doc_id and x.char_start == m.char_start for x in self.mentions)

    def _reported_later(self, m: EventMention) -> bool:
        """`m` is a back-reference dated by the report that holds it (`is_dated_by_its_report`)
        or by the act it is told under (`is_retold_decision`), and that date comes after this
        happening: the act was told before it was spoken of."""
        mine = known_interval(m.date)
        if mine is None or self.interval is None:
            return False
        if not (is_dated_by_its_report(m) or is_retold_decision(m)):
            return False
        return mine[0] > self.interval[1]

    def _other_stated_date(self, m: EventMention) -> bool:
        """The same text gave this happening other date words ('on Friday' vs 'on Sunday').

        Resolved dates are compared as intervals; this catches the ones no calendar could place
        (no publication date), and a resolved date against a differently worded one that may not
        be the same day.
        """
        key = stated_date_key(m)
        held = self.stated_dates.get(m.doc_id)
        if not key or not held or key in held:
            return False
        mine = known_interval(m.date)
        if mine is None or self.interval is None:
            return True
        return False  # both resolved and overlapping (checked in `compatible`): "2021", "Sept 2021"


MentionTokens = tuple[frozenset[str], frozenset[str]]

# Types whose target is held, taken or punished by the source, often abroad: a fisherman, a
# reporter or a crew is as often a foreigner as the holding state's own (`_guessed_target`).
HELD_PARTY_TYPES = frozenset({"COERCE", "SANCTION"})


def without_guessed_countries(m: EventMention) -> EventMention:
    """`m` with no country on the unknown persons whose country was only their sentence's one
    country (`how` "+context"), when it is weighed against another report's happening. The guess
    is the other party's country as often as the person's own: "Defence Minister Kate Holloway
    had held talks with Prime Minister James Kaupa" made the Australian minister a Papua New
    Guinean, and she then conflicted with "Australia's defence minister" of the first report
    (round r10, fuse6: fusion_own3 tune). Within one report the guess stays: there the article's
    other mentions are the better evidence, and dropping it there joined a second meeting of the
    same afternoon (fusion_own1 tune). The speaker's "home" place read from that guess goes with
    it: "Minister Marcia Abrams Lall on 11 February accused Caracas" was placed in Venezuela
    because the minister was guessed Venezuelan (round r12, fuse9: fusion_own1 tune). `m`
    itself when nothing is guessed."""
    held = m.plover_type in HELD_PARTY_TYPES
    if not any(_guessed(a) for a in m.source) and not any(
        _guessed_target(a, held) for a in m.target
    ):
        return m
    return replace(
        m,
        source=[replace(a, country=None) if _guessed(a) else a for a in m.source],
        target=[replace(a, country=None) if _guessed_target(a, held) else a for a in m.target],
        location=None if _home_of_a_guess(m) else m.location,
    )


def _home_of_a_guess(m: EventMention) -> bool:
    """The mention's place is its speaker's home country, and only a guessed country of a
    source gives that country (`places.locate.home`)."""
    where = m.location
    if where is None or where.basis != "home" or where.country is None:
        return False
    guessed = {a.country for a in m.source if _guessed(a)}
    stated = {a.country for a in m.source if not _guessed(a)}
    return where.country in guessed and where.country not in stated


def _guessed(a: ActorMention) -> bool:
    return a.country is not None and a.country_from_context and is_proper_name(a)


def _guessed_target(a: ActorMention, held: bool) -> bool:
    """A guessed country of a party acted on: a name's (`_guessed`), or, for a party arrested,
    seized or sanctioned (`held`), a role noun's: "the Vostok-24 correspondent arrested at the
    Larsi checkpoint" took Georgia's, the arresting state's, where another report's "a Russian
    television reporter" is Russia's (round r28, fuse27: fusion_own22 tune). Victims of an
    attack keep theirs: they are coded by where they are hit, and dropping it lost a right join
    of "the August massacre of 11 traders" (fusion_own18 tune)."""
    if _guessed(a):
        return True
    return held and a.country is not None and a.country_from_context and is_group_noun(a)


def mention_tokens(m: EventMention) -> MentionTokens:
    """`_tokens` of the mention's source and target."""
    return _tokens(m.source), _tokens(m.target)


def _tokens(actors: list[ActorMention]) -> frozenset[str]:
    """What two actors must share for `actor_match.match_strength` to be above 0: their id or
    their country. Two sides with no token in common cannot match (`side_match` is None), which
    is decided here without comparing every pair."""
    out = set()
    for a in informative(actors):
        out.add("a:" + a.actor_id)
        if a.country is not None:
            out.add("c:" + a.country)
    return frozenset(out)


def _disjoint(ours: frozenset[str], theirs: frozenset[str]) -> bool:
    """Both sides name someone, and nothing they name can match."""
    return bool(ours) and bool(theirs) and ours.isdisjoint(theirs)


def mention_time(m: EventMention) -> tuple[date, date] | None:
    """When a mention says its happening was: its stated interval, else its document's day."""
    stated = known_interval(m.date)
    if stated is not None:
        return stated
    if m.date.from_document and m.date.start:
        try:
            day = date.fromisoformat(m.date.start)
        except ValueError:
            return None
        return (day, day)
    return None


def days_apart(a: tuple[date, date] | None, b: tuple[date, date] | None) -> int:
    """Days between two intervals (0 when they overlap or either is unknown)."""
    if a is None or b is None:
        return 0
    return max(0, (b[0] - a[1]).days, (a[0] - b[1]).days)


def _shares_specific(ours: list[ActorMention], theirs: list[ActorMention]) -> bool:
    """The same person or organisation on both: a state or a ministry acts in many happenings."""
    held = {a.actor_id for a in ours if is_specific(a)}
    return any(a.actor_id in held for a in theirs)


def _same_time_and_place(
    cluster: MentionCluster, m: EventMention, interval: tuple[date, date] | None
) -> bool:
    if not same_precise_place(cluster.place, m.location):
        return False
    if interval and cluster.interval:
        return True
    # Both dated only by their documents: the same publication day is the same news.
    doc_dates = {x.date.start for x in cluster.mentions if x.date.from_document}
    return m.date.from_document and m.date.start is not None and m.date.start in doc_dates
