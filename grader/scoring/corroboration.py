"""One problem, one charge: a runtime finding that confirms a static suspicion absorbs it.

The static finding's location (file:line) moves onto the runtime finding when it has none, and the
detail says which rule it confirms, so the evidence is kept and the candidate is charged once.
"""

from __future__ import annotations

from grader.models import Finding

# runtime rule -> the static rules it confirms
CONFIRMS: dict[str, tuple[str, ...]] = {
    "ASYNC-LOOP-BLOCKED": ("ASYNC-STATIC-BLOCKING-CALL", "RUFF-ASYNC"),
    "SEC-DYN-UNAUTHENTICATED-MUTATION": ("SEC-UNAUTHENTICATED-WRITES",),
    "CONF-AUTHENTICATION": ("SEC-UNAUTHENTICATED-WRITES",),
    "SEC-DYN-PASSWORD-EXPOSED": ("SEC-PASSWORD-IN-RESPONSE",),
    "SEC-DYN-SQL-INJECTION": ("SEC-SQL-INJECTION",),
    "SEC-DYN-CORS-CREDENTIALS": ("SEC-CORS-WILDCARD-CREDENTIALS",),
    "SEC-DYN-WEAK-JWT-KEY": ("SEC-HARDCODED-SECRET",),
    "PERF-UNBOUNDED-LIST-MEASURED": ("PERF-UNBOUNDED-LIST",),
    "CONF-PAGINATION-SUPPORTED": ("PERF-UNBOUNDED-LIST",),
    # The same 5xx met by a conformance scenario and by the fuzzer is one bug.
    "FUZZ-SERVER-ERROR": ("CONF-",),
}
_NEAR_LINES = 2
# Rules that confirm only a finding about the very same request.
_BY_REQUEST = frozenset({"FUZZ-SERVER-ERROR"})


def _confirms(runtime: Finding, static: Finding) -> bool:
    if not any(static.rule.startswith(code) for code in CONFIRMS.get(runtime.rule, ())):
        return False
    if runtime.rule in _BY_REQUEST and not (runtime.request and static.request):
        return False
    if runtime.request and static.request:
        same = (runtime.request.method, runtime.request.path) == (
            static.request.method,
            static.request.path,
        )
        return same and (static.request.status or 0) >= 500
    if static.request and not runtime.request:
        return False
    if runtime.file and static.file:
        return runtime.file == static.file and abs((runtime.line or 0) - (static.line or 0)) <= (
            _NEAR_LINES
        )
    return True


def merge_confirmed(findings: list[Finding]) -> list[Finding]:
    absorbed: set[int] = set()
    merged: dict[int, Finding] = {}
    for i, runtime in enumerate(findings):
        if runtime.rule not in CONFIRMS or i in absorbed:
            continue
        for j, static in enumerate(findings):
            # No chains: a finding that absorbed others is never absorbed itself.
            current = merged.get(i, runtime)
            if j == i or j in absorbed or j in merged or not _confirms(current, static):
                continue
            absorbed.add(j)
            where = f" at {static.file}:{static.line}" if static.file else ""
            update: dict[str, object] = {
                "detail": f"{current.detail} Confirms static rule {static.rule}{where}."
            }
            if current.file is None and static.file is not None:
                update.update(file=static.file, line=static.line)
            merged[i] = current.model_copy(update=update)
    return [merged.get(i, f) for i, f in enumerate(findings) if i not in absorbed]
