from __future__ import annotations

from pathlib import Path

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


def test_routes_described_by_summaries_are_documented_if_thinly(tmp_path: Path) -> None:
    """No response models but a summary or docstring on each route: /docs says what each does,
    so the finding is informational; the same routes bare are the neglect."""
    from grader.checks import StaticContext, run_static_checks
    from grader.discovery import discover
    from grader.scoring.policy import settle_severity

    def severity(described: bool) -> str:
        doc = '    """Create a todo."""\n' if described else ""
        summary = ', summary="List todos"' if described else ""
        (tmp_path / "main.py").write_text(
            "from fastapi import FastAPI\napp = FastAPI()\n\n"
            f"@app.get('/todos'{summary})\ndef list_todos():\n    return []\n\n"
            f"@app.post('/todos')\ndef create_todo(body: dict):\n{doc}    return body\n"
        )
        (finding,) = [
            f
            for f in run_static_checks(StaticContext(tmp_path, discover(tmp_path)))
            if f.rule == "DOCS-NO-RESPONSE-MODEL"
        ]
        return settle_severity(finding).severity.value

    assert severity(described=False) == "minor"
    assert severity(described=True) == "info"


def test_routes_registered_by_a_call_are_pointed_at_where_the_call_is(
    run_fixture: RunFixture,
) -> None:
    """`self.app.add_api_route("/todos", self.list_todos)`: the call is where `response_model=`
    or `summary=` would go, so the finding points there, not at the method far below."""
    findings = run_fixture("api_docs/registered.py")
    assert located(findings, "DOCS-NO-RESPONSE", "DOCS-NO-ROUTE") == expected("api_docs/registered.py")
    summary = next(f for f in findings if f.rule == "DOCS-NO-RESPONSE-MODEL")
    assert [(r.line, r.role) for r in summary.related] == [(9, "get_todo has no response schema")]
