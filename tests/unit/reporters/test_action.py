"""The composite action: its interface, and the scripts it runs, checked without a runner."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import yaml

ACTION = Path(__file__).resolve().parents[3] / "action.yml"


def _action() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(ACTION.read_text(encoding="utf-8"))
    return loaded


def test_inputs_outputs_and_steps() -> None:
    action = _action()
    defaults = {name: spec.get("default") for name, spec in action["inputs"].items()}
    assert defaults["path"] == "."
    assert defaults["fail-under"] == "0"
    assert defaults["formats"] == "json,md,html,junit,sarif"
    assert defaults["base-image"] == "python:3.12-slim"
    assert action["outputs"]["score"]["value"] == "${{ steps.grade.outputs.score }}"
    assert action["runs"]["using"] == "composite"
    uses = [step.get("uses", "").split("@")[0] for step in action["runs"]["steps"]]
    for needed in (
        "actions/setup-python",
        "actions/upload-artifact",
        "github/codeql-action/upload-sarif",
    ):
        assert needed in uses
    sarif = next(s for s in action["runs"]["steps"] if "upload-sarif" in s.get("uses", ""))
    assert sarif["with"]["sarif_file"] == "grader-reports/report.sarif"
    assert "always()" in sarif["if"]


def test_scripts_parse_and_never_splice_inputs() -> None:
    for step in _action()["runs"]["steps"]:
        script = step.get("run")
        if script is None:
            continue
        assert "${{" not in script, "inputs must reach scripts through env, not the script text"
        subprocess.run(["bash", "-n"], input=script, text=True, check=True, timeout=10)


def test_grading_step_continues_to_the_uploads() -> None:
    grade = next(s for s in _action()["runs"]["steps"] if s.get("id") == "grade")
    script = grade["run"]
    assert re.search(r"grade \"\$GRADER_PATH\" --format \"\$formats\" -o grader-reports", script)
    assert '--fail-under "$GRADER_FAIL_UNDER"' in script
    assert script.rstrip().endswith("exit 0")
    assert "grade prepare" in " ".join(s.get("run", "") for s in _action()["runs"]["steps"])
