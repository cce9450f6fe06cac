"""One grading, end to end: intake, discovery, then the phase table, then scoring.

`PHASES` is the run order, one row per phase: what it needs and how it runs. One loop applies
the gates, the deadline, the machine locks and failure-to-data the same way for every phase.
Each phase records data on the Grading; nothing here prints. Whatever happens (a failure, Ctrl-C,
SIGTERM turned into KeyboardInterrupt by the CLI), the `finally` removes every container and image
this grading labelled, and its workspace.
"""

from __future__ import annotations

import shutil
import tempfile
import time
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from grader.discovery import ProjectFacts, discover
from grader.events import EventHandler, ignore_events
from grader.grading import Grading, PhaseFailed, PhaseSkipped
from grader.intake import IntakeRejected, Submission, intake
from grader.models import Finding, PhaseName, Report, SubmissionInfo
from grader.phases.blocking import blocking_phase
from grader.phases.build import build_phase
from grader.phases.candidate_tests import candidate_tests_phase
from grader.phases.conformance import conformance_phase
from grader.phases.context import RunContext
from grader.phases.fuzz import fuzz_phase
from grader.phases.limits import limits_step
from grader.phases.load import load_phase
from grader.phases.start import candidate_environment, start_phase
from grader.phases.static import static_phase
from grader.sandbox.engine import Engine, connect
from grader.sandbox.machine_lock import machine_lock
from grader.sandbox.sweep import remove_run, sweep_stale
from grader.settings import GradeSettings
from grader.version import VERSION


@dataclass(frozen=True)
class Phase:
    """One row of the run order: what it needs, how it runs, and what it may not share."""

    name: PhaseName | None  # None: a step that records findings but is no phase of the report
    run: Callable[[RunContext], None]
    needs: tuple[PhaseName, ...] = ()
    # Runs in a thread beside the phases that follow, until one holding a machine lock (static
    # needs nothing the build, start, fuzz or conformance make, and they need nothing of it;
    # the candidate's own suite, in a container of its own, neither).
    alongside: bool = False
    machine_lock: str | None = None  # one grading at a time per machine holds it (load timing)
    after_deadline: bool = False  # still runs when the grading's time limit has passed
    # The row applies only when this holds (a phase with two places in the order has two rows).
    when: Callable[[RunContext], bool] | None = None


def _tests_beside_the_app(ctx: RunContext) -> bool:
    """The candidate's suite shares nothing with the running app unless servers are shared: its
    container has its own copy of the code and of any SQLite file."""
    return ctx.sandbox.services is None or ctx.sandbox.services.network is None


def _tests_after_the_app(ctx: RunContext) -> bool:
    """A suite that may drop the tables of a shared PostgreSQL runs once the probes are done."""
    return not _tests_beside_the_app(ctx)


# How long an interrupted grading keeps removing its objects: a container whose create request
# was in flight at the interrupt appears only when the engine finishes it.
INTERRUPTED_SETTLE_SECONDS = 3.0

B, S, F, L = PhaseName.BUILD, PhaseName.START, PhaseName.FUZZ, PhaseName.LOAD
T = PhaseName.CANDIDATE_TESTS
PHASES: tuple[Phase, ...] = (
    Phase(PhaseName.STATIC, static_phase, alongside=True, after_deadline=True),
    Phase(B, build_phase, after_deadline=True),
    Phase(S, start_phase, needs=(B,)),
    Phase(T, candidate_tests_phase, needs=(B,), alongside=True, after_deadline=True,
          when=_tests_beside_the_app),
    Phase(F, fuzz_phase, needs=(S,)),
    Phase(PhaseName.CONFORMANCE, conformance_phase, needs=(S, F)),
    Phase(L, load_phase, needs=(S, F), machine_lock="load"),
    Phase(PhaseName.BLOCKING, blocking_phase, needs=(S, F), machine_lock="load"),
    Phase(None, limits_step, after_deadline=True),
    Phase(T, candidate_tests_phase, needs=(B,), after_deadline=True, when=_tests_after_the_app),
)  # fmt: skip


def grade(
    source: Path,
    settings: GradeSettings | None = None,
    on_event: EventHandler = ignore_events,
) -> Report:
    """Grade one submission (zip, tarball, folder or git repository) and return its Report.

    Raises EngineUnavailable when no Docker engine answers; bad input is a `rejected` report.
    """
    settings = settings or GradeSettings()
    grading = Grading(on_event, VERSION)
    workspace = Path(tempfile.mkdtemp(prefix="grader-ws-"))
    info = SubmissionInfo(name=source.name, sha256="")
    try:
        with grading.phase(PhaseName.INTAKE):
            try:
                submission = intake(source, workspace)
            except IntakeRejected as exc:
                raise PhaseFailed(exc.reason) from None
        if not grading.ok(PhaseName.INTAKE):
            return grading.report(info, rejected=True)
        info = SubmissionInfo(name=submission.name, sha256=submission.sha256)
        grading.metrics["files"] = submission.files
        facts = _discovery(grading, submission)
        _copy_examples(grading, submission, facts)
        info = info.model_copy(update={"kind": facts.kind})
        _run_in_docker(grading, settings, submission, facts)
        report = grading.report(info)
        report.source_excerpts = source_excerpts(submission.root, report.findings)
        return report
    finally:
        shutil.rmtree(workspace, ignore_errors=True)


