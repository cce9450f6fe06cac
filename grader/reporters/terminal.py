"""The summary a reviewer sees in the terminal after a grading."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from grader.models import Report

_VERDICT_STYLE = {"raised": "bold red", "clear": "green", "not_assessed": "yellow"}


def summary(report: Report) -> RenderableType:
    score = "—" if report.score is None else f"{report.score:.1f}/100"
    head = Text.assemble(
        (f"{report.submission.name}", "bold"),
        f"  kind={report.submission.kind.value}  status={report.status.value}  score=",
        (score, "bold"),
    )
    flags = Table(title="Red flags", show_lines=False, expand=False)
    flags.add_column("flag")
    flags.add_column("verdict")
    flags.add_column("reason", overflow="fold")
    for verdict in report.red_flags:
        label = verdict.status + (f" ({verdict.severity})" if verdict.severity else "")
        flags.add_row(
            verdict.flag.value, Text(label, _VERDICT_STYLE[verdict.status]), verdict.reason
        )
    findings = Table(title=f"Findings ({len(report.findings)})", expand=False)
    findings.add_column("severity")
    findings.add_column("rule")
    findings.add_column("where", overflow="fold")
    findings.add_column("title", overflow="fold")
    for finding in report.findings[:30]:
        where = f"{finding.file}:{finding.line}" if finding.file else ""
        if finding.request is not None:
            where = (
                where + " " if where else ""
            ) + f"{finding.request.method} {finding.request.path}"
        findings.add_row(finding.severity.value, finding.rule, where, finding.title)
    return Group(head, flags, findings)
