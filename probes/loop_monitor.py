"""The event-loop watch injected into the candidate's process: which line of theirs held the loop.

Usage (inside the candidate container, with the candidate's own Python, any version >= 3.9):
    python loop_monitor.py --out /tmp/grader-loop.jsonl --threshold-ms 20 --app-root /app -- ARGS
where ARGS are the arguments `python -m uvicorn` would get. Standard library only: this file runs
next to a stranger's pinned dependencies. It installs its hooks, then runs uvicorn in-process; any
failure of its own is counted and swallowed, so the app behaves as it would without it.

How: a heartbeat on the loop thread stamps the time every few ms; a watchdog thread that sees the
stamp go stale samples the loop thread's stack, attributes each sample to the running task (and so
to the request, through an ASGI wrapper and a task factory) and to the innermost frame under
--app-root. Output: JSON lines (`kind` = "block" | "request") to --out, a counters file beside it.
"""

from __future__ import annotations

import argparse
import asyncio
import atexit
import contextvars
import json
import os
import runpy
import sys
import threading
import time
import weakref
from collections import deque
from collections.abc import Callable
from typing import Any

MAX_BLOCK_LINES = 5000
MAX_REQUEST_LINES = 5000
MAX_PENDING = 20000
HEARTBEAT_S = 0.005
IDLE_POLL_S = 0.005
ACTIVE_POLL_S = 0.002
CREDIT_CAP_S = 0.015
FLUSH_EVERY_S = 0.25
MAX_CHAIN = 12
MAX_SITES = 5
MAX_TEXT = 200
CO_COROUTINE = 0x80

class Sink:
    """Bounded JSON-lines output plus a counters file; a bad path or a full disk only stops output.

    The loop thread never does I/O here: request records queue up and the watchdog writes them.
    """

    def __init__(self, path: str) -> None:
        self.path = os.path.abspath(path)
        self.counters_path = self.path + ".counters.json"
        self.lock = threading.Lock()
        self.pending: deque[dict[str, Any]] = deque()
        self.file: Any = None
        self.counters: dict[str, Any] = {
            "blocks": 0, "blocks_written": 0, "blocked_ms": 0.0, "requests": 0,
            "requests_written": 0, "requests_dropped": 0, "statements": 0,
            "statements_outside_requests": 0, "monitor_errors": 0, "last_error": None,
            "hooks": [], "phase": "starting", "loop": None, "threshold_ms": None,
            "python": sys.version.split()[0],
        }
        self.written_counters = ""

    def open(self) -> None:
        self.file = open(self.path, "a", encoding="utf-8")  # noqa: SIM115 - kept open for the run

    def error(self, exc: BaseException) -> None:
        self.counters["monitor_errors"] += 1
        self.counters["last_error"] = f"{type(exc).__name__}: {exc}"[:MAX_TEXT]

    def _write(self, records: list[dict[str, Any]]) -> None:
        if self.file is None or not records:
            return
        try:
            self.file.write("".join(json.dumps(r, separators=(",", ":")) + "\n" for r in records))
            self.file.flush()
        except (OSError, ValueError) as exc:
            self.error(exc)
            self.file = None

    def block(self, record: dict[str, Any]) -> None:
        with self.lock:
            self.counters["blocks"] += 1
            self.counters["blocked_ms"] = round(self.counters["blocked_ms"] + record["ms"], 1)
            if self.counters["blocks_written"] < MAX_BLOCK_LINES:
                self.counters["blocks_written"] += 1
                self._write([record])

    def request(self, record: dict[str, Any]) -> None:
        """Called on the loop thread: queue only."""
        if len(self.pending) < MAX_PENDING:
            self.pending.append(record)
        else:
            self.counters["requests_dropped"] += 1

    def flush(self) -> None:
        with self.lock:
            batch: list[dict[str, Any]] = []
            while self.pending:
                record = self.pending.popleft()
                self.counters["requests"] += 1
                if self.counters["requests_written"] < MAX_REQUEST_LINES:
                    self.counters["requests_written"] += 1
                    batch.append(record)
            self._write(batch)
            text = json.dumps(self.counters, sort_keys=True)
            if text == self.written_counters:
                return
            try:
                partial = self.counters_path + ".partial"
                with open(partial, "w", encoding="utf-8") as handle:
                    handle.write(text)
                os.replace(partial, self.counters_path)
                self.written_counters = text
            except OSError as exc:
                self.error(exc)


