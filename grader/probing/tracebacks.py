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


class ServerTrace(BaseModel):
    method: str
    url_path: str
    status: int
    file: str
    line: int
    exception: str


def parse_server_traces(log: str, app_root: str = "/app") -> list[ServerTrace]:
    """Each unhandled exception's innermost frame in the app's own files, with its request."""
    traces: list[ServerTrace] = []
    frame: tuple[str, int] | None = None
    exception = ""
    in_traceback = False
    prefix = app_root.rstrip("/") + "/"
    for raw in log.splitlines():
        if raw.startswith("Traceback (most recent call last)"):
            in_traceback = True
            continue
        match = _FRAME.match(raw)
        if in_traceback and match:
            path = match.group("file")
            if path.startswith(prefix) and "/site-packages/" not in path:
                frame = (path[len(prefix) :], int(match.group("line")))
            continue
        access = _ACCESS.search(raw)
        if in_traceback and not access and raw and not raw.startswith((" ", "\t")) and ":" in raw:
            exception = raw.strip()[:200]
        if access and frame is not None and access.group("status").startswith("5"):
            target = access.group("target").split("?", 1)[0]
            traces.append(
                ServerTrace(
                    method=access.group("method"),
                    url_path=target,
                    status=int(access.group("status")),
                    file=frame[0],
                    line=frame[1],
                    exception=exception,
                )
            )
            frame, exception, in_traceback = None, "", False
    return traces


def template_matches(template: str, url_path: str) -> bool:
    """Does an OpenAPI path template such as /notes/{note_id} cover a concrete path?"""
    pattern = "^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template)) + "/?$"
    return re.match(pattern, url_path) is not None
