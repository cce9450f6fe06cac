"""Lock files, read as data: what the candidate actually ran, to install exactly that.

- `uv.lock`: the build exports it with `uv export --frozen` (inside a container that sees only
  it and pyproject.toml); here we learn its root, groups and extras, and which names it locks.
- `poetry.lock`: walked from the project's declared dependencies (main, then the test groups),
  following each package's dependencies, extras and markers; every package reached is pinned.
- `Pipfile.lock`: `default` is the runtime, `develop` the tests.

Which groups and extras count as "for tests": the usual names (dev, test, tests, testing) and
any the project's README or CI names in an install command (`uv sync --group x`,
`poetry install --with x`, `pip install -e ".[x]"`, `-r requirements-ci.txt`).
"""

from __future__ import annotations

import json
import posixpath
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from grader.discovery.facts import LocalInstall, LockSpec
from grader.discovery.requirements import normalize_name
from grader.discovery.tree import SourceTree

TEST_GROUPS = frozenset({"test", "tests", "testing", "dev"})
_DOC_FILES = re.compile(
    r"^(readme[^/]*|contributing[^/]*|makefile|justfile|tox\.ini|noxfile\.py|dockerfile[^/]*"
    r"|\.gitlab-ci\.ya?ml|\.github/workflows/[^/]+\.ya?ml|docs/[^/]+\.(md|rst))$",
    re.IGNORECASE,
)
_INSTALL_LINE = re.compile(r"\b(uv|poetry|pip3?|pipenv|pdm|hatch)\b[^\n]*\b(install|sync|add)\b")
_GROUP = re.compile(r"--(?:only-)?group[=\s]+[\"']?([A-Za-z0-9_.-]+)")
_WITH = re.compile(r"--(?:with|only)[=\s]+[\"']?([A-Za-z0-9_.,-]+)")
_EXTRA = re.compile(r"(?:--extras?|-E)[=\s]+(?:\"([^\"]+)\"|'([^']+)'|([A-Za-z0-9_.,-]+))")
_BRACKET = re.compile(r"(?:^|\s)[\"']?(?:-e\s+)?[\"']?\.\[([A-Za-z0-9_.,\s-]+)\]")
_REQ_FILE = re.compile(r"(?:-r|--requirement)[=\s]+[\"']?([A-Za-z0-9_./-]+\.(?:txt|in))")
_MAX_MARKERS = 8
_MAX_MARKER_CHARS = 400


@dataclass
class TestSelection:
    """Groups, extras and requirement files the project uses for its tests."""

    groups: set[str] = field(default_factory=lambda: set(TEST_GROUPS))
    extras: set[str] = field(default_factory=lambda: set(TEST_GROUPS))
    all_groups: bool = False
    all_extras: bool = False
    requirement_files: list[str] = field(default_factory=list)

    def group(self, name: str) -> bool:
        return self.all_groups or normalize_name(name) in self.groups

    def extra(self, name: str) -> bool:
        return self.all_extras or normalize_name(name) in self.extras


def test_selection(tree: SourceTree) -> TestSelection:
    """The usual test groups, plus what the README and CI install with."""
    selection = TestSelection()
    for rel in tree.files:
        if rel.count("/") > 2 or not _DOC_FILES.match(rel):
            continue
        text = tree.read_text(rel) or ""
        for line in text.splitlines():
            if not _INSTALL_LINE.search(line):
                continue
            selection.all_groups |= "--all-groups" in line
            selection.all_extras |= "--all-extras" in line
            for found in _GROUP.findall(line):
                selection.groups.add(normalize_name(found))
            for found in _WITH.findall(line):
                selection.groups.update(normalize_name(g) for g in found.split(",") if g)
            extras = ["".join(groups) for groups in _EXTRA.findall(line)]
            for found in [*extras, *_BRACKET.findall(line)]:
                selection.extras.update(
                    normalize_name(e) for e in re.split(r"[,\s]+", found) if e.strip()
                )
            for found in _REQ_FILE.findall(line):
                target = posixpath.normpath(found)
                if tree.has_file(target) and target not in selection.requirement_files:
                    selection.requirement_files.append(target)
    return selection


