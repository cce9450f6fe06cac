"""Which dependencies a submission declares, from whichever file its author used.

Candidates use every packaging style there is. The build step only needs the lists, so the build
backend never matters: requirements files, PEP 621, Poetry 1, PEP 735 groups, setup.py (read as
an AST, never run), setup.cfg and Pipfile are all reduced to PEP 508 strings.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from typing import Any

from grader.discovery.facts import DependencySource, DependencySpec, LocalInstall, LockSpec
from grader.discovery.legacy_imports import setuptools_imports
from grader.discovery.locks import (
    TestSelection,
    read_pipfile_lock,
    read_poetry_lock,
    read_uv_lock,
    test_selection,
)
from grader.discovery.modules import called_name
from grader.discovery.poetry import poetry_group_requirements, poetry_requirements
from grader.discovery.python_version import read_python
from grader.discovery.requirements import (
    RequirementsReader,
    dedupe,
    normalize_name,
    split_requirement,
    unpinned_names,
)
from grader.discovery.setup_cfg import file_directive, listed, option, read_setup_cfg
from grader.discovery.third_party_imports import third_party_imports
from grader.discovery.tree import SourceTree

RUNTIME_REQUIREMENTS = (
    "requirements.txt",
    "requirements/prod.txt",
    "requirements/production.txt",
    "requirements/main.txt",
    "requirements/base.txt",
)
MISSPELT_REQUIREMENTS = ("requirement.txt", "Requirements.txt", "requirements.text", "reqs.txt")
TEST_REQUIREMENTS = (
    "requirements-dev.txt",
    "requirements-test.txt",
    "requirements-tests.txt",
    "requirements_dev.txt",
    "requirements_test.txt",
    "requirements/dev.txt",
    "requirements/test.txt",
    "requirements/tests.txt",
    "dev-requirements.txt",
    "test-requirements.txt",
)
TEST_GROUPS = frozenset({"test", "tests", "testing", "dev"})
# What building a project needs when it names no build backend (pip's and uv's default).
LEGACY_BUILD_REQUIRES = ("setuptools>=40.8.0",)
EDITABLE_BUILD_REQUIRES = {"hatchling": ("editables~=0.3",), "setuptools": ("wheel",)}


@dataclass
class _Declared:
    """What one style of declaration contributed; `has_runtime` even when the list is empty."""

    source: DependencySource
    files: list[str] = field(default_factory=list)
    runtime: list[str] = field(default_factory=list)
    test: list[str] = field(default_factory=list)
    has_runtime: bool = False


def read_dependencies(tree: SourceTree, problems: list[str]) -> DependencySpec:
    """Runtime deps from the first style that declares them; test deps from every style; the
    lock file, the Python version and the folders to install, for a build that reproduces."""
    reader = RequirementsReader(tree, problems)
    pyproject = tree.read_toml("pyproject.toml") if tree.has_file("pyproject.toml") else None
    selection = test_selection(tree)
    declared = [
        _from_requirements(tree, reader, problems),
        _from_pep621(pyproject, selection),
        _from_poetry(pyproject, selection, problems),
        _from_setup_py(tree, problems),
        _from_setup_cfg(tree, reader, selection, problems),
        _from_pipfile(tree, problems),
    ]
    extra_test = _from_pyproject_groups(pyproject, selection, problems)
    for rel in selection.requirement_files:  # the files CI or the README install for tests
        extra_test += reader.read(rel)
    chosen = next((d for d in declared if d.has_runtime), None)
    runtime = list(chosen.runtime) if chosen else []
    if chosen and chosen.source == "requirements" and reader.editable_self:
        # `-e .` installs the project itself: its own declaration is part of the runtime set.
        runtime += next((d.runtime for d in declared[1:] if d.has_runtime), [])
    runtime = dedupe(runtime)
    test = dedupe([r for d in declared for r in d.test] + extra_test, excluding=runtime)
    files = [f for d in declared for f in d.files] + reader.files_read
    if pyproject is not None and extra_test:
        files.append("pyproject.toml")
    lock, implied = _lock(tree, pyproject, chosen, selection, problems)
    installs = list(reader.local)
    if implied is None:
        implied = _implied_project(pyproject, chosen, reader)
    if implied is not None and not _src_layout(tree):
        # A flat project imports from its own folder, which uvicorn and pytest put on the path:
        # installing it would change nothing but the time the build takes.
        implied = None
    if implied is not None and all(item.path != "." for item in installs):
        installs.insert(0, implied)
    if lock is not None:
        files.append(lock.file)
    return DependencySpec(
        source=chosen.source if chosen else "none",
        files=list(dict.fromkeys(files)),
        requirement_files=declared[0].files[:1] if chosen is declared[0] else [],
        runtime=runtime,
        test=test,
        unpinned=unpinned_names(runtime),
        lock=lock,
        python=read_python(tree, pyproject, problems),
        hashes=reader.hashes,
        installs=installs,
        build_requires=_build_requires(tree, installs),
        setuptools_imports=setuptools_imports(tree),
        imports=third_party_imports(tree),
    )


def _lock(
    tree: SourceTree,
    pyproject: dict[str, Any] | None,
    chosen: _Declared | None,
    selection: TestSelection,
    problems: list[str],
) -> tuple[LockSpec | None, LocalInstall | None]:
    """The first usable lock: uv.lock, poetry.lock, Pipfile.lock.

    Beside a requirements.txt, the lock wins when the requirements leave versions open and the
    lock pins every package they name: `pip install -r` would resolve today's releases, which
    the author never ran (pydantic 2 for code written for pydantic 1), while the lock records
    what did run. A requirements.txt that pins every version (`==`) is itself a lock, and it is
    what the README's pip users install: it decides then, and when the lock misses a package."""
    locks = [f for f in ("uv.lock", "poetry.lock", "Pipfile.lock") if tree.has_file(f)]
    if not locks:
        return None, None
    uv = read_uv_lock(tree, pyproject, selection, problems)
    found = uv or next(
        (
            (lock, None)
            for lock in (
                read_poetry_lock(tree, pyproject, selection, problems),
                read_pipfile_lock(tree, problems),
            )
            if lock is not None
        ),
        (None, None),
    )
    lock = found[0]
    if lock is None or chosen is None or chosen.source != "requirements":
        return found
    why = _requirements_over_lock(chosen, lock)
    file = chosen.files[0] if chosen.files else "requirements.txt"
    if why is not None:
        problems.append(f"{lock.file} not used: {file} {why}")
        return None, None
    loose = _loose(chosen.runtime)
    shown = ", ".join(loose[:5]) + (", ..." if len(loose) > 5 else "")
    problems.append(
        f"{lock.file} used, not {file}: {file} leaves {len(loose)} of {len(chosen.runtime)} "
        f"versions open ({shown}) and the lock pins every package it names, as the author "
        "last ran them"
    )
    return found


