"""Performance ignorance visible in the source: a list route that serves its collection whole,
however large."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator

from grader.checks.registry import Hit, StaticContext, static_rule
from grader.checks.rules.handlers import (
    Function,
    Handler,
    annotation_base,
    calls,
    functions_by_name,
    own_nodes,
    parameters,
    route_handlers,
    terminal_name,
)
from grader.discovery.modules import assigned
from grader.models import Location, RedFlag, Severity

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
    built = {
        target.id
        for node in own_nodes(handler.node)
        if isinstance(node, ast.Assign) and _a_list(node.value)
        for target in node.targets
        if isinstance(target, ast.Name)
    }  # `data = []`, filled by a loop, then `return data`
    for node in own_nodes(handler.node):
        if isinstance(node, ast.Return) and node.value is not None:
            value = node.value
            if _a_list(value) or (isinstance(value, ast.Name) and value.id in built):
                return True
    return False


def _a_list(value: ast.expr) -> bool:
    if isinstance(value, ast.List | ast.ListComp):
        return True
    return isinstance(value, ast.Call) and terminal_name(value.func) in {"list", "all"}


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


# A function the handler reaches, with its file and the handler's own call that leads there
# (None for the handler itself).
_Reached = tuple[str, Function, int | None]


def _call_levels(ctx: StaticContext, handler: Handler) -> Iterator[list[_Reached]]:
    """The handler, then the project functions it calls by name, level by level, `_CALL_DEPTH`
    levels deep; each function once, callees in the order of their calls' lines, each with the
    handler's call it is reached through."""
    by_name = functions_by_name(ctx)
    frontier: list[_Reached] = [(handler.file, handler.node, None)]
    seen = {id(handler.node)}
    for _ in range(_CALL_DEPTH + 1):
        yield frontier
        following: list[_Reached] = []
        for _, function, via in frontier:
            for call in calls(function):
                for where, callee in by_name.get(terminal_name(call.func) or "", []):
                    if id(callee) not in seen:
                        seen.add(id(callee))
                        following.append((where, callee, call.lineno if via is None else via))
        frontier = following


def _bounded(ctx: StaticContext, handler: Handler) -> bool:
    """The handler, or a helper it calls (two levels deep, by name), bounds what it reads."""
    return any(_bounds_itself(f) for level in _call_levels(ctx, handler) for _, f, _ in level)


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
    yield from unbounded_list_hits(ctx)


def unbounded_list_hits(ctx: StaticContext) -> list[Hit]:
    """PERF-UNBOUNDED-LIST's findings, made once per grading: PERF-STORE-SCANNED leaves the
    handlers they mark alone."""
    return ctx.once("performance.unbounded_list", lambda: list(_unbounded_list_hits(ctx)))


def _unbounded_list_hits(ctx: StaticContext) -> Iterator[Hit]:
    for handler in route_handlers(ctx):
        gets = [r for r in handler.routes if r.method == "GET"]
        if not gets:
            continue
        last = [s for s in gets[0].path.split("/") if s]
        if last and "{" in last[-1]:
            continue
        if _returns_list(handler) and not _pages(handler) and not _bounded(ctx, handler):
            reads = _row_read(ctx, handler)
            yield Hit(
                handler.file,
                handler.node.lineno,
                f"GET {gets[0].path} ({handler.name}) returns every item, with no limit"
                + (f": the rows are read at {reads[0].file}:{reads[0].line}." if reads else "."),
                related=reads,
            )


# Calls that bring a query's rows back, then calls that run one: where an unbounded list reads
# what it returns (a handler that first looks its parent up runs two queries; the rows come last).
_ROW_READS = (
    frozenset({"all", "fetchall", "scalars", "to_list"}),
    frozenset({"execute", "exec", "find"}),
    frozenset({"values", "items", "sorted", "list"}),  # an in-memory store, read whole
)


def list_row_reads(ctx: StaticContext, path: str) -> tuple[Location, ...]:
    """Where the handler of a GET on `path` reads every row it returns, for a list measured
    unbounded (the load phase), as PERF-UNBOUNDED-LIST names it: empty when unknown."""
    for handler in route_handlers(ctx):
        if any(r.method == "GET" and r.path == path for r in handler.routes):
            return _row_read(ctx, handler)
    return ()


def _row_read(ctx: StaticContext, handler: Handler) -> tuple[Location, ...]:
    """The line that reads the rows the list returns: in the handler, else in the helpers it
    calls (two levels deep, by name, as `_bounded` follows them); a call that returns rows
    before one that only runs a query, the first in the file at the same depth. In a helper,
    the handler's own call that leads there comes second: the line a reader of the handler
    sees."""
    for level in _call_levels(ctx, handler):
        found = [
            (tier, rel, call.lineno, via)
            for rel, function, via in level
            for tier, names in enumerate(_ROW_READS)
            for call in _named(calls(function), names)
        ]
        if found:
            _, rel, line, via = min(found, key=lambda f: f[0])
            reads = Location(file=rel, line=line, role="the query that reads every row")
            if via is None:
                return (reads,)
            return (reads, Location(file=handler.file, line=via, role="the handler's call"))
    returned = _returns_module_collection(ctx, handler)
    return (returned,) if returned else ()


def _returns_module_collection(ctx: StaticContext, handler: Handler) -> Location | None:
    """An in-memory store returned whole: `return todos`, or a comprehension over it, where
    `todos` is the module's own collection (fresh bw56-05) rather than a page built here."""
    module = ctx.tree(handler.file)
    if module is None:
        return None
    stores = {
        target.id
        for node in module.body
        for target in assigned(node)[0]
        if isinstance(target, ast.Name)
    }
    returns = [n for n in own_nodes(handler.node) if isinstance(n, ast.Return) and n.value]
    for node in sorted(returns, key=lambda n: n.lineno):
        value = node.value
        if isinstance(value, ast.ListComp | ast.GeneratorExp):
            value = value.generators[0].iter
        if isinstance(value, ast.Name) and value.id in stores:
            return Location(file=handler.file, line=node.lineno, role="returns the whole store")
    return None


def _named(calls: list[ast.Call], names: frozenset[str]) -> list[ast.Call]:
    return [c for c in calls if terminal_name(c.func) in names]