class Request:
    """What the monitor knows about one HTTP request; shared by its task and the tasks it spawns."""

    __slots__ = ("scope", "sql_chains", "sql_sites", "statements", "status", "unattributed")

    def __init__(self, scope: dict[str, Any]) -> None:
        self.scope = scope
        self.statements = 0
        # statements issued with none of the submission's frames on the stack: an ORM's lazy
        # loads fired while FastAPI serialises the reply, after the handler returned
        self.unattributed = 0
        self.status: int | None = None
        self.sql_sites: dict[tuple[str, int], int] = {}
        # statements per call chain of the submission (innermost first): one chain repeated is a
        # loop; one helper called from several lines is several chains
        self.sql_chains: dict[Chain, int] = {}

    def route(self) -> str:
        """The path template (`/todos/{todo_id}`) once routing has run, else the raw path."""
        scope = self.scope
        template = getattr(scope.get("route"), "path", None)
        if isinstance(template, str):
            return template[:MAX_TEXT]
        path = scope.get("path")
        path = path if isinstance(path, str) else ""
        params = scope.get("path_params")
        if isinstance(params, dict) and params:
            values = {str(v): k for k, v in params.items()}
            path = "/".join(
                "{" + values[part] + "}" if part in values else part for part in path.split("/")
            )
        return path[:MAX_TEXT]

    def method(self) -> str:
        method = self.scope.get("method")
        return method[:16] if isinstance(method, str) else "?"


CURRENT: contextvars.ContextVar[Request | None] = contextvars.ContextVar(
    "grader_request", default=None
)
TASKS: weakref.WeakKeyDictionary[Any, Request] = weakref.WeakKeyDictionary()
SINK: Sink | None = None


# Where SQL was issued from: the submission's frames on the issuing stack, innermost first. On a
# driver's own thread (aiosqlite) there are none, so the awaiting coroutine's are carried over.
Chain = tuple[tuple[str, int], ...]
SQL_ORIGIN: contextvars.ContextVar[Chain] = contextvars.ContextVar("grader_sql_origin", default=())
APP_FILE: Callable[[str], str | None] | None = None
MAX_SQL_SITES = 5
MAX_CHAIN = 8
MAX_CHAINS = 256


def app_chain(frame: Any) -> Chain:
    """The submission's frames from `frame` outwards, innermost first: ((file, line), ...).
    None there, and inside a greenlet (SQLAlchemy's asyncio layer runs its sync code, events
    included, in a child greenlet): the frames of the greenlets it was switched from, whose
    suspended stacks hold the submission's coroutines that awaited it (fresh bw60-04: an N+1
    over asyncpg charged to no line)."""
    chain = _app_frames(frame)
    greenlet = sys.modules.get("greenlet")
    if chain or greenlet is None:
        return chain
    try:
        parent = greenlet.getcurrent().parent
        for _ in range(4):
            if parent is None:
                break
            chain = _app_frames(parent.gr_frame)
            if chain:
                return chain
            parent = parent.parent
    except Exception:  # the monitor must never raise into the app
        pass
    return ()


def _app_frames(frame: Any) -> Chain:
    chain: list[tuple[str, int]] = []
    depth = 0
    while frame is not None and depth < 64 and APP_FILE is not None and len(chain) < MAX_CHAIN:
        relative = APP_FILE(frame.f_code.co_filename)
        if relative is not None:
            chain.append((relative, frame.f_lineno or frame.f_code.co_firstlineno))
        frame = frame.f_back
        depth += 1
    return tuple(chain)


def most_repeated(chains: dict[Chain, int], site: tuple[str, int]) -> tuple[Chain, int]:
    """The call chain that issued most of a site's statements, and how many it issued."""
    best: tuple[Chain, int] = ((), 0)
    for chain, count in chains.items():
        if chain and chain[0] == site and count > best[1]:
            best = (chain, count)
    return best


