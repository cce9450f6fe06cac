"""What runs on the event loop, and what waits for a database there: the primitives the async
rules share (loop_blockers.py reads one function, session_holders.py follows a session into the
classes that hold it).
"""

from __future__ import annotations

import ast
from collections.abc import Collection, Iterator
from dataclasses import dataclass

from grader.checks.rules.handlers import Function, dotted, own_nodes, terminal_name

# Calls whose arguments run in a worker thread, not on the event loop.
OFFLOADERS = frozenset(
    {"to_thread", "run_in_threadpool", "run_in_executor", "run_sync", "run_until_first_complete"}
)
# Synchronous database handles a parameter can be typed with, and the calls on them that wait
# for the database (building a query with `.query()` counts: the chain it starts runs it).
SYNC_SESSIONS = frozenset(
    {"sqlalchemy.orm.Session", "sqlalchemy.orm.session.Session", "sqlmodel.Session",
     "sqlmodel.orm.session.Session", "sqlite3.Connection", "sqlite3.Cursor"}
)  # fmt: skip
# What makes such sessions (`SessionLocal = sessionmaker(bind=engine)`), unless told to make
# AsyncSessions.
SESSIONMAKERS = frozenset({"sqlalchemy.orm.sessionmaker", "sqlalchemy.orm.session.sessionmaker"})
SESSION_IO = frozenset(
    {"query", "execute", "executemany", "scalar", "scalars", "exec", "get", "commit", "refresh",
     "flush", "merge", "fetchone", "fetchall"}
)  # fmt: skip


def on_the_loop(function: Function) -> Iterator[ast.Call]:
    """The function's own calls that run where it runs: not awaited (nor entered by `async
    with`, nor iterated by `async for`), not handed to a thread."""
    offloaded: set[int] = set()
    awaited: set[int] = set()
    nodes = list(own_nodes(function))
    for node in nodes:
        if isinstance(node, ast.Call) and terminal_name(node.func) in OFFLOADERS:
            for arg in [*node.args, *(k.value for k in node.keywords)]:
                offloaded |= {id(sub) for sub in ast.walk(arg)}
        elif isinstance(node, ast.Await):
            awaited.add(id(node.value))
        elif isinstance(node, ast.AsyncWith):
            # `async with db.execute(...) as cursor`: an async context manager, entered by await
            awaited |= {id(item.context_expr) for item in node.items}
        elif isinstance(node, ast.AsyncFor):
            awaited.add(id(node.iter))  # `async for row in db.execute(...)`
    for node in nodes:
        if isinstance(node, ast.Call) and id(node) not in offloaded and id(node) not in awaited:
            yield node


def is_session(annotation: ast.expr, imports: dict[str, str], aliases: Collection[str]) -> bool:
    """Whether an annotation names a synchronous session: the type itself, `Annotated[...]`
    around it, or a project alias of either."""
    if isinstance(annotation, ast.Subscript) and terminal_name(annotation.value) == "Annotated":
        inner = annotation.slice
        first = inner.elts[0] if isinstance(inner, ast.Tuple) and inner.elts else inner
        return is_session(first, imports, aliases)
    name = dotted(annotation, imports)
    return name in SYNC_SESSIONS or terminal_name(annotation) in aliases


@dataclass(frozen=True)
class Blocker:
    """Where a sync project function ends up blocking: the call, in the file that makes it."""

    file: str
    line: int
    call: str
