"""Every static rule over the real sample submissions: the good one must come out clean."""

from __future__ import annotations

from pathlib import Path

import pytest

from grader.checks import StaticContext, run_static_checks
from grader.discovery import discover
from grader.models import Finding

SAMPLES = Path(__file__).resolve().parents[3] / "sample_submissions"


def _static(name: str) -> list[Finding]:
    root = SAMPLES / name
    return run_static_checks(StaticContext(root, discover(root)))


def test_todo_good_raises_no_flag() -> None:
    raised = [f for f in _static("todo_good") if f.severity != "info"]
    assert raised == []


@pytest.mark.parametrize(
    ("sample", "rules"),
    [
        (
            "notes_keyerror",
            {"SEC-UNAUTHENTICATED-WRITES", "PERF-UNBOUNDED-LIST", "TESTS-HAPPY-PATH-ONLY"},
        ),
        ("todo_missing_dep", {"SEC-UNAUTHENTICATED-WRITES", "PERF-UNBOUNDED-LIST"}),
        ("todo_poetry_factory", {"SEC-UNAUTHENTICATED-WRITES", "PERF-UNBOUNDED-LIST"}),
    ],
)
def test_flawed_samples_raise_what_they_show(sample: str, rules: set[str]) -> None:
    found = {f.rule for f in _static(sample)}
    assert rules <= found
    assert not found & {"SEC-PLAINTEXT-PASSWORD", "SEC-SQL-INJECTION", "SEC-HARDCODED-SECRET"}
