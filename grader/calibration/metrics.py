"""Pure functions from (label, report) pairs to the numbers that say whether the grader is right.

No I/O and no Docker here, so every number can be checked on hand-made reports and recomputed
from saved reports without grading again.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations

from grader.calibration.models import (
    CalibrationResult,
    CaseOutcome,
    CaseRow,
    CaseScore,
    EvidenceMiss,
    EvidenceStats,
    FlagStats,
    RuleStats,
    SameScorePair,
    ThresholdCheck,
    Thresholds,
)
from grader.models import Finding, RedFlag, Report, Severity

EVIDENCE_LINE_TOLERANCE = 2


def verdict_status(report: Report, flag: RedFlag) -> str:
    """A report without a verdict for a flag has not assessed it."""
    return next((v.status for v in report.red_flags if v.flag == flag), "not_assessed")


def _graded(outcomes: Sequence[CaseOutcome]) -> list[tuple[CaseOutcome, Report]]:
    return [(case, case.report) for case in outcomes if case.report is not None]


def flag_stats(outcomes: Sequence[CaseOutcome]) -> list[FlagStats]:
    """`raised` is positive, `clear` negative; `not_assessed` is counted apart, never as either,
    and so is a flag two blind labelers disagree on (a judgment call has no right answer)."""
    table = {flag: FlagStats(flag=flag) for flag in RedFlag}
    for case, report in _graded(outcomes):
        for flag, stats in table.items():
            if case.label.disputed(flag):
                stats.disputed += 1
                continue
            truth = case.label.flags[flag]
            status = verdict_status(report, flag)
            if status == "not_assessed":
                if truth:
                    stats.not_assessed_true += 1
                else:
                    stats.not_assessed_false += 1
            elif status == "raised":
                if truth:
                    stats.tp += 1
                else:
                    stats.fp += 1
            elif truth:
                stats.fn += 1
            else:
                stats.tn += 1
    for stats in table.values():
        stats.precision = stats.tp / (stats.tp + stats.fp) if stats.tp + stats.fp else None
        stats.recall = stats.tp / (stats.tp + stats.fn) if stats.tp + stats.fn else None
    return list(table.values())


def rule_stats(outcomes: Sequence[CaseOutcome]) -> list[RuleStats]:
    """Per rule: findings with a flag, and how many were evidence of a right or a wrong flag."""
    fired: dict[tuple[str, RedFlag], int] = defaultdict(int)
    cases: dict[tuple[str, RedFlag], set[str]] = defaultdict(set)
    correct: dict[tuple[str, RedFlag], int] = defaultdict(int)
    wrong: dict[tuple[str, RedFlag], int] = defaultdict(int)
    for case, report in _graded(outcomes):
        raised = {v.flag: set(v.evidence) for v in report.red_flags if v.status == "raised"}
        for finding in report.findings:
            if finding.flag is None:
                continue
            key = (finding.rule, finding.flag)
            fired[key] += 1
            cases[key].add(case.id)
            if finding.id and finding.id in raised.get(finding.flag, set()):
                if case.label.flags[finding.flag]:
                    correct[key] += 1
                else:
                    wrong[key] += 1
    return [
        RuleStats(
            rule=rule,
            flag=flag,
            fired=count,
            cases=len(cases[(rule, flag)]),
            in_correct_flag=correct[(rule, flag)],
            in_wrong_flag=wrong[(rule, flag)],
        )
        for (rule, flag), count in sorted(fired.items())
    ]


def _norm(path: str) -> str:
    path = path.replace("\\", "/")
    while path.startswith("./"):
        path = path[2:]
    return path.strip("/")


def same_file(labeled: str, reported: str) -> bool:
    """Equal, or one a path-suffix of the other: intake unwraps a submission's wrapper folders,
    so the report's paths may be relative to a folder below the one the label is relative to."""
    a, b = _norm(labeled), _norm(reported)
    return a == b or a.endswith("/" + b) or b.endswith("/" + a)


def _flag_lines(report: Report, flag: RedFlag, file: str) -> list[tuple[int, Finding]]:
    """Lines of `file` that findings of `flag` (above info) point at, their own or related."""
    return [
        (line, f)
        for f in report.findings
        if f.flag == flag and f.severity.rank > Severity.INFO.rank
        for where, line in f.locations()
        if same_file(file, where)
    ]


# A label at line 1 marks a whole file or an absence ("no tests at all", "a one-line README"):
# the label format asks for a line even where the defect has none.
WHOLE_FILE_LINE = 1


def _covers_whole(report: Report, flag: RedFlag, file: str) -> bool:
    """A finding of `flag` (above info) about the whole submission (no file: no tests, no
    README), or one anywhere in `file`."""
    return any(
        f.flag == flag
        and f.severity.rank > Severity.INFO.rank
        and (f.file is None or same_file(file, f.file))
        for f in report.findings
    )


def evidence_stats(outcomes: Sequence[CaseOutcome]) -> EvidenceStats:
    """A labeled defect is hit by a finding of its flag (above info) within two lines of it: of
    the line the finding marks or of a related one it names (the loop that repeats a query).
    A label at line 1 (a whole file, an absence) is hit by a finding of its flag in that file or
    about the whole submission; those hits are counted apart too (`whole_file_hits`)."""
    stats = EvidenceStats()
    for case in outcomes:
        if case.report is None:
            stats.not_graded += len(case.label.evidence)
            continue
        for item in case.label.evidence:
            stats.total += 1
            candidates = _flag_lines(case.report, item.flag, item.file)
            nearest = min(candidates, key=lambda c: abs(c[0] - item.line), default=None)
            if nearest and abs(nearest[0] - item.line) <= EVIDENCE_LINE_TOLERANCE:
                stats.hits += 1
                continue
            if item.line == WHOLE_FILE_LINE and _covers_whole(case.report, item.flag, item.file):
                stats.hits += 1
                stats.whole_file_hits += 1
                continue
            stats.misses.append(
                EvidenceMiss(
                    case=case.id,
                    flag=item.flag,
                    file=item.file,
                    line=item.line,
                    what=item.what,
                    nearest=f"{nearest[1].rule} at line {nearest[0]}" if nearest else None,
                )
            )
    stats.rate = stats.hits / stats.total if stats.total else None
    return stats


