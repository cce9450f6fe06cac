"""Async confusion as the source shows it; the event-loop monitor at run time has the last word.

These rules only corroborate: a blocking call written in an `async def` handler or dependency
stalls every other request while it runs, but whether it matters is measured, not read, so the
static severity is at most minor.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

from grader.checks.registry import Hit, StaticContext, static_rule
from grader.checks.rules.event_loop import (
    SESSION_IO,
    SESSIONMAKERS,
    SYNC_SESSIONS,
    Blocker,
    is_session,
    on_the_loop,
)
from grader.checks.rules.handlers import (
    DependencyGraph,
    Function,
    app_trees,
    dotted,
    functions_by_name,
    import_names,
    own_nodes,
    parameters,
    received_by,
    route_handlers,
    terminal_name,
)
from grader.checks.rules.session_holders import Direct, SessionHolders
from grader.models import Location, RedFlag, Severity

BLOCKING_CALLS = frozenset(
    {"time.sleep", "urllib.request.urlopen", "sqlite3.connect", "subprocess.run",
     "subprocess.call", "subprocess.check_call", "subprocess.check_output", "os.system",
     "hashlib.pbkdf2_hmac", "hashlib.scrypt", "bcrypt.hashpw", "bcrypt.checkpw", "open",
     "psycopg2.connect", "pymysql.connect", "pandas.read_sql", "pandas.read_sql_query",
     "pandas.read_sql_table", "pandas.read_csv", "pandas.read_excel", "pandas.read_json",
     "pandas.read_parquet", "pandas.read_pickle"}
)  # fmt: skip
# DataFrame methods that write a file: pandas' own names, whatever the frame is called.
_FRAME_WRITES = (".to_csv", ".to_excel", ".to_parquet", ".to_pickle")
BLOCKING_MODULES = ("requests.",)
SYNC_DRIVERS = frozenset({"sqlite3", "psycopg2", "pymysql", "MySQLdb", "peewee"})
# Calls that wait for the database once a synchronous driver is in the project: a cursor's;
# with peewee, its models' Active Record methods too (`Todo.get_or_none(...)`, `todo.save()`).
_CURSOR_CALLS = (".execute", ".executemany", ".commit", ".fetchall")
_PEEWEE_CALLS = (
    ".get_or_none",
    ".get_by_id",
    ".get_or_create",
    ".delete_instance",
    ".delete_by_id",
    ".save",
)
Drivers = frozenset[str]
"""The synchronous database drivers a project (or a module) uses, by import root."""
_PASSWORD_CONTEXTS = ("pwd_context", "password_context", "crypt_context", "hasher")


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


def session_aliases(ctx: StaticContext) -> frozenset[str]:
    """Module-level names for a synchronous session type, such as
    `DbSession = Annotated[Session, Depends(get_db)]`, and for a factory of synchronous
    sessions (`SessionLocal = sessionmaker(bind=engine)`), wherever the project defines them."""
    names: set[str] = set()
    for _, module in app_trees(ctx):
        imports = import_names(module)
        for node in module.body:
            target, value = _alias(node)
            if target is None or value is None:
                continue
            if is_session(value, imports, names) or _sync_sessionmaker(value, imports):
                names.add(target)
    return frozenset(names)


def _sync_sessionmaker(value: ast.expr, imports: dict[str, str]) -> bool:
    """`sessionmaker(bind=engine)`, unless it makes AsyncSessions (`class_=AsyncSession`)."""
    return (
        isinstance(value, ast.Call)
        and dotted(value.func, imports) in SESSIONMAKERS
        and not any("Async" in ast.unparse(k.value) for k in value.keywords)
    )


def opened_sessions(
    function: Function, imports: dict[str, str], sessions: frozenset[str]
) -> set[str]:
    """Names the function binds to a synchronous session it opens itself: `with Session(engine)
    as session:` (fresh bw40-05's async handlers and dependency), `db = SessionLocal()`."""

    def opens(value: ast.expr | None) -> bool:
        return isinstance(value, ast.Call) and (
            dotted(value.func, imports) in SYNC_SESSIONS or terminal_name(value.func) in sessions
        )

    found: set[str] = set()
    for node in own_nodes(function):
        if isinstance(node, ast.With):
            found |= {
                item.optional_vars.id
                for item in node.items
                if isinstance(item.optional_vars, ast.Name) and opens(item.context_expr)
            }
        elif isinstance(node, ast.Assign) and len(node.targets) == 1 and opens(node.value):
            target = node.targets[0]
            if isinstance(target, ast.Name):
                found.add(target.id)
    return found


def _alias(node: ast.stmt) -> tuple[str | None, ast.expr | None]:
    if isinstance(node, ast.Assign) and len(node.targets) == 1:
        target = node.targets[0]
        return (target.id if isinstance(target, ast.Name) else None), node.value
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        return node.target.id, node.value
    return None, None


def blocking_calls(
    function: Function,
    imports: dict[str, str],
    sessions: frozenset[str] = frozenset(),
    project_drivers: Drivers = frozenset(),
) -> Iterator[tuple[int, str]]:
    """Calls that block where the function runs. `sessions` are the project's aliases for a
    synchronous session type and its factories of them, so `db: DbSession` counts as much as
    `db: Session`, and `db = SessionLocal()` as much as `with Session(engine) as db`;
    `project_drivers`: the synchronous drivers the project imports somewhere (a `Database`
    class wrapping sqlite3 in one file, its `db.connection.execute()` called in another)."""
    drivers = project_drivers | _drivers(imports)
    handles = session_handles(function, imports, sessions)
    requests = {
        arg.arg
        for arg in parameters(function)
        if arg.arg == "request" or terminal_name(arg.annotation) in ("Request", "WebSocket")
    }
    for node in on_the_loop(function):
        name = dotted(node.func, imports)
        if name is not None and _blocks(name, drivers):
            yield node.lineno, name
        elif waiting := _session_io(node, handles) or _held_session_io(node, requests):
            yield node.lineno, waiting


def session_handles(
    function: Function, imports: dict[str, str], sessions: frozenset[str]
) -> set[str]:
    """The function's synchronous sessions: its parameters typed as one (or as an alias of
    one), and those it opens itself (`opened_sessions`)."""
    return {
        arg.arg
        for arg in parameters(function)
        if arg.annotation is not None and is_session(arg.annotation, imports, sessions)
    } | opened_sessions(function, imports, sessions)


def session_handoffs(
    function: Function, handles: set[str], every: Mapping[str, list[tuple[str, Function]]]
) -> Iterator[tuple[int, str, Blocker]]:
    """Calls on the loop that hand a synchronous session to a plain `def` of the project which
    queries it, however that parameter is typed (`Post.recent(db, limit, offset)`, an Active
    Record class method whose `db` is untyped), itself or through the helpers it hands it to
    (`authenticate_user(db, ...)` -> `crud.get_user_by_username(db, ...)`, fresh bw50-02): the
    query runs where the caller runs."""
    memo: dict[tuple[int, frozenset[str], int], Blocker | None] = {}
    for node in on_the_loop(function):
        blocker = _handed_to(node, frozenset(handles), every, HELPER_DEPTH, memo)
        if blocker is not None:
            yield node.lineno, ast.unparse(node.func), blocker


def _handed_to(
    call: ast.Call,
    handles: frozenset[str],
    every: Mapping[str, list[tuple[str, Function]]],
    depth: int,
    memo: dict[tuple[int, frozenset[str], int], Blocker | None],
) -> Blocker | None:
    """Where the plain `def` this call hands a session to queries it, up to `depth` calls on.
    Each (callee, session names, depth) is read once: a helper calling itself a hundred times
    must not cost a hundred cubed (the code is a stranger's)."""
    name = terminal_name(call.func)
    if name is None or depth <= 0:
        return None
    for rel, callee in every.get(name, []):
        if not isinstance(callee, ast.FunctionDef):
            continue
        received = frozenset(received_by(call, callee, handles))
        if not received:
            continue
        key = (id(callee), received, depth)
        if key not in memo:
            memo[key] = None  # a call back into itself while being read finds nothing
            memo[key] = _queries(rel, callee, received, every, depth, memo)
        if memo[key] is not None:
            return memo[key]
    return None


def _queries(
    rel: str,
    callee: ast.FunctionDef,
    received: frozenset[str],
    every: Mapping[str, list[tuple[str, Function]]],
    depth: int,
    memo: dict[tuple[int, frozenset[str], int], Blocker | None],
) -> Blocker | None:
    """The query `callee` runs on the session it received, itself or through its helpers."""
    inner = list(on_the_loop(callee))
    for inner_call in inner:
        io = _session_io(inner_call, received)
        if io is not None:
            return Blocker(rel, inner_call.lineno, io)
    for inner_call in inner:
        found = _handed_to(inner_call, received, every, depth - 1, memo)
        if found is not None:
            return found
    return None


def _session_io(call: ast.Call, handles: AbstractSet[str]) -> str | None:
    """`db.query` for `db.query(...)` on a synchronous session parameter `db`."""
    func = call.func
    if (
        isinstance(func, ast.Attribute)
        and func.attr in SESSION_IO
        and isinstance(func.value, ast.Name)
        and func.value.id in handles
    ):
        return f"{func.value.id}.{func.attr}"
    return None


def _held_session_io(call: ast.Call, requests: set[str]) -> str | None:
    """`db.session.get` for `db.session.get(...)` not awaited: the session an object holds (a
    Flask-SQLAlchemy-style `db`, a repository's `self.session`) queried without `await` is a
    synchronous one; an AsyncSession's methods are awaited. `request.session` is a dict."""
    func = call.func
    if not (
        isinstance(func, ast.Attribute)
        and func.attr in SESSION_IO
        and isinstance(func.value, ast.Attribute)
        and func.value.attr == "session"
    ):
        return None
    root = func.value.value
    while isinstance(root, ast.Attribute):
        root = root.value
    if not isinstance(root, ast.Name) or root.id in requests:
        return None
    return f"{root.id}.session.{func.attr}"


def _drivers(imports: dict[str, str]) -> Drivers:
    return frozenset(v.split(".")[0] for v in imports.values()) & SYNC_DRIVERS


_SYNC_ENGINES = frozenset({"sqlalchemy.create_engine", "sqlmodel.create_engine"})


def sync_drivers(ctx: StaticContext) -> Drivers:
    """The synchronous database drivers app modules import (sqlite3, psycopg2, peewee...), and
    `sqlalchemy` when one builds a synchronous engine: then `conn.execute()` not awaited waits
    for the database (`with engine.connect() as conn` in an async readiness check, tune
    bw29-04)."""
    found: set[str] = set()
    for _, module in app_trees(ctx):
        imports = import_names(module)
        found |= _drivers(imports)
        if any(
            isinstance(node, ast.Call) and dotted(node.func, imports) in _SYNC_ENGINES
            for node in ast.walk(module)
        ):
            found.add("sqlalchemy")
    return frozenset(found)


def _blocks(name: str, drivers: Drivers) -> bool:
    if name in BLOCKING_CALLS or name.startswith(BLOCKING_MODULES) or name.endswith(_FRAME_WRITES):
        return True
    if drivers and name.endswith(_CURSOR_CALLS):
        return True
    if "peewee" in drivers and name.endswith(_PEEWEE_CALLS):  # tune bw24-04
        return True
    return name.endswith((".hash", ".verify")) and name.startswith(_PASSWORD_CONTEXTS)


HELPER_DEPTH = 3


def blocking_helpers(ctx: StaticContext) -> dict[str, Blocker]:
    """Sync project functions, by name, that block: directly, or through other such helpers up
    to HELPER_DEPTH calls deep. A name defined twice counts only if every definition blocks."""
    imports = {rel: import_names(module) for rel, module in app_trees(ctx)}
    sessions = session_aliases(ctx)
    driver = sync_drivers(ctx)
    every = functions_by_name(ctx)
    async_names = {
        name
        for name, found in every.items()
        if any(isinstance(f, ast.AsyncFunctionDef) for _, f in found)
    }
    defined = {
        name: [(rel, f) for rel, f in found if isinstance(f, ast.FunctionDef)]
        for name, found in every.items()
    }
    found: dict[str, Blocker] = {}
    for _ in range(HELPER_DEPTH):
        grew = False
        for name, definitions in defined.items():
            if name in found or name in async_names:
                continue
            blockers = [
                _blocker(rel, f, imports[rel], sessions, found, driver) for rel, f in definitions
            ]
            first = blockers[0]
            if first is not None and all(b is not None for b in blockers):
                found[name], grew = first, True
        if not grew:
            break
    # `crud.delete_todo(...)` names its module: each sync definition is known as `stem.name` too,
    # even where an async handler or another file uses the same name.
    for name, definitions in defined.items():
        for rel, function in definitions:
            blocker = _blocker(rel, function, imports[rel], sessions, found, driver)
            if blocker is not None:
                found.setdefault(f"{Path(rel).stem}.{name}", blocker)
    return found


def _blocker(
    rel: str,
    function: Function,
    imports: dict[str, str],
    sessions: frozenset[str],
    helpers: dict[str, Blocker],
    driver: Drivers = frozenset(),
) -> Blocker | None:
    first = min(blocking_calls(function, imports, sessions, driver), default=None)  # by line
    if first is not None:
        return Blocker(rel, first[0], first[1])
    for _, name in sorted(helper_calls(function, helpers)):
        return helpers[name]  # the deepest blocking call is what to show
    return None


@dataclass(frozen=True)
class _LoopFacts:
    """What both async rules read of the whole project, built once per grading."""

    sessions: frozenset[str]
    every: dict[str, list[tuple[str, Function]]]
    helpers: dict[str, Blocker]
    driver: Drivers
    holders: SessionHolders


def _loop_facts(ctx: StaticContext) -> _LoopFacts:
    def build() -> _LoopFacts:
        sessions, helpers = session_aliases(ctx), blocking_helpers(ctx)
        driver = sync_drivers(ctx)
        holders = SessionHolders.build(
            ctx, sessions, method_blockers(ctx, sessions, helpers, driver)
        )
        return _LoopFacts(sessions, functions_by_name(ctx), helpers, driver, holders)

    return ctx.once("async_static.loop_facts", build)


def method_blockers(
    ctx: StaticContext, sessions: frozenset[str], helpers: dict[str, Blocker], driver: Drivers
) -> Direct:
    """The test SessionHolders applies to each method of a class: does it block by itself?"""
    imports = {rel: import_names(module) for rel, module in app_trees(ctx)}

    def direct(rel: str, method: ast.FunctionDef) -> Blocker | None:
        return _blocker(rel, method, imports.get(rel, {}), sessions, helpers, driver)

    return direct


def helper_calls(
    function: Function, helpers: dict[str, Blocker], modules: Mapping[str, str] | None = None
) -> Iterator[tuple[int, str]]:
    """Calls, neither awaited nor handed to a thread, of a project function known to block:
    `load_user(...)`, or `db.connect()` where `db` is one of the project's own modules (then
    known by its module too: `crud.delete_todo`, whatever else is named `delete_todo`)."""
    modules = modules or {}
    for node in on_the_loop(function):
        func = node.func
        names = [func.id] if isinstance(func, ast.Name) else []
        if (
            isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Name)
            and func.value.id in modules
        ):
            names = [f"{modules[func.value.id]}.{func.attr}", func.attr]
        name = next((n for n in names if n in helpers), None)
        if name is not None:
            yield node.lineno, name


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
        for line, name in blocking_calls(function, imports_of[rel], facts.sessions, facts.driver):
            yield Hit(
                rel, line, f"{function.name} calls {name}() on the event loop.", related=(on_loop,)
            )
        helpers_called = [
            (line, f"calls {name}(), which blocks on the event loop", facts.helpers[name])
            for line, name in helper_calls(function, facts.helpers, modules_of[rel])
        ]
        handles = session_handles(function, imports_of[rel], facts.sessions)
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
            blocking_calls(node, imports, facts.sessions, facts.driver),
            helper_calls(node, facts.helpers, modules),
            session_handoffs(node, session_handles(node, imports, facts.sessions), facts.every),
            facts.holders.calls(node),
        )
        if not any(True for _ in blocks):
            yield Hit(handler.file, node.lineno, f"{handler.name} is async but awaits nothing.")
