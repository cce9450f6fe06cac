"""pytest's configuration as the candidate wrote it, read as data (configparser, tomllib).

pytest decides which tests exist: `testpaths`, `python_files` and `pythonpath` from pytest.ini,
.pytest.ini, pyproject.toml (`[tool.pytest.ini_options]`, or pytest 9's `[tool.pytest]`),
tox.ini (`[pytest]`) or setup.cfg (`[tool:pytest]`), in pytest's own order of precedence, from the
shallowest folder that has one. The grader runs pytest from that folder and lets it choose.
"""

from __future__ import annotations

import configparser
import fnmatch
import posixpath
from typing import Any

from grader.discovery.facts import PytestConfig
from grader.discovery.tree import SourceTree

DEFAULT_PYTHON_FILES = ("test_*.py", "*_test.py")
_FILES = ("pytest.ini", ".pytest.ini", "pyproject.toml", "tox.ini", "setup.cfg")
_MAX_DEPTH = 2
_MAX_ITEMS = 50


def read_pytest_config(tree: SourceTree, problems: list[str]) -> PytestConfig | None:
    """The configuration pytest would use when started from the shallowest configured folder."""
    folders = sorted(
        {posixpath.dirname(f) or "." for f in tree.files if f.rsplit("/", 1)[-1] in _FILES},
        key=lambda d: (0 if d == "." else d.count("/") + 1, d),
    )
    for folder in folders:
        if folder != "." and folder.count("/") + 1 > _MAX_DEPTH:
            continue
        for name in _FILES:
            rel = name if folder == "." else f"{folder}/{name}"
            if not tree.has_file(rel):
                continue
            section = _section(tree, rel, name, problems)
            if section is not None:
                return PytestConfig(
                    file=rel,
                    rootdir=folder,
                    testpaths=_words(section.get("testpaths")),
                    python_files=_words(section.get("python_files")),
                    pythonpath=_words(section.get("pythonpath")),
                )
    return None


def _section(tree: SourceTree, rel: str, name: str, problems: list[str]) -> dict[str, Any] | None:
    if name == "pyproject.toml":
        tool = (tree.read_toml(rel) or {}).get("tool")
        pytest = tool.get("pytest") if isinstance(tool, dict) else None
        if not isinstance(pytest, dict):
            return None
        options = pytest.get("ini_options")
        if isinstance(options, dict):
            return options
        native = {k: v for k, v in pytest.items() if k != "ini_options"}
        return native or None
    text = tree.read_text(rel)
    if text is None:
        return None
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read_string(text, source=rel)
    except configparser.Error as exc:
        problems.append(f"{rel}: not valid INI ({type(exc).__name__}); pytest may refuse it")
        return {} if name in ("pytest.ini", ".pytest.ini") else None
    wanted = {"pytest.ini": "pytest", ".pytest.ini": "pytest", "tox.ini": "pytest"}.get(
        name, "tool:pytest"
    )
    if parser.has_section(wanted):
        return dict(parser.items(wanted))
    # pytest.ini is pytest's even without a [pytest] section; the others only with one.
    return {} if name in ("pytest.ini", ".pytest.ini") else None


def _words(value: Any) -> list[str]:
    if isinstance(value, str):
        return value.split()[:_MAX_ITEMS]
    if isinstance(value, list):
        return [str(v) for v in value[:_MAX_ITEMS] if isinstance(v, str)]
    return []


def is_test_module(rel: str, config: PytestConfig | None) -> bool:
    """Whether pytest would collect `rel` as a test module: `python_files` (its defaults when
    unset) on the file name, or on the path from rootdir for a pattern with a slash."""
    patterns = (config.python_files if config else []) or list(DEFAULT_PYTHON_FILES)
    name = rel.rsplit("/", 1)[-1]
    inside = _relative(rel, config.rootdir if config else ".")
    for pattern in patterns:
        if "/" in pattern:
            if inside is not None and fnmatch.fnmatch(inside, pattern):
                return True
        elif fnmatch.fnmatch(name, pattern):
            return True
    return False


def collected_by_pytest(rel: str, config: PytestConfig | None, tree: SourceTree) -> bool:
    """A test module inside rootdir and, when `testpaths` names folders that exist, inside one."""
    if not is_test_module(rel, config):
        return False
    if config is None:
        return True
    inside = _relative(rel, config.rootdir)
    if inside is None:
        return False
    roots = [p.rstrip("/") for p in config.testpaths if p and not p.startswith(("/", ".."))]
    existing = [
        p
        for p in roots
        if any(ch in p for ch in "*?[")
        or tree.has_dir(_join(config.rootdir, p))
        or tree.has_file(_join(config.rootdir, p))
    ]
    if not existing:
        return True
    return any(
        inside == p or inside.startswith(p + "/") or fnmatch.fnmatch(inside, p + "/*")
        for p in (posixpath.normpath(p) for p in existing)
    )


def _relative(rel: str, folder: str) -> str | None:
    if folder in ("", "."):
        return rel
    return rel[len(folder) + 1 :] if rel.startswith(folder + "/") else None


def _join(base: str, path: str) -> str:
    joined = posixpath.normpath(posixpath.join(base, path))
    return "." if joined in ("", ".") else joined
