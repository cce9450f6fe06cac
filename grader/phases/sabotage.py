"""The sabotage run: does the candidate's suite notice when the app is broken?

A suite can pass without proving anything: tests that assert only `response`, or nothing, stay
green whatever the API answers (issue 14, "hollow tests pass as tests"). So after the normal run
passed, the grader runs the suite once more with every route handler answering 500 (our pytest
plugin, probes/pytest_truth.py, in sabotage mode) and compares the two runs test by test. A test
that reached a sabotaged handler and still passed was not checking the answer. Tests that never
reach a handler (unit tests of services and pure functions, a 401 from an auth middleware) are
not judged: the measure is whether the tests that exercise the routes fail.

This module is the comparison and its words; candidate_tests.py runs the containers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import BaseModel

from grader.checks.registry import make_finding, rule_observing
from grader.discovery import ProjectFacts
from grader.models import Finding
from grader.phases.tracebacks import template_matches
from grader.scoring.policy import RAISING, settle_severity

APP_ROOT = "/app/"  # where the submission is copied in the test container


def submission_path(path: str) -> str | None:
    """A path in the test container as the submission's own (`/app/tests/x.py` ->
    `tests/x.py`); None for anything outside it (site-packages, the grader's plugin)."""
    return path[len(APP_ROOT) :] if path.startswith(APP_ROOT) else None

if TYPE_CHECKING:  # candidate_tests.py imports this module
    from grader.phases.candidate_tests import CandidateTestRun

SABOTAGE_ENV = "GRADER_SABOTAGE"
# The sabotage run may take this share of the candidate tests' budget: it is a second opinion on
# a suite that already passed, not worth a grading's time limit.
SABOTAGE_SHARE = 0.4
_NOT_NOTICED = ("passed", "skipped")  # a test that skips itself when the app breaks noticed nothing


class Sabotage(BaseModel):
    """The tests that reached a sabotaged handler, split by whether they noticed."""

    noticed: list[str] = []  # failed or errored with every handler answering 500
    unnoticed: list[str] = []  # still passed
    finished: bool = True
    routes_unnoticed: list[str] = []  # "GET /todos/{todo_id}": reached only by unnoticing tests
    by_file: dict[str, tuple[int, int]] = {}  # test file -> (noticed, calling the app)

    @property
    def calling(self) -> int:
        return len(self.noticed) + len(self.unnoticed)

    @property
    def still_passed_share(self) -> float:
        return len(self.unnoticed) / self.calling if self.calling else 0.0


def sabotage_budget(phase_timeout_seconds: int) -> int:
    return max(10, int(phase_timeout_seconds * SABOTAGE_SHARE))


def why_not_sabotage(run: CandidateTestRun, seconds: float, budget: int) -> str | None:
    """The reason the sabotage run would prove nothing (or cost too much), or None to run it."""
    if not run.finished:
        return "the normal run did not finish"
    if run.total == 0:
        return "no test ran"
    if run.failed or run.errors or run.collection_errors or run.tampered:
        return "the normal run did not pass (a sabotage run compares against a green suite)"
    if run.passed == 0:
        return "no test passed in the normal run"
    if not any(run.calls.get(test) for test, o in run.outcomes.items() if o == "passed"):
        return (
            "no passing test sent a request to the app in the test process (unit tests only, or "
            "a server in another process)"
        )
    if seconds > budget:
        return f"the normal run took {seconds:.0f} s, more than the sabotage run's {budget} s"
    return None


def compare(normal: CandidateTestRun, broken: CandidateTestRun, facts: ProjectFacts) -> Sabotage:
    """Each test that passed normally and reached a sabotaged handler (or that sent requests
    normally and now fails: a shared fixture's request broke first, or its module, sending
    requests at import, no longer imports), by what it did now."""
    result = Sabotage(finished=broken.finished)
    reached: dict[str, list[tuple[str, str]]] = {}
    for test, before in normal.outcomes.items():  # run order: the first is first in its file
        outcome = broken.outcomes.get(test) or ("error" if _import_failed(test, broken) else None)
        if before != "passed" or outcome is None:
            continue
        hits = [(m, p) for m, p, sabotaged in broken.calls.get(test, []) if sabotaged]
        if hits and outcome in _NOT_NOTICED:
            result.unnoticed.append(test)
        elif outcome not in _NOT_NOTICED and (hits or normal.calls.get(test)):
            result.noticed.append(test)
        else:
            continue
        reached[test] = hits
        file = _test_file(test, normal, facts)
        noticed, calling = result.by_file.get(file, (0, 0))
        result.by_file[file] = (noticed + (outcome not in _NOT_NOTICED), calling + 1)
    by_noticing = _templates({hit for t in result.noticed for hit in reached[t]}, facts)
    by_quiet = _templates({hit for t in result.unnoticed for hit in reached[t]}, facts)
    result.routes_unnoticed = sorted(by_quiet - by_noticing)
    return result


def _import_failed(test: str, broken: CandidateTestRun) -> bool:
    """The test's module (or a conftest.py above it) could not be imported in the sabotage run:
    code at module level asked the app and used the answer."""
    module = test.split("::", 1)[0]
    for error in broken.collection_errors:
        folder = error.path.removesuffix("conftest.py")
        if error.path == module or (folder != error.path and module.startswith(folder)):
            return True
    return False


def _templates(calls: set[tuple[str, str]], facts: ProjectFacts) -> set[str]:
    """Concrete requests named by the app's route templates where discovery knows them."""
    names: set[str] = set()
    for method, path in calls:
        route = next(
            (
                r
                for r in facts.routes
                if r.method.upper() == method and template_matches(r.path, path)
            ),
            None,
        )
        names.add(f"{method} {route.path if route else path}")
    return names


def _test_file(test: str, run: CandidateTestRun, facts: ProjectFacts) -> str:
    """The test's file relative to the submission: from the plugin's absolute path, else the
    nodeid under pytest's rootdir."""
    place = run.places.get(test)
    own = submission_path(place[0]) if place is not None else None
    if own is not None:
        return own
    rel = test.split("::", 1)[0]
    rootdir = facts.pytest.rootdir if facts.pytest else "."
    return rel if rootdir == "." else f"{rootdir}/{rel}"


def sabotage_findings(
    result: Sabotage, broken: CandidateTestRun, facts: ProjectFacts
) -> list[Finding]:
    """The finding when tests that call the app did not notice. The policy grades it by the share
    (scoring/policy.py); below minor it stays a metric: an informational finding would absorb the
    static TESTS-HOLLOW it confirms, yet a suite that fails on a 500 may still accept a 404 for
    a success (`status_code in (200, 404)`), which only the static reading sees."""
    if not result.finished or not result.unnoticed:
        return []
    rule = rule_observing("sabotage:still_passed")
    assert rule is not None, "a rule observes sabotage:still_passed"
    first = result.unnoticed[0]
    file = _test_file(first, broken, facts)
    place = broken.places.get(first)
    known = file in facts.python_files
    finding = settle_severity(
        make_finding(
            rule.code,
            describe(result),
            file=file if known else None,
            line=place[1] if known and place is not None else None,
            extent=result.still_passed_share,
        )
    )
    return [finding] if finding.severity in RAISING else []


def _per_file(result: Sabotage) -> str:
    return "; ".join(
        f"{file}: {noticed} of {calling} noticed"
        for file, (noticed, calling) in sorted(result.by_file.items())[:10]
    )


def describe(result: Sabotage) -> str:
    names = [t.split("::", 1)[-1] for t in result.unnoticed]
    text = (
        f"{len(result.unnoticed)} of {result.calling} tests that call the app still passed when "
        f"every route handler answered 500 ({_per_file(result)}). Still passing: "
        + ", ".join(names[:8])
        + (", ..." if len(names) > 8 else "")
        + "."
    )
    if result.routes_unnoticed:
        routes = result.routes_unnoticed
        text += " Reached only by tests that still passed: " + ", ".join(routes[:8])
        text += ", ..." if len(routes) > 8 else ""
        text += "."
    return text


def sabotage_metrics(result: Sabotage | None, why_not: str | None) -> dict[str, str | int]:
    """Always said, never silent: what the sabotage run measured, or why it did not run."""
    if result is None:
        return {"tests.sabotage": f"not run: {why_not}"}
    state = "ran" if result.finished else "stopped at its time limit (no finding drawn)"
    return {
        "tests.sabotage": f"{state}: {len(result.noticed)} of {result.calling} tests that call "
        f"the app failed with every route handler answering 500 ({_per_file(result)})",
        "tests.sabotage_calling": result.calling,
        "tests.sabotage_still_passed": len(result.unnoticed),
    }
