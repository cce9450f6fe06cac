"""Testing gaps in what a suite stands the app on: a data layer replaced by mocks everywhere."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from grader.checks.registry import Hit, StaticContext, static_rule
from grader.checks.rules.handlers import (
    Function,
    functions,
    own_nodes,
    terminal_name,
    test_trees,
)
from grader.models import Location, RedFlag, Severity

_MOCKS = frozenset({"Mock", "MagicMock", "AsyncMock", "NonCallableMock", "create_autospec"})
# What a dependency that hands out the data layer is called: get_todo_repository, get_db,
# get_session; a session named for a user or a login is the caller's, not the database's.
_DATA_LAYER = re.compile(
    r"repo|(^|_)db($|_)|database|dao|crud|unit_of_work|(^|_)uow($|_)", re.IGNORECASE
)
_DB_SESSION = re.compile(r"(^|_)session($|_)", re.IGNORECASE)
_CALLERS_SESSION = re.compile(r"current|auth|user|token|login", re.IGNORECASE)
# Calls that stand up a real store for the tests (an engine, a connection, a schema).
_REAL_STORE = frozenset(
    {
        "create_engine",
        "create_async_engine",
        "sessionmaker",
        "async_sessionmaker",
        "create_all",
        "connect",
        "create_pool",
        "Database",
        "init_db",
        "init_models",
    }
)
_CLIENTS = frozenset({"TestClient", "AsyncClient", "ASGITransport", "LifespanManager"})


@dataclass(frozen=True)
class _Override:
    rel: str
    line: int
    dependency: str
    mock: Location | None  # where the mock it returns is made; None: not a mock


@dataclass(frozen=True)
class _Scope:
    builds_client: bool  # `TestClient(app)` among its own statements
    overrides: list[_Override]


@static_rule(
    "TESTS-DATA-LAYER-MOCKED",
    RedFlag.TESTING_GAPS,
    Severity.MINOR,
    "Every API test runs against a mocked data layer",
)
def data_layer_mocked(ctx: StaticContext) -> Iterable[Hit]:
    """The suite's clients all replace the dependency that hands out the repository or the
    database session with a Mock (`app.dependency_overrides[get_repo] = lambda: AsyncMock()`),
    and no test stands up a real store.

    Why is this bad? No query, ownership filter, page limit or commit ever runs under test: the
    API tests prove that the routes forward whatever the mock returns. A test of "another
    user's todo is a 404" passes with a repository that forgets the owner filter.
    Use instead: a throwaway database (SQLite in a temporary folder, a transaction rolled back
    per test) behind the real repository; mocks for the unit tests of a service, beside them.
    """
    trees = list(test_trees(ctx))  # the tests, their conftest.py and helpers
    made = _mock_factories(trees)
    scopes = [_read_scope(rel, scope, made) for rel, module in trees for scope in _scopes(module)]
    overrides = [o for scope in scopes for o in scope.overrides]
    mocked = [o for o in overrides if o.mock is not None]
    if not mocked or len(mocked) < len(overrides) or _real_store(trees):
        return
    # Every place that builds a client for the app puts the mocks in: a client built elsewhere
    # (a module-level `TestClient(app)`) may reach the real store.
    clients = [scope for scope in scopes if scope.builds_client]
    if not clients or not all(any(o.mock for o in scope.overrides) for scope in clients):
        return
    first = mocked[0]
    names = sorted({o.dependency for o in mocked})
    yield Hit(
        first.rel,
        first.line,
        f"{', '.join(names)} {'is' if len(names) == 1 else 'are'} replaced by a mock for every "
        "client the tests build, and no test sets up a real store: no query of the app runs "
        "under test.",
        related=tuple({(o.mock.file, o.mock.line): o.mock for o in mocked if o.mock}.values())[:5],
    )


def _mock_factories(trees: list[tuple[str, ast.Module]]) -> dict[str, Location]:
    """Functions of the tests (fixtures) that return a mock: `def todo_repo(): return
    AsyncMock(spec=TodoRepository)`."""
    made: dict[str, Location] = {}
    for rel, module in trees:
        for function in functions(module):
            for node in ast.walk(function):
                if isinstance(node, ast.Return) and _is_mock_call(node.value):
                    made.setdefault(function.name, _made_at(rel, node.lineno))
    return made


def _made_at(rel: str, line: int) -> Location:
    return Location(file=rel, line=line, role="the mock it hands out")


def _is_mock_call(node: ast.expr | None) -> bool:
    return isinstance(node, ast.Call) and terminal_name(node.func) in _MOCKS


def _local_mocks(rel: str, scope: ast.AST) -> dict[str, Location]:
    """Names a scope binds to a mock (`repo = AsyncMock()`)."""
    found: dict[str, Location] = {}
    for node in ast.walk(scope):
        if isinstance(node, ast.Assign) and _is_mock_call(node.value):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    found[target.id] = _made_at(rel, node.lineno)
    return found


def _handed_mock(
    value: ast.expr, rel: str, local: dict[str, Location], made: dict[str, Location]
) -> Location | None:
    """Where the mock an override hands out is made: `lambda: todo_repo` (a fixture returning
    a mock, or a local bound to one), `lambda: AsyncMock()`; None when it is not a mock."""
    body = value.body if isinstance(value, ast.Lambda) else value
    if _is_mock_call(body):
        return _made_at(rel, body.lineno)
    if isinstance(body, ast.Name):
        return local.get(body.id) or made.get(body.id)
    return None


def _real_store(trees: list[tuple[str, ast.Module]]) -> bool:
    return any(
        isinstance(node, ast.Call) and terminal_name(node.func) in _REAL_STORE
        for _, module in trees
        for node in ast.walk(module)
    )


_Body = ast.Module | ast.ClassDef | Function


def _scopes(module: ast.Module) -> list[_Body]:
    """The module, each class body (`client = TestClient(app)` on a test class) and function."""
    classes = [n for n in ast.walk(module) if isinstance(n, ast.ClassDef)]
    return [module, *classes, *functions(module)]


def _data_layer(dependency: str) -> bool:
    if _DATA_LAYER.search(dependency):
        return True
    return bool(_DB_SESSION.search(dependency)) and not _CALLERS_SESSION.search(dependency)


def _is_client(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and terminal_name(node.func) in _CLIENTS


def _read_scope(rel: str, scope: _Body, made: dict[str, Location]) -> _Scope:
    own = list(own_nodes(scope))
    return _Scope(any(_is_client(n) for n in own), list(_overrides_in(rel, own, scope, made)))


def _overrides_in(
    rel: str, nodes: list[ast.AST], scope: ast.AST, made: dict[str, Location]
) -> Iterator[_Override]:
    """`app.dependency_overrides[get_repo] = ...` for a data-layer dependency among a scope's
    own nodes, each with where the mock it hands out is made."""
    local = _local_mocks(rel, scope)
    for node in nodes:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Subscript) and (
                terminal_name(target.value) == "dependency_overrides"
            ):
                dependency = terminal_name(target.slice) or ""
                if _data_layer(dependency):
                    mock = _handed_mock(node.value, rel, local, made)
                    yield _Override(rel, node.lineno, dependency, mock)
