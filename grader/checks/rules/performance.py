"""Performance ignorance visible in the source: collections served whole, however large."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator

from grader.checks.registry import Hit, StaticContext, static_rule
from grader.checks.rules.handlers import (
    Function,
    Handler,
    annotation_base,
    app_trees,
    calls,
    functions,
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


# Calls that bring back every row of a query: what a page must never start from.
_FETCH_ALL = frozenset({"all", "fetchall", "read_sql", "read_sql_query", "read_sql_table"})
_PAGE_NAMES = re.compile(r"offset|skip|limit|page|size|start|per_page|take", re.I)


def _relationship_names(ctx: StaticContext) -> frozenset[str]:
    """Attributes declared as ORM relationships (`comments = relationship(...)`, and SQLModel's
    `Relationship`): reading one loads the whole related collection."""
    names: set[str] = set()
    for _, module in app_trees(ctx):
        for node in ast.walk(module):
            value = node.value if isinstance(node, ast.Assign | ast.AnnAssign) else None
            target = (
                node.targets[0]
                if isinstance(node, ast.Assign) and len(node.targets) == 1
                else node.target
                if isinstance(node, ast.AnnAssign)
                else None
            )
            if (
                isinstance(target, ast.Name)
                and isinstance(value, ast.Call)
                and terminal_name(value.func) in {"relationship", "Relationship"}
            ):
                names.add(target.id)
    return frozenset(names)


def _whole(
    node: ast.expr,
    fetched: dict[str, int],
    relationships: frozenset[str],
    fetchers: frozenset[str] = frozenset(),
) -> str | None:
    """What `node` holds if it is every row of a table or relation, in words; else None.
    `fetchers`: the project's functions that return every row (`row_fetchers`); awaited or
    not (`rows = await cursor.fetchall()` over aiosqlite)."""
    if isinstance(node, ast.Await):
        return _whole(node.value, fetched, relationships, fetchers)
    if isinstance(node, ast.Attribute) and node.attr == "iloc":
        return _whole(node.value, fetched, relationships, fetchers)
    if isinstance(node, ast.ListComp) and node.generators:  # `[to_todo(r) for r in rows]`
        return _whole(node.generators[0].iter, fetched, relationships, fetchers)
    if isinstance(node, ast.Name) and node.id in fetched:
        return f"{node.id} (every row, fetched at line {fetched[node.id]})"
    if isinstance(node, ast.Attribute) and node.attr in relationships:
        return f"the whole {node.attr} relationship"
    if isinstance(node, ast.Call):
        name = terminal_name(node.func)
        if name in _FETCH_ALL and "limit(" not in ast.unparse(node.func):
            return f"{name}()"
        method = isinstance(node.func, ast.Attribute) and f".{name}" in fetchers
        if name in fetchers or method:
            return f"{name}() (it returns every row)"
        if name in {"list", "sorted"} and node.args:
            if _unbounded_select(node.args[0]):
                return f"{name}() of a whole select()"
            return _whole(node.args[0], fetched, relationships, fetchers)
    return None


def _unbounded_select(node: ast.expr) -> bool:
    """A peewee-style query over a model (`Todo.select().where(...)`) with no limit: made a list,
    it reads every row (sliced directly, peewee would put the bounds in the SQL)."""
    text = ast.unparse(node)
    selects = any(
        isinstance(sub, ast.Call)
        and isinstance(sub.func, ast.Attribute)
        and sub.func.attr == "select"
        and isinstance(sub.func.value, ast.Name)
        and sub.func.value.id[:1].isupper()
        for sub in ast.walk(node)
    )
    return selects and not re.search(r"\.(limit|paginate)\(", text)


_NOT_FETCHERS = frozenset({"get", "list", "filter", "items", "values", "keys", "copy", "all"})


def row_fetchers(ctx: StaticContext, relationships: frozenset[str]) -> frozenset[str]:
    """The project's functions (and methods) every definition of which returns every row of a
    query (`return list(self.session.scalars(stmt).all())`, a repository's `list_for_owner`):
    a caller that pages their result in Python reads the whole table all the same. A method
    is also known as `.name`, judged over methods alone: `store.list_todos(...)` is the Store's,
    whatever the route handler named `list_todos` returns."""
    verdicts: dict[str, list[bool]] = {}
    for _, module in app_trees(ctx):
        methods = {
            id(f)
            for c in ast.walk(module)
            if isinstance(c, ast.ClassDef)
            for f in c.body
            if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
        }
        for function in functions(module):
            fetched = _fetched_names(function, relationships)
            returns = [
                n.value for n in own_nodes(function) if isinstance(n, ast.Return) and n.value
            ]
            whole = bool(returns) and all(_whole(r, fetched, relationships) for r in returns)
            verdicts.setdefault(function.name, []).append(whole)
            if id(function) in methods:
                verdicts.setdefault(f".{function.name}", []).append(whole)
    return frozenset(
        name
        for name, found in verdicts.items()
        if all(found) and name.lstrip(".") not in _NOT_FETCHERS
    )


def _fetched_names(
    function: Function, relationships: frozenset[str], fetchers: frozenset[str] = frozenset()
) -> dict[str, int]:
    """Names bound in the function to every row of a query (or a Python filter over them), with
    the line that fetched the rows."""
    fetched: dict[str, int] = {}
    for _ in range(2):  # a name filtered from another fetched name
        for node in own_nodes(function):
            if isinstance(node, ast.For) and _whole(node.iter, fetched, relationships, fetchers):
                fetched.update(
                    (name, line)
                    for name in _appended_to(node)
                    if name not in fetched
                    for line in [_fetch_line(node.iter, fetched, node.lineno)]
                )
            if not (isinstance(node, ast.Assign) and len(node.targets) == 1):
                continue
            target, value = node.targets[0], node.value
            if isinstance(value, ast.ListComp) and value.generators:
                value = value.generators[0].iter
            if not isinstance(target, ast.Name) or target.id in fetched:
                continue
            if _whole(value, fetched, relationships, fetchers):
                fetched[target.id] = _fetch_line(value, fetched, _fetching_line(value, node.lineno))
    return fetched


def _fetching_line(value: ast.expr, default: int) -> int:
    """The line of the call that reads every row, in a query chained over several lines
    (`db.query(Todo)\n .filter(...)\n .all()`): `.all()` is the line to change."""
    for node in ast.walk(value):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in _FETCH_ALL
        ):
            return node.func.end_lineno or default
    return default


def _appended_to(loop: ast.For) -> set[str]:
    """Lists a loop fills one item per row: `for row in rows: todos.append(dict(row))`."""
    return {
        node.func.value.id
        for statement in loop.body
        for node in ast.walk(statement)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "append"
        and isinstance(node.func.value, ast.Name)
    }


def _fetch_line(rows: ast.expr, fetched: dict[str, int], default: int) -> int:
    """Where `rows` was read, when it names rows fetched earlier in the function."""
    return fetched.get(rows.id, default) if isinstance(rows, ast.Name) else default


def _page_bounds(piece: ast.Slice) -> bool:
    """A slice whose bounds are the request's paging values (`[offset:offset + limit]`)."""
    bounds = [b for b in (piece.lower, piece.upper) if b is not None]
    return any(
        _PAGE_NAMES.search(sub.id if isinstance(sub, ast.Name) else sub.attr)
        for bound in bounds
        for sub in ast.walk(bound)
        if isinstance(sub, ast.Name | ast.Attribute)
    )


@static_rule(
    "PERF-PAGE-SLICED-IN-PYTHON",
    RedFlag.PERFORMANCE_IGNORANCE,
    Severity.MINOR,
    "A page is cut from every row, in Python",
)
def page_sliced_in_python(ctx: StaticContext) -> Iterable[Hit]:
    """Every row of a table (or a whole ORM relationship) is fetched, then sliced by the
    request's offset and limit in Python: in the handler, or by a project helper that slices
    whatever it is handed (`def paginate(xs, page): return xs[page.offset : ...]`).

    Why is this bad? The page is bounded but the work is not: each request reads, builds and
    discards the whole table, so the list slows down as the data grows.
    Use instead: `.offset(offset).limit(limit)` in the query, or `LIMIT ? OFFSET ?` in the SQL.
    In-memory data (a dict of records) sliced this way is fine: nothing is fetched.
    """
    relationships = _relationship_names(ctx)
    fetchers = row_fetchers(ctx, relationships)
    cutters = _page_cutters(ctx)
    for rel, module in app_trees(ctx):
        for function in functions(module):
            fetched = _fetched_names(function, relationships, fetchers)
            for node in own_nodes(function):
                cutter = (
                    cutters.get(terminal_name(node.func) or "")
                    if isinstance(node, ast.Call) and node.args
                    else None
                )
                if cutter is not None and isinstance(node, ast.Call):
                    whole = _whole(node.args[0], fetched, relationships, fetchers)
                    if whole:
                        yield Hit(
                            rel,
                            _fetch_line(node.args[0], fetched, node.lineno),
                            f"{function.name} hands {whole} to {ast.unparse(node.func)}(), "
                            f"which slices it by the page's bounds in Python (line {node.lineno}).",
                            related=(cutter,),
                        )
                if not (isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Slice)):
                    continue
                whole = _whole(node.value, fetched, relationships, fetchers)
                if whole and _page_bounds(node.slice):
                    # the query that reads every row is what to change, when it is in view
                    base = node.value.value if isinstance(node.value, ast.Attribute) else node.value
                    name = base.id if isinstance(base, ast.Name) else ""
                    line = fetched.get(name, node.lineno)
                    yield Hit(
                        rel,
                        line,
                        f"{function.name} slices {whole} by the page's bounds in Python "
                        f"(line {node.lineno}).",
                        related=(
                            (Location(file=rel, line=node.lineno, role="the page is cut here"),)
                            if node.lineno != line
                            else ()
                        ),
                    )
            for loop in _paging_loops(function, fetched, relationships, fetchers):
                line = _fetch_line(loop.iter, fetched, loop.lineno)
                yield Hit(
                    rel,
                    line,
                    f"{function.name} walks every row to skip to the page and stop at its size "
                    f"(the loop at line {loop.lineno}), instead of asking the database for it.",
                    related=(Location(file=rel, line=loop.lineno, role="the page is cut here"),),
                )


