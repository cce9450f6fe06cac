"""The data every stage produces and the report contract (docs/report.md).

This module imports nothing else from the package: every layer depends on it, it depends on no
layer. Field names here are a public interface; add fields, never rename them.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION: Literal["1"] = "1"


class RedFlag(StrEnum):
    """The six red flags of the interview guide; the ids are fixed by the contract."""

    ASYNC_CONFUSION = "async_confusion"
    TYPE_HINT_AVOIDANCE = "type_hint_avoidance"
    SECURITY_OVERSIGHTS = "security_oversights"
    DOCUMENTATION_NEGLECT = "documentation_neglect"
    TESTING_GAPS = "testing_gaps"
    PERFORMANCE_IGNORANCE = "performance_ignorance"


class Severity(StrEnum):
    INFO = "info"
    MINOR = "minor"
    MAJOR = "major"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.INFO: 0, Severity.MINOR: 1, Severity.MAJOR: 2, Severity.CRITICAL: 3}


class PhaseName(StrEnum):
    """Phases in the order a grading runs them; the report lists all of them, always."""

    INTAKE = "intake"
    DISCOVERY = "discovery"
    STATIC = "static"
    BUILD = "build"
    START = "start"
    FUZZ = "fuzz"
    CONFORMANCE = "conformance"
    LOAD = "load"
    BLOCKING = "blocking"
    CANDIDATE_TESTS = "candidate_tests"


class PhaseStatus(StrEnum):
    OK = "ok"
    FAILED = "failed"
    SKIPPED = "skipped"


class GradingStatus(StrEnum):
    GRADED = "graded"
    PARTIAL = "partial"
    BUILD_FAILED = "build_failed"
    START_FAILED = "start_failed"
    REJECTED = "rejected"


class AssignmentKind(StrEnum):
    TODO = "todo"
    BLOG = "blog"
    UNKNOWN = "unknown"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RequestEvidence(_Model):
    """The request that broke something, with a curl line a reviewer can paste."""

    method: str
    path: str
    status: int | None = None
    curl: str


class Location(_Model):
    """Another line a finding names: where the cause sits when the finding marks the symptom."""

    file: str
    line: int = Field(ge=1)
    role: str = Field(
        description="what this line is to the finding, e.g. 'the loop that repeats it'"
    )


class Finding(_Model):
    id: str = ""
    rule: str
    flag: RedFlag | None = None
    severity: Severity
    title: str
    detail: str
    file: str | None = None
    line: int | None = Field(default=None, ge=1)
    request: RequestEvidence | None = None
    source: str
    extent: float | None = Field(
        default=None, description="how much of a pattern (a count or a share) the policy graded"
    )
    proven: bool = Field(
        default=True, description="false when a probe saw a failure but not proof of the weakness"
    )
    related: list[Location] = Field(
        default_factory=list,
        description="other lines of the same defect: the loop repeating a query, the call that "
        "blocks inside a helper",
    )

    def locations(self) -> list[tuple[str, int]]:
        """Every (file, line) this finding points at, its own first."""
        own = [(self.file, self.line)] if self.file and self.line else []
        return own + [(r.file, r.line) for r in self.related]


class PhaseResult(_Model):
    name: PhaseName
    status: PhaseStatus
    seconds: float = 0.0
    reason: str = ""


class RedFlagVerdict(_Model):
    flag: RedFlag
    status: Literal["raised", "clear", "not_assessed"]
    severity: Literal["minor", "major", "critical"] | None = None
    reason: str
    evidence: list[str] = Field(default_factory=list)


class SubmissionInfo(_Model):
    name: str
    sha256: str
    kind: AssignmentKind = AssignmentKind.UNKNOWN


class ScoreDimension(_Model):
    """One rubric dimension: how much it weighs and what it earned, so the score explains itself."""

    name: str
    weight: float
    earned: float | None = Field(
        default=None, description="0..1, or null when the phases behind it did not run"
    )
    reason: str


class ScoreExplanation(_Model):
    method: str
    dimensions: list[ScoreDimension]


class LatencyAtLoad(_Model):
    """One endpoint at one concurrency: what the load probe measured."""

    endpoint: str = Field(description="the probe's name for it (`list`, `get`, `create`)")
    method: str
    path: str
    clients: int
    requests: int
    failures: int
    rps: float | None = None
    p50_ms: float | None = None
    p95_ms: float | None = None
    p99_ms: float | None = None


class ListSizeTimed(_Model):
    stored: int
    returned: int
    latency_ms: float | None = None


class LoadMeasurements(_Model):
    users: int
    resource: str | None = None
    latencies: list[LatencyAtLoad] = Field(default_factory=list)
    probe_ms: float | None = Field(default=None, description="a trivial request during a burst")
    idle_probe_ms: float | None = Field(default=None, description="the same request alone")
    list_sizes: list[ListSizeTimed] = Field(default_factory=list)
    list_growth_exponent: float | None = None


class Measurements(_Model):
    """Measured numbers as typed data; `metrics` keeps the same numbers as flat keys."""

    load: LoadMeasurements | None = None


class Report(_Model):
    schema_version: Literal["1"] = SCHEMA_VERSION
    grader_version: str
    submission: SubmissionInfo
    status: GradingStatus
    score: float | None = Field(ge=0, le=100)
    red_flags: list[RedFlagVerdict]
    findings: list[Finding]
    phases: list[PhaseResult]
    metrics: dict[str, float | int | str | None] = Field(default_factory=dict)
    measurements: Measurements = Field(default_factory=Measurements)
    scoring: ScoreExplanation | None = None
    source_excerpts: dict[str, list[str]] = Field(
        default_factory=dict,
        exclude=True,
        description="lines of the files findings point at, for renderers; never serialised",
    )
