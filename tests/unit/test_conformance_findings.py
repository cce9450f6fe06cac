"""From scenario results to findings: what counts as proof, and what is the probe's own failure."""

from __future__ import annotations

from pathlib import Path

from grader.discovery import discover
from grader.phases.body_fields import BodyFields
from grader.phases.conformance import at_declared_fields, conformance_findings
from grader.phases.server_errors import ServerErrors
from grader.phases.tracebacks import ServerTrace
from probes.conformance_results import ConformanceResult, Scenario


def _scenario(sid: str, got: str, expected: str = "422", method: str = "GET") -> Scenario:
    return {
        "id": sid, "title": sid, "status": "fail", "method": method, "path": "/todos",
        "url_path": "/todos", "expected": expected, "got": got, "curl": "curl x", "detail": "",
    }  # fmt: skip


def _result(*scenarios: Scenario) -> ConformanceResult:
    return {
        "kind": "todo", "resource": "/todos", "auth": "oauth2_password: POST /token -> 401",
        "scenarios": list(scenarios), "seconds": 1.0, "error": None, "broken": None,
    }  # fmt: skip


def test_refusals_of_the_probe_are_listed_not_charged() -> None:
    findings = conformance_findings(
        _result(
            _scenario("create", "401", "201", "POST"),
            _scenario("pagination-huge-limit", "401"),
            _scenario("read-missing", "401", "404"),
        )
    )
    assert [f.rule for f in findings] == ["CONF-UNVERIFIED"]
    assert "create, pagination-huge-limit, read-missing" in findings[0].detail


def test_a_401_is_no_proof_of_an_unbounded_page_but_a_2xx_is() -> None:
    (refused,) = conformance_findings(_result(_scenario("pagination-huge-limit", "401")))
    assert refused.rule == "CONF-PAGINATION-HUGE-LIMIT" and not refused.proven
    (served,) = conformance_findings(_result(_scenario("pagination-huge-limit", "200")))
    assert served.proven and served.flag is not None


def _trace(exception: str, line: int = 42) -> ServerTrace:
    return ServerTrace(
        method="GET", url_path="/todos", status=500, file="app/db.py", line=line,
        exception=exception,
    )  # fmt: skip


def test_a_500_is_located_at_the_line_that_raised_it() -> None:
    errors = ServerErrors([_trace("KeyError: 'title'", 7), _trace("ValueError: x", 42)])
    (finding,) = conformance_findings(_result(_scenario("read-missing", "500", "404")), errors)
    assert finding.rule == "CONF-READ-MISSING"
    assert (finding.file, finding.line) == ("app/db.py", 42)  # the latest matching traceback
    assert "raised ValueError: x at app/db.py:42" in finding.detail


def test_a_500_from_a_lost_database_is_the_environments_not_the_candidates() -> None:
    lost = _trace("asyncpg.exceptions.CannotConnectNowError: the database system is starting up")
    blamed = ServerErrors([lost], excuse=lambda text: "PostgreSQL" if "asyncpg" in text else None)
    (finding,) = conformance_findings(_result(_scenario("read-missing", "500", "404")), blamed)
    assert finding.rule == "CONF-SERVICE-UNREACHABLE"
    assert finding.flag is None and finding.severity.value == "info"
    assert "could not reach PostgreSQL" in finding.detail
    # the same traceback, when the grader's own check finds the server up, stays charged
    kept = ServerErrors([lost])
    (charged,) = conformance_findings(_result(_scenario("read-missing", "500", "404")), kept)
    assert charged.rule == "CONF-READ-MISSING"


def test_a_4xx_is_not_located_by_an_unrelated_traceback() -> None:
    errors = ServerErrors([_trace("ValueError: x")])
    (finding,) = conformance_findings(_result(_scenario("read-missing", "200", "404")), errors)
    assert finding.file is None