# --- uv.lock ------------------------------------------------------------------------------


def read_uv_lock(
    tree: SourceTree,
    pyproject: dict[str, Any] | None,
    selection: TestSelection,
    problems: list[str],
) -> tuple[LockSpec, LocalInstall | None] | None:
    lock = tree.read_toml("uv.lock") if tree.has_file("uv.lock") else None
    if lock is None:
        return None
    if pyproject is None:
        problems.append("uv.lock without a pyproject.toml: the lock is not used")
        return None
    packages = [p for p in _list(lock.get("package")) if isinstance(p, dict)]
    name = normalize_name(str(_table(pyproject, "project").get("name", "")))
    root = next(
        (p for p in packages if normalize_name(str(p.get("name", ""))) == name and name), None
    )
    if root is None:
        problems.append("uv.lock does not lock this project (no package of its name); not used")
        return None
    groups = sorted(g for g in _table(root, "dev-dependencies") if selection.group(g))
    extras = sorted(e for e in _table(root, "optional-dependencies") if selection.extra(e))
    skipped = [
        f"{p.get('name')} ({kind})"
        for p in packages
        if p is not root
        for kind in ("git", "url", "path", "directory", "editable")
        if kind in _table(p, "source")
    ]
    spec = LockSpec(
        kind="uv",
        file="uv.lock",
        names=sorted({normalize_name(str(p.get("name", ""))) for p in packages} - {name}),
        groups=groups,
        extras=extras,
        skipped=skipped,
    )
    source = _table(root, "source")
    project = None
    if "editable" in source or "directory" in source:
        project = LocalInstall(path=".", editable=True, required=False, with_deps=False)
    return spec, project


# --- poetry.lock --------------------------------------------------------------------------


@dataclass
class _Edge:
    name: str
    extras: frozenset[str]
    marker: str


def read_poetry_lock(
    tree: SourceTree,
    pyproject: dict[str, Any] | None,
    selection: TestSelection,
    problems: list[str],
) -> LockSpec | None:
    lock = tree.read_toml("poetry.lock") if tree.has_file("poetry.lock") else None
    if lock is None or pyproject is None:
        return None
    poetry = _table(_table(pyproject, "tool"), "poetry")
    project = _table(pyproject, "project")
    packages: dict[str, dict[str, Any]] = {}
    for package in _list(lock.get("package")):
        if isinstance(package, dict) and isinstance(package.get("name"), str):
            key = normalize_name(package["name"])
            if key in packages:
                problems.append(f"poetry.lock: {package['name']} is locked twice; the first kept")
                continue
            packages[key] = package
    main_roots = _poetry_roots(poetry, project, selection, problems)
    test_roots, groups = _poetry_group_roots(poetry, project, selection)
    runtime_markers = _walk(main_roots, packages, problems)
    every_marker = _walk(main_roots + test_roots, packages, problems)
    skipped: list[str] = []
    runtime = _pins(runtime_markers, packages, skipped)
    test = [p for p in _pins(every_marker, packages, skipped) if p not in runtime]
    return LockSpec(
        kind="poetry",
        file="poetry.lock",
        runtime=runtime,
        test=test,
        hashes=_poetry_hashes(lock, packages),
        names=sorted(packages),
        groups=groups,
        extras=sorted(e for e in _poetry_extras(poetry, project) if selection.extra(e)),
        skipped=sorted(set(skipped)),
    )