def _page_cutters(ctx: StaticContext) -> dict[str, Location]:
    """Project functions that slice their first parameter by a page's bounds (`def paginate(xs,
    page): return xs[page.offset : page.offset + page.limit]`, fresh bw42-02), by name: the
    page is cut where they are called."""
    found: dict[str, Location] = {}
    for rel, module in app_trees(ctx):
        for function in functions(module):
            given = parameters(function)
            first = given[0].arg if given else None
            for node in own_nodes(function):
                if (
                    isinstance(node, ast.Subscript)
                    and isinstance(node.slice, ast.Slice)
                    and isinstance(node.value, ast.Name)
                    and node.value.id == first
                    and _page_bounds(node.slice)
                ):
                    cut = Location(file=rel, line=node.lineno, role="the page is cut here")
                    found.setdefault(function.name, cut)
    return found


def _paging_loops(
    function: Function,
    fetched: dict[str, int],
    relationships: frozenset[str],
    fetchers: frozenset[str],
) -> Iterator[ast.For]:
    """Loops over every row that cut the page themselves: the body compares with the
    function's offset and limit parameters (`if skipped < offset: continue`, `if len(items) >=
    limit: break`)."""
    paging = {a.arg for a in parameters(function) if _PAGE_NAMES.search(a.arg)}
    for node in own_nodes(function):
        if not isinstance(node, ast.For) or not _whole(node.iter, fetched, relationships, fetchers):
            continue
        compared = {
            sub.id
            for part in node.body
            for test in ast.walk(part)
            if isinstance(test, ast.Compare)
            for sub in ast.walk(test)
            if isinstance(sub, ast.Name)
        }
        stops = any(isinstance(n, ast.Break) for part in node.body for n in ast.walk(part))
        if stops and len(paging & compared) >= 2:
            yield node


