"""Route handlers as syntax: the function behind each route, its decorator and its dependencies.

Several rule families ask the same questions ("which functions serve routes?", "does this
parameter depend on authentication?", "what does `sleep` name in this module?"); answering them
once here keeps each family short. It registers no rule; everything is read from ASTs.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field

from grader.checks.registry import StaticContext
from grader.discovery import RouteInfo
from grader.discovery.modules import assigned
from grader.discovery.routes import registration
from grader.discovery.tolerant_parse import parse_expression
from grader.discovery.tree import is_test_path

Function = ast.FunctionDef | ast.AsyncFunctionDef
_DEPENDS = frozenset({"Depends", "Security"})
_AUTH_WORDS = (
    "auth",
    "user",
    "token",
    "verify",
    "oauth",
    "security",
    "jwt",
    "bearer",
    "apikey",
    "credential",
    "principal",
    "login",
    "admin",
    "permission",
    "owner",
    "scope",
    "protected",
    "identity",
)
# Return types that give OpenAPI no schema for the body (a JSON answer built by hand included).
UNTYPED_RETURNS = frozenset(
    {"dict", "Dict", "Any", "object", "JSONResponse", "ORJSONResponse", "UJSONResponse",
     "Response", "Mapping"}
)  # fmt: skip
_NO_BODY = 204


def has_response_schema(handler: Handler) -> bool:
    """response_model=<something>, a model-like return type, or a route with no JSON body."""
    model = handler.keyword("response_model")
    if model is not None:
        return not (isinstance(model, ast.Constant) and model.value is None)
    status = handler.keyword("status_code")
    if handler.keyword("response_class") is not None or (
        isinstance(status, ast.Constant) and status.value == _NO_BODY
    ):
        return True
    if isinstance(status, ast.Attribute) and status.attr.startswith("HTTP_204"):
        return True
    base = annotation_base(handler.node.returns)
    return base is not None and base not in UNTYPED_RETURNS and base != "None"


_AUTH_HEADERS = ("authorization", "x-api-key", "x_api_key", "api_key", "apikey")


@dataclass(frozen=True)
class Handler:
    """One route function; a function serving several methods is one Handler."""

    file: str
    node: Function
    routes: tuple[RouteInfo, ...]
    decorator: ast.Call | None

    @property
    def name(self) -> str:
        return self.node.name

    def keyword(self, name: str) -> ast.expr | None:
        return keyword(self.decorator, name) if self.decorator is not None else None

    @property
    def declared_at(self) -> int:
        """Where the route is declared, which is where `response_model=` or `summary=` would go:
        its def (under the decorator), or the `add_api_route` call that registers it."""
        decorator = self.decorator
        if decorator is None or decorator in self.node.decorator_list:
            return self.node.lineno
        return decorator.lineno


def is_app_file(ctx: StaticContext, rel: str) -> bool:
    return rel not in ctx.facts.test_files and not is_test_path(rel)


def app_trees(ctx: StaticContext) -> Iterator[tuple[str, ast.Module]]:
    for rel, module in ctx.trees():
        if is_app_file(ctx, rel):
            yield rel, module


def test_trees(ctx: StaticContext) -> Iterator[tuple[str, ast.Module]]:
    for rel, module in ctx.trees():
        if not is_app_file(ctx, rel):
            yield rel, module


def route_handlers(ctx: StaticContext) -> list[Handler]:
    grouped: dict[tuple[str, int, str], list[RouteInfo]] = {}
    for route in ctx.facts.routes:
        grouped.setdefault((route.file, route.line, route.function), []).append(route)
    found: list[Handler] = []
    for (rel, line, name), routes in grouped.items():
        module = ctx.tree(rel)
        if module is None or not is_app_file(ctx, rel):
            continue
        node = next(
            (f for f in functions(module) if f.name == name and f.lineno == line),
            None,
        )
        if node is not None:
            verbs = {r.method.lower() for r in routes} | {"api_route"}
            decorator = _route_decorator(node, verbs) or registration(module, node)
            found.append(Handler(rel, node, tuple(routes), decorator))
    return sorted(found, key=lambda h: (h.file, h.node.lineno))


def _route_decorator(node: Function, verbs: set[str]) -> ast.Call | None:
    for decorator in node.decorator_list:
        if (
            isinstance(decorator, ast.Call)
            and isinstance(decorator.func, ast.Attribute)
            and decorator.func.attr in verbs
        ):
            return decorator
    return None


def functions(module: ast.AST) -> Iterator[Function]:
    for node in ast.walk(module):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            yield node


def own_nodes(function: Function | ast.Module | ast.ClassDef) -> Iterator[ast.AST]:
    """The function's body without nested functions, lambdas or classes (they run elsewhere);
    a module's or a class's own statements likewise."""
    elsewhere = ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda | ast.ClassDef
    stack: list[ast.AST] = [s for s in function.body if not isinstance(s, elsewhere)]
    while stack:
        node = stack.pop()
        yield node
        stack += [c for c in ast.iter_child_nodes(node) if not isinstance(c, elsewhere)]


def calls(function: Function) -> list[ast.Call]:
    """The calls a function makes itself (not its nested functions'), in source order."""
    return sorted(
        (n for n in own_nodes(function) if isinstance(n, ast.Call)),
        key=lambda n: (n.lineno, n.col_offset),
    )


def keyword(call: ast.Call, name: str) -> ast.expr | None:
    return next((k.value for k in call.keywords if k.arg == name), None)


def terminal_name(node: ast.expr | None) -> str | None:
    """`get_user` for `get_user`, `deps.get_user`, `HTTPBearer()` -> `HTTPBearer`."""
    if isinstance(node, ast.Call):
        node = node.func
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def parameters(function: Function) -> list[ast.arg]:
    args = function.args
    every = [*args.posonlyargs, *args.args, *args.kwonlyargs]
    every += [a for a in (args.vararg, args.kwarg) if a is not None]
    if every and every[0].arg in ("self", "cls"):
        every = every[1:]
    return every


def received_by(call: ast.Call, callee: Function, names: Collection[str]) -> list[str]:
    """The callee's parameters that receive the caller's variables `names`, passed by position
    or by keyword (`crud.get(db, todo_id)`, `auth.register(payload=payload)`); a method's
    `self` is no parameter here (`parameters`)."""
    params = [a.arg for a in parameters(callee)]
    given = [i for i, arg in enumerate(call.args) if isinstance(arg, ast.Name) and arg.id in names]
    received = [params[i] for i in given if i < len(params)]
    received += [
        k.arg
        for k in call.keywords
        if k.arg in params and isinstance(k.value, ast.Name) and k.value.id in names
    ]
    return received


def parameter_defaults(function: Function) -> dict[str, ast.expr]:
    args = function.args
    positional = [*args.posonlyargs, *args.args]
    with_default = positional[len(positional) - len(args.defaults) :]
    pairs = list(zip(with_default, args.defaults, strict=True))
    pairs += [(a, d) for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True) if d]
    return {a.arg: d for a, d in pairs}


