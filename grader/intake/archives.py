"""Archive intake: zip and tar (plain, gzip, bzip2, xz), streamed through the budget.

Archives are where bombs live, so the format is sniffed from content, a zip's central directory is
checked in full before a byte is inflated (declared sizes, ratios, entry kinds, encryption), and a
tar is metered while it decompresses. Any error the standard library raises on a broken archive
becomes an `IntakeRejected`.
"""

from __future__ import annotations

import bz2
import calendar
import copy
import gzip
import lzma
import posixpath
import stat
import struct
import tarfile
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import PurePosixPath
from typing import IO

from grader.intake.budget import (
    _CHUNK,
    _RATIO_FLOOR,
    IntakeBudget,
    IntakeRejected,
    _chunks,
    _entry_path,
    _Extraction,
    _is_skipped,
    _quote,
    _Reader,
    _too_dense,
)

_EOCD = struct.Struct("<4s4H2LH")
_TAR_MAGIC = ((b"\x1f\x8b", "gz"), (b"BZh", "bz2"), (b"\xfd7zXZ\x00", "xz"))
# What a broken archive makes the standard library raise; all of it becomes a rejection.
_CORRUPT = (
    OSError, EOFError, ValueError, RuntimeError, OverflowError, zlib.error, lzma.LZMAError,
    struct.error, tarfile.TarError, zipfile.BadZipFile, zipfile.LargeZipFile,
)  # fmt: skip


@contextmanager
def _refusing_corrupt(what: str) -> Iterator[None]:
    try:
        yield
    except _CORRUPT as exc:
        raise IntakeRejected(f"{what} is corrupt or unreadable: {exc}") from None


def _sniff(fh: IO[bytes], name: str) -> str:
    head = fh.read(512)
    fh.seek(0)
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "zip"
    for magic, kind in _TAR_MAGIC:
        if head.startswith(magic):
            return kind
    if head[257:262] == b"ustar":
        return "tar"
    if zipfile.is_zipfile(fh):
        return "zip"
    raise IntakeRejected(f"source {name!r} is not a zip or tar archive")


def _decompressed(fh: IO[bytes], kind: str) -> _Reader:
    if kind == "gz":
        return gzip.GzipFile(fileobj=fh, mode="rb")
    if kind == "bz2":
        return bz2.BZ2File(fh)
    if kind == "xz":
        return lzma.LZMAFile(fh)
    return fh


# --- zip ---------------------------------------------------------------------------------------


def _check_zip_directory(fh: IO[bytes], size: int, budget: IntakeBudget) -> None:
    """Read the end record ourselves: zipfile loads the whole central directory into memory."""
    tail_len = min(size, _EOCD.size + 0xFFFF)
    fh.seek(size - tail_len)
    tail = fh.read(tail_len)
    fh.seek(0)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < _EOCD.size:
        return  # zipfile reports it as corrupt
    entries, directory_size = _EOCD.unpack_from(tail, at)[4:6]
    if entries > 2 * budget.max_files or directory_size > 2048 * budget.max_files:
        raise IntakeRejected(f"archive lists {entries} entries; at most {budget.max_files} files")


def _plan_zip(
    zf: zipfile.ZipFile, archive_size: int, budget: IntakeBudget
) -> list[tuple[zipfile.ZipInfo, PurePosixPath, bool]]:
    """Check every central-directory record before a single byte is inflated."""
    plan: list[tuple[zipfile.ZipInfo, PurePosixPath, bool]] = []
    seen: set[PurePosixPath] = set()
    declared_total = 0
    for info in zf.infolist():
        name, q = info.orig_filename, _quote(info.orig_filename)
        rel = _entry_path(name, budget)
        kind = stat.S_IFMT(info.external_attr >> 16)
        is_dir = name.endswith(("/", "\\")) or kind == stat.S_IFDIR
        if _is_skipped(rel, is_dir):
            continue
        if kind == stat.S_IFLNK:
            raise IntakeRejected(f"entry {q} is a symlink; links are refused")
        if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
            raise IntakeRejected(
                f"entry {q} is a device, fifo or socket; special files are refused"
            )
        if info.flag_bits & 0x1:
            raise IntakeRejected(f"entry {q} is encrypted")
        plan.append((info, rel, is_dir))
        if is_dir:
            continue
        if rel in seen:
            raise IntakeRejected(f"entry {q} would overwrite an earlier entry")
        seen.add(rel)
        declared_total += info.file_size
        if len(seen) > budget.max_files:
            raise IntakeRejected(f"too many files: more than {budget.max_files} (at entry {q})")
        if info.file_size > budget.max_file_bytes:
            raise IntakeRejected(f"entry {q} declares more than {budget.max_file_bytes} bytes")
        if declared_total > budget.max_total_bytes:
            raise IntakeRejected(
                f"archive declares more than {budget.max_total_bytes} bytes (at entry {q})"
            )
        if _too_dense(info.file_size, info.compress_size, budget):
            raise IntakeRejected(f"entry {q} declares a ratio above {budget.max_ratio:g}x")
    if _too_dense(declared_total, archive_size, budget):
        raise IntakeRejected(f"archive declares a ratio above {budget.max_ratio:g}x overall")
    return plan


