"""An app that one invalid request breaks for good: its update leaks a SQLite connection holding
the write lock when the database refuses a null title (tests/fixtures/broken_by_bad_input).

The fuzzer's null title breaks it first: the grader restarts it before the conformance scenarios.
These end on invalid input and then send a create that worked before; it now fails, so the
grader says so (CONF-APP-BROKEN) and restarts the app again, and the load test and the loop
monitor measure the app rather than the lock. One grading, from build to blocking.
"""

from __future__ import annotations

import pytest

from grader import GradeSettings, Report
from grader.models import PhaseName, PhaseStatus
from tests.conftest import ROOT
from tests.docker.conftest import grade_with_phases, phase_result, zip_folder

pytestmark = pytest.mark.docker

FIXTURE = ROOT / "tests" / "fixtures" / "broken_by_bad_input"
_NEEDED = {
    PhaseName.BUILD,
    PhaseName.START,
    PhaseName.FUZZ,
    PhaseName.CONFORMANCE,
    PhaseName.LOAD,
    PhaseName.BLOCKING,
}


@pytest.fixture(scope="module")
def report(settings: GradeSettings, tmp_path_factory: pytest.TempPathFactory) -> Report:
    archive = zip_folder(FIXTURE, tmp_path_factory.mktemp("broken") / "broken.zip")
    return grade_with_phases(_NEEDED, {"broken": (archive, settings)})["broken"]


def test_the_broken_app_is_named_and_restarted(report: Report) -> None:
    rules = {f.rule: f for f in report.findings}
    assert "CONF-INVALID-NULL-UPDATE" in rules, [f.rule for f in report.findings]
    broken = rules["CONF-APP-BROKEN"]
    assert broken.flag is None and broken.severity.value == "info"
    assert "POST /todos worked during the scenarios" in broken.detail
    assert broken.detail.endswith("the grader restarted it"), broken.detail
    # The fuzzer's null title had broken it first: it was restarted before the scenarios too.
    assert "CONF-CREATE" not in rules
    assert report.metrics["app_restarts"] == 2


def test_the_load_test_and_the_loop_monitor_measure_the_restarted_app(report: Report) -> None:
    assert phase_result(report, PhaseName.LOAD) == (PhaseStatus.OK, ""), report.phases
    assert phase_result(report, PhaseName.BLOCKING) == (PhaseStatus.OK, ""), report.phases
    assert not any(f.rule.startswith("LOAD-") and "locked" in f.detail for f in report.findings)
