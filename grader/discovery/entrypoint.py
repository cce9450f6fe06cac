"""Finding the ASGI app uvicorn should serve, and the directory it must be started from.

Candidates name and place their app in many ways; this reads module-level `NAME = FastAPI(...)`,
`NAME = create_app()` and factory functions from the AST, ranks them by the layouts people
actually use, and works out `app_dir` from what the entry module imports.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeGuard

from grader.discovery.facts import AppChoice, AppEntrypoint
from grader.discovery.launchers import LaunchReference
from grader.discovery.modules import (
    ModuleInfo,
    assigned,
    called_name,
    dotted_module,
    is_main_guard,
)
from grader.discovery.tree import SourceTree, is_test_path
from grader.models import Location

_CONVENTIONAL = (
    re.compile(r"main\.py"),
    re.compile(r"app\.py"),
    re.compile(r"api\.py"),
    re.compile(r"app/main\.py"),
    re.compile(r"src/[^/]+/main\.py"),
    re.compile(r"[^/]+/main\.py"),
    re.compile(r"server\.py"),
)


@dataclass
class _Candidate:
    file: str
    attribute: str
    line: int
    factory: bool
    call: ast.Call | None  # the FastAPI(...) call, for its docs settings
    via_factory: bool = False
    call_file: str | None = None  # where that call is, when a factory elsewhere makes it
    held_by: str | None = None  # the class whose instances build it (`self.app = FastAPI()`)

    def rank(self) -> tuple[int, int, int, bool, bool, int]:
        conventional = next(
            (i for i, p in enumerate(_CONVENTIONAL) if p.fullmatch(self.file)), len(_CONVENTIONAL)
        )
        depth = self.file.count("/")
        return (
            conventional,
            depth,
            len(self.file),
            self.via_factory,
            self.attribute != "app",
            self.line,
        )

    @property
    def label(self) -> str:
        return f"{self.file}:{self.attribute}{'()' if self.factory else ''}"


@dataclass(frozen=True)
class AppCall:
    """The `FastAPI(...)` call that builds the served app, and the file it is in."""

    file: str
    node: ast.Call


def find_app(
    tree: SourceTree, problems: list[str], references: Sequence[LaunchReference] = ()
) -> tuple[AppEntrypoint | None, AppCall | None, AppChoice | None]:
    """The entrypoint, its FastAPI(...) call, and why it was chosen.

    An app the repository's own start command names (compose, Dockerfile, Procfile, Makefile,
    scripts, README, in that order of trust) wins; otherwise instances win over factory functions
    and conventional layouts over others.
    """
    modules = _app_modules(tree, ("FastAPI", "fastapi"))
    instances: list[_Candidate] = []
    factories: list[_Candidate] = []
    for module in modules:
        instances += _instances(module)
        factories += _factories(module)
    if factories:  # `app = create_app()` may sit in a file that never mentions FastAPI
        seen = {m.rel for m in modules}
        callers = _app_modules(tree, tuple(f"{f.attribute}(" for f in factories))
        modules += [m for m in callers if m.rel not in seen]
    instances += _factory_calls(modules, factories, instances)
    pool = instances or factories or _held(tree, modules, problems)
    if not pool:
        problems.append("no FastAPI app found")
        return None, None, None
    pool.sort(key=_Candidate.rank)
    chosen, reference = _named_by_repository(references, instances + factories)
    if chosen is None:
        chosen = pool[0]
    others = [c for c in pool if c is not chosen]
    choice = AppChoice(
        chosen=chosen.label,
        others=[c.label for c in others[:10]],
        reason=_reason(chosen, reference, bool(others), references),
        source=reference.where if reference else None,
    )
    if others:
        listed = ", ".join(c.label for c in others[:5])
        problems.append(
            f"{len(others) + 1} FastAPI apps found; using {chosen.label}, not {listed}: "
            f"{choice.reason}"
        )
    module = next(m for m in modules if m.rel == chosen.file)
    call = AppCall(chosen.call_file or chosen.file, chosen.call) if chosen.call else None
    return _entrypoint(tree, chosen, module, problems), call, choice


def _named_by_repository(
    references: Sequence[LaunchReference], candidates: list[_Candidate]
) -> tuple[_Candidate | None, LaunchReference | None]:
    """The first app a start command of the repository names, and that command. When the same
    file starts several apps (a README that starts a helper stub on :8001, then `uvicorn
    main:app`, fresh bw54-01), one started on a port of its own is the helper; among the rest
    the conventional layout decides."""
    named: list[tuple[_Candidate, LaunchReference]] = []
    for reference in references:
        if named and reference.file != named[0][1].file:
            break
        for rel in reference.files():
            here = [c for c in candidates if c.file == rel]
            if here:
                named.append((_pick_attribute(here, reference), reference))
                break
    if named:
        return min(named, key=lambda pair: (_side_port(pair[1].command), pair[0].rank()))
    for reference in references:  # `uvicorn main:app` run from a folder we could not work out
        if reference.module is None:
            continue
        tail = "/" + reference.module.replace(".", "/")
        here = [
            c
            for c in candidates
            if ("/" + c.file.removesuffix(".py")).endswith(tail)
            or ("/" + c.file.removesuffix("/__init__.py")).endswith(tail)
        ]
        if here:
            here.sort(key=_Candidate.rank)
            return _pick_attribute(here, reference), reference
    return None, None


_PORT = re.compile(r"--port[=\s]+(\d+)")


def _side_port(command: str) -> bool:
    """Whether a start command puts its app on a port other than 8000, as a helper's is."""
    found = _PORT.search(command)
    return found is not None and found.group(1) != "8000"


