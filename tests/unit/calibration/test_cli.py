"""`grade calibrate` through click, on saved reports (--reports with --reuse): no Docker needed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from grader.cli import main
from grader.models import Report
from tests.unit.calibration.builders import SEC, TEST, finding, label_toml, report, write_case


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, Path]:
    """Three cases with saved reports: security raised right once and wrongly once (precision
    0.5, recall 1.0), testing gaps missed once (recall 0.0); scores rank the qualities exactly."""
    cases, reports = tmp_path / "tune", tmp_path / "reports"
    reports.mkdir()
    evidence = '[[evidence]]\nflag = "security_oversights"\nfile = "app/main.py"\nline = 12\nwhat = "[no] auth"\n'
    saved: dict[str, Report] = {
        "weak": report([finding("CONF-AUTHENTICATION", SEC, "app/main.py", 13)], score=20.0),
        "good": report([finding("CONF-AUTHENTICATION", SEC, "app/main.py", 3)], score=80.0),
        "middling": report(score=50.0),
    }
    write_case(cases, "weak", label_toml({SEC}, quality=1) + evidence)
    write_case(cases, "good", label_toml(quality=5))
    write_case(cases, "middling", label_toml({TEST}, quality=3))
    for name, rep in saved.items():
        (reports / f"{name}.json").write_text(rep.model_dump_json(indent=2))
    return cases, reports


def _run(args: list[str]) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["calibrate", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def test_json_output_from_saved_reports(corpus: tuple[Path, Path]) -> None:
    cases, reports = corpus
    code, out, err = _run([str(cases), "--reports", str(reports), "--reuse", "--format", "json"])
    assert code == 0, err
    data = json.loads(out)
    assert [(c["id"], c["outcome"], c["score"]) for c in data["cases"]] == [
        ("good", "reused", 80.0),
        ("middling", "reused", 50.0),
        ("weak", "reused", 20.0),
    ]
    sec = next(f for f in data["flags"] if f["flag"] == "security_oversights")
    assert (sec["tp"], sec["fp"], sec["precision"], sec["recall"]) == (1, 1, 0.5, 1.0)
    assert data["evidence"]["hits"] == 1 and data["evidence"]["total"] == 1
    assert data["spearman"] == pytest.approx(1.0)
    assert "[1/3] good: started" in err and "[3/3] weak: reused, status graded, score 20.0" in err


@pytest.mark.parametrize(
    ("thresholds", "code"),
    [
        (["--min-precision", "0.9"], 1),  # security 0.5
        (["--min-recall", "0.9"], 1),  # testing gaps 0.0
        (["--min-precision", "0.5", "--min-spearman", "0.99", "--min-evidence", "1.0"], 0),
        (["--min-spearman", "1.01"], 1),
        ([], 0),
    ],
)
def test_thresholds_set_the_exit_code(
    corpus: tuple[Path, Path], thresholds: list[str], code: int
) -> None:
    cases, reports = corpus
    exit_code, out, _ = _run([str(cases), "--reports", str(reports), "--reuse", *thresholds])
    assert exit_code == code
    assert "Flags (all cases)" in out
    assert ("thresholds: not met" in out) == (code == 1)


def test_text_to_a_file(corpus: tuple[Path, Path], tmp_path: Path) -> None:
    cases, reports = corpus
    target = tmp_path / "out" / "calibration.txt"
    code, out, _ = _run([str(cases), "--reports", str(reports), "--reuse", "-o", str(target)])
    assert code == 0 and out == ""
    text = target.read_text()
    for part in (
        "Cases",
        "Rules",
        "Evidence hit rate: 1/1",
        "Spearman 1.000 over 3",
        "CONF-AUTHENTICATION",
    ):
        assert part in text
    assert "\x1b[" not in text


def test_a_malformed_label_is_a_usage_error_naming_the_file(tmp_path: Path) -> None:
    write_case(tmp_path / "tune", "bad", label_toml().replace("quality = 3", "quality = 9"))
    code, _, err = _run([str(tmp_path / "tune")])
    assert code == 2
    assert str(tmp_path / "tune" / "bad" / "label.toml") in err and "quality" in err


def test_reuse_needs_reports(corpus: tuple[Path, Path]) -> None:
    cases, _ = corpus
    code, _, err = _run([str(cases), "--reuse"])
    assert code == 2 and "--reuse needs --reports" in err


def test_no_docker_engine_is_exit_3(
    corpus: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A case without a saved report needs grading, and grading needs an engine."""
    cases, reports = corpus
    (reports / "middling.json").unlink()
    (cases / "middling" / "submission" / "main.py").write_text("from fastapi import FastAPI\napp = FastAPI()\n")
    monkeypatch.setenv("DOCKER_HOST", f"unix://{tmp_path}/no.sock")
    code, out, err = _run([str(cases), "--reports", str(reports), "--reuse"])
    assert code == 3 and out == ""
    assert "no Docker engine answered" in err
