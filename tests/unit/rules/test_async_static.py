from __future__ import annotations

from pathlib import Path

from grader.checks import StaticContext, run_static_checks
from grader.discovery import discover
from tests.unit.rules.conftest import RunFixture, expected, located


def test_blocking_calls_in_async_code_only(run_fixture: RunFixture) -> None:
    findings = run_fixture("async_static/blocking.py")
    assert located(findings, "ASYNC-STATIC-") == expected("async_static/blocking.py")


def test_static_async_findings_are_minor_at_most(run_fixture: RunFixture) -> None:
    findings = [f for f in run_fixture("async_static/blocking.py") if f.rule.startswith("ASYNC-")]
    assert findings and {f.severity.value for f in findings} <= {"info", "minor"}


def test_a_sync_helper_that_blocks_is_followed_to_its_blocking_call(run_fixture: RunFixture) -> None:
    findings = run_fixture("async_static/blocking.py")
    (via,) = [f for f in findings if f.detail.startswith("via_helper calls load_user()")]
    assert via.rule == "ASYNC-STATIC-BLOCKING-CALL"
    assert "conn.execute() at main.py:" in via.detail  # two calls deep, where it blocks
    blocks, on_loop = via.related  # the blocking call itself, and the async def it blocks
    assert blocks.file == "main.py" and f"at main.py:{blocks.line}." in via.detail
    assert on_loop.role == "async def via_helper: on the event loop"


def test_classes_over_their_own_connection_block_an_async_function(
    run_fixture: RunFixture,
) -> None:
    """A `Store` given through Depends and a model sharing a module-level `db = Db()`, both
    over sqlite3.connect: their querying methods block, their other methods do not."""
    findings = run_fixture("async_static/connection_holders.py")
    assert located(findings, "ASYNC-STATIC-") == expected("async_static/connection_holders.py")
    (model,) = [f for f in findings if f.detail.startswith("list_posts calls post_model.all()")]
    assert "self.conn.execute() at main.py:" in model.detail


def test_a_synchronous_engine_s_connection_blocks_an_async_function(
    run_fixture: RunFixture,
) -> None:
    findings = run_fixture("async_static/sync_engine.py")
    assert located(findings, "ASYNC-STATIC-BLOCKING-CALL") == expected("async_static/sync_engine.py")


def test_queries_on_a_synchronous_session_block_an_async_function(run_fixture: RunFixture) -> None:
    """`db: Session`, `Annotated[Session, ...]` and a project alias of it all count; an awaited
    AsyncSession, a plain `def` handler and a dict named `db` do not."""
    findings = run_fixture("async_static/sync_session.py")
    assert located(findings, "ASYNC-STATIC-") == expected("async_static/sync_session.py")
    (helper,) = [f for f in findings if f.detail.startswith("read_user calls find_user()")]
    assert "session.scalar() at main.py:" in helper.detail


def test_a_session_held_by_a_service_and_its_repository_blocks(run_fixture: RunFixture) -> None:
    """A service built over a Session (or given as a typed dependency) whose repository queries
    it: the call in the async handler is marked, the query named; a method that queries nothing,
    a call handed to a thread, an AsyncSession awaited and a plain `def` handler are not."""
    findings = run_fixture("async_static/session_layers.py")
    assert located(findings, "ASYNC-STATIC-") == expected("async_static/session_layers.py")
    (built,) = [f for f in findings if f.detail.startswith("list_todos calls service.list_todos()")]
    query, on_loop = built.related
    assert "self.db.execute() at main.py:" in built.detail and query.role == "the blocking call"
    assert on_loop.role == "async def list_todos: on the event loop"


def test_a_blocking_helper_called_through_its_module_blocks(tmp_path: Path) -> None:
    """`from . import db` then `db.connect()`: the project's own module, its blocking helper."""
    package = tmp_path / "app"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "db.py").write_text(
        "import sqlite3\n\n\ndef connect():\n    return sqlite3.connect('app.db')\n"
    )
    (package / "main.py").write_text(
        "from fastapi import FastAPI\n"
        "from . import db\n"
        "import json\n\n"
        "app = FastAPI()\n\n\n"
        "@app.get('/todos')\n"
        "async def todos():\n"
        "    conn = db.connect()\n"
        "    return json.loads('[]')\n"
    )
    findings = run_static_checks(StaticContext(tmp_path, discover(tmp_path)))
    blocking = [f for f in findings if f.rule == "ASYNC-STATIC-BLOCKING-CALL"]
    assert [(f.file, f.line) for f in blocking] == [("app/main.py", 10)]
    assert "sqlite3.connect() at app/db.py:5" in blocking[0].detail


