"""The repository's own way to run its Alembic migrations, read from its files as data.

`alembic -c backend/alembic.ini upgrade head` in a compose `command:`, `cd app && alembic upgrade
head` in a Makefile recipe, `python -m alembic upgrade head` in a README: the grader runs what the
repository documents, not a bare `alembic upgrade head` from wherever alembic.ini happens to be.
Only a recognised alembic invocation is taken, and only its parts: the folder it runs from (a
`cd`), `-c/--config`, `-n/--name`, plain `-x key=value` and the revision to upgrade to; each is
checked to be a plain relative path or word before the grader builds its own argv from them. No
shell text of the repository's is ever run.
"""

from __future__ import annotations

import posixpath
import re
import shlex

from pydantic import BaseModel, ConfigDict, Field

from grader.discovery.compose import command_services
from grader.discovery.launchers import invocations, join_path, repository_commands
from grader.discovery.tree import SourceTree

_MENTION = re.compile(r"\balembic\b")
_PYTHON = re.compile(r"^python(?:\d(?:\.\d+)?)?$")
_PLAIN_PATH = re.compile(r"^[A-Za-z0-9_.\-/]{1,200}$")
_PLAIN_WORD = re.compile(r"^[A-Za-z0-9_.\-]{1,64}$")
_PLAIN_X = re.compile(r"^[A-Za-z0-9_.\-]{1,64}=[A-Za-z0-9_.\-/:@]{0,200}$")
_TARGET = re.compile(r"^(?:heads?|[0-9a-f]{4,40}|[A-Za-z0-9_\-]{1,64}@head)$")
_VALUED = {"-c": "config", "--config": "config", "-n": "name", "--name": "name", "-x": "x"}
_FLAGS = frozenset({"--raiseerr", "-q", "--quiet"})


class AlembicCommand(BaseModel):
    """A migration command the repository documents, reduced to parts the grader checked."""

    model_config = ConfigDict(extra="forbid")

    directory: str = Field(description="the folder it runs from, root-relative ('.')")
    config: str | None = Field(default=None, description="-c, relative to `directory`")
    name: str | None = Field(default=None, description="-n: the ini section")
    x: list[str] = Field(default_factory=list, description="-x key=value, plain values only")
    target: str = "head"
    source: str = Field(description="file:line it was read from")
    kind: str = Field(description="compose | Dockerfile | Procfile | Makefile | script | README")
    notes: list[str] = Field(default_factory=list)

    @property
    def ini(self) -> str:
        """The configuration file, root-relative."""
        return join_path(self.directory, self.config or "alembic.ini")

    def arguments(self) -> list[str]:
        """alembic's arguments, every one checked plain when it was read."""
        found: list[str] = []
        if self.config:
            found += ["-c", self.config]
        if self.name:
            found += ["-n", self.name]
        for value in self.x:
            found += ["-x", value]
        return [*found, "upgrade", self.target]

    def shown(self) -> str:
        where = "" if self.directory == "." else f"cd {self.directory} && "
        return f"{where}alembic {shlex.join(self.arguments())}"


def documented_migration(tree: SourceTree) -> AlembicCommand | None:
    """The first recognised `alembic ... upgrade` the repository documents whose configuration
    file exists, in the order of trust: compose, Dockerfile, Procfile, Makefile, scripts, README."""
    for command in repository_commands(tree, command_services(tree), _MENTION):
        # A script runs from wherever it is called (the image's working folder), not its own.
        start = "." if command.kind == "script" else command.bases[0]
        for arguments, directory in invocations(command.text, start, _alembic_arguments):
            where = f"{command.file}:{command.line}"
            found = parse_alembic(arguments, directory, where, command.kind)
            if found is not None and tree.has_dir(found.directory) and tree.has_file(found.ini):
                return found
    return None


def _alembic_arguments(segment: list[str]) -> list[str] | None:
    """What follows `alembic` or `python -m alembic` (after any runner: poetry run, uv run,
    docker compose exec app, ...), else None."""
    for index, token in enumerate(segment):
        name = posixpath.basename(token)
        if name == "alembic":
            return segment[index + 1 :]
        if _PYTHON.match(name) and segment[index + 1 : index + 3] == ["-m", "alembic"]:
            return segment[index + 3 :]
    return None


def parse_alembic(
    arguments: list[str], directory: str, source: str, kind: str
) -> AlembicCommand | None:
    """An `upgrade` with plain options, else None (another subcommand, `--sql`, odd values)."""
    values: dict[str, str] = {}
    x: list[str] = []
    notes: list[str] = []
    index = 0
    while index < len(arguments):
        argument = arguments[index]
        option, equals, inline = argument.partition("=")
        if option in _VALUED:
            value = (
                inline if equals else (arguments[index + 1] if index + 1 < len(arguments) else "")
            )
            index += 1 if equals else 2
            if _VALUED[option] == "x":
                if _PLAIN_X.match(value) and "://" not in value:
                    x.append(value)
                else:
                    notes.append(f"-x {value[:60]} left out: not a plain key=value")
                continue
            check = _PLAIN_PATH if _VALUED[option] == "config" else _PLAIN_WORD
            if not check.match(value) or ".." in value.split("/") or value.startswith("/"):
                return None
            values[_VALUED[option]] = value
        elif argument in _FLAGS:
            index += 1
        elif argument == "upgrade":
            target = _target(arguments[index + 1 :])
            if target is None:
                return None
            return AlembicCommand(
                directory=directory,
                config=values.get("config"),
                name=values.get("name"),
                x=x,
                target=target,
                source=source,
                kind=kind,
                notes=notes,
            )
        else:
            return None
    return None


def _target(rest: list[str]) -> str | None:
    """The revision `upgrade` goes to; None for `--sql` (prints SQL, migrates nothing)."""
    if "--sql" in rest:
        return None
    skip = False
    for argument in rest:
        if skip:
            skip = False
            continue
        if argument == "--tag":
            skip = True
            continue
        if argument.startswith("-"):
            continue
        return argument if _TARGET.match(argument) else None
    return None
