"""The six red-flag verdicts, applying scoring/policy.py.

A flag is `raised` only with findings as evidence the policy accepts; it is `clear` only when the
phases that can see it ran and at least one rule for it was looked at; otherwise `not_assessed`,
with the reason.
"""

from __future__ import annotations

from grader.checks.registry import flags_with_static_rules
from grader.models import Finding, PhaseName, PhaseResult, PhaseStatus, RedFlag, RedFlagVerdict
from grader.scoring.policy import FLAG_PHASES, is_evidence, judge, suite_in_doubt


def _not_run(phases: dict[PhaseName, PhaseResult], flag: RedFlag) -> list[str]:
    missing = []
    for name in FLAG_PHASES[flag]:
        result = phases.get(name)
        if result is None or result.status != PhaseStatus.OK:
            why = result.reason if result and result.reason else "did not run"
            missing.append(f"{name.value} ({why})")
    return missing


def decide_verdicts(
    findings: list[Finding], phases: list[PhaseResult], handlers: int | None = None
) -> list[RedFlagVerdict]:
    by_name = {phase.name: phase for phase in phases}
    static_flags = flags_with_static_rules()
    verdicts = []
    for flag in RedFlag:
        evidence = [f for f in findings if is_evidence(f, flag)]
        judgement = judge(flag, evidence, handlers)
        if judgement.raised:
            worst = max(evidence, key=lambda f: f.severity.rank)
            verdicts.append(
                RedFlagVerdict(
                    flag=flag,
                    status="raised",
                    severity=worst.severity.value,  # type: ignore[arg-type]
                    reason=judgement.why,
                    evidence=[f.id for f in evidence],
                )
            )
            continue
        missing = _not_run(by_name, flag)
        doubt = suite_in_doubt(findings, phases) if flag == RedFlag.TESTING_GAPS else None
        if doubt is not None:
            missing.append(f"candidate_tests ({doubt})")
        if PhaseName.STATIC in FLAG_PHASES[flag] and flag not in static_flags:
            missing.append("static (this grader version has no static rule for it yet)")
        if missing:
            verdicts.append(
                RedFlagVerdict(
                    flag=flag,
                    status="not_assessed",
                    reason="could not be assessed: " + "; ".join(missing),
                )
            )
        else:
            phase_names = ", ".join(p.value for p in FLAG_PHASES[flag])
            reason = f"nothing found by {phase_names}"
            if evidence:
                reason = f"{phase_names} ran; {judgement.why}"
            verdicts.append(RedFlagVerdict(flag=flag, status="clear", reason=reason))
    return verdicts
