"""A project's named commands, read from its pyproject.toml or Pipfile as data.

`poetry run blog-migrate` in a README runs `blog.cli:migrate` from `[tool.poetry.scripts]`
(tune bw61-04, a Laravel habit: `php artisan migrate`); `uv run init-db` runs an entry of
`[project.scripts]`; `pdm run migrate` and `pipenv run migrate` run a command of
`[tool.pdm.scripts]` or the Pipfile's `[scripts]`; `hatch run serve` the first command of
`[tool.hatch.envs.default.scripts]` (`hatch run test:run`: of the `test` env). The grader needs
the name resolved to know what the command does: an entry point (`module:function`) or the
command the table holds. Only a plain `module:function` and a tokenised command are kept;
nothing is run.
"""

from __future__ import annotations

import posixpath
import re
import shlex
from dataclasses import dataclass
from typing import Any

from grader.discovery.launchers import join_path
from grader.discovery.tree import SourceTree

_PYTHON = re.compile(r"^python(?:\d(?:\.\d+)?)?$")
_INTERPRETER_FLAGS = frozenset({"-u", "-B", "-O", "-OO", "-E", "-s"})
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}(?::[A-Za-z0-9][A-Za-z0-9_.\-]{0,63})?$")
_ENTRY = re.compile(
    r"^[A-Za-z_][A-Za-z0-9_]{0,63}(?:\.[A-Za-z_][A-Za-z0-9_]{0,63}){0,9}:[A-Za-z_][A-Za-z0-9_]{0,63}$"
)
# The tools whose `run NAME` runs a named command of the project's tables.
RUNNERS = frozenset({"poetry", "uv", "pdm", "pipenv", "rye", "hatch"})


@dataclass(frozen=True)
class ProjectScript:
    """One named command: an entry point (`entry`) or a command line (`command`)."""

    name: str
    file: str  # the pyproject.toml or Pipfile it is declared in
    entry: str | None = None  # "module:function"
    command: tuple[str, ...] = ()

    @property
    def module(self) -> str | None:
        return self.entry.split(":")[0] if self.entry else None

    @property
    def function(self) -> str | None:
        return self.entry.split(":")[1] if self.entry else None


def project_scripts(tree: SourceTree, folder: str) -> dict[str, ProjectScript]:
    """The named commands declared in `folder`'s pyproject.toml and Pipfile (else the root's)."""
    found: dict[str, ProjectScript] = {}
    for base in dict.fromkeys([folder, "."]):
        pyproject = join_path(base, "pyproject.toml")
        data = tree.read_toml(pyproject) if tree.has_file(pyproject) else None
        if data is not None:
            project = _table(data, "project")
            tool = _table(data, "tool")
            for table in (_table(project, "scripts"), _table(_table(tool, "poetry"), "scripts")):
                for name, value in table.items():
                    _keep(found, name, pyproject, _entry(value))
            for name, value in _table(_table(tool, "pdm"), "scripts").items():
                _keep(found, name, pyproject, _pdm(value))
            for env, table in _table(_table(tool, "hatch"), "envs").items():
                scripts = _table(table, "scripts") if isinstance(table, dict) else {}
                for name, value in scripts.items():
                    # `hatch run serve` (the default env), `hatch run test:run`
                    shown = name if env == "default" else f"{env}:{name}"
                    first = value[0] if isinstance(value, list) and value else value
                    _keep(found, shown, pyproject, _command(first))
        pipfile = join_path(base, "Pipfile")
        data = tree.read_toml(pipfile) if tree.has_file(pipfile) else None
        if data is not None:
            for name, value in _table(data, "scripts").items():
                _keep(found, name, pipfile, _command(value))
        if found:
            return found
    return found


def script_call(
    segment: list[str], scripts: dict[str, ProjectScript]
) -> tuple[ProjectScript, tuple[str, ...]] | None:
    """(script, arguments) of `poetry run NAME ...` (uv, pdm, pipenv, rye alike, after any
    other runner such as `docker compose exec app`), or of an installed entry point called by
    its name first in the segment."""
    for index, token in enumerate(segment):
        script = scripts.get(token)
        if script is None:
            continue
        runner = (
            index >= 2
            and segment[index - 1] == "run"
            and posixpath.basename(segment[index - 2]) in RUNNERS
        )
        if runner or (index == 0 and script.entry is not None):
            return script, tuple(segment[index + 1 :])
    return None


