"""Which Python a submission asks for, and which of the interpreters the grader has fits it.

Two kinds of asking: a hard range (`requires-python`, Poetry's `python`, `python_requires`), which
an interpreter must satisfy, and the version the author used (`.python-version`, `runtime.txt`,
`.tool-versions`, Pipfile's `python_version`, a Dockerfile's `FROM python:X.Y` or any image tagged
`python3.X`), which only breaks ties. Specifiers are evaluated here without `packaging`: only
Python versions are compared, and those are plain release numbers.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from typing import Any

from grader.discovery.facts import PythonSpec
from grader.discovery.poetry import poetry_constraint
from grader.discovery.routes import HTTP_METHODS
from grader.discovery.setup_cfg import option, read_setup_cfg
from grader.discovery.tolerant_parse import NEWER_PYTHON
from grader.discovery.tree import SourceTree

_CLAUSE = re.compile(r"^\s*(===|==|!=|~=|<=|>=|<|>)\s*([0-9][0-9A-Za-z.*+!-]*)\s*$")
_RELEASE = re.compile(r"^(\d+(?:\.\d+)*)")
_VERSION_WORD = re.compile(r"(?<![\d.])(3\.\d{1,2}(?:\.\d{1,3})?)(?![\d])")


class BadSpecifier(ValueError):
    """A specifier this reader cannot evaluate; the caller notes it and ignores it."""


def _release(text: str) -> tuple[int, ...]:
    match = _RELEASE.match(text.strip())
    if match is None:
        raise BadSpecifier(f"{text!r} is not a version")
    return tuple(int(part) for part in match.group(1).split("."))


def _padded(a: tuple[int, ...], b: tuple[int, ...]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    width = max(len(a), len(b))
    return a + (0,) * (width - len(a)), b + (0,) * (width - len(b))


def _clause_holds(version: tuple[int, ...], op: str, target: str) -> bool:
    if target.endswith(".*"):
        if op not in {"==", "!="}:
            raise BadSpecifier(f"{op}{target}: a wildcard only goes with == or !=")
        prefix = _release(target[:-2])
        inside = _padded(version[: len(prefix)], prefix)[0] == prefix
        return inside if op == "==" else not inside
    wanted = _release(target)
    if op == "~=":
        if len(wanted) < 2:
            raise BadSpecifier(f"~={target} needs two version parts")
        mine, low = _padded(version, wanted)
        return mine >= low and version[: len(wanted) - 1] == wanted[:-1]
    if op == "===":
        return ".".join(map(str, version)) == target
    mine, other = _padded(version, wanted)
    return {
        "==": mine == other,
        "!=": mine != other,
        "<=": mine <= other,
        ">=": mine >= other,
        "<": mine < other,
        ">": mine > other,
    }[op]


def satisfies(version: str, specifier: str) -> bool:
    """Does `version` ("3.11.2") meet `specifier` (">=3.10,<4"; "a || b" alternatives)?"""
    release = _release(version)
    for alternative in specifier.split("||"):
        clauses = [c for c in alternative.split(",") if c.strip()]
        if all(_evaluate(release, clause) for clause in clauses):
            return True
    return False


def _evaluate(release: tuple[int, ...], clause: str) -> bool:
    match = _CLAUSE.match(clause)
    if match is None:
        raise BadSpecifier(f"{clause.strip()!r} is not a version specifier")
    return _clause_holds(release, match.group(1), match.group(2))


def check_specifier(specifier: str) -> str | None:
    """None when the specifier can be evaluated, else why not."""
    try:
        satisfies("3.11.0", specifier)
    except BadSpecifier as exc:
        return str(exc)
    return None


def minor(version: str) -> str:
    """'3.11.2' -> '3.11'."""
    return ".".join(version.split(".")[:2])


# --- what the submission asks for ---------------------------------------------------------


def read_python(
    tree: SourceTree, pyproject: dict[str, Any] | None, problems: list[str]
) -> PythonSpec:
    spec = PythonSpec()
    requires = _required(tree, pyproject, problems)
    if requires is not None:
        spec.requires, spec.requires_source = requires
    preferred = _preferred(tree)
    if preferred is not None:
        spec.preferred, spec.preferred_source = preferred
    return spec


def _required(
    tree: SourceTree, pyproject: dict[str, Any] | None, problems: list[str]
) -> tuple[str, str] | None:
    found: list[tuple[str, str]] = []
    project = _table(pyproject, "project")
    if isinstance(project.get("requires-python"), str):
        found.append((project["requires-python"], "pyproject.toml (requires-python)"))
    poetry_python = _table(_table(_table(pyproject, "tool"), "poetry"), "dependencies").get(
        "python"
    )
    if isinstance(poetry_python, str):
        bare = re.fullmatch(r"\s*(\d+\.\d+)\s*", poetry_python)
        # Poetry reads a bare `python = "3.11"` as that minor version, any patch.
        specifier = f"=={bare.group(1)}.*" if bare else poetry_constraint(poetry_python, [])
        if specifier:
            found.append((specifier, f"pyproject.toml (poetry python = {poetry_python!r})"))
    python_requires = _setup_python_requires(tree)
    if python_requires:
        found.append((python_requires, "setup.py (python_requires)"))
    config = read_setup_cfg(tree, [])  # an unreadable one is noted by the dependency reader
    cfg_requires = option(config, "options", "python_requires") if config else None
    if cfg_requires:
        found.append((cfg_requires, "setup.cfg (python_requires)"))
    if tree.has_file("uv.lock"):
        lock = tree.read_toml("uv.lock")
        if isinstance(lock, dict) and isinstance(lock.get("requires-python"), str):
            found.append((lock["requires-python"], "uv.lock (requires-python)"))
    for specifier, source in found:
        specifier = specifier.strip()
        if not specifier:
            continue
        problem = check_specifier(specifier)
        if problem is None:
            return specifier, source
        problems.append(f"{source}: {problem}; not used to choose the interpreter")
    return None


def _setup_python_requires(tree: SourceTree) -> str | None:
    module = tree.parse_python("setup.py") if tree.has_file("setup.py") else None
    if module is None:
        return None
    for node in ast.walk(module):
        if isinstance(node, ast.Call):
            for keyword in node.keywords:
                if keyword.arg == "python_requires" and isinstance(keyword.value, ast.Constant):
                    value = keyword.value.value
                    return value if isinstance(value, str) else None
    return None


def _preferred(tree: SourceTree) -> tuple[str, str] | None:
    """The version the author ran, from the files tools and hosts read it from."""
    readers = (
        (".python-version", _first_version),
        ("runtime.txt", _first_version),
        (".tool-versions", _tool_versions),
        ("Pipfile", _pipfile_python),
        ("Pipfile.lock", _pipfile_python),
        *((rel, _dockerfile_python) for rel in _dockerfiles(tree)),
    )
    for rel, read in readers:
        if not tree.has_file(rel):
            continue
        text = tree.read_text(rel)
        version = read(text) if text is not None else None
        if version is not None:
            return version, rel
    return _syntax_version(tree)


def _syntax_version(tree: SourceTree) -> tuple[str, str] | None:
    """Failing any file that names a version, the code's own syntax: a line only Python 3.12+
    reads (`type X = ...`, `def f[T]()`, an f-string reusing its quotes) was written for it;
    so was a `typing.TypedDict` used in an annotation, which pydantic (and so FastAPI) refuses
    to build a schema for before 3.12 (fresh bw47-01 exited at start-up on 3.11)."""
    for rel in tree.python_files:
        tree.parse_python(rel)
        if tree.newer_syntax:
            where, line = tree.newer_syntax[0]
            return NEWER_PYTHON, f"{where}:{line} (syntax new in Python {NEWER_PYTHON})"
    typed = _typing_typed_dict(tree)
    if typed is not None:
        return NEWER_PYTHON, f"{typed} (a typing.TypedDict pydantic reads from Python 3.12 on)"
    return None


def _typing_typed_dict(tree: SourceTree) -> str | None:
    """`file:line` of a class based on `typing.TypedDict` (not typing_extensions') that pydantic
    reads: a `response_model=`, a route handler's annotation, a pydantic model's field. Plain
    functions typed with one run on any Python."""
    defined: dict[str, str] = {}
    read: set[str] = set()
    for rel in tree.python_files:
        module = tree.parse_python(rel)
        if module is None:
            continue
        from_typing = any(
            isinstance(node, ast.ImportFrom)
            and node.module == "typing"
            and any(alias.name == "TypedDict" for alias in node.names)
            for node in module.body
        )
        for node in ast.walk(module):
            if isinstance(node, ast.ClassDef) and any(
                (from_typing and isinstance(base, ast.Name) and base.id == "TypedDict")
                or ast.unparse(base) == "typing.TypedDict"
                for base in node.bases
            ):
                defined.setdefault(node.name, f"{rel}:{node.lineno}")
            read |= _pydantic_read_names(node)
    return next((where for name, where in defined.items() if name in read), None)


_MODEL_BASES = frozenset({"BaseModel", "SQLModel", "RootModel"})


def _pydantic_read_names(node: ast.AST) -> set[str]:
    """Names in what pydantic builds a schema for at this node: a `response_model=`, a route
    handler's parameters (not those filled by `Depends`) and return, a pydantic model's fields."""
    read: list[ast.expr] = []
    if isinstance(node, ast.keyword) and node.arg == "response_model":
        read.append(node.value)
    elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and any(
        isinstance(d, ast.Call)
        and isinstance(d.func, ast.Attribute)
        and d.func.attr in HTTP_METHODS
        for d in node.decorator_list
    ):
        arguments = [*node.args.args, *node.args.kwonlyargs]
        defaults = [None] * (len(node.args.args) - len(node.args.defaults))
        given = [*defaults, *node.args.defaults, *node.args.kw_defaults]
        for argument, default in zip(arguments, given, strict=False):
            if argument.annotation is None:
                continue
            injected = "Depends(" in ast.unparse(argument.annotation) or (
                default is not None and "Depends(" in ast.unparse(default)
            )
            if not injected:
                read.append(argument.annotation)
        read += [node.returns] if node.returns is not None else []
    elif isinstance(node, ast.ClassDef) and any(
        ast.unparse(base).rsplit(".", 1)[-1] in _MODEL_BASES for base in node.bases
    ):
        read += [s.annotation for s in node.body if isinstance(s, ast.AnnAssign)]
    return {n.id for value in read for n in ast.walk(value) if isinstance(n, ast.Name)}


def _dockerfiles(tree: SourceTree) -> list[str]:
    """Dockerfiles near the root, the root's own first (`Dockerfile`, `Dockerfile.prod`,
    `docker/Dockerfile`, `app.dockerfile`)."""

    def is_dockerfile(rel: str) -> bool:
        name = rel.rsplit("/", 1)[-1].lower()
        return (
            name == "dockerfile" or name.startswith("dockerfile.") or name.endswith(".dockerfile")
        )

    return sorted(
        (f for f in tree.files if f.count("/") <= 1 and is_dockerfile(f)),
        key=lambda f: (f.count("/"), f.rsplit("/", 1)[-1].lower() != "dockerfile", f),
    )


def _first_version(text: str) -> str | None:
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip().lower()
        if not line:
            continue
        if line.startswith(("pypy", "graalpy", "system")):
            return None
        match = _VERSION_WORD.search(line)
        return match.group(1) if match else None
    return None


def _tool_versions(text: str) -> str | None:
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0] == "python":
            return _first_version(parts[1])
    return None


def _pipfile_python(text: str) -> str | None:
    match = re.search(r"python_(?:full_)?version\"?\s*[:=]\s*\"(3\.\d+(?:\.\d+)?)\"", text)
    return match.group(1) if match else None


_FROM = re.compile(r"(?im)^\s*FROM\s+(?:--\S+\s+)*(\S+)")
_ARG = re.compile(r"(?im)^\s*ARG\s+([A-Za-z_]\w*)=[\"']?([^\s\"']+)")
# The Python in an image's name or tag: python:3.9-slim, tiangolo/uvicorn-gunicorn-fastapi:
# python3.9-slim, ghcr.io/astral-sh/uv:python3.12-bookworm-slim (never pypy's).
_IMAGE_PYTHON = re.compile(r"(?i)(?:^|[/:_-])python[:_-]?(3\.\d{1,2}(?:\.\d{1,3})?)(?![\d])")


def _dockerfile_python(text: str) -> str | None:
    """The Python of the last stage that names one (the stage that runs the app comes last);
    an `ARG PYTHON_VERSION=3.9` default (or `${PYTHON_VERSION:-3.9}`'s) fills it in a FROM."""
    args = {name: value for name, value in _ARG.findall(text)}
    found = None
    for image in _FROM.findall(text):
        image = re.sub(
            r"\$\{?([A-Za-z_]\w*)(?::?-([^}]*))?\}?",
            lambda m: str(args.get(m.group(1)) or m.group(2) or ""),
            image,
        )
        match = _IMAGE_PYTHON.search(image)
        if match is not None:
            found = match.group(1)
    return found


def _table(data: object, key: str) -> dict[str, Any]:
    value = data.get(key) if isinstance(data, dict) else None
    return value if isinstance(value, dict) else {}


# --- which interpreter -------------------------------------------------------------------


@dataclass(frozen=True)
class PythonChoice:
    """The interpreter (full version) and image chosen, or why none fits (`image` None)."""

    version: str | None
    image: str | None
    reason: str
    # The minor version the author worked on ("3.12"), when it is not here and this newer one
    # stands in for it: a release they pinned may have no wheel for it (asyncpg 0.29 on 3.13).
    stands_in_for: str | None = None
    # The stand-in is past the project's own upper bound (`>=3.12,<3.13`, poetry's way of
    # saying "3.12"): the project's metadata refuses it, so its folder may fail to install.
    beyond_requires: bool = False


def choose_python(
    spec: PythonSpec, available: dict[str, str], default_image: str, unbuilt: dict[str, str]
) -> PythonChoice:
    """Pick among `available` (image -> full version, e.g. "3.11.2"). Whatever `requires`
    excludes is out; among the rest, the author's own version when there, else the nearest newer
    one (a 3.13 runs code written for 3.12), else the default image, else the oldest that fits.
    `unbuilt` (minor -> image) names images the settings know but this engine lacks."""
    fits = {
        image: version
        for image, version in available.items()
        if spec.requires is None or satisfies(version, spec.requires)
    }
    if not fits:
        return _next_minor_stand_in(spec, available) or PythonChoice(
            None, None, _nothing_fits(spec, available, unbuilt)
        )
    ordered = sorted(fits.items(), key=lambda item: _release(item[1]))
    if spec.preferred is not None:
        wanted = _release(spec.preferred)[:2]
        same = [item for item in ordered if _release(item[1])[:2] == wanted]
        newer = [item for item in ordered if _release(item[1])[:2] > wanted]
        older = [item for item in ordered if _release(item[1])[:2] < wanted]
        image, version = (same or newer or older[::-1])[0]
        how = (
            f"as {spec.preferred_source} asks"
            if same
            else f"{spec.preferred_source} asks for {spec.preferred}, which no image here has"
        )
        unbuilt_image = unbuilt.get(minor(spec.preferred))
        if not same and unbuilt_image is not None:
            how += f" ({unbuilt_image} would, but is not built on this machine)"
        stands_in = minor(spec.preferred) if not same and newer else None
        return PythonChoice(version, image, f"Python {version} ({image}): {how}", stands_in)
    if default_image in fits:
        image, version = default_image, fits[default_image]
    else:
        image, version = ordered[0]
    why = f"fits {spec.requires} ({spec.requires_source})" if spec.requires else "the default"
    lowest = _lowest_minor(spec.requires) if default_image not in fits and spec.requires else None
    stands_in = lowest if lowest and _release(lowest) < _release(version)[:2] else None
    return PythonChoice(version, image, f"Python {version} ({image}): {why}", stands_in)


def _next_minor_stand_in(spec: PythonSpec, available: dict[str, str]) -> PythonChoice | None:
    """Nothing here fits `>=3.12,<3.13` (no 3.12): the very next minor, 3.13, stands in for it,
    as a reviewer without a 3.12 would run it (fresh bw60-03 was never built). Only the next
    one: a project bounded below 3.9 is not handed a 3.11."""
    if spec.requires is None:
        return None
    lowest = _lowest_minor(spec.requires)
    if lowest is None:
        return None
    major, minor_number = _release(lowest)[:2]
    wanted = (major, minor_number + 1)
    for image, version in sorted(available.items(), key=lambda item: _release(item[1])):
        if _release(version)[:2] == wanted:
            reason = (
                f"Python {version} ({image}): the project requires Python {spec.requires} "
                f"({spec.requires_source}) and no {lowest} is here; {minor(version)} stands in "
                "for it"
            )
            return PythonChoice(version, image, reason, lowest, beyond_requires=True)
    return None


def _lowest_minor(requires: str) -> str | None:
    """The oldest 3.x the specifier admits ("^3.12" -> "3.12"): what an author who wrote it
    when their own Python was excluded from the default most likely ran."""
    return next((f"3.{n}" for n in range(6, 30) if satisfies(f"3.{n}.0", requires)), None)


def _nothing_fits(spec: PythonSpec, available: dict[str, str], unbuilt: dict[str, str]) -> str:
    have = ", ".join(
        f"{version} ({image})"
        for image, version in sorted(available.items(), key=lambda item: _release(item[1]))
    )
    reason = (
        f"the project requires Python {spec.requires} ({spec.requires_source}); "
        f"the interpreters available here are {have or 'none'}"
    )
    missing = [
        f"{version} ({image})"
        for version, image in sorted(unbuilt.items())
        if spec.requires and satisfies(version, spec.requires)
    ]
    if missing:
        reason += f"; {', '.join(missing)} would fit but is not built on this machine"
    return reason
