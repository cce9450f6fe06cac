"""The score: rubric dimensions, each earning 0..1 from its findings, weighted and renormalised
over the dimensions that could be measured, so a phase that did not run neither helps nor hurts.
When the app could not be built or started, the dimensions that needed it earn little
(policy.APP_DOWN_EARNED): a reviewer could not run it either. Then each raised red flag takes its
share (policy.FLAG_COST).
"""

from __future__ import annotations

from grader.models import (
    Finding,
    PhaseName,
    PhaseResult,
    PhaseStatus,
    RedFlagVerdict,
    ScoreDimension,
    ScoreExplanation,
    Severity,
)
from grader.scoring.policy import APP_DOWN_EARNED, DIMENSIONS, FLAG_COST, PENALTY, score_method

_APP_DOWN_SOURCES = ("build", "start")


def compute_score(
    findings: list[Finding],
    phases: list[PhaseResult],
    verdicts: list[RedFlagVerdict] | None = None,
) -> tuple[float, ScoreExplanation]:
    """The weighted mean of the measured dimensions, then a factor per raised red flag."""
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
                    earned=APP_DOWN_EARNED,
                    reason="the app did not build or start: nothing of it could be checked",
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
    raised = [v for v in verdicts or [] if v.status == "raised"]
    kept = 1.0
    for verdict in raised:
        kept *= 1.0 - FLAG_COST[Severity(verdict.severity or Severity.MINOR)]
    score *= kept
    method = score_method()
    if raised:
        method += " Raised here: " + ", ".join(f"{v.flag.value} ({v.severity})" for v in raised)
        method += "."
    return round(score, 1), ScoreExplanation(method=method, dimensions=dims)