def source_excerpts(
    root: Path, findings: list[Finding], max_lines: int = 2000
) -> dict[str, list[str]]:
    """The text of each file a finding points at, read as data (no links followed), capped."""
    excerpts: dict[str, list[str]] = {}
    resolved_root = root.resolve()
    for name in sorted({f.file for f in findings if f.file}):
        path = root / name
        if path.is_symlink() or not path.is_file():
            continue
        if not path.resolve().is_relative_to(resolved_root) or path.stat().st_size > 1_000_000:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        excerpts[name] = text.splitlines()[:max_lines]
    return excerpts


def _discovery(grading: Grading, submission: Submission) -> ProjectFacts:
    with grading.phase(PhaseName.DISCOVERY):
        facts = discover(submission.root)
    grading.metrics["routes"] = len(facts.routes)
    return facts


def _copy_examples(grading: Grading, submission: Submission, facts: ProjectFacts) -> None:
    """Put each example configuration file where the app reads its real copy (in the private
    workspace, before the build): the set-up step the README asks of a reviewer."""
    root = submission.root.resolve()
    done = []
    for copy in facts.example_copies:
        source, target = root / copy.example, root / copy.target
        if source.is_symlink() or not source.is_file() or target.exists() or target.is_symlink():
            continue
        if not target.resolve().is_relative_to(root) or source.stat().st_size > 1_000_000:
            continue
        shutil.copyfile(source, target)
        done.append(f"{copy.example} -> {copy.target}")
    if done:
        grading.metrics["example_copies"] = "; ".join(done)


def _run_in_docker(
    grading: Grading, settings: GradeSettings, submission: Submission, facts: ProjectFacts
) -> None:
    engine = connect()
    sweep_stale(engine)
    ctx = new_context(grading, settings, submission, facts, engine)
    try:
        run_phases(ctx, PHASES)
    except BaseException:
        with suppress(Exception):
            remove_run(engine, ctx.run_id, settle_seconds=INTERRUPTED_SETTLE_SECONDS)
        raise
    with suppress(Exception):
        remove_run(engine, ctx.run_id)


def new_context(
    grading: Grading,
    settings: GradeSettings,
    submission: Submission,
    facts: ProjectFacts,
    engine: Engine,
    run_id: str | None = None,
) -> RunContext:
    """The context of one grading: the environment a reviewer would give the app, a fresh run
    id and the deadline. Benchmarks and tests that run single phases build theirs here too."""
    environment, token = candidate_environment(facts)
    if token is not None:
        grading.metrics["auth_env"] = token[0]
    return RunContext(
        grading=grading,
        settings=settings,
        submission=submission,
        facts=facts,
        run_id=run_id or uuid.uuid4().hex[:12],
        deadline=time.monotonic() + settings.grading_timeout_seconds,
        engine=engine,
        environment=environment,
        token=token,
    )


def run_phases(ctx: RunContext, phases: tuple[Phase, ...]) -> None:
    """The one loop: gates, deadline, locks and failure-to-data, the same for every phase."""
    alongside: list[Future[None]] = []

    def join() -> None:
        for future in alongside:
            future.result()
        alongside.clear()

    with ThreadPoolExecutor(max_workers=2) as pool:
        for phase in phases:
            if phase.when is not None and not phase.when(ctx):
                continue
            if phase.alongside:
                alongside.append(pool.submit(_run_one, ctx, phase))
                continue
            if phase.machine_lock is not None:
                join()  # what is timed under the machine lock shares the CPU with nothing of ours
            _run_one(ctx, phase)
        join()


def _run_one(ctx: RunContext, phase: Phase) -> None:
    grading = ctx.grading
    missing = [need for need in phase.needs if not grading.ok(need)]
    if missing:
        if phase.name is not None:
            grading.skip(
                phase.name, f"needs {', '.join(m.value for m in missing)}, which did not succeed"
            )
        return
    if phase.name is None:
        phase.run(ctx)
        return
    with grading.phase(phase.name):
        if not phase.after_deadline and time.monotonic() > ctx.deadline:
            limit = ctx.settings.grading_timeout_seconds
            raise PhaseSkipped(f"the grading time limit ({limit:.0f} s) was reached")
        if phase.machine_lock is None:
            phase.run(ctx)
        else:
            with machine_lock(phase.machine_lock):
                phase.run(ctx)
