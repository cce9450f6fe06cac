from __future__ import annotations

import xml.etree.ElementTree as ET

from grader.checks.registry import Rule, load_rules
from grader.models import Finding, RedFlag, Report, Severity
from grader.reporters import junit
from tests.unit.reporters.conftest import UVICORN_ADDED


def _rule(code: str, source: str, flag: RedFlag | None = None) -> Rule:
    return Rule(code=code, flag=flag, severity=Severity.MAJOR, title=code, source=source, doc="")


RULES = {
    r.code: r
    for r in (
        _rule("DOCS-DISABLED", "static", RedFlag.DOCUMENTATION_NEGLECT),
        _rule("DOCS-NO-README", "static", RedFlag.DOCUMENTATION_NEGLECT),
        _rule("FUZZ-SERVER-ERROR", "fuzz"),
        _rule("FUZZ-SCHEMA-VIOLATION", "fuzz"),
        _rule("BUILD-UVICORN-UNDECLARED", "build"),
        _rule("TESTS-FAILING", "candidate_tests", RedFlag.TESTING_GAPS),  # its phase was skipped
    )
}


def _cases(root: ET.Element, suite: str) -> dict[str, ET.Element]:
    found = root.find(f"testsuite[@name='{suite}']")
    assert found is not None
    return {case.attrib["name"]: case for case in found.iter("testcase")}


def test_counts_phases_and_rules(flawed_report: Report) -> None:
    root = ET.fromstring(junit.render(flawed_report, rules=RULES))
    phases = _cases(root, "phases")
    assert list(phases) == [p.name.value for p in flawed_report.phases]
    assert phases["candidate_tests"].find("skipped") is not None
    rules = _cases(root, "rules")
    # every registered rule whose phase ran, plus the two codes only the findings carry
    assert sorted(rules) == sorted(
        [
            "DOCS-DISABLED",
            "DOCS-NO-README",
            "FUZZ-SERVER-ERROR",
            "FUZZ-SCHEMA-VIOLATION",
            "BUILD-UVICORN-UNDECLARED",
            "ASYNC-LOOP-BLOCKED",
            "SEC-HARDCODED-SECRET",
        ]
    )
    assert "TESTS-FAILING" not in rules
    assert root.attrib["tests"] == str(10 + 7)
    assert root.attrib["failures"] == "5"
    assert root.attrib["skipped"] == "2"
    assert root.find("testsuite[@name='rules']").attrib["failures"] == "5"  # type: ignore[union-attr]


def test_failures_carry_file_and_line(flawed_report: Report) -> None:
    rules = _cases(ET.fromstring(junit.render(flawed_report, rules=RULES)), "rules")
    server_error = rules["FUZZ-SERVER-ERROR"]
    failure = server_error.find("failure")
    assert failure is not None
    assert server_error.attrib["file"] == "main.py" and server_error.attrib["line"] == "61"
    assert "at main.py:61" in failure.attrib["message"]
    assert "curl -X DELETE http://127.0.0.1:8000/notes/114827" in (failure.text or "")
    assert failure.attrib["type"] == "major"
    assert rules["DOCS-DISABLED"].find("failure") is None  # ran and found nothing: a pass


def test_info_findings_pass_with_output(clean_report: Report) -> None:
    rules = _cases(ET.fromstring(junit.render(clean_report, rules=RULES)), "rules")
    case = rules["BUILD-UVICORN-UNDECLARED"]
    assert case.find("failure") is None
    assert UVICORN_ADDED.title in (case.findtext("system-out") or "")


def test_rejected_report_has_no_rule_cases(rejected_report: Report) -> None:
    root = ET.fromstring(junit.render(rejected_report, rules=RULES))
    assert _cases(root, "rules") == {}
    phases = _cases(root, "phases")
    assert phases["intake"].find("failure") is not None
    assert root.attrib["failures"] == "1" and root.attrib["skipped"] == "9"


def test_registry_rules_with_no_finding_pass(clean_report: Report) -> None:
    root = ET.fromstring(junit.render(clean_report))
    rules = _cases(root, "rules")
    assert "DOCS-DISABLED" in rules and rules["DOCS-DISABLED"].find("failure") is None
    assert len(rules) >= len([r for r in load_rules().values() if r.source == "static"])


def test_control_characters_from_logs_stay_valid_xml(flawed_report: Report) -> None:
    noisy = Finding(
        id="F-x",
        rule="FUZZ-SERVER-ERROR",
        severity=Severity.MAJOR,
        title="crash \x1b[31mred\x1b[0m \x00",
        detail="tail\x07",
        file="main.py",
        line=2,
        source="fuzz",
    )
    text = junit.render(flawed_report.model_copy(update={"findings": [noisy]}), rules=RULES)
    failure = _cases(ET.fromstring(text), "rules")["FUZZ-SERVER-ERROR"].find("failure")
    assert failure is not None and "red" in failure.attrib["message"]


def test_deterministic(flawed_report: Report) -> None:
    shuffled = flawed_report.model_copy(update={"findings": flawed_report.findings[::-1]})
    assert junit.render(shuffled, rules=RULES) == junit.render(flawed_report, rules=RULES)
    assert "timestamp" not in junit.render(flawed_report, rules=RULES)
