"""Security oversights in who may call what: CORS and authentication on writes."""

from __future__ import annotations

import ast
import posixpath
from collections.abc import Iterable, Iterator

from grader.checks.registry import Hit, StaticContext, static_rule
from grader.checks.rules.handlers import (
    DependencyGraph,
    Function,
    Handler,
    app_trees,
    depends_targets,
    import_names,
    keyword,
    looks_like_auth,
    mentions_auth_header,
    route_handlers,
    terminal_name,
)
from grader.checks.rules.raw_bodies import request_parameters
from grader.discovery.modules import assigned
from grader.models import AssignmentKind, RedFlag, Severity

MUTATING = frozenset({"POST", "PUT", "PATCH", "DELETE"})
_PUBLIC_SEGMENTS = frozenset(
    {"login", "logout", "register", "signup", "sign-up", "sign_up", "signin", "sign-in", "token",
     "tokens", "refresh", "auth", "oauth", "oauth2", "session", "sessions", "password-reset",
     "reset-password", "forgot-password", "verify", "health", "healthz"}
)  # fmt: skip
_ACCOUNT_COLLECTIONS = frozenset({"users", "accounts", "user", "account"})


def module_values(module: ast.Module | ast.ClassDef) -> dict[str, ast.expr]:
    """The module's (or a class body's) own top-level bindings (`NAME = value`, `NAME: str =
    value`) by name."""
    found: dict[str, ast.expr] = {}
    for node in module.body:
        targets, value = assigned(node)
        if targets and isinstance(targets[0], ast.Name) and value is not None:
            found[targets[0].id] = value
    return found


def project_values(ctx: StaticContext) -> dict[str, ast.expr]:
    """Module-level values of the whole project by name, where one module alone binds the
    name: the configuration another module imports (`from app.config import config`)."""
    bound: dict[str, list[ast.expr]] = {}
    for _, module in app_trees(ctx):
        for name, value in module_values(module).items():
            bound.setdefault(name, []).append(value)
    return {name: values[0] for name, values in bound.items() if len(values) == 1}


def resolved_value(
    node: ast.expr | None, names: dict[str, ast.expr], depth: int = 3
) -> ast.expr | None:
    """A value as written where it is defined: a name bound at module level, or a key of a
    configuration dict (`config["corsOrigins"]`, the dict in another module)."""
    if depth == 0 or node is None:
        return node
    if isinstance(node, ast.Name) and node.id in names:
        return resolved_value(names[node.id], names, depth - 1)
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant):
        table = resolved_value(node.value, names, depth - 1)
        if isinstance(table, ast.Dict):
            for key, value in zip(table.keys, table.values, strict=True):
                if isinstance(key, ast.Constant) and key.value == node.slice.value:
                    return resolved_value(value, names, depth - 1)
    return node


def cors_registrations(module: ast.Module) -> Iterator[ast.Call]:
    """The calls that register CORSMiddleware: `app.add_middleware(CORSMiddleware, ...)`,
    `Middleware(CORSMiddleware, ...)`."""
    for node in ast.walk(module):
        if isinstance(node, ast.Call) and any(
            terminal_name(a) == "CORSMiddleware" for a in node.args[:1]
        ):
            yield node


def _has_star(node: ast.expr | None, names: dict[str, ast.expr]) -> bool:
    node = resolved_value(node, names)
    if isinstance(node, ast.List | ast.Tuple | ast.Set):
        return any(isinstance(e, ast.Constant) and e.value == "*" for e in node.elts)
    return isinstance(node, ast.Constant) and node.value == "*"


@static_rule(
    "SEC-CORS-WILDCARD-CREDENTIALS",
    RedFlag.SECURITY_OVERSIGHTS,
    Severity.MAJOR,
    "CORS allows any origin together with credentials",
)
def cors_wildcard_credentials(ctx: StaticContext) -> Iterable[Hit]:
    """CORSMiddleware gets allow_origins=["*"] and allow_credentials=True; the origins may be
    a module-level name or a key of a configuration dict, in this module or another.

    Why is this bad? Any website may call the API with the user's cookies or credentials.
    Use instead: list the front-end origins explicitly.
    """
    project = project_values(ctx)
    for rel, module in app_trees(ctx):
        names = project | module_values(module)
        for node in cors_registrations(module):
            credentials = keyword(node, "allow_credentials")
            if (
                isinstance(credentials, ast.Constant)
                and credentials.value is True
                and _has_star(keyword(node, "allow_origins"), names)
            ):
                # The line a reviewer would change: where credentials are switched on.
                line = getattr(credentials, "lineno", node.lineno)
                yield Hit(rel, line, 'allow_origins=["*"] with allow_credentials=True.')


def public_path(method: str, path: str) -> bool:
    """A route anyone may call: signing up, logging in, health (by its path's segments)."""
    segments = [s for s in path.lower().split("/") if s]
    if any(s in _PUBLIC_SEGMENTS for s in segments):
        return True
    return method == "POST" and bool(segments) and segments[-1] in _ACCOUNT_COLLECTIONS


