"""`grade` on a GitHub runner: step summary, score output and located annotations."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import BASE_IMAGE, ROOT, SAMPLES


def test_cli_writes_github_outputs_and_annotations(tmp_path: Path) -> None:
    summary, outputs = tmp_path / "summary.md", tmp_path / "outputs.txt"
    env = {
        **os.environ,
        "GITHUB_ACTIONS": "true",
        "GITHUB_STEP_SUMMARY": str(summary),
        "GITHUB_OUTPUT": str(outputs),
    }
    reports = tmp_path / "reports"
    proc = subprocess.run(
        [sys.executable, "-m", "grader.cli", str(SAMPLES / "notes_keyerror"), "--quiet",
         "--base-image", BASE_IMAGE, "--format", "json,md,html,junit,sarif", "-o", str(reports)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert sorted(p.name for p in reports.iterdir()) == [
        "report.html", "report.json", "report.junit", "report.md", "report.sarif",
    ]
    score = json.loads((reports / "report.json").read_text())["score"]
    assert f"score={score:g}" in outputs.read_text() or f"score={score}" in outputs.read_text()
    assert "notes_keyerror" in summary.read_text()
    annotations = [line for line in proc.stdout.splitlines() if line.startswith("::")]
    assert any(
        line.startswith("::error") and "file=main.py" in line and "line=61" in line
        for line in annotations
    ), annotations
