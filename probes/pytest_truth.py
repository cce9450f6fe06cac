"""A pytest plugin loaded into the candidate's test run (`-p pytest_truth`), standard library only.

It records what really happened to each test, from a wrapper around the test call itself, before
any `pytest_runtest_makereport` hook of the candidate can rewrite the outcome. It also records the
outcome pytest reports, so the grader can see a conftest that turns failures into passes. It also
records the HTTP requests the tests send to the app (method, path, status, and the test that sent
it), so the grader knows which operations no test touches and whether any test exercises an error
path, and each module pytest could not collect (an import error) with the error pytest gives.

Sabotage mode (`GRADER_SABOTAGE=1` in the environment, the grader's second run): every route
handler of every Starlette/FastAPI app the tests call answers 500 with a body no real handler
sends. A suite that still passes then was not checking what the app answers (grader/phases/
sabotage.py compares the two runs). The routes' `handle` is replaced, not the app: the
candidate's middleware and routing still run, so a 401 from an auth middleware or a 404 for an
unknown path stays what it was, and only tests that reached a route are judged. The 500 is a
response, never an exception, so `TestClient(raise_server_exceptions=True)` does not fail a test
that never looks at the answer.

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
# Taken out of the environment before the candidate's conftest and tests are imported, so their
# code does not see the mode through os.environ (the process's initial environment in /proc
# still holds it: this keeps honest code honest, it is no secret from a determined reader).
_SABOTAGE = os.environ.pop("GRADER_SABOTAGE", None) == "1"
_SEEN_KEY = "grader.seen"  # set in the ASGI scope by the outermost app: nested apps record nothing
SABOTAGE_BODY = b'{"detail": "handler sabotaged by the grader"}'
_current: str | None = None  # the test running now: requests are charged to it


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
    if isinstance(excinfo, tuple):
        kind = excinfo[0]
    else:  # an ExceptionInfo (what unittest's failures are kept as) or the exception itself
        kind = getattr(excinfo, "type", None) or type(excinfo)
    name = getattr(kind, "__name__", "")
    if name in ("Skipped", "XFailed"):
        return "skipped"
    return "failed"


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: Any) -> Generator[None, Any, None]:
    """Name the running test (setup, call and teardown) so its requests are charged to it."""
    global _current
    _current = item.nodeid
    try:
        yield
    finally:
        _current = None


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> Generator[None, Any, None]:
    outcome = yield
    if outcome.excinfo is not None and _outcome_of(outcome.excinfo) == "failed":
        _emit({"kind": "true", "nodeid": item.nodeid, "when": "setup", "outcome": "error"})


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, Any, None]:
    outcome = yield
    xfail = item.get_closest_marker("xfail") is not None
    # A unittest.TestCase's failure does not leave the call: unittest hands it to pytest's result
    # object, which keeps it on the item (`_excinfo`) for the report. Read there, or every such
    # test would be true-passed, failing or not.
    kept = getattr(item, "_excinfo", None)
    excinfo = outcome.excinfo or (kept[0] if isinstance(kept, list) and kept else None)
    _emit(
        {
            "kind": "true",
            "nodeid": item.nodeid,
            "when": "call",
            "outcome": _outcome_of(excinfo),
            "xfail": xfail,
            "is_async": _is_async(item),
            **_where(item),
        }
    )


def _where(item: pytest.Item) -> dict[str, Any]:
    """The test's file (absolute) and 1-based line: nodeids are relative to a rootdir the grader
    would have to guess."""
    try:
        path, line, _ = item.reportinfo()
        return {"file": str(path), "line": int(line) + 1 if line is not None else None}
    except Exception:
        return {}


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
                "message": _crash_message(report) if report.failed else None,
                **(_crash_place(report) if report.failed else {}),
            }
        )


def _crash_place(report: pytest.TestReport) -> dict[str, Any]:
    """Where the failure was raised (file, 1-based line): the failing assert, the fixture."""
    crash = getattr(report.longrepr, "reprcrash", None)
    path, line = getattr(crash, "path", None), getattr(crash, "lineno", None)
    if not isinstance(path, str) or not isinstance(line, int):
        return {}
    return {"crash_file": path, "crash_line": line}


def _crash_message(report: pytest.TestReport) -> str:
    """The exception a failed test or fixture ended on, one line: what a reviewer reads first."""
    crash = getattr(report.longrepr, "reprcrash", None)
    message = getattr(crash, "message", None)
    if not isinstance(message, str) or not message.strip():
        lines = str(report.longrepr).strip().splitlines()
        message = lines[-1] if lines else ""
    return message.strip().splitlines()[0][:300] if message.strip() else ""


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


@pytest.hookimpl(trylast=True)  # after Hypothesis' own plugin has loaded --hypothesis-profile
def pytest_configure(config: pytest.Config) -> None:
    _record_requests()
    _machine_speed_is_not_the_code()
    if _SABOTAGE:
        _sabotage_handlers()


def _machine_speed_is_not_the_code() -> None:
    """Hypothesis fails a test whose inputs come too slowly (HealthCheck.too_slow) or whose
    example outruns its deadline: measures of this shared, throttled machine, not of the code
    (a suite that passes on its author's machine failed here on input generation alone). The
    profile in force keeps everything else; a profile the candidate loads later replaces this."""
    try:
        from hypothesis import HealthCheck, settings
    except ImportError:
        return
    with contextlib.suppress(Exception):  # any Hypothesis version, whatever it accepts
        current = settings.default
        if current is None:
            return
        settings.register_profile(
            "grader-machine",
            parent=current,
            deadline=None,
            suppress_health_check=[*current.suppress_health_check, HealthCheck.too_slow],
        )
        settings.load_profile("grader-machine")


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _emit({"kind": "session", "exitstatus": int(exitstatus), "collected": session.testscollected})


def _record_requests() -> None:
    """Wrap Starlette's ASGI entry so every request a test sends to the app is recorded (once, by
    the outermost app: a mounted sub-app sees the same request again)."""
    try:
        from starlette.applications import Starlette
    except Exception:
        return
    original = Starlette.__call__

    async def recording_call(self: Any, scope: Any, receive: Any, send: Any) -> None:
        if scope.get("type") != "http" or _SEEN_KEY in scope:
            await original(self, scope, receive, send)
            return
        seen: dict[str, Any] = {}
        scope[_SEEN_KEY] = seen

        async def recording_send(message: Any) -> None:
            if message.get("type") == "http.response.start":
                seen["status"] = int(message.get("status", 0))
            await send(message)

        try:
            await original(self, scope, receive, recording_send)
        finally:
            record = {
                "kind": "request",
                "method": str(scope.get("method", "")),
                "path": str(scope.get("path", "")),
                "status": seen.get("status"),
                "test": _current,
            }
            if _SABOTAGE:
                record["sabotaged"] = bool(seen.get("sabotaged"))
            _emit(record)

    Starlette.__call__ = recording_call  # type: ignore[method-assign]


def _sabotage_handlers() -> None:
    """Make every HTTP route answer 500 once routing chose it: Starlette's `Route.handle`, and
    FastAPI's `APIRoute.handle` where FastAPI overrides it. Patched on the classes, so routes of
    apps built later (a factory inside a test, a mounted sub-app) are sabotaged too; a route whose
    method does not match still answers its 405."""
    try:
        from starlette.routing import Route
    except Exception:
        return
    classes: list[Any] = [Route]
    with contextlib.suppress(Exception):
        from fastapi.routing import APIRoute

        if "handle" in vars(APIRoute):
            classes.append(APIRoute)
    for cls in classes:
        cls.handle = _sabotaged(cls.handle)


def _sabotaged(original: Any) -> Any:
    async def handle(self: Any, scope: Any, receive: Any, send: Any) -> None:
        methods = getattr(self, "methods", None)
        if scope.get("type") != "http" or (methods and scope.get("method") not in methods):
            await original(self, scope, receive, send)
            return
        await _answer_500(scope, receive, send)

    return handle


async def _answer_500(scope: Any, receive: Any, send: Any) -> None:
    seen = scope.get(_SEEN_KEY)
    if isinstance(seen, dict):
        seen["sabotaged"] = True
    await send(
        {
            "type": "http.response.start",
            "status": 500,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(SABOTAGE_BODY)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": SABOTAGE_BODY})