def average_ranks(values: Sequence[float]) -> list[float]:
    """1-based ranks; tied values share the mean of the ranks they span."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    start = 0
    while start < len(order):
        end = start
        while end + 1 < len(order) and values[order[end + 1]] == values[order[start]]:
            end += 1
        for position in range(start, end + 1):
            ranks[order[position]] = (start + end) / 2 + 1
        start = end + 1
    return ranks


def spearman(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Pearson correlation of average ranks (correct with ties); None when it is undefined."""
    if len(xs) != len(ys) or len(xs) < 2:
        return None
    rx, ry = average_ranks(xs), average_ranks(ys)
    mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry, strict=True))
    vx = sum((a - mx) ** 2 for a in rx)
    vy = sum((b - my) ** 2 for b in ry)
    if vx == 0 or vy == 0:
        return None
    return float(cov / (vx * vy) ** 0.5)


def _scored(outcomes: Sequence[CaseOutcome]) -> list[tuple[str, float, int]]:
    return [
        (case.id, report.score, case.label.quality)
        for case, report in _graded(outcomes)
        if report.score is not None and case.label.quality is not None
    ]


def same_score_pairs(outcomes: Sequence[CaseOutcome]) -> list[SameScorePair]:
    """Cases of different quality the score cannot tell apart at all."""
    return [
        SameScorePair(score=sa, case_a=a, quality_a=qa, case_b=b, quality_b=qb)
        for (a, sa, qa), (b, sb, qb) in combinations(_scored(outcomes), 2)
        if sa == sb and qa != qb
    ]


def case_row(case: CaseOutcome) -> CaseRow:
    report = case.report
    labeled = [flag for flag in RedFlag if case.label.flags[flag]]
    row = CaseRow(
        id=case.id,
        group=case.group,
        source=case.source,
        outcome=case.outcome,
        status=report.status.value if report else case.outcome,
        reason=case.reason,
        score=report.score if report else None,
        quality=case.label.quality,
        labeled=labeled,
    )
    if report is None:
        return row
    for flag in RedFlag:
        status = verdict_status(report, flag)
        judged = not case.label.disputed(flag)
        if status == "raised":
            row.raised.append(flag)
            if flag not in labeled and judged:
                row.false_positives.append(flag)
        elif status == "not_assessed":
            row.not_assessed.append(flag)
        elif flag in labeled and judged:
            row.false_negatives.append(flag)
    return row


def check_thresholds(
    flags: Sequence[FlagStats], evidence: EvidenceStats, rho: float | None, limits: Thresholds
) -> list[ThresholdCheck]:
    """Every flag must meet precision and recall; a flag never raised has no precision and one
    with no assessed positive has no recall, so those are skipped. A metric that could not be
    computed at all (no evidence graded, too few scores) does not meet its threshold."""
    checks: list[ThresholdCheck] = []
    for name, required, attr in (
        ("precision", limits.min_precision, "precision"),
        ("recall", limits.min_recall, "recall"),
    ):
        if required is None:
            continue
        for stats in flags:
            actual: float | None = getattr(stats, attr)
            if actual is not None:
                checks.append(
                    ThresholdCheck(
                        name=f"{name} {stats.flag.value}",
                        required=required,
                        actual=actual,
                        met=actual >= required,
                    )
                )
    for name, required, actual, why in (
        ("evidence", limits.min_evidence, evidence.rate, "no labeled evidence was graded"),
        ("spearman", limits.min_spearman, rho, "fewer than two scored cases with distinct ranks"),
    ):
        if required is not None:
            met = actual is not None and actual >= required
            detail = "" if actual is not None else why
            checks.append(
                ThresholdCheck(name=name, required=required, actual=actual, met=met, detail=detail)
            )
    return checks


def calibrate(
    outcomes: Sequence[CaseOutcome], limits: Thresholds | None = None
) -> CalibrationResult:
    """All metrics of one run; `passed` is False when any given threshold is not met."""
    scored = _scored(outcomes)
    rho = spearman([s for _, s, _ in scored], [float(q) for _, _, q in scored])
    flags = flag_stats(outcomes)
    evidence = evidence_stats(outcomes)
    by_quality: dict[int, list[CaseScore]] = {grade: [] for grade in range(1, 6)}
    for case_id, score, quality in sorted(scored, key=lambda item: (item[1], item[0])):
        by_quality[quality].append(CaseScore(case=case_id, score=score))
    groups = sorted({case.group for case in outcomes})
    checks = check_thresholds(flags, evidence, rho, limits or Thresholds())
    return CalibrationResult(
        grader_versions=sorted({report.grader_version for _, report in _graded(outcomes)}),
        cases=[case_row(case) for case in outcomes],
        flags=flags,
        flags_by_group={g: flag_stats([c for c in outcomes if c.group == g]) for g in groups},
        rules=rule_stats(outcomes),
        evidence=evidence,
        spearman=rho,
        spearman_cases=len(scored),
        scores_by_quality=by_quality,
        same_score_pairs=same_score_pairs(outcomes),
        thresholds=checks,
        passed=all(check.met for check in checks),
    )
