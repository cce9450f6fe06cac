"""Start phase: the candidate's container up under the loop monitor, the sidecar on its loopback,
and the app answering; the environment a reviewer would give it."""

from __future__ import annotations

import re
import secrets
import time

from grader.checks.registry import make_finding
from grader.discovery import ProjectFacts
from grader.grading import Grading, PhaseFailed
from grader.phases.blocking import monitor_prefix
from grader.phases.context import RunContext
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
from grader.sandbox.engine import Container, run_labels
from grader.sandbox.images import ensure_probe_image
from grader.sandbox.pip_settings import host_pip_settings
from grader.sandbox.probe_results import probe_reply
from grader.settings import GradeSettings

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


def start_phase(ctx: RunContext) -> None:
    grading, settings, facts = ctx.grading, ctx.settings, ctx.facts
    probe = ensure_probe_image(ctx.engine, settings.base_image, host_pip_settings())
    if not probe.ok or probe.image is None:
        raise PhaseFailed(f"the probe image could not be built: {probe.reason}")
    if facts.app is None:
        grading.add(make_finding("START-NO-APP", "; ".join(facts.problems) or "no app"))
        raise PhaseFailed("no FastAPI application found")
    assert ctx.sandbox.image is not None, "the start phase needs the build phase's image"
    launcher = monitor_prefix(settings.loop_threshold_ms) if settings.loop_monitor else None
    try:
        command = uvicorn_command(
            facts.app.module,
            facts.app.attribute,
            facts.app.app_dir,
            facts.app.factory,
            launcher=launcher,
        )
    except UnsafeEntrypoint as exc:
        raise PhaseFailed(str(exc)) from None
    candidate = start_candidate(
        ctx.engine,
        image=ctx.sandbox.image,
        command=command,
        limits=settings.limits,
        labels=run_labels(ctx.run_id, "candidate"),
        environment=ctx.environment,
    )
    ctx.sandbox.candidate = candidate
    ctx.sandbox.sidecar = start_sidecar(
        ctx.engine,
        image=probe.image,
        candidate=candidate,
        labels=run_labels(ctx.run_id, "sidecar"),
    )
    started = time.monotonic()
    wait_until_answering(grading, candidate, ctx.sandbox.sidecar, settings)
    grading.metrics["start_seconds"] = round(time.monotonic() - started, 2)


def wait_until_answering(
    grading: Grading, candidate: Container, sidecar: Container, settings: GradeSettings
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
        if probe_reply(out).get("ok"):
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
