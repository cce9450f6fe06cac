"""The submission tree as data: a bounded listing plus safe reads of text, TOML and Python ASTs.

A submission is a stranger's code, so this module is the only place discovery touches the disk:
it never follows a symlink, never reads a file over 1 MB, never imports or executes anything, and
turns every oddity (bad encoding, syntax error, binary file) into a note instead of an exception.
"""

from __future__ import annotations

import ast
import os
import stat
import sys
import tomllib
from pathlib import Path, PurePosixPath
from typing import Any

from grader.discovery.tolerant_parse import parse_tolerant, written_for_newer_python

MAX_FILE_BYTES = 1_000_000
MAX_DEPTH = 24
MAX_FILES = 20_000
MAX_TOTAL_BYTES = 64_000_000  # all reads together: a tree of many large files stays cheap

# Directories that hold installed or generated code, never the candidate's own.
SKIPPED_DIRS = frozenset(
    {
        ".git",
        ".hg",
        ".svn",
        "__pycache__",
        ".venv",
        "venv",
        "env",
        ".env",
        "virtualenv",
        "node_modules",
        ".tox",
        ".nox",
        ".mypy_cache",
        ".pytest_cache",
        ".ruff_cache",
        "site-packages",
        ".eggs",
        ".idea",
        ".vscode",
        "htmlcov",
        "build",
        "dist",
    }
)
TEST_DIR_NAMES = frozenset({"tests", "test", "testing"})


_WIDE_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def decode_wide_text(data: bytes) -> str | None:
    """UTF-16/32 text (Windows editors and PowerShell's `>` write requirements files so): by its
    byte-order mark, or UTF-16 without one when every other byte of ASCII text is NUL. None when
    the bytes are not such text (UTF-8 and binary files are left to the caller)."""
    for bom, codec in _WIDE_BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError:
                return None
    if len(data) >= 4 and len(data) % 2 == 0 and b"\0" in data:
        even, odd = data[0::2], data[1::2]
        for codec, zeros, text in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
            if zeros.count(0) >= 0.9 * len(zeros) and 0 not in text:
                try:
                    decoded = data.decode(codec)
                except UnicodeDecodeError:
                    return None
                printable = sum(c.isprintable() or c in "\r\n\t" for c in decoded)
                return decoded if printable >= 0.95 * len(decoded) else None
    return None


def is_test_path(rel: str) -> bool:
    """A file the candidate wrote to test the app, not to be the app."""
    parts = PurePosixPath(rel).parts
    name = parts[-1]
    in_test_dir = any(part in TEST_DIR_NAMES for part in parts[:-1])
    return (
        in_test_dir
        or name == "conftest.py"
        or name.startswith("test_")
        or name.endswith("_test.py")
    )