def count_statement(sql: object = None, from_app_only: bool = False) -> None:
    """Called by the SQL hooks, on whatever thread runs the query; never raises. A PRAGMA is
    not counted: it sets a connection up (peewee and SQLAlchemy run the app's pragmas on each
    new connection, one per worker thread), and charged to the request that happened to open
    the connection it looked like work growing with the data. `from_app_only`: a command no
    line of the submission sent (a rate-limiting library's Redis calls) is not counted."""
    try:
        if isinstance(sql, str) and sql.lstrip()[:6].upper() == "PRAGMA":
            return
        request = CURRENT.get()
        chain = (app_chain(sys._getframe(1)) or SQL_ORIGIN.get()) if request is not None else ()
        if from_app_only and not chain:
            return
        if SINK is not None:
            SINK.counters["statements"] += 1
            if request is None:
                SINK.counters["statements_outside_requests"] += 1
        if request is not None:
            request.statements += 1
            if chain:
                site = chain[0]
                request.sql_sites[site] = request.sql_sites.get(site, 0) + 1
                if len(request.sql_chains) < MAX_CHAINS or chain in request.sql_chains:
                    request.sql_chains[chain] = request.sql_chains.get(chain, 0) + 1
            else:
                request.unattributed += 1
    except Exception:  # the monitor must never raise into the app
        pass


def monitored_app(app: Any, sink: Sink) -> Any:
    """Wrap the ASGI app uvicorn serves: remember the request per task, its status and SQL count."""

    async def grader_monitored_app(scope: Any, receive: Any, send: Any) -> None:
        try:
            if scope.get("type") != "http":
                request = None
            else:
                install_late(sink)
                request = Request(scope)
                token = CURRENT.set(request)
                task = asyncio.current_task()
                if task is not None:
                    TASKS[task] = request
                started = time.perf_counter()
        except Exception as exc:
            sink.error(exc)
            request = None
        if request is None:
            await app(scope, receive, send)
            return
        tracked = request

        async def send_status(message: Any) -> None:
            if (tracked.status is None and isinstance(message, dict)
                    and message.get("type") == "http.response.start"):
                tracked.status = message.get("status")
            await send(message)

        try:
            await app(scope, receive, send_status)
        finally:
            try:
                CURRENT.reset(token)
                if task is not None:
                    TASKS.pop(task, None)
                sink.request({
                    "kind": "request", "method": tracked.method(), "route": tracked.route(),
                    "status": tracked.status, "statements": tracked.statements,
                    "unattributed": tracked.unattributed,
                    "sql_sites": [
                        {"file": f, "line": n, "count": c,
                         "chain": [list(frame) for frame in chain], "repeats": repeats}
                        for (f, n), c in sorted(tracked.sql_sites.items(), key=lambda i: -i[1])[
                            :MAX_SQL_SITES
                        ]
                        for chain, repeats in [most_repeated(tracked.sql_chains, (f, n))]
                    ],
                    "ms": round((time.perf_counter() - started) * 1000, 2),
                })
            except Exception as exc:
                sink.error(exc)

    return grader_monitored_app


def install_task_factory(loop: Any, sink: Sink) -> None:
    """Tasks spawned while serving a request (BaseHTTPMiddleware, TaskGroups) belong to it."""
    previous = loop.get_task_factory()

    def grader_task_factory(loop_: Any, coro: Any, **kwargs: Any) -> Any:
        if previous is not None:
            task = previous(loop_, coro, **kwargs)
        else:
            task = asyncio.Task(coro, loop=loop_, **kwargs)
        try:
            context = kwargs.get("context")
            request = context.get(CURRENT) if context is not None else CURRENT.get()
            if request is not None:
                TASKS[task] = request
        except Exception as exc:
            sink.error(exc)
        return task

    loop.set_task_factory(grader_task_factory)


def _sql(args: tuple[Any, ...], kwargs: dict[str, Any]) -> object:
    """The statement text of a DB-API `execute(sql, ...)` call."""
    return args[0] if args else kwargs.get("sql")


def install_sqlite3(sink: Sink) -> None:
    """Count statements of stdlib sqlite3 connections (raw, or under SQLAlchemy's pysqlite)."""
    import sqlite3

    class GraderCursor(sqlite3.Cursor):
        def execute(self, *args: Any, **kwargs: Any) -> Any:
            count_statement(_sql(args, kwargs))
            return super().execute(*args, **kwargs)

        def executemany(self, *args: Any, **kwargs: Any) -> Any:
            count_statement(_sql(args, kwargs))
            return super().executemany(*args, **kwargs)

    class GraderConnection(sqlite3.Connection):
        def cursor(self, *args: Any, **kwargs: Any) -> Any:
            if not args and not kwargs:
                return super().cursor(GraderCursor)
            return super().cursor(*args, **kwargs)

        def execute(self, *args: Any, **kwargs: Any) -> Any:
            count_statement(_sql(args, kwargs))
            return super().execute(*args, **kwargs)

        def executemany(self, *args: Any, **kwargs: Any) -> Any:
            count_statement(_sql(args, kwargs))
            return super().executemany(*args, **kwargs)

    original = sqlite3.connect

    def connect(*args: Any, **kwargs: Any) -> Any:
        if len(args) < 6 and "factory" not in kwargs:
            kwargs["factory"] = GraderConnection
        return original(*args, **kwargs)

    sqlite3.connect = connect
    sqlite3.dbapi2.connect = connect
    sink.counters["hooks"].append("sqlite3")


