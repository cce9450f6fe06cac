"""Intake: turn what a reviewer hands over into a private, safe copy of the project.

A submission is a stranger's upload, so extraction trusts nothing it reads: names, declared sizes,
entry types and modes are all checked, real bytes are counted while streaming, and nothing is ever
written outside the workspace. Every refusal is an `IntakeRejected` whose reason names the entry.
"""

from __future__ import annotations

import bz2
import copy
import gzip
import hashlib
import lzma
import os
import posixpath
import shutil
import stat
import struct
import subprocess
import tarfile
import tempfile
import threading
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import IO, Protocol

from pydantic import BaseModel, ConfigDict, Field

_SKIPPED_DIRS = frozenset(
    {".git", "__pycache__", ".venv", "venv", "node_modules", ".mypy_cache", ".pytest_cache"}
)
_IGNORED_AT_TOP = frozenset({"__MACOSX", ".DS_Store"})
_ROOT_MARKER_FILES = ("pyproject.toml", "setup.py", "setup.cfg", "main.py")
_CHUNK = 64 * 1024
# Ratios are judged only past this size: a tiny file of spaces compresses 1000x and is harmless.
_RATIO_FLOOR = 1024 * 1024
_GIT_TIMEOUT_S = 60.0
_EOCD = struct.Struct("<4s4H2LH")
_TAR_MAGIC = ((b"\x1f\x8b", "gz"), (b"BZh", "bz2"), (b"\xfd7zXZ\x00", "xz"))
# What a broken archive makes the standard library raise; all of it becomes a rejection.
_CORRUPT = (
    OSError, EOFError, ValueError, RuntimeError, OverflowError, zlib.error, lzma.LZMAError,
    struct.error, tarfile.TarError, zipfile.BadZipFile, zipfile.LargeZipFile,
)  # fmt: skip


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


def intake(source: Path, workspace: Path, budget: IntakeBudget | None = None) -> Submission:
    """Copy `source` (zip, tar[.gz|.bz2|.xz], folder or git repo) into the empty `workspace`."""
    workspace = workspace.resolve()
    if not workspace.is_dir() or any(workspace.iterdir()):
        raise ValueError(f"workspace {workspace} must be an existing empty directory")
    out = _Extraction(workspace, budget or IntakeBudget())
    name, digest = _unpack(Path(source), out)
    if out.files == 0:
        raise IntakeRejected(f"submission {name!r} contains no files")
    return Submission(
        name=name,
        sha256=digest,
        workspace=workspace,
        root=_project_root(workspace),
        files=out.files,
        total_bytes=out.total,
    )


def _quote(name: str) -> str:
    return repr(name if len(name) <= 200 else name[:200] + "...")


@contextmanager
def _refusing_corrupt(what: str) -> Iterator[None]:
    try:
        yield
    except _CORRUPT as exc:
        raise IntakeRejected(f"{what} is corrupt or unreadable: {exc}") from None


def _unpack(source: Path, out: _Extraction) -> tuple[str, str]:
    """Dispatch on what the source is (by content, not by extension); return (name, sha256)."""
    try:
        info = source.stat()
        name = source.name or source.resolve().name
    except OSError as exc:
        raise IntakeRejected(f"source {_quote(str(source))} cannot be read: {exc}") from None
    if stat.S_ISDIR(info.st_mode):
        with _refusing_corrupt(f"folder {name!r}"):
            if not ((source / ".git").exists() and _copy_git_head(source, out)):
                _copy_folder(source, out)
        return name, out.listing_digest()
    if not stat.S_ISREG(info.st_mode):
        raise IntakeRejected(f"source {name!r} is neither a file nor a folder")
    budget = out.budget
    if info.st_size > budget.max_total_bytes + budget.max_files * 2048 + _RATIO_FLOOR:
        raise IntakeRejected(
            f"archive {name!r} is larger than the budget of {budget.max_total_bytes} bytes"
        )
    with _refusing_corrupt(f"archive {name!r}"), source.open("rb") as fh:
        kind = _sniff(fh, name)
        if kind == "zip":
            _extract_zip(fh, info.st_size, out)
        else:
            _extract_tar(_decompressed(fh, kind), out, compressed=info.st_size)
        fh.seek(0)
        digest = hashlib.sha256()
        for chunk in _chunks(fh):
            digest.update(chunk)
    return name, digest.hexdigest()


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
            with zf.open(probe) as src:
                chunks = _crc_checked(_chunks(src), info.CRC, info.orig_filename)
                written = out.add_file(
                    rel, info.orig_filename, chunks, info.file_size, info.compress_size
                )
            if written != info.file_size:
                raise IntakeRejected(
                    f"entry {_quote(info.orig_filename)} is shorter than its declared size"
                )


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


# --- folder and git ----------------------------------------------------------------------------