def _pick_attribute(here: list[_Candidate], reference: LaunchReference) -> _Candidate:
    """In the named file: the named attribute; for `fastapi run`, `app` then `api`."""
    wanted = [reference.attribute] if reference.attribute else ["app", "api"]
    for name in wanted:
        for candidate in here:
            if candidate.attribute == name:
                return candidate
    instances = [c for c in here if not c.factory]
    return sorted(instances or here, key=_Candidate.rank)[0]


def _reason(
    chosen: _Candidate,
    reference: LaunchReference | None,
    several: bool,
    references: Sequence[LaunchReference],
) -> str:
    if reference is not None:
        return (
            f"the repository's {reference.kind} starts it ({reference.where}: {reference.command})"
        )
    if not several:
        return "the only FastAPI app found"
    named = [r for r in references if r.module or r.paths]
    tried = (
        f"; its start commands ({', '.join(r.where for r in named[:3])}) name none of them"
        if named
        else "; no start command in the repository names one"
    )
    return f"chosen by layout (conventional file names, shallowest first){tried}"


def _app_modules(tree: SourceTree, mentions: tuple[str, ...]) -> list[ModuleInfo]:
    """Non-test modules whose text mentions one of `mentions` (a cheap filter before parsing)."""
    found: list[ModuleInfo] = []
    for rel in tree.python_files:
        if is_test_path(rel):
            continue
        text = tree.read_text(rel)
        if text is None or not any(word in text for word in mentions):
            continue
        parsed = tree.parse_python(rel)
        if parsed is not None:
            found.append(ModuleInfo.read(rel, parsed))
    return found


def _assignments(module: ModuleInfo) -> list[tuple[str, ast.expr, int]]:
    """Module-level `NAME = value` and `NAME: T = value` statements."""
    found: list[tuple[str, ast.expr, int]] = []
    for statement in module.tree.body:
        if isinstance(statement, ast.Assign):
            names = [t.id for t in statement.targets if isinstance(t, ast.Name)]
            found += [(name, statement.value, statement.lineno) for name in names]
        elif (
            isinstance(statement, ast.AnnAssign)
            and isinstance(statement.target, ast.Name)
            and statement.value is not None
        ):
            found.append((statement.target.id, statement.value, statement.lineno))
    return found


def _instances(module: ModuleInfo) -> list[_Candidate]:
    found: list[_Candidate] = []
    for name, value, line in _assignments(module):
        call = module.constructs(value, "FastAPI")
        if call is not None:
            found.append(_Candidate(module.rel, name, line, False, call))
    return found


