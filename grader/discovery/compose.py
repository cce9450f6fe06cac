"""The submission's own docker-compose file, read as YAML data: the service that runs the app.

Only the app's service matters to the grader: its `environment:` (what the app expects to be
set), its `command:`/`entrypoint:` (how the candidate starts it) and its build context (the
folder its code comes from). Nothing is interpolated from the host, nothing is run.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from typing import Any

import yaml  # type: ignore[import-untyped]

from grader.discovery.tree import SourceTree

COMPOSE_FILES = ("compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml")
_SERVERS = ("uvicorn", "gunicorn", "hypercorn", "fastapi", "granian")
_APP_NAMES = ("app", "api", "web", "backend", "server", "fastapi", "service")
_MAX_ITEMS = 200


@dataclass
class ComposeService:
    """The app's service in the candidate's compose file (paths are root-relative)."""

    file: str
    name: str
    line: int
    environment: dict[str, str] = field(default_factory=dict)
    env_files: list[str] = field(default_factory=list)
    command: str | list[str] | None = None
    command_line: int | None = None
    context: str = "."


def compose_files(tree: SourceTree) -> list[str]:
    """Compose files at the root first, then one folder down."""
    found = [name for name in COMPOSE_FILES if tree.has_file(name)]
    nested = sorted(
        rel for rel in tree.files if rel.count("/") == 1 and rel.rsplit("/", 1)[1] in COMPOSE_FILES
    )
    return found + nested


def app_service(tree: SourceTree, problems: list[str]) -> ComposeService | None:
    """The service that runs the app, from the first compose file that has one."""
    for rel in compose_files(tree):
        document = _load(tree, rel, problems)
        services = document.get("services") if isinstance(document, dict) else None
        if not isinstance(services, dict):
            continue
        chosen = _pick(services)
        if chosen is None:
            continue
        name, body = chosen
        return _service(tree, rel, name, body)
    return None


def command_services(tree: SourceTree) -> list[ComposeService]:
    """Every service of every compose file that has a `command:` or `entrypoint:` (a migration
    service beside the app's, say), in file order."""
    found: list[ComposeService] = []
    for rel in compose_files(tree):
        document = _load(tree, rel, [])
        services = document.get("services") if isinstance(document, dict) else None
        if not isinstance(services, dict):
            continue
        for name, body in list(services.items())[:_MAX_ITEMS]:
            if isinstance(body, dict) and ("command" in body or "entrypoint" in body):
                service = _service(tree, rel, str(name), body)
                if service.command is not None:
                    found.append(service)
    return found


def _load(tree: SourceTree, rel: str, problems: list[str]) -> Any:
    text = tree.read_text(rel)
    if text is None:
        return None
    try:
        return yaml.safe_load(text)
    except (yaml.YAMLError, RecursionError, ValueError) as exc:
        problems.append(f"{rel}: invalid YAML ({type(exc).__name__}); skipped")
        return None


def _pick(services: dict[Any, Any]) -> tuple[str, dict[str, Any]] | None:
    """The service built from this repository (or running an ASGI server), by telling names."""
    scored: list[tuple[int, int, str, dict[str, Any]]] = []
    for index, (name, body) in enumerate(list(services.items())[:_MAX_ITEMS]):
        if not isinstance(body, dict):
            continue
        command = " ".join(_words(body.get("command"))) + " ".join(_words(body.get("entrypoint")))
        score = (
            4 * ("build" in body)
            + 2 * any(server in command for server in _SERVERS)
            + 1 * (str(name).lower() in _APP_NAMES)
        )
        if score:
            scored.append((-score, index, str(name), body))
    if not scored:
        return None
    _, _, name, body = min(scored, key=lambda item: (item[0], item[1]))
    return name, body


def _words(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [str(item) for item in value[:_MAX_ITEMS] if isinstance(item, str | int | float)]
    return []


def _service(tree: SourceTree, rel: str, name: str, body: dict[str, Any]) -> ComposeService:
    base = posixpath.dirname(rel)
    text = tree.read_text(rel) or ""
    service = ComposeService(file=rel, name=name, line=_line_of(text, f"{name}:") or 1)
    service.environment = _environment(body.get("environment"))
    service.env_files = [
        _join(base, item) for item in _env_file_paths(body.get("env_file")) if item
    ]
    for key in ("command", "entrypoint"):
        value = body.get(key)
        if isinstance(value, str) or (isinstance(value, list) and value):
            service.command = value if isinstance(value, str) else _words(value)
            service.command_line = _line_of(text, f"{key}:", after=service.line)
            break
    build = body.get("build")
    context = build if isinstance(build, str) else None
    if isinstance(build, dict) and isinstance(build.get("context"), str):
        context = build["context"]
    service.context = _join(base, context) if context else (base or ".")
    return service


def _environment(value: Any) -> dict[str, str]:
    """`environment:` as a mapping or a list of `NAME=value`; bare names (host pass-through) and
    non-scalar values are left out."""
    found: dict[str, str] = {}
    if isinstance(value, dict):
        for key, item in list(value.items())[:_MAX_ITEMS]:
            if isinstance(item, bool):
                found[str(key)] = "true" if item else "false"
            elif isinstance(item, str | int | float):
                found[str(key)] = str(item)
    elif isinstance(value, list):
        for item in value[:_MAX_ITEMS]:
            if isinstance(item, str) and "=" in item:
                key, _, rest = item.partition("=")
                found[key.strip()] = rest
    return found


def _env_file_paths(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    paths: list[str] = []
    for item in items[:_MAX_ITEMS]:
        if isinstance(item, str):
            paths.append(item)
        elif isinstance(item, dict) and isinstance(item.get("path"), str):
            paths.append(item["path"])
    return paths


def _join(base: str, path: str) -> str:
    joined = posixpath.normpath(posixpath.join(base or ".", path))
    return "." if joined in ("", ".") else joined


def _line_of(text: str, needle: str, after: int = 0) -> int | None:
    for number, line in enumerate(text.splitlines(), 1):
        if number > after and line.strip().startswith(needle):
            return number
    return None


_INTERPOLATION = re.compile(
    r"\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))"
)


def interpolate(raw: str, known: dict[str, str]) -> str | None:
    """Compose's `${VAR}`, `${VAR:-default}`, `$VAR`; None when a variable has no value here."""
    missing = False

    def one(match: re.Match[str]) -> str:
        nonlocal missing
        name = match.group(1) or match.group(4)
        operator, default = match.group(2), match.group(3) or ""
        value = known.get(name)
        if operator in (":-", "-") and (value is None or (operator == ":-" and not value)):
            return default
        if operator in (":+", "+"):
            return default if value else ""
        if value is None:
            missing = True
            return ""
        return value

    value = _INTERPOLATION.sub(one, raw.replace("$$", "\0")).replace("\0", "$")
    return None if missing else value
