from __future__ import annotations

from tests.unit.rules.conftest import RunFixture, expected, located


def test_undocumented_routes_get_one_summarised_finding(run_fixture: RunFixture) -> None:
    findings = run_fixture("api_docs/undocumented.py")
    assert located(findings, "DOCS-NO-RESPONSE", "DOCS-NO-ROUTE") == expected("api_docs/undocumented.py")
    summary = next(f for f in findings if f.rule == "DOCS-NO-RESPONSE-MODEL")
    assert summary.detail.startswith("2 of ")  # the 204 route needs no schema
    # the other route lacking one is named with its line, for a reviewer to open
    assert [(r.line, r.role) for r in summary.related] == [(14, "get_todo has no response schema")]


def test_documented_routes_raise_nothing(run_fixture: RunFixture) -> None:
    assert located(run_fixture("api_docs/documented.py"), "DOCS-NO-RESPONSE", "DOCS-NO-ROUTE") == set()
