"""What a 5xx the probes provoked says: where the candidate's code raised it, and whether the
environment (a database the grading could not keep up) is to blame instead of the candidate.

Fuzzing and conformance both send requests that end in 500s. A reviewer wants the line that
raised, not the handler's `def`; and a 500 that is a connection failure to a server the grader
should have provided is never the candidate's fault. Both phases read the app's log the same way,
here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from grader.phases.context import RunContext
from grader.phases.services import service_failure, services_down
from grader.phases.tracebacks import ServerTrace, parse_server_traces, template_matches
from grader.sandbox.containers import tail_logs
from grader.sandbox.engine import Container

# Given an exception line from the app's traceback: the server it failed to reach, or None.
Excuse = Callable[[str], str | None]


def no_excuse(exception: str) -> str | None:
    return None


def service_excuse(ctx: RunContext) -> Excuse:
    """A connection failure to a server counts against the environment only when the grader's
    own check agrees: no server was started for it, or one stopped (the app's output alone
    could fake the traceback)."""

    def excuse(exception: str) -> str | None:
        cause = service_failure(exception)
        started = ctx.sandbox.services
        if cause and (started is None or not started.services or services_down(started)):
            return cause
        return None

    return excuse


def logs_since(candidate: Container, since: float, max_chars: int = 4_000_000) -> str:
    """The app's output since `since` (epoch seconds): what it logged while a probe ran."""
    try:
        text: str = candidate.logs(since=since, tail=20000).decode("utf-8", "replace")
    except Exception:
        return tail_logs(candidate, lines=20000, max_chars=max_chars)
    return text[-max_chars:]


@dataclass(frozen=True)
class ServerErrors:
    """The tracebacks the app logged while one probe ran, and the excuse that applies to them.

    Only tracebacks logged during the probe count: whatever the app printed before cannot
    relocate a failure, and the log only ever adds a location to a failure we measured.
    """

    traces: list[ServerTrace]
    excuse: Excuse = no_excuse

    @classmethod
    def read(cls, candidate: Container, since: float, excuse: Excuse = no_excuse) -> ServerErrors:
        return cls(parse_server_traces(logs_since(candidate, since)), excuse)

    def trace(self, method: str, url_path: str, template: str = "") -> ServerTrace | None:
        """The last matching trace: the app's own request handling comes after anything it
        printed. The exact URL first, then any URL the template covers."""
        latest = list(reversed(self.traces))
        for trace in latest:
            if trace.method == method and trace.url_path == url_path:
                return trace
        for trace in latest:
            if trace.method == method and template and template_matches(template, trace.url_path):
                return trace
        return None

    def environment_to_blame(self, trace: ServerTrace | None) -> str | None:
        """The unreachable server behind this trace, when the grader's own check agrees."""
        return self.excuse(trace.exception) if trace is not None else None
