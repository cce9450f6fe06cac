"""The state of one grading while it runs, and its assembly into the Report at the end."""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from grader.events import EventHandler, PhaseFinished, PhaseStarted
from grader.models import (
    Finding,
    GradingStatus,
    Measurements,
    PhaseName,
    PhaseResult,
    PhaseStatus,
    RedFlag,
    RedFlagVerdict,
    Report,
    SubmissionInfo,
)
from grader.scoring import compute_score, decide_verdicts
from grader.scoring.settle import settle


class PhaseFailed(Exception):
    """Raised inside a phase to end it as `failed` with a reason a reviewer can read."""


class PhaseSkipped(Exception):
    """Raised inside a phase to end it as `skipped` with the reason it could not run."""


class Grading:
    def __init__(self, on_event: EventHandler, version: str) -> None:
        self._on_event = on_event
        self._lock = threading.Lock()
        self.version = version
        self.phases: dict[PhaseName, PhaseResult] = {}
        self.findings: list[Finding] = []
        self.metrics: dict[str, float | int | str | None] = {}
        self.measurements = Measurements()

    def add(self, *findings: Finding) -> None:
        with self._lock:
            self.findings.extend(findings)

    def skip(self, name: PhaseName, reason: str) -> None:
        self._finish(PhaseResult(name=name, status=PhaseStatus.SKIPPED, reason=reason))

    def ok(self, name: PhaseName) -> bool:
        result = self.phases.get(name)
        return result is not None and result.status == PhaseStatus.OK

    @contextmanager
    def phase(self, name: PhaseName) -> Iterator[None]:
        """Time a phase; PhaseFailed/PhaseSkipped and grader bugs end it as data, not tracebacks."""
        self._on_event(PhaseStarted(name=name))
        started = time.monotonic()
        status, reason = PhaseStatus.OK, ""
        try:
            yield
        except PhaseFailed as exc:
            status, reason = PhaseStatus.FAILED, str(exc)
        except PhaseSkipped as exc:
            status, reason = PhaseStatus.SKIPPED, str(exc)
        except Exception as exc:  # a grader bug must not pass or fail a candidate silently
            status, reason = PhaseStatus.FAILED, f"grader error: {type(exc).__name__}: {exc}"[:500]
        seconds = round(time.monotonic() - started, 2)
        self._finish(PhaseResult(name=name, status=status, seconds=seconds, reason=reason))

    def _finish(self, result: PhaseResult) -> None:
        with self._lock:
            self.phases[result.name] = result
        self._on_event(PhaseFinished(result=result))

    def report(self, submission: SubmissionInfo, rejected: bool = False) -> Report:
        for name in PhaseName:
            if name not in self.phases:
                self.skip(name, "an earlier phase failed")
        phases = [self.phases[name] for name in PhaseName]
        findings = _with_ids(settle(self.findings, phases))
        if rejected:
            reason = phases[0].reason
            return Report(
                grader_version=self.version,
                submission=submission,
                status=GradingStatus.REJECTED,
                score=None,
                red_flags=[
                    RedFlagVerdict(
                        flag=flag, status="not_assessed", reason=f"input rejected: {reason}"
                    )
                    for flag in RedFlag
                ],
                findings=findings,
                phases=phases,
                metrics=self.metrics,
            )
        verdicts = decide_verdicts(findings, phases, _handlers(self.metrics))
        score, explanation = compute_score(findings, phases, verdicts)
        return Report(
            grader_version=self.version,
            submission=submission,
            status=_status(self.phases),
            score=score,
            red_flags=verdicts,
            findings=findings,
            phases=phases,
            metrics=dict(sorted(self.metrics.items())),
            measurements=self.measurements,
            scoring=explanation,
        )


def _status(phases: dict[PhaseName, PhaseResult]) -> GradingStatus:
    if phases[PhaseName.BUILD].status == PhaseStatus.FAILED:
        return GradingStatus.BUILD_FAILED
    if phases[PhaseName.START].status == PhaseStatus.FAILED:
        return GradingStatus.START_FAILED
    if all(p.status == PhaseStatus.OK for p in phases.values()):
        return GradingStatus.GRADED
    return GradingStatus.PARTIAL


def _with_ids(findings: list[Finding]) -> list[Finding]:
    """Sort findings and give each an id derived from its content, stable across gradings."""

    def key(f: Finding) -> tuple[int, str, str, int, str, str]:
        path = f.request.path if f.request else ""
        return (-f.severity.rank, f.rule, f.file or "", f.line or 0, path, f.title)

    out: list[Finding] = []
    seen: set[str] = set()
    for finding in sorted(findings, key=key):
        basis = "|".join(str(part) for part in key(finding))
        ident = "F-" + hashlib.sha256(basis.encode()).hexdigest()[:8]
        n = 2
        while ident in seen:
            ident, n = f"{ident[:10]}-{n}", n + 1
        seen.add(ident)
        out.append(finding.model_copy(update={"id": ident}))
    return out


def _handlers(metrics: dict[str, float | int | str | None]) -> int | None:
    """How many route handlers the static phase counted: the policy's measure of a pattern."""
    value = metrics.get("handler_count")
    return int(value) if isinstance(value, int | float) else None
