"""Top-level modules the project's code imports that are neither its own nor the standard library.

Read from the AST, never imported. The build compares them with the modules the resolved wheels
provide (grader/phases/undeclared_imports.py) and installs what an import needs and no declared
dependency brings (`import toml` with toml declared nowhere), as a reviewer would `pip install`
it before running the app. Imports the code can live without are left out: inside a `try` that
catches ImportError, under `if TYPE_CHECKING`, behind a Python version or platform test, under
`if __name__ == "__main__"`, inside `with suppress(ImportError)`; and Alembic's scripts (its
env.py and revisions), which only alembic runs: the migration step decides about alembic
(grader/phases/services.py: not a dependency, not run). The project's own names
(LocalNames) are never looked up: its modules and packages, the folders that hold what is
imported from them, and the names its .gitignore keeps out of the repository (a `db_url.py`
never committed is the author's module, not a package of that name on the index).
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from grader.discovery.facts import ImportedModule
from grader.discovery.import_packages import package_for
from grader.discovery.tree import SourceTree, is_test_path

_MAX_FILES = 2000
_MAX_MODULES = 40
# Files that configure tools rather than run the app or its tests.
_TOOL_FILE = re.compile(r"(?:^|/)(?:setup|noxfile|fabfile|locustfile\w*)\.py$|^docs/")
_IMPORT_ERRORS = frozenset({"ImportError", "ModuleNotFoundError", "Exception", "BaseException"})
_CONDITIONAL_NAMES = frozenset({"version_info", "platform", "hexversion", "implementation"})
_STDLIB = frozenset(sys.stdlib_module_names)
# What a library needs only for the part of it the code imports, which its plain install no
# longer brings: SQLAlchemy 2.1 dropped greenlet from its default dependencies, and
# `sqlalchemy.ext.asyncio` then fails at import ("requires that the Python 'greenlet' library
# is installed"); pydantic's EmailStr needs email-validator. A reviewer installs the extra the
# error names; the build does, when no resolved wheel provides the module.
_NEEDED_BY_MODULE = {
    "sqlalchemy.ext.asyncio": "greenlet",
    "sqlmodel.ext.asyncio": "greenlet",
}
_NEEDED_BY_NAME = {
    ("pydantic", "EmailStr"): "email_validator",
    ("pydantic", "NameEmail"): "email_validator",
}


def third_party_imports(tree: SourceTree) -> list[ImportedModule]:
    """Each third-party module once, at the first file:line that needs it; a module the app's
    code imports is `runtime`, one only the tests import is `test`."""
    local = LocalNames.of(tree)
    found: dict[str, ImportedModule] = {}
    for rel in tree.python_files[:_MAX_FILES]:
        if _TOOL_FILE.search(rel):
            continue
        module = tree.parse_python(rel)
        if module is None or _alembic_script(module):
            continue
        scope: Literal["runtime", "test"] = "test" if is_test_path(rel) else "runtime"
        for name, inner, line, via in required_imports(module):
            package = package_for(name)
            if name in _STDLIB or package is None or (via is None and local.has(name, inner)):
                continue
            known = found.get(name)
            if known is None or (known.scope == "test" and scope == "runtime"):
                found[name] = ImportedModule(
                    module=name, package=package, file=rel, line=line, scope=scope, needed_by=via
                )
    return sorted(found.values(), key=lambda item: item.module)[:_MAX_MODULES]


@dataclass
class LocalNames:
    """The project's own importable names: module files, packages (`__init__.py`) and names
    its .gitignore keeps out; and folders without `__init__.py`, which are the project's only
    for what they hold (`from alembic import context` is not the migrations folder `alembic/`,
    which has no `context`; `from src.core import x` is `src/`)."""

    modules: set[str] = field(default_factory=set)
    folders: dict[str, set[str]] = field(default_factory=dict)  # name -> what they hold

    @classmethod
    def of(cls, tree: SourceTree) -> LocalNames:
        names = cls(modules=gitignored_names(tree))
        packages = {f.rsplit("/", 1)[0] for f in tree.files if f.endswith("/__init__.py")}
        held: dict[str, set[str]] = {}
        for rel in tree.files:
            parts = rel.split("/")
            if not parts[-1].endswith((".py", ".pyi", ".so", ".pyd")):
                continue
            parts[-1] = parts[-1].split(".", 1)[0]
            if len(parts) == 1:
                names.modules.add(parts[0])
            for depth in range(1, len(parts)):
                held.setdefault("/".join(parts[:depth]), set()).add(parts[depth])
        for folder, inside in held.items():
            name = folder.rsplit("/", 1)[-1]
            if folder in packages:
                names.modules.add(name)
            else:
                names.folders.setdefault(name, set()).update(inside)
        for rel in tree.files:  # a module file anywhere may be imported from its own folder
            if rel.endswith(".py"):
                names.modules.add(rel.rsplit("/", 1)[-1][:-3])
        return names

    def has(self, name: str, inner: list[str]) -> bool:
        if name in self.modules:
            return True
        held = self.folders.get(name)
        return held is not None and (not inner or any(part in held for part in inner))


def gitignored_names(tree: SourceTree) -> set[str]:
    """Module and folder names the root .gitignore names literally (`/db_url.py`, `config/`)."""
    names: set[str] = set()
    for raw in (tree.read_text(".gitignore") or "").splitlines()[:2000]:
        line = raw.strip()
        if not line or line.startswith(("#", "!")) or any(c in line for c in "*?["):
            continue
        last = line.strip("/").rsplit("/", 1)[-1]
        stem = last[:-3] if last.endswith(".py") else last
        if stem.isidentifier():
            names.add(stem)
    return names


Needed = tuple[str, list[str], int, str | None]


def required_imports(module: ast.Module) -> Iterator[Needed]:
    """(top-level module, the names imported from inside it, line, the library import that
    needs it or None) of every absolute import the code cannot do without, and of each module
    a library needs for the part of it imported there (`greenlet` for sqlalchemy.ext.asyncio)."""
    yield from _statements(module.body)


def _statements(body: list[ast.stmt]) -> Iterator[Needed]:
    for node in body:
        if isinstance(node, ast.Import):
            for alias in node.names:
                top, _, rest = alias.name.partition(".")
                yield top, [rest.split(".", 1)[0]] if rest else [], node.lineno, None
                if (needed := _needed_for(alias.name)) is not None:
                    yield needed, [], node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0 and node.module:
                top, _, rest = node.module.partition(".")
                inner = [rest.split(".", 1)[0]] if rest else [a.name for a in node.names]
                yield top, [name for name in inner if name != "*"], node.lineno, None
                yield from _needed_by(node)
        elif isinstance(node, ast.Try | ast.TryStar):
            if not _catches_import_error(node.handlers):
                yield from _statements(node.body)
                for handler in node.handlers:
                    yield from _statements(handler.body)
            yield from _statements(node.orelse)
            yield from _statements(node.finalbody)
        elif isinstance(node, ast.If):
            kind = _condition(node.test)
            if kind is None:
                yield from _statements(node.body)
            if kind != "conditional":
                yield from _statements(node.orelse)
        elif isinstance(node, ast.With | ast.AsyncWith):
            if not any(_suppresses_import_error(item.context_expr) for item in node.items):
                yield from _statements(node.body)
        elif isinstance(node, ast.Match):
            for case in node.cases:
                yield from _statements(case.body)
        else:
            for name in ("body", "orelse"):
                inner_body = getattr(node, name, None)
                if isinstance(inner_body, list):
                    yield from _statements([s for s in inner_body if isinstance(s, ast.stmt)])


def _needed_by(node: ast.ImportFrom) -> Iterator[Needed]:
    """What the library imported from needs for it: `from sqlalchemy.ext.asyncio import ...`,
    `from pydantic import EmailStr`."""
    module = node.module or ""
    if (needed := _needed_for(module)) is not None:
        yield needed, [], node.lineno, module
    top = module.split(".", 1)[0]
    for alias in node.names:
        if (top, alias.name) in _NEEDED_BY_NAME:
            yield _NEEDED_BY_NAME[top, alias.name], [], node.lineno, f"{module}.{alias.name}"


def _needed_for(module: str) -> str | None:
    """What a library module needs: `sqlalchemy.ext.asyncio` and anything under it
    (`sqlmodel.ext.asyncio.session`)."""
    for part, needed in _NEEDED_BY_MODULE.items():
        if module == part or module.startswith(part + "."):
            return needed
    return None


def _alembic_script(module: ast.Module) -> bool:
    """An Alembic environment or revision (`from alembic import context` / `op`): only alembic
    runs it, and whether alembic runs is the migration step's decision."""
    return any(
        isinstance(node, ast.ImportFrom)
        and node.module == "alembic"
        and any(alias.name in ("context", "op") for alias in node.names)
        for node in module.body
    )


def _catches_import_error(handlers: list[ast.ExceptHandler]) -> bool:
    for handler in handlers:
        if handler.type is None:
            return True
        kinds = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
        if any(_name(kind) in _IMPORT_ERRORS for kind in kinds):
            return True
    return False


def _suppresses_import_error(expr: ast.expr) -> bool:
    return (
        isinstance(expr, ast.Call)
        and _name(expr.func) == "suppress"
        and any(_name(arg) in _IMPORT_ERRORS for arg in expr.args)
    )


def _condition(test: ast.expr) -> str | None:
    """`type_checking` (the body is for type checkers only), `main` (the body runs only as a
    script), `conditional` (a version or platform test: either branch may be the one not
    taken), or None for an ordinary test."""
    names = {_name(node) for node in ast.walk(test)}
    if "TYPE_CHECKING" in names:
        return "type_checking"
    if "__name__" in names and any(
        isinstance(node, ast.Constant) and node.value == "__main__" for node in ast.walk(test)
    ):
        return "main"
    if names & _CONDITIONAL_NAMES or ("os" in names and "name" in names):
        return "conditional"
    return None


def _name(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None