def _file_chunks(path: str, q: str) -> Iterator[bytes]:
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    with open(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise IntakeRejected(f"entry {q} changed into a special file while copying")
        yield from _chunks(fh)


def _copy_folder(source: Path, out: _Extraction) -> None:
    """Copy without following a symlink: in-tree ones are skipped, outward ones refused."""
    top = os.path.realpath(source)
    ws = os.stat(out.root)

    def walk(directory: str, rel: PurePosixPath) -> None:
        with os.scandir(directory) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
        for entry in entries:
            child = rel / entry.name
            q = _quote(str(child))
            if len(child.parts) > out.budget.max_path_depth:
                raise IntakeRejected(f"entry {q} is nested deeper than the budget allows")
            if entry.name in _SKIPPED_DIRS and not entry.is_file(follow_symlinks=False):
                continue  # a .venv that is a symlink elsewhere is skipped, never followed
            if entry.is_symlink():
                target = os.path.realpath(entry.path)
                if os.path.commonpath([top, target]) != top:
                    raise IntakeRejected(f"entry {q} is a symlink pointing outside the submission")
            elif entry.is_dir(follow_symlinks=False):
                st = entry.stat(follow_symlinks=False)
                if (st.st_dev, st.st_ino) == (ws.st_dev, ws.st_ino):
                    continue
                out.add_dir(child, str(child))
                walk(entry.path, child)
            elif entry.is_file(follow_symlinks=False):
                out.add_file(child, str(child), _file_chunks(entry.path, q))
            else:
                raise IntakeRejected(f"entry {q} is a device, fifo or socket")

    walk(top, PurePosixPath())


def _run_git(args: list[str], env: dict[str, str], what: str) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            args, env=env, capture_output=True, text=True, timeout=_GIT_TIMEOUT_S, check=False
        )
    except subprocess.TimeoutExpired:
        raise IntakeRejected(f"git {what} took longer than {_GIT_TIMEOUT_S:g} s") from None


def _copy_git_head(source: Path, out: _Extraction) -> bool:
    """Extract the committed HEAD tree; False when there is no git or no commit to grade.

    The repository's own config may define filters or an fsmonitor that execute, so git only
    ever runs against a bare clone (clone copies neither config nor hooks), with no system or
    global config.
    """
    git = shutil.which("git")
    if git is None:
        return False
    with tempfile.TemporaryDirectory(prefix="grader-intake-") as tmp:
        env = {
            "PATH": os.environ.get("PATH", os.defpath),
            "HOME": tmp,
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_CONFIG_GLOBAL": os.devnull,
            "GIT_TERMINAL_PROMPT": "0",
            "GIT_ALLOW_PROTOCOL": "file",
            "LC_ALL": "C",
        }
        bare = os.path.join(tmp, "submission.git")
        clone = [git, "clone", "--bare", "--no-local", "--quiet", "--", str(source.resolve()), bare]
        cloned = _run_git(clone, env, "clone")
        if cloned.returncode != 0:
            raise IntakeRejected(f"git clone of the repository failed: {cloned.stderr[-300:]}")
        head = [git, "--git-dir", bare, "rev-parse", "--verify", "--quiet", "HEAD^{commit}"]
        if _run_git(head, env, "rev-parse").returncode != 0:
            return False  # no commits yet: the folder as it is is all there is
        _stream_git_archive([git, "--git-dir", bare, "archive", "--format=tar", "HEAD"], env, out)
    return True


def _stream_git_archive(args: list[str], env: dict[str, str], out: _Extraction) -> None:
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=err)
        timer = threading.Timer(_GIT_TIMEOUT_S, proc.kill)
        timer.start()
        try:
            assert proc.stdout is not None
            _extract_tar(proc.stdout, out, compressed=None, skip_inner_symlinks=True)
            proc.stdout.read(_RATIO_FLOOR)  # the tar's trailing padding
            proc.stdout.close()
            proc.wait()  # the timer bounds this too
        finally:
            timer.cancel()
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        if proc.returncode != 0:
            err.seek(0)
            message = err.read()[-300:].decode("utf-8", "replace")
            raise IntakeRejected(f"git archive failed ({proc.returncode}): {message}")


# --- project root ------------------------------------------------------------------------------


def _looks_like_project(folder: Path) -> bool:
    return (
        any((folder / marker).is_file() for marker in _ROOT_MARKER_FILES)
        or (folder / "app").is_dir()
        or any(path.is_file() for path in folder.glob("requirements*.txt"))
    )


def _subdirs(folder: Path) -> list[Path]:
    return sorted(
        path
        for path in folder.iterdir()
        if path.is_dir() and path.name not in _SKIPPED_DIRS | _IGNORED_AT_TOP
    )


def _project_root(workspace: Path) -> Path:
    """Unwrap single-folder archives, then look at most two levels down for the one project."""
    current = workspace
    while True:
        entries = [path for path in current.iterdir() if path.name not in _IGNORED_AT_TOP]
        if len(entries) != 1 or not entries[0].is_dir():
            break
        current = entries[0]
    if _looks_like_project(current):
        return current
    level = _subdirs(current)
    for _ in range(2):
        found = [path for path in level if _looks_like_project(path)]
        if found:
            return found[0] if len(found) == 1 else current
        level = [sub for path in level for sub in _subdirs(path)]
    return current
