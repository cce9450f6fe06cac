"""The sabotage run against a tiny app of our own (tests/fixtures/sabotage/): a hollow suite
keeps passing when every route handler answers 500, a real one fails; tests that never reach a
handler are not judged.

The suites run under the host's pytest in a subprocess, with our plugin, as in the container.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from grader.checks.registry import make_finding
from grader.discovery import discover
from grader.models import Severity
from grader.phases.candidate_tests import CandidateTestRun, parse_truth, pytest_command
from grader.phases.sabotage import (
    SABOTAGE_ENV,
    compare,
    sabotage_findings,
    sabotage_metrics,
    why_not_sabotage,
)
from grader.scoring.settle import settle
from tests.conftest import ROOT

FIXTURE = ROOT / "tests" / "fixtures" / "sabotage"


def project(target: Path, suite: str) -> Path:
    """A submission: the fixture app, its requirements, and one suite as test_suite.py."""
    for name in ("app.py", "requirements.txt"):
        shutil.copy(FIXTURE / name, target / name)
    shutil.copy(FIXTURE / suite, target / "test_suite.py")
    return target


def _run(root: Path, sabotage: bool) -> CandidateTestRun:
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'probes'}{os.pathsep}{root}"}
    env.pop(SABOTAGE_ENV, None)
    if sabotage:
        env[SABOTAGE_ENV] = "1"
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "pytest_truth", "-p", "no:cacheprovider",
         "-p", "no:randomly", "-q", "--maxfail=0", str(root)],
        cwd=root, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    return parse_truth(proc.stdout)


Runs = tuple[Path, CandidateTestRun, CandidateTestRun]


@pytest.fixture(scope="module")
def hollow(tmp_path_factory: pytest.TempPathFactory) -> Runs:
    root = project(tmp_path_factory.mktemp("hollow"), "hollow_suite.py")
    return root, _run(root, sabotage=False), _run(root, sabotage=True)


@pytest.fixture(scope="module")
def real(tmp_path_factory: pytest.TempPathFactory) -> Runs:
    root = project(tmp_path_factory.mktemp("real"), "real_suite.py")
    return root, _run(root, sabotage=False), _run(root, sabotage=True)


def _line_of(text: str, suite: str = "hollow_suite.py") -> int:
    lines = (FIXTURE / suite).read_text().splitlines()
    return next(n for n, line in enumerate(lines, 1) if line.startswith(text))


def _names(tests: list[str]) -> set[str]:
    return {t.rsplit("::", 1)[-1] for t in tests}


def test_a_hollow_suite_still_passes_and_is_found(hollow: Runs) -> None:
    root, normal, broken = hollow
    assert normal.passed == 5 and not normal.failed
    assert broken.passed == 5, "hollow tests pass whatever the app answers"
    facts = discover(root)
    assert why_not_sabotage(normal, seconds=1, budget=60) is None
    result = compare(normal, broken, facts)
    assert _names(result.unnoticed) == {"test_get_item", "test_create_item"}
    assert result.noticed == []
    assert result.by_file == {"test_suite.py": (0, 2)}
    assert result.routes_unnoticed == ["GET /items/{item_id}", "POST /items"]
    [finding] = sabotage_findings(result, broken, facts)
    assert finding.rule == "TESTS-PASS-ON-BROKEN-APP"
    assert finding.severity == Severity.MAJOR  # all of the tests calling the app: graded by policy
    assert finding.file == "test_suite.py" and finding.line == _line_of("def test_get_item")
    assert finding.detail.startswith(
        "2 of 2 tests that call the app still passed when every route handler answered 500"
    )
    assert str(sabotage_metrics(result, None)["tests.sabotage"]).startswith(
        "ran: 0 of 2 tests that call the app failed"
    )


def test_a_real_suite_notices_and_raises_nothing(real: Runs) -> None:
    root, normal, broken = real
    assert normal.passed == 8 and not normal.failed
    facts = discover(root)
    result = compare(normal, broken, facts)
    assert _names(result.noticed) == {
        "test_get_item", "test_missing_item", "test_created", "test_created_again",
        "test_fresh_app", "test_mounted",
    }  # fmt: skip
    assert _names(result.unnoticed) == {"test_bad_id_is_not_ok"}
    assert "test_price" not in _names(result.noticed + result.unnoticed)
    assert result.routes_unnoticed == []  # GET /items/{item_id} failed other tests
    assert sabotage_findings(result, broken, facts) == []  # 1 of 7: the policy says info
    metric = sabotage_metrics(result, None)
    assert metric["tests.sabotage"] == (
        "ran: 6 of 7 tests that call the app failed with every route handler answering 500 "
        "(test_suite.py: 6 of 7 noticed)"
    )


def test_a_module_that_no_longer_imports_noticed(tmp_path: Path) -> None:
    root = project(tmp_path, "import_time_suite.py")
    normal, broken = _run(root, sabotage=False), _run(root, sabotage=True)
    assert normal.passed == 1 and broken.outcomes == {}
    assert [e.path for e in broken.collection_errors] == ["test_suite.py"]
    result = compare(normal, broken, discover(root))
    assert _names(result.noticed) == {"test_the_pen_keeps_its_name"} and not result.unnoticed


def test_the_normal_run_records_which_test_sent_each_request(hollow: Runs) -> None:
    _, normal, _ = hollow
    calls = {t.rsplit("::", 1)[-1]: c for t, c in normal.calls.items()}
    assert calls["test_get_item"] == [("GET", "/items/1", False)]
    assert "test_price" not in calls
    assert normal.requests.count(("GET", "/items/1", 200)) == 1  # recorded once per request


def _run_record(**fields: object) -> CandidateTestRun:
    base: dict[str, object] = {
        "passed": 2,
        "finished": True,
        "outcomes": {"t::a": "passed", "t::b": "passed"},
        "calls": {"t::a": [("GET", "/x", False)]},
    }
    return CandidateTestRun.model_validate({**base, **fields})


@pytest.mark.parametrize(
    ("fields", "seconds", "reason"),
    [
        ({"failed": 1}, 1, "did not pass"),
        ({"finished": False}, 1, "did not finish"),
        ({"calls": {}}, 1, "no passing test sent a request"),
        ({"passed": 0, "outcomes": {}}, 1, "no test ran"),
        ({"passed": 0, "skipped": 2}, 1, "no test passed"),
        ({}, 90, "more than the sabotage run's 60 s"),
    ],
)
def test_the_sabotage_run_says_why_it_did_not_run(
    fields: dict[str, object], seconds: float, reason: str
) -> None:
    why = why_not_sabotage(_run_record(**fields), seconds=seconds, budget=60)
    assert why is not None and reason in why
    assert sabotage_metrics(None, why)["tests.sabotage"] == f"not run: {why}"


def test_the_sabotage_command_skips_coverage_and_runs_every_test() -> None:
    facts = discover(ROOT / "tests" / "fixtures" / "tampering")
    script = pytest_command(facts, 60, sabotage=True)[-1]
    assert "--maxfail=0" in script and "coverage" not in script
    assert "timeout -k 5 60 " in script
    assert "coverage" in pytest_command(facts, 150)[-1]


def test_an_unfinished_sabotage_run_draws_no_finding(hollow: Runs) -> None:
    root, normal, broken = hollow
    cut = broken.model_copy(update={"finished": False})
    result = compare(normal, cut, discover(root))
    assert result.unnoticed and sabotage_findings(result, cut, discover(root)) == []
    assert str(sabotage_metrics(result, None)["tests.sabotage"]).startswith("stopped")


def test_the_measurement_absorbs_the_static_hollow_finding(hollow: Runs) -> None:
    root, normal, broken = hollow
    facts = discover(root)
    [measured] = sabotage_findings(compare(normal, broken, facts), broken, facts)
    static = make_finding("TESTS-HOLLOW", "2 of 5 tests...", file="test_suite.py", line=8)
    [merged] = settle([measured, static], [])
    assert merged.rule == "TESTS-PASS-ON-BROKEN-APP" and merged.severity == Severity.MAJOR
    assert "Confirms TESTS-HOLLOW at test_suite.py:8" in merged.detail


def test_the_sabotage_mode_is_not_in_the_candidates_environment(tmp_path: Path) -> None:
    broken = _run(project(tmp_path, "env_suite.py"), sabotage=True)
    assert broken.passed == 1 and not broken.failed
