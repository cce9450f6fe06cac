"""What blocks the event loop where it is called: a blocking call (sleep, requests, a synchronous
driver, a query on a synchronous session), a session handed to a plain `def` that queries it,
and the project's own sync functions that do either, known by name. The async rules
(async_static.py) hold an async function's calls up against these."""

from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping
from collections.abc import Set as AbstractSet
from pathlib import Path

from grader.checks.registry import StaticContext
from grader.checks.rules.event_loop import SESSION_IO, Blocker, on_the_loop
from grader.checks.rules.handlers import (
    Function,
    app_trees,
    dotted,
    functions_by_name,
    import_names,
    parameters,
    received_by,
    terminal_name,
)
from grader.checks.rules.session_holders import Direct
from grader.checks.rules.sync_sessions import session_aliases, session_handles

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


def blocking_calls(
    function: Function,
    imports: dict[str, str],
    sessions: frozenset[str] = frozenset(),
    project_drivers: Drivers = frozenset(),
    providers: frozenset[str] = frozenset(),
) -> Iterator[tuple[int, str]]:
    """Calls that block where the function runs. `sessions` are the project's aliases for a
    synchronous session type and its factories of them, so `db: DbSession` counts as much as
    `db: Session`, and `db = SessionLocal()` as much as `with Session(engine) as db`;
    `project_drivers`: the synchronous drivers the project imports somewhere (a `Database`
    class wrapping sqlite3 in one file, its `db.connection.execute()` called in another)."""
    drivers = project_drivers | _drivers(imports)
    handles = session_handles(function, imports, sessions, providers)
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