def functions_by_name(ctx: StaticContext) -> dict[str, list[tuple[str, Function]]]:
    """Every function of the app's files by name, with its file: calls are followed by name."""
    by_name: dict[str, list[tuple[str, Function]]] = {}
    for rel, module in app_trees(ctx):
        for function in functions(module):
            by_name.setdefault(function.name, []).append((rel, function))
    return by_name


def added_terms(node: ast.expr) -> list[ast.expr]:
    """The terms of `a + b + c` (the expression itself when it is no sum)."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return [*added_terms(node.left), *added_terms(node.right)]
    return [node]


def import_names(module: ast.Module) -> dict[str, str]:
    """Local name -> dotted origin: `from time import sleep` gives sleep -> time.sleep."""
    names: dict[str, str] = {}
    for node in ast.walk(module):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            for alias in node.names:
                names[alias.asname or alias.name] = f"{node.module}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    names[alias.asname] = alias.name
                else:
                    root = alias.name.split(".", 1)[0]
                    names[root] = root
    return names


def dotted(node: ast.expr, imports: dict[str, str]) -> str | None:
    """The dotted name a call target refers to, with the module's imports applied."""
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    parts.append(imports.get(node.id, node.id))
    return ".".join(reversed(parts))


def depends_targets(node: ast.expr | None) -> Iterator[str]:
    """The names inside every `Depends(x)` / `Security(x)` found in an expression."""
    if node is None:
        return
    for sub in ast.walk(node):
        if isinstance(sub, ast.Call) and terminal_name(sub.func) in _DEPENDS:
            target = sub.args[0] if sub.args else keyword(sub, "dependency")
            name = terminal_name(target)
            yield name if name is not None else "Depends()"


