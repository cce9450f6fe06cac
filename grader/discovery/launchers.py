"""How the repository itself starts its app, read as text: the commands in its compose file,
Dockerfile, Procfile, Makefile, shell scripts and README that name an ASGI app.

`uvicorn blog.main:app`, `cd blog && uvicorn main:app`, `gunicorn -k uvicorn.workers.UvicornWorker
app.main:app`, `fastapi run blog/main.py`, `python -m uvicorn ...`: each becomes a reference
(which module or file, which attribute, from which folders) that entrypoint discovery matches
against the FastAPI apps it found in the code. Nothing is run; commands are only tokenised.
"""

from __future__ import annotations

import json
import posixpath
import re
import shlex
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from grader.discovery.compose import ComposeService
from grader.discovery.tree import SourceTree

SERVERS = frozenset({"uvicorn", "gunicorn", "hypercorn", "granian"})
_APP_SPEC = re.compile(r"^([A-Za-z_][\w.]*):([A-Za-z_]\w*)(\(\))?$")
_PYTHON = re.compile(r"^python(?:\d(?:\.\d+)?)?$")
_SEPARATORS = frozenset({"&&", "||", ";", "|", "&"})
_FASTAPI_VALUED = frozenset(
    {
        "--host",
        "--port",
        "--root-path",
        "--workers",
        "--log-level",
        "--reload-dir",
        "--forwarded-allow-ips",
        "--proxy-headers-trusted",
    }
)
# What `fastapi run` with no path tries, in its order.
_FASTAPI_DEFAULTS = ("main.py", "app.py", "api.py", "app/main.py", "app/app.py", "app/api.py")
_MENTION = re.compile(r"uvicorn|gunicorn|hypercorn|granian|fastapi\s+(?:run|dev)|python")
_MAX_LINES = 5000
_MAX_REFERENCES = 50
_PLAIN_CD = re.compile(r"^[A-Za-z0-9_.\-/]{1,200}$")
Call = TypeVar("Call")


@dataclass(frozen=True)
class LaunchReference:
    """One command of the repository's that starts an app: where it is and what it names."""

    kind: str  # compose | Dockerfile | Procfile | Makefile | script | README
    file: str
    line: int
    command: str
    module: str | None = None
    attribute: str | None = None
    paths: tuple[str, ...] = ()  # root-relative files (fastapi run, python file.py)
    bases: tuple[str, ...] = (".",)  # folders the command runs from, best first
    factory: bool = False

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"

    def files(self) -> list[str]:
        """The root-relative files this reference can mean, most likely first."""
        found: list[str] = []
        for base in self.bases:
            if self.module is not None:
                stem = join_path(base, self.module.replace(".", "/"))
                found += [f"{stem}.py", f"{stem}/__init__.py"]
            for path in self.paths:
                joined = join_path(base, path)
                found.append(joined if joined.endswith(".py") else f"{joined}/__init__.py")
        return list(dict.fromkeys(found))


@dataclass(frozen=True)
class RepositoryCommand:
    """One command line of the repository's own, as text, with the folders it runs from."""

    kind: str  # compose | Dockerfile | Procfile | Makefile | script | README
    file: str
    line: int
    text: str
    bases: tuple[str, ...]


def launch_references(tree: SourceTree, compose: ComposeService | None) -> list[LaunchReference]:
    """Every start command found, in the order of trust: compose, Dockerfile, Procfile, Makefile,
    shell scripts, README."""
    found: list[LaunchReference] = []
    for command in repository_commands(tree, [compose] if compose else [], _MENTION):
        found += parse_command(
            command.text, command.kind, command.file, command.line, command.bases
        )
    return found[:_MAX_REFERENCES]