def _global_auth(ctx: StaticContext, graph: DependencyGraph) -> tuple[bool, set[str]]:
    """(everything is protected, module stems whose routers are protected)."""
    stems: set[str] = set()
    for rel, module in app_trees(ctx):
        imports = import_names(module)
        for node in ast.walk(module):
            if isinstance(node, ast.Call):
                deps = keyword(node, "dependencies")
                if deps is None or not any(graph.is_auth(d) for d in depends_targets(deps)):
                    continue
                func = terminal_name(node.func)
                if func in ("FastAPI", "Starlette"):
                    return True, stems
                if func == "APIRouter":
                    stems.add(_stem(rel))
                elif func == "include_router" and node.args:
                    stem = _router_stem(node.args[0], imports)
                    if stem is None:
                        return True, stems  # cannot tell which router: assume protected
                    stems.add(stem)
            elif _auth_middleware(node):
                return True, stems
    return False, stems


def _auth_middleware(node: ast.AST) -> bool:
    if isinstance(node, ast.Call) and terminal_name(node.func) == "add_middleware" and node.args:
        name = terminal_name(node.args[0])
        return name is not None and name != "CORSMiddleware" and looks_like_auth(name)
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
        is_middleware = any(
            isinstance(d, ast.Call) and terminal_name(d.func) == "middleware"
            for d in node.decorator_list
        )
        return is_middleware and mentions_auth_header(node)
    return False


def _stem(rel: str) -> str:
    name = posixpath.basename(rel)[:-3]
    return posixpath.basename(posixpath.dirname(rel)) if name == "__init__" else name


def _router_stem(node: ast.expr, imports: dict[str, str]) -> str | None:
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        return imports.get(node.value.id, node.value.id).split(".")[-1]
    if isinstance(node, ast.Name) and node.id in imports:
        parts = imports[node.id].split(".")
        return parts[-2] if len(parts) > 1 else None
    return None


def _protected(handler: Handler, graph: DependencyGraph) -> bool:
    deps = list(graph.parameter_dependencies(handler.node))
    deps += list(depends_targets(handler.keyword("dependencies")))
    return (
        any(graph.is_auth(d) for d in deps)
        or mentions_auth_header(handler.node)
        or _authenticates_in_body(handler, graph)
    )


def _authenticates_in_body(handler: Handler, graph: DependencyGraph) -> bool:
    """The handler hands its `Request` to a project function that authenticates it, by name or
    by answering 401 (`uid = auth(req)` first thing in the body): authentication without
    `Depends`, as people who came from other frameworks write it."""
    requests = request_parameters(handler.node)
    return any(
        authenticates(node, requests, graph)
        for node in ast.walk(handler.node)
        if isinstance(node, ast.Call)
    )


def authenticates(call: ast.Call, requests: set[str], graph: DependencyGraph) -> bool:
    """`auth(request)`: a project function handed the `Request` that authenticates it, by its
    name or by answering 401."""
    if not any(isinstance(a, ast.Name) and a.id in requests for a in call.args):
        return False
    name = terminal_name(call.func) or ""
    defined = graph.functions.get(name, [])
    return bool(defined) and (looks_like_auth(name) or any(map(_answers_401, defined)))


def _answers_401(function: Function) -> bool:
    """`raise HTTPException(401, ...)` or `status.HTTP_401_UNAUTHORIZED` anywhere inside."""
    for node in ast.walk(function):
        if isinstance(node, ast.Constant) and node.value == 401:
            return True
        if isinstance(node, ast.Attribute) and node.attr == "HTTP_401_UNAUTHORIZED":
            return True
    return False


@static_rule(
    "SEC-UNAUTHENTICATED-WRITES",
    RedFlag.SECURITY_OVERSIGHTS,
    Severity.MAJOR,
    "Routes that change data need no authentication",
)
def unauthenticated_writes(ctx: StaticContext) -> Iterable[Hit]:
    """POST/PUT/PATCH/DELETE routes (other than login/register) have no auth dependency.

    Why is this bad? The assignment asks for users; anyone can change or delete anyone's data.
    Use instead: `user: User = Depends(get_current_user)` or router `dependencies=[...]`.
    """
    if ctx.facts.kind not in (AssignmentKind.TODO, AssignmentKind.BLOG):
        return
    graph = DependencyGraph.build(ctx)
    everything, stems = _global_auth(ctx, graph)
    if everything:
        return
    open_routes: list[tuple[Handler, str]] = []
    for handler in route_handlers(ctx):
        if _stem(handler.file) in stems or _protected(handler, graph):
            continue
        for route in handler.routes:
            if route.method in MUTATING and not public_path(route.method, route.path):
                open_routes.append((handler, f"{route.method} {route.path}"))
    if open_routes:
        first = open_routes[0][0]
        listed = ", ".join(text for _, text in open_routes)
        yield Hit(first.file, first.node.lineno, f"No authentication on: {listed}.")