def _factories(module: ModuleInfo) -> list[_Candidate]:
    """Module-level functions that return a FastAPI app, and methods of module-level classes
    that do (`ApplicationFactory.create()`: uvicorn follows the dotted attribute)."""
    found: list[_Candidate] = []
    for statement in module.tree.body:
        functions = [(statement, "")] if isinstance(statement, ast.FunctionDef) else []
        if isinstance(statement, ast.ClassDef):
            functions = [
                (method, f"{statement.name}.")
                for method in statement.body
                if isinstance(method, ast.FunctionDef)
            ]
        for function, owner in functions:
            is_factory, call = _returns_fastapi(module, function)
            if is_factory:
                name = owner + function.name
                found.append(_Candidate(module.rel, name, function.lineno, True, call))
    return found


def _returns_fastapi(module: ModuleInfo, func: ast.FunctionDef) -> tuple[bool, ast.Call | None]:
    """Whether `func` returns a FastAPI instance, and the FastAPI(...) call it makes."""
    annotated = module.refers_to(func.returns, "FastAPI")
    built: dict[str, ast.Call] = {}
    first: ast.Call | None = None
    for node in ast.walk(func):
        if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
            call = module.constructs(node.value, "FastAPI")
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if call is not None and isinstance(target, ast.Name):
                    built[target.id] = call
                    first = first or call
        elif isinstance(node, ast.Return) and node.value is not None:
            returned = module.constructs(node.value, "FastAPI")
            if returned is None and isinstance(node.value, ast.Name):
                returned = built.get(node.value.id)
            if returned is not None:
                return True, returned
    return annotated, first


def _held(tree: SourceTree, modules: list[ModuleInfo], problems: list[str]) -> list[_Candidate]:
    """Apps an object builds for itself (`self.app = FastAPI()` in a method of a module-level
    class) that a start module of the project serves: it creates the object and hands uvicorn
    its app (`node = TodoApiNode(); uvicorn.run(node.app)` under `__main__`, fresh bw49-02).
    Only such a start module can build one, so an app without one is reported, not guessed."""
    served: list[_Candidate] = []
    for module in modules:
        for cls in (s for s in module.tree.body if isinstance(s, ast.ClassDef)):
            for node in ast.walk(cls):
                targets, value = assigned(node)
                call = module.constructs(value, "FastAPI")
                kept = [t.attr for t in targets if _on_self(t)]
                if call is None or not kept:
                    continue
                if _launcher(tree, cls.name, ".", serves=True) is None:
                    problems.append(
                        f"the FastAPI app is built inside the class {cls.name} "
                        f"({module.rel}:{call.lineno}); no start module creates one and runs it"
                    )
                    continue
                name = f"{cls.name}.{kept[0]}"
                served.append(
                    _Candidate(module.rel, name, call.lineno, False, call, held_by=cls.name)
                )
    return served


def _on_self(target: ast.expr) -> TypeGuard[ast.Attribute]:
    """`self.NAME` as an assignment's target."""
    return (
        isinstance(target, ast.Attribute)
        and isinstance(target.value, ast.Name)
        and target.value.id == "self"
    )


def _factory_calls(
    modules: list[ModuleInfo], factories: list[_Candidate], instances: list[_Candidate]
) -> list[_Candidate]:
    """`app = create_app()` at module level: an instance, built by a factory found elsewhere."""
    by_name = {f.attribute: f for f in factories}
    taken = {(c.file, c.attribute) for c in instances}
    found: list[_Candidate] = []
    for module in modules:
        for name, value, line in _assignments(module):
            if not isinstance(value, ast.Call) or (module.rel, name) in taken:
                continue
            factory = _factory_called(value.func, by_name)
            if factory is not None:
                found.append(
                    _Candidate(module.rel, name, line, False, factory.call, True, factory.file)
                )
    return found


def _factory_called(func: ast.expr, by_name: dict[str, _Candidate]) -> _Candidate | None:
    """The factory a call names: `create_app()`, `factory.create_app()` (a module alias),
    `ApplicationFactory.create()`, `main.ApplicationFactory.create()`."""
    parts: list[str] = []
    while isinstance(func, ast.Attribute):
        parts.insert(0, func.attr)
        func = func.value
    if isinstance(func, ast.Name):
        parts.insert(0, func.id)
    for size in (2, 1):
        factory = by_name.get(".".join(parts[-size:]))
        if factory is not None:
            return factory
    return None


