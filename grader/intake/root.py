"""Project-root finding: where, inside the unpacked workspace, the candidate's project starts.

Submissions arrive wrapped (`project-main/`, `__MACOSX/` litter, a repo with `backend/` inside);
discovery needs the one folder that holds the project, judged by its marker files only.
"""

from __future__ import annotations

from pathlib import Path

from grader.intake.budget import _SKIPPED_DIRS

_IGNORED_AT_TOP = frozenset({"__MACOSX", ".DS_Store"})
_ROOT_MARKER_FILES = (
    "pyproject.toml", "setup.py", "setup.cfg", "main.py", "Pipfile", "poetry.lock", "uv.lock",
)  # fmt: skip


def _looks_like_project(folder: Path) -> bool:
    return (
        any((folder / marker).is_file() for marker in _ROOT_MARKER_FILES)
        or (folder / "app").is_dir()
        or any(path.is_file() for path in folder.glob("requirements*.txt"))
        or any(path.is_file() for path in folder.glob("requirements/*.txt"))
    )


def _is_package(folder: Path) -> bool:
    """A folder with `__init__.py` is imported from its parent: the project starts above it
    (`todoproject/main.py` with `from . import db`, run as `uvicorn todoproject.main:app`)."""
    return (folder / "__init__.py").is_file()


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
        found = [path for path in level if _looks_like_project(path) and not _is_package(path)]
        if found:
            return found[0] if len(found) == 1 else current
        level = [sub for path in level for sub in _subdirs(path)]
    return current
