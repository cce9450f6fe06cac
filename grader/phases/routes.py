"""From a request the probes sent to the handler that served it, via the routes discovery read."""

from __future__ import annotations

from grader.discovery import ProjectFacts, RouteInfo
from grader.models import Finding
from grader.phases.tracebacks import template_matches


def route_for(facts: ProjectFacts, method: str, path: str | None) -> RouteInfo | None:
    """The route declared for this method and path (exact template first, then by matching)."""
    if not path:
        return None
    candidates = [r for r in facts.routes if r.method.upper() == method.upper()]
    exact = next((r for r in candidates if r.path == path), None)
    return exact or next((r for r in candidates if template_matches(r.path, path)), None)


def locate_by_route(findings: list[Finding], facts: ProjectFacts) -> list[Finding]:
    """Give a request-only finding the file:line of the handler that answered it."""
    located = []
    for finding in findings:
        if finding.file is None and finding.request is not None:
            route = route_for(facts, finding.request.method, finding.request.path)
            if route is not None:
                finding = finding.model_copy(update={"file": route.file, "line": route.line})
        located.append(finding)
    return located
