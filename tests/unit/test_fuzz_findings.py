"""From the fuzzer's failures to findings: where a 500 was raised, and what kind of input did it."""

from __future__ import annotations

import pytest

from grader.models import Severity
from grader.phases.fuzz import fuzz_findings
from grader.phases.server_errors import ServerErrors
from grader.phases.tracebacks import ServerTrace
from probes.results import FuzzFailure, FuzzResult


def _failure(url_path: str) -> FuzzFailure:
    return {
        "kind": "server_error", "method": "GET", "path": "/todos/{todo_id}", "url_path": url_path,
        "status": 500, "check": "not_a_server_error", "message": "500", "curl": "curl x",
    }  # fmt: skip


def _result(*failures: FuzzFailure) -> FuzzResult:
    return {
        "schema_source": "served", "operations_total": 5, "operations_tested": 5, "cases": 50,
        "seconds": 1.0,
        "auth": {"scheme": "none", "ok": True, "detail": "", "register_path": None, "login_path": None},
        "failures": list(failures), "errors": [], "truncated": False, "error": None,
    }  # fmt: skip


def _trace(url_path: str, exception: str) -> ServerTrace:
    return ServerTrace(
        method="GET", url_path=url_path, status=500, file="app/crud.py", line=12,
        exception=exception,
    )  # fmt: skip


@pytest.mark.parametrize(
    "exception",
    [
        "OverflowError: Python int too large to convert to SQLite INTEGER",
        "passlib.exc.PasswordValueError: bcrypt does not allow NULL bytes in password",
        "asyncpg.exceptions.DataError: invalid input for query argument $1: 99999999999 "
        "(value out of int32 range)",
        "UnicodeEncodeError: 'utf-8' codec can't encode character '\\udc80': surrogates not allowed",
    ],
)
def test_a_500_on_a_machine_extreme_value_is_a_minor_slip(exception: str) -> None:
    url = "/todos/18446744073709551616"
    errors = ServerErrors([_trace(url, exception)])
    (finding,) = fuzz_findings(_result(_failure(url)), errors)
    assert finding.rule == "FUZZ-EXTREME-INPUT-ERROR" and finding.severity == Severity.MINOR
    assert (finding.file, finding.line) == ("app/crud.py", 12)


@pytest.mark.parametrize(
    "exception",
    ["IndexError: list index out of range", "AttributeError: 'NoneType' object has no attribute 'id'"],
)
def test_a_500_on_an_ordinary_request_stays_major(exception: str) -> None:
    errors = ServerErrors([_trace("/todos/999", exception)])
    (finding,) = fuzz_findings(_result(_failure("/todos/999")), errors)
    assert finding.rule == "FUZZ-SERVER-ERROR" and finding.severity == Severity.MAJOR


def test_without_a_traceback_a_500_stays_major() -> None:
    (finding,) = fuzz_findings(_result(_failure("/todos/18446744073709551616")), ServerErrors([]))
    assert finding.rule == "FUZZ-SERVER-ERROR" and finding.file is None


def test_the_schema_path_an_app_reports_is_taken_only_when_plain() -> None:
    from grader.phases.fuzz import _URL_MARKER, _own_url

    assert _own_url(f'noise{_URL_MARKER}"/api/v1/openapi.json"') == "/api/v1/openapi.json"
    assert _own_url(f"{_URL_MARKER}null") is None  # docs disabled
    assert _own_url(f'{_URL_MARKER}"@evil.example/openapi.json"') is None
    assert _own_url(f'{_URL_MARKER}"/x?y=1"') is None
    assert _own_url("no marker at all") is None


@pytest.mark.parametrize(
    "message",
    [
        '500 Internal Server Error: {"error": "Internal server error", "detail": "(sqlalchemy.'
        "dialects.postgresql.asyncpg.Error) <class 'asyncpg.exceptions.DataError'>: invalid input "
        'for query argument $1: 7513596962 (value out of int32 range)"}',
        '500 Internal Server Error: {"detail": "<class \'asyncpg.exceptions.CharacterNotInRepertoireE'
        'rror\'>: invalid byte sequence for encoding \\"UTF8\\": 0x00"}',
    ],
)
def test_an_app_that_answers_its_own_500_is_read_by_that_answer(message: str) -> None:
    """No traceback in the log (an exception handler answers for the app: public jandaghi14),
    but the answer names an int32 overflow or a NUL byte: the extreme value's minor slip; the
    traceback another request left is not read instead."""
    failure = _failure("/posts/7513596962") | {"message": message}
    unrelated = ServerErrors([_trace("/posts/1", "ZeroDivisionError: division by zero")])
    for errors in (ServerErrors([]), unrelated):
        (finding,) = fuzz_findings(_result(failure), errors)
        assert finding.rule == "FUZZ-EXTREME-INPUT-ERROR" and finding.severity == Severity.MINOR