def install_sqlalchemy(sink: Sink) -> bool:
    """Count SQLAlchemy statements of drivers other than pysqlite (those are counted above)."""
    if "sqlalchemy" not in sys.modules:
        return False
    import importlib

    event = importlib.import_module("sqlalchemy.event")
    engine = importlib.import_module("sqlalchemy.engine")

    def before_cursor_execute(conn: Any, *args: Any) -> None:
        try:
            if getattr(conn.dialect, "driver", "") not in ("pysqlite", "aiosqlite"):
                count_statement(args[1] if len(args) > 1 else None)  # (cursor, statement, ...)
        except Exception as exc:
            sink.error(exc)

    event.listen(engine.Engine, "before_cursor_execute", before_cursor_execute)
    sink.counters["hooks"].append("sqlalchemy")
    return True


def install_aiosqlite(sink: Sink) -> bool:
    """aiosqlite runs sqlite3 on a thread of its own: carry the request there, so the sqlite3
    hook charges each statement to the request that awaited it (raw or under SQLAlchemy)."""
    if "aiosqlite" not in sys.modules:
        return False
    import importlib

    core = importlib.import_module("aiosqlite.core")
    original = getattr(core.Connection, "_execute", None)
    if original is None:
        return False

    async def _execute(self: Any, fn: Any, *args: Any, **kwargs: Any) -> Any:
        request = CURRENT.get()
        origin = app_chain(sys._getframe(1)) if request is not None else ()

        def in_request(*inner: Any, **named: Any) -> Any:
            token, origin_token = CURRENT.set(request), SQL_ORIGIN.set(origin)
            try:
                return fn(*inner, **named)
            finally:
                CURRENT.reset(token)
                SQL_ORIGIN.reset(origin_token)

        return await original(self, in_request, *args, **kwargs)

    core.Connection._execute = _execute
    sink.counters["hooks"].append("aiosqlite")
    return True


def install_redis(sink: Sink) -> bool:
    """Count Redis commands as queries: one command per item of a list read (an HGETALL per
    post) is a key-value store's N+1. redis-py's client, sync or asyncio, whichever the app
    imported; a pipeline sends its buffered commands in one round trip and counts once."""
    patched = False
    for module_name, awaited in (("redis.client", False), ("redis.asyncio.client", True)):
        module = sys.modules.get(module_name)
        for class_name, method in (("Redis", "execute_command"), ("Pipeline", "execute")):
            owner = getattr(module, class_name, None)
            original = getattr(owner, method, None)
            if owner is not None and original is not None:
                setattr(owner, method, _counted(original, awaited))
                patched = True
    if patched:
        sink.counters["hooks"].append("redis")
    return patched


