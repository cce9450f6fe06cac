"""Repositories whose author's environment held more than they declare, built and started.

- start_undeclared_import: main.py imports `yaml` (PyYAML, declared nowhere) and, optionally,
  `ujson`; its README documents GREETING in a ```env block: the build installs PyYAML (a note
  and a minor finding at the import, nothing for ujson), the README's value is the one set;
- start_python39: `from collections import Mapping` (gone since Python 3.10) and a Dockerfile
  `FROM python:3.9-slim`: on Debian bullseye's 3.9 when grader-base:bullseye is built (make
  images PYTHON_IMAGES=grader-base:bullseye), and without it the failed start says the code was
  written for Python <= 3.9.

Build and start only, two gradings at a time.
"""

from __future__ import annotations

from typing import Any

import pytest

from grader import GradeSettings, Report
from grader.models import PhaseName, PhaseStatus
from grader.sandbox.build import image_exists
from tests.conftest import ROOT
from tests.docker.conftest import grade_with_phases, managed_objects, phase_result, zip_folder

pytestmark = pytest.mark.docker

FIXTURES = ROOT / "tests" / "fixtures" / "real_setups"
BULLSEYE = "grader-base:bullseye"
_NEEDED = {PhaseName.BUILD, PhaseName.START}


@pytest.fixture(scope="module")
def reports(settings: GradeSettings, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Report]:
    tmp = tmp_path_factory.mktemp("older")
    without_39 = {v: i for v, i in settings.base_images.items() if i != BULLSEYE}
    runs = {
        "undeclared": ("start_undeclared_import", settings),
        "python39": ("start_python39", settings),
        "python39_absent": (
            "start_python39",
            settings.model_copy(update={"base_images": without_39}),
        ),
    }
    jobs = {
        key: (zip_folder(FIXTURES / name, tmp / f"{key}.zip", top=name), chosen)
        for key, (name, chosen) in runs.items()
    }
    return grade_with_phases(_NEEDED, jobs)


def test_an_undeclared_import_is_installed_and_named(reports: dict[str, Report]) -> None:
    report = reports["undeclared"]
    assert phase_result(report, PhaseName.START) == (PhaseStatus.OK, ""), report.phases
    assert str(report.metrics["build_imports_added"]).startswith("pyyaml==")
    notes = str(report.metrics["build_notes"])
    assert "added: main.py:3 imports `yaml`, which no declared dependency provides" in notes
    assert "ujson" not in notes
    [finding] = [f for f in report.findings if f.rule == "BUILD-IMPORT-UNDECLARED"]
    assert (finding.file, finding.line, finding.flag) == ("main.py", 3, None)
    assert finding.severity.value == "minor"
    assert "the grader installed pyyaml==" in finding.detail


def test_the_readme_env_block_gives_the_value(reports: dict[str, Report]) -> None:
    report = reports["undeclared"]
    assert report.metrics["env_sources"] == "README.md (line 11)"
    assert "env_invented" not in report.metrics
    assert "GREETING" in str(report.metrics["env_names"])


def test_code_for_python_39_runs_on_bullseye(
    reports: dict[str, Report], docker_client: Any
) -> None:
    if not image_exists(docker_client, BULLSEYE):
        pytest.skip(f"{BULLSEYE} is not built (make images PYTHON_IMAGES={BULLSEYE})")
    report = reports["python39"]
    assert str(report.metrics["build_python"]).startswith("3.9."), report.metrics
    assert phase_result(report, PhaseName.START) == (PhaseStatus.OK, ""), report.phases


def test_without_an_older_python_the_failure_says_what_the_code_needs(
    reports: dict[str, Report],
) -> None:
    report = reports["python39_absent"]
    assert str(report.metrics["build_python"]).startswith("3.11."), report.metrics
    status, reason = phase_result(report, PhaseName.START)
    assert status == PhaseStatus.FAILED
    assert "written for Python <= 3.9: `collections.Mapping`" in reason, reason
    assert "this grading ran Python 3.11" in reason, reason


def test_nothing_is_left_behind(reports: dict[str, Report], docker_client: Any) -> None:
    assert len(reports) == 3
    assert managed_objects(docker_client) == []
