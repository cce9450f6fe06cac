"""The HTML report: one self-contained page a reviewer opens from an artifact or an e-mail.

Everything is inline (CSS, the SVG chart) and a Content-Security-Policy forbids any load, so the
page makes no request when opened. Every string from the submission is escaped: a finding can
quote a stranger's code. Nothing depends on the clock, so the same report gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

from grader.models import (
    Finding,
    GradingStatus,
    PhaseName,
    PhaseStatus,
    RedFlag,
    Report,
    Severity,
)
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
    sorted_findings,
)
from grader.reporters.questions import questions_for

Sources = Mapping[str, Sequence[str]]
CONTEXT_LINES = 3
MAX_CARD_EVIDENCE = 4

_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
_CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;
 background:#f6f7f9;color:#1d2330}
main{max-width:1040px;margin:0 auto;padding:24px}
header{display:flex;align-items:baseline;gap:24px;flex-wrap:wrap}
h1{margin:0;font-size:26px} h2{margin:32px 0 12px;font-size:19px}
.score{font-size:40px;font-weight:700} .meta{color:#5b6475}
.banner{background:#fdecec;border:1px solid #e5a3a3;padding:10px 14px;border-radius:6px}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:12px}
.card{background:#fff;border:1px solid #d9dde5;border-left:6px solid #b8bfcc;border-radius:6px;
 padding:10px 14px}
.card.raised{border-left-color:#c62828;background:#fff6f6}
.card.clear{border-left-color:#2e7d32} .card.not_assessed{border-left-color:#9aa3b2}
.card h3{margin:0 0 4px;font-size:16px} .verdict{font-weight:700;text-transform:uppercase;
 font-size:12px;letter-spacing:.04em} .raised .verdict{color:#c62828}
.clear .verdict{color:#2e7d32} .not_assessed .verdict{color:#6b7385}
.finding{background:#fff;border:1px solid #d9dde5;border-radius:6px;padding:10px 14px;
 margin-bottom:12px}
.sev{display:inline-block;border-radius:4px;padding:0 6px;font-size:12px;font-weight:700;
 color:#fff;background:#6b7385} .sev-critical{background:#8e0000} .sev-major{background:#c62828}
.sev-minor{background:#b26a00} .rule{font-family:ui-monospace,Menlo,Consolas,monospace}
pre{background:#1d2330;color:#e9edf5;padding:8px 10px;border-radius:4px;overflow-x:auto;
 margin:6px 0;white-space:pre-wrap;word-break:break-word}
pre.detail{background:#f0f2f6;color:#1d2330}
table{border-collapse:collapse;background:#fff} td,th{border:1px solid #d9dde5;padding:3px 8px;
 text-align:left;vertical-align:top}
table.src{width:100%;font:13px/1.4 ui-monospace,Menlo,Consolas,monospace}
table.src td{border:0;padding:0 8px;white-space:pre-wrap;word-break:break-all}
table.src td.n{color:#8a93a5;text-align:right;width:1%;white-space:nowrap;word-break:normal;
 user-select:none}
table.src tr.hit{background:#ffe3e3} table.src tr.hit td.n{color:#c62828;font-weight:700}
.status-failed{color:#c62828;font-weight:700} .status-skipped{color:#8a6d00}
svg text{font:12px system-ui,sans-serif;fill:#1d2330}
summary{cursor:pointer;color:#5b6475;margin:8px 0}
"""


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _head(report: Report) -> str:
    sub = report.submission
    parts = [
        f"<header><h1>{_e(sub.name)}</h1>",
        f'<div class="score" id="score">{_e(score_text(report))}</div>',
        f'<div class="meta">status {_e(report.status.value)} · kind {_e(sub.kind.value)} · '
        f"grader {_e(report.grader_version)} · sha256 <code>{_e(sub.sha256[:12])}</code></div>",
        "</header>",
    ]
    if report.status == GradingStatus.REJECTED:
        reasons = [p.reason for p in report.phases if p.status == PhaseStatus.FAILED]
        reason = reasons[0] if reasons else "no reason given"
        parts.append(f'<p class="banner">Input rejected: {_e(reason)}</p>')
    return "\n".join(parts)