def _poetry_roots(
    poetry: dict[str, Any],
    project: dict[str, Any],
    selection: TestSelection,
    problems: list[str],
) -> list[_Edge]:
    dependencies = _table(poetry, "dependencies")
    roots = _poetry_table_edges(dependencies)
    roots += _pep508_edges(_strings(project.get("dependencies")))
    for extra, names in _table(poetry, "extras").items():  # Poetry 1: optional dependencies
        if selection.extra(extra):
            wanted = {normalize_name(n) for n in _strings(names)}
            optional = _poetry_table_edges(dependencies, optional=True)
            roots += [edge for edge in optional if edge.name in wanted]
    for extra, requirements in _table(project, "optional-dependencies").items():  # PEP 621
        if selection.extra(extra):
            roots += _pep508_edges(_strings(requirements))
    if not roots:
        problems.append("poetry.lock: pyproject.toml declares no dependencies to start from")
    return roots


def _poetry_extras(poetry: dict[str, Any], project: dict[str, Any]) -> list[str]:
    return [*_table(poetry, "extras"), *_table(project, "optional-dependencies")]


def _poetry_group_roots(
    poetry: dict[str, Any], project: dict[str, Any], selection: TestSelection
) -> tuple[list[_Edge], list[str]]:
    roots = _poetry_table_edges(_table(poetry, "dev-dependencies"))
    groups = ["dev"] if roots else []
    for name, group in _table(poetry, "group").items():
        if isinstance(group, dict) and selection.group(name):
            roots += _poetry_table_edges(_table(group, "dependencies"))
            groups.append(name)
    return roots, sorted(set(groups))


def _poetry_table_edges(table: dict[str, Any], *, optional: bool = False) -> list[_Edge]:
    edges: list[_Edge] = []
    for name, value in table.items():
        if name.lower() == "python":
            continue
        for constraint in value if isinstance(value, list) else [value]:
            extras: frozenset[str] = frozenset()
            marker = ""
            is_optional = False
            if isinstance(constraint, dict):
                is_optional = constraint.get("optional") is True
                extras = frozenset(normalize_name(e) for e in _strings(constraint.get("extras")))
                marker = str(constraint.get("markers") or "")
            if is_optional == optional:
                edges.append(_Edge(normalize_name(name), extras, marker))
    return edges


def _pep508_edges(requirements: Iterable[str]) -> list[_Edge]:
    edges: list[_Edge] = []
    for requirement in requirements:
        head, _, marker = requirement.partition(";")
        match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?", head)
        if match is None:
            continue
        extras = frozenset(normalize_name(e) for e in (match.group(2) or "").split(",") if e)
        edges.append(_Edge(normalize_name(match.group(1)), extras, marker.strip()))
    return edges


def _walk(
    roots: list[_Edge], packages: dict[str, dict[str, Any]], problems: list[str]
) -> dict[str, set[str]]:
    """Every package reached from `roots`, with the markers under which it is reached ("" =
    always). A package's own dependencies inherit its markers, conjoined with the edge's."""
    reached: dict[str, set[str]] = {}
    extras_seen: dict[str, set[str]] = {}
    queue: list[tuple[_Edge, str]] = [(edge, "") for edge in roots]
    while queue:
        edge, parent_marker = queue.pop()
        package = packages.get(edge.name)
        if package is None:
            problems.append(f"poetry.lock: {edge.name} is required but not locked")
            continue
        marker = _conjoin(parent_marker, _without_extra(edge.marker))
        markers = reached.setdefault(edge.name, set())
        known_extras = extras_seen.setdefault(edge.name, set())
        new_marker = "" not in markers and marker not in markers
        new_extras = not edge.extras <= known_extras
        if not (new_marker or new_extras):
            continue
        if new_marker:
            markers.add(marker)
            if marker == "" or len(markers) > _MAX_MARKERS:
                markers.clear()
                markers.add("")
        known_extras.update(edge.extras)
        here = "" if "" in markers else marker
        for child in _poetry_table_edges(_table(package, "dependencies")):
            queue.append((child, here))
        for extra in known_extras:
            for requirement in _strings(_table(package, "extras").get(extra)):
                requirement = re.sub(r"\s*\(([^)]*)\)", r"\1", requirement, count=1)
                queue.extend((child, here) for child in _pep508_edges([requirement]))
    return reached


def _conjoin(a: str, b: str) -> str:
    if not a or not b:
        return a or b
    joined = f"({a}) and ({b})"
    return joined if len(joined) <= _MAX_MARKER_CHARS else ""