def _entrypoint(
    tree: SourceTree, chosen: _Candidate, module: ModuleInfo, problems: list[str]
) -> AppEntrypoint:
    app_dir = _app_dir(tree, chosen.file, module)
    dotted = dotted_module(chosen.file, app_dir)
    if dotted is None:  # e.g. `my-app/main.py` with relative imports: start beside the file
        app_dir = chosen.file.rsplit("/", 1)[0] if "/" in chosen.file else "."
        dotted = chosen.file.rsplit("/", 1)[-1].removesuffix(".py")
        problems.append(f"{chosen.file} cannot be imported as a module path; guessing {dotted}")
    _note_namespace_packages(tree, chosen.file, app_dir, problems)
    launcher = None
    if chosen.held_by is not None:
        launcher = _launcher(tree, chosen.held_by, app_dir, serves=True)
        problems.append(
            f"the app is built inside the class {chosen.held_by}; serving the one that "
            f"`python -m {launcher}` builds with it"
        )
    elif chosen.factory and _needs_arguments(module, chosen.attribute):
        launcher = _launcher(tree, chosen.attribute, app_dir)
        problems.append(
            f"the factory {chosen.label} needs arguments; "
            + (
                f"serving the app that `python -m {launcher}` builds with it"
                if launcher
                else "no start module of the project builds it (uvicorn will call it bare)"
            )
        )
    return AppEntrypoint(
        module=dotted,
        attribute=chosen.attribute,
        factory=chosen.factory,
        app_dir=app_dir,
        file=chosen.file,
        line=chosen.line,
        launcher=launcher,
    )


def _needs_arguments(module: ModuleInfo, name: str) -> bool:
    """Whether the module-level factory `name` has a parameter without a default."""
    function = next(
        (f for f in module.tree.body if isinstance(f, ast.FunctionDef) and f.name == name), None
    )
    if function is None:
        return False
    args = function.args
    positional = [*args.posonlyargs, *args.args]
    bare_keywords = [a for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True) if d is None]
    return len(positional) > len(args.defaults) or bool(bare_keywords)


def _launcher(tree: SourceTree, factory: str, app_dir: str, serves: bool = False) -> str | None:
    """The module the project runs to start the app (`python -m todo`: todo/__main__.py, or a
    module with a `__main__` guard) that calls the factory (and, with `serves`, imports uvicorn
    to serve what it builds); a package's __main__ first. Read from the AST, so `class
    Node(Base):` is no call of `Node` and a comment naming uvicorn serves nothing."""
    found: list[tuple[bool, str]] = []
    for rel in tree.python_files:
        if is_test_path(rel) or f"{factory}(" not in (tree.read_text(rel) or ""):
            continue  # the text filter only spares parsing files that cannot match
        module = tree.parse_python(rel)
        package_main = rel.endswith("__main__.py")
        if module is None or not (package_main or _main_guarded(module)):
            continue
        if not _calls(module, factory) or (serves and not _imports(rel, module, "uvicorn")):
            continue
        dotted = dotted_module(rel, app_dir) or dotted_module(rel, ".")
        if dotted is not None:
            found.append((not package_main, dotted.removesuffix(".__main__")))
    return min(found)[1] if found else None


def _main_guarded(module: ast.Module) -> bool:
    """Whether the module has `if __name__ == "__main__":` at its top level."""
    return any(isinstance(s, ast.If) and is_main_guard(s.test) for s in module.body)


def _calls(module: ast.Module, name: str) -> bool:
    """Whether the module calls `name(...)` or `something.name(...)` anywhere."""
    return any(isinstance(n, ast.Call) and called_name(n.func) == name for n in ast.walk(module))


def _imports(rel: str, module: ast.Module, package: str) -> bool:
    """Whether the module imports `package` (`import uvicorn`, `from uvicorn import run`)."""
    imported = ModuleInfo.read(rel, module).imports.values()
    return any(i.level == 0 and i.module.split(".")[0] == package for i in imported)


