from __future__ import annotations

import json
import zipfile
from pathlib import Path

import jsonschema
from click.testing import CliRunner

from grader.cli import main
from grader.reporters.json_report import json_schema


def test_schema_command_prints_the_generated_schema() -> None:
    result = CliRunner().invoke(main, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.output)
    assert schema == json.loads(json_schema())
    assert {"schema_version", "red_flags", "findings", "phases", "metrics"} <= set(
        schema["properties"]
    )


def test_rules_command_lists_codes_with_flags() -> None:
    result = CliRunner().invoke(main, ["rules"])
    assert result.exit_code == 0
    assert "FUZZ-SERVER-ERROR" in result.output
    assert "DOCS-DISABLED" in result.output and "documentation_neglect" in result.output


def test_traversal_zip_is_rejected_with_exit_2_and_a_valid_report(tmp_path: Path) -> None:
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("app/main.py", "print('hi')\n")
        zf.writestr("../escaped.py", "x = 1\n")
    out = tmp_path / "out" / "report.json"
    result = CliRunner().invoke(main, [str(archive), "-o", str(out), "--quiet"])
    assert result.exit_code == 2, result.output
    report = json.loads(out.read_text())
    jsonschema.validate(report, json.loads(json_schema()))
    assert report["status"] == "rejected"
    assert report["score"] is None
    assert len(report["red_flags"]) == 6
    assert all(v["status"] == "not_assessed" for v in report["red_flags"])
    intake = report["phases"][0]
    assert intake["name"] == "intake" and intake["status"] == "failed"
    assert "escaped.py" in intake["reason"]
    assert not (tmp_path / "escaped.py").exists()
    assert not (tmp_path.parent / "escaped.py").exists()


def test_unknown_format_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, [str(tmp_path), "--format", "pdf"])
    assert result.exit_code == 2
