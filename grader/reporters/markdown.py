"""The Markdown report: short enough to paste into a hiring thread and read in a minute.

Score first, then the six verdicts with the evidence behind each raised one (file:line links
relative to the submission's root, curl lines a reviewer can paste), the questions to ask, the
load table, the phases and the key metrics. Everything is sorted; nothing depends on the clock.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from grader.models import Finding, GradingStatus, PhaseName, PhaseStatus, RedFlag, Report, Severity
from grader.reporters.evidence import (
    FLAG_LABELS,
    STATUS_LABELS,
    evidence_of,
    fmt_ms,
    key_metrics,
    load_latencies,
    location,
    probe_latency,
    route,
    score_text,
    unflagged_findings,
)
from grader.reporters.excerpt import MAX_CHARS, bounded, headline, is_multiline, split_headline
from grader.reporters.questions import questions_for

MAX_EVIDENCE = 5
MAX_OTHER = 8
_ICON = {"raised": "🔴", "clear": "🟢", "not_assessed": "⚪"}


def inline(text: str, limit: int = 240) -> str:
    """One line of untrusted text made safe for a Markdown table cell or list item."""
    line = " ".join(text.split())
    if len(line) > limit:
        line = line[: limit - 1] + "…"
    return line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", r"\|")


def code_block(text: str, lang: str = "sh") -> list[str]:
    """A fence longer than any backtick run inside, so candidate text cannot close it early."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return [f"{fence}{lang}", text, fence]


def indented_block(text: str, lang: str = "text", indent: str = "  ") -> list[str]:
    """A code block inside a list item: every line indented, so the item holds all of it."""
    rows = code_block(text, lang)
    return [indent + rows[0], *(indent + line for line in rows[1].splitlines()), indent + rows[2]]


def whole_text(text: str, indent: str = "  ") -> list[str]:
    """A reason or detail in full, bounded: one line inline, more as its headline and a block."""
    if not text.strip():
        return []
    if not is_multiline(text):
        return [f"{indent}{inline(text, MAX_CHARS)}"]
    first, rest = split_headline(text)
    lines = [f"{indent}{inline(first, MAX_CHARS)}"] if first else []
    return lines + (indented_block(bounded(rest), indent=indent) if rest.strip() else [])


def link(finding: Finding, link_base: str = "") -> str | None:
    """`[file:line](file#Lline)`, relative to the submission's root unless a base is given."""
    where = location(finding)
    if where is None or finding.file is None:
        return None
    target = link_base + quote(finding.file)
    if finding.line:
        target += f"#L{finding.line}"
    return f"[{inline(where)}]({target})"


MAX_RELATED = 8


def finding_item(finding: Finding, link_base: str = "") -> list[str]:
    head = f"- **{finding.severity.value}** `{finding.rule}` {inline(finding.title)}"
    place = [p for p in (link(finding, link_base), route(finding)) if p]
    if place:
        head += " — " + " · ".join(p if p.startswith("[") else f"`{inline(p)}`" for p in place)
    lines = [head]
    if finding.detail.strip() and finding.detail.strip() != finding.title:
        lines += whole_text(finding.detail)
    for related in finding.related[:MAX_RELATED]:
        target = link_base + quote(related.file) + f"#L{related.line}"
        lines.append(
            f"  {inline(related.role).capitalize()}: "
            f"[{inline(f'{related.file}:{related.line}')}]({target})"
        )
    if len(finding.related) > MAX_RELATED:
        lines.append(f"  ...and {len(finding.related) - MAX_RELATED} more in the JSON report")
    if finding.request is not None:
        lines.extend("  " + row for row in code_block(finding.request.curl))
    return lines


def _head(report: Report) -> list[str]:
    sub = report.submission
    lines = [
        f"## {inline(sub.name)} — {score_text(report)}",
        "",
        f"**Status:** {report.status.value} · **kind:** {sub.kind.value} · "
        f"grader {inline(report.grader_version)} · sha256 `{sub.sha256[:12]}`",
    ]
    if report.status == GradingStatus.REJECTED:
        reasons = [p.reason for p in report.phases if p.status == PhaseStatus.FAILED]
        lines += ["", f"**Input rejected:** {inline(reasons[0] if reasons else 'no reason given')}"]
    elif report.status in (GradingStatus.BUILD_FAILED, GradingStatus.START_FAILED):
        failed = [p for p in report.phases if p.status == PhaseStatus.FAILED]
        if failed:
            why = headline(failed[0].reason) or "no reason given"
            lines += ["", f"**Why the {failed[0].name.value} phase failed:** {inline(why, 1000)}"]
    chosen = next((f for f in report.findings if f.rule == "START-APP-CHOSEN"), None)
    if chosen is not None:  # several apps in the code: which one was graded, and why
        lines += ["", f"**App served:** {inline(headline(chosen.detail), 1000)}"]
    if report.scoring is not None and report.scoring.dimensions:
        parts = [
            f"{d.name} {d.earned:.0%} (w{d.weight:g})"
            if d.earned is not None
            else f"{d.name} not measured"
            for d in sorted(report.scoring.dimensions, key=lambda d: (-d.weight, d.name))
        ]
        lines += ["", "**Rubric:** " + " · ".join(parts)]
    return lines


