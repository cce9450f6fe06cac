"""Async confusion as the source shows it; the event-loop monitor at run time has the last word.

These rules only corroborate: a blocking call written in an `async def` handler or dependency
stalls every other request while it runs, but whether it matters is measured, not read, so the
static severity is at most minor.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

from grader.checks.registry import Hit, StaticContext, static_rule
from grader.checks.rules.event_loop import Blocker
from grader.checks.rules.handlers import (
    DependencyGraph,
    Function,
    functions_by_name,
    import_names,
    own_nodes,
    route_handlers,
    terminal_name,
)
from grader.checks.rules.loop_blockers import (
    Drivers,
    blocking_calls,
    blocking_helpers,
    helper_calls,
    method_blockers,
    session_handoffs,
    sync_drivers,
)
from grader.checks.rules.session_holders import SessionHolders
from grader.checks.rules.sync_sessions import (
    session_aliases,
    session_handles,
    session_providers,
)
from grader.models import Location, RedFlag, Severity


def _async_functions(ctx: StaticContext) -> Iterator[tuple[str, Function]]:
    """Async route handlers and the project functions they reach through Depends."""
    handlers = route_handlers(ctx)
    seen: set[int] = set()
    for handler in handlers:
        if isinstance(handler.node, ast.AsyncFunctionDef):
            seen.add(id(handler.node))
            yield handler.file, handler.node
    graph = DependencyGraph.build(ctx)
    files = {id(f): rel for rel, module in ctx.trees() for f in ast.walk(module)}
    for function in graph.dependency_functions(handlers):
        if isinstance(function, ast.AsyncFunctionDef) and id(function) not in seen:
            seen.add(id(function))
            yield files.get(id(function), handlers[0].file), function


AWAITED_DEPTH = 3


def _awaited_async_functions(ctx: StaticContext) -> Iterator[tuple[str, Function]]:
    """The async handlers and dependencies, then the project's own `async def` functions they
    await (`await repo.all(sql)`, `await load_user(id)`, `await self.auth.login_async(...)`),
    up to AWAITED_DEPTH awaits down: an
    awaited coroutine runs on the event loop as much as the handler does. A lifespan or startup
    hook is reached by no handler, so it is not among them."""
    found = list(_async_functions(ctx))
    seen = {id(f) for _, f in found}
    every = functions_by_name(ctx)
    frontier = found
    for _ in range(AWAITED_DEPTH):
        reached: list[tuple[str, Function]] = []
        for rel, function in frontier:
            module = ctx.tree(rel)
            modules = project_modules(ctx, module) if module is not None else {}
            for name, by_module in _awaited_names(function, modules):
                defined = every.get(name, [])
                # `await self.auth.login_async(...)`: a method, known by its name only when
                # every project function of that name is a coroutine
                if not by_module and not all(
                    isinstance(f, ast.AsyncFunctionDef) for _, f in defined
                ):
                    continue
                for where, callee in defined:
                    if isinstance(callee, ast.AsyncFunctionDef) and id(callee) not in seen:
                        seen.add(id(callee))
                        reached.append((where, callee))
        found += reached
        frontier = reached
    yield from found


# Calls that run the coroutine (or coroutine function) handed to them on the same event loop:
# `asyncio.create_task(save())`, `asyncio.gather(a(), b())`, `background_tasks.add_task(save)`.
_SCHEDULERS = frozenset({"create_task", "ensure_future", "gather", "shield", "wait_for"})


def _awaited_names(function: Function, modules: Mapping[str, str]) -> Iterator[tuple[str, bool]]:
    """Names of what the function awaits or schedules on its loop, each with whether it is
    certainly the project's: a bare function or one of a project module's (True), or a method
    of some object (False). A task it creates runs on the loop as much as an awaited call."""
    for node in own_nodes(function):
        if isinstance(node, ast.Await) and isinstance(node.value, ast.Call):
            yield from _named(node.value.func, modules)
        elif isinstance(node, ast.Call) and terminal_name(node.func) in _SCHEDULERS:
            for argument in node.args:
                if isinstance(argument, ast.Call):  # the coroutine it is handed
                    yield from _named(argument.func, modules)
        elif isinstance(node, ast.Call) and terminal_name(node.func) == "add_task" and node.args:
            yield from _named(node.args[0], modules)  # an async one runs on the loop after


def _named(func: ast.expr, modules: Mapping[str, str]) -> Iterator[tuple[str, bool]]:
    if isinstance(func, ast.Name):
        yield func.id, True
    elif isinstance(func, ast.Attribute):
        owner = func.value
        yield func.attr, isinstance(owner, ast.Name) and owner.id in modules


@dataclass(frozen=True)
class _LoopFacts:
    """What both async rules read of the whole project, built once per grading."""

    sessions: frozenset[str]
    every: dict[str, list[tuple[str, Function]]]
    helpers: dict[str, Blocker]
    driver: Drivers
    holders: SessionHolders
    providers: frozenset[str]  # dependencies that yield a synchronous session (get_db)


def _loop_facts(ctx: StaticContext) -> _LoopFacts:
    def build() -> _LoopFacts:
        sessions, helpers = session_aliases(ctx), blocking_helpers(ctx)
        driver = sync_drivers(ctx)
        holders = SessionHolders.build(
            ctx, sessions, method_blockers(ctx, sessions, helpers, driver)
        )
        providers = session_providers(ctx, sessions)
        return _LoopFacts(sessions, functions_by_name(ctx), helpers, driver, holders, providers)

    return ctx.once("async_static.loop_facts", build)


def project_modules(ctx: StaticContext, module: ast.Module) -> dict[str, str]:
    """Names a file binds to the project's own modules, with the module's file stem: `from .
    import db`, `import repo as r` (r -> repo), `from app import crud` when the project has
    such a file."""
    stems = {Path(rel).stem for rel, _ in ctx.trees()} - {"__init__"}
    names: dict[str, str] = {}
    for node in ast.walk(module):
        if isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if alias.name in stems:
                    names[alias.asname or alias.name] = alias.name
        elif isinstance(node, ast.Import):
            for alias in node.names:
                last = alias.name.rsplit(".", 1)[-1]
                if last in stems and (alias.asname or "." not in alias.name):
                    names[alias.asname or alias.name] = last
    return names


@static_rule(
    "ASYNC-STATIC-BLOCKING-CALL",
    RedFlag.ASYNC_CONFUSION,
    Severity.MINOR,
    "A blocking call inside an async handler",
)
def blocking_call(ctx: StaticContext) -> Iterable[Hit]:
    """An `async def` handler or dependency calls blocking code (sleep, requests, sqlite3, open,
    a query on a parameter typed as a synchronous SQLAlchemy or SQLModel Session).

    Why is this bad? It freezes the event loop: every other request waits for it.
    Example: `time.sleep(1)` / Use instead: `await asyncio.sleep(1)`, or a plain `def` handler.
    """
    imports_of: dict[str, dict[str, str]] = {}
    modules_of: dict[str, dict[str, str]] = {}
    facts = _loop_facts(ctx)
    for rel, function in _awaited_async_functions(ctx):
        if rel not in imports_of:
            module = ctx.tree(rel)
            imports_of[rel] = import_names(module) if module is not None else {}
            modules_of[rel] = project_modules(ctx, module) if module is not None else {}
        on_loop = Location(
            file=rel, line=function.lineno, role=f"async def {function.name}: on the event loop"
        )
        for line, name in blocking_calls(
            function, imports_of[rel], facts.sessions, facts.driver, facts.providers
        ):
            yield Hit(
                rel, line, f"{function.name} calls {name}() on the event loop.", related=(on_loop,)
            )
        helpers_called = [
            (line, f"calls {name}(), which blocks on the event loop", facts.helpers[name])
            for line, name in helper_calls(function, facts.helpers, modules_of[rel])
        ]
        handles = session_handles(function, imports_of[rel], facts.sessions, facts.providers)
        called = {line for line, _, _ in helpers_called}
        handed = [
            (line, f"hands its synchronous session to {name}(), which queries it on the event "
             "loop", where)
            for line, name, where in session_handoffs(function, handles, facts.every)
            if line not in called
        ]  # fmt: skip
        called |= {line for line, _, _ in handed}
        held = [
            (line, f"calls {name}(), whose class blocks on the event loop", where)
            for line, name, where in facts.holders.calls(function)
            if line not in called
        ]  # fmt: skip
        for line, what, where in helpers_called + handed + held:
            yield Hit(
                rel,
                line,
                f"{function.name} {what}: {where.call}() at {where.file}:{where.line}.",
                related=(
                    Location(file=where.file, line=where.line, role="the blocking call"),
                    on_loop,
                ),
            )


@static_rule(
    "ASYNC-STATIC-NO-AWAIT",
    RedFlag.ASYNC_CONFUSION,
    Severity.INFO,
    "An async handler never awaits",
)
def no_await(ctx: StaticContext) -> Iterable[Hit]:
    """An `async def` route handler contains no `await` (harmless unless it blocks).

    Why is this bad? `async` buys nothing here; if it ever blocks, it blocks the whole loop.
    """
    facts = _loop_facts(ctx)
    for handler in route_handlers(ctx):
        node = handler.node
        if not isinstance(node, ast.AsyncFunctionDef):
            continue
        nodes = list(own_nodes(node))
        if any(isinstance(n, ast.Await | ast.AsyncFor | ast.AsyncWith) for n in nodes):
            continue
        module = ctx.tree(handler.file)
        imports = import_names(module) if module is not None else {}
        modules = project_modules(ctx, module) if module is not None else {}
        blocks = chain(
            blocking_calls(node, imports, facts.sessions, facts.driver, facts.providers),
            helper_calls(node, facts.helpers, modules),
            session_handoffs(
                node, session_handles(node, imports, facts.sessions, facts.providers), facts.every
            ),
            facts.holders.calls(node),
        )
        if not any(True for _ in blocks):
            yield Hit(handler.file, node.lineno, f"{handler.name} is async but awaits nothing.")
