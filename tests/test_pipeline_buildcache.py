"""The build cache: built once, read after; rebuilt when a source changes or the file is bad."""

from __future__ import annotations

import pickle

import pytest

from realpolitik import buildcache


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv(buildcache.CACHE_ENV, str(folder))
    return folder


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "table.tsv"
    path.write_text("a\t1\n", encoding="utf-8")
    return path


def _counting_build():
    calls = []

    def build():
        calls.append(1)
        return {"rows": [("a", 1)], "n": len(calls)}

    return build, calls


def test_an_object_is_built_once_then_read_from_the_cache(cache, source):
    build, calls = _counting_build()
    first = buildcache.cached("table", build, [source])
    second = buildcache.cached("table", build, [source])
    assert first == second == {"rows": [("a", 1)], "n": 1}
    assert len(calls) == 1
    assert len(list(cache.glob("table-*.pickle"))) == 1


def test_a_changed_source_rebuilds_and_only_the_latest_versions_are_kept(cache, source):
    build, calls = _counting_build()
    versions = buildcache.KEEP_VERSIONS + 2
    for n in range(1, versions + 1):
        source.write_text(f"a\t{n}\n", encoding="utf-8")
        assert buildcache.cached("table", build, [source.parent])["n"] == n
    assert len(calls) == versions
    assert len(list(cache.glob("table-*.pickle"))) == buildcache.KEEP_VERSIONS


def test_a_damaged_file_is_rebuilt(cache, source):
    build, calls = _counting_build()
    buildcache.cached("table", build, [source])
    (path,) = cache.glob("table-*.pickle")
    path.write_bytes(b"not a pickle")
    assert buildcache.cached("table", build, [source])["n"] == 2
    assert pickle.loads(path.read_bytes())["n"] == 2


def test_off_builds_every_time_and_writes_nothing(tmp_path, monkeypatch, source):
    monkeypatch.setenv(buildcache.CACHE_ENV, "off")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    build, calls = _counting_build()
    buildcache.cached("table", build, [source])
    buildcache.cached("table", build, [source])
    assert len(calls) == 2
    assert not (tmp_path / "home").exists()


def test_an_unwritable_cache_still_gives_the_built_object(tmp_path, monkeypatch, source):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv(buildcache.CACHE_ENV, str(blocker / "cache"))  # under a file: no mkdir
    build, _ = _counting_build()
    assert buildcache.cached("table", build, [source]) == {"rows": [("a", 1)], "n": 1}


@pytest.mark.slow
def test_gazetteer_and_knowledge_base_read_from_the_cache_equal_the_built_ones(cache):
    from realpolitik.actors.kb import DATA_DIR as KB_DATA
    from realpolitik.actors.kb import build
    from realpolitik.places.gazetteer import DATA_DIR, build_gazetteer

    buildcache.cached("gazetteer", build_gazetteer, [DATA_DIR])  # built and written
    assert buildcache.cached("gazetteer", build_gazetteer, [DATA_DIR]) == build_gazetteer()
    buildcache.cached("kb", build, [KB_DATA])  # built and written
    assert buildcache.cached("kb", build, [KB_DATA]) == build()
