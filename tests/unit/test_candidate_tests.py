from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from grader.discovery import ProjectFacts, discover
from grader.phases.candidate_tests import findings_from_tests, parse_truth
from tests.conftest import ROOT

FIXTURE = ROOT / "tests" / "fixtures" / "tampering"


FAILING = ROOT / "tests" / "fixtures" / "failing_setup"


def _run_plugin(fixture: Path = FIXTURE) -> str:
    """pytest with the grader's plugin over a fixture suite, on the host (our own tests)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "probes")}
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "pytest_truth", "-p", "no:cacheprovider",
         "-q", "-p", "no:randomly", str(fixture)],
        cwd=fixture, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    return proc.stdout


def test_tampering_hook_does_not_hide_the_true_failure() -> None:
    output = _run_plugin()
    assert "1 failed" not in output  # the hook really does fool pytest's own summary
    run = parse_truth(output)
    assert run.finished
    assert run.failed == 1
    assert run.passed >= 1
    assert [n.split("::")[-1] for n in run.tampered] == ["test_really_fails"]
    facts = discover(FIXTURE)
    rules = {f.rule for f in findings_from_tests(run, facts)}
    assert {"TESTS-TAMPERED", "TESTS-FAILING"} <= rules


def test_hypothesis_speed_checks_of_this_machine_do_not_fail_a_suite() -> None:
    run = parse_truth(_run_plugin(ROOT / "tests" / "fixtures" / "slow_hypothesis"))
    assert run.finished
    assert (run.passed, run.failed) == (2, 0)


def test_requests_and_coverage_lines_are_parsed() -> None:
    log = "\n".join([
        'noise @@grader-truth@@ {"kind": "true"}',
        '@@grader-truth@@ {"kind": "true", "nodeid": "t::a", "when": "call", "outcome": "passed"}',
        '@@grader-truth@@ {"kind": "request", "method": "GET", "path": "/todos/1", "status": 404}',
        '@@grader-truth@@ {"kind": "session", "exitstatus": 0, "collected": 1}',
        "@@grader-coverage@@ 87",
    ])
    run = parse_truth(log)
    assert run.passed == 1 and run.finished and run.coverage_percent == 87.0
    assert run.requests == [("GET", "/todos/1", 404)]
    rules = {f.rule for f in findings_from_tests(run, ProjectFacts.model_validate(_facts()))}
    assert "TESTS-NO-ERROR-PATH" not in rules
    assert "TESTS-LOW-COVERAGE" not in rules


def test_no_result_at_all_is_a_timeout_not_a_pass() -> None:
    run = parse_truth("some output\nKilled\n")
    rules = [f.rule for f in findings_from_tests(run, ProjectFacts.model_validate(_facts()))]
    assert rules == ["TESTS-TIMEOUT"]


def _facts() -> dict[str, object]:
    return discover(FIXTURE).model_dump()


def test_a_failing_suite_says_what_its_tests_ended_on() -> None:
    """Every test erroring in one fixture reads as one message, counted, with an example."""
    fixture = FAILING
    run = parse_truth(_run_plugin(fixture))
    assert (run.errors, run.failed, run.passed) == (2, 1, 0)
    (failing,) = [f for f in findings_from_tests(run, discover(fixture)) if f.rule == "TESTS-FAILING"]
    lines = failing.detail.splitlines()
    assert lines[0] == "1 failed and 2 errored out of 3 (true outcomes)."
    assert lines[1].startswith("2 x ConnectionRefusedError: could not reach todos_test")
    assert lines[1].endswith("test_db.py::test_creates_a_todo)")  # the first by node id
    assert lines[2].startswith("1 x AssertionError")


def test_a_failing_test_is_pointed_at_the_line_it_failed_on(tmp_path: Path) -> None:
    fixture = FAILING
    run = parse_truth(_run_plugin(fixture))
    source = (fixture / "test_db.py").read_text().splitlines()
    raised = next(n for n, line in enumerate(source, 1) if "raise ConnectionRefusedError" in line)
    asserted = next(n for n, line in enumerate(source, 1) if 'assert "buy milk"' in line)
    places = {Path(file).name: line for file, line in run.crashes.values()}
    assert set(run.crashes.values()) == {
        (str(fixture / "test_db.py"), raised),
        (str(fixture / "test_db.py"), asserted),
    }, places
    # in the test container the submission is at /app: those lines become the finding's related
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_db.py").write_text("def test_x():\n    assert False\n")
    moved = run.model_copy(
        update={"crashes": {n: ("/app/tests/test_db.py", line) for n, (_, line) in run.crashes.items()}}
    )
    (failing,) = [f for f in findings_from_tests(moved, discover(tmp_path)) if f.rule == "TESTS-FAILING"]
    assert sorted(r.line for r in failing.related) == sorted({raised, asserted})
    assert {r.file for r in failing.related} == {"tests/test_db.py"}


def _requests_log(*statuses: int) -> str:
    lines = [
        '@@grader-truth@@ {"kind": "true", "nodeid": "t::a", "when": "call", "outcome": "passed"}',
        *(
            f'@@grader-truth@@ {{"kind": "request", "method": "POST", "path": "/todos", "status": {s}}}'
            for s in statuses
        ),
        '@@grader-truth@@ {"kind": "session", "exitstatus": 0, "collected": 1}',
    ]
    return "\n".join(lines)


def test_a_suite_that_never_sends_a_payload_the_api_must_refuse_is_a_gap() -> None:
    from grader.discovery.facts import RouteInfo

    create = RouteInfo(method="POST", path="/todos", function="create", is_async=False, file="main.py", line=9)
    login = RouteInfo(method="POST", path="/auth/token", function="token", is_async=False, file="main.py", line=3)
    facts = ProjectFacts(routes=[login, create])

    def rules(*statuses: int, on: ProjectFacts = facts) -> set[str]:
        return {f.rule for f in findings_from_tests(parse_truth(_requests_log(*statuses)), on)}

    assert "TESTS-NO-VALIDATION-PATH" in rules(201, 404, 401)
    assert "TESTS-NO-VALIDATION-PATH" not in rules(201, 404, 422)
    assert "TESTS-NO-VALIDATION-PATH" not in rules(201, 400)  # validation answered as 400
    assert "TESTS-NO-VALIDATION-PATH" not in rules(201)  # no error at all: TESTS-NO-ERROR-PATH
    assert "TESTS-NO-VALIDATION-PATH" not in rules(201, 404, on=ProjectFacts(routes=[login]))
    # a resource whose name merely contains "auth" takes a body like any other
    authors = create.model_copy(update={"path": "/authors"})
    assert "TESTS-NO-VALIDATION-PATH" in rules(201, 404, on=ProjectFacts(routes=[login, authors]))
    (found,) = [
        f for f in findings_from_tests(parse_truth(_requests_log(201, 404)), facts)
        if f.rule == "TESTS-NO-VALIDATION-PATH"
    ]
    assert (found.file, found.line) == ("main.py", 9) and "saw 404, never a 400 or 422" in found.detail


def test_suite_level_findings_name_the_tests_they_are_about() -> None:
    from grader.discovery.facts import RouteInfo

    create = RouteInfo(method="POST", path="/todos", function="create", is_async=False, file="main.py", line=9)
    node = "tests/test_api.py::test_create"
    log = "\n".join([
        f'@@grader-truth@@ {{"kind": "true", "nodeid": "{node}", "when": "call", "outcome": "passed", "file": "/app/tests/test_api.py", "line": 12}}',
        f'@@grader-truth@@ {{"kind": "request", "method": "POST", "path": "/todos", "status": 201, "test": "{node}"}}',
        f'@@grader-truth@@ {{"kind": "request", "method": "GET", "path": "/todos/9", "status": 404, "test": "{node}"}}',
        '@@grader-truth@@ {"kind": "session", "exitstatus": 0, "collected": 1}',
    ])
    facts = ProjectFacts(routes=[create], python_files=["main.py", "tests/test_api.py"])
    (found,) = [
        f for f in findings_from_tests(parse_truth(log), facts) if f.rule == "TESTS-NO-VALIDATION-PATH"
    ]
    assert [(r.file, r.line, r.role) for r in found.related] == [
        ("tests/test_api.py", 12, "test_create sent only payloads the API accepts")
    ]


def test_an_operation_called_under_a_prefix_built_at_run_time_is_touched() -> None:
    """`APIRouter(prefix=settings.API_V1_STR)`: the source gives /todos/{todo_id}, the suite
    calls /api/v1/todos/7; only the route no request reached is untouched."""
    from grader.discovery.facts import RouteInfo

    item = RouteInfo(method="GET", path="/todos/{todo_id}", function="get", is_async=False, file="main.py", line=9)
    gone = RouteInfo(method="DELETE", path="/todos/{todo_id}", function="delete", is_async=False, file="main.py", line=20)
    log = "\n".join([
        '@@grader-truth@@ {"kind": "true", "nodeid": "t", "when": "call", "outcome": "passed"}',
        '@@grader-truth@@ {"kind": "request", "method": "GET", "path": "/api/v1/todos/7", "status": 200, "test": "t"}',
        '@@grader-truth@@ {"kind": "request", "method": "DELETE", "path": "/api/v1/notes/7/todos", "status": 404, "test": "t"}',
        '@@grader-truth@@ {"kind": "session", "exitstatus": 0, "collected": 1}',
    ])
    (found,) = [
        f for f in findings_from_tests(parse_truth(log), ProjectFacts(routes=[item, gone]))
        if f.rule == "TESTS-UNTOUCHED-OPERATIONS"
    ]
    assert found.detail == "1 of 2 operation(s) never called: DELETE /todos/{todo_id}"


def test_a_unittest_failure_is_a_true_failure() -> None:
    """unittest hands a failure to pytest's result object instead of raising it from the call:
    the plugin reads it there, so a unittest-style suite's failures (and its sabotage run) count."""
    run = parse_truth(_run_plugin(ROOT / "tests" / "fixtures" / "unittest_style"))
    outcomes = {nodeid.split("::")[-1]: outcome for nodeid, outcome in run.outcomes.items()}
    assert outcomes == {"test_passes": "passed", "test_fails": "failed", "test_skipped": "skipped"}
    assert run.tampered == []
