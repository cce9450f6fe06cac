"""The path operations a submission declares, read from decorators without importing anything.

Routes feed the assignment-kind guess and the static checks (async handlers, missing routes).
Prefixes are applied where they are literal: `APIRouter(prefix=...)` and
`include_router(router, prefix=...)`, following the router across modules by its import.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from functools import lru_cache

from grader.discovery.facts import RouteInfo
from grader.discovery.modules import (
    ImportedName,
    ModuleInfo,
    assigned,
    module_file,
    submodule,
)
from grader.discovery.tree import SourceTree, is_test_path

HTTP_METHODS = frozenset({"get", "post", "put", "patch", "delete", "head", "options", "trace"})
_MAX_HOPS = 8

Key = tuple[str, str]  # (file, variable) naming one app or router
Function = ast.FunctionDef | ast.AsyncFunctionDef


@dataclass
class _Operation:
    variable: str
    methods: list[str]
    path: str
    function: Function


@dataclass
class _RoutingModule:
    info: ModuleInfo
    prefixes: dict[str, str] = field(default_factory=dict)  # app/router variable -> own prefix
    operations: list[_Operation] = field(default_factory=list)
    includes: list[tuple[ast.expr, ast.expr, str]] = field(default_factory=list)
    bases: dict[str, list[str]] = field(default_factory=dict)  # class -> its bases' names

    def known(self, variable: str) -> str | None:
        """The app or router `variable` names here: itself, or for `Sub.router` an attribute
        a base class of this module sets (`BaseController.__init__`'s `self.router`)."""
        queue, seen = [variable], set()
        while queue:
            name = queue.pop(0)
            if name in self.prefixes:
                return name
            owner, _, attribute = name.partition(".")
            if not attribute or owner in seen:
                continue
            seen.add(owner)
            queue += [f"{base}.{attribute}" for base in self.bases.get(owner, [])]
        return None


def find_routes(tree: SourceTree) -> list[RouteInfo]:
    return _RouteCollector(tree).routes()


class _RouteCollector:
    def __init__(self, tree: SourceTree) -> None:
        self.tree = tree
        self.modules: dict[str, _RoutingModule] = {}
        for rel in tree.python_files:
            # Every non-test module: a package's __init__.py may only re-export a router.
            parsed = None if is_test_path(rel) else tree.parse_python(rel)
            if parsed is not None:
                self.modules[rel] = _read_module(ModuleInfo.read(rel, parsed))
        self.parents: dict[Key, tuple[Key, str]] = {}
        for rel, module in self.modules.items():
            for parent, child, prefix in module.includes:
                parent_key, child_key = self._resolve(rel, parent), self._resolve(rel, child)
                if parent_key and child_key and child_key != parent_key:
                    self.parents.setdefault(child_key, (parent_key, prefix))

    def routes(self) -> list[RouteInfo]:
        found: list[RouteInfo] = []
        for rel, module in self.modules.items():
            for operation in module.operations:
                key = self._resolve(rel, ast.Name(operation.variable))
                if key is None:
                    continue
                prefix = self._prefix(key)
                found += [
                    RouteInfo(
                        method=method,
                        path=prefix + operation.path,
                        function=operation.function.name,
                        is_async=isinstance(operation.function, ast.AsyncFunctionDef),
                        file=rel,
                        line=operation.function.lineno,
                    )
                    for method in operation.methods
                ]
        return sorted(found, key=lambda r: (r.file, r.line, r.method))

    def _prefix(self, key: Key) -> str:
        """Every literal prefix from the outermost app down to this router's own."""
        prefix = ""
        seen: set[Key] = set()
        while key not in seen:
            seen.add(key)
            prefix = self.modules[key[0]].prefixes.get(key[1], "") + prefix
            parent = self.parents.get(key)
            if parent is None:
                break
            key, include_prefix = parent
            prefix = include_prefix + prefix
        return prefix

    def _resolve(self, rel: str, node: ast.expr, hops: int = 0) -> Key | None:
        """The (file, variable) an expression such as `router` or `todos.router` names."""
        module = self.modules.get(rel)
        if module is None or hops > _MAX_HOPS:
            return None
        variable = _variable(node)
        if variable is not None and (known := module.known(variable)) is not None:
            return rel, known
        if isinstance(node, ast.Name):
            imported = module.info.imports.get(node.id)
            if imported is None or imported.name is None:
                return None
            target = module_file(self.tree, imported, rel)
            if target is None:
                return None
            return self._resolve(target, ast.Name(imported.name), hops + 1)
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            imported = module.info.imports.get(node.value.id)
            as_module = submodule(imported) if imported and imported.name else imported
            target = self._module(as_module, rel)
            return self._resolve(target, ast.Name(node.attr), hops + 1) if target else None
        return None

    def _module(self, imported: ImportedName | None, rel: str) -> str | None:
        return module_file(self.tree, imported, rel) if imported is not None else None


class _Scopes:
    """What names mean where: the module's functions, its classes' bases, and for a node written
    in a class, that (innermost) class's name and methods."""

    def __init__(self, tree: ast.Module) -> None:
        self.functions = {n.name: n for n in tree.body if isinstance(n, Function)}
        self.methods: dict[int, dict[str, Function]] = {}
        self.owners: dict[int, str] = {}
        self.bases: dict[str, list[str]] = {}
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            self.bases[cls.name] = [name for b in cls.bases if (name := _base_name(b))]
            own = {m.name: m for m in cls.body if isinstance(m, Function)}
            for node in ast.walk(cls):
                self.methods[id(node)] = own
                self.owners[id(node)] = cls.name

    def endpoint(self, call: ast.Call) -> Function | None:
        """The function an `add_api_route` call registers, resolved as Python would: `self.X`
        to the method of the class the call is made in, a bare name to a module function."""
        endpoint = registered_endpoint(call)
        if isinstance(endpoint, ast.Name):
            return self.functions.get(endpoint.id)
        if isinstance(endpoint, ast.Attribute) and _variable(endpoint) is not None:
            return self.methods.get(id(call), {}).get(endpoint.attr)  # `self.create`
        return None


def registration(tree: ast.Module, function: Function) -> ast.Call | None:
    """The `add_api_route(path, endpoint, ...)` call that registers `function`, if one does."""
    scopes = _scopes_of(tree)
    return next(
        (n for n in ast.walk(tree) if isinstance(n, ast.Call) and scopes.endpoint(n) is function),
        None,
    )


@lru_cache(maxsize=32)
def _scopes_of(tree: ast.Module) -> _Scopes:
    """One module's scopes, read once for all its handlers (an AST is hashed by identity)."""
    return _Scopes(tree)


def _read_module(info: ModuleInfo) -> _RoutingModule:
    scopes = _scopes_of(info.tree)
    module = _RoutingModule(info, bases=scopes.bases)
    for node in ast.walk(info.tree):
        owner = scopes.owners.get(id(node))
        targets, value = assigned(node)
        if value is not None:
            prefix = _own_prefix(info, value)
            for target in targets:
                name = _variable(target, owner)
                if prefix is not None and name is not None:
                    module.prefixes[name] = prefix
        elif isinstance(node, ast.arg) and any(
            info.refers_to(node.annotation, cls) for cls in ("FastAPI", "APIRouter")
        ):
            module.prefixes.setdefault(node.arg, "")
        elif isinstance(node, Function):
            module.operations += [
                op for d in node.decorator_list if (op := _operation(d, node, owner))
            ]
        elif isinstance(node, ast.Call):
            include = _include(node, owner)
            if include is not None:
                module.includes.append(include)
            registered = _registered(node, scopes, owner)
            if registered is not None:
                module.operations.append(registered)
    return module


def _variable(node: ast.expr, owner: str | None = None) -> str | None:
    """The app or router a name holds: `app`, or `self.app` for one an object keeps, named
    after the class it is written in (`Node.app`), so two classes' `self.router` stay apart."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        return f"{owner or 'self'}.{node.attr}" if node.value.id == "self" else None
    return None


def _base_name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    return node.attr if isinstance(node, ast.Attribute) else None


def _owned(node: ast.expr, owner: str | None) -> ast.expr:
    """`self.router` written in class Node as the name `Node.router`; anything else as is."""
    variable = _variable(node, owner)
    return ast.Name(variable) if variable is not None and "." in variable else node


def _registered(call: ast.Call, scopes: _Scopes, owner: str | None) -> _Operation | None:
    """`router.add_api_route("/todos", self.create, methods=["POST"])`: a route registered by a
    call, its endpoint a module-level function, or a method of the class the call is made in
    (fresh bw49-02 wires bound methods in a class this way)."""
    function = scopes.endpoint(call)
    if function is None or not isinstance(call.func, ast.Attribute):
        return None
    variable = _variable(call.func.value, owner)
    path = _literal_str(call.args[0]) if call.args else _keyword(call, "path")
    if variable is None or path is None:
        return None
    return _Operation(variable, _methods(call), path, function)


def registered_endpoint(call: ast.Call) -> ast.expr | None:
    """The endpoint of `x.add_api_route(path, endpoint, ...)`; None for any other call."""
    func = call.func
    if not (isinstance(func, ast.Attribute) and func.attr == "add_api_route"):
        return None
    return call.args[1] if len(call.args) > 1 else _keyword_node(call, "endpoint")


def _methods(call: ast.Call) -> list[str]:
    """The `methods=[...]` of an api_route or add_api_route, GET when not given literally."""
    listed = _keyword_node(call, "methods")
    literal = listed.elts if isinstance(listed, ast.List | ast.Tuple | ast.Set) else []
    return [m.upper() for e in literal if isinstance(m := _literal_str(e), str)] or ["GET"]


def _own_prefix(info: ModuleInfo, value: ast.expr) -> str | None:
    """ "" for FastAPI(...), the literal prefix for APIRouter(...), None for anything else."""
    if info.constructs(value, "FastAPI") is not None:
        return ""
    router = info.constructs(value, "APIRouter")
    if router is None:
        return None
    prefix = _keyword(router, "prefix")
    return prefix if isinstance(prefix, str) else ""


def _operation(decorator: ast.expr, function: Function, owner: str | None) -> _Operation | None:
    if not (isinstance(decorator, ast.Call) and isinstance(decorator.func, ast.Attribute)):
        return None
    variable = _variable(decorator.func.value, owner)  # `@router.get`, `@self.app.get`
    if variable is None:
        return None
    verb = decorator.func.attr
    if verb not in HTTP_METHODS and verb != "api_route":
        return None
    path = _literal_str(decorator.args[0]) if decorator.args else _keyword(decorator, "path")
    if not isinstance(path, str):
        return None
    methods = _methods(decorator) if verb == "api_route" else [verb.upper()]
    return _Operation(variable, methods, path, function)


def _include(call: ast.Call, owner: str | None) -> tuple[ast.expr, ast.expr, str] | None:
    """(parent, router, prefix) for `parent.include_router(router, prefix="/x")`."""
    func = call.func
    if not (isinstance(func, ast.Attribute) and func.attr == "include_router"):
        return None
    router = call.args[0] if call.args else _keyword_node(call, "router")
    if router is None:
        return None
    prefix = _keyword(call, "prefix")
    parent, child = _owned(func.value, owner), _owned(router, owner)
    return parent, child, prefix if isinstance(prefix, str) else ""


def _keyword_node(call: ast.Call, name: str) -> ast.expr | None:
    return next((k.value for k in call.keywords if k.arg == name), None)


def _keyword(call: ast.Call, name: str) -> str | None:
    node = _keyword_node(call, name)
    return _literal_str(node) if node is not None else None


def _literal_str(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None
