"""Objects built from the package's data files, kept on disk so that the next process loads them.

The gazetteer takes about 3.5 s of CPU to build from its tables, and a run builds it before its
workers can start; unpickling the built object takes about a third of that. `cached(name,
build, sources)` returns `build()`'s result, read from the cache directory when a pickle was
written there for the same `sources` (files or folders: the data and the code that reads it),
else built and written for the next process. The file's name carries a digest of every source
file's path and bytes, of the Python version and of this package's version, so a changed data
file or builder makes a new file and never reads a stale one.

The cache directory is `$REALPOLITIK_CACHE_DIR`, else `$XDG_CACHE_HOME/realpolitik`, else
`~/.cache/realpolitik`; `REALPOLITIK_CACHE_DIR=off` builds every time. A cache that cannot be
written (read-only home) or read (a damaged file) is passed over: the object is built. The
files are pickles, which run code when read: the directory must be the user's own, as the
virtual environment is.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

CACHE_ENV = "REALPOLITIK_CACHE_DIR"
# Several checkouts (each with its own data and code, so its own digest) may share the folder: a
# few versions each, so that they do not evict one another's at every run.
KEEP_VERSIONS = 6
T = TypeVar("T")


def cache_dir() -> Path | None:
    """Where built objects are kept; None when the cache is turned off."""
    value = os.environ.get(CACHE_ENV, "").strip()
    if value.lower() == "off":
        return None
    if value:
        return Path(value)
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    return (Path(base) if base else Path.home() / ".cache") / "realpolitik"


def fingerprint(sources: Iterable[Path]) -> str:
    """A digest of every file under `sources` (path and bytes, in name order), the Python
    version and realpolitik's version."""
    from realpolitik import __version__

    digest = hashlib.sha256(f"{sys.version}\0{__version__}\0".encode())
    for source in sources:
        paths = sorted(p for p in source.rglob("*") if p.is_file()) if source.is_dir() else [source]
        for path in paths:
            if path.suffix == ".pyc":
                continue
            data = path.read_bytes()
            name = path.relative_to(source) if source.is_dir() else path.name
            digest.update(f"{name}\0{len(data)}\0".encode())
            digest.update(data)
    return digest.hexdigest()[:24]


def cached(name: str, build: Callable[[], T], sources: Iterable[Path]) -> T:
    """`build()`, or the object it built for the same `sources`, read from the cache directory."""
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}-{fingerprint(sources)}.pickle"
    loaded = _read(path)
    if loaded is not None:
        return loaded  # type: ignore[return-value]  # what `build` returned when it was written
    built = build()
    _write(folder, name, path, built)
    return built


def _read(path: Path) -> object | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    # Unpickling allocates hundreds of thousands of objects and nothing in them is garbage: the
    # collector's passes over them would take two thirds of the load time.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.loads(data)
    except Exception:  # a damaged or foreign file: build instead (and overwrite it)
        return None
    finally:
        if enabled:
            gc.enable()


def _write(folder: Path, name: str, path: Path, obj: object) -> None:
    """Write atomically (another process may be reading or writing the same file); remove this
    object's oldest files beyond `KEEP_VERSIONS`."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(obj, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        # Keep a few versions (several checkouts may share the folder), not every one ever built.
        versions = sorted(folder.glob(f"{name}-*.pickle"), key=lambda p: (p.stat().st_mtime, p == path))
        for old in versions[:-KEEP_VERSIONS]:
            old.unlink(missing_ok=True)
    except Exception:  # unwritable folder, full disk, an object that cannot be pickled
        pass  # no cache this time; the built object is used as it is
