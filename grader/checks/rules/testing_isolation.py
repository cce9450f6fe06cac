"""Testing gaps in how a suite is set up: requests sent while the test file is imported."""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator

from grader.checks.registry import Hit, StaticContext, static_rule
from grader.checks.rules.handlers import terminal_name, test_trees
from grader.models import RedFlag, Severity

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