def mentions(scripts: dict[str, ProjectScript]) -> str:
    """A regex alternative that finds the scripts' names in a command's text ('' when none)."""
    names = sorted(scripts, key=len, reverse=True)
    return "|".join(rf"(?<![\w\-.]){re.escape(n)}(?![\w\-.])" for n in names)


def _keep(found: dict[str, ProjectScript], name: object, file: str, read: object) -> None:
    if not isinstance(name, str) or not _NAME.match(name) or name in found:
        return
    if isinstance(read, str):
        found[name] = ProjectScript(name=name, file=file, entry=read)
    elif isinstance(read, tuple) and read:
        found[name] = ProjectScript(name=name, file=file, command=read)


def _entry(value: object) -> str | None:
    """`"pkg.mod:func"`, or poetry's `{callable = "pkg.mod:func"}`."""
    if isinstance(value, dict):
        value = value.get("callable")
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value if _ENTRY.match(value) else None


def _pdm(value: object) -> str | tuple[str, ...] | None:
    """PDM's `"cmd"`, `{cmd = ...}` (a string or a list) or `{call = "pkg.mod:func"}`."""
    if isinstance(value, dict):
        if "call" in value:
            return _entry(value["call"])
        value = value.get("cmd")
    return _command(value)


def _command(value: object) -> tuple[str, ...] | None:
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    if isinstance(value, str):
        try:
            return tuple(shlex.split(value, comments=True))
        except ValueError:
            return None
    return None


def _table(data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key)
    return value if isinstance(value, dict) else {}


PythonCall = tuple[str | None, str | None, tuple[str, ...]]


@dataclass(frozen=True)
class ProjectCall:
    """What one segment runs: `python -m module`, `python script`, or an entry point's
    `function` of `module`; `name` and `extra` when a project script was named (with the
    segment's own arguments after it)."""

    module: str | None
    script: str | None
    arguments: tuple[str, ...]
    function: str | None = None
    name: str | None = None
    extra: tuple[str, ...] = ()


def declared_scripts(tree: SourceTree) -> dict[str, ProjectScript]:
    """Every named command of the root's and first-level folders' project files."""
    folders = sorted(
        {
            posixpath.dirname(f) or "."
            for f in tree.files
            if f.count("/") <= 1 and posixpath.basename(f) in ("pyproject.toml", "Pipfile")
        }
    )
    found: dict[str, ProjectScript] = {}
    for folder in folders:
        for name, script in project_scripts(tree, folder).items():
            found.setdefault(name, script)
    return found


def read_call(scripts: dict[str, ProjectScript], segment: list[str]) -> ProjectCall | None:
    """A segment's `python` call, else the project script it names, resolved."""
    call = python_call(segment)
    if call is not None:
        return ProjectCall(*call)
    named = script_call(segment, scripts) if scripts else None
    return _resolved(*named) if named is not None else None


def resolved_in(tree: SourceTree, call: ProjectCall, directory: str) -> ProjectCall | None:
    """A project script's call as the table of the folder it runs from defines it (`cd backend
    && poetry run migrate` runs backend's `migrate`); any other call as it was read."""
    if call.name is None:
        return call
    local = project_scripts(tree, directory).get(call.name)
    return _resolved(local, call.extra) if local is not None else call


def _resolved(script: ProjectScript, extra: tuple[str, ...]) -> ProjectCall | None:
    if script.module is not None:
        return ProjectCall(script.module, None, extra, script.function, script.name, extra)
    inner = python_call(list(script.command))
    if inner is None:
        return None
    return ProjectCall(inner[0], inner[1], inner[2] + extra, None, script.name, extra)


def python_call(segment: list[str]) -> PythonCall | None:
    """(module, script, arguments) of `python -m module ...` or `python script.py ...` after
    any runner (poetry run, uv run, docker compose exec app, ...), else None."""
    for index, token in enumerate(segment):
        if not _PYTHON.match(posixpath.basename(token)):
            continue
        rest = segment[index + 1 :]
        while rest and rest[0] in _INTERPRETER_FLAGS:
            rest = rest[1:]
        if rest[:1] == ["-m"] and len(rest) > 1:
            return rest[1], None, tuple(rest[2:])
        if rest and rest[0].endswith(".py"):
            return None, rest[0].removeprefix("./"), tuple(rest[1:])
    return None