@static_rule(
    "PERF-COUNT-IN-PYTHON",
    RedFlag.PERFORMANCE_IGNORANCE,
    Severity.MINOR,
    "Every row is fetched only to be counted",
)
def count_in_python(ctx: StaticContext) -> Iterable[Hit]:
    """Every row of a query (or a whole ORM relationship) is read into Python and only its
    length is used: `len(session.scalars(select(Post.id)).all())`, or rows fetched whose every
    use is inside `len()` (a /stats route counting done todos by hand).

    Why is this bad? The database answers a count without sending a row; reading them all costs
    time and memory that grow with the table, on every request that wants the number.
    Use instead: `select(func.count()).select_from(Post)`, `SELECT COUNT(*) ...`, or
    `SUM(done)` for a count of some.
    """
    relationships = _relationship_names(ctx)
    fetchers = row_fetchers(ctx, relationships)
    for rel, module in app_trees(ctx):
        for function in functions(module):
            fetched = _fetched_names(function, relationships, fetchers)
            nodes = list(own_nodes(function))
            tests = _existence_tests(nodes)
            lengths = [
                n for n in nodes if isinstance(n, ast.Call) and _is_len(n) and id(n) not in tests
            ]
            counted = {id(sub) for call in lengths for sub in ast.walk(call.args[0])}
            for call in lengths:
                argument = call.args[0]
                over_name = isinstance(argument, ast.ListComp) and isinstance(
                    argument.generators[0].iter, ast.Name
                )  # rows in hand, counted at their fetch below if that is all they are for
                whole = (
                    None
                    if isinstance(argument, ast.Name) or over_name
                    else _whole(argument, fetched, relationships, fetchers)
                )
                if whole is not None:
                    yield Hit(rel, call.lineno, f"{function.name} counts {whole} with len().")
            for name, line in fetched.items():
                uses = [
                    n
                    for n in nodes
                    if isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Load)
                ]
                if uses and all(id(use) in counted for use in uses):
                    first = min(use.lineno for use in uses)
                    yield Hit(
                        rel,
                        line,
                        f"{function.name} reads every row into {name} only to count them "
                        f"(len() at line {first}).",
                    )


def _is_len(call: ast.Call) -> bool:
    return isinstance(call.func, ast.Name) and call.func.id == "len" and len(call.args) == 1


def _existence_tests(nodes: list[ast.AST]) -> set[int]:
    """`len(...)` calls that only ask whether there is a row (`if len(existing) > 0`, `if not
    len(rows)`): a lookup by a unique key fetches one row at most, so it counts nothing."""
    tests: set[int] = set()
    for node in nodes:
        if isinstance(node, ast.Compare) and len(node.comparators) == 1:
            small = [
                side
                for side in (node.left, node.comparators[0])
                if isinstance(side, ast.Constant) and side.value in (0, 1)
            ]
            if small:
                tests |= {id(side) for side in (node.left, node.comparators[0])}
        elif isinstance(node, ast.If | ast.IfExp | ast.While):
            tests.add(id(node.test))
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            tests.add(id(node.operand))
    return tests
