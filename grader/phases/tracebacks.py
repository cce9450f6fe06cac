"""Locating a server error in the candidate's code from the traceback uvicorn logs for it.

uvicorn prints the traceback of an unhandled exception, then the access line of the 500 it sent.
Pairing the two gives the file:line behind a failing request. The log is the candidate's output:
it only ever adds a location to a failure we measured ourselves, never creates a finding.
"""

from __future__ import annotations

import re

from pydantic import BaseModel

_FRAME = re.compile(r'^\s*File "(?P<file>[^"]+)", line (?P<line>\d+), in (?P<func>\S+)')
_ACCESS = re.compile(r'"(?P<method>[A-Z]+) (?P<target>\S+) HTTP/[\d.]+" (?P<status>\d{3})')
# The exception line names a class (dotted, no spaces) then `: message` or nothing; a log line
# interleaved by the app (`2026-12-06 00:37:00,985 INFO sqlalchemy.engine.Engine ROLLBACK`,
# SQLAlchemy's echo) does not, however many colons it has.
_EXCEPTION = re.compile(r"^[A-Za-z_][\w.]*(?::\s|:$|$)")


class ServerTrace(BaseModel):
    method: str
    url_path: str
    status: int
    file: str
    line: int
    exception: str


def parse_server_traces(log: str, app_root: str = "/app") -> list[ServerTrace]:
    """Each unhandled exception's innermost frame in the app's own files, with its request.

    uvicorn versions differ in order: some log the 500's access line after the traceback, newer
    ones before it. A traceback takes the unpaired 5xx line right before it, else the next one.
    """
    events = _events(log, app_root.rstrip("/") + "/")
    traces: list[ServerTrace] = []
    paired: set[int] = set()
    for index, event in enumerate(events):
        if not isinstance(event, _Trace) or event.frame is None:
            continue
        access = _adjacent_access(events, index, paired)
        if access is None:
            continue
        paired.add(access)
        request = events[access]
        assert isinstance(request, _Access)
        traces.append(
            ServerTrace(
                method=request.method,
                url_path=request.path,
                status=request.status,
                file=event.frame[0],
                line=event.frame[1],
                exception=event.exception,
            )
        )
    return traces


class _Access(BaseModel):
    method: str
    path: str
    status: int


class _Trace(BaseModel):
    frame: tuple[str, int] | None = None
    exception: str = ""


# Indented lines are code; SQLAlchemy follows its exception line with `[SQL: ...]`,
# `[parameters: ...]` and `(Background on this error at: ...)`, which are not the exception.
_NOT_THE_EXCEPTION = (" ", "\t", "[", "(Background on this error")


def _adjacent_access(events: list[_Access | _Trace], index: int, paired: set[int]) -> int | None:
    before = index - 1
    if before >= 0 and isinstance(events[before], _Access) and before not in paired:
        return before
    for after in range(index + 1, len(events)):
        if isinstance(events[after], _Trace):
            return None
        if after not in paired:
            return after
    return None


def _events(log: str, prefix: str) -> list[_Access | _Trace]:
    """The log as a sequence of 5xx access lines and tracebacks (other lines dropped)."""
    events: list[_Access | _Trace] = []
    current: _Trace | None = None
    for raw in log.splitlines():
        if raw.startswith("Traceback (most recent call last)"):
            current = _Trace()
            events.append(current)
            continue
        access = _ACCESS.search(raw)
        if access:
            current = None
            if access.group("status").startswith("5"):
                target = access.group("target").split("?", 1)[0]
                events.append(
                    _Access(
                        method=access.group("method"),
                        path=target,
                        status=int(access.group("status")),
                    )
                )
            continue
        if current is None:
            continue
        match = _FRAME.match(raw)
        if match:
            path = match.group("file")
            if path.startswith(prefix) and "/site-packages/" not in path:
                current.frame = (path[len(prefix) :], int(match.group("line")))
        elif raw and not raw.startswith(_NOT_THE_EXCEPTION) and _EXCEPTION.match(raw):
            current.exception = raw.strip()[:200]
    return events


def template_matches(template: str, url_path: str) -> bool:
    """Does an OpenAPI path template such as /notes/{note_id} cover a concrete path?"""
    pattern = "^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template)) + "/?$"
    return re.match(pattern, url_path) is not None
