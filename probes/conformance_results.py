"""The JSON the sidecar's conformance and security probes write: their contract with the grader.

No pydantic here (the sidecar never imports it); the grader validates the files with pydantic's
TypeAdapter. Fields are a public interface: add fields, never rename them.
"""

from __future__ import annotations

import sys
from typing import Literal, NotRequired

# pydantic refuses typing.TypedDict before Python 3.12 (see probes/results.py).
if sys.version_info >= (3, 12):
    from typing import TypedDict
else:
    from typing_extensions import TypedDict

ScenarioStatus = Literal["pass", "fail", "variant", "not_applicable"]
# A check's name is its observation: the grader's rule that declares `observes="security:<name>"`
# turns it into a finding, so a new check needs no edit here.
SecurityCheckName = str

# Every scenario a run may report, with its title; the grader declares one rule per id (CONF-<ID>).
SCENARIO_TITLES: dict[str, str] = {
    "resource": "The assignment's resource exists",
    "authentication": "The API has authentication",
    "login": "A new user can sign up and log in",
    "create": "Create answers 201",
    "create-echo": "Create returns the record with its id",
    "read": "A created record can be read back",
    "read-missing": "Reading a missing record answers 404",
    "update": "Update answers 200",
    "update-missing": "Updating a missing record answers 404",
    "list": "The list contains the created record",
    "delete": "Delete answers 204 and the record is gone",
    "delete-missing": "Deleting a missing record answers 404",
    "invalid-missing-field": "A payload missing a required field answers 422",
    "invalid-wrong-type": "A payload with a wrongly typed field answers 422",
    "invalid-null-update": "An update cannot blank a required field with null",
    "unauthenticated-write": "Writing without credentials answers 401",
    "unauthenticated-read": "Reading a private record without credentials answers 401",
    "other-user-read": "Another user cannot read the record",
    "other-user-write": "Another user cannot edit the record",
    "other-user-delete": "Another user cannot delete the record",
    "pagination-supported": "The list takes limit and offset",
    "pagination-negative-limit": "limit=-1 is rejected",
    "pagination-huge-limit": "limit=100000 is rejected or capped",
    "pagination-negative-offset": "offset=-1 is rejected",
    "pagination-limit": "limit=2 returns at most 2 records",
    "comment-create": "A comment can be added to a post",
    "comment-list": "A post's comments list the new comment",
    "comment-missing-post": "Commenting on a missing post answers 404",
}
MAX_DETAIL_CHARS = 500


class Scenario(TypedDict):
    """One behaviour of the assignment, checked by one or two requests.

    `path` is the OpenAPI template (`/todos/{todo_id}`), `url_path` the request actually sent;
    `variant` means the behaviour is acceptable but differs from the reference contract.
    """

    id: str
    title: str
    status: ScenarioStatus
    method: str
    path: str
    url_path: str
    expected: str
    got: str
    curl: str
    detail: str
    field: NotRequired[str]
    """The body field a validation scenario sent wrong (missing, mistyped, null)."""


class ConformanceResult(TypedDict):
    kind: str
    resource: str | None
    """The collection path the reference resource was mapped to, e.g. `/api/v1/todos`."""
    auth: str
    """How the probe authenticated, in a few words."""
    scenarios: list[Scenario]
    seconds: float
    error: str | None
    broken: str | None
    """Set when a list read or a create that worked during the scenarios crashes or hangs at their
    end: the invalid input left the app broken (the grader restarts it before the load test)."""


class SecurityCheck(TypedDict):
    """One dynamic security check; `confirmed` only when a request proved the weakness."""

    check: SecurityCheckName
    confirmed: bool
    method: str
    path: str
    status: int | None
    curl: str
    detail: str


class SecurityResult(TypedDict):
    checks: list[SecurityCheck]
    seconds: float
    error: str | None


def empty_conformance(kind: str, error: str | None = None) -> ConformanceResult:
    return {
        "kind": kind,
        "resource": None,
        "auth": "not attempted",
        "scenarios": [],
        "seconds": 0.0,
        "error": error,
        "broken": None,
    }


def empty_security(error: str | None = None) -> SecurityResult:
    return {"checks": [], "seconds": 0.0, "error": error}