def _counted(original: Any, awaited: bool, sql: bool = False) -> Any:
    """`original` counting one statement per call that a line of the app sent: not a driver's
    own housekeeping (asyncpg resets each connection a pool takes back) nor a library's (a
    rate limiter's Redis calls). `sql`: a database driver's method, whose first argument is the
    statement, not counted when SQLAlchemy issued it (its own event counts those)."""

    def count(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        try:
            if not sql:
                count_statement(from_app_only=True)
            elif not _issued_by_sqlalchemy(sys._getframe(2)):
                count_statement(_sql(args, kwargs), from_app_only=True)
        except Exception:  # the monitor must never raise into the app
            pass

    if awaited:

        async def counted_async(self: Any, *args: Any, **kwargs: Any) -> Any:
            count(args, kwargs)
            return await original(self, *args, **kwargs)

        return counted_async

    def counted(self: Any, *args: Any, **kwargs: Any) -> Any:
        count(args, kwargs)
        return original(self, *args, **kwargs)

    return counted


def _issued_by_sqlalchemy(frame: Any) -> bool:
    """Whether SQLAlchemy sent the statement: its cursor call sits a few frames above the
    driver's method (the dialect's adapter, the engine's `do_execute`); eight is past them."""
    for _ in range(8):
        if frame is None:
            return False
        if str(frame.f_globals.get("__name__", "")).startswith("sqlalchemy."):
            return True
        frame = frame.f_back
    return False


# Drivers called directly (raw SQL over a server's database), by module: the classes and methods
# that send one statement each, and whether they are awaited. A pool's methods hand each call to
# a connection's, so connections are patched, once.
_DRIVER_METHODS: dict[str, tuple[tuple[str, str, tuple[str, ...], bool], ...]] = {
    "asyncpg": (
        ("asyncpg.connection", "Connection",
         ("execute", "executemany", "fetch", "fetchrow", "fetchval"), True),
    ),
    "psycopg": (
        ("psycopg", "Cursor", ("execute", "executemany"), False),
        ("psycopg", "AsyncCursor", ("execute", "executemany"), True),
    ),
    "pymysql": (("pymysql.cursors", "Cursor", ("execute",), False),),
    "aiomysql": (("aiomysql.cursors", "Cursor", ("execute",), True),),
}  # fmt: skip


def install_driver(sink: Sink, name: str) -> bool:
    """Count the statements a raw driver sends (fresh bw64-02: an N+1 over psycopg's async
    connection had no query counted). Methods are patched on their classes, so connections
    the app opened before still count."""
    import importlib

    patched = False
    for module_name, class_name, methods, awaited in _DRIVER_METHODS[name]:
        owner = getattr(importlib.import_module(module_name), class_name, None)
        for method in methods:
            original = getattr(owner, method, None)
            if original is not None and not getattr(original, "_grader_counted", False):
                wrapped = _counted(original, awaited, sql=True)
                wrapped._grader_counted = True
                setattr(owner, method, wrapped)
                patched = True
    if patched:
        sink.counters["hooks"].append(name)
    return patched


def install_psycopg2(sink: Sink) -> bool:
    """psycopg2's connection and cursor are C types: its `connect` is wrapped so that a plain
    connection (no `connection_factory` of the app's) hands out counting cursors, over the
    cursor class the app asks for when that is a cursor class (`RealDictCursor`). Anything else
    (the app's own connection class, a factory function, positional factories) is left as it
    is, uncounted: the hook must not change what the app gets back."""
    psycopg2 = sys.modules.get("psycopg2")
    extensions = sys.modules.get("psycopg2.extensions")
    original = getattr(psycopg2, "connect", None)
    if psycopg2 is None or extensions is None or original is None:
        return False
    if getattr(original, "_grader_counted", False):
        return False
    counting: dict[Any, Any] = {}

    def counting_cursor(base: Any) -> Any:
        if not (isinstance(base, type) and issubclass(base, extensions.cursor)):
            return base
        if base not in counting:
            methods = {
                name: _counted(getattr(base, name), False, sql=True)
                for name in ("execute", "executemany")
            }
            counting[base] = type(base.__name__, (base,), methods)
        return counting[base]

    plain: Any = extensions.connection
    default_cursor: Any = extensions.cursor

    class GraderConnection(plain):  # type: ignore[misc]
        def cursor(self, *args: Any, **kwargs: Any) -> Any:
            if len(args) < 2:  # (name, cursor_factory, ...) given by position: left alone
                factory = kwargs.get("cursor_factory") or self.cursor_factory or default_cursor
                kwargs["cursor_factory"] = counting_cursor(factory)
            return super().cursor(*args, **kwargs)

    def connect(*args: Any, **kwargs: Any) -> Any:
        if len(args) <= 1 and kwargs.get("connection_factory") is None:
            kwargs["connection_factory"] = GraderConnection
        return original(*args, **kwargs)

    connect._grader_counted = True  # type: ignore[attr-defined]
    setattr(psycopg2, "connect", connect)  # noqa: B010 (a module typed as ModuleType)
    sink.counters["hooks"].append("psycopg2")
    return True


class _AfterImport:
    """A finder that runs `hook` once the app has imported `name` itself, before the import
    returns: a connection psycopg2 opens at the app's import time is then counted too, and the
    monitor never imports a driver the app would not (psycopg2-binary loads its own libssl)."""

    def __init__(self, name: str, hook: Callable[[], Any]) -> None:
        self.name, self.hook = name, hook

    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> Any:
        if fullname != self.name:
            return None
        import importlib.machinery

        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        loader = getattr(spec, "loader", None)
        if spec is None or loader is None or not hasattr(loader, "exec_module"):
            return spec
        original = loader.exec_module

        def exec_module(module: Any) -> None:
            original(module)
            try:
                importlib.import_module(f"{self.name}.extensions")
                self.hook()
            except Exception as exc:  # the monitor must never raise into the app
                if SINK is not None:
                    SINK.error(exc)

        loader.exec_module = exec_module
        return spec


def watch_imports(sink: Sink) -> None:
    """Hooks that must go in as the app imports their driver (see `_AfterImport`)."""
    if "psycopg2" in sys.modules:
        install_psycopg2(sink)
    else:
        sys.meta_path.insert(0, _AfterImport("psycopg2", lambda: install_psycopg2(sink)))


def install_late(sink: Sink) -> None:
    """The hooks of libraries the app may import only after it is loaded: an engine made in
    the lifespan imports its driver then (fresh bw57-04's aiosqlite, whose queries all went
    uncounted). Tried when the app is loaded and before each request, once each library is
    imported."""
    for name, install in LATE_HOOKS:
        if name not in LATE_TRIED and name in sys.modules:
            LATE_TRIED.add(name)  # once: a hook that cannot go in is not retried per request
            try:
                install(sink)
            except Exception as exc:
                sink.error(exc)


def _driver_hook(name: str) -> Callable[[Sink], bool]:
    return lambda sink: install_driver(sink, name)


LATE_HOOKS: tuple[tuple[str, Callable[[Sink], bool]], ...] = (
    ("sqlalchemy", install_sqlalchemy),
    ("aiosqlite", install_aiosqlite),
    ("redis", install_redis),
    ("psycopg2", install_psycopg2),
    *((name, _driver_hook(name)) for name in _DRIVER_METHODS),
)
LATE_TRIED: set[str] = set()


def _install_uvicorn(sink: Sink, watch: Any) -> None:
    """Wrap the loaded app, and start the watch once the app is imported and the loop runs."""
    import uvicorn.config
    import uvicorn.server

    original_load = uvicorn.config.Config.load

    def load(self: Any, *args: Any, **kwargs: Any) -> Any:
        result = original_load(self, *args, **kwargs)
        try:
            self.loaded_app = monitored_app(self.loaded_app, sink)
            install_late(sink)
        except Exception as exc:
            sink.error(exc)
        return result

    original_startup = uvicorn.server.Server.startup
    original_shutdown = uvicorn.server.Server.shutdown

    async def startup(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            watch.start(sink)
        except Exception as exc:
            sink.error(exc)
        try:
            return await original_startup(self, *args, **kwargs)
        finally:
            sink.counters["phase"] = "serving"

    async def shutdown(self: Any, *args: Any, **kwargs: Any) -> Any:
        sink.counters["phase"] = "shutdown"
        return await original_shutdown(self, *args, **kwargs)

    for owner, name, value in (
        (uvicorn.config.Config, "load", load),
        (uvicorn.server.Server, "startup", startup),
        (uvicorn.server.Server, "shutdown", shutdown),
    ):
        setattr(owner, name, value)
    sink.counters["hooks"].append("uvicorn")


class Segment:
    """One stretch of a stale heartbeat during which the same task held the loop."""

    __slots__ = ("chains", "ms", "phase", "request", "samples", "sites", "task")

    def __init__(self, task: Any, request: Request | None, phase: str) -> None:
        self.task = task
        self.request = request
        self.phase = phase  # when it began: a start-up hash may end after startup() returned
        self.ms = 0.0
        self.samples = 0
        self.sites: dict[Any, float] = {}
        self.chains: dict[Any, list[Any]] = {}


class LoopWatch:
    """Heartbeat on the loop thread, watchdog thread beside it."""

    def __init__(self, threshold_ms: float, app_root: str) -> None:
        self.threshold_ms = threshold_ms
        self.onset_s = HEARTBEAT_S + min(threshold_ms / 4000, 0.005)
        self.app_root = os.path.abspath(app_root).rstrip(os.sep) + os.sep
        self.cwd = os.getcwd()
        self.files: dict[str, str | None] = {}
        self.beat = time.monotonic()
        self.loop: Any = None
        self.thread_id = 0
        self.cpu: Callable[[], float] = time.process_time
        self.schedstat = -1
        self.base_codes: set[Any] = set()
        self.stopped = False

    def start(self, sink: Sink) -> None:
        """Called once, on the loop thread, from inside the running loop (uvicorn's startup)."""
        if self.loop is not None:
            return
        self.loop = asyncio.get_running_loop()
        self.thread_id = threading.get_ident()
        sink.counters["loop"] = f"{type(self.loop).__module__}.{type(self.loop).__name__}"
        try:
            clock = time.pthread_getcpuclockid(self.thread_id)
            self.cpu = lambda: time.clock_gettime(clock)
        except (AttributeError, OSError):
            pass
        try:
            path = f"/proc/self/task/{threading.get_native_id()}/schedstat"
            self.schedstat = os.open(path, os.O_RDONLY)
        except (AttributeError, OSError):
            self.schedstat = -1
        frame: Any = sys._getframe()
        while frame is not None:
            if not frame.f_code.co_flags & CO_COROUTINE:
                self.base_codes.add(frame.f_code)
            frame = frame.f_back
        install_task_factory(self.loop, sink)
        self.tick()
        threading.Thread(target=self.watch, args=(sink,), name="grader-loop-watch",
                         daemon=True).start()
        sink.counters["hooks"].append("loop")

    def tick(self) -> None:
        self.beat = time.monotonic()
        self.loop.call_later(HEARTBEAT_S, self.tick)

    def app_file(self, filename: str) -> str | None:
        """The path relative to the app root, or None for frames outside the submission."""
        known = self.files.get(filename, "")
        if known != "":
            return known
        path = os.path.normpath(os.path.join(self.cwd, filename))
        inside = not filename.startswith("<") and path.startswith(self.app_root) and not any(
            part in ("site-packages", "dist-packages") for part in path.split(os.sep)
        )
        relative = path[len(self.app_root):].replace(os.sep, "/") if inside else None
        if len(self.files) < 4096:
            self.files[filename] = relative
        return relative

    def app_frames(self, frame: Any) -> list[tuple[str, int, str]]:
        """Frames of the submission on the sampled stack, outermost first."""
        found: list[tuple[str, int, str]] = []
        depth = 0
        while frame is not None and depth < 256:
            code = frame.f_code
            relative = self.app_file(code.co_filename)
            if relative is not None:
                found.append((relative, frame.f_lineno or code.co_firstlineno, code.co_name))
            frame = frame.f_back
            depth += 1
        found.reverse()
        return found[-MAX_CHAIN:]

    def culprit(self, frame: Any, chain: list[tuple[str, int, str]]) -> tuple[str, int, str] | None:
        """Where the loop was blocked, as a reviewer would point at it: the innermost `async def`
        of the submission on the stack, at the line where it called blocking code (a sync helper
        it calls is fine on its own), else the innermost frame of the submission."""
        depth = 0
        while frame is not None and depth < 256:
            code = frame.f_code
            if code.co_flags & CO_COROUTINE:
                relative = self.app_file(code.co_filename)
                if relative is not None:
                    return (relative, frame.f_lineno or code.co_firstlineno, code.co_name)
            frame = frame.f_back
            depth += 1
        return chain[-1] if chain else None

    def run_delay(self) -> float:
        """Seconds the loop thread has spent runnable but not running (Linux schedstat), or -1."""
        if self.schedstat < 0:
            return -1.0
        try:
            return int(os.pread(self.schedstat, 128, 0).split()[1]) / 1e9
        except (OSError, ValueError, IndexError):
            return -1.0

    def credit(self, first: bool, stale: float, gap: float, cpu_gap: float, waited: float) -> float:
        """How much of the time since the last sample the loop thread held the loop.

        Time it spent waiting for a CPU (a busy machine, a throttled container) blames nobody:
        with schedstat that time is known and subtracted; without it, time the watchdog did not
        see counts only as far as the loop thread was busy on a CPU meanwhile.
        """
        span = stale if first else gap
        if waited >= 0:
            return max(0.0, span - waited)
        return min(span, max(CREDIT_CAP_S, cpu_gap))

    def running_request(self, task: Any) -> Request | None:
        if task is None:
            return None
        request = TASKS.get(task)
        if request is None and hasattr(task, "get_context"):
            request = task.get_context().get(CURRENT)
        return request

    def watch(self, sink: Sink) -> None:
        prev_t, prev_cpu, prev_delay = time.monotonic(), self.cpu(), self.run_delay()
        next_flush = prev_t + FLUSH_EVERY_S
        episode: float | None = None
        segment: Segment | None = None
        while not self.stopped:
            time.sleep(ACTIVE_POLL_S if episode is not None else IDLE_POLL_S)
            try:
                now, cpu, delay = time.monotonic(), self.cpu(), self.run_delay()
                gap, cpu_gap = now - prev_t, cpu - prev_cpu
                waited = delay - prev_delay if delay >= 0 and prev_delay >= 0 else -1.0
                prev_t, prev_cpu, prev_delay = now, cpu, delay
                if now >= next_flush:
                    sink.flush()
                    next_flush = now + FLUSH_EVERY_S
                beat = self.beat
                if episode is not None and beat != episode:
                    self.close(segment, sink)
                    segment, episode = None, None
                if self.loop.is_closed():
                    break
                stale = now - beat
                if stale < self.onset_s or not self.loop.is_running():
                    continue
                frame = sys._current_frames().get(self.thread_id)
                code = frame.f_code if frame is not None else None
                if code is None or code in self.base_codes or code.co_filename.endswith(
                        "selectors.py"):
                    self.close(segment, sink)  # the loop is idle, or between steps
                    segment = None
                    continue
                credit = self.credit(episode is None, stale, gap, cpu_gap, waited)
                episode = beat
                task = asyncio.current_task(self.loop)
                if segment is None or segment.task is not task:
                    self.close(segment, sink)
                    segment = Segment(task, self.running_request(task), sink.counters["phase"])
                chain = self.app_frames(frame)
                site = self.culprit(frame, chain)
                segment.ms += credit * 1000
                segment.samples += 1
                segment.sites[site] = segment.sites.get(site, 0.0) + credit * 1000
                segment.chains.setdefault(site, chain)
            except Exception as exc:
                sink.error(exc)

    def close(self, segment: Segment | None, sink: Sink) -> None:
        """Record the segment if it held the loop for at least the threshold; None to reset."""
        if segment is None or segment.ms < self.threshold_ms:
            return
        ranked = sorted(segment.sites.items(), key=lambda item: -item[1])
        site = next((s for s, _ in ranked if s is not None), None)
        request = segment.request
        sink.block({
            "kind": "block", "phase": segment.phase, "ms": round(segment.ms, 1),
            "samples": segment.samples,
            "method": request.method() if request else None,
            "route": request.route() if request else None,
            "file": site[0] if site else None, "line": site[1] if site else None,
            "function": site[2] if site else None,
            "chain": [{"file": f, "line": n, "function": c} for f, n, c in
                      segment.chains.get(site, [])],
            "sites": [{"file": s[0], "line": s[1], "function": s[2], "ms": round(ms, 1)}
                      for s, ms in ranked[:MAX_SITES] if s is not None],
        })

    def stop(self, sink: Sink) -> None:
        self.stopped = True
        sink.flush()


def install(out: str, threshold_ms: float, app_root: str) -> Sink:
    """Install every hook that works; each failure is recorded and the others still go in."""
    global SINK
    sink = Sink(out)
    SINK = sink
    sink.counters["threshold_ms"] = threshold_ms
    try:
        sink.open()
    except OSError as exc:
        sink.error(exc)
    global APP_FILE
    watch = LoopWatch(threshold_ms, app_root)
    APP_FILE = watch.app_file
    atexit.register(watch.stop, sink)
    hooks: list[Callable[[], Any]] = [lambda: install_sqlite3(sink),
                                      lambda: watch_imports(sink),
                                      lambda: _install_uvicorn(sink, watch)]
    for hook in hooks:
        try:
            hook()
        except Exception as exc:
            sink.error(exc)
    return sink


def parse(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    """Split our options from uvicorn's at `--`; options of ours that do not parse get defaults."""
    split = argv.index("--") if "--" in argv else -1
    ours, rest = (argv[:split], argv[split + 1:]) if split >= 0 else ([], argv)
    parser = argparse.ArgumentParser(prog="loop_monitor", add_help=False)
    parser.add_argument("--out", default="/tmp/grader-loop.jsonl")
    parser.add_argument("--threshold-ms", type=float, default=20.0)
    parser.add_argument("--app-root", default=os.getcwd())
    try:
        known, _ = parser.parse_known_args(ours)
    except (SystemExit, Exception):
        known = parser.parse_args([])
    return known, rest


def main(argv: list[str] | None = None) -> None:
    options, uvicorn_args = parse(list(sys.argv[1:] if argv is None else argv))
    try:
        install(options.out, max(options.threshold_ms, 1.0), options.app_root)
    except Exception as exc:
        print(f"grader loop monitor not installed: {exc!r}", file=sys.stderr)
    sys.argv = ["uvicorn", *uvicorn_args]
    sys.path[0] = os.getcwd()  # what `python -m uvicorn` would put first
    runpy.run_module("uvicorn", run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
