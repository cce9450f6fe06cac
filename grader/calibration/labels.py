"""What a human said about a case: `label.toml` of the blind corpus and `public.toml` entries.

Labels are the ground truth every metric is measured against, so a malformed one must stop the run
before any grading starts, with the file (and entry) named, instead of silently scoring as "false".
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    ValidationError,
    field_validator,
    model_validator,
)

from grader.models import RedFlag


class CorpusError(ValueError):
    """The corpus cannot be measured as given (a bad label, a missing case); names the path."""


class LabelError(CorpusError):
    """A label file that cannot be read; the message names the file and every problem in it."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _every_flag(flags: dict[RedFlag, bool]) -> dict[RedFlag, bool]:
    missing = [flag.value for flag in RedFlag if flag not in flags]
    if missing:
        raise ValueError(f"every flag needs a label; missing: {', '.join(missing)}")
    return flags


# Every flag must be labeled: a missing one would otherwise count as "not a red flag".
SixFlags = Annotated[dict[RedFlag, StrictBool], AfterValidator(_every_flag)]


class LabeledEvidence(_Strict):
    """One defect that backs a raised flag, at a file:line relative to the submission's root."""

    flag: RedFlag
    file: str = Field(min_length=1)
    line: StrictInt = Field(ge=1)
    what: str = ""


class Trap(_Strict):
    """Correct code that looks suspicious: a precision trap (kept for reading, not scored)."""

    file: str = Field(min_length=1)
    line: StrictInt | None = Field(default=None, ge=1)
    what: str = ""


class LabelChange(_Strict):
    date: Any = None  # TOML gives a date object for a bare date, a str when quoted
    field: str
    reason: str


class Label(BaseModel):
    """The part of a label every metric reads, common to corpus cases and public repositories.

    Every flag must be labeled: a missing one would otherwise count as "not a red flag".
    Unknown keys at the top level are tolerated (the corpus format may grow); inside `flags` and
    `evidence`, where a typo would change a metric, they are errors.
    """

    model_config = ConfigDict(extra="ignore", frozen=True)

    kind: Literal["todo", "blog"]
    quality: StrictInt | None = Field(default=None, ge=1, le=5)
    flags: SixFlags
    evidence: list[LabeledEvidence] = Field(default_factory=list)
    traps: list[Trap] = Field(default_factory=list)

    @field_validator("evidence")
    @classmethod
    def _file_is_relative(cls, evidence: list[LabeledEvidence]) -> list[LabeledEvidence]:
        for item in evidence:
            if item.file.startswith("/") or ".." in item.file.split("/"):
                raise ValueError(f"evidence file must be relative to the submission: {item.file}")
        return evidence

    @model_validator(mode="after")
    def _evidence_backs_a_true_flag(self) -> Label:
        wrong = sorted({e.flag.value for e in self.evidence if not self.flags.get(e.flag, True)})
        if wrong:
            raise ValueError(f"evidence for flags labeled false: {', '.join(wrong)}")
        return self

    def disputed(self, flag: RedFlag) -> bool:
        """Whether a second blind labeler disagrees on `flag`: no truth to measure against."""
        return False


class SecondOpinion(_Strict):
    """Another reviewer's blind verdicts on the same code, given without the first labels or
    any grading: where the two disagree, the flag is a judgment call, not a fact."""

    author: str = Field(min_length=1)
    written: Any = None
    quality: StrictInt | None = Field(default=None, ge=1, le=5)
    flags: SixFlags


class CaseLabel(Label):
    """`label.toml` of one blind-written case."""

    quality: StrictInt = Field(ge=1, le=5)
    author: str = ""
    persona: str = ""
    written: Any = None
    summary: str = ""
    changes: list[LabelChange] = Field(default_factory=list)


class PublicRepo(Label):
    """One `[[repo]]` of public.toml: a public repository at a commit, labeled like a case."""

    id: str = Field(min_length=1, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
    repo: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*/[A-Za-z0-9_.-]+$")
    commit: str = Field(pattern=r"^[0-9a-fA-F]{7,40}$")
    subfolder: str = ""
    deps: Any = None
    python: Any = None
    services: Any = None
    migrations: Any = None
    app: Any = None
    notes: str = ""
    second: SecondOpinion | None = None

    def disputed(self, flag: RedFlag) -> bool:
        return self.second is not None and self.second.flags[flag] != self.flags[flag]


def _problems(error: ValidationError, prefix: str = "") -> str:
    lines = []
    for item in error.errors():
        where = ".".join(str(part) for part in item["loc"])
        lines.append(f"  {prefix}{where}: {item['msg']}")
    return "\n".join(lines)


def _load_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        raise LabelError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise LabelError(f"{path}: not valid TOML: {exc}") from None


def read_label(path: Path) -> CaseLabel:
    """Read one case's label.toml, or raise LabelError naming the file and each bad field."""
    data = _load_toml(path)
    try:
        return CaseLabel.model_validate(data)
    except ValidationError as exc:
        raise LabelError(f"{path}: malformed label:\n{_problems(exc)}") from None


def read_public(path: Path) -> list[PublicRepo]:
    """Read public.toml; every problem of every entry is reported at once, named by its id."""
    data = _load_toml(path)
    entries = data.get("repo", [])
    if not isinstance(entries, list):
        raise LabelError(f"{path}: `repo` must be an array of tables ([[repo]])")
    repos: list[PublicRepo] = []
    problems: list[str] = []
    for index, entry in enumerate(entries):
        name = entry.get("id", f"#{index + 1}") if isinstance(entry, dict) else f"#{index + 1}"
        try:
            repos.append(PublicRepo.model_validate(entry))
        except ValidationError as exc:
            problems.append(_problems(exc, prefix=f"repo {name}: "))
    ids = [repo.id for repo in repos]
    problems += [f"  repo {i}: duplicate id" for i in sorted({i for i in ids if ids.count(i) > 1})]
    if problems:
        raise LabelError(f"{path}: malformed entries:\n" + "\n".join(problems))
    return repos
