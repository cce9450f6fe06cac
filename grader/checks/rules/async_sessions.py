"""Async confusion in how a database session is shared: a thread's session on the event loop."""

from __future__ import annotations

import ast
from collections.abc import Iterable

from grader.checks.registry import Hit, StaticContext, static_rule
from grader.checks.rules.handlers import app_trees, functions, keyword, own_nodes, terminal_name
from grader.models import Location, RedFlag, Severity


def _assigned_name(node: ast.Assign | ast.AnnAssign) -> str | None:
    target = node.targets[0] if isinstance(node, ast.Assign) else node.target
    if isinstance(target, ast.Attribute):
        return target.attr
    return target.id if isinstance(target, ast.Name) else None


def _mentions(function: ast.AsyncFunctionDef, name: str) -> bool:
    return any(
        (isinstance(n, ast.Name) and n.id == name)
        or (isinstance(n, ast.Attribute) and n.attr == name)
        for n in own_nodes(function)
    )


@static_rule(
    "ASYNC-THREAD-SESSION",
    RedFlag.ASYNC_CONFUSION,
    Severity.MINOR,
    "A thread-local session serves async code",
)
def thread_session(ctx: StaticContext) -> Iterable[Hit]:
    """`scoped_session(...)` without a `scopefunc`, used from `async def` functions.

    Why is this bad? The session belongs to the thread, and every request an event loop serves
    runs on the same thread: concurrent requests share one session and its transaction, and one
    request's `remove()` closes it under the others.
    Use instead: a session per request from a dependency (`yield SessionLocal()`), or
    SQLAlchemy's `async_sessionmaker` with `AsyncSession`.
    """
    trees = list(app_trees(ctx))
    async_functions = [
        (rel, f) for rel, module in trees for f in functions(module)
        if isinstance(f, ast.AsyncFunctionDef)
    ]  # fmt: skip
    for rel, module in trees:
        for node in ast.walk(module):
            if not isinstance(node, ast.Assign | ast.AnnAssign) or not isinstance(
                node.value, ast.Call
            ):
                continue
            call = node.value
            if terminal_name(call.func) != "scoped_session" or keyword(call, "scopefunc"):
                continue
            name = _assigned_name(node)
            users = [(r, f) for r, f in async_functions if name and _mentions(f, name)]
            if not users:
                continue
            related = tuple(
                Location(file=r, line=n.lineno, role="an async function removing the session")
                for r, f in users
                for n in own_nodes(f)
                if isinstance(n, ast.Call)
                and isinstance(n.func, ast.Attribute)
                and n.func.attr == "remove"
                and terminal_name(n.func.value) == name
            )
            names = ", ".join(sorted({f.name for _, f in users})[:5])
            yield Hit(
                rel,
                call.lineno,
                f"`{name}` is a thread-local scoped_session, and async functions use it "
                f"({names}): every request on the event loop's thread shares one session.",
                related=related[:3],
            )
