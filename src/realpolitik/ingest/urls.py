"""Inputs given as URLs (`file:///data`, `memory://corpus`, `s3://bucket/news`), read with fsspec.

`UrlPath` offers the few `pathlib.Path` operations the readers use, so that a URL is read by the
same code, with the same rules, as a local path. fsspec is imported only when a URL is given.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from realpolitik.errors import UsageError

# A scheme of two letters or more: `C:\\news` (a Windows drive) is a path, not a URL.
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]+)://")


def is_url(item: str) -> bool:
    return _SCHEME.match(item) is not None


def open_url(url: str) -> UrlPath:
    """The `UrlPath` of `url`; `UsageError` when no installed file system reads its scheme."""
    import fsspec.core

    try:
        fs, path = fsspec.core.url_to_fs(url)
    except (ValueError, ImportError) as err:
        # fsspec says "Protocol not known: x" for an unknown scheme, and ImportError (with the
        # package to install) for a known one whose library is missing.
        scheme = url.split("://", 1)[0]
        raise UsageError(f"{url}: cannot read {scheme}:// URLs ({err})") from None
    return UrlPath(fs, path.rstrip("/") or path)


@dataclass(frozen=True)
class _Stat:
    st_size: int


class UrlPath:
    """A file or folder of an fsspec file system, with the `Path` methods the readers use."""

    def __init__(self, fs: Any, path: str) -> None:
        self.fs = fs
        self.path = path

    @property
    def url(self) -> str:
        """The full URL (with its scheme): the document source of a file read from it."""
        return str(self.fs.unstrip_protocol(self.path))

    def __str__(self) -> str:
        return self.url

    def __repr__(self) -> str:
        return f"UrlPath({self.url!r})"

    @property
    def name(self) -> str:
        return self.path.rsplit("/", 1)[-1]

    def with_name(self, name: str) -> UrlPath:
        parent = self.path.rsplit("/", 1)[0] if "/" in self.path else ""
        return UrlPath(self.fs, f"{parent}/{name}" if parent else name)

    def exists(self) -> bool:
        return bool(self.fs.exists(self.path))

    def is_dir(self) -> bool:
        return bool(self.fs.isdir(self.path))

    def is_file(self) -> bool:
        return bool(self.fs.isfile(self.path))

    def stat(self) -> _Stat:
        return _Stat(int(self.fs.size(self.path) or 0))

    def read_bytes(self) -> bytes:
        return bytes(self.fs.cat_file(self.path))

    def open(self, mode: str = "rb") -> IO[bytes]:
        return self.fs.open(self.path, mode)  # type: ignore[no-any-return]

    def walk(self) -> Iterator[UrlPath]:
        """Files under this folder in the order `readers.walk_folder` gives a local one: a
        folder's files by name, then its sub-folders by name; hidden names skipped."""
        entries = self.fs.ls(self.path, detail=True)
        files: list[tuple[str, str]] = []
        dirs: list[tuple[str, str]] = []
        for e in entries:
            name = str(e["name"]).rstrip("/").rsplit("/", 1)[-1]
            if name.startswith(".") or str(e["name"]).rstrip("/") == self.path:
                continue
            (dirs if e["type"] == "directory" else files).append((name, str(e["name"])))
        for _, path in sorted(files):
            yield UrlPath(self.fs, path)
        for _, path in sorted(dirs):
            yield from UrlPath(self.fs, path.rstrip("/")).walk()

    def relative(self, inner: UrlPath) -> str:
        """`inner`'s path below this folder, with `/`: the id of a document read from it."""
        return inner.path[len(self.path) :].lstrip("/")