def _cards(report: Report) -> str:
    out = ['<h2>Red flags</h2><div class="cards">']
    for verdict in report.red_flags:
        status = verdict.status
        label = STATUS_LABELS[status] + (f" · {verdict.severity}" if verdict.severity else "")
        evidence = evidence_of(report, verdict.flag)
        links = ", ".join(
            f'<a href="#{_e(f.id)}">{_e(f.rule)}'
            + (f" at {_e(location(f))}" if location(f) else "")
            + "</a>"
            for f in evidence[:MAX_CARD_EVIDENCE]
        )
        if len(evidence) > MAX_CARD_EVIDENCE:
            links += f" and {len(evidence) - MAX_CARD_EVIDENCE} more"
        out.append(
            f'<article class="card {status}" data-flag="{_e(verdict.flag.value)}">'
            f"<h3>{_e(FLAG_LABELS[verdict.flag])}</h3>"
            f'<div class="verdict">{_e(label)}</div><p>{_e(verdict.reason)}</p>'
            + (f"<p>Evidence: {links}</p>" if links else "")
            + "</article>"
        )
    out.append("</div>")
    return "\n".join(out)


def source_context(finding: Finding, sources: Sources | None) -> str:
    """The offending line with a few lines around it, when the pipeline passed the file."""
    if sources is None or finding.file is None or finding.line is None:
        return ""
    lines = sources.get(finding.file)
    if lines is None or not 1 <= finding.line <= len(lines):
        return ""
    first = max(1, finding.line - CONTEXT_LINES)
    last = min(len(lines), finding.line + CONTEXT_LINES)
    rows = []
    for number in range(first, last + 1):
        hit = ' class="hit"' if number == finding.line else ""
        rows.append(
            f'<tr{hit}><td class="n">{number}</td><td>{_e(lines[number - 1].rstrip())}</td></tr>'
        )
    return '<table class="src">' + "".join(rows) + "</table>"


def _finding(finding: Finding, sources: Sources | None) -> str:
    sev = finding.severity.value
    flag = f" · {_e(FLAG_LABELS[finding.flag])}" if finding.flag else ""
    place = " · ".join(_e(p) for p in (location(finding), route(finding)) if p)
    parts = [
        f'<article class="finding" id="{_e(finding.id)}">',
        f'<div><span class="sev sev-{sev}">{sev}</span> <span class="rule">'
        f"{_e(finding.rule)}</span>{flag} — <strong>{_e(finding.title)}</strong></div>",
    ]
    if place:
        parts.append(f'<div class="meta">{place}</div>')
    if finding.detail.strip() and finding.detail.strip() != finding.title:
        parts.append(f'<pre class="detail">{_e(finding.detail.strip())}</pre>')
    context = source_context(finding, sources)
    if context:
        parts.append(context)
    if finding.request is not None:
        parts.append(f'<pre class="curl"><code>{_e(finding.request.curl)}</code></pre>')
    parts.append("</article>")
    return "\n".join(parts)


def _findings(report: Report, sources: Sources | None) -> str:
    """Findings that cost points first; info notes folded away, still one click from view."""
    findings = sorted_findings(report)
    if not findings:
        return "<h2>Findings</h2><p>No findings.</p>"
    serious = [f for f in findings if f.severity != Severity.INFO]
    notes = [f for f in findings if f.severity == Severity.INFO]
    parts = [f"<h2>Findings ({len(serious)})</h2>"]
    parts += [_finding(f, sources) for f in serious]
    if notes:
        parts.append(f"<details><summary>{len(notes)} note(s) that cost nothing</summary>")
        parts += [_finding(f, sources) for f in notes]
        parts.append("</details>")
    return "\n".join(parts)


def _questions(report: Report) -> str:
    asked = questions_for(report)
    if not asked:
        return ""
    out = ["<h2>Questions to ask</h2>"]
    for flag, questions in asked.items():
        items = "".join(f"<li>{_e(q)}</li>" for q in questions)
        out.append(f"<h3>{_e(FLAG_LABELS[RedFlag(flag)])}</h3><ol>{items}</ol>")
    return "\n".join(out)


_BAR_H, _GAP, _LABEL_W, _BAR_W, _TOP = 14, 14, 190, 360, 30
_COLORS = ("#7a8fb8", "#c62828")


