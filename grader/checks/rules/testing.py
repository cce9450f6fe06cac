"""Testing gaps visible without running anything: no tests, or only happy paths."""

from __future__ import annotations

import ast
from collections.abc import Iterable
from http import HTTPStatus

from grader.checks.registry import Hit, StaticContext, static_rule
from grader.checks.rules.handlers import terminal_name, test_trees
from grader.models import RedFlag, Severity

CLIENT_ERRORS = range(400, 500)
_ERROR_EXCEPTIONS = frozenset({"HTTPException", "RequestValidationError", "HTTPStatusError"})


@static_rule("TESTS-MISSING", RedFlag.TESTING_GAPS, Severity.MAJOR, "The submission has no tests")
def tests_missing(ctx: StaticContext) -> Iterable[Hit]:
    """No test file (test_*.py or *_test.py) anywhere in the submission.

    Why is this bad? Nothing shows the API works, or keeps it working through a change.
    """
    if not ctx.facts.test_files:
        yield Hit(None, None, "No test_*.py or *_test.py file was found.")


def _checks_client_error(module: ast.Module) -> bool:
    """A 4xx literal (404, status.HTTP_404_..., HTTPStatus.NOT_FOUND) next to a status_code."""
    reads_status = False
    client_error = False
    for node in ast.walk(module):
        if isinstance(node, ast.Attribute) and node.attr in ("status_code", "status"):
            reads_status = True
        if isinstance(node, ast.Constant) and type(node.value) is int:
            client_error |= node.value in CLIENT_ERRORS
        elif isinstance(node, ast.Attribute) and node.attr.startswith("HTTP_4"):
            client_error = True
        elif isinstance(node, ast.Attribute) and terminal_name(node.value) == "HTTPStatus":
            client_error |= _http_status_value(node.attr) in CLIENT_ERRORS
        elif isinstance(node, ast.Call) and terminal_name(node.func) == "raises":
            client_error |= any(terminal_name(a) in _ERROR_EXCEPTIONS for a in node.args)
    return client_error and (reads_status or _raises_only(module))


def _raises_only(module: ast.Module) -> bool:
    return any(
        isinstance(n, ast.Call) and terminal_name(n.func) == "raises" for n in ast.walk(module)
    )


def _http_status_value(name: str) -> int:
    member = HTTPStatus.__members__.get(name)
    return int(member) if member is not None else 0


@static_rule(
    "TESTS-HAPPY-PATH-ONLY",
    RedFlag.TESTING_GAPS,
    Severity.MINOR,
    "Tests only cover the happy path",
)
def happy_path_only(ctx: StaticContext) -> Iterable[Hit]:
    """Tests exist, but none checks a 4xx answer (404, 401, 422...).

    Why is this bad? Errors are where APIs break: missing ids, bad input, other users' data.
    Use instead: `assert client.get("/todos/999").status_code == 404`.
    """
    if not ctx.facts.test_files:
        return
    trees = list(test_trees(ctx))
    if trees and not any(_checks_client_error(module) for _, module in trees):
        first = ctx.facts.test_files[0]
        yield Hit(first, 1, f"{len(trees)} test file(s), none asserts a 4xx status code.")
