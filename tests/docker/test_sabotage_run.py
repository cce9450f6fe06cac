"""The sabotage run in the candidate's container: the fixture app (tests/fixtures/sabotage/) with
a hollow suite and with a real one, built and tested as a reviewer would get them.

Only the phases it needs run (static beside build, then the candidate's tests): two gradings,
two at a time. The unit tier covers the plugin and the comparison on the host.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from grader import GradeSettings, Report, grade, pipeline
from grader.models import PhaseName, PhaseStatus, RedFlag, Severity
from tests.docker.conftest import managed_objects, zip_folder
from tests.unit.test_sabotage import project

pytestmark = pytest.mark.docker

SUITES = ("hollow_suite.py", "real_suite.py")
_NEEDED = {PhaseName.STATIC, PhaseName.BUILD, PhaseName.CANDIDATE_TESTS}


@pytest.fixture(scope="module")
def reports(settings: GradeSettings, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Report]:
    tmp = tmp_path_factory.mktemp("sabotage")
    phases = tuple(p for p in pipeline.PHASES if p.name in _NEEDED)

    def one(suite: str) -> Report:
        folder = tmp / suite.removesuffix(".py")
        folder.mkdir()
        return grade(zip_folder(project(folder, suite), tmp / f"{folder.name}.zip"), settings)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pipeline, "PHASES", phases)
        with ThreadPoolExecutor(max_workers=2) as pool:
            return dict(zip(SUITES, pool.map(one, SUITES), strict=True))


def _tests_phase(report: Report) -> PhaseStatus:
    return next(p.status for p in report.phases if p.name == PhaseName.CANDIDATE_TESTS)


def test_a_hollow_suite_still_passes_with_every_handler_broken(reports: dict[str, Report]) -> None:
    report = reports["hollow_suite.py"]
    assert _tests_phase(report) == PhaseStatus.OK
    assert report.metrics["tests.passed"] == 5
    assert str(report.metrics["tests.sabotage"]).startswith(
        "ran: 0 of 2 tests that call the app failed with every route handler answering 500"
    )
    finding = next(f for f in report.findings if f.rule == "TESTS-PASS-ON-BROKEN-APP")
    assert finding.severity == Severity.MAJOR
    assert finding.file == "test_suite.py" and finding.line is not None
    assert "GET /items/{item_id}" in finding.detail
    verdict = next(v for v in report.red_flags if v.flag == RedFlag.TESTING_GAPS)
    assert verdict.status == "raised"


def test_a_real_suite_fails_and_is_not_charged(reports: dict[str, Report]) -> None:
    report = reports["real_suite.py"]
    assert _tests_phase(report) == PhaseStatus.OK
    assert report.metrics["tests.passed"] == 8
    assert report.metrics["tests.sabotage"] == (
        "ran: 6 of 7 tests that call the app failed with every route handler answering 500 "
        "(test_suite.py: 6 of 7 noticed)"
    )
    assert not any(f.rule == "TESTS-PASS-ON-BROKEN-APP" for f in report.findings)


def test_nothing_is_left_behind(reports: dict[str, Report], docker_client: Any) -> None:
    assert reports and managed_objects(docker_client) == []
