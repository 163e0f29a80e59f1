"""Event fusion's time window: reports dated only by their documents join within
`cluster.WINDOW_DAYS`, not across months; the time index finds every cluster within it."""

from __future__ import annotations

from test_fusion_events import MALIK, PAKISTAN, PUTIN, RAHMON, TAJIK_GOV, day, mention

from realpolitik.fusion import fuse_events
from realpolitik.fusion.cluster import WINDOW_DAYS


def test_fusion_reports_dated_by_their_documents_join_within_the_window() -> None:
    events = fuse_events(
        [
            mention("a", 0, source=(RAHMON,), target=(MALIK,), date=day("2025-01-10", True)),
            mention("b", 0, source=(RAHMON,), target=(MALIK,), date=day("2025-01-20", True)),
        ]
    )
    assert len(events) == 1


def test_fusion_reports_dated_by_documents_months_apart_stay_apart() -> None:
    events = fuse_events(
        [
            mention("a", 0, source=(RAHMON,), target=(MALIK,), date=day("2025-01-10", True)),
            mention("b", 0, source=(RAHMON,), target=(MALIK,), date=day("2025-04-20", True)),
        ]
    )
    assert len(events) == 2
    assert WINDOW_DAYS < 100


def test_fusion_a_cluster_is_found_by_an_old_key_where_its_span_grew() -> None:
    # "a" indexes the cluster under Tajikistan and Pakistan on Jan 1; "b" stretches it to
    # Jan 26; "c", on Feb 20, within the window of Jan 26 but not of Jan 1, finds it only if the
    # keys "a" gave were indexed again where the span grew.
    events = fuse_events(
        [
            mention("a", 0, source=(RAHMON,), target=(MALIK,), date=day("2025-01-01", True)),
            mention(
                "b", 0, source=(RAHMON,), target=(MALIK, PAKISTAN), date=day("2025-01-26", True)
            ),
            mention("c", 0, source=(TAJIK_GOV,), target=(MALIK,), date=day("2025-02-20", True)),
            mention("d", 0, source=(RAHMON,), target=(PUTIN,), date=day("2025-02-20", True)),
        ]
    )
    together = [e for e in events if e.n_documents > 1]
    assert len(together) == 1
    assert {m.doc_id for m in together[0].mentions} == {"a", "b", "c"}
