"""Hand-made labels, reports and outcomes, small enough to count by eye."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from pathlib import Path

from grader.calibration.labels import CaseLabel, Label, LabeledEvidence
from grader.calibration.models import CaseOutcome
from grader.models import (
    Finding,
    GradingStatus,
    RedFlag,
    RedFlagVerdict,
    Report,
    Severity,
    SubmissionInfo,
)

SEC = RedFlag.SECURITY_OVERSIGHTS
TEST = RedFlag.TESTING_GAPS
PERF = RedFlag.PERFORMANCE_IGNORANCE


def label(
    true: Collection[RedFlag] = (),
    quality: int = 3,
    evidence: Sequence[tuple[RedFlag, str, int]] = (),
) -> CaseLabel:
    return CaseLabel(
        kind="todo",
        quality=quality,
        flags={flag: flag in true for flag in RedFlag},
        evidence=[LabeledEvidence(flag=f, file=file, line=line) for f, file, line in evidence],
    )


def finding(
    rule: str,
    flag: RedFlag | None,
    file: str | None = None,
    line: int | None = None,
    severity: Severity = Severity.MINOR,
    ident: str = "",
) -> Finding:
    return Finding(
        id=ident or f"F-{rule}-{file}-{line}",
        rule=rule,
        flag=flag,
        severity=severity,
        title=rule,
        detail="",
        file=file,
        line=line,
        source="test",
    )


def report(
    findings: Sequence[Finding] = (),
    score: float | None = 50.0,
    not_assessed: Collection[RedFlag] = (),
    name: str = "case",
) -> Report:
    """Verdicts follow the grader's rule: raised by findings above info, else clear."""
    verdicts = []
    for flag in RedFlag:
        evidence = [f.id for f in findings if f.flag == flag and f.severity != Severity.INFO]
        if evidence:
            verdicts.append(
                RedFlagVerdict(
                    flag=flag, status="raised", severity="minor", reason="x", evidence=evidence
                )
            )
        elif flag in not_assessed:
            verdicts.append(RedFlagVerdict(flag=flag, status="not_assessed", reason="load skipped"))
        else:
            verdicts.append(RedFlagVerdict(flag=flag, status="clear", reason="nothing found"))
    return Report(
        grader_version="0.1.0",
        submission=SubmissionInfo(name=name, sha256="0" * 64),
        status=GradingStatus.GRADED,
        score=score,
        red_flags=verdicts,
        findings=list(findings),
        phases=[],
    )


def outcome(case_id: str, lab: Label, rep: Report | None, group: str = "tune") -> CaseOutcome:
    return CaseOutcome(
        id=case_id,
        group=group,
        source="corpus",
        label=lab,
        outcome="graded" if rep else "unavailable",
        reason="" if rep else "no mirror",
        report=rep,
    )


def write_case(root: Path, case_id: str, text: str) -> Path:
    """A case folder: label.toml with `text`, and an (empty) submission/."""
    folder = root / case_id
    (folder / "submission").mkdir(parents=True)
    (folder / "label.toml").write_text(text, encoding="utf-8")
    return folder


def label_toml(
    true: Collection[RedFlag] = (),
    quality: int = 3,
    extra: str = "",
) -> str:
    flags = "\n".join(f"{flag.value} = {'true' if flag in true else 'false'}" for flag in RedFlag)
    return f'kind = "todo"\nquality = {quality}\n{extra}\n[flags]\n{flags}\n'
