"""Inputs given as fsspec URLs read like local paths (the dask engine's inputs, and the local one's)."""

from __future__ import annotations

import gzip
import json
import uuid

import fsspec
import pytest

from realpolitik.errors import UsageError
from realpolitik.ingest import check_inputs, read_inputs

FILES = {
    "b.txt": b"Soldiers clashed with protesters in the capital on Friday.\n",
    "b.meta.json": b'{"published": "2024-05-06", "title": "Clashes"}',
    "a.html": b"<html><head><title>Talks</title></head><body><p>Envoys met in Doha.</p></body></html>",
    "sub/c.jsonl.gz": gzip.compress(
        (json.dumps({"id": "w1", "text": "Police arrested six men in Lagos."}) + "\n").encode()
    ),
    "sub/deep/d.txt": b"MOSUL, Iraq, March 3, 2023 - A car bomb exploded near a market.\n",
    "scan.pdf": b"%PDF-1.4",
    "README.md": b"about this folder",
    ".hidden/e.txt": b"never read",
}


def _fields(docs):
    return [
        (d.doc_id, d.status, d.reason, d.raw, d.title, d.published, d.url, d.language) for d in docs
    ]


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "news"
    mem_root = f"/urls-{uuid.uuid4().hex}"
    memory = fsspec.filesystem("memory")
    for name, data in FILES.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
        memory.pipe(f"{mem_root}/news/{name}", data)
    yield folder, f"memory://{mem_root}/news"
    memory.rm(mem_root, recursive=True)


def test_a_folder_url_reads_as_the_same_local_folder(corpus):
    folder, memory_url = corpus
    local = list(read_inputs([str(folder)]))
    assert [d.doc_id for d in local] == ["a.html", "b.txt", "scan.pdf", "w1", "sub/deep/d.txt"]
    for url in (folder.as_uri(), memory_url):
        check_inputs([url])
        docs = list(read_inputs([url]))
        assert _fields(docs) == _fields(local)
        assert docs[1].source == url + "/b.txt"  # the source names the URL it came from


def test_a_single_file_url_is_its_own_id(corpus):
    folder, memory_url = corpus
    url = memory_url + "/b.txt"
    [doc] = read_inputs([url])
    assert (doc.doc_id, doc.source, doc.title) == (url, url, "Clashes")
    [local] = read_inputs([str(folder / "b.txt")])
    assert (doc.raw, doc.published) == (local.raw, local.published)


def test_a_missing_url_or_unknown_scheme_is_named(corpus):
    _, memory_url = corpus
    with pytest.raises(UsageError, match="/nothing.txt: no such file or directory"):
        check_inputs([memory_url + "/nothing.txt"])
    with pytest.raises(UsageError, match=r"^nosuch://x/y: cannot read nosuch:// URLs"):
        check_inputs(["nosuch://x/y"])


def test_a_one_letter_scheme_is_a_windows_drive_not_a_url():
    with pytest.raises(UsageError, match="^C://news/a.txt: no such file or directory"):
        check_inputs(["C://news/a.txt"])