def latency_chart(report: Report) -> str:
    """Median latency with one client against many, per endpoint, plus the probe request."""
    rows: list[tuple[str, str, float, str, float]] = [
        (e.endpoint, "1 client", e.single_ms, f"{e.clients} clients", e.loaded_ms)
        for e in load_latencies(report)
    ]
    probe = probe_latency(report)
    if probe is not None:
        rows.append(("probe request", "idle", probe[0], "under load", probe[1]))
    if not rows:
        phase = next((p for p in report.phases if p.name == PhaseName.LOAD), None)
        why = f" ({phase.reason})" if phase is not None and phase.reason else ""
        return f'<p class="no-load">The load phase did not run{_e(why)}.</p>'
    top = max(max(r[2], r[4]) for r in rows) or 1.0
    row_h = 2 * _BAR_H + _GAP
    height = _TOP + row_h * len(rows)
    width = _LABEL_W + _BAR_W + 110
    parts = [
        f'<svg id="latency-chart" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="img" aria-labelledby="latency-title">',
        '<title id="latency-title">Median latency, one client against many</title>',
        f'<rect x="{_LABEL_W}" y="4" width="12" height="12" fill="{_COLORS[0]}"/>'
        f'<text x="{_LABEL_W + 18}" y="14">1 client / idle</text>'
        f'<rect x="{_LABEL_W + 140}" y="4" width="12" height="12" fill="{_COLORS[1]}"/>'
        f'<text x="{_LABEL_W + 158}" y="14">N clients / under load</text>',
    ]
    for index, (name, low_label, low, high_label, high) in enumerate(rows):
        y = _TOP + index * row_h
        parts.append(f'<text x="0" y="{y + _BAR_H + 4}">{_e(name[:28])}</text>')
        for offset, (label, value, color) in enumerate(
            ((low_label, low, _COLORS[0]), (high_label, high, _COLORS[1]))
        ):
            bar_y = y + offset * _BAR_H
            bar_w = max(2.0, value / top * _BAR_W)
            parts.append(
                f'<rect class="bar" x="{_LABEL_W}" y="{bar_y}" width="{bar_w:.1f}" '
                f'height="{_BAR_H - 2}" fill="{color}"><title>{_e(name)}, {_e(label)}: '
                f"{_e(fmt_ms(value))}</title></rect>"
                f'<text x="{_LABEL_W + bar_w + 6:.1f}" y="{bar_y + _BAR_H - 3}">'
                f"{_e(fmt_ms(value))}</text>"
            )
    parts.append("</svg>")
    return "\n".join(parts)


def _phases(report: Report) -> str:
    order = list(PhaseName)
    rows = "".join(
        f'<tr><td>{_e(p.name.value)}</td><td class="status-{p.status.value}">'
        f"{_e(p.status.value)}</td><td>{p.seconds:.1f}</td><td>{_e(p.reason)}</td></tr>"
        for p in sorted(report.phases, key=lambda p: order.index(p.name))
    )
    return (
        "<h2>Phases</h2><table><tr><th>phase</th><th>status</th><th>seconds</th>"
        f"<th>note</th></tr>{rows}</table>"
    )


def _numbers(report: Report) -> str:
    out = []
    if report.scoring is not None:
        dims = sorted(report.scoring.dimensions, key=lambda d: (-d.weight, d.name))
        rows = "".join(
            f"<tr><td>{_e(d.name)}</td><td>{d.weight:g}</td><td>"
            f"{'—' if d.earned is None else f'{d.earned:.0%}'}</td><td>{_e(d.reason)}</td></tr>"
            for d in dims
        )
        out.append(
            f"<h2>Score</h2><p>{_e(report.scoring.method)}</p><table><tr><th>dimension</th>"
            f"<th>weight</th><th>earned</th><th>why</th></tr>{rows}</table>"
        )
    metrics = key_metrics(report.metrics)
    if metrics:
        rows = "".join(f"<tr><td>{_e(k)}</td><td>{_e(v)}</td></tr>" for k, v in metrics)
        out.append(f"<h2>Metrics</h2><table>{rows}</table>")
    return "\n".join(out)


def render(report: Report, sources: Sources | None = None) -> str:
    """The page; `sources` maps a submission file to its lines, to show findings in context."""
    body = [
        _head(report),
        _cards(report),
        _findings(report, sources),
        "<h2>Latency under load</h2>",
        latency_chart(report),
        _questions(report),
        _phases(report),
        _numbers(report),
    ]
    title = f"{report.submission.name} — {score_text(report)}"
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title)}</title>\n<style>{_CSS}</style></head>\n"
        "<body><main>\n" + "\n".join(part for part in body if part) + "\n</main></body></html>\n"
    )