@dataclass
class DependencyGraph:
    """Who depends on what, project-wide, so `user: CurrentUser` resolves to get_current_user."""

    aliases: dict[str, list[str]] = field(default_factory=dict)
    functions: dict[str, list[Function]] = field(default_factory=dict)
    schemes: set[str] = field(default_factory=set)  # `oa = OAuth2PasswordBearer("token")`

    @classmethod
    def build(cls, ctx: StaticContext) -> DependencyGraph:
        graph = cls()
        for _, module in app_trees(ctx):
            # An alias may live in a factory's body (`UserId = Annotated[int, Depends(user)]`
            # inside `create_app`), beside the routes that use it.
            for node in ast.walk(module):
                targets, value = assigned(node)
                target = targets[0] if len(targets) == 1 else None
                if isinstance(target, ast.Name) and value is not None:
                    names = list(depends_targets(value))
                    if names:
                        graph.aliases[target.id] = names
                    if terminal_name(value) in SECURITY_SCHEMES:
                        graph.schemes.add(target.id)
        for name, defined in functions_by_name(ctx).items():
            graph.functions[name] = [function for _, function in defined]
        for name, call in _callable_classes(ctx).items():
            graph.functions.setdefault(name, []).append(call)
        return graph

    def parameter_dependencies(self, function: Function) -> list[str]:
        return [name for names in self.argument_dependencies(function).values() for name in names]

    def argument_dependencies(self, function: Function) -> dict[str, list[str]]:
        """Each parameter's dependencies, from its annotation (`CurrentUser`) and default."""
        defaults = parameter_defaults(function)
        return {
            arg.arg: [
                name
                for expr in (arg.annotation, defaults.get(arg.arg))
                for name in self._names_in(expr)
            ]
            for arg in parameters(function)
        }

    def _names_in(self, expr: ast.expr | None) -> list[str]:
        found = list(depends_targets(expr))
        if expr is not None:
            for sub in ast.walk(expr):
                if isinstance(sub, ast.Name) and sub.id in self.aliases:
                    found += [sub.id, *self.aliases[sub.id]]
        return found

    def is_auth(self, name: str) -> bool:
        """An auth-sounding dependency, one of FastAPI's security schemes (whatever its name:
        `me(t = Depends(oa))`, fresh bw54-03), or one that itself depends on one."""
        return self.reaches(name, lambda n: looks_like_auth(n) or n in self.schemes)

    def reaches(
        self, name: str, wanted: Callable[[str], bool], seen: frozenset[str] = frozenset()
    ) -> bool:
        """Whether the dependency `name`, or one it depends on at any depth, is `wanted`."""
        if wanted(name):
            return True
        if name in seen:
            return False
        return any(
            self.reaches(dep, wanted, seen | {name})
            for function in self.functions.get(name, [])
            for runs in (function, *returned_functions(function))
            for dep in self.parameter_dependencies(runs)
        )

    def dependency_functions(self, handlers: Iterable[Handler]) -> list[Function]:
        """Every project function reachable through Depends from the handlers; of a factory
        (`Depends(require(Perm.WRITE))`), the function it returns, which is what FastAPI runs."""
        queue = [name for h in handlers for name in self.parameter_dependencies(h.node)]
        seen: set[str] = set()
        found: list[Function] = []
        while queue:
            name = queue.pop()
            if name in seen:
                continue
            seen.add(name)
            for function in self.functions.get(name, []):
                for runs in (function, *returned_functions(function)):
                    found.append(runs)
                    queue += self.parameter_dependencies(runs)
        return found


def returned_functions(function: Function) -> list[Function]:
    """The functions defined inside `function` that it returns (`def require(perm): def
    check(user=Depends(current_user)): ...; return check`): a dependency factory's real
    dependency, whose parameters FastAPI resolves (fresh bw63-01's permission guards)."""
    inner = {
        node.name: node
        for node in function.body
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    }
    returned = [
        node.value.id
        for node in own_nodes(function)
        if isinstance(node, ast.Return) and isinstance(node.value, ast.Name)
    ]
    return [inner[name] for name in dict.fromkeys(returned) if name in inner]


def _callable_classes(ctx: StaticContext) -> dict[str, Function]:
    """Classes with a `__call__`, by name: `Depends(IsAuthenticated())` runs the instance's
    `__call__` as the dependency (FastAPI's parameterised dependencies)."""
    found: dict[str, Function] = {}
    for _, module in app_trees(ctx):
        for node in ast.walk(module):
            if isinstance(node, ast.ClassDef):
                for item in node.body:
                    if isinstance(item, Function) and item.name == "__call__":
                        found[node.name] = item
    return found


SECURITY_SCHEMES = frozenset(
    {"OAuth2PasswordBearer", "OAuth2AuthorizationCodeBearer", "OAuth2", "HTTPBearer",
     "HTTPBasic", "HTTPDigest", "APIKeyHeader", "APIKeyCookie", "APIKeyQuery", "OpenIdConnect"}
)  # fmt: skip


def looks_like_auth(name: str) -> bool:
    normal = re.sub(r"[^a-z]", "", name.lower())
    return any(word in normal for word in _AUTH_WORDS)


def mentions_auth_header(node: ast.AST) -> bool:
    """A string constant naming an auth header, or a parameter named after one."""
    for sub in ast.walk(node):
        if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
            if sub.value.lower() in _AUTH_HEADERS:
                return True
        elif isinstance(sub, ast.arg) and sub.arg.lower() in _AUTH_HEADERS:
            return True
    return False


def annotation_base(node: ast.expr | None) -> str | None:
    """`list` for `list[X]`, `Optional` for `Optional[X]`, `dict` for `Dict`; None if absent."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        try:
            node = parse_expression(node.value)
        except SyntaxError:
            return None
    if isinstance(node, ast.Subscript):
        node = node.value
    return terminal_name(node)


_SERVICE_PATHS = re.compile(
    r"^/?(health|healthz|ping|ready|readiness|live|liveness|status|version)?/?$"
)


def in_api_docs(handler: Handler) -> bool:
    """A route of the API itself: shown in /docs, not a health check or the root page."""
    hidden = handler.keyword("include_in_schema")
    if isinstance(hidden, ast.Constant) and hidden.value is False:
        return False
    return not any(_SERVICE_PATHS.match(route.path) for route in handler.routes)
