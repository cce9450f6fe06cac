"""One grading, end to end: intake, discovery, static || build, start, probes, scoring.

Each phase records data on the Grading; nothing here prints. Whatever happens (a failure, Ctrl-C,
SIGTERM turned into KeyboardInterrupt by the CLI), the `finally` removes every container and image
this grading labelled, and its workspace.
"""

from __future__ import annotations

import re
import secrets
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
from grader.grading import Grading, PhaseFailed, PhaseSkipped
from grader.intake import IntakeRejected, Submission, intake
from grader.models import Finding, PhaseName, Report, SubmissionInfo
from grader.probing.candidate_tests import (
    findings_from_tests,
    metrics_from_tests,
    run_candidate_tests,
)
from grader.probing.conformance import (
    conformance_findings,
    conformance_metrics,
    run_conformance,
    run_security_probe,
    security_findings,
)
from grader.probing.fuzz import (
    SchemaUnavailable,
    copy_in_process_schema,
    fetch_served_schema,
    fuzz_findings,
    run_fuzzer,
)
from grader.probing.limits import limit_findings
from grader.probing.load import (
    blocking_findings,
    load_findings,
    load_metrics,
    monitor_prefix,
    read_loop_records,
    run_load,
)
from grader.probing.routes import locate_by_route
from grader.sandbox.build import BuildOutcome
from grader.sandbox.containers import (
    BASE_URL,
    UnsafeEntrypoint,
    container_state,
    probe_python,
    sidecar_exec,
    start_candidate,
    start_sidecar,
    tail_logs,
    uvicorn_command,
)
from grader.sandbox.engine import connect, run_labels
from grader.sandbox.images import (
    build_submission_image,
    ensure_probe_image,
    fetch_wheels,
    named_requirements,
    submission_requirements,
)
from grader.sandbox.machine_lock import machine_lock
from grader.sandbox.pip_settings import host_pip_settings
from grader.sandbox.sweep import remove_run, sweep_stale
from grader.settings import GradeSettings
from probes.load_results import LoadResult

VERSION = "0.1.0"
NOT_BUILT_YET = "not implemented in this grader version"
_MISSING_DIST = re.compile(r"No matching distribution found for ([A-Za-z0-9_.\-\[\]]+)")


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
            image = _build(grading, client, settings, submission, facts, run_id)
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


def _build(
    grading: Grading,
    client: Any,
    settings: GradeSettings,
    submission: Submission,
    facts: ProjectFacts,
    run_id: str,
) -> str | None:
    outcome: BuildOutcome | None = None
    with grading.phase(PhaseName.BUILD):
        deps = facts.dependencies
        if settings.wheelhouse:
            fetched = fetch_wheels(
                client,
                requirements=named_requirements([*deps.runtime, *deps.test]),
                base_image=settings.base_image,
                labels=run_labels(run_id, "fetch"),
                timeout_seconds=settings.build_timeout_seconds,
                pip=host_pip_settings(),
            )
            grading.metrics["fetch_seconds"] = round(fetched.seconds, 2)
        outcome = build_submission_image(
            client,
            root=submission.root,
            requirements=submission_requirements(deps.requirement_files, deps.runtime),
            test_requirements="".join(f"{req}\n" for req in deps.test),
            base_image=settings.base_image,
            tag=f"grader-submission:{run_id}",
            labels=run_labels(run_id, "submission"),
            timeout_seconds=settings.build_timeout_seconds,
            wheelhouse=settings.wheelhouse,
            pip=host_pip_settings(),
        )
        grading.metrics["build_seconds"] = round(outcome.seconds, 2)
        if "GRADER-NOTE: uvicorn was not declared" in outcome.log:
            grading.add(make_finding("BUILD-UVICORN-UNDECLARED", "uvicorn was installed for you."))
        if not outcome.ok:
            grading.add(_build_failure_finding(outcome, submission.root, facts))
            raise PhaseFailed(outcome.reason)
    return outcome.image if outcome is not None and outcome.ok else None


