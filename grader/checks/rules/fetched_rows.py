"""Which values hold every row of a query, and the line that fetched them: what the performance
rules that read rows in Python share (performance_paging.py cuts a page from such rows,
performance_counts.py counts them)."""

from __future__ import annotations

import ast
import re

from grader.checks.registry import StaticContext
from grader.checks.rules.handlers import Function, app_trees, functions, own_nodes, terminal_name

# Calls that bring back every row of a query: what a page must never start from.
_FETCH_ALL = frozenset({"all", "fetchall", "read_sql", "read_sql_query", "read_sql_table"})


def relationship_names(ctx: StaticContext) -> frozenset[str]:
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


def whole_rows(
    node: ast.expr,
    fetched: dict[str, int],
    relationships: frozenset[str],
    fetchers: frozenset[str] = frozenset(),
) -> str | None:
    """What `node` holds if it is every row of a table or relation, in words; else None.
    `fetchers`: the project's functions that return every row (`row_fetchers`); awaited or
    not (`rows = await cursor.fetchall()` over aiosqlite)."""
    if isinstance(node, ast.Await):
        return whole_rows(node.value, fetched, relationships, fetchers)
    if isinstance(node, ast.Attribute) and node.attr == "iloc":
        return whole_rows(node.value, fetched, relationships, fetchers)
    if isinstance(node, ast.ListComp) and node.generators:  # `[to_todo(r) for r in rows]`
        return whole_rows(node.generators[0].iter, fetched, relationships, fetchers)
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
            return whole_rows(node.args[0], fetched, relationships, fetchers)
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
            fetched = fetched_names(function, relationships)
            returns = [
                n.value for n in own_nodes(function) if isinstance(n, ast.Return) and n.value
            ]
            whole = bool(returns) and all(whole_rows(r, fetched, relationships) for r in returns)
            verdicts.setdefault(function.name, []).append(whole)
            if id(function) in methods:
                verdicts.setdefault(f".{function.name}", []).append(whole)
    return frozenset(
        name
        for name, found in verdicts.items()
        if all(found) and name.lstrip(".") not in _NOT_FETCHERS
    )


def fetched_names(
    function: Function, relationships: frozenset[str], fetchers: frozenset[str] = frozenset()
) -> dict[str, int]:
    """Names bound in the function to every row of a query (or a Python filter over them), with
    the line that fetched the rows."""
    fetched: dict[str, int] = {}
    for _ in range(2):  # a name filtered from another fetched name
        for node in own_nodes(function):
            if isinstance(node, ast.For) and whole_rows(
                node.iter, fetched, relationships, fetchers
            ):
                fetched.update(
                    (name, line)
                    for name in _appended_to(node)
                    if name not in fetched
                    for line in [fetch_line(node.iter, fetched, node.lineno)]
                )
            if not (isinstance(node, ast.Assign) and len(node.targets) == 1):
                continue
            target, value = node.targets[0], node.value
            if isinstance(value, ast.ListComp) and value.generators:
                value = value.generators[0].iter
            if not isinstance(target, ast.Name) or target.id in fetched:
                continue
            if whole_rows(value, fetched, relationships, fetchers):
                fetched[target.id] = fetch_line(value, fetched, _fetching_line(value, node.lineno))
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


def fetch_line(rows: ast.expr, fetched: dict[str, int], default: int) -> int:
    """Where `rows` was read, when it names rows fetched earlier in the function."""
    return fetched.get(rows.id, default) if isinstance(rows, ast.Name) else default