def test_a_malformed_payload_proves_missing_validation_only_when_it_got_in() -> None:
    (stored,) = conformance_findings(_result(_scenario("invalid-missing-field", "201", "422")))
    assert stored.proven and stored.flag is not None
    # a crash alone may be an operation that fails whatever is sent: no proof
    (crashed,) = conformance_findings(_result(_scenario("invalid-missing-field", "500", "422")))
    assert not crashed.proven
    # a crash where a valid payload succeeded on the same operation: nothing refused it
    passed_update = _scenario("update", "200", "200", "PUT") | {"status": "pass"}
    findings = conformance_findings(
        _result(passed_update, _scenario("invalid-null-update", "500", "422", "PUT"))
    )
    (unchecked,) = [f for f in findings if f.rule == "CONF-INVALID-NULL-UPDATE"]
    assert unchecked.proven and "a valid payload passed the update scenario" in unchecked.detail
    # ...but a create that passed says nothing about the update's validation
    passed_create = _scenario("create", "201", "201", "POST") | {"status": "pass"}
    findings = conformance_findings(
        _result(passed_create, _scenario("invalid-null-update", "500", "422", "PUT"))
    )
    assert not next(f for f in findings if f.rule == "CONF-INVALID-NULL-UPDATE").proven
    (refused,) = conformance_findings(_result(_scenario("invalid-missing-field", "401", "422")))
    assert not refused.proven
    # a 500 the environment caused proves nothing about the candidate's validation
    lost = ServerErrors([_trace("redis.exceptions.ConnectionError: x")], excuse=lambda _: "Redis")
    (excused,) = conformance_findings(
        _result(_scenario("invalid-missing-field", "500", "422")), lost
    )
    assert excused.rule == "CONF-SERVICE-UNREACHABLE" and excused.flag is None


def test_a_malformed_body_that_got_through_points_at_the_field_it_got_through(
    tmp_path: Path,
) -> None:
    (tmp_path / "schemas.py").write_text(
        "from pydantic import BaseModel\n"
        "\n"
        "class TodoBase(BaseModel):\n"
        "    title: str | None = None\n"
        "\n"
        "class TodoUpdate(TodoBase):\n"
        "    done: bool = False\n",
        encoding="utf-8",
    )
    (tmp_path / "main.py").write_text(
        "from typing import Annotated\n"
        "from fastapi import Body, FastAPI\n"
        "from schemas import TodoUpdate\n"
        "app = FastAPI()\n"
        "\n"
        '@app.put("/todos/{todo_id}")\n'
        "def update(todo_id: int, body: Annotated[TodoUpdate, Body()]) -> dict[str, int]:\n"
        "    return {}\n",
        encoding="utf-8",
    )
    stored = _scenario("invalid-null-update", "200", method="PUT")
    stored["path"], stored["field"] = "/todos/{todo_id}", "title"
    unnamed = _scenario("invalid-wrong-type", "201", method="POST")  # no field: stays unlocated
    result = _result(stored, unnamed)
    fields = BodyFields(discover(tmp_path), tmp_path)
    found = at_declared_fields(conformance_findings(result), result, fields)
    by_rule = {f.rule: f for f in found}
    null = by_rule["CONF-INVALID-NULL-UPDATE"]
    assert (null.file, null.line) == ("schemas.py", 4)  # inherited from TodoBase
    assert "'title' is declared at schemas.py:4" in null.detail
    assert by_rule["CONF-INVALID-WRONG-TYPE"].file is None


def test_a_rate_limit_answering_the_probe_is_listed_not_charged() -> None:
    findings = conformance_findings(
        _result(_scenario("login", "429", "200", "POST"), _scenario("create", "201", "201", "POST"))
    )
    rules = [f.rule for f in findings]
    assert "CONF-LOGIN" not in rules and "CONF-UNVERIFIED" in rules
    assert "429 on 1 scenario(s)" in next(f for f in findings if f.rule == "CONF-UNVERIFIED").detail


def test_a_list_without_paging_is_placed_at_the_list_route(tmp_path: Path) -> None:
    from grader.phases.conformance import at_list_route

    (tmp_path / "main.py").write_text(
        "from fastapi import FastAPI\napp = FastAPI()\nTODOS = {}\n\n\n"
        "@app.get('/todos')\ndef list_todos():\n    return list(TODOS.values())\n"
    )
    fields = BodyFields(discover(tmp_path), tmp_path)
    scenario = _scenario("pagination-supported", "", "limit", method="")
    (found,) = conformance_findings(_result(scenario))
    (placed,) = at_list_route([found], _result(scenario), fields)
    assert (placed.file, placed.line) == ("main.py", 7)
    assert [(r.file, r.line) for r in placed.related] == [("main.py", 8)]