class SourceTree:
    """A read-only, bounded view of one extracted submission rooted at `root`."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.problems: list[str] = []
        self.files: list[str] = []
        self.dirs: set[str] = {"."}
        self._texts: dict[str, str | None] = {}
        self._bytes_read = 0
        self._asts: dict[str, ast.Module | None] = {}
        self.newer_syntax: list[tuple[str, int]] = []
        """(file, line) of lines written for Python 3.12+ that the grader's parser refused."""
        self._walk()
        self.file_set = frozenset(self.files)

    @property
    def python_files(self) -> list[str]:
        return [f for f in self.files if f.endswith(".py")]

    def _walk(self) -> None:
        """Iterative listing (no recursion limit), symlinks and virtualenvs left out."""
        stack: list[tuple[Path, str, int]] = [(self.root, "", 0)]
        skipped_links = 0
        while stack:
            directory, prefix, depth = stack.pop()
            try:
                entries = sorted(os.scandir(directory), key=lambda e: e.name)
            except OSError as exc:
                self.problems.append(f"could not list {prefix or '.'}: {exc.strerror}")
                continue
            for entry in entries:
                rel = f"{prefix}{entry.name}"
                if entry.is_symlink():
                    skipped_links += 1
                elif entry.is_dir(follow_symlinks=False):
                    if self._skip_dir(entry):
                        continue
                    if depth + 1 > MAX_DEPTH:
                        self.problems.append(f"{rel}: deeper than {MAX_DEPTH} levels, not read")
                        continue
                    self.dirs.add(rel)
                    stack.append((Path(entry.path), f"{rel}/", depth + 1))
                elif entry.is_file(follow_symlinks=False):
                    if len(self.files) >= MAX_FILES:
                        self.problems.append(f"more than {MAX_FILES} files; the rest not read")
                        self.files.sort()
                        return
                    self.files.append(rel)
        if skipped_links:
            self.problems.append(f"{skipped_links} symlink(s) ignored (never followed)")
        self.files.sort()

    @staticmethod
    def _skip_dir(entry: os.DirEntry[str]) -> bool:
        if entry.name in SKIPPED_DIRS or entry.name.endswith(".egg-info"):
            return True
        # A virtualenv under any name announces itself with pyvenv.cfg.
        return os.path.lexists(os.path.join(entry.path, "pyvenv.cfg"))

    def has_file(self, rel: str) -> bool:
        return rel in self.file_set

    def has_dir(self, rel: str) -> bool:
        return rel in self.dirs

    def read_text(self, rel: str) -> str | None:
        """The file's text, or None (with a note) when it is absent, huge, binary or not UTF-8."""
        if rel not in self._texts:
            self._texts[rel] = self._read_text(rel)
        return self._texts[rel]

    def _read_text(self, rel: str) -> str | None:
        if rel not in self.file_set:
            return None
        if self._bytes_read > MAX_TOTAL_BYTES:
            message = f"more than {MAX_TOTAL_BYTES // 1_000_000} MB read; other files skipped"
            if message not in self.problems:
                self.problems.append(message)
            return None
        path = self.root / rel
        try:
            # O_NOFOLLOW: the listing saw a regular file, refuse it if it became a link since.
            fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | getattr(os, "O_NONBLOCK", 0))
            with os.fdopen(fd, "rb") as handle:
                if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                    return None
                data = handle.read(MAX_FILE_BYTES + 1)
                self._bytes_read += len(data)
        except OSError as exc:
            self.problems.append(f"{rel}: could not be read ({exc.strerror})")
            return None
        if len(data) > MAX_FILE_BYTES:
            self.problems.append(f"{rel}: larger than 1 MB, skipped")
            return None
        wide = decode_wide_text(data)
        if wide is not None:
            return wide
        if b"\0" in data:
            self.problems.append(f"{rel}: binary content, skipped")
            return None
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            self.problems.append(f"{rel}: not valid UTF-8, skipped")
            return None

    def parse_python(self, rel: str) -> ast.Module | None:
        """The module's AST, or None with a note; the code is parsed, never compiled or run."""
        if rel not in self._asts:
            self._asts[rel] = self._parse_python(rel)
        return self._asts[rel]

    def _parse_python(self, rel: str) -> ast.Module | None:
        text = self.read_text(rel)
        if text is None:
            return None
        try:
            module, blanked = parse_tolerant(text, rel)
        except SyntaxError as exc:
            self.problems.append(f"{rel}: syntax error at line {exc.lineno}: {exc.msg}; skipped")
            lines = text.splitlines()
            refused = lines[exc.lineno - 1] if exc.lineno and 1 <= exc.lineno <= len(lines) else ""
            if exc.lineno and written_for_newer_python(refused):
                self.newer_syntax.append((rel, exc.lineno))
        except (ValueError, RecursionError, MemoryError) as exc:
            self.problems.append(f"{rel}: could not be parsed ({type(exc).__name__}); skipped")
        else:
            lines = text.splitlines()
            self.newer_syntax += [
                (rel, n) for n in blanked if written_for_newer_python(lines[n - 1])
            ]
            if blanked:
                shown = ", ".join(map(str, blanked[:5])) + ("..." if len(blanked) > 5 else "")
                self.problems.append(
                    f"{rel}: line(s) {shown} use syntax the grader's Python "
                    f"{sys.version_info.major}.{sys.version_info.minor} cannot read (newer "
                    "Python, or an error); the rest of the file was read without them"
                )
            return module
        return None

    def read_toml(self, rel: str) -> dict[str, Any] | None:
        text = self.read_text(rel)
        if text is None:
            return None
        try:
            return tomllib.loads(text)
        except (tomllib.TOMLDecodeError, RecursionError) as exc:
            self.problems.append(f"{rel}: invalid TOML ({exc}); skipped")
            return None
