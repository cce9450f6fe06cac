"""Reading requirement strings without a resolver: pip's requirements files and PEP 508 names.

The grader cannot depend on the candidate's tooling, so this is a deliberately small reader: it
keeps the lines pip would install, follows `-r` only inside the tree, and answers one question
about each requirement — does it constrain the version at all?
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable

from grader.discovery.facts import LocalInstall
from grader.discovery.tree import SourceTree

_NAME = re.compile(r"^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(\[[^\]]*\])?\s*(.*)$")
_COMMENT = re.compile(r"(^|\s+)#.*$")
_INCLUDE = re.compile(r"^(?:-r|--requirement)(?:\s*=\s*|\s+|(?=\S))(\S+)$")
_EDITABLE = re.compile(r"^(?:-e|--editable)(?:\s*=\s*|\s+)(\S+)$")
_OPTION_TAIL = re.compile(r"\s+--?[A-Za-z].*$")
_HASH = re.compile(r"--hash[=\s]+([A-Za-z0-9]+:[A-Fa-f0-9]+)")
_LOCAL_PATH = re.compile(r"^(\.{1,2}(/|$)|/|file:)")


def normalize_name(name: str) -> str:
    """PEP 503 normalisation, so `Pydantic_Settings` and `pydantic-settings` compare equal."""
    return re.sub(r"[-_.]+", "-", name).lower()


def split_requirement(requirement: str) -> tuple[str, bool] | None:
    """(name, constrained) for a PEP 508 string; None when it is not a named requirement.

    A URL (`name @ https://...`) counts as constrained: it pins one artefact.
    """
    match = _NAME.match(requirement)
    if match is None:
        return None
    rest = match.group(3).split(";", 1)[0].strip()
    if rest and rest[0] not in "@<>=!~(":
        return None
    return match.group(1), bool(rest)


def unpinned_names(requirements: list[str]) -> list[str]:
    """Names no line constrains: `uvicorn[standard]` beside `uvicorn==0.29.0` is pinned."""
    split = [s for s in map(split_requirement, requirements) if s is not None]
    constrained = {normalize_name(name) for name, pinned in split if pinned}
    names: list[str] = []
    for name, _ in split:
        if normalize_name(name) not in constrained and name not in names:
            names.append(name)
    return names


def dedupe(requirements: Iterable[str], *, excluding: Iterable[str] = ()) -> list[str]:
    """First occurrence per normalised name, leaving out names already present in `excluding`;
    a later one that asks for extras not yet asked for is kept (`databases[aiosqlite]` in the
    dev extra beside the runtime's `databases[aiomysql]`, fresh bw53-03: the tests' driver)."""
    seen: dict[str, set[str]] = {}
    for requirement in excluding:
        seen.setdefault(_key(requirement), set()).update(_extras(requirement))
    kept: list[str] = []
    for requirement in requirements:
        key, extras = _key(requirement), _extras(requirement)
        if key not in seen or not extras <= seen[key]:
            seen.setdefault(key, set()).update(extras)
            kept.append(requirement)
    return kept


def _extras(requirement: str) -> set[str]:
    match = _NAME.match(requirement)
    listed = match.group(2) if match and match.group(2) else "[]"
    return {normalize_name(e.strip()) for e in listed[1:-1].split(",") if e.strip()}


def _key(requirement: str) -> str:
    split = split_requirement(requirement)
    return normalize_name(split[0]) if split else requirement


class RequirementsReader:
    """Parses requirements files of one tree, following includes once each and never outside."""

    def __init__(self, tree: SourceTree, problems: list[str]) -> None:
        self.tree = tree
        self.problems = problems
        self.files_read: list[str] = []
        self.editable_self = False
        self.hashes: dict[str, list[str]] = {}
        self.local: list[LocalInstall] = []

    def read(self, rel: str) -> list[str]:
        if rel in self.files_read:
            return []
        self.files_read.append(rel)
        text = self.tree.read_text(rel)
        if text is None:
            return []
        requirements: list[str] = []
        for line in _logical_lines(text):
            requirements.extend(self._line(rel, line))
        return requirements

    def _line(self, rel: str, line: str) -> list[str]:
        include = _INCLUDE.match(line)
        if include:
            target = self._inside(rel, include.group(1))
            if target is None:
                outside = include.group(1)
                self.problems.append(f"{rel}: include {outside!r} not in the tree, ignored")
                return []
            return self.read(target)
        editable = _EDITABLE.match(line)
        if editable:
            return self._local(rel, editable.group(1), editable=True)
        if line.startswith("-"):
            return []  # --index-url, -c constraints, --find-links ...: options, not requirements
        hashes = _HASH.findall(line)
        line = _OPTION_TAIL.sub("", line)  # per-requirement options such as --hash
        if _LOCAL_PATH.match(line):
            return self._local(rel, line, editable=False)
        split = split_requirement(line)
        if split is None:
            self.problems.append(f"{rel}: {line!r} is not a named requirement, ignored")
            return []
        if hashes:
            self.hashes.setdefault(normalize_name(split[0]), []).extend(hashes)
        return [line]

    def _local(self, rel: str, target: str, *, editable: bool) -> list[str]:
        """`-e .`, `.` or `./libs/x`: a folder of the tree the build installs as a package."""
        path = target.split("#", 1)[0]
        extras = re.search(r"\[[^\]]*\]$", path)
        path = path[: extras.start()] if extras else path
        inside = self._inside_dir(rel, path) if "://" not in path else None
        if inside is None:
            self.problems.append(f"{rel}: {target!r} is not a folder of the submission; ignored")
            return []
        how = "editable install" if editable else "local install"
        self.problems.append(f"{rel}: {how} {target!r}: the build installs that folder, offline")
        if inside == ".":
            self.editable_self = True
        if all(item.path != inside for item in self.local):
            self.local.append(LocalInstall(path=inside, editable=editable))
        return []

    def _inside_dir(self, rel: str, target: str) -> str | None:
        """A folder named relative to the working directory pip runs in (the project's root)."""
        if target.startswith("/") or target.startswith("file:"):
            return None
        joined = posixpath.normpath(target)
        if joined.startswith("../") or joined == "..":
            return None
        return joined if self.tree.has_dir(joined) else None

    def _inside(self, rel: str, target: str) -> str | None:
        if target.startswith("/") or "://" in target:
            return None
        joined = posixpath.normpath(posixpath.join(posixpath.dirname(rel), target))
        if joined.startswith("../") or joined == "..":
            return None
        return joined if self.tree.has_file(joined) else None


def _logical_lines(text: str) -> list[str]:
    """Lines with comments removed and backslash continuations joined, as pip reads them."""
    lines: list[str] = []
    pending = ""
    for raw in text.splitlines():
        raw = _COMMENT.sub("", raw)
        if raw.endswith("\\"):
            pending += raw[:-1] + " "
            continue
        line = (pending + raw).strip()
        pending = ""
        if line:
            lines.append(line)
    if pending.strip():
        lines.append(pending.strip())
    return lines