def repository_commands(
    tree: SourceTree, services: list[ComposeService], mention: re.Pattern[str]
) -> list[RepositoryCommand]:
    """The repository's commands that mention `mention`, in the order of trust: the compose
    services' `command:`, Dockerfiles (ENTRYPOINT + CMD), Procfile, Makefile recipes, shell
    scripts, READMEs. Read as text, never run."""
    found: list[RepositoryCommand] = []
    for service in services:
        if service.command is None:
            continue
        text = service.command if isinstance(service.command, str) else shlex.join(service.command)
        if mention.search(text):
            bases = tuple(dict.fromkeys([service.context, "."]))
            line = service.command_line or service.line
            found.append(RepositoryCommand("compose", service.file, line, text, bases))
    for rel in _dockerfiles(tree):
        found += [c for c in _dockerfile(tree, rel) if mention.search(c.text)]
    for rel in _named(tree, ("Procfile",)):
        found += _procfile(tree, rel, mention)
    for rel in _named(tree, ("Makefile", "makefile", "GNUmakefile")):
        found += _lines(tree, rel, "Makefile", mention, recipes_only=True)
    for rel in sorted(f for f in tree.files if f.endswith(".sh") and f.count("/") <= 1):
        found += _lines(tree, rel, "script", mention)
    for rel in sorted(
        f
        for f in tree.files
        if f.count("/") <= 1 and f.rsplit("/", 1)[-1].lower().startswith("readme")
    ):
        found += _readme(tree, rel, mention)
    return found


def parse_command(
    text: str, kind: str, file: str, line: int, bases: tuple[str, ...]
) -> list[LaunchReference]:
    """The app references in one shell command (several for `a && b`, `sh -c "..."`)."""
    try:
        tokens = shlex.split(text, comments=True)
    except ValueError:
        tokens = text.split()
    excerpt = " ".join(text.split())[:200]
    found: list[LaunchReference] = []
    here = list(bases)
    for segment in segments(tokens):
        if segment[0] == "cd" and len(segment) > 1:
            target = segment[1]
            if not target.startswith(("/", "$", "~")):
                here = list(dict.fromkeys(join_path(b, target) for b in here))
            continue
        shell = shell_script(segment)
        if shell is not None:
            found += parse_command(shell, kind, file, line, tuple(here))
            continue
        reference = _reference(segment, kind, file, line, excerpt, tuple(here))
        if reference is not None:
            found.append(reference)
    return found


def segments(tokens: list[str]) -> list[list[str]]:
    """A tokenised command split at `&&`, `||`, `;`, `|`, `&`."""
    segments: list[list[str]] = [[]]
    for token in tokens:
        if token in _SEPARATORS:
            segments.append([])
            continue
        ends = token.endswith(";") and len(token) > 1
        segments[-1].append(token.rstrip(";") if ends else token)
        if ends:
            segments.append([])
    return [s for s in segments if s]


def invocations(
    text: str, start: str, read: Callable[[list[str]], Call | None]
) -> list[tuple[Call, str]]:
    """What `read` makes of each segment of a command (and of a `sh -c` script's), with the
    folder it runs from: `start`, moved by each `cd <plain relative path>` before it (any other
    `cd` leaves it where it was). Tokenised only, never run."""
    try:
        tokens = shlex.split(text, comments=True)
    except ValueError:
        tokens = text.split()
    found: list[tuple[Call, str]] = []
    here = start
    for segment in segments(tokens):
        if segment[0] == "cd" and len(segment) > 1:
            if _PLAIN_CD.match(segment[1]) and not segment[1].startswith("/"):
                here = join_path(here, segment[1])
            continue
        inner = shell_script(segment)
        if inner is not None:
            found += invocations(inner, here, read)
            continue
        call = read(segment)
        if call is not None:
            found.append((call, here))
    return found


def shell_script(segment: list[str]) -> str | None:
    """The script of `sh -c "..."` / `bash -c "..."`."""
    for index, token in enumerate(segment[:-2]):
        if posixpath.basename(token) in ("sh", "bash", "dash", "zsh") and segment[index + 1] in (
            "-c",
            "-lc",
            "-ec",
        ):
            return segment[index + 2]
    return None


def _reference(
    segment: list[str], kind: str, file: str, line: int, excerpt: str, bases: tuple[str, ...]
) -> LaunchReference | None:
    for index, token in enumerate(segment):
        name = posixpath.basename(token)
        after = segment[index + 1 :]
        if name in SERVERS:
            return _server(after, kind, file, line, excerpt, bases)
        if name == "fastapi" and after[:1] and after[0] in ("run", "dev"):
            return _fastapi(after[1:], kind, file, line, excerpt, bases)
        if after[:1] == ["-m"] and len(after) > 1:
            module = after[1]
            if module in SERVERS:
                return _server(after[2:], kind, file, line, excerpt, bases)
            if module == "fastapi" and after[2:3] and after[2] in ("run", "dev"):
                return _fastapi(after[3:], kind, file, line, excerpt, bases)
            if _PYTHON.match(name) and re.fullmatch(r"[A-Za-z_][\w.]*", module):
                return LaunchReference(kind, file, line, excerpt, module=module, bases=bases)
            return None
        if _PYTHON.match(name) and after[:1] and after[0].endswith(".py"):
            return LaunchReference(kind, file, line, excerpt, paths=(after[0],), bases=bases)
    return None


