"""Grades the bundled samples for real and compares with their expected.toml."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from grader import GradeSettings, Report
from grader.reporters.json_report import json_schema
from tests.conftest import SAMPLES
from tests.docker.conftest import expected, graded_sample, managed_objects

SAMPLE_NAMES = sorted(p.name for p in SAMPLES.iterdir() if (p / "expected.toml").is_file())


def _matches(finding: dict[str, Any], want: dict[str, Any]) -> bool:
    if finding["rule"] != want["rule"]:
        return False
    request = finding.get("request") or {}
    if "method" in want and request.get("method") != want["method"]:
        return False
    if "path" in want and request.get("path") != want["path"]:
        return False
    if "file" in want and finding.get("file") != want["file"]:
        return False
    if "line" in want and (finding.get("line") is None or abs(finding["line"] - want["line"]) > 2):
        return False
    return not ("detail_contains" in want and want["detail_contains"] not in finding["detail"])


@pytest.mark.parametrize("sample", SAMPLE_NAMES)
def test_sample_matches_its_expectations(
    sample: str, settings: GradeSettings, tmp_path_factory: pytest.TempPathFactory,
    docker_client: Any,
) -> None:
    report = graded_sample(sample, settings, tmp_path_factory.mktemp(sample))
    want = expected(sample)
    document = json.loads(report.model_dump_json())
    jsonschema.validate(document, json.loads(json_schema()))
    assert report.status.value == want["status_now"], [p for p in document["phases"]]
    assert report.submission.kind.value == want["kind"]
    findings = document["findings"]
    for wanted in want.get("findings", []):
        assert any(_matches(f, wanted) for f in findings), (wanted, findings)
    for unwanted in want.get("absent", []):
        assert not any(f["rule"] == unwanted["rule"] for f in findings), findings
    assert len(document["red_flags"]) == 6
    for verdict in document["red_flags"]:
        if verdict["status"] == "raised":
            assert verdict["evidence"], verdict
        if verdict["status"] == "not_assessed":
            assert verdict["reason"]
    assert managed_objects(docker_client) == []


def test_server_error_finding_reproduces_with_curl(
    settings: GradeSettings, tmp_path_factory: pytest.TempPathFactory
) -> None:
    report: Report = graded_sample("notes_keyerror", settings, tmp_path_factory.mktemp("n"))
    errors = [f for f in report.findings if f.rule == "FUZZ-SERVER-ERROR"]
    assert errors, report.findings
    delete = [f for f in errors if f.request and f.request.method == "DELETE"]
    assert delete and delete[0].request is not None
    assert delete[0].request.curl.startswith("curl")
    assert "-X DELETE" in delete[0].request.curl
    assert "127.0.0.1" in delete[0].request.curl
    assert delete[0].file == "main.py"
    phases = {p.name.value: p.status.value for p in report.phases}
    assert phases["fuzz"] == "ok" and phases["candidate_tests"] == "ok"
    assert report.metrics["tests.total"] == report.metrics["tests.passed"]
    assert report.scoring is not None and report.scoring.method


def test_good_sample_scores_above_flawed_ones(
    settings: GradeSettings, tmp_path_factory: pytest.TempPathFactory
) -> None:
    tmp = tmp_path_factory.mktemp("rank")
    good = graded_sample("todo_good", settings, tmp)
    flawed = graded_sample("notes_keyerror", settings, tmp)
    broken = graded_sample("todo_missing_dep", settings, tmp)
    assert good.score is not None and flawed.score is not None and broken.score is not None
    assert good.score > flawed.score > broken.score


def test_missing_dependency_is_build_failed_with_the_pip_line(
    settings: GradeSettings, tmp_path_factory: pytest.TempPathFactory, tmp_path: Path
) -> None:
    report = graded_sample("todo_missing_dep", settings, tmp_path_factory.mktemp("m"))
    assert report.status.value == "build_failed"
    finding = next(f for f in report.findings if f.rule == "BUILD-DEPENDENCY-MISSING")
    assert "No matching distribution" in finding.detail
    assert finding.file == "requirements.txt" and finding.line is not None
