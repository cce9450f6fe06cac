"""How a candidate's modules name FastAPI and each other, read from import statements alone.

Entrypoint and route discovery both need "is this call FastAPI(...)?" and "which file does this
imported name come from?"; answering them from the AST keeps the candidate's code unexecuted.
"""

from __future__ import annotations

import ast
import keyword
import posixpath
from dataclasses import dataclass, field

from grader.discovery.tree import SourceTree

FASTAPI_MODULES = ("fastapi", "fastapi.applications", "fastapi.routing")


@dataclass(frozen=True)
class ImportedName:
    """`from <module> import <name>` (name set) or `import <module>` (name None)."""

    module: str
    level: int
    name: str | None


@dataclass
class ModuleInfo:
    """One parsed module: the local names bound to FastAPI classes and to other modules."""

    rel: str
    tree: ast.Module
    classes: dict[str, str] = field(default_factory=dict)
    fastapi_aliases: set[str] = field(default_factory=set)
    imports: dict[str, ImportedName] = field(default_factory=dict)

    @classmethod
    def read(cls, rel: str, module: ast.Module) -> ModuleInfo:
        info = cls(rel, module)
        for node in ast.walk(module):
            if isinstance(node, ast.ImportFrom):
                info._from_import(node)
            elif isinstance(node, ast.Import):
                info._import(node)
        return info

    def _from_import(self, node: ast.ImportFrom) -> None:
        source = node.module or ""
        for alias in node.names:
            local = alias.asname or alias.name
            if node.level == 0 and source in FASTAPI_MODULES and alias.name in _CLASSES:
                self.classes[local] = alias.name
            elif alias.name != "*":
                self.imports[local] = ImportedName(source, node.level, alias.name)

    def _import(self, node: ast.Import) -> None:
        for alias in node.names:
            root = alias.name.split(".", 1)[0]
            if root == "fastapi":
                self.fastapi_aliases.add(alias.asname or "fastapi")
            elif alias.asname:
                self.imports[alias.asname] = ImportedName(alias.name, 0, None)
            else:
                self.imports[root] = ImportedName(root, 0, None)

    def refers_to(self, node: ast.expr | None, cls: str) -> bool:
        """`FastAPI`, an alias of it, or `fastapi.FastAPI` (any alias of the module)."""
        if isinstance(node, ast.Name):
            return self.classes.get(node.id) == cls
        if isinstance(node, ast.Attribute) and node.attr == cls:
            base = node.value
            while isinstance(base, ast.Attribute):
                base = base.value
            return isinstance(base, ast.Name) and base.id in self.fastapi_aliases
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value == cls  # a string annotation: def create_app() -> "FastAPI"
        return False

    def constructs(self, node: ast.expr | None, cls: str) -> ast.Call | None:
        if isinstance(node, ast.Call) and self.refers_to(node.func, cls):
            return node
        return None


_CLASSES = frozenset({"FastAPI", "APIRouter"})


def assigned(node: ast.AST) -> tuple[list[ast.expr], ast.expr | None]:
    """The targets and value of `x = ...` or `x: T = ...`; nothing for any other statement."""
    if isinstance(node, ast.Assign):
        return node.targets, node.value
    if isinstance(node, ast.AnnAssign):
        return [node.target], node.value
    return [], None


def called_name(func: ast.expr) -> str | None:
    """The name a call is made through: `f` of `f()` and of `x.f()`."""
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else None


def is_main_guard(test: ast.expr) -> bool:
    """`__name__ == "__main__"` (either way round): the block runs only as a script."""
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1):
        return False
    sides = [test.left, test.comparators[0]]
    names = {s.id for s in sides if isinstance(s, ast.Name)}
    texts = {s.value for s in sides if isinstance(s, ast.Constant)}
    return isinstance(test.ops[0], ast.Eq) and names == {"__name__"} and texts == {"__main__"}


def dotted_module(rel: str, app_dir: str) -> str | None:
    """The import path of `rel` when `app_dir` is on sys.path, or None if it cannot be imported."""
    prefix = "" if app_dir == "." else app_dir.rstrip("/") + "/"
    if not rel.startswith(prefix) or not rel.endswith(".py"):
        return None
    parts = rel[len(prefix) : -3].split("/")
    if parts[-1] == "__init__":
        parts = parts[:-1]
    if not parts or not all(p.isidentifier() and not keyword.iskeyword(p) for p in parts):
        return None
    return ".".join(parts)


def module_file(tree: SourceTree, imported: ImportedName, from_rel: str) -> str | None:
    """The file an import refers to, trying the root, `src/` and the importer's ancestors."""
    dotted = imported.module.replace(".", "/")
    if imported.level:
        base = posixpath.dirname(from_rel)
        for _ in range(imported.level - 1):
            base = posixpath.dirname(base)
        bases = [base]
    else:
        directory = posixpath.dirname(from_rel)
        ancestors = [directory]
        while directory:
            directory = posixpath.dirname(directory)
            ancestors.append(directory)
        bases = ["", "src", *reversed(ancestors[:-1])]
    for base in bases:
        stem = posixpath.join(base, dotted)
        candidates = [posixpath.join(stem, "__init__.py")]
        if dotted:
            candidates.insert(0, f"{stem}.py")
        for candidate in candidates:
            if tree.has_file(candidate):
                return candidate
    return None


def submodule(imported: ImportedName) -> ImportedName | None:
    """`from pkg import mod` may name a module: the import of `pkg.mod` itself."""
    if imported.name is None:
        return None
    module = f"{imported.module}.{imported.name}" if imported.module else imported.name
    return ImportedName(module, imported.level, None)
