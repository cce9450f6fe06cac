from __future__ import annotations

from tests.unit.rules.conftest import FIXTURES, RunFixture, expected, located


def test_unbounded_lists_fire_and_paginated_ones_do_not(run_fixture: RunFixture) -> None:
    findings = run_fixture("performance/lists.py")
    assert located(findings, "PERF-") == expected("performance/lists.py")
    assert all(f.severity == "minor" for f in findings if f.rule.startswith("PERF-"))


def test_an_unbounded_list_names_the_line_that_reads_its_rows(run_fixture: RunFixture) -> None:
    """The route marks the handler; the query that reads every row is where a page belongs,
    in a helper when the handler calls one (not the helper that looks the parent up)."""
    findings = run_fixture("performance/lists.py")
    (comments,) = [f for f in findings if "(list_comments)" in f.detail]
    source = (FIXTURES / "performance" / "lists.py").read_text(encoding="utf-8").splitlines()
    reads = next(n for n, line in enumerate(source, 1) if "# reads: every comment" in line)
    assert [(r.file, r.line) for r in comments.related] == [("main.py", reads)]
    assert f"the rows are read at main.py:{reads}." in comments.detail


def test_a_list_filled_row_by_row_is_every_row(run_fixture: RunFixture) -> None:
    """`for row in rows: todos.append(...)` then `todos[offset:offset + limit]`: the finding
    marks the fetch and names the slice."""
    findings = run_fixture("performance/lists.py")
    (appended,) = [f for f in findings if f.detail.startswith("appended ")]
    source = (FIXTURES / "performance" / "lists.py").read_text(encoding="utf-8").splitlines()
    cut = next(n for n, line in enumerate(source, 1) if "# the page is cut here" in line)
    assert [(r.line, r.role) for r in appended.related] == [(cut, "the page is cut here")]
