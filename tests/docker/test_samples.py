"""Grades every bundled sample for real and compares with its expected.toml."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest

from grader import GradeSettings, Report, grade
from grader.models import RedFlag
from grader.reporters.json_report import json_schema
from tests.conftest import SAMPLES
from tests.docker.conftest import SAMPLE_NAMES, expected, managed_objects, zip_folder

QUALITY_ORDER = {"good": 2, "flawed": 1, "dangerous": 0}


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
    sample: str, graded_samples: dict[str, Report], docker_client: Any
) -> None:
    report = graded_samples[sample]
    want = expected(sample)
    document = json.loads(report.model_dump_json())
    jsonschema.validate(document, json.loads(json_schema()))
    phases = {p["name"]: (p["status"], p["reason"]) for p in document["phases"]}
    assert report.status.value == want["status"], phases
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


def test_flag_precision_and_recall(graded_samples: dict[str, Report]) -> None:
    """Per flag over all samples: a wrong flag costs a good candidate the job, so both count."""
    lines, failures = [], []
    for flag in RedFlag:
        tp = fp = fn = 0
        for sample, report in graded_samples.items():
            want = expected(sample).get("flags", {}).get(flag.value)
            if want is None:
                continue
            got = next(v.status for v in report.red_flags if v.flag == flag)
            tp += want == "raised" and got == "raised"
            fp += want == "clear" and got == "raised"
            fn += want == "raised" and got != "raised"
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        lines.append(f"{flag.value:<24} precision {precision:.2f} recall {recall:.2f} "
                     f"(tp {tp}, fp {fp}, fn {fn})")
        if precision < 0.9 or recall < 0.9:
            failures.append(flag.value)
    print("\n" + "\n".join(lines))
    assert not failures, "\n".join(lines)


def test_scores_rank_samples_by_expected_quality(graded_samples: dict[str, Report]) -> None:
    ranked = []
    for sample, report in graded_samples.items():
        quality = expected(sample).get("quality")
        if quality is not None:
            assert report.score is not None
            ranked.append((QUALITY_ORDER[quality], report.score, sample))
    print("\n" + "\n".join(f"{s:6.1f} {q} {name}" for q, s, name in sorted(ranked)))
    for q_low, s_low, low in ranked:
        for q_high, s_high, high in ranked:
            if q_high > q_low:
                assert s_high > s_low, f"{high} ({s_high}) should score above {low} ({s_low})"


def test_server_error_finding_reproduces_with_curl(graded_samples: dict[str, Report]) -> None:
    report = graded_samples["notes_keyerror"]
    delete = [
        f for f in report.findings
        if f.rule == "FUZZ-SERVER-ERROR" and f.request and f.request.method == "DELETE"
    ]
    assert delete and delete[0].request is not None
    assert delete[0].request.curl.startswith("curl")
    assert "-X DELETE" in delete[0].request.curl
    assert "127.0.0.1" in delete[0].request.curl
    assert delete[0].file == "main.py"
    assert report.scoring is not None and report.scoring.method


def test_missing_dependency_is_build_failed_with_the_pip_line(
    graded_samples: dict[str, Report],
) -> None:
    report = graded_samples["todo_missing_dep"]
    assert report.status.value == "build_failed"
    finding = next(f for f in report.findings if f.rule == "BUILD-DEPENDENCY-MISSING")
    assert "No matching distribution" in finding.detail
    assert finding.file == "requirements.txt" and finding.line is not None


def test_blocking_sample_metrics_hold_latency_figures(graded_samples: dict[str, Report]) -> None:
    metrics = graded_samples["todo_sleep_async"].metrics
    assert isinstance(metrics.get("load.probe_ms"), float)
    assert isinstance(metrics.get("load.idle_probe_ms"), float)
    assert any(k.endswith(".c1.p50_ms") for k in metrics)
    blocked = [f for f in graded_samples["todo_sleep_async"].findings
               if f.rule == "ASYNC-LOOP-BLOCKED"]
    assert blocked and "GET /todos" in blocked[0].title


def test_grading_twice_gives_the_same_verdicts_score_and_ids(
    graded_samples: dict[str, Report], settings: GradeSettings,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """Seeded fuzzing and sorted, content-derived ids: a re-grade must not change a verdict."""
    first = graded_samples["notes_keyerror"]
    archive = zip_folder(SAMPLES / "notes_keyerror", tmp_path_factory.mktemp("again") / "n.zip")
    second = grade(archive, settings)
    assert second.score == first.score
    assert [(v.flag, v.status, v.severity) for v in second.red_flags] == [
        (v.flag, v.status, v.severity) for v in first.red_flags
    ]
    assert [(f.id, f.rule, f.file, f.line) for f in second.findings] == [
        (f.id, f.rule, f.file, f.line) for f in first.findings
    ]
