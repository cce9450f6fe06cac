"""The score: rubric dimensions, each earning 0..1 from its findings, weighted and renormalised
over the dimensions that could be measured, so a phase that did not run neither helps nor hurts.
When the app could not be built or started, the dimensions that needed it earn zero: a reviewer
could not run it either.
"""

from __future__ import annotations

from grader.models import (
    Finding,
    PhaseName,
    PhaseResult,
    PhaseStatus,
    ScoreDimension,
    ScoreExplanation,
)
from grader.scoring.policy import DANGEROUS_CAP, DIMENSIONS, PENALTY, is_dangerous

_APP_DOWN_SOURCES = ("build", "start")


def compute_score(
    findings: list[Finding], phases: list[PhaseResult]
) -> tuple[float, ScoreExplanation]:
    status = {phase.name: phase.status for phase in phases}
    app_down = any(
        status.get(name) == PhaseStatus.FAILED for name in (PhaseName.BUILD, PhaseName.START)
    )
    dims: list[ScoreDimension] = []
    for dim in DIMENSIONS:
        if dim.needs_running_app and app_down:
            dims.append(
                ScoreDimension(
                    name=dim.name,
                    weight=dim.weight,
                    earned=0.0,
                    reason="the app did not build or start",
                )
            )
            continue
        ran = all(status.get(name) == PhaseStatus.OK for name in dim.phases)
        if not ran:
            dims.append(
                ScoreDimension(
                    name=dim.name,
                    weight=dim.weight,
                    earned=None,
                    reason="not measured: its phases did not all run",
                )
            )
            continue
        taken = [f for f in findings if dim.takes(f) and f.source not in _APP_DOWN_SOURCES]
        lost = sum(PENALTY[f.severity] for f in taken)
        earned = max(0.0, 1.0 - lost)
        dims.append(
            ScoreDimension(
                name=dim.name,
                weight=dim.weight,
                earned=round(earned, 3),
                reason=f"{len(taken)} finding(s), penalty {lost:.2f}",
            )
        )
    measured = [d for d in dims if d.earned is not None]
    total_weight = sum(d.weight for d in measured)
    score = 0.0
    if total_weight:
        score = 100.0 * sum(d.weight * (d.earned or 0.0) for d in measured) / total_weight
    dangerous = [f for f in findings if is_dangerous(f)]
    if dangerous:
        score = min(score, DANGEROUS_CAP)
    method = (
        "Each dimension starts at 1 and loses 0.15 per minor, 0.4 per major and 0.8 per critical "
        "finding it takes (floor 0); each finding is charged to one dimension. The score is the "
        "weighted mean over measured dimensions, times 100; unmeasured dimensions are left out "
        "and their weight redistributed. A critical security finding caps the score at "
        f"{DANGEROUS_CAP:.0f}."
    )
    if dangerous:
        method += f" Capped here by {', '.join(sorted({f.rule for f in dangerous}))}."
    return round(score, 1), ScoreExplanation(method=method, dimensions=dims)
