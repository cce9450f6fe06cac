"""The rules every intake path shares: the budget, the refusal, the result, and the one writer.

Whatever the source (archive, folder or git export), entries reach the workspace only through
`_Extraction`, which validates each name with `_entry_path`, refuses overwrites and links, drops
exec/setuid bits and counts real bytes against the `IntakeBudget` while streaming. Keeping that
core in one module means a new source kind cannot forget a check.
"""

from __future__ import annotations

import hashlib
import os
import stat
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Protocol

from pydantic import BaseModel, ConfigDict, Field

# Dates before this are a tool's placeholder (zip's 1980 epoch, tar's 1970), not a writing date.
_EARLIEST = 1420070400.0  # 2015-01-01

_SKIPPED_DIRS = frozenset(
    {".git", "__pycache__", ".venv", "venv", "node_modules", ".mypy_cache", ".pytest_cache"}
)
_CHUNK = 64 * 1024
# Ratios are judged only past this size: a tiny file of spaces compresses 1000x and is harmless.
_RATIO_FLOOR = 1024 * 1024


class _Reader(Protocol):
    def read(self, size: int, /) -> bytes: ...


def _chunks(src: _Reader) -> Iterator[bytes]:
    return iter(lambda: src.read(_CHUNK), b"")


class IntakeBudget(BaseModel):
    """Limits on what a submission may unpack to, so a bomb or a vendored venv stops at intake."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    max_files: int = Field(default=5000, gt=0)
    max_total_bytes: int = Field(default=200 * 1024 * 1024, gt=0)
    max_file_bytes: int = Field(default=50 * 1024 * 1024, gt=0)
    max_ratio: float = Field(default=100.0, gt=0, description="uncompressed/compressed")
    max_path_depth: int = Field(default=32, gt=0)


class IntakeRejected(Exception):
    """The submission is unsafe or unreadable; `reason` names the offending entry for the report."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Submission(BaseModel):
    """What intake produced: where the private copy lives and where the project starts in it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    sha256: str
    workspace: Path
    root: Path
    files: int
    total_bytes: int
    # The newest file date the archive, the commit or the folder recorded: when it was written.
    written_at: datetime | None = None


def _quote(name: str) -> str:
    return repr(name if len(name) <= 200 else name[:200] + "...")


def _entry_path(name: str, budget: IntakeBudget) -> PurePosixPath:
    """Validate an archive member name and return it as a relative path ('.' when empty)."""
    q = _quote(name)
    if "\x00" in name:
        raise IntakeRejected(f"entry {q} contains a NUL byte")
    posix = name.replace("\\", "/")  # Windows tools write backslashes as separators
    if posix.startswith("/") or (len(posix) > 1 and posix[1] == ":" and posix[0].isalpha()):
        raise IntakeRejected(f"entry {q} is an absolute path and escapes the workspace")
    parts = [part for part in posix.split("/") if part not in ("", ".")]
    if ".." in parts:
        raise IntakeRejected(f"entry {q} escapes the workspace")
    if len(parts) > budget.max_path_depth:
        raise IntakeRejected(f"entry {q} is nested deeper than {budget.max_path_depth} levels")
    return PurePosixPath(*parts)


def _is_skipped(rel: PurePosixPath, is_dir: bool) -> bool:
    folders = rel.parts if is_dir else rel.parts[:-1]
    return any(part in _SKIPPED_DIRS for part in folders)


def _too_dense(inflated: int, compressed: int, budget: IntakeBudget) -> bool:
    return inflated > _RATIO_FLOOR and inflated > budget.max_ratio * max(compressed, 1)


class _Extraction:
    """Writes entries under the workspace and keeps the budget's running counts."""

    def __init__(self, workspace: Path, budget: IntakeBudget) -> None:
        self.root = str(workspace)
        self.budget = budget
        self.files = 0
        self.total = 0
        self.listing: dict[str, str] = {}
        self._dirs: set[PurePosixPath] = {PurePosixPath()}
        self.newest: float | None = None

    def dated(self, timestamp: float | None) -> None:
        """Keep the newest plausible modification time of the files (what the archive or the
        commit says, never checked: a date only narrows which releases a build resolves to)."""
        if timestamp is not None and _EARLIEST <= timestamp <= time.time() + 86400:
            self.newest = timestamp if self.newest is None else max(self.newest, timestamp)

    def _path(self, rel: PurePosixPath, q: str) -> str:
        path = os.path.normpath(os.path.join(self.root, *rel.parts))
        if os.path.commonpath([self.root, path]) != self.root:  # unreachable after _entry_path
            raise IntakeRejected(f"entry {q} escapes the workspace")
        return path

    def add_dir(self, rel: PurePosixPath, name: str) -> None:
        for depth in range(1, len(rel.parts) + 1):
            sub = PurePosixPath(*rel.parts[:depth])
            if sub in self._dirs:
                continue
            path = self._path(sub, _quote(name))
            try:
                os.mkdir(path, 0o755)
            except FileExistsError:
                if not stat.S_ISDIR(os.lstat(path).st_mode):
                    raise IntakeRejected(
                        f"entry {_quote(name)} collides with the earlier file {str(sub)!r}"
                    ) from None
            except OSError as exc:
                raise IntakeRejected(f"entry {_quote(name)} cannot be created: {exc}") from None
            os.chmod(path, 0o755)
            self._dirs.add(sub)

    def add_file(
        self,
        rel: PurePosixPath,
        name: str,
        chunks: Iterator[bytes],
        declared: int | None = None,
        compressed: int | None = None,
    ) -> int:
        """Stream one file in, counting real bytes; `declared` sizes are a claim, not a fact."""
        q = _quote(name)
        if not rel.parts:
            raise IntakeRejected(f"entry {q} has an empty file name")
        self.files += 1
        if self.files > self.budget.max_files:
            raise IntakeRejected(
                f"too many files: more than {self.budget.max_files} (at entry {q})"
            )
        self.add_dir(rel.parent, name)
        path = self._path(rel, q)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644)
        except FileExistsError:
            raise IntakeRejected(f"entry {q} would overwrite an earlier entry") from None
        except OSError as exc:
            raise IntakeRejected(f"entry {q} cannot be written: {exc}") from None
        digest = hashlib.sha256()
        size = 0
        with open(fd, "wb") as dst:
            os.fchmod(fd, 0o644)  # whatever the archive says: no exec, no setuid
            for chunk in chunks:
                size += len(chunk)
                self.total += len(chunk)
                self._check_sizes(q, size, declared, compressed)
                digest.update(chunk)
                try:
                    dst.write(chunk)
                except OSError as exc:
                    raise IntakeRejected(f"entry {q} cannot be written: {exc}") from None
        self.listing[str(rel)] = digest.hexdigest()
        return size

    def _check_sizes(self, q: str, size: int, declared: int | None, compressed: int | None) -> None:
        budget = self.budget
        if declared is not None and size > declared:
            raise IntakeRejected(f"entry {q} inflates beyond its declared size of {declared} bytes")
        if size > budget.max_file_bytes:
            raise IntakeRejected(f"entry {q} is larger than {budget.max_file_bytes} bytes")
        if self.total > budget.max_total_bytes:
            raise IntakeRejected(
                f"submission is larger than {budget.max_total_bytes} bytes (at entry {q})"
            )
        if compressed is not None and _too_dense(size, compressed, budget):
            raise IntakeRejected(f"entry {q} inflates more than {budget.max_ratio:g}x")

    def listing_digest(self) -> str:
        """A content hash of the tree that does not depend on walk order or timestamps."""
        digest = hashlib.sha256()
        for rel in sorted(self.listing):
            digest.update(f"{rel}\0{self.listing[rel]}\n".encode("utf-8", "surrogateescape"))
        return digest.hexdigest()
