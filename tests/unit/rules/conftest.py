"""Run the static rules over a fixture from tests/fixtures/rules copied into a temporary project."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from grader.checks import StaticContext, run_static_checks
from grader.discovery import discover
from grader.models import Finding

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "rules"
_MARKER = re.compile(r"#\s*expect:\s*([A-Z0-9, -]+)")

Located = set[tuple[str, int]]
RunFixture = Callable[..., list[Finding]]


def expected(fixture: str) -> Located:
    """(code, line) for every `# expect: CODE[, CODE]` marker in the fixture file."""
    found: Located = set()
    text = (FIXTURES / fixture).read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), start=1):
        match = _MARKER.search(line)
        if match:
            found |= {(code.strip(), number) for code in match.group(1).split(",") if code.strip()}
    return found


def located(findings: list[Finding], *prefixes: str) -> Located:
    return {(f.rule, f.line or 0) for f in findings if f.rule.startswith(prefixes)}


@pytest.fixture
def run_fixture(tmp_path: Path) -> RunFixture:
    """Copy `main` to main.py (and `tests` to tests/test_api.py), then run every static rule."""

    def run(main: str | None, tests: str | None = None) -> list[Finding]:
        if main is not None:
            shutil.copy(FIXTURES / main, tmp_path / "main.py")
        if tests is not None:
            (tmp_path / "tests").mkdir()
            shutil.copy(FIXTURES / tests, tmp_path / "tests" / "test_api.py")
        return run_static_checks(StaticContext(tmp_path, discover(tmp_path)))

    return run
