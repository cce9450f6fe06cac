from __future__ import annotations

from tests.unit.rules.conftest import RunFixture, expected, located


def test_handler_rules_fire_on_the_marked_lines_only(run_fixture: RunFixture) -> None:
    findings = run_fixture("type_hints/handlers.py")
    assert located(findings, "TYPE-HINTS-") == expected("type_hints/handlers.py")


def test_mostly_missing_is_one_major_finding(run_fixture: RunFixture) -> None:
    findings = run_fixture("type_hints/mostly_untyped.py")
    mostly = [f for f in findings if f.rule == "TYPE-HINTS-MOSTLY-MISSING"]
    assert {(f.rule, f.line) for f in mostly} == expected("type_hints/mostly_untyped.py")
    assert mostly[0].severity == "major"
    assert "3 of 5 functions" in mostly[0].detail
