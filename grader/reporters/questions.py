"""Follow-up interview questions aimed at the evidence behind each raised red flag.

A flag alone says little in an interview; a question that points at the candidate's own line, route
or measurement starts a real conversation. Written in our own words from the themes of the
interview guide; the same report always yields the same questions.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from grader.models import Finding, RedFlag, Report
from grader.reporters.evidence import (
    evidence_of,
    fmt_ms,
    load_latencies,
    location,
    probe_latency,
    route,
)


@dataclass(frozen=True)
class _Context:
    """What the questions may cite: the worst evidence finding and the load measurements."""

    anchor: str
    load: str
    probe: str


def _anchor(finding: Finding | None) -> str:
    if finding is None:
        return "The grader raised this flag"
    where = location(finding)
    on = route(finding)
    place = " ".join(
        part for part in (f"at {where}" if where else "", f"on {on}" if on else "") if part
    )
    return f"The grader reported “{finding.title}”" + (f" {place}" if place else "")


def _context(report: Report, flag: RedFlag) -> _Context:
    evidence = evidence_of(report, flag)
    load = ""
    latencies = load_latencies(report)
    if latencies:
        worst = max(latencies, key=lambda e: (e.slowdown, e.endpoint))
        load = (
            f" {worst.endpoint} answered in {fmt_ms(worst.single_ms)} with one client and in "
            f"{fmt_ms(worst.loaded_ms)} with {worst.clients}."
        )
    probe = ""
    measured = probe_latency(report)
    if measured is not None:
        idle, loaded = measured
        probe = (
            f" A trivial request took {fmt_ms(loaded)} while the app was busy, against "
            f"{fmt_ms(idle)} when it was idle."
        )
    return _Context(_anchor(evidence[0] if evidence else None), load, probe)


def _async(c: _Context) -> list[str]:
    return [
        f"{c.anchor}.{c.probe} While that code runs, what happens to the other requests this "
        "worker is serving, and how would you demonstrate it?",
        "How would you move that work off the event loop here (an async client, a thread "
        "pool via asyncio.to_thread or run_in_threadpool, or a plain `def` route), and what "
        "does each option cost you?",
        "How do you decide between `async def` and `def` for a FastAPI route, and what "
        "symptom tells you the choice was wrong?",
    ]


def _typing(c: _Context) -> list[str]:
    return [
        f"{c.anchor}. If this input were a Pydantic model instead of a raw dict, what would "
        "FastAPI check before your code runs, and what would change in /docs?",
        "How would you declare what this route returns, so that clients and the OpenAPI "
        "schema agree with the real response?",
        "Where do type hints pay off for you beyond request validation: the editor, a type "
        "checker in CI, refactoring?",
    ]


def _security(c: _Context) -> list[str]:
    return [
        f"{c.anchor}. Walk us through how someone could abuse this and what they would get.",
        "Where would you enforce this in a FastAPI app so that a route added next month "
        "cannot forget it (a dependency, a router, middleware), and why there?",
        "How do you keep credentials and sensitive fields out of the code and out of "
        "responses, from a laptop to production?",
    ]


def _documentation(c: _Context) -> list[str]:
    return [
        f"{c.anchor}. A teammate must call this API tomorrow: where do they learn its routes, "
        "payloads and error codes?",
        "Which response models, status codes or summaries would you add so that the "
        "generated docs describe what the API really does, errors included?",
        "What goes in the README of a service like this, and what do you leave to the "
        "OpenAPI schema?",
    ]


def _testing(c: _Context) -> list[str]:
    return [
        f"{c.anchor}. Which missing test would you write first, what would it send, and "
        "what answer would it expect?",
        "How do you cover the unhappy paths of an API: unknown ids, malformed bodies, "
        "missing or expired credentials?",
        "How would you test an async route and swap a dependency such as the database "
        "session for a fake one?",
    ]


def _performance(c: _Context) -> list[str]:
    return [
        f"{c.anchor}.{c.load} What happens to this route as the data or the traffic grows, "
        "and how would you measure it before changing anything?",
        "If the collection behind this route grew to a million rows, what breaks first, and "
        "how would pagination or a different query fix it?",
        "What would you cache in this service, where would the cache live, and how would you "
        "keep it correct when data changes?",
    ]


_QUESTIONS: dict[RedFlag, Callable[[_Context], list[str]]] = {
    RedFlag.ASYNC_CONFUSION: _async,
    RedFlag.TYPE_HINT_AVOIDANCE: _typing,
    RedFlag.SECURITY_OVERSIGHTS: _security,
    RedFlag.DOCUMENTATION_NEGLECT: _documentation,
    RedFlag.TESTING_GAPS: _testing,
    RedFlag.PERFORMANCE_IGNORANCE: _performance,
}


def questions_for(report: Report) -> dict[str, list[str]]:
    """Flag id -> questions, for every raised flag, in the contract's flag order."""
    raised = {v.flag for v in report.red_flags if v.status == "raised"}
    return {
        flag.value: _QUESTIONS[flag](_context(report, flag)) for flag in RedFlag if flag in raised
    }