def _build_failure_finding(outcome: BuildOutcome, root: Path, facts: ProjectFacts) -> Any:
    missing = _MISSING_DIST.findall(outcome.log)
    if missing:
        name = missing[-1]
        file, line = _requirement_location(root, facts, name)
        return make_finding(
            "BUILD-DEPENDENCY-MISSING",
            f"pip: No matching distribution found for {name}",
            file=file,
            line=line,
        )
    tail = "\n".join(outcome.log.strip().splitlines()[-15:])
    return make_finding("BUILD-FAILED", f"{outcome.reason}. Last lines of the build:\n{tail}")


def _requirement_location(
    root: Path, facts: ProjectFacts, name: str
) -> tuple[str | None, int | None]:
    """Point at the line that declares a requirement, in whichever dependency file has it."""
    bare = re.split(r"[\[=<>!~; ]", name, maxsplit=1)[0].lower()
    for rel in facts.dependencies.files:
        path = root / rel
        if not path.is_file() or path.is_symlink():
            continue
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        for number, text in enumerate(lines, start=1):
            if re.search(rf"(^|[\s\"']){re.escape(bare)}($|[\s\[=<>!~;\"'])", text.lower()):
                return rel, number
    return None, None


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
        _wait_until_answering(grading, candidate, sidecar, settings)
        grading.metrics["start_seconds"] = round(time.monotonic() - started, 2)
    if grading.ok(PhaseName.START):
        _fuzz(grading, settings, facts, candidate, sidecar, deadline)
    if grading.ok(PhaseName.START):
        _conformance(grading, settings, facts, candidate, sidecar, deadline, token)
    if grading.ok(PhaseName.FUZZ):
        with machine_lock("load"):
            load = _load(grading, settings, facts, sidecar)
            _blocking(grading, settings, facts, candidate, load)
    if candidate is not None:
        # After the probes (or a failed start): which limits the app ran into, with their values.
        logs = tail_logs(candidate, lines=200, max_chars=20000)
        grading.add(*limit_findings(candidate, settings, logs))
    _candidate_tests(grading, client, settings, facts, image, run_id, environment)


_RESERVED_ENV = re.compile(r"^(PATH|HOME|USER|SHELL|HOSTNAME|LD_.*|PYTHON.*)$")


def candidate_environment(facts: ProjectFacts) -> tuple[dict[str, str], tuple[str, str] | None]:
    """What a reviewer would export: the submission's example values, and a fresh static token
    where it configures one. Never anything from the host; never the interpreter's own variables."""
    environment = {
        name: value for name, value in facts.example_env.items() if not _RESERVED_ENV.match(name)
    }
    token = None
    if facts.token_env:
        token = (facts.token_env[0], f"grader-{secrets.token_hex(16)}")
        environment[token[0]] = token[1]
    return environment, token


def _conformance(
    grading: Grading,
    settings: GradeSettings,
    facts: ProjectFacts,
    candidate: Any,
    sidecar: Any,
    deadline: float,
    token: tuple[str, str] | None,
) -> None:
    with grading.phase(PhaseName.CONFORMANCE):
        if time.monotonic() > deadline:
            raise PhaseSkipped("the grading time limit was reached")
        if not grading.ok(PhaseName.FUZZ):
            raise PhaseSkipped("no OpenAPI schema was obtained")
        if container_state(candidate)[0] != "running":
            raise PhaseFailed("the app stopped during fuzzing")
        result = run_conformance(sidecar, facts.kind.value, settings, env_token=token)
        security = run_security_probe(sidecar, settings, env_token=token)
        if result["error"]:
            raise PhaseFailed(f"the conformance probe failed: {result['error']}")
        found = [*conformance_findings(result), *security_findings(security)]
        grading.add(*locate_by_route(found, facts))
        grading.metrics.update(conformance_metrics(result, security))


def _load(
    grading: Grading, settings: GradeSettings, facts: ProjectFacts, sidecar: Any
) -> LoadResult | None:
    result: LoadResult | None = None
    with grading.phase(PhaseName.LOAD):
        result = run_load(sidecar, settings)
        grading.metrics.update(load_metrics(result))
        if result["error"]:
            raise PhaseFailed(f"the load probe stopped early: {result['error']}")
        measured = load_findings(result, facts)
        if any(f.rule == "PERF-UNBOUNDED-LIST-MEASURED" for f in measured):
            # The measurement answers what the static rule could only suspect for that route.
            grading.drop_at("PERF-UNBOUNDED-LIST", [(f.file, f.line) for f in measured])
        grading.add(*measured)
    return result