def _loose(requirements: list[str]) -> list[str]:
    """Names whose version a requirement leaves open (anything but `==`/`===` a version)."""
    loose: list[str] = []
    for requirement in requirements:
        split = split_requirement(requirement)
        if split is not None and not re.search(r"===?\s*[\w.!+]+\s*(?:;|$)", requirement):
            loose.append(split[0])
    return loose


def _requirements_over_lock(chosen: _Declared, lock: LockSpec) -> str | None:
    """Why the requirements file decides rather than the lock beside it; None: the lock."""
    if not _loose(chosen.runtime):
        return "pins every version, and decides what the build installs"
    locked = {normalize_name(name) for name in lock.names}
    named = [s[0] for r in chosen.runtime if (s := split_requirement(r)) is not None]
    missing = [name for name in named if normalize_name(name) not in locked]
    if missing:
        return f"names {', '.join(missing[:5])}, which the lock does not pin; it decides"
    return None


def _implied_project(
    pyproject: dict[str, Any] | None, chosen: _Declared | None, reader: RequirementsReader
) -> LocalInstall | None:
    """The project itself, where its tooling installs it (`poetry install`, `pip install -e .`
    for a project that declares its dependencies only in pyproject.toml or setup.py)."""
    if chosen is None or chosen.source in {"requirements", "pipfile"} or reader.editable_self:
        return None
    poetry = _table(_table(pyproject, "tool"), "poetry")
    if chosen.source == "poetry" and poetry.get("package-mode") is False:
        return None
    if chosen.source == "pep621" and "build-system" not in (pyproject or {}):
        return None
    return LocalInstall(path=".", editable=True, required=False, with_deps=False)


def _src_layout(tree: SourceTree) -> bool:
    """Code under src/ (a package or a module) that only an install puts on the import path."""
    return any(
        re.fullmatch(r"src/[A-Za-z_][A-Za-z0-9_]*(/__init__\.py|\.py)", rel) for rel in tree.files
    )


def _build_requires(tree: SourceTree, installs: list[LocalInstall]) -> list[str]:
    """What building the folders to install needs, fetched ahead so the build can be offline."""
    found: list[str] = []
    for install in installs:
        prefix = "" if install.path == "." else f"{install.path}/"
        pyproject = (
            tree.read_toml(f"{prefix}pyproject.toml")
            if tree.has_file(f"{prefix}pyproject.toml")
            else None
        )
        build_system = _table(pyproject, "build-system")
        if "requires" in build_system:
            found += [r for r in _strings(build_system["requires"]) if split_requirement(r)]
        else:
            found += LEGACY_BUILD_REQUIRES
        if install.editable:
            # What backends ask for at build time (get_requires_for_build_editable), which no
            # file declares: the install is offline, so it must be fetched ahead.
            backend = str(build_system.get("build-backend", "setuptools"))
            found += EDITABLE_BUILD_REQUIRES.get(backend.split(".")[0], ())
    return dedupe(found)