def _server(
    args: list[str], kind: str, file: str, line: int, excerpt: str, bases: tuple[str, ...]
) -> LaunchReference | None:
    app_dir: str | None = None
    factory = "--factory" in args
    spec: re.Match[str] | None = None
    for index, arg in enumerate(args):
        option, _, inline = arg.partition("=")
        if option in ("--app-dir", "--chdir") and (inline or index + 1 < len(args)):
            app_dir = inline or args[index + 1]
        elif spec is None and not arg.startswith("-"):
            spec = _APP_SPEC.match(arg.strip("'\""))
    if spec is None:
        return None
    if app_dir is not None and not app_dir.startswith(("/", "$", "~")):
        bases = tuple(dict.fromkeys(join_path(b, app_dir) for b in bases))
    return LaunchReference(
        kind,
        file,
        line,
        excerpt,
        module=spec.group(1),
        attribute=spec.group(2),
        bases=bases,
        factory=factory or bool(spec.group(3)),
    )


def _fastapi(
    args: list[str], kind: str, file: str, line: int, excerpt: str, bases: tuple[str, ...]
) -> LaunchReference:
    attribute: str | None = None
    path: str | None = None
    skip = False
    for index, arg in enumerate(args):
        if skip:
            skip = False
            continue
        option, _, inline = arg.partition("=")
        if option in ("--app", "--entrypoint", "-e"):
            value = inline or (args[index + 1] if index + 1 < len(args) else "")
            skip = not inline
            spec = _APP_SPEC.match(value)
            if spec is not None:  # --entrypoint pkg.module:app
                return LaunchReference(
                    kind,
                    file,
                    line,
                    excerpt,
                    module=spec.group(1),
                    attribute=spec.group(2),
                    bases=bases,
                )
            attribute = value or None
        elif option in _FASTAPI_VALUED:
            skip = not inline
        elif not arg.startswith("-") and path is None:
            path = arg
    paths = (path,) if path else _FASTAPI_DEFAULTS
    return LaunchReference(kind, file, line, excerpt, attribute=attribute, paths=paths, bases=bases)


def _dockerfiles(tree: SourceTree) -> list[str]:
    def is_dockerfile(rel: str) -> bool:
        name = rel.rsplit("/", 1)[-1].lower()
        return (
            name == "dockerfile" or name.startswith("dockerfile.") or name.endswith(".dockerfile")
        )

    return sorted(
        (f for f in tree.files if f.count("/") <= 2 and is_dockerfile(f)),
        key=lambda f: (f.count("/"), f),
    )


def _instructions(text: str) -> list[tuple[int, str, str]]:
    """(line, INSTRUCTION, arguments) with continuation lines joined."""
    found: list[tuple[int, str, str]] = []
    pending: list[str] = []
    start = 0
    for number, raw in enumerate(text.splitlines()[:_MAX_LINES], 1):
        stripped = raw.strip()
        if not pending and (not stripped or stripped.startswith("#")):
            continue
        if not pending:
            start = number
        pending.append(stripped.removesuffix("\\").strip())
        if stripped.endswith("\\"):
            continue
        joined = " ".join(p for p in pending if p and not p.startswith("#"))
        pending = []
        word, _, rest = joined.partition(" ")
        found.append((start, word.upper(), rest.strip()))
    return found


def _exec_or_shell(arguments: str) -> list[str]:
    if arguments.startswith("["):
        try:
            value = json.loads(arguments)
        except ValueError:
            value = None
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return value
    return ["sh", "-c", arguments]


