"""Poetry 1 constraints translated to PEP 508, so the build can pip-install a Poetry project.

Poetry's `^` and `~` have no PEP 440 spelling; the translation keeps the author's number of
version components (`^0.110` -> `>=0.110,<0.111`, `^1.2.3` -> `>=1.2.3,<2.0.0`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

_NUMERIC = re.compile(r"^(\d+(?:\.\d+)*)(.*)$")
_PARTS = re.compile(r"\s*,\s*|\s+(?=[<>=!~^])")
_SOURCE_KEYS = ("git", "path", "url", "file")


def poetry_requirements(dependencies: dict[str, Any], problems: list[str]) -> list[str]:
    """PEP 508 strings for a `[tool.poetry.dependencies]`-shaped table, `python` dropped."""
    found: list[str] = []
    for name, value in dependencies.items():
        if name.lower() == "python":
            continue
        requirement = poetry_requirement(name, value, problems)
        if requirement is not None:
            found.append(requirement)
    return found


def poetry_group_requirements(
    poetry: dict[str, Any], groups: Iterable[str], problems: list[str]
) -> list[str]:
    """Test/dev requirements: `group.<name>.dependencies` and the Poetry 1.0 `dev-dependencies`."""
    wanted = set(groups)
    found: list[str] = []
    tables = [poetry.get("dev-dependencies")]
    group_tables = poetry.get("group")
    if isinstance(group_tables, dict):
        tables += [
            group.get("dependencies")
            for name, group in group_tables.items()
            if name.lower() in wanted and isinstance(group, dict)
        ]
    for table in tables:
        if isinstance(table, dict):
            found += poetry_requirements(table, problems)
    return found


def poetry_requirement(name: str, value: object, problems: list[str]) -> str | None:
    """One dependency; None (with a note for VCS/path sources) when pip should not get it."""
    if isinstance(value, list):
        problems.append(f"poetry: {name} has several constraints; using the first")
        value = value[0] if value else "*"
    extras = markers = ""
    if isinstance(value, dict):
        if value.get("optional") is True:
            return None
        source = next((key for key in _SOURCE_KEYS if key in value), None)
        if source is not None:
            problems.append(f"poetry: {name} is a {source} dependency; skipped")
            return None
        if isinstance(value.get("extras"), list):
            names = [e for e in value["extras"] if isinstance(e, str)]
            extras = f"[{','.join(names)}]" if names else ""
        if isinstance(value.get("markers"), str):
            markers = f"; {value['markers']}"
        value = value.get("version", "*")
    if not isinstance(value, str):
        problems.append(f"poetry: {name} has an unreadable constraint; taken as unpinned")
        value = "*"
    specifier = poetry_constraint(value, problems)
    return f"{name}{extras}{specifier}{markers}"


def poetry_constraint(constraint: str, problems: list[str]) -> str:
    """A PEP 440 specifier ("" when unconstrained) for one Poetry constraint string."""
    if "|" in constraint:
        problems.append(f"poetry: {constraint!r} has alternatives; using the first")
        constraint = constraint.split("|", 1)[0]
    specifiers: list[str] = []
    for part in _PARTS.split(constraint.strip()):
        part = part.replace(" ", "")
        if part in {"", "*"}:
            continue
        if part.startswith("^"):
            specifiers.append(_bounded(part[1:], caret=True) or f">={part[1:]}")
        elif part.startswith("~") and not part.startswith("~="):
            specifiers.append(_bounded(part[1:], caret=False) or f">={part[1:]}")
        elif part[0] in "<>!~":
            specifiers.append(part)
        elif part.startswith("="):
            specifiers.append(part if part.startswith("==") else f"={part}")
        else:
            specifiers.append(f"=={part}")  # a bare Poetry version means exactly that version
    return ",".join(specifiers)


def _bounded(version: str, *, caret: bool) -> str | None:
    """`>=v,<upper` where caret bumps the first non-zero component and tilde the minor."""
    match = _NUMERIC.match(version)
    if match is None:
        return None
    numbers = [int(n) for n in match.group(1).split(".")]
    if caret:
        index = next((i for i, n in enumerate(numbers) if n), len(numbers) - 1)
    else:
        index = 1 if len(numbers) >= 2 else 0
    upper = [*numbers[:index], numbers[index] + 1] + [0] * (len(numbers) - index - 1)
    return f">={version},<{'.'.join(map(str, upper))}"
