"""Performance ignorance visible in the source: collections served whole, however large."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable

from grader.checks.registry import Hit, StaticContext, static_rule
from grader.checks.rules.handlers import (
    Function,
    Handler,
    annotation_base,
    app_trees,
    functions,
    own_nodes,
    parameters,
    route_handlers,
    terminal_name,
)
from grader.models import RedFlag, Severity

PAGING_WORDS = (
    "limit",
    "page",
    "size",
    "skip",
    "offset",
    "cursor",
    "after",
    "before",
    "take",
    "first",
    "last",
    "start",
    "count",
    "paginat",
)
_LIST_TYPES = frozenset({"list", "List", "Sequence", "Iterable", "tuple", "Tuple"})


def _returns_list(handler: Handler) -> bool:
    declared = handler.keyword("response_model")
    if declared is not None:
        return annotation_base(declared) in _LIST_TYPES
    if handler.node.returns is not None:
        return annotation_base(handler.node.returns) in _LIST_TYPES
    for node in own_nodes(handler.node):
        if isinstance(node, ast.Return) and node.value is not None:
            value = node.value
            if isinstance(value, ast.List | ast.ListComp):
                return True
            if isinstance(value, ast.Call) and terminal_name(value.func) in {"list", "all"}:
                return True
    return False


def _pages(handler: Handler) -> bool:
    """A paging parameter, or a parameter object that sounds like one (Depends(Pagination))."""
    for arg in parameters(handler.node):
        text = (arg.arg + " " + (ast.unparse(arg.annotation) if arg.annotation else "")).lower()
        if any(word in text for word in PAGING_WORDS):
            return True
    defaults = [*handler.node.args.defaults, *handler.node.args.kw_defaults]
    return any(d is not None and "pag" in ast.unparse(d).lower() for d in defaults)


_LIMIT_SQL = re.compile(r"\bLIMIT\b|\bFETCH\s+FIRST\b|\bTOP\s*\(?\d", re.I)
_LIMIT_CALLS = frozenset({"limit", "paginate", "fetchmany", "islice", "slice"})
_CALL_DEPTH = 2


def _limits(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(_LIMIT_SQL.search(node.value))
    if isinstance(node, ast.Call):
        return terminal_name(node.func) in _LIMIT_CALLS
    return (
        isinstance(node, ast.Subscript)
        and isinstance(node.slice, ast.Slice)
        and node.slice.upper is not None
    )


def _bounds_itself(function: Function) -> bool:
    """It limits the rows it reads: LIMIT in its SQL, `.limit(...)`, `fetchmany`, or a slice."""
    return any(_limits(node) for node in own_nodes(function))


def _bounded(ctx: StaticContext, handler: Handler) -> bool:
    """The handler, or a helper it calls (two levels deep, by name), bounds what it reads."""
    by_name: dict[str, list[Function]] = {}
    for _, module in app_trees(ctx):
        for function in functions(module):
            by_name.setdefault(function.name, []).append(function)
    frontier, seen = [handler.node], {id(handler.node)}
    for _ in range(_CALL_DEPTH + 1):
        following: list[Function] = []
        for function in frontier:
            if _bounds_itself(function):
                return True
            for node in own_nodes(function):
                if isinstance(node, ast.Call):
                    for callee in by_name.get(terminal_name(node.func) or "", []):
                        if id(callee) not in seen:
                            seen.add(id(callee))
                            following.append(callee)
        frontier = following
    return False


@static_rule(
    "PERF-UNBOUNDED-LIST",
    RedFlag.PERFORMANCE_IGNORANCE,
    Severity.MINOR,
    "A list route returns the whole collection",
)
def unbounded_list(ctx: StaticContext) -> Iterable[Hit]:
    """A GET on a collection returns a list and takes no limit/offset/page/cursor parameter.

    Why is this bad? Response time and memory grow with the data, without bound.
    Use instead: `limit: int = Query(20, le=100), offset: int = 0`.
    """
    for handler in route_handlers(ctx):
        gets = [r for r in handler.routes if r.method == "GET"]
        if not gets:
            continue
        last = [s for s in gets[0].path.split("/") if s]
        if last and "{" in last[-1]:
            continue
        if _returns_list(handler) and not _pages(handler) and not _bounded(ctx, handler):
            yield Hit(
                handler.file,
                handler.node.lineno,
                f"GET {gets[0].path} ({handler.name}) returns every item, with no limit.",
            )