def _from_requirements(
    tree: SourceTree, reader: RequirementsReader, problems: list[str]
) -> _Declared:
    declared = _Declared("requirements")
    runtime_file = next((f for f in RUNTIME_REQUIREMENTS if tree.has_file(f)), None)
    if runtime_file is None:
        nested = [f for f in tree.files if re.fullmatch(r"[^/]+/requirements\.txt", f)]
        if len(nested) == 1 and not _declares_elsewhere(tree):
            runtime_file = nested[0]
            problems.append(f"no requirements.txt at the root; using {runtime_file}")
    if runtime_file is None:
        # A misspelt name is still the file a reader of the repository would install.
        odd = next((f for f in MISSPELT_REQUIREMENTS if tree.has_file(f)), None)
        if odd is not None and not _declares_elsewhere(tree):
            runtime_file = odd
            problems.append(f"no requirements.txt at the root; using {runtime_file}")
    if runtime_file is not None:
        declared.runtime = reader.read(runtime_file)
        declared.has_runtime = True
    for test_file in TEST_REQUIREMENTS:
        if tree.has_file(test_file):
            declared.test += reader.read(test_file)
    declared.files = list(reader.files_read)
    return declared


def _declares_elsewhere(tree: SourceTree) -> bool:
    if any(tree.has_file(f) for f in ("pyproject.toml", "setup.py", "Pipfile")):
        return True
    config = read_setup_cfg(tree, [])  # a setup.cfg for flake8 or isort declares nothing
    return config is not None and option(config, "options", "install_requires") is not None


def _from_pep621(pyproject: dict[str, Any] | None, selection: TestSelection) -> _Declared:
    declared = _Declared("pep621")
    project = _table(pyproject, "project")
    if "dependencies" in project:
        declared.runtime = _strings(project["dependencies"])
        declared.has_runtime = True
    extras = _table(project, "optional-dependencies")
    own = normalize_name(str(project.get("name", "")))
    for group in extras:
        if selection.extra(group):
            declared.test += _own_extras_expanded(extras, group, own, set())
    if project:
        declared.files = ["pyproject.toml"]
    return declared


_SELF_EXTRAS = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*\[([^\]]*)\]\s*$")


def _own_extras_expanded(extras: dict[str, Any], group: str, own: str, seen: set[str]) -> list[str]:
    """An extra's requirements, with `blogapi[test]` in blogapi's own `dev` extra replaced by
    the `test` extra it names: the project is not on PyPI, its extras are right here."""
    if group in seen:
        return []
    seen.add(group)
    found: list[str] = []
    for requirement in _strings(extras.get(group, [])):
        match = _SELF_EXTRAS.match(requirement)
        if own and match and normalize_name(match.group(1)) == own:
            for name in (e.strip() for e in match.group(2).split(",")):
                found += _own_extras_expanded(extras, name, own, seen)
        elif not (own and normalize_name(requirement.strip()) == own):
            found.append(requirement)
    return found


def _from_poetry(
    pyproject: dict[str, Any] | None, selection: TestSelection, problems: list[str]
) -> _Declared:
    declared = _Declared("poetry")
    poetry = _table(_table(pyproject, "tool"), "poetry")
    if "dependencies" in poetry:
        declared.runtime = poetry_requirements(_table(poetry, "dependencies"), problems)
        declared.has_runtime = True
    groups = [name.lower() for name in _table(poetry, "group") if selection.group(name)]
    declared.test = poetry_group_requirements(poetry, groups, problems)
    if poetry:
        declared.files = ["pyproject.toml"]
    return declared


def _from_pyproject_groups(
    pyproject: dict[str, Any] | None, selection: TestSelection, problems: list[str]
) -> list[str]:
    """PEP 735 [dependency-groups] plus the uv/pdm dev lists that predate it."""
    groups = _table(pyproject, "dependency-groups")
    found: list[str] = []
    for name in groups:
        if selection.group(name):
            found += _resolve_group(groups, name, set(), problems)
    tool = _table(pyproject, "tool")
    found += _strings(_table(tool, "uv").get("dev-dependencies"))
    for name, requirements in _table(_table(tool, "pdm"), "dev-dependencies").items():
        if selection.group(name):
            found += _strings(requirements)
    return found


