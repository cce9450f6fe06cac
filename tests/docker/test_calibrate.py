"""`grade calibrate` grading one tiny labeled case for real, end to end through the CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from grader.cli import main
from tests.conftest import BASE_IMAGE, ROOT
from tests.docker.conftest import managed_objects

CASE = ROOT / "tests" / "fixtures" / "calibration" / "todo_minimal"


@pytest.mark.docker
def test_calibrate_grades_a_fixture_case(tmp_path: Path, docker_client: Any) -> None:
    output, reports = tmp_path / "calibration.json", tmp_path / "reports"
    args = ["calibrate", str(CASE), "--format", "json", "-o", str(output)]
    args += ["--reports", str(reports), "--base-image", BASE_IMAGE]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, (result.stderr, result.exception)
    assert "[1/1] todo_minimal: started" in result.stderr
    data = json.loads(output.read_text())
    [case] = data["cases"]
    assert case["id"] == "todo_minimal" and case["outcome"] == "graded", case
    assert case["status"] in ("graded", "partial"), case
    assert isinstance(case["score"], float), case
    assert case["labeled"] == ["security_oversights", "testing_gaps"]
    assert {f["flag"] for f in data["flags"]} == {
        "async_confusion",
        "type_hint_avoidance",
        "security_oversights",
        "documentation_neglect",
        "testing_gaps",
        "performance_ignorance",
    }
    assert (reports / "todo_minimal.json").is_file()
    assert managed_objects(docker_client) == []
