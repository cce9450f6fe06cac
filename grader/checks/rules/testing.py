"""Testing gaps visible without running anything: no tests, or only happy paths."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator
from http import HTTPStatus
from typing import NamedTuple, TypeGuard

from grader.checks.registry import Hit, StaticContext, static_rule
from grader.checks.rules.handlers import (
    annotation_base,
    app_trees,
    parameters,
    route_handlers,
    terminal_name,
    test_trees,
)
from grader.checks.rules.readme_text import (
    MANUAL_TESTING,
    comment_testing_line,
    instructions_line,
    manual_python_script,
    manual_script,
    readme_line,
    testing_line,
)
from grader.models import Location, RedFlag, Severity

CLIENT_ERRORS = range(400, 500)
_ERROR_EXCEPTIONS = frozenset({"HTTPException", "RequestValidationError", "HTTPStatusError"})


@static_rule("TESTS-MISSING", RedFlag.TESTING_GAPS, Severity.MAJOR, "The submission has no tests")
def tests_missing(ctx: StaticContext) -> Iterable[Hit]:
    """No test file (test_*.py or *_test.py) anywhere in the submission.

    Why is this bad? Nothing shows the API works, or keeps it working through a change.
    """
    if ctx.facts.test_files:
        return
    by_hand = testing_by_hand(ctx)
    yield Hit(
        None,
        None,
        "No test_*.py or *_test.py file was found" + by_hand.detail + ".",
        related=by_hand.related,
    )


class ByHand(NamedTuple):
    """What a submission shows of the testing it did by hand instead of with tests."""

    detail: str  # a clause for a finding's detail ("; tools/smoke.py calls a running server")
    related: tuple[Location, ...]  # the lines a reviewer is pointed at
    sentence: Location | None  # the README's own sentence on testing by hand, if it has one


def testing_by_hand(ctx: StaticContext) -> ByHand:
    """What a submission without a test shows of the testing it did instead: the README's
    sentence on it, a comment in the code, a script that calls the running server; when
    nothing is said, the README's steps, which stop before testing. A suite that leaves the
    routes untested points at the README's sentence too ("the handlers I checked by hand")."""
    readme, said = ctx.facts.readme, testing_line(ctx)
    manual = readme_line(ctx, MANUAL_TESTING, headings=False)
    sentence = (
        Location(file=readme, line=manual, role="the README on testing by hand")
        if readme is not None and manual is not None
        else None
    )
    related: list[Location] = []
    detail = ""
    if readme is not None and said is not None:
        detail += f"; the README speaks of testing at {readme}:{said}"
        related.append(Location(file=readme, line=said, role="the README on testing"))
    elif (comment := comment_testing_line(ctx)) is not None:
        detail += f"; {comment.file}:{comment.line} says it was tested by hand"
        related.append(comment)
    scripted = manual_script(ctx) or manual_python_script(ctx)
    if scripted:
        detail += f"; {scripted[0].file} calls a running server by hand"
        related += scripted
    if readme is not None and not related:
        detail += ", and the README says nothing of testing"
        steps = instructions_line(ctx)
        if steps is not None:
            related.append(
                Location(file=readme, line=steps, role="the README's steps, none on testing")
            )
    return ByHand(detail, tuple(related), sentence)


def _checks_client_error(module: ast.Module) -> bool:
    """A 4xx literal (404, status.HTTP_404_..., HTTPStatus.NOT_FOUND) next to a status_code."""
    reads_status = False
    client_error = False
    for node in ast.walk(module):
        if isinstance(node, ast.Attribute) and node.attr in ("status_code", "status"):
            reads_status = True
        client_error |= _status_named(node) in CLIENT_ERRORS
        if isinstance(node, ast.Call) and terminal_name(node.func) == "raises":
            client_error |= any(terminal_name(a) in _ERROR_EXCEPTIONS for a in node.args)
    return client_error and (reads_status or _raises_only(module))


