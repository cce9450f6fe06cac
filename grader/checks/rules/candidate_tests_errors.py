"""Candidate tests that could not run at all, named by their cause (read from pytest's output)."""

from __future__ import annotations

from grader.checks.registry import declare
from grader.models import RedFlag, Severity

declare(
    "TESTS-IMPORT-ERROR",
    RedFlag.TESTING_GAPS,
    Severity.MAJOR,
    "The tests cannot be imported",
    "candidate_tests",
    "pytest could not import a test module or a conftest.py (an ImportError or another error "
    "while collecting): those tests never ran. The detail names the module and the error, e.g. "
    "a test dependency (httpx for TestClient) missing from the declared requirements.\n\n"
    "Why it matters: a suite that does not import in a clean environment tests nothing.",
)
declare(
    "TESTS-RUN-ERROR",
    RedFlag.TESTING_GAPS,
    Severity.MAJOR,
    "pytest refuses to start",
    "candidate_tests",
    "pytest stopped before collecting any test: a usage or configuration error (an `addopts` "
    "option of a plugin that is not installed, such as `--cov` without pytest-cov, or an "
    "invalid ini file). The detail quotes pytest's error.\n\n"
    "Why it matters: the suite cannot run in a clean environment.",
)
