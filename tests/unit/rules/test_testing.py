from __future__ import annotations

from tests.unit.rules.conftest import RunFixture


def _rules(findings: list) -> set[tuple[str, str | None, int | None]]:  # type: ignore[type-arg]
    return {(f.rule, f.file, f.line) for f in findings if f.rule.startswith("TESTS-")}


def test_no_tests_at_all(run_fixture: RunFixture) -> None:
    assert _rules(run_fixture("testing/app.py")) == {("TESTS-MISSING", None, None)}


def test_happy_path_only(run_fixture: RunFixture) -> None:
    findings = run_fixture("testing/app.py", tests="testing/happy_tests.py")
    assert _rules(findings) == {("TESTS-HAPPY-PATH-ONLY", "tests/test_api.py", 1)}


def test_a_4xx_expectation_anywhere_clears_it(run_fixture: RunFixture) -> None:
    findings = run_fixture("testing/app.py", tests="testing/error_tests.py")
    assert _rules(findings) == set()
