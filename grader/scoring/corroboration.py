"""One problem, one charge: a runtime finding that confirms a static suspicion absorbs it.

The detail says which rule was confirmed and where, so the evidence is kept while the candidate is
charged once. How a pair must agree depends on what the static rule points at:
- `near`: a line in a handler; both findings must point within two lines of each other.
- `any`: a project-level fact (a model field, a module constant, a middleware); the static rule's
  location is the offending code, so the runtime finding takes it.
- `request`: two runtime views of one failing request (same method and path, a 5xx).
"""

from __future__ import annotations

from typing import Literal

from grader.models import Finding

Mode = Literal["near", "any", "request"]

CONFIRMS: dict[str, tuple[tuple[str, Mode], ...]] = {
    "ASYNC-LOOP-BLOCKED": (("ASYNC-STATIC-BLOCKING-CALL", "near"), ("RUFF-ASYNC", "near")),
    "SEC-DYN-UNAUTHENTICATED-MUTATION": (("SEC-UNAUTHENTICATED-WRITES", "any"),),
    "CONF-AUTHENTICATION": (("SEC-UNAUTHENTICATED-WRITES", "any"),),
    "SEC-DYN-PASSWORD-EXPOSED": (("SEC-PASSWORD-IN-RESPONSE", "any"),),
    "SEC-DYN-SQL-INJECTION": (("SEC-SQL-INJECTION", "any"),),
    "SEC-DYN-CORS-CREDENTIALS": (("SEC-CORS-WILDCARD-CREDENTIALS", "any"),),
    "SEC-DYN-WEAK-JWT-KEY": (("SEC-HARDCODED-SECRET", "any"),),
    "PERF-UNBOUNDED-LIST-MEASURED": (
        ("PERF-UNBOUNDED-LIST", "near"),
        ("CONF-PAGINATION-SUPPORTED", "any"),  # the scenario saw the same list, unlocated
    ),
    "CONF-PAGINATION-SUPPORTED": (("PERF-UNBOUNDED-LIST", "near"),),
    "FUZZ-SERVER-ERROR": (("CONF-", "request"),),
}
_NEAR_LINES = 2


def _mode(runtime: Finding, other: Finding) -> Mode | None:
    for prefix, mode in CONFIRMS.get(runtime.rule, ()):
        if other.rule.startswith(prefix):
            return mode
    return None


def _agree(runtime: Finding, other: Finding, mode: Mode) -> bool:
    if mode == "request":
        if not (runtime.request and other.request):
            return False
        same = (runtime.request.method, runtime.request.path) == (
            other.request.method,
            other.request.path,
        )
        return same and (other.request.status or 0) >= 500
    if mode == "near":
        return (
            runtime.file is not None
            and runtime.file == other.file
            and abs((runtime.line or 0) - (other.line or 0)) <= _NEAR_LINES
        )
    return True


def merge_confirmed(findings: list[Finding]) -> list[Finding]:
    absorbed: set[int] = set()
    merged: dict[int, Finding] = {}
    for i, runtime in enumerate(findings):
        if runtime.rule not in CONFIRMS or i in absorbed:
            continue
        taken_any = False
        for j, other in enumerate(findings):
            # No chains: a finding that absorbed others is never absorbed itself.
            if j == i or j in absorbed or j in merged:
                continue
            mode = _mode(runtime, other)
            if mode is None or (mode == "any" and taken_any):
                continue
            current = merged.get(i, runtime)
            if not _agree(current, other, mode):
                continue
            absorbed.add(j)
            where = f" at {other.file}:{other.line}" if other.file else ""
            update: dict[str, object] = {
                "detail": f"{current.detail.rstrip('. ')}. Confirms {other.rule}{where}."
            }
            taken_any = taken_any or mode == "any"
            # The static location is the offending code: it wins for project-level facts.
            if other.file is not None and (mode == "any" or current.file is None):
                update.update(file=other.file, line=other.line)
            merged[i] = current.model_copy(update=update)
    return [merged.get(i, f) for i, f in enumerate(findings) if i not in absorbed]