def client_errors_named(module: ast.Module) -> dict[int, int]:
    """The 4xx statuses a test module expects (404, status.HTTP_404_..., HTTPStatus, in an
    assert or a parametrize list), each with the line it first appears on; none when the
    module never reads a status code."""
    if not any(
        isinstance(n, ast.Attribute) and n.attr in ("status_code", "status")
        for n in ast.walk(module)
    ):
        return {}
    found: dict[int, int] = {}
    for node in ast.walk(module):
        value = _status_named(node)
        if value in CLIENT_ERRORS and isinstance(node, ast.Constant | ast.Attribute):
            found[value] = min(found.get(value, node.lineno), node.lineno)
    return found


def _status_named(node: ast.AST) -> int:
    if isinstance(node, ast.Constant) and type(node.value) is int:
        return node.value
    if isinstance(node, ast.Attribute) and node.attr.startswith("HTTP_4"):
        return int(node.attr[5:8]) if node.attr[5:8].isdigit() else 0
    if isinstance(node, ast.Attribute) and terminal_name(node.value) == "HTTPStatus":
        return _http_status_value(node.attr)
    return 0


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
        # the first module holding a test (not an empty tests/__init__.py or a conftest)
        with_tests = [
            (rel, module)
            for rel, module in trees
            if _first_test(module) and not rel.endswith("conftest.py")
        ]
        rel, module = (with_tests or trees)[0]
        first_test = _first_test(module) or 1
        admitted = _admitted_gaps(ctx, trees)
        yield Hit(
            rel,
            first_test,
            f"{len(with_tests) or len(trees)} test file(s), none asserts a 4xx status code.",
            related=(*admitted, *_happy_tests(trees, skip=(rel, first_test))),
        )


# "# TODO: error-path coverage (401 / 404 / 422)": the suite's author admitting the gap
_ADMITTED_GAP = re.compile(
    r"#.*\b(TODO|FIXME|XXX)\b.*\b(errors?|4\d\d|invalid|edge|negative|unauthori[sz]ed|"
    r"forbidden|not found|validation|cross-user)\b",
    re.IGNORECASE,
)


def _admitted_gaps(ctx: StaticContext, trees: list[tuple[str, ast.Module]]) -> list[Location]:
    """Comments in the tests that say which error cases were left out."""
    found: list[Location] = []
    for rel, _ in trees:
        text = ctx.text(rel)
        for number, line in enumerate(text.splitlines(), start=1):
            if _ADMITTED_GAP.search(line):
                found.append(Location(file=rel, line=number, role="the tests' own note on it"))
    return found[:3]


def _is_test(node: ast.AST) -> TypeGuard[ast.FunctionDef | ast.AsyncFunctionDef]:
    """A test function or method: named `test*`, and not a fixture named like one
    (`@pytest.fixture def test_client()`)."""
    return (
        isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.name.startswith("test")
        and not any(
            terminal_name(d.func if isinstance(d, ast.Call) else d) == "fixture"
            for d in node.decorator_list
        )
    )


def _first_test(module: ast.Module) -> int | None:
    """Where a reviewer would start adding error cases: the first test function, or the class
    holding the first test methods (a unittest `TestCase`)."""
    for statement in module.body:
        if _is_test(statement) or (
            isinstance(statement, ast.ClassDef) and any(map(_is_test, statement.body))
        ):
            return statement.lineno
    return None


_MAX_TESTS_SHOWN = 8


def _happy_tests(
    trees: list[tuple[str, ast.Module]], skip: tuple[str, int] | None = None
) -> Iterator[Location]:
    """The test functions that name no client-error status: the suite's happy paths, which a
    reviewer reads to see what it checks (the first few)."""
    shown = 0
    for rel, module in trees:
        tests = sorted(filter(_is_test, ast.walk(module)), key=lambda node: node.lineno)
        for node in tests:
            if shown >= _MAX_TESTS_SHOWN:
                return
            if (rel, node.lineno) != skip and not any(
                _status_named(n) in CLIENT_ERRORS for n in ast.walk(node)
            ):
                shown += 1
                yield Location(file=rel, line=node.lineno, role=f"{node.name} checks no error")


_ASSERT_CALLS = frozenset({"raises", "fail"})


