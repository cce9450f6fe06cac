"""One load test at a time per machine, so gradings running side by side measure fairly.

Builds and fuzzing of several gradings may overlap on one machine, but the load and blocking
phases measure latency: two of them at once would slow each other and blame the candidates. An
advisory `flock` on a file in the machine's lock folder serialises them across every grader
process on the host (batch workers, single gradings, tests); the kernel releases it when its
holder dies, even by SIGKILL, so a killed worker never leaves the machine locked.
"""

from __future__ import annotations

import fcntl
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_SAFE_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")


def lock_folder() -> Path:
    """/run/lock when it is writable (a tmpfs meant for this), else the temp folder."""
    run_lock = Path("/run/lock")
    if run_lock.is_dir() and os.access(run_lock, os.W_OK):
        return run_lock
    return Path(os.environ.get("TMPDIR", "/tmp"))


def lock_path(name: str) -> Path:
    if not _SAFE_NAME.match(name):
        raise ValueError(f"lock name {name!r} must match {_SAFE_NAME.pattern}")
    return lock_folder() / f"grader-{name}.lock"


@contextmanager
def machine_lock(name: str = "load") -> Iterator[Path]:
    """Hold the machine-wide lock `name` for the body; blocks until it is free."""
    path = lock_path(name)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o666)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            yield path
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
