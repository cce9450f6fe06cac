"""Performance ignorance in how a page is cut: every row is fetched, then sliced or walked in
Python to the request's offset and limit."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator

from grader.checks.registry import Hit, StaticContext, static_rule
from grader.checks.rules.fetched_rows import (
    fetch_line,
    fetched_names,
    relationship_names,
    row_fetchers,
    whole_rows,
)
from grader.checks.rules.handlers import (
    Function,
    app_trees,
    functions,
    own_nodes,
    parameters,
    terminal_name,
)
from grader.models import Location, RedFlag, Severity

_PAGE_NAMES = re.compile(r"offset|skip|limit|page|size|start|per_page|take", re.I)


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
    relationships = relationship_names(ctx)
    fetchers = row_fetchers(ctx, relationships)
    cutters = _page_cutters(ctx)
    for rel, module in app_trees(ctx):
        for function in functions(module):
            fetched = fetched_names(function, relationships, fetchers)
            for node in own_nodes(function):
                cutter = (
                    cutters.get(terminal_name(node.func) or "")
                    if isinstance(node, ast.Call) and node.args
                    else None
                )
                if cutter is not None and isinstance(node, ast.Call):
                    whole = whole_rows(node.args[0], fetched, relationships, fetchers)
                    if whole:
                        yield Hit(
                            rel,
                            fetch_line(node.args[0], fetched, node.lineno),
                            f"{function.name} hands {whole} to {ast.unparse(node.func)}(), "
                            f"which slices it by the page's bounds in Python (line {node.lineno}).",
                            related=(cutter,),
                        )
                if not (isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Slice)):
                    continue
                whole = whole_rows(node.value, fetched, relationships, fetchers)
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
                line = fetch_line(loop.iter, fetched, loop.lineno)
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
        if not isinstance(node, ast.For) or not whole_rows(
            node.iter, fetched, relationships, fetchers
        ):
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
