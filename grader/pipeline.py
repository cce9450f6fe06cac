"""One grading, end to end: intake, discovery, static || build, start, probes, scoring.

Each phase records data on the Grading; nothing here prints. Whatever happens (a failure, Ctrl-C,
SIGTERM turned into KeyboardInterrupt by the CLI), the `finally` removes every container and image
this grading labelled, and its workspace.
"""

from __future__ import annotations

import shutil
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from contextlib import suppress
from pathlib import Path
from typing import Any

from grader.checks import StaticContext, run_static_checks
from grader.checks.linters import run_linters
from grader.checks.registry import make_finding
from grader.discovery import ProjectFacts, discover
from grader.events import EventHandler, ignore_events
from grader.grading import Grading, PhaseFailed
from grader.intake import IntakeRejected, Submission, intake
from grader.models import Finding, PhaseName, Report, SubmissionInfo
from grader.phases.build import build_phase
from grader.phases.probes import (
    blocking_phase,
    candidate_tests_phase,
    conformance_phase,
    fuzz_phase,
    load_phase,
)
from grader.phases.start import candidate_environment, wait_until_answering
from grader.probing.limits import limit_findings
from grader.probing.load import (
    monitor_prefix,
)
from grader.sandbox.containers import (
    UnsafeEntrypoint,
    start_candidate,
    start_sidecar,
    tail_logs,
    uvicorn_command,
)
from grader.sandbox.engine import connect, run_labels
from grader.sandbox.images import (
    ensure_probe_image,
)
from grader.sandbox.machine_lock import machine_lock
from grader.sandbox.pip_settings import host_pip_settings
from grader.sandbox.sweep import remove_run, sweep_stale
from grader.settings import GradeSettings

VERSION = "0.1.0"


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


def _run_in_docker(
    grading: Grading, settings: GradeSettings, submission: Submission, facts: ProjectFacts
) -> None:
    client = connect()
    sweep_stale(client)
    run_id = uuid.uuid4().hex[:12]
    deadline = time.monotonic() + settings.grading_timeout_seconds
    try:
        with ThreadPoolExecutor(max_workers=1) as pool:
            static = pool.submit(_static, grading, submission, facts)
            image = build_phase(grading, client, settings, submission, facts, run_id)
            static.result()
        if image is None:
            return
        _start_and_probe(grading, client, settings, facts, image, run_id, deadline)
    finally:
        with suppress(Exception):
            remove_run(client, run_id)


def _static(grading: Grading, submission: Submission, facts: ProjectFacts) -> None:
    with grading.phase(PhaseName.STATIC):
        static = run_static_checks(StaticContext(root=submission.root, facts=facts))
        lint, metrics = run_linters(submission.root, facts, existing=static)
        grading.add(*static, *lint)
        grading.metrics.update(metrics)


def _start_and_probe(
    grading: Grading,
    client: Any,
    settings: GradeSettings,
    facts: ProjectFacts,
    image: str,
    run_id: str,
    deadline: float,
) -> None:
    candidate: Any = None
    sidecar: Any = None
    environment, token = candidate_environment(facts)
    if token is not None:
        grading.metrics["auth_env"] = token[0]
    with grading.phase(PhaseName.START):
        probe = ensure_probe_image(client, settings.base_image, host_pip_settings())
        if not probe.ok or probe.image is None:
            raise PhaseFailed(f"the probe image could not be built: {probe.reason}")
        if facts.app is None:
            grading.add(make_finding("START-NO-APP", "; ".join(facts.problems) or "no app"))
            raise PhaseFailed("no FastAPI application found")
        try:
            command = uvicorn_command(
                facts.app.module,
                facts.app.attribute,
                facts.app.app_dir,
                facts.app.factory,
                launcher=monitor_prefix(settings.loop_threshold_ms)
                if settings.loop_monitor
                else None,
            )
        except UnsafeEntrypoint as exc:
            raise PhaseFailed(str(exc)) from None
        candidate = start_candidate(
            client,
            image=image,
            command=command,
            limits=settings.limits,
            labels=run_labels(run_id, "candidate"),
            environment=environment,
        )
        sidecar = start_sidecar(
            client, image=probe.image, candidate=candidate, labels=run_labels(run_id, "sidecar")
        )
        started = time.monotonic()
        wait_until_answering(grading, candidate, sidecar, settings)
        grading.metrics["start_seconds"] = round(time.monotonic() - started, 2)
    if grading.ok(PhaseName.START):
        fuzz_phase(grading, settings, facts, candidate, sidecar, deadline)
    if grading.ok(PhaseName.START):
        conformance_phase(grading, settings, facts, candidate, sidecar, deadline, token)
    if grading.ok(PhaseName.FUZZ):
        with machine_lock("load"):
            load = load_phase(grading, settings, facts, sidecar)
            blocking_phase(grading, settings, facts, candidate, load)
    if candidate is not None:
        # After the probes (or a failed start): which limits the app ran into, with their values.
        logs = tail_logs(candidate, lines=200, max_chars=20000)
        grading.add(*limit_findings(candidate, settings, logs))
    candidate_tests_phase(grading, client, settings, facts, image, run_id, environment)
