"""`RunLock`: one run writes a database file at a time."""

from __future__ import annotations

import fcntl
import os
import time
from pathlib import Path

from realpolitik.errors import RealpolitikError

# A reader probing the lock holds it for an instant; a run taking it retries this often.
LOCK_RETRY_S = 0.2
RUN_LOCK_TRIES = 5


class RunLock:
    """Held by a run for its whole length: one run writes a database file at a time.

    An advisory lock (`flock`) on `FILE.lock` beside the database; the system drops it when the
    process ends, however it ends, so a killed run never leaves the file locked. The lock file
    is left in place (removing it would race with the next run taking it).
    """

    def __init__(self, db: str | Path) -> None:
        self.path = f"{db}.lock"
        self.db = str(db)
        self._fd: int | None = None

    def __enter__(self) -> RunLock:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            reason = exc.strerror.lower() if exc.strerror else type(exc).__name__
            raise RealpolitikError(f"{self.db}: cannot create its lock file ({reason})") from None
        # A reader probing the lock holds it shared for an instant: a few tries tell that apart
        # from a run that holds it.
        for attempt in range(RUN_LOCK_TRIES):
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if attempt < RUN_LOCK_TRIES - 1:
                    time.sleep(LOCK_RETRY_S)
        else:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
            os.close(fd)
            raise RealpolitikError(
                f"{self.db}: another realpolitik run is writing to it"
                + (f" (pid {holder})" if holder.isdigit() else "")
                + "; wait for it to finish"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        self._fd = fd
        return self

    def __exit__(self, *exc: object) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor releases the lock
            self._fd = None

    @staticmethod
    def held(db: str | Path) -> bool:
        """True while a run holds the lock of `db` (a probe: takes and drops a shared lock)."""
        try:
            fd = os.open(f"{db}.lock", os.O_RDONLY)
        except OSError:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        finally:
            os.close(fd)
        return False
