"""What every phase of one grading shares: a frozen context, and the sandbox handles it fills.

The context is built once, after discovery; phases read it and record data on `grading`. The
only things that change while a grading runs are the sandbox's handles (the image, the two
containers) and the load result the blocking phase reads, kept on `RunSandbox`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from grader.discovery import ProjectFacts
from grader.grading import Grading
from grader.intake import Submission
from grader.sandbox.engine import Container, Engine
from grader.settings import GradeSettings
from probes.load_results import LoadResult

if TYPE_CHECKING:  # phases/services.py imports this module
    from grader.phases.services import ServicesStarted


@dataclass
class RunSandbox:
    """The docker objects of this grading, as the phases create them (all removed at the end)."""

    image: str | None = None
    candidate: Container | None = None
    sidecar: Container | None = None
    load: LoadResult | None = None
    services: ServicesStarted | None = None
    loop_records: list[str] = field(default_factory=list)
    """The loop monitor's records read before a restart of the app, which empties its /tmp."""


@dataclass(frozen=True)
class RunContext:
    grading: Grading
    settings: GradeSettings
    submission: Submission
    facts: ProjectFacts
    run_id: str
    deadline: float
    engine: Engine
    environment: dict[str, str]
    token: tuple[str, str] | None
    sandbox: RunSandbox = field(default_factory=RunSandbox)

    def candidate(self) -> Container:
        if self.sandbox.candidate is None:
            raise RuntimeError("no candidate container: the start phase did not run")
        return self.sandbox.candidate

    def sidecar(self) -> Container:
        if self.sandbox.sidecar is None:
            raise RuntimeError("no sidecar container: the start phase did not run")
        return self.sandbox.sidecar
