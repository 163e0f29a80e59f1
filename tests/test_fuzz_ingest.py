"""Fuzz of ingestion (seeded, no language model): random bytes, truncated gzip and WARC, random
JSON shapes, hostile file names. Every input is either read or rejected by name, every document
can be stored, and nothing raises."""

from __future__ import annotations

import gzip
import io
import json
import os
import random
from pathlib import Path
from typing import Any

import pytest

from realpolitik import run_input
from realpolitik.clean import DuplicateIndex, clean_document
from realpolitik.errors import printable
from realpolitik.ingest import read_inputs
from realpolitik.ingest.readers import name_of
from realpolitik.store import Store

SEEDS = range(24)
FILES_PER_SEED = 14

_WORDS = ("troops", "Kabul", "ceasefire", "minister", "said", "attacked", "the", "on", "Monday",
          "talks", "border", "police", "Pakistan", "agreed", "sanctions")  # fmt: skip
_SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".jsonl.gz", ".warc", ".warc.gz", ".json", "",
             ".TXT", ".pdf", ".meta.json")  # fmt: skip
_NAME_PIECES = ("a", "Kabul news", "ünï", "كابل", "\n", "\r", "\x1b[31m", "\u202e", "\t", "-x",
                " ", "..", "\x7f", "\u2028")  # fmt: skip


def _sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(rng.randint(3, 14))).capitalize() + "."


def _text(rng: random.Random) -> str:
    return " ".join(_sentence(rng) for _ in range(rng.randint(0, 6)))


def _json_value(rng: random.Random, depth: int = 0) -> Any:
    kind = rng.randrange(9 if depth < 2 else 6)
    if kind == 0:
        return None
    if kind == 1:
        return rng.choice([True, False])
    if kind == 2:
        return rng.choice([0, -1, 2**70, 3.5, float("1e308")])
    if kind == 3:
        return _text(rng)
    if kind == 4:
        return "".join(chr(rng.choice([0, 7, 27, 0xD800, 0xFFFF, 0x202E, 65, 0x10FFFF]))
                       for _ in range(rng.randint(1, 5)))  # fmt: skip
    if kind == 5:
        return rng.choice(["2024-02-30", "2024-02-03T10:00:00Z", "yesterday", "", "  "])
    if kind == 6:
        return [_json_value(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    return {k: _json_value(rng, depth + 1) for k in rng.sample(
        ["id", "text", "html", "title", "url", "published", "outlet", "language", "x"],
        rng.randint(0, 5))}  # fmt: skip


def _jsonl(rng: random.Random) -> bytes:
    lines = []
    for _ in range(rng.randint(0, 6)):
        shape = rng.randrange(4)
        if shape == 0:
            record: Any = {"id": _json_value(rng), "text": _text(rng)}
        elif shape == 1:
            record = _json_value(rng)
        elif shape == 2:
            record = {"id": rng.choice(["a", "b"]), "html": f"<p>{_text(rng)}</p>"}
        else:
            lines.append(rng.randbytes(rng.randint(0, 40)))
            continue
        lines.append(json.dumps(record, ensure_ascii=rng.random() < 0.5).encode("utf-8",
                     "surrogatepass"))  # fmt: skip
    return b"\n".join(lines)


def _warc(rng: random.Random, gz: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for i in range(rng.randint(0, 3)):
        status = rng.choice(["200 OK", "404 Not Found", "301 Moved"])
        ctype = rng.choice(["text/html", "image/png", "text/html; charset=latin-1"])
        body = f"<html><body><article><p>{_text(rng)}</p></article></body></html>".encode()
        if rng.random() < 0.2:
            body = rng.randbytes(200)
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            f"https://x.example/{i}", "response", payload=io.BytesIO(body), http_headers=headers))
    return buf.getvalue()


def _content(rng: random.Random, suffix: str) -> bytes:
    choice = rng.randrange(5)
    if choice == 0:
        return rng.randbytes(rng.randint(0, 600))
    if suffix.startswith(".warc"):
        data = _warc(rng, gz=suffix.endswith(".gz") and rng.random() < 0.7)
        if suffix.endswith(".gz") and rng.random() < 0.5:
            data = gzip.compress(data)
    elif suffix.startswith(".jsonl"):
        data = _jsonl(rng)
        if suffix.endswith(".gz"):
            data = gzip.compress(data)
    elif suffix == ".meta.json":
        data = json.dumps(_json_value(rng)).encode("utf-8", "surrogatepass")
    elif suffix in (".html", ".htm"):
        data = f"<html><head><title>{_sentence(rng)}</title></head><body><p>{_text(rng)}</p>"
        data = data.encode(rng.choice(["utf-8", "cp1252", "utf-16"]), "replace")
    else:
        data = _text(rng).encode(rng.choice(["utf-8", "cp1252", "utf-16", "cp1251"]), "replace")
    if choice == 1 and data:  # truncated anywhere
        data = data[: rng.randrange(len(data))]
    if choice == 2 and data:  # one flipped byte
        i = rng.randrange(len(data))
        data = data[:i] + bytes([data[i] ^ 0xFF]) + data[i + 1 :]
    return data


def _name(rng: random.Random, suffix: str) -> bytes:
    name = "".join(rng.choice(_NAME_PIECES) for _ in range(rng.randint(1, 4))).replace("/", "_")
    raw = name.encode("utf-8")
    if rng.random() < 0.3:
        raw += bytes([rng.choice([0xE9, 0xFF, 0x80, 0xC3])])  # not UTF-8
    return (raw.lstrip(b".") or b"x") + suffix.encode()  # hidden files are skipped by design


def _make_folder(root: Path, seed: int) -> list[bytes]:
    rng = random.Random(seed)
    names = []
    for _ in range(FILES_PER_SEED):
        suffix = rng.choice(_SUFFIXES)
        name = _name(rng, suffix)
        path = os.path.join(os.fsencode(root), name)
        if os.path.exists(path):
            continue
        with open(path, "wb") as fh:
            fh.write(_content(rng, suffix))
        names.append(name)
    return names


@pytest.mark.parametrize("seed", SEEDS)
def test_fuzz_every_input_is_read_or_rejected_by_name_and_storable(seed, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    _make_folder(folder, seed)
    docs = list(read_inputs([str(folder)]))
    sources = {name_of(os.path.join(os.fsencode(folder), n)) for n in os.listdir(os.fsencode(folder))}
    for doc in docs:
        assert doc.status in ("ok", "rejected"), doc
        assert doc.doc_id and doc.source in sources
        doc.doc_id.encode("utf-8")  # raises on lone surrogates
        doc.source.encode("utf-8")
        for value in (doc.raw, doc.title, doc.url, doc.outlet, doc.language, doc.reason):
            (value or "").encode("utf-8")
        if doc.status == "rejected":
            assert doc.reason and printable(doc.reason).isprintable()
        assert printable(doc.doc_id).isprintable()
    # Every file is accounted for: read, rejected, or a sidecar read with its text.
    seen = {d.source for d in docs}
    for source in sources:
        if source not in seen:
            assert source.lower().endswith(".meta.json"), f"{source!r} vanished without a word"

    # What the pipeline does before analysis, and the write: nothing may raise.
    ids = run_input.IdBook({})
    dedup = DuplicateIndex()
    fresh = []
    for doc in docs:
        if ids.assign(doc) == "new":
            clean_document(doc)
            dedup.mark(doc)
            fresh.append(doc)
    with Store(tmp_path / "db.duckdb") as store:
        store.write_batch(fresh, [], ids.versions)
        assert len(store.documents()) == len(fresh)