def _verdicts(report: Report, link_base: str) -> list[str]:
    lines = ["", "### Red flags", "", "| | flag | verdict | why |", "|---|---|---|---|"]
    for verdict in report.red_flags:
        label = STATUS_LABELS[verdict.status]
        label = f"**{label}** ({verdict.severity})" if verdict.severity else label
        lines.append(
            f"| {_ICON[verdict.status]} | {FLAG_LABELS[verdict.flag]} | {label} | "
            f"{inline(verdict.reason)} |"
        )
    for verdict in report.red_flags:
        evidence = evidence_of(report, verdict.flag)
        if verdict.status != "raised" or not evidence:
            continue
        lines += ["", f"**{FLAG_LABELS[verdict.flag]}** — evidence", ""]
        for finding in evidence[:MAX_EVIDENCE]:
            lines += finding_item(finding, link_base)
        if len(evidence) > MAX_EVIDENCE:
            lines.append(f"- … and {len(evidence) - MAX_EVIDENCE} more in the full report")
    return lines


def _others(report: Report, link_base: str) -> list[str]:
    """Findings no verdict cites (server errors, build trouble); info notes only counted."""
    unflagged = unflagged_findings(report)
    others = [f for f in unflagged if f.severity != Severity.INFO]
    notes = len(unflagged) - len(others)
    if not unflagged:
        return []
    lines = ["", f"### Other findings ({len(others)})", ""]
    for finding in others[:MAX_OTHER]:
        lines += finding_item(finding, link_base)
    if len(others) > MAX_OTHER:
        lines.append(f"- … and {len(others) - MAX_OTHER} more in the full report")
    if notes:
        lines.append(f"- {notes} info note(s) that cost nothing are in the full report")
    return lines


def _questions(report: Report) -> list[str]:
    asked = questions_for(report)
    if not asked:
        return []
    lines = ["", "### Questions to ask"]
    for flag, questions in asked.items():
        lines += ["", f"**{FLAG_LABELS[RedFlag(flag)]}**", ""]
        lines += [f"{n}. {inline(q, 600)}" for n, q in enumerate(questions, 1)]
    return lines


def _load(report: Report) -> list[str]:
    latencies = load_latencies(report)
    probe = probe_latency(report)
    if not latencies and probe is None:
        return []
    lines = ["", "### Latency under load (median)", ""]
    if latencies:
        lines += ["| endpoint | 1 client | N clients | slower |", "|---|---:|---:|---:|"]
        for e in latencies:
            lines.append(
                f"| `{inline(e.endpoint)}` | {fmt_ms(e.single_ms)} | "
                f"{fmt_ms(e.loaded_ms)} (N={e.clients}) | {e.slowdown:.1f}x |"
            )
    if probe is not None:
        lines += [
            "",
            f"Probe request: {fmt_ms(probe[0])} idle, {fmt_ms(probe[1])} under load.",
        ]
    return lines


_CELL = 160


def _phases(report: Report) -> list[str]:
    """The phase table, one line per phase; a reason too long for its cell follows in full."""
    order = list(PhaseName)
    phases = sorted(report.phases, key=lambda p: order.index(p.name))
    lines = ["", "### Phases", "", "| phase | status | seconds | note |", "|---|---|---:|---|"]
    for phase in phases:
        lines.append(
            f"| {phase.name.value} | {phase.status.value} | {phase.seconds:.1f} | "
            f"{inline(headline(phase.reason), _CELL)} |"
        )
    for phase in phases:
        reason = phase.reason.strip()
        if len(" ".join(reason.split())) <= _CELL and not is_multiline(reason):
            continue
        lines += ["", f"**{phase.name.value}** ({phase.status.value}):", ""]
        lines += whole_text(reason, indent="")
    return lines


def _metrics(report: Report) -> list[str]:
    rows = key_metrics(report.metrics)
    if not rows:
        return []
    lines = ["", "### Key metrics", "", "| metric | value |", "|---|---:|"]
    lines += [f"| {inline(key)} | {inline(value)} |" for key, value in rows]
    return lines


def render(report: Report, link_base: str = "") -> str:
    """The report as Markdown; `link_base` prefixes file links (e.g. a blob URL on GitHub)."""
    lines = _head(report)
    lines += _verdicts(report, link_base)
    lines += _others(report, link_base)
    lines += _questions(report)
    lines += _load(report)
    lines += _phases(report)
    lines += _metrics(report)
    return "\n".join(lines) + "\n"