def _dockerfile(tree: SourceTree, rel: str) -> list[RepositoryCommand]:
    text = tree.read_text(rel)
    if text is None:
        return []
    context = posixpath.dirname(rel) or "."
    workdir = "/"
    copied: list[str] = []
    entrypoint: tuple[int, list[str]] | None = None
    command: tuple[int, list[str]] | None = None
    for line, word, arguments in _instructions(text):
        if word == "FROM":
            workdir, copied, entrypoint, command = "/", [], None, None
        elif word == "WORKDIR":
            workdir = posixpath.join(workdir, arguments.strip("'\""))
        elif word in ("COPY", "ADD"):
            copied += _copied_dirs(tree, context, workdir, arguments)
        elif word == "ENTRYPOINT":
            entrypoint = (line, _exec_or_shell(arguments))
        elif word == "CMD":
            command = (line, _exec_or_shell(arguments))
    argv: list[str] = []
    line = 0
    for part in (entrypoint, command):
        if part is not None:
            line = line or part[0]
            argv += part[1]
    if not argv:
        return []
    bases = tuple(dict.fromkeys([*copied, context]))
    return [RepositoryCommand("Dockerfile", rel, line, shlex.join(argv), bases)]


def _copied_dirs(tree: SourceTree, context: str, workdir: str, arguments: str) -> list[str]:
    """Folders copied into the working directory itself (`COPY blog/ .`): code run from there."""
    try:
        words = shlex.split(arguments)
    except ValueError:
        return []
    if any(w.startswith("--from") for w in words):
        return []
    words = [w for w in words if not w.startswith("--")]
    if len(words) < 2:
        return []
    destination = posixpath.normpath(posixpath.join(workdir, words[-1]))
    if destination != posixpath.normpath(workdir):
        return []
    dirs = [join_path(context, source) for source in words[:-1]]
    return [d for d in dirs if d != "." and tree.has_dir(d)]


def _named(tree: SourceTree, names: tuple[str, ...]) -> list[str]:
    return sorted(
        (f for f in tree.files if f.count("/") <= 1 and f.rsplit("/", 1)[-1] in names),
        key=lambda f: (f.count("/"), f),
    )


def _procfile(tree: SourceTree, rel: str, mention: re.Pattern[str]) -> list[RepositoryCommand]:
    text = tree.read_text(rel) or ""
    base = posixpath.dirname(rel) or "."
    found: list[RepositoryCommand] = []
    for number, raw in enumerate(text.splitlines()[:_MAX_LINES], 1):
        match = re.match(r"^\s*[\w-]+\s*:\s*(.+)$", raw)
        if match and mention.search(match.group(1)):
            found.append(RepositoryCommand("Procfile", rel, number, match.group(1), (base,)))
    return found


def _lines(
    tree: SourceTree, rel: str, kind: str, mention: re.Pattern[str], recipes_only: bool = False
) -> list[RepositoryCommand]:
    text = tree.read_text(rel) or ""
    base = posixpath.dirname(rel) or "."
    found: list[RepositoryCommand] = []
    for number, raw in enumerate(text.splitlines()[:_MAX_LINES], 1):
        if recipes_only and not raw.startswith("\t"):
            continue
        command = raw.strip().lstrip("@-+").strip()
        if command and not command.startswith("#") and mention.search(command):
            found.append(RepositoryCommand(kind, rel, number, command, (base,)))
    return found


def _readme(tree: SourceTree, rel: str, mention: re.Pattern[str]) -> list[RepositoryCommand]:
    """Commands in fenced blocks (a `cd` line moves the rest of its block), inline code, and
    `$ ` lines."""
    text = tree.read_text(rel) or ""
    root = posixpath.dirname(rel) or "."
    found: list[RepositoryCommand] = []
    in_block = False
    base = root
    for number, raw in enumerate(text.splitlines()[:_MAX_LINES], 1):
        stripped = raw.strip()
        if stripped.startswith(("```", "~~~")):
            in_block, base = not in_block, root
            continue
        if in_block:
            command = stripped.removeprefix("$ ").removeprefix("> ")
            commands = [command]
        else:
            commands = re.findall(r"`([^`]+)`", stripped)
            if stripped.startswith("$ "):
                commands.append(stripped[2:])
        for command in commands:
            words = command.split()
            if words[:1] == ["cd"] and len(words) == 2 and in_block:
                if not words[1].startswith(("/", "$", "~")):
                    base = join_path(base, words[1])
                continue
            if mention.search(command):
                found.append(RepositoryCommand("README", rel, number, command, (base,)))
    return found


def join_path(base: str, path: str) -> str:
    joined = posixpath.normpath(posixpath.join(base or ".", path.strip("'\"")))
    return "." if joined in ("", ".") else joined
