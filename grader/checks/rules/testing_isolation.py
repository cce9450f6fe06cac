"""Testing gaps in how a suite is set up: requests sent while the test file is imported, and
tests that all share the app's own state."""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator

from grader.checks.registry import Hit, StaticContext, static_rule
from grader.checks.rules.handlers import terminal_name, test_trees
from grader.checks.rules.readme_text import calls_running_server, defines_tests
from grader.models import Location, RedFlag, Severity

_CLIENTS = frozenset({"TestClient", "Client", "AsyncClient"})
_CLIENT_MODULES = frozenset({"requests", "httpx"})
_VERBS = frozenset({"get", "post", "put", "patch", "delete", "request", "options", "head"})


def _top_level(module: ast.Module) -> Iterator[ast.AST]:
    """Nodes that run when the module is imported: not inside a function or a class."""
    stack: list[ast.AST] = list(module.body)
    while stack:
        node = stack.pop()
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Lambda):
            continue
        yield node
        stack.extend(ast.iter_child_nodes(node))


def _clients(module: ast.Module) -> set[str]:
    names = set(_CLIENT_MODULES)
    for node in module.body:
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Call)
            and terminal_name(node.value.func) in _CLIENTS
        ):
            names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    return names


@static_rule(
    "TESTS-IMPORT-TIME-REQUESTS",
    RedFlag.TESTING_GAPS,
    Severity.MINOR,
    "Test files send requests while being imported",
)
def import_time_requests(ctx: StaticContext) -> Iterable[Hit]:
    """A test file calls the API at module level, outside any test or fixture.

    Why is this bad? Those requests run when pytest collects the file, against whatever
    database the app opens, before and between tests: state leaks into every test, and a failure
    there is a collection error rather than a failing test.
    Use instead: fixtures (a client, a signed-in user) with a throwaway database per test.
    """
    for rel, module in test_trees(ctx):
        if rel not in ctx.facts.test_files:
            continue  # a demo script may call the API as it likes
        clients = _clients(module)
        calls = sorted(
            (
                n
                for n in _top_level(module)
                if isinstance(n, ast.Call)
                and isinstance(n.func, ast.Attribute)
                and n.func.attr in _VERBS
                and terminal_name(n.func.value) in clients
            ),
            key=lambda n: n.lineno,
        )
        if calls:
            yield Hit(
                rel,
                calls[0].lineno,
                f"{len(calls)} request(s) sent at module level, outside any test or fixture: "
                "they run when the file is collected.",
            )


# What resets or replaces the app's state for a test: an override of its dependencies, a fixture
# (a fresh client, a throwaway database, a cleared store), or settings changed before the import.
_ISOLATING_CALLS = frozenset({"setenv", "drop_all", "create_all", "clear", "reset", "override"})


def _isolates(module: ast.Module) -> bool:
    for node in ast.walk(module):
        if isinstance(node, ast.Attribute) and node.attr == "dependency_overrides":
            return True
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and any(
            terminal_name(d) == "fixture" for d in node.decorator_list
        ):
            return True
        if isinstance(node, ast.Call) and terminal_name(node.func) in _ISOLATING_CALLS:
            return True
        if (
            isinstance(node, ast.Subscript)
            and isinstance(node.ctx, ast.Store)
            and terminal_name(node.value) == "environ"
        ):
            return True
    return False


@static_rule(
    "TESTS-SHARED-STATE",
    RedFlag.TESTING_GAPS,
    Severity.MINOR,
    "Every test runs against the app's own state, which nothing resets",
)
def shared_state(ctx: StaticContext) -> Iterable[Hit]:
    """A test file builds one client over the real app at module level, and nothing in the suite
    isolates a test: no dependency override, no fixture, no setting changed before the import.

    Why is this bad? The tests write to the app's real database (or its in-memory store) and
    read each other's leftovers: they pass or fail with the order they run in, and a rerun
    meets the last run's records.
    Use instead: a fixture that gives each test a fresh client over a throwaway database
    (`app.dependency_overrides[get_db] = ...`, a temporary SQLite file).
    """
    suite = list(test_trees(ctx))
    if not suite or any(_isolates(module) for _, module in suite):
        return
    for rel, module in suite:
        if rel not in ctx.facts.test_files:
            continue
        built = next(
            (
                node
                for node in module.body
                if isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Call)
                and terminal_name(node.value.func) in _CLIENTS
                and node.value.args
            ),
            None,
        )
        if built is not None:
            yield Hit(
                rel,
                built.lineno,
                f"`{ast.unparse(built)[:80]}` is the one client of the tests, built when the "
                "file is imported, and no override or fixture gives a test fresh state.",
            )


# What starts a server for the suite itself: then a loopback URL is the suite's own server.
_STARTS_A_SERVER = frozenset(
    {"uvicorn", "Popen", "Process", "Thread", "xprocess", "live_server", "TestClient",
     "ASGITransport", "LifespanManager", "run_server"}
)  # fmt: skip


@static_rule(
    "TESTS-NEED-RUNNING-SERVER",
    RedFlag.TESTING_GAPS,
    Severity.MINOR,
    "The tests call a server someone started by hand",
)
def tests_need_running_server(ctx: StaticContext) -> Iterable[Hit]:
    """A test module sends its requests to `http://localhost:8000` with requests or httpx, and
    nothing in the suite starts that server: the tests pass only while someone runs the app by
    hand, against whatever its database holds, and fail anywhere else (fresh bw59-04).

    Why is this bad? The suite cannot run in CI or on a reviewer's machine, and it tests the
    state of a running server rather than the code. Use instead: `TestClient(app)`.
    """
    trees = list(test_trees(ctx))
    if any(_names(module) & _STARTS_A_SERVER for _, module in trees):
        return
    for rel, module in trees:
        found = calls_running_server(module) if defines_tests(module) else None
        if found is None:
            continue
        url, call = found
        yield Hit(
            rel,
            url,
            f"{rel} sends its requests to a server on this machine (line {url}, first request "
            f"at line {call}), and nothing in the suite starts one.",
            related=(Location(file=rel, line=call, role="its first request"),),
        )


def _names(module: ast.Module) -> set[str]:
    """Every name and attribute the module uses or imports."""
    found: set[str] = set()
    for node in ast.walk(module):
        if isinstance(node, ast.Name):
            found.add(node.id)
        elif isinstance(node, ast.Attribute):
            found.add(node.attr)
        elif isinstance(node, ast.Import):
            found |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            found |= {a.name for a in node.names} | {(node.module or "").split(".")[0]}
        elif isinstance(node, ast.arg):
            found.add(node.arg)
    return found
