"""What every human-facing renderer reads out of a Report the same way.

Labels, the order findings are shown in, where a finding points, and the load latencies parsed from
metric keys live here once, so markdown, html, questions and the GitHub summary never disagree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from grader.models import Finding, RedFlag, Report

FLAG_LABELS: dict[RedFlag, str] = {
    RedFlag.ASYNC_CONFUSION: "Async confusion",
    RedFlag.TYPE_HINT_AVOIDANCE: "Type-hint avoidance",
    RedFlag.SECURITY_OVERSIGHTS: "Security oversights",
    RedFlag.DOCUMENTATION_NEGLECT: "Documentation neglect",
    RedFlag.TESTING_GAPS: "Testing gaps",
    RedFlag.PERFORMANCE_IGNORANCE: "Performance ignorance",
}
STATUS_LABELS = {"raised": "RAISED", "clear": "clear", "not_assessed": "not assessed"}

_LOAD_SERIES_KEY = re.compile(r"^load\..+\.c\d+\.\w+$")


def finding_order(finding: Finding) -> tuple[int, str, str, int, str, str]:
    """Worst first, then by rule and place: the same report always reads the same way."""
    path = finding.request.path if finding.request else ""
    return (
        -finding.severity.rank,
        finding.rule,
        finding.file or "",
        finding.line or 0,
        path,
        finding.id,
    )


def sorted_findings(report: Report) -> list[Finding]:
    return sorted(report.findings, key=finding_order)


def location(finding: Finding) -> str | None:
    """`file:line` (or just the file) relative to the submission's root."""
    if finding.file is None:
        return None
    return f"{finding.file}:{finding.line}" if finding.line else finding.file


def route(finding: Finding) -> str | None:
    if finding.request is None:
        return None
    return f"{finding.request.method} {finding.request.path}"


def evidence_of(report: Report, flag: RedFlag) -> list[Finding]:
    """The findings a verdict names as its evidence, in display order."""
    verdict = next((v for v in report.red_flags if v.flag == flag), None)
    if verdict is None:
        return []
    wanted = set(verdict.evidence)
    return [f for f in sorted_findings(report) if f.id in wanted]


def unflagged_findings(report: Report) -> list[Finding]:
    """Findings that are evidence for no verdict (server errors, build problems...)."""
    cited = {ident for verdict in report.red_flags for ident in verdict.evidence}
    return [f for f in sorted_findings(report) if f.id not in cited]


def score_text(report: Report) -> str:
    return "no score" if report.score is None else f"{report.score:.1f}/100"


def fmt_ms(value: float) -> str:
    return f"{value:.1f} ms" if value < 10 else f"{value:.0f} ms"


def fmt_value(value: float | int | str | None) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


@dataclass(frozen=True)
class EndpointLoad:
    """Median latency of one endpoint with one client and with the most clients measured."""

    endpoint: str
    single_ms: float
    clients: int
    loaded_ms: float

    @property
    def slowdown(self) -> float:
        return self.loaded_ms / self.single_ms if self.single_ms > 0 else float("inf")


def load_latencies(report: Report) -> list[EndpointLoad]:
    """Each endpoint's median latency with one client and with the most clients measured."""
    load = report.measurements.load
    if load is None:
        return []
    series: dict[str, dict[int, float]] = {}
    for point in load.latencies:
        if point.p50_ms is not None:
            series.setdefault(f"{point.method} {point.path}", {})[point.clients] = point.p50_ms
    out = []
    for endpoint, points in sorted(series.items()):
        most = max(points)
        if 1 in points and most > 1:
            out.append(EndpointLoad(endpoint, points[1], most, points[most]))
    return out


def probe_latency(report: Report) -> tuple[float, float] | None:
    """(idle, under load) latency of the grader's probe request, when the load phase measured it."""
    load = report.measurements.load
    if load is None or load.idle_probe_ms is None or load.probe_ms is None:
        return None
    return load.idle_probe_ms, load.probe_ms


def key_metrics(metrics: dict[str, float | int | str | None]) -> list[tuple[str, str]]:
    """Every metric except the per-endpoint load series, which get their own table or chart."""
    return [
        (key, fmt_value(value))
        for key, value in sorted(metrics.items())
        if _LOAD_SERIES_KEY.match(key) is None
    ]
