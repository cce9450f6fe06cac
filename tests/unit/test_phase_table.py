"""The one loop of the phase table: what runs beside what, and what waits."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

from grader.discovery import ProjectFacts
from grader.events import ignore_events
from grader.grading import Grading
from grader.intake.budget import Submission
from grader.models import PhaseName
from grader.phases.context import RunContext
from grader.pipeline import Phase, run_phases
from grader.settings import GradeSettings


def _context(tmp_path: Path) -> RunContext:
    return RunContext(
        grading=Grading(ignore_events, "test"),
        settings=GradeSettings(),
        submission=Submission(
            name="s", sha256="", workspace=tmp_path, root=tmp_path, files=0, total_bytes=0
        ),
        facts=ProjectFacts(),
        run_id="test",
        deadline=time.monotonic() + 60,
        engine=None,
        environment={},
        token=None,
    )


def test_an_alongside_phase_overlaps_the_next_ones_and_finishes_before_a_locked_one(
    tmp_path: Path,
) -> None:
    started_fuzz = threading.Event()
    seen: list[str] = []

    def static(ctx: RunContext) -> None:
        # waits until a phase two steps later has started: only possible if it runs beside them
        assert started_fuzz.wait(10)
        seen.append("static done")

    def step(name: str) -> Callable[[RunContext], None]:
        def run(ctx: RunContext) -> None:
            if name == "fuzz":
                started_fuzz.set()
            if name == "load":
                assert "static done" in seen, "a timed phase started while static still ran"
            seen.append(name)

        return run

    phases = (
        Phase(PhaseName.STATIC, static, alongside=True),
        Phase(PhaseName.BUILD, step("build")),
        Phase(PhaseName.FUZZ, step("fuzz")),
        Phase(PhaseName.LOAD, step("load"), machine_lock="test-phase-table"),
    )
    ctx = _context(tmp_path)
    run_phases(ctx, phases)
    assert seen == ["build", "fuzz", "static done", "load"]
    assert all(ctx.grading.ok(p) for p in (PhaseName.STATIC, PhaseName.BUILD, PhaseName.LOAD))


def test_a_row_applies_only_when_its_condition_holds(tmp_path: Path) -> None:
    seen: list[str] = []

    def record(name: str) -> Callable[[RunContext], None]:
        return lambda ctx: seen.append(name)

    phases = (
        Phase(PhaseName.BUILD, record("build")),
        Phase(PhaseName.CANDIDATE_TESTS, record("beside"), alongside=True, when=lambda c: False),
        Phase(PhaseName.FUZZ, record("fuzz")),
        Phase(PhaseName.CANDIDATE_TESTS, record("after"), when=lambda c: True),
    )
    ctx = _context(tmp_path)
    run_phases(ctx, phases)
    assert seen == ["build", "fuzz", "after"]
    assert ctx.grading.ok(PhaseName.CANDIDATE_TESTS)