def _resolve_group(
    groups: dict[str, Any], name: str, seen: set[str], problems: list[str]
) -> list[str]:
    if name in seen:
        problems.append(f"dependency group {name!r} includes itself; cycle ignored")
        return []
    seen.add(name)
    entries = groups.get(name)
    found: list[str] = []
    for entry in entries if isinstance(entries, list) else []:
        if isinstance(entry, str):
            found.append(entry)
        elif isinstance(entry, dict) and isinstance(entry.get("include-group"), str):
            included = entry["include-group"]
            wanted = normalize_name(included)
            target = next((g for g in groups if normalize_name(g) == wanted), None)
            if target is None:
                problems.append(f"dependency group {name!r} includes unknown group {included!r}")
            else:
                found += _resolve_group(groups, target, seen, problems)
    return found


def _from_setup_py(tree: SourceTree, problems: list[str]) -> _Declared:
    """`install_requires=[...]` read from the AST; a setup.py is never executed."""
    declared = _Declared("setup_py")
    module = tree.parse_python("setup.py") if tree.has_file("setup.py") else None
    if module is None:
        return declared
    declared.files = ["setup.py"]
    for node in ast.walk(module):
        if not (isinstance(node, ast.Call) and called_name(node.func) == "setup"):
            continue
        for keyword in node.keywords:
            value = _literal(module, keyword.value)
            if keyword.arg == "install_requires":
                if value is None:
                    problems.append("setup.py: install_requires is not a literal list; not read")
                    continue
                declared.runtime = _strings(value)
                declared.has_runtime = True
            elif keyword.arg == "tests_require":
                declared.test += _strings(value)
            elif keyword.arg == "extras_require" and isinstance(value, dict):
                for extra, requirements in value.items():
                    if isinstance(extra, str) and normalize_name(extra) in TEST_GROUPS:
                        declared.test += _strings(requirements)
    return declared


def _from_setup_cfg(
    tree: SourceTree, reader: RequirementsReader, selection: TestSelection, problems: list[str]
) -> _Declared:
    """`[options] install_requires` (and tests_require, test extras) of a setup.cfg, which
    setuptools reads when setup.py is a bare `setup()`."""
    declared = _Declared("setup_cfg")
    config = read_setup_cfg(tree, problems)
    if config is None:
        return declared
    declared.files = ["setup.cfg"]
    install_requires = option(config, "options", "install_requires")
    if install_requires is not None:
        declared.runtime = _cfg_requirements(install_requires, reader)
        declared.has_runtime = True
    declared.test += _cfg_requirements(option(config, "options", "tests_require") or "", reader)
    if config.has_section("options.extras_require"):
        for extra, value in config.items("options.extras_require"):
            if normalize_name(extra) in TEST_GROUPS or selection.extra(extra):
                declared.test += _cfg_requirements(value, reader)
    return declared


def _cfg_requirements(value: str, reader: RequirementsReader) -> list[str]:
    files = file_directive(value)
    if files is None:
        return listed(value)
    return [r for rel in files for r in reader.read(rel)]


def _literal(module: ast.Module, node: ast.expr) -> object:
    """A literal value, following one module-level `NAME = [...]`; None when not literal."""
    if isinstance(node, ast.Name):
        name = node.id
        for statement in module.body:
            if isinstance(statement, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == name for t in statement.targets
            ):
                node = statement.value
    try:
        return ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, RecursionError, MemoryError):
        return None


def _from_pipfile(tree: SourceTree, problems: list[str]) -> _Declared:
    declared = _Declared("pipfile")
    pipfile = tree.read_toml("Pipfile") if tree.has_file("Pipfile") else None
    if pipfile is None:
        return declared
    declared.files = ["Pipfile"]
    if "packages" in pipfile:
        declared.runtime = _pipfile_section(_table(pipfile, "packages"), problems)
        declared.has_runtime = True
    declared.test = _pipfile_section(_table(pipfile, "dev-packages"), problems)
    return declared


def _pipfile_section(packages: dict[str, Any], problems: list[str]) -> list[str]:
    found: list[str] = []
    for name, value in packages.items():
        extras = ""
        if isinstance(value, dict):
            if any(key in value for key in ("git", "path", "file", "editable")):
                problems.append(f"Pipfile: {name} is a VCS/path dependency; skipped")
                continue
            if isinstance(value.get("extras"), list):
                extras = "[" + ",".join(_strings(value["extras"])) + "]"
            value = value.get("version", "*")
        if not isinstance(value, str):
            continue
        version = value.strip()
        if version in {"", "*"}:
            found.append(f"{name}{extras}")
        elif version[0] in "<>=!~":
            found.append(f"{name}{extras}{version.replace(' ', '')}")
        else:
            found.append(f"{name}{extras}=={version}")
    return found


def _table(data: dict[str, Any] | None, key: str) -> dict[str, Any]:
    """A sub-table when it is one; hand-written TOML may put anything anywhere."""
    value = data.get(key) if isinstance(data, dict) else None
    return value if isinstance(value, dict) else {}


def _strings(value: object) -> list[str]:
    if not isinstance(value, list | tuple):
        return []
    return [item.strip() for item in value if isinstance(item, str) and item.strip()]