def cannot_fail(test: ast.expr) -> str | None:
    """Why an assertion's test is true whatever the code does, or None: `x == 400 or 409` (a
    non-zero constant is true), `len(x) >= 0`, `x == True or x == False`, `x == x`."""
    if isinstance(test, ast.Constant):
        return "a constant" if test.value else None
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.Or):
        constants = [v for v in test.values if isinstance(v, ast.Constant) and v.value]
        if constants:
            return f"`or {ast.unparse(constants[0])}` is always true"
        sides = [_bool_check(v) for v in test.values]
        checked = [side for side in sides if side is not None]
        if len(checked) == len(sides) and len({name for name, _ in checked}) == 1:
            return (
                "a value compared with both True and False"
                if ({value for _, value in checked} == {True, False})
                else None
            )
    if isinstance(test, ast.Compare) and len(test.ops) == 1:
        return _compare_cannot_fail(test.left, test.ops[0], test.comparators[0])
    return None


def _compare_cannot_fail(left: ast.expr, op: ast.cmpop, right: ast.expr) -> str | None:
    counted = isinstance(left, ast.Call) and terminal_name(left.func) == "len"
    bound = right.value if isinstance(right, ast.Constant) and type(right.value) is int else None
    if (
        counted
        and bound is not None
        and ((isinstance(op, ast.GtE) and bound <= 0) or (isinstance(op, ast.Gt) and bound < 0))
    ):
        return "a length is never negative"
    same = ast.unparse(left) == ast.unparse(right) and not isinstance(left, ast.Call)
    if same and isinstance(op, ast.Eq | ast.Is | ast.GtE | ast.LtE):
        return "a value compared with itself"
    return None


def _bool_check(node: ast.expr) -> tuple[str, bool] | None:
    """(`x`, True) for `x == True` / `x is True`; None for anything else."""
    if not (isinstance(node, ast.Compare) and len(node.ops) == 1):
        return None
    right = node.comparators[0]
    is_bool = isinstance(right, ast.Constant) and isinstance(right.value, bool)
    if isinstance(node.ops[0], ast.Eq | ast.Is) and is_bool:
        assert isinstance(right, ast.Constant)
        return ast.unparse(node.left), bool(right.value)
    return None


def _proving(node: ast.Assert) -> bool:
    """An assert that can catch a wrong answer: not `assert response`, not `is not None`,
    not a status code checked against a set that admits both success and failure, not an
    assertion that cannot fail."""
    test = node.test
    if cannot_fail(test):
        return False
    if isinstance(test, ast.Name | ast.Attribute | ast.Call):
        return False  # `assert response`, `assert r.ok`... pass for any reply but a crash
    if isinstance(test, ast.Compare) and len(test.ops) == 1:
        right = test.comparators[0]
        if isinstance(test.ops[0], ast.IsNot) and isinstance(right, ast.Constant):
            return False  # `assert body is not None`
        if isinstance(test.ops[0], ast.In) and isinstance(right, ast.Tuple | ast.List | ast.Set):
            codes = [e.value for e in right.elts if isinstance(e, ast.Constant)]
            ints = [c for c in codes if type(c) is int]
            if any(c < 300 for c in ints) and any(c >= 400 for c in ints):
                return False  # `status_code in (200, 401, 404)` accepts success and failure
    return True


