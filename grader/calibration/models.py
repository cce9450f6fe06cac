"""The data of a calibration run: each case's outcome in, one CalibrationResult out.

Renderers (text here, JSON through pydantic) read only these models, as the report renderers read
only `Report`, so a number in the text is always the number in the JSON.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from grader.calibration.labels import Label
from grader.models import RedFlag, Report

Outcome = Literal["graded", "reused", "unavailable", "error"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CaseOutcome(_Model):
    """One case after the run: its label and, unless it could not be graded, its report."""

    id: str
    group: str
    source: Literal["corpus", "public"]
    label: Label
    outcome: Outcome
    reason: str = ""
    report: Report | None = None


class Thresholds(_Model):
    """Minimums a calibration must meet; None means not checked."""

    min_precision: float | None = None
    min_recall: float | None = None
    min_evidence: float | None = None
    min_spearman: float | None = None


class FlagStats(_Model):
    """Confusion counts of one flag. `not_assessed` verdicts are kept apart, split by label."""

    flag: RedFlag
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    not_assessed_true: int = 0
    not_assessed_false: int = 0
    disputed: int = Field(
        default=0, description="cases whose two blind labelers disagree on the flag: not counted"
    )
    precision: float | None = Field(default=None, description="null when never raised")
    recall: float | None = Field(default=None, description="null when no assessed positive")


class RuleStats(_Model):
    """How a rule's findings (those with a flag) ended up: in a right or a wrong raised flag."""

    rule: str
    flag: RedFlag
    fired: int
    cases: int
    in_correct_flag: int
    in_wrong_flag: int


class EvidenceMiss(_Model):
    case: str
    flag: RedFlag
    file: str
    line: int
    what: str
    nearest: str | None = Field(
        default=None, description="the closest finding of that flag in that file, if any"
    )


class EvidenceStats(_Model):
    hits: int = 0
    total: int = 0
    rate: float | None = None
    not_graded: int = Field(default=0, description="labeled evidence of cases without a report")
    whole_file_hits: int = Field(
        default=0,
        description="hits of labels at line 1 (a whole file or an absence) by a finding anywhere "
        "in that file or about the whole submission; included in `hits`",
    )
    misses: list[EvidenceMiss] = Field(default_factory=list)


class CaseScore(_Model):
    case: str
    score: float


class SameScorePair(_Model):
    score: float
    case_a: str
    quality_a: int
    case_b: str
    quality_b: int


class CaseRow(_Model):
    id: str
    group: str
    source: Literal["corpus", "public"]
    outcome: Outcome
    status: str = Field(description="the report's status, or the outcome when there is no report")
    reason: str = ""
    score: float | None = None
    quality: int | None = None
    raised: list[RedFlag] = Field(default_factory=list)
    labeled: list[RedFlag] = Field(default_factory=list)
    false_positives: list[RedFlag] = Field(default_factory=list)
    false_negatives: list[RedFlag] = Field(default_factory=list)
    not_assessed: list[RedFlag] = Field(default_factory=list)


class ThresholdCheck(_Model):
    name: str
    required: float
    actual: float | None
    met: bool
    detail: str = ""


class CalibrationResult(_Model):
    grader_versions: list[str] = Field(description="more than one means mixed (reused) reports")
    cases: list[CaseRow]
    flags: list[FlagStats]
    flags_by_group: dict[str, list[FlagStats]]
    rules: list[RuleStats]
    evidence: EvidenceStats
    spearman: float | None = Field(description="score vs quality; null under two distinct pairs")
    spearman_cases: int
    scores_by_quality: dict[int, list[CaseScore]]
    same_score_pairs: list[SameScorePair]
    thresholds: list[ThresholdCheck] = Field(default_factory=list)
    passed: bool = True
