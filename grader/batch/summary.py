"""The cohort view of a batch: one row per submission, percentiles, the CSV files, and the
SIMILAR-SUBMISSION findings added to each report before it is written."""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterable

from grader.batch.similarity import SimilarPair, pairs_of
from grader.checks.registry import make_finding
from grader.checks.rules.similarity import SIMILAR_SUBMISSION
from grader.models import Finding, RedFlag, Report
from grader.reporters.leaderboard import CohortRow

SUMMARY_COLUMNS = [
    "name",
    "sha256",
    "status",
    "score",
    *[flag.value for flag in RedFlag],
    "percentile",
    "reason",
]


def row_for_report(name: str, report: Report, file: str | None = None) -> CohortRow:
    return CohortRow(
        name=name,
        sha256=report.submission.sha256,
        status=report.status.value,
        score=report.score,
        verdicts={verdict.flag: verdict.status for verdict in report.red_flags},
        report_file=file,
    )


def row_for_failure(name: str, sha256: str, reason: str) -> CohortRow:
    return CohortRow(name=name, sha256=sha256, status="failed", score=None, reason=reason)


def with_percentiles(rows: Iterable[CohortRow]) -> list[CohortRow]:
    """Percentile rank among the scored submissions: below + half of the ties, in percent."""
    rows = list(rows)
    scores = [row.score for row in rows if row.score is not None]
    out = []
    for row in rows:
        if row.score is None or not scores:
            out.append(row)
            continue
        below = sum(1 for s in scores if s < row.score)
        ties = sum(1 for s in scores if s == row.score)
        rank = 100.0 * (below + 0.5 * ties) / len(scores)
        out.append(row.model_copy(update={"percentile": round(rank, 1)}))
    return out


def summary_csv(rows: Iterable[CohortRow]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(SUMMARY_COLUMNS)
    for row in sorted(rows, key=lambda r: r.name):
        writer.writerow(
            [
                row.name,
                row.sha256,
                row.status,
                "" if row.score is None else f"{row.score:g}",
                *[row.verdicts.get(flag, "") for flag in RedFlag],
                "" if row.percentile is None else f"{row.percentile:g}",
                row.reason,
            ]
        )
    return buffer.getvalue()


def similarity_csv(pairs: Iterable[SimilarPair]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["a", "b", "similarity", "shared_regions"])
    for pair in pairs:
        writer.writerow([pair.a, pair.b, f"{pair.similarity:.3f}", pair.regions_text()])
    return buffer.getvalue()


def similarity_findings(name: str, pairs: list[SimilarPair], threshold: float) -> list[Finding]:
    """One info finding per submission of the batch this one shares code with."""
    findings = []
    for other, pair, regions in pairs_of(name, pairs, threshold):
        shown = "; ".join(region.text() for region in regions[:20])
        more = f" (and {len(regions) - 20} more)" if len(regions) > 20 else ""
        detail = (
            f"{pair.similarity:.0%} of the code fingerprints match submission {other!r} "
            f"(Jaccard index, threshold {threshold:.0%}). Shared regions (this~{other}): "
            f"{shown or 'none located'}{more}"
        )
        first = regions[0] if regions else None
        finding = make_finding(
            SIMILAR_SUBMISSION,
            detail,
            file=first.a_file if first else None,
            line=first.a_start if first else None,
        )
        ident = hashlib.sha256(f"{SIMILAR_SUBMISSION}|{other}".encode()).hexdigest()[:8]
        findings.append(finding.model_copy(update={"id": f"F-{ident}"}))
    return findings


def annotate(report: Report, findings: list[Finding]) -> Report:
    """The report with `findings` added in the report's order (worst first, then by rule)."""
    if not findings:
        return report
    merged = sorted([*report.findings, *findings], key=lambda f: (-f.severity.rank, f.rule))
    annotated = report.model_copy(update={"findings": merged})
    annotated.source_excerpts = report.source_excerpts
    return annotated
