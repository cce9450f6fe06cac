"""summary.html: the leaderboard of a batch, one self-contained page for the hiring team.

Like the single report, everything is inline (CSS, two SVG charts) and a Content-Security-Policy
forbids any load, so opening it makes no request. Names come from file names a candidate chose:
every one is escaped.
"""

from __future__ import annotations

from collections import Counter
from html import escape
from urllib.parse import quote

from pydantic import BaseModel, ConfigDict, Field

from grader.models import RedFlag
from grader.reporters.evidence import FLAG_LABELS


class CohortRow(BaseModel):
    """One submission of a batch as the summary shows it."""

    model_config = ConfigDict(extra="forbid")

    name: str
    sha256: str
    status: str
    score: float | None
    verdicts: dict[RedFlag, str] = Field(default_factory=dict)
    percentile: float | None = None
    reason: str = ""
    report_file: str | None = Field(default=None, description="relative link to its report")


class SimilarRow(BaseModel):
    a: str
    b: str
    similarity: float


_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
_CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;
 background:#f6f7f9;color:#1d2330}
main{max-width:1100px;margin:0 auto;padding:24px} h1{margin:0 0 4px;font-size:26px}
h2{margin:28px 0 10px;font-size:19px} .meta{color:#5b6475}
.charts{display:flex;gap:24px;flex-wrap:wrap}
.chart{background:#fff;border:1px solid #d9dde5;border-radius:6px;padding:10px}
table{border-collapse:collapse;width:100%;background:#fff;font-size:14px}
th,td{border:1px solid #d9dde5;padding:4px 8px;text-align:left} th{background:#eef0f4}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.raised{color:#c62828;font-weight:700} .clear{color:#2e7d32} .not_assessed{color:#8a93a5}
.failed{color:#c62828}
"""
_FLAG_SHORT = {
    RedFlag.ASYNC_CONFUSION: "async",
    RedFlag.TYPE_HINT_AVOIDANCE: "types",
    RedFlag.SECURITY_OVERSIGHTS: "security",
    RedFlag.DOCUMENTATION_NEGLECT: "docs",
    RedFlag.TESTING_GAPS: "tests",
    RedFlag.PERFORMANCE_IGNORANCE: "perf",
}
_MARK = {"raised": "RAISED", "clear": "clear", "not_assessed": "n/a"}


def score_histogram(scores: list[float], bins: int = 10) -> str:
    """Inline SVG: how many submissions fall in each 10-point score band."""
    counts = [0] * bins
    for score in scores:
        counts[min(int(score // (100 / bins)), bins - 1)] += 1
    width, height, pad = 420, 180, 24
    bar = (width - 2 * pad) / bins
    top = max(counts) or 1
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height + 30}" '
        f'role="img" aria-label="score distribution">'
    ]
    for i, count in enumerate(counts):
        h = (height - 2 * pad) * count / top
        x, y = pad + i * bar, height - pad - h
        parts.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar - 4:.1f}" height="{h:.1f}" fill="#3f6fb5">'
            f"<title>{i * 10}-{i * 10 + 10}: {count}</title></rect>"
        )
        if count:
            parts.append(f'<text x="{x + bar / 2 - 2:.1f}" y="{y - 4:.1f}" font-size="11" '
                         f'text-anchor="middle">{count}</text>')  # fmt: skip
        parts.append(f'<text x="{x:.1f}" y="{height - pad + 14}" font-size="10">{i * 10}</text>')
    parts.append(f'<text x="{pad}" y="{height + 22}" font-size="12">score</text></svg>')
    return "".join(parts)


def flag_chart(raised: Counter[RedFlag], total: int) -> str:
    """Inline SVG: for each red flag, how many submissions raised it."""
    width, row, label = 420, 26, 170
    height = row * len(RedFlag) + 10
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'role="img" aria-label="red flags raised">'
    ]
    for i, flag in enumerate(RedFlag):
        count = raised.get(flag, 0)
        w = (width - label - 40) * count / max(total, 1)
        y = 5 + i * row
        parts.append(f'<text x="0" y="{y + 16}" font-size="12">{escape(FLAG_LABELS[flag])}</text>')
        parts.append(f'<rect x="{label}" y="{y + 4}" width="{w:.1f}" height="16" fill="#c62828"/>')
        parts.append(f'<text x="{label + w + 4:.1f}" y="{y + 16}" font-size="12">{count}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _row_html(rank: int, row: CohortRow) -> str:
    name = escape(row.name)
    if row.report_file:
        name = f'<a href="{escape(quote(row.report_file))}">{name}</a>'
    score = "" if row.score is None else f"{row.score:.1f}"
    pct = "" if row.percentile is None else f"{row.percentile:.0f}"
    cells = "".join(
        f'<td class="{escape(row.verdicts.get(flag, ""))}">'
        f"{_MARK.get(row.verdicts.get(flag, ''), '')}</td>"
        for flag in RedFlag
    )
    status = escape(row.status)
    reason = f' title="{escape(row.reason)}"' if row.reason else ""
    return (
        f"<tr><td class=num>{rank}</td><td>{name}</td><td class=num>{score}</td>"
        f'<td class=num>{pct}</td><td class="{status}"{reason}>{status}</td>{cells}</tr>'
    )


def render(rows: list[CohortRow], similar: list[SimilarRow], threshold: float) -> str:
    ranked = sorted(rows, key=lambda r: (r.score is None, -(r.score or 0.0), r.name))
    scores = [r.score for r in rows if r.score is not None]
    raised: Counter[RedFlag] = Counter(
        flag for r in rows for flag, status in r.verdicts.items() if status == "raised"
    )
    statuses = Counter(r.status for r in rows)
    status_text = ", ".join(f"{escape(k)}: {v}" for k, v in sorted(statuses.items()))
    head = "".join(f"<th>{_FLAG_SHORT[flag]}</th>" for flag in RedFlag)
    body = "\n".join(_row_html(i, row) for i, row in enumerate(ranked, start=1))
    pairs = "\n".join(
        f"<tr><td>{escape(p.a)}</td><td>{escape(p.b)}</td>"
        f"<td class=num>{p.similarity:.3f}</td></tr>"
        for p in similar
        if p.similarity >= threshold
    )
    similar_html = (
        f"<table><tr><th>a</th><th>b</th><th>similarity</th></tr>\n{pairs}</table>"
        if pairs
        else f"<p class=meta>No pair at or above {threshold:.0%}.</p>"
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Batch summary: {len(rows)} submissions</title><style>{_CSS}</style></head>
<body><main>
<h1>Batch summary</h1>
<p class=meta>{len(rows)} submissions; {status_text}</p>
<div class=charts>
<div class=chart><h2>Score distribution</h2>{score_histogram(scores)}</div>
<div class=chart><h2>Red flags raised</h2>{flag_chart(raised, len(rows))}</div>
</div>
<h2>Leaderboard</h2>
<table><tr><th>#</th><th>submission</th><th>score</th><th>percentile</th><th>status</th>{head}</tr>
{body}
</table>
<h2>Similar submissions</h2>
{similar_html}
</main></body></html>
"""
