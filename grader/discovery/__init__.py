"""Discovery: what a submission declares and where its app is, read as data and never run.

`discover(root)` is the whole public surface; the models describe its answer.
"""

from __future__ import annotations

from grader.discovery.facts import AppEntrypoint, DependencySpec, ProjectFacts, RouteInfo
from grader.discovery.project import assignment_kind, discover

__all__ = [
    "AppEntrypoint",
    "DependencySpec",
    "ProjectFacts",
    "RouteInfo",
    "assignment_kind",
    "discover",
]