def hollow(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """A test with no assertion that could fail on a wrong answer."""
    for node in ast.walk(function):
        if isinstance(node, ast.Assert) and _proving(node):
            return False
        if isinstance(node, ast.Call):
            name = terminal_name(node.func) or ""
            if name in _ASSERT_CALLS or name.startswith("assert"):
                return False
    return True


@static_rule(
    "TESTS-HOLLOW",
    RedFlag.TESTING_GAPS,
    Severity.MINOR,
    "Tests pass without checking the answers",
)
def hollow_tests(ctx: StaticContext) -> Iterable[Hit]:
    """Many tests assert nothing that a wrong answer would fail: no assert, `assert response`,
    or a status code checked against a set that admits success and failure alike.

    Why is this bad? Such a suite stays green whatever the API does; it proves only that
    nothing crashed. Use instead: assert the exact status and the fields of the body.
    """
    tests = [
        (rel, node)
        for rel, module in test_trees(ctx)
        for node in ast.walk(module)
        if _is_test(node)
    ]
    empty = [(rel, node) for rel, node in tests if hollow(node)]
    if tests and empty:
        rel, first = empty[0]
        names = ", ".join(node.name for _, node in empty[:6]) + (", ..." if len(empty) > 6 else "")
        yield Hit(
            rel,
            first.lineno,
            f"{len(empty)} of {len(tests)} tests assert nothing a wrong answer would fail: "
            f"{names}.",
            extent=len(empty) / len(tests),
        )


@static_rule(
    "TESTS-ASSERT-CANNOT-FAIL",
    RedFlag.TESTING_GAPS,
    Severity.MINOR,
    "An assertion that cannot fail",
)
def assert_cannot_fail(ctx: StaticContext) -> Iterable[Hit]:
    """An `assert` in a test is true whatever the API answers: `status == 400 or 409` (the
    non-zero constant makes it true), `len(items) >= 0`, `done == True or done == False`.

    Why is this bad? It reads like a check and proves nothing; a reviewer trusts the suite less
    for each one. Use instead: `assert r.status_code in (400, 409)`, `assert len(items) == 2`.
    """
    for rel, module in test_trees(ctx):
        for node in ast.walk(module):
            if isinstance(node, ast.Assert):
                why = cannot_fail(node.test)
                if why:
                    yield Hit(rel, node.lineno, f"`assert {ast.unparse(node.test)}`: {why}.")


@static_rule(
    "TESTS-ONE-ERROR-CASE",
    RedFlag.TESTING_GAPS,
    Severity.MINOR,
    "Tests check a single kind of error",
)
def one_error_case(ctx: StaticContext) -> Iterable[Hit]:
    """The suite asserts one client-error status only (say 401), never another: no missing
    record (404), no invalid input (422), no conflict.

    Why is this bad? The assignment asks for the error paths; one kind of error tested is
    nearly a happy-path suite. Use instead: a test per error the API documents.
    """
    asserted: dict[int, tuple[str, int]] = {}
    for rel, module in test_trees(ctx):
        for status, line in client_errors_named(module).items():
            asserted.setdefault(status, (rel, line))
    possible = _error_kinds(ctx)
    if len(asserted) == 1 and len(possible) >= 2:
        ((status, (rel, line)),) = asserted.items()
        others = ", ".join(
            f"{code} ({why})" for code, why in sorted(possible.items()) if code != status
        )
        yield Hit(
            rel,
            line,
            f"The only error status the tests assert is {status}; never {others}.",
            related=tuple(_happy_tests(list(test_trees(ctx)))),
        )


_LOGIN_WORDS = ("login", "token", "signin", "sign-in", "auth")


def _error_kinds(ctx: StaticContext) -> dict[int, str]:
    """The client errors this app can answer, so a suite is held only to the errors there are:
    401 when it has a login route, 404 when a route takes an id, 422 when a handler takes a
    pydantic model (a body FastAPI validates)."""
    kinds: dict[int, str] = {}
    routes = ctx.facts.routes
    if any(r.method == "POST" and any(w in r.path.lower() for w in _LOGIN_WORDS) for r in routes):
        kinds[401] = "no credentials"
    if any("{" in r.path for r in routes):
        kinds[404] = "a missing record"
    models = _model_names(ctx)
    for handler in route_handlers(ctx):
        if any(annotation_base(arg.annotation) in models for arg in parameters(handler.node)):
            kinds[422] = "invalid input"
            break
    return kinds


def _model_names(ctx: StaticContext) -> frozenset[str]:
    """Classes of the project that derive from BaseModel or SQLModel (directly, by name)."""
    return frozenset(
        node.name
        for _, module in app_trees(ctx)
        for node in ast.walk(module)
        if isinstance(node, ast.ClassDef)
        and any(terminal_name(base) in {"BaseModel", "SQLModel"} for base in node.bases)
    )