def test_a_sync_driver_wrapped_in_another_module_still_blocks(tmp_path: Path) -> None:
    """sqlite3 imported in db.py, its shared connection's `execute()` called in an async
    dependency in auth.py: the project's driver is synchronous wherever it is imported."""
    package = tmp_path / "app"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "db.py").write_text(
        "import sqlite3\n\n\nclass Database:\n    connection = sqlite3.connect('app.db')\n"
    )
    (package / "main.py").write_text(
        "from fastapi import Depends, FastAPI\n"
        "from .db import Database\n\n"
        "app = FastAPI()\n\n\n"
        "async def current_user(token: str = '') -> int:\n"
        "    row = Database.connection.execute('SELECT id FROM users').fetchone()\n"
        "    return row[0]\n\n\n"
        "@app.get('/todos')\n"
        "async def todos(user: int = Depends(current_user)) -> list[int]:\n"
        "    return [user]\n"
    )
    findings = run_static_checks(StaticContext(tmp_path, discover(tmp_path)))
    blocking = [f for f in findings if f.rule == "ASYNC-STATIC-BLOCKING-CALL"]
    assert [(f.file, f.line) for f in blocking] == [("app/main.py", 8)]


def test_a_module_qualified_helper_blocks_though_a_handler_shares_its_name(
    tmp_path: Path,
) -> None:
    """`async def delete_todo` calls `crud.delete_todo(db, ...)`, a sync query: the call names
    its module, so the helper is known though an async function has the same name."""
    package = tmp_path / "app"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "crud.py").write_text(
        "from sqlalchemy.orm import Session\n\n\n"
        "def delete_todo(db: Session, todo_id: int):\n"
        "    todo = db.get(object, todo_id)\n"
        "    db.commit()\n"
        "    return todo\n"
    )
    (package / "main.py").write_text(
        "from fastapi import FastAPI\n"
        "from sqlalchemy.orm import Session\n"
        "from . import crud as store\n\n"
        "app = FastAPI()\n\n\n"
        "@app.delete('/todos/{todo_id}')\n"
        "async def delete_todo(todo_id: int, db: Session):\n"
        "    return store.delete_todo(db, todo_id)\n"
    )
    findings = run_static_checks(StaticContext(tmp_path, discover(tmp_path)))
    blocking = [f for f in findings if f.rule == "ASYNC-STATIC-BLOCKING-CALL"]
    assert [(f.file, f.line) for f in blocking] == [("app/main.py", 10)]
    assert blocking[0].detail.startswith("delete_todo calls crud.delete_todo(), which blocks")
    assert [(r.file, r.line) for r in blocking[0].related] == [
        ("app/crud.py", 5),
        ("app/main.py", 9),  # async def delete_todo
    ]


def test_a_thread_local_session_used_from_async_code(run_fixture: RunFixture) -> None:
    """scoped_session keyed by thread, touched by async functions; not with its own scopefunc,
    not when only plain `def` routes (each on its own worker thread) use it."""
    findings = run_fixture("async_static/thread_session.py")
    assert located(findings, "ASYNC-THREAD-SESSION") == expected("async_static/thread_session.py")
    (shared,) = [f for f in findings if f.rule == "ASYNC-THREAD-SESSION"]
    assert "list_todos" in shared.detail and "remove_session" in shared.detail
    assert [r.role for r in shared.related] == ["an async function removing the session"]


def test_a_peewee_model_s_queries_block_an_async_function(run_fixture: RunFixture) -> None:
    findings = run_fixture("async_static/peewee_models.py")
    assert located(findings, "ASYNC-STATIC-BLOCKING-CALL") == expected(
        "async_static/peewee_models.py"
    )


def test_a_callable_class_dependency_runs_its_call_on_the_event_loop(tmp_path: Path) -> None:
    """`Depends(IsAuthenticated())`, DRF's permission classes in FastAPI (fresh bw36-02): the
    instance's `async def __call__` is the dependency, and its sync query blocks the loop."""
    (tmp_path / "main.py").write_text(
        "import sqlite3\n"
        "from fastapi import Depends, FastAPI\n\n"
        "app = FastAPI()\n\n\n"
        "class IsAuthenticated:\n"
        "    async def __call__(self) -> str:\n"
        "        conn = sqlite3.connect('app.db')\n"
        "        return 'ann'\n\n\n"
        "@app.get('/todos')\n"
        "def todos(user: str = Depends(IsAuthenticated())) -> list[int]:\n"
        "    return []\n"
    )
    findings = run_static_checks(StaticContext(tmp_path, discover(tmp_path)))
    blocking = [f for f in findings if f.rule == "ASYNC-STATIC-BLOCKING-CALL"]
    assert [(f.file, f.line) for f in blocking] == [("main.py", 9)]


def test_a_controller_s_async_methods_block_through_what_its_init_built(
    run_fixture: RunFixture,
) -> None:
    """Fresh bw49-02: `self._todos.list_for_owner()` in an async method reaches sqlite3 two
    classes down (a connection kept in an annotated attribute); `self._hash()` is its own
    class's blocking method. Methods doing no I/O stay clear."""
    findings = run_fixture("async_static/controller_methods.py")
    located_ = located(findings, "ASYNC-STATIC-BLOCKING-CALL")
    assert located_ == expected("async_static/controller_methods.py")
    (listing,) = [f for f in findings if f.detail.startswith("list_todos calls self._todos")]
    assert "self._conn.execute() at main.py:" in listing.detail
