"""The summary a reviewer sees in the terminal after a grading.

Failed phases and the worst findings show their whole reason (bounded): a start-up failure reads
as its cause and the app's last output, never as a bare "exit code 1". Candidate text is shown as
plain text (never parsed as rich markup).
"""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from grader.models import Finding, PhaseStatus, Report, Severity
from grader.reporters.excerpt import bounded, headline, is_multiline

_VERDICT_STYLE = {"raised": "bold red", "clear": "green", "not_assessed": "yellow"}
_MAX_FINDINGS = 30
_MAX_PANELS = 3


def summary(report: Report) -> RenderableType:
    score = "—" if report.score is None else f"{report.score:.1f}/100"
    head = Text.assemble(
        (f"{report.submission.name}", "bold"),
        f"  kind={report.submission.kind.value}  status={report.status.value}  score=",
        (score, "bold"),
    )
    parts: list[RenderableType] = [head]
    parts += _failed_phases(report)
    flags = Table(title="Red flags", show_lines=False, expand=False)
    flags.add_column("flag")
    flags.add_column("verdict")
    flags.add_column("reason", overflow="fold")
    for verdict in report.red_flags:
        label = verdict.status + (f" ({verdict.severity})" if verdict.severity else "")
        flags.add_row(
            verdict.flag.value, Text(label, _VERDICT_STYLE[verdict.status]), Text(verdict.reason)
        )
    parts.append(flags)
    findings = Table(title=f"Findings ({len(report.findings)})", expand=False)
    findings.add_column("severity")
    findings.add_column("rule")
    findings.add_column("where", overflow="fold")
    findings.add_column("title", overflow="fold")
    findings.add_column("detail", overflow="fold")
    for finding in report.findings[:_MAX_FINDINGS]:
        where = f"{finding.file}:{finding.line}" if finding.file else ""
        if finding.request is not None:
            where = (
                where + " " if where else ""
            ) + f"{finding.request.method} {finding.request.path}"
        detail = headline(finding.detail)
        detail = detail if len(detail) <= 200 else detail[:199] + "…"
        findings.add_row(
            finding.severity.value,
            finding.rule,
            Text(where),
            Text(finding.title),
            Text("" if detail == finding.title else detail),
        )
    parts.append(findings)
    parts += _detail_panels(report.findings)
    return Group(*parts)


def _failed_phases(report: Report) -> list[RenderableType]:
    """Each failed phase with its whole reason, bounded."""
    panels: list[RenderableType] = []
    for phase in report.phases:
        if phase.status != PhaseStatus.FAILED or not phase.reason.strip():
            continue
        panels.append(
            Panel(
                Text(bounded(phase.reason)),
                title=Text(f"{phase.name.value} failed"),
                title_align="left",
                border_style="red",
                expand=False,
            )
        )
    return panels


def _detail_panels(findings: list[Finding]) -> list[RenderableType]:
    """The whole detail of the worst findings that carry evidence over several lines (a start-up
    traceback, a build log, tests that do not import)."""
    chosen = [
        f
        for f in findings
        if f.severity in (Severity.CRITICAL, Severity.MAJOR) and is_multiline(f.detail)
    ][:_MAX_PANELS]
    return [
        Panel(
            Text(bounded(f.detail)),
            title=Text(f"{f.rule}" + (f" {f.file}:{f.line}" if f.file and f.line else "")),
            title_align="left",
            expand=False,
        )
        for f in chosen
    ]