def _without_extra(marker: str) -> str:
    """Drop `extra == "x"` clauses: the walk already decided which extras apply."""
    if "extra" not in marker:
        return marker
    parts = [p for p in re.split(r"\s+and\s+", marker) if not re.match(r"\s*extra\s*==", p)]
    rest = " and ".join(parts).strip()
    return "" if "extra" in rest else rest


def _pins(
    reached: dict[str, set[str]], packages: dict[str, dict[str, Any]], skipped: list[str]
) -> list[str]:
    pins: list[str] = []
    for name in sorted(reached):
        package = packages[name]
        source = _table(package, "source")
        kind = str(source.get("type", ""))
        if kind in {"git", "url", "directory", "file"}:
            skipped.append(f"{package['name']} ({kind})")
            continue
        markers = reached[name]
        pin = f"{package['name']}=={package.get('version')}"
        if "" not in markers:
            pin += " ; " + " or ".join(f"({m})" for m in sorted(markers))
        pins.append(pin)
    return pins


def _poetry_hashes(
    lock: dict[str, Any], packages: dict[str, dict[str, Any]]
) -> dict[str, list[str]]:
    hashes: dict[str, list[str]] = {}
    legacy = _table(_table(lock, "metadata"), "files")  # lock-version 1.x
    for name, package in packages.items():
        files = package.get("files", legacy.get(package.get("name", "")))
        found = [
            str(f["hash"]) for f in _list(files) if isinstance(f, dict) and "hash" in f
        ]
        if found:
            hashes[name] = found
    return hashes


# --- Pipfile.lock -------------------------------------------------------------------------


def read_pipfile_lock(tree: SourceTree, problems: list[str]) -> LockSpec | None:
    text = tree.read_text("Pipfile.lock") if tree.has_file("Pipfile.lock") else None
    if text is None:
        return None
    try:
        lock = json.loads(text)
    except ValueError as exc:
        problems.append(f"Pipfile.lock: not valid JSON ({exc}); not used")
        return None
    if not isinstance(lock, dict):
        return None
    skipped: list[str] = []
    hashes: dict[str, list[str]] = {}
    runtime = _pipfile_pins(_table(lock, "default"), hashes, skipped)
    test = [p for p in _pipfile_pins(_table(lock, "develop"), hashes, skipped) if p not in runtime]
    names = sorted({normalize_name(n) for s in ("default", "develop") for n in _table(lock, s)})
    return LockSpec(
        kind="pipfile",
        file="Pipfile.lock",
        runtime=runtime,
        test=test,
        hashes=hashes,
        names=names,
        groups=["develop"],
        skipped=skipped,
    )


def _pipfile_pins(
    section: dict[str, Any], hashes: dict[str, list[str]], skipped: list[str]
) -> list[str]:
    pins: list[str] = []
    for name, entry in sorted(section.items()):
        if not isinstance(entry, dict):
            continue
        if any(key in entry for key in ("git", "path", "file", "editable")):
            skipped.append(f"{name} (VCS or path)")
            continue
        version = entry.get("version")
        if not isinstance(version, str) or not version.startswith("=="):
            skipped.append(f"{name} (no pinned version)")
            continue
        extras = _strings(entry.get("extras"))
        pin = f"{name}{'[' + ','.join(extras) + ']' if extras else ''}{version}"
        if isinstance(entry.get("markers"), str) and entry["markers"].strip():
            pin += f" ; {entry['markers'].strip()}"
        pins.append(pin)
        found = _strings(entry.get("hashes"))
        if found:
            hashes[normalize_name(name)] = found
    return pins


def _table(data: object, key: str) -> dict[str, Any]:
    value = data.get(key) if isinstance(data, dict) else None
    return value if isinstance(value, dict) else {}


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _strings(value: object) -> list[str]:
    if not isinstance(value, list | tuple):
        return []
    return [item.strip() for item in value if isinstance(item, str) and item.strip()]
