"""The loop: grade (or read back) every case, one at a time, reporting progress as data.

A case that cannot be graded (a public repository missing from the mirror, a grader error) is an
outcome with its reason, so one bad case never costs the hour the others took.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from grader import GradeSettings, Report, grade
from grader.calibration.cases import Case, CorpusCase, Unavailable, exported
from grader.calibration.models import CaseOutcome, Outcome


class CaseStarted(BaseModel):
    model_config = ConfigDict(frozen=True)

    case: str
    index: int
    total: int


class CaseFinished(BaseModel):
    model_config = ConfigDict(frozen=True)

    case: str
    index: int
    total: int
    outcome: Outcome
    status: str
    score: float | None
    reason: str = ""


ProgressEvent = CaseStarted | CaseFinished
GradeFunction = Callable[[Path, GradeSettings], Report]


def _ignore(event: ProgressEvent) -> None:
    return None


def _grade(source: Path, settings: GradeSettings) -> Report:
    return grade(source, settings)


def report_path(reports: Path, case_id: str) -> Path:
    return reports / f"{case_id}.json"


def _read_back(path: Path) -> Report | None:
    """A saved report, or None when there is none or it no longer reads (then grade again)."""
    try:
        return Report.model_validate_json(path.read_text(encoding="utf-8"))
    except (OSError, ValidationError, UnicodeDecodeError):
        return None


def _save(reports: Path, case_id: str, report: Report) -> None:
    """Written then renamed, so an interrupted run never leaves a half report for --reuse."""
    reports.mkdir(parents=True, exist_ok=True)
    target = report_path(reports, case_id)
    partial = target.with_suffix(".json.partial")
    partial.write_text(report.model_dump_json(indent=2), encoding="utf-8")
    os.replace(partial, target)


def grade_case(
    case: Case, settings: GradeSettings, mirror: Path | None, grade_fn: GradeFunction
) -> Report:
    """Grade one case; raises Unavailable for a public repository that cannot be exported."""
    if isinstance(case, CorpusCase):
        return grade_fn(case.submission, settings)
    if mirror is None:
        raise Unavailable("no --mirror to export public repositories from")
    with exported(case.label, mirror) as folder:
        return grade_fn(folder, settings)


def _outcome(
    case: Case, outcome: Outcome, reason: str = "", report: Report | None = None
) -> CaseOutcome:
    return CaseOutcome(
        id=case.id,
        group=case.group,
        source=case.source,
        label=case.label,
        outcome=outcome,
        reason=reason,
        report=report,
    )


def run_case(
    case: Case,
    settings: GradeSettings,
    *,
    mirror: Path | None = None,
    reports: Path | None = None,
    reuse: bool = False,
    grade_fn: GradeFunction = _grade,
    fatal: tuple[type[BaseException], ...] = (),
) -> CaseOutcome:
    """One case's outcome. Exceptions in `fatal` (the CLI passes "no Docker engine") stop the
    whole run; any other failure becomes this case's `error` outcome."""
    if reuse and reports is not None:
        saved = _read_back(report_path(reports, case.id))
        if saved is not None:
            return _outcome(case, outcome="reused", report=saved)
    try:
        report = grade_case(case, settings, mirror, grade_fn)
    except Unavailable as exc:
        return _outcome(case, outcome="unavailable", reason=exc.reason)
    except fatal:
        raise
    except Exception as exc:  # a grader bug in one case must not end the calibration
        reason = f"{type(exc).__name__}: {exc}"[:500]
        return _outcome(case, outcome="error", reason=reason)
    if reports is not None:
        _save(reports, case.id, report)
    return _outcome(case, outcome="graded", report=report)


def run_cases(
    cases: Sequence[Case],
    settings: GradeSettings,
    *,
    mirror: Path | None = None,
    reports: Path | None = None,
    reuse: bool = False,
    on_progress: Callable[[ProgressEvent], None] = _ignore,
    grade_fn: GradeFunction = _grade,
    fatal: tuple[type[BaseException], ...] = (),
) -> list[CaseOutcome]:
    """Every case in order, one at a time: load and event-loop timings are what the flags are
    measured on, and a second grading beside them would skew exactly those."""
    outcomes = []
    for index, case in enumerate(cases, start=1):
        on_progress(CaseStarted(case=case.id, index=index, total=len(cases)))
        outcome = run_case(
            case,
            settings,
            mirror=mirror,
            reports=reports,
            reuse=reuse,
            grade_fn=grade_fn,
            fatal=fatal,
        )
        report = outcome.report
        on_progress(
            CaseFinished(
                case=case.id,
                index=index,
                total=len(cases),
                outcome=outcome.outcome,
                status=report.status.value if report else outcome.outcome,
                score=report.score if report else None,
                reason=outcome.reason,
            )
        )
        outcomes.append(outcome)
    return outcomes
