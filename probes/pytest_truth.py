"""A pytest plugin loaded into the candidate's test run (`-p pytest_truth`), standard library only.

It records what really happened to each test, from a wrapper around the test call itself, before
any `pytest_runtest_makereport` hook of the candidate can rewrite the outcome. It also records the
outcome pytest reports, so the grader can see a conftest that turns failures into passes. It also
records the HTTP requests the tests send to the app (method, path, status), so the grader knows
which operations no test touches and whether any test exercises an error path, and each module
pytest could not collect (an import error) with the error pytest gives.

Records go to a duplicate of the real stdout taken at import, before pytest captures output, as
lines of their own (a newline first: pytest's progress dots share the line) behind a marker.
The grader trusts none of the candidate's own output.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Generator
from typing import Any

import pytest

MARKER = "@@grader-truth@@ "
_MAX_RECORDS = 5000
_out_fd = os.dup(1)
_written = 0


def _emit(record: dict[str, Any]) -> None:
    global _written
    if _written >= _MAX_RECORDS:
        return
    _written += 1
    with contextlib.suppress(OSError):
        os.write(_out_fd, ("\n" + MARKER + json.dumps(record, default=str) + "\n").encode())


def _outcome_of(excinfo: Any) -> str:
    if excinfo is None:
        return "passed"
    kind = excinfo[0] if isinstance(excinfo, tuple) else type(excinfo)
    name = getattr(kind, "__name__", "")
    if name in ("Skipped", "XFailed"):
        return "skipped"
    return "failed"


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> Generator[None, Any, None]:
    outcome = yield
    if outcome.excinfo is not None and _outcome_of(outcome.excinfo) == "failed":
        _emit({"kind": "true", "nodeid": item.nodeid, "when": "setup", "outcome": "error"})


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, Any, None]:
    outcome = yield
    xfail = item.get_closest_marker("xfail") is not None
    _emit(
        {
            "kind": "true",
            "nodeid": item.nodeid,
            "when": "call",
            "outcome": _outcome_of(outcome.excinfo),
            "xfail": xfail,
            "is_async": _is_async(item),
        }
    )


def _is_async(item: pytest.Item) -> bool:
    import inspect

    function = getattr(item, "function", None)
    return function is not None and inspect.iscoroutinefunction(function)


@pytest.hookimpl(trylast=True)
def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when == "call" or (report.when == "setup" and report.outcome != "passed"):
        _emit(
            {
                "kind": "reported",
                "nodeid": report.nodeid,
                "when": report.when,
                "outcome": report.outcome,
                "wasxfail": hasattr(report, "wasxfail"),
            }
        )


@pytest.hookimpl(trylast=True)
def pytest_collectreport(report: pytest.CollectReport) -> None:
    """A module pytest could not collect (an ImportError...): its tests will never run."""
    if report.failed:
        _emit(
            {
                "kind": "collect_error",
                "nodeid": report.nodeid,
                "error": str(report.longrepr)[-4000:],
            }
        )


def pytest_configure(config: pytest.Config) -> None:
    _record_requests()


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _emit({"kind": "session", "exitstatus": int(exitstatus), "collected": session.testscollected})


def _record_requests() -> None:
    """Wrap Starlette's ASGI entry so every request a test sends to the app is recorded."""
    try:
        from starlette.applications import Starlette
    except Exception:
        return
    original = Starlette.__call__

    async def recording_call(self: Any, scope: Any, receive: Any, send: Any) -> None:
        if scope.get("type") != "http":
            await original(self, scope, receive, send)
            return
        seen: dict[str, int] = {}

        async def recording_send(message: Any) -> None:
            if message.get("type") == "http.response.start":
                seen["status"] = int(message.get("status", 0))
            await send(message)

        try:
            await original(self, scope, receive, recording_send)
        finally:
            _emit(
                {
                    "kind": "request",
                    "method": str(scope.get("method", "")),
                    "path": str(scope.get("path", "")),
                    "status": seen.get("status"),
                }
            )

    Starlette.__call__ = recording_call  # type: ignore[method-assign]
