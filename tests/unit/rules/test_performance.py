from __future__ import annotations

from tests.unit.rules.conftest import RunFixture, expected, located


def test_unbounded_lists_fire_and_paginated_ones_do_not(run_fixture: RunFixture) -> None:
    findings = run_fixture("performance/lists.py")
    assert located(findings, "PERF-") == expected("performance/lists.py")
    assert all(f.severity == "minor" for f in findings if f.rule.startswith("PERF-"))