def _blocking(
    grading: Grading,
    settings: GradeSettings,
    facts: ProjectFacts,
    candidate: Any,
    load: LoadResult | None,
) -> None:
    with grading.phase(PhaseName.BLOCKING):
        if not settings.loop_monitor:
            raise PhaseSkipped("the loop monitor was turned off")
        if container_state(candidate)[0] != "running":
            raise PhaseFailed("the app stopped before its loop records could be read")
        records = read_loop_records(candidate)
        if not records:
            raise PhaseFailed("the loop monitor recorded nothing (it may have failed to start)")
        findings, metrics = blocking_findings(records, load, facts, settings)
        grading.add(*findings)
        grading.metrics.update(metrics)


def _candidate_tests(
    grading: Grading,
    client: Any,
    settings: GradeSettings,
    facts: ProjectFacts,
    image: str,
    run_id: str,
    environment: dict[str, str],
) -> None:
    with grading.phase(PhaseName.CANDIDATE_TESTS):
        run = run_candidate_tests(
            client,
            image=image,
            facts=facts,
            settings=settings,
            labels=run_labels(run_id, "tests"),
            environment=environment,
        )
        # What the tests really sent supersedes the static guess about error paths.
        grading.drop("TESTS-HAPPY-PATH-ONLY")
        grading.add(*findings_from_tests(run, facts))
        grading.metrics.update(metrics_from_tests(run))


def _wait_until_answering(
    grading: Grading, candidate: Any, sidecar: Any, settings: GradeSettings
) -> None:
    limit = time.monotonic() + settings.start_timeout_seconds
    while time.monotonic() < limit:
        status, code, _ = container_state(candidate)
        if status != "running":
            logs = tail_logs(candidate, lines=40, max_chars=4000)
            grading.add(make_finding("START-CRASHED", f"exit code {code}. Last lines:\n{logs}"))
            raise PhaseFailed(f"the app exited at start-up with code {code}")
        _, out = sidecar_exec(
            sidecar, probe_python("probes.ready", "wait", BASE_URL + "/", "2"), 10
        )
        if '"ok": true' in out:
            return
    logs = tail_logs(candidate, lines=40, max_chars=4000)
    grading.add(
        make_finding(
            "START-TIMEOUT",
            f"no answer on port 8000 within {settings.start_timeout_seconds:.0f} s. "
            f"Last lines:\n{logs}",
        )
    )
    raise PhaseFailed(f"the app did not answer within {settings.start_timeout_seconds:.0f} s")


def _fuzz(
    grading: Grading,
    settings: GradeSettings,
    facts: ProjectFacts,
    candidate: Any,
    sidecar: Any,
    deadline: float,
) -> None:
    with grading.phase(PhaseName.FUZZ):
        if time.monotonic() > deadline:
            raise PhaseSkipped(
                f"the grading time limit ({settings.grading_timeout_seconds:.0f} s) was reached"
            )
        source = "served"
        if not fetch_served_schema(sidecar, facts.openapi_url):
            source = "in_process"
            app = facts.app
            assert app is not None
            try:
                copy_in_process_schema(candidate, sidecar, app)
            except SchemaUnavailable as exc:
                raise PhaseFailed(f"no OpenAPI schema to fuzz: {exc}") from None
            file, line = (app.file, app.line)
            grading.add(
                make_finding(
                    "DOCS-SCHEMA-NOT-SERVED",
                    "GET of the schema URL gave no OpenAPI document; app.openapi() was used.",
                    file=file,
                    line=line,
                )
            )
        since = time.time()
        result = run_fuzzer(sidecar, settings, source)
        if result["error"]:
            raise PhaseFailed(f"the fuzzer could not run: {result['error']}")
        grading.add(*fuzz_findings(result, candidate, since))
        grading.metrics.update(
            {
                "fuzz_operations": result["operations_total"],
                "fuzz_operations_tested": result["operations_tested"],
                "fuzz_cases": result["cases"],
                "fuzz_seconds": round(result["seconds"], 2),
                "fuzz_auth": f"{result['auth']['scheme']}:{'ok' if result['auth']['ok'] else 'no'}",
                "schema_source": source,
            }
        )
