"""The JSON the sidecar's fuzz runner writes: the contract between the sidecar and the grader.

No pydantic here (the sidecar never imports it); the grader validates the file with pydantic's
TypeAdapter. Fields are a public interface: add fields, never rename them.
"""

from __future__ import annotations

import sys
from typing import Literal, NotRequired

# pydantic refuses typing.TypedDict before Python 3.12; typing_extensions ships with pydantic on
# the grader's side and with schemathesis in the sidecar (and is pinned in requirements.txt).
if sys.version_info >= (3, 12):
    from typing import TypedDict
else:
    from typing_extensions import TypedDict

FailureKind = Literal["server_error", "schema_violation", "timeout", "connection_error"]
AuthScheme = Literal["oauth2_password", "json_login", "http_basic", "none"]
SchemaSource = Literal["served", "in_process"]

MAX_FAILURES = 50
MAX_MESSAGE_CHARS = 500


class AuthResult(TypedDict):
    """How the runner got credentials before fuzzing, so a reviewer can tell 401 noise apart."""

    scheme: AuthScheme
    ok: bool
    detail: str
    register_path: str | None
    login_path: str | None


class FuzzFailure(TypedDict):
    """One distinct problem: the first request that showed it, with a curl line to reproduce it."""

    kind: FailureKind
    method: str
    path: str
    url_path: str
    status: int | None
    check: str
    message: str
    curl: str


class FuzzResult(TypedDict):
    schema_source: SchemaSource
    operations_total: int
    operations_tested: int
    cases: int
    seconds: float
    auth: AuthResult
    failures: list[FuzzFailure]
    errors: list[str]
    truncated: bool
    error: str | None
    failures_total: NotRequired[int]
    """Distinct failures found before the list was capped at MAX_FAILURES."""
    seed: NotRequired[int]
    schemathesis_version: NotRequired[str]


def no_auth(detail: str) -> AuthResult:
    """The auth record for a run that sent no credentials."""
    return {
        "scheme": "none",
        "ok": False,
        "detail": detail,
        "register_path": None,
        "login_path": None,
    }


def empty_result(schema_source: SchemaSource, error: str | None = None) -> FuzzResult:
    """A result with nothing tested: the starting point of a run and what a failed run reports."""
    return {
        "schema_source": schema_source,
        "operations_total": 0,
        "operations_tested": 0,
        "cases": 0,
        "seconds": 0.0,
        "auth": no_auth("authentication was not attempted"),
        "failures": [],
        "errors": [],
        "truncated": False,
        "error": error,
    }