def _crc_checked(chunks: Iterator[bytes], expected: int, name: str) -> Iterator[bytes]:
    crc = 0
    for chunk in chunks:
        crc = zlib.crc32(chunk, crc)
        yield chunk
    if crc != expected:
        raise IntakeRejected(f"entry {_quote(name)} fails its CRC check")


def _extract_zip(fh: IO[bytes], size: int, out: _Extraction) -> None:
    _check_zip_directory(fh, size, out.budget)
    with zipfile.ZipFile(fh) as zf:
        for info, rel, is_dir in _plan_zip(zf, size, out.budget):
            if is_dir:
                out.add_dir(rel, info.orig_filename)
                continue
            # zipfile silently truncates output at the declared size (and then blames the CRC);
            # asking for one byte more, CRC checked here, lets the counting loop see the lie.
            probe = copy.copy(info)
            probe.file_size = info.file_size + 1
            del probe.CRC
            out.dated(_zip_time(info))
            with zf.open(probe) as src:
                chunks = _crc_checked(_chunks(src), info.CRC, info.orig_filename)
                written = out.add_file(
                    rel, info.orig_filename, chunks, info.file_size, info.compress_size
                )
            if written != info.file_size:
                raise IntakeRejected(
                    f"entry {_quote(info.orig_filename)} is shorter than its declared size"
                )


def _zip_time(info: zipfile.ZipInfo) -> float | None:
    """A zip entry's date (local time with no zone: read as UTC, a day's slack covers it)."""
    try:
        return calendar.timegm((*info.date_time, 0, 0, 0))
    except (OverflowError, ValueError):
        return None


# --- tar ---------------------------------------------------------------------------------------


class _MeteredStream:
    """Counts decompressed bytes, so a gzip bomb or a giant pax header stops while streaming."""

    def __init__(self, raw: _Reader, budget: IntakeBudget, compressed: int | None) -> None:
        self._raw = raw
        self._budget = budget
        self._compressed = compressed
        self._limit = budget.max_total_bytes + budget.max_files * 2048 + _RATIO_FLOOR
        self.count = 0

    def read(self, size: int = -1, /) -> bytes:
        data = self._raw.read(size if 0 <= size <= 16 * _CHUNK else 16 * _CHUNK)
        self.count += len(data)
        if self.count > self._limit:
            raise IntakeRejected(f"archive unpacks to more than {self._limit} bytes")
        if self._compressed is not None and _too_dense(self.count, self._compressed, self._budget):
            raise IntakeRejected(f"archive inflates more than {self._budget.max_ratio:g}x")
        return data

    def write(self, b: bytes, /) -> object:
        raise OSError("read-only stream")

    def tell(self) -> int:
        return self.count

    def seek(self, pos: int, /) -> object:
        raise OSError("stream is not seekable")

    def close(self) -> object:
        return None


def _link_stays_inside(rel: PurePosixPath, target: str) -> bool:
    joined = posixpath.normpath(posixpath.join(str(rel.parent), target))
    return not (target.startswith("/") or joined == ".." or joined.startswith("../"))


def _extract_tar(
    raw: _Reader, out: _Extraction, compressed: int | None, skip_inner_symlinks: bool = False
) -> None:
    """Stream a tar; links are refused because a later entry could write through them."""
    budget = out.budget
    with tarfile.open(fileobj=_MeteredStream(raw, budget, compressed), mode="r|") as tf:
        for member in tf:
            q = _quote(member.name)
            rel = _entry_path(member.name, budget)
            if _is_skipped(rel, member.isdir()):
                continue
            if member.isdir():
                out.add_dir(rel, member.name)
            elif member.isfile():
                if member.size > budget.max_file_bytes:
                    raise IntakeRejected(f"entry {q} is larger than {budget.max_file_bytes} bytes")
                out.dated(float(member.mtime))
                src = tf.extractfile(member)
                if src is None:
                    raise IntakeRejected(f"entry {q} cannot be read")
                out.add_file(rel, member.name, _chunks(src))
            elif (
                member.issym() and skip_inner_symlinks and _link_stays_inside(rel, member.linkname)
            ):
                continue  # never created: a committed in-tree symlink is simply left out
            elif member.issym() or member.islnk():
                raise IntakeRejected(
                    f"entry {q} is a link to {member.linkname!r}; links are refused"
                )
            else:
                raise IntakeRejected(f"entry {q} is a device, fifo or other special file")