def _app_dir(tree: SourceTree, rel: str, module: ModuleInfo) -> str:
    """The shallowest directory from which the entry module and its local imports resolve.

    `app/main.py` doing `from routers import todos` is meant to start inside `app/`; doing
    `from app.routers import todos` is meant to start at the root. A src layout tries `src` first.
    """
    dirs = rel.split("/")[:-1]
    bases = ["."] + ["/".join(dirs[: i + 1]) for i in range(len(dirs))]
    if dirs and dirs[0] == "src":
        bases.insert(0, bases.pop(1))
    level = max(
        (n.level for n in ast.walk(module.tree) if isinstance(n, ast.ImportFrom)), default=0
    )
    viable = [
        base
        for base in bases
        if dotted_module(rel, base) is not None and _package_depth(rel, base) >= level
    ]
    if not viable:
        return bases[-1]
    names = _absolute_import_roots(module.tree)
    local = {n for n in names if any(_resolves(tree, b, n) for b in viable)}
    for base in viable:
        if all(_resolves(tree, base, n) for n in local):
            return base
    return max(viable, key=lambda b: sum(_resolves(tree, b, n) for n in local))


def _package_depth(rel: str, base: str) -> int:
    inside = rel if base == "." else rel[len(base) + 1 :]
    return inside.count("/")


def _absolute_import_roots(module: ast.Module) -> set[str]:
    roots: set[str] = set()
    for node in ast.walk(module):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".", 1)[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".", 1)[0])
    return roots


def _resolves(tree: SourceTree, base: str, name: str) -> bool:
    stem = name if base == "." else f"{base}/{name}"
    return tree.has_file(f"{stem}.py") or tree.has_dir(stem)


def _note_namespace_packages(tree: SourceTree, rel: str, app_dir: str, problems: list[str]) -> None:
    inside = rel if app_dir == "." else rel[len(app_dir) + 1 :]
    parts = inside.split("/")[:-1]
    prefix = "" if app_dir == "." else f"{app_dir}/"
    for i in range(len(parts)):
        package = prefix + "/".join(parts[: i + 1])
        if not tree.has_file(f"{package}/__init__.py"):
            problems.append(f"{package}/ has no __init__.py; it imports as a namespace package")


def docs_settings(call: AppCall | None, problems: list[str]) -> tuple[bool, str | None]:
    """(docs_disabled, openapi_url) from literal FastAPI(...) keyword arguments."""
    keywords = {k.arg: k.value for k in call.node.keywords if k.arg} if call else {}
    openapi_url: str | None = "/openapi.json"
    if "openapi_url" in keywords:
        value = keywords["openapi_url"]
        if isinstance(value, ast.Constant) and (value.value is None or value.value == ""):
            openapi_url = None
        elif isinstance(value, ast.Constant) and isinstance(value.value, str):
            openapi_url = value.value
        else:
            problems.append("openapi_url is not a literal; assuming /openapi.json")
    docs_off = all(_is_off(keywords.get(k)) for k in ("docs_url", "redoc_url"))
    return openapi_url is None or docs_off, openapi_url


def schema_setting(call: AppCall | None) -> Location | None:
    """Where `FastAPI(...)` sets the schema's URL (or, failing that, the docs' URL): the line a
    reviewer reads when the schema is not served, often a switch such as
    `openapi_url=None if production else "/openapi.json"`."""
    if call is None:
        return None
    keywords = {k.arg: k for k in call.node.keywords if k.arg}
    for name in ("openapi_url", "docs_url"):
        if name in keywords:
            return Location(file=call.file, line=keywords[name].lineno, role=f"{name} is set here")
    return None


def schema_switch(call: AppCall | None, tree: SourceTree) -> Location | None:
    """The module's own switch a `FastAPI(openapi_url="/openapi.json" if docs_enabled else
    None)` reads: the line that decides whether docs are served (`docs_enabled = settings.
    environment != "prod"`, fresh bw60-03), where the keyword only repeats the decision."""
    if call is None:
        return None
    keywords = {k.arg: k.value for k in call.node.keywords if k.arg}
    value = keywords.get("openapi_url", keywords.get("docs_url"))
    if not isinstance(value, ast.IfExp):
        return None
    test = value.test.operand if isinstance(value.test, ast.UnaryOp) else value.test
    module = tree.parse_python(call.file)
    if not isinstance(test, ast.Name) or module is None:
        return None
    for node in module.body:
        targets, _ = assigned(node)
        if any(isinstance(t, ast.Name) and t.id == test.id for t in targets):
            return Location(file=call.file, line=node.lineno, role="the switch that decides it")
    return None


def _is_off(value: ast.expr | None) -> bool:
    return isinstance(value, ast.Constant) and value.value in (None, "")
