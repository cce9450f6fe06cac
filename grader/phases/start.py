"""Start phase: the candidate's container up under the loop monitor, the sidecar on its loopback,
and the app answering; the environment a reviewer would give it."""

from __future__ import annotations

import base64
import re
import secrets
import time
from typing import NoReturn

from grader.checks.registry import make_finding
from grader.discovery import ProjectFacts
from grader.discovery.environment import EnvironmentPlan, plan_environment
from grader.discovery.services import sqlite_url
from grader.grading import Grading, PhaseFailed
from grader.models import Finding
from grader.phases.blocking import monitor_prefix, read_loop_records
from grader.phases.context import RunContext
from grader.phases.services import (
    candidate_environment_with_services,
    create_schema_in_app,
    run_migrations,
    start_services,
)
from grader.phases.startup_failure import StartupFailure, explain_startup, redact
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
from grader.sandbox.relay import with_relay
from grader.settings import GradeSettings

_HEX = re.compile(r"^[0-9a-fA-F]{16,256}$")
_FERNET = re.compile(r"^[A-Za-z0-9_-]{43}=$")
_LOG_LINES, _LOG_CHARS = 200, 20000


def candidate_environment(facts: ProjectFacts) -> tuple[dict[str, str], tuple[str, str] | None]:
    """What a reviewer would export: the submission's example values with fresh random secrets,
    one server process, and a fresh static token where it configures one. Never anything from
    the host; never the interpreter's own variables."""
    plan = _plan(facts)
    environment = dict(plan.kept)
    token = None
    for name in plan.secrets:
        if name == plan.token:
            token = (name, f"grader-{secrets.token_hex(16)}")
            environment[name] = token[1]
        else:
            environment[name] = fresh_secret(facts.example_env.get(name, ""))
    environment.update(plan.forced)
    for invented in plan.invented:
        environment[invented.name] = invented.value or secrets.token_hex(32)
    return environment, token


def _plan(facts: ProjectFacts) -> EnvironmentPlan:
    return plan_environment(
        facts.example_env, facts.token_env, facts.required_env, sqlite_url(facts)
    )


def fresh_secret(example: str) -> str:
    """A random value shaped like the example where its shape matters (hex of that length, a
    Fernet key), else 64 hex characters."""
    value = example.strip()
    if _HEX.match(value):
        return secrets.token_hex((len(value) + 1) // 2)[: len(value)]
    if _FERNET.match(value):
        return base64.urlsafe_b64encode(secrets.token_bytes(32)).decode()
    return secrets.token_hex(32)


def environment_metrics(facts: ProjectFacts) -> dict[str, float | int | str | None]:
    """The NAMES the grader set (never a value, secrets above all), and which it replaced with
    fresh random values or forced."""
    plan = _plan(facts)
    if not plan.names and not plan.blank:
        return {}
    metrics: dict[str, float | int | str | None] = {"env_names": ",".join(plan.names)}
    if plan.secrets:
        metrics["env_replaced"] = ",".join(plan.secrets)
    if plan.forced:
        metrics["env_forced"] = ",".join(f"{k}={v}" for k, v in sorted(plan.forced.items()))
    if facts.env_files:
        metrics["env_sources"] = ",".join(facts.env_files)
    if plan.invented:
        metrics["env_invented"] = ",".join(sorted(s.name for s in plan.invented))
    if plan.blank:
        metrics["env_unset"] = ",".join(sorted(plan.blank))
    return metrics


def secret_values(facts: ProjectFacts, environment: dict[str, str]) -> list[str]:
    """The fresh values the grader gave to secrets: never to be shown in a report."""
    plan = _plan(facts)
    names = [*plan.secrets, *(s.name for s in plan.invented if s.value is None)]
    return [environment[name] for name in names if environment.get(name)]


def invented_finding(facts: ProjectFacts) -> list[Finding]:
    """An info note listing the settings the grader made up (names and how, never a secret's
    value): the repository requires them and documents no value anywhere."""
    plan = _plan(facts)
    if not plan.invented:
        return []
    shown = "; ".join(f"{s.name}: {s.how}" for s in plan.invented)
    first = plan.invented[0]
    file, _, line = first.source.rpartition(":")
    return [
        make_finding(
            "START-ENV-INVENTED",
            f"The code requires {len(plan.invented)} setting(s) with no default, and the "
            "repository documents no usable value for them (no .env.example, compose environment "
            "or committed .env gives one, or only a placeholder), so the grader invented them: "
            f"{shown}.",
            file=file or None,
            line=int(line) if line.isdigit() else None,
        )
    ]


def app_choice_finding(facts: ProjectFacts) -> list[Finding]:
    """An info note naming the app served, the others, and why, when there was a choice."""
    choice = facts.app_choice
    if choice is None or not choice.others or facts.app is None:
        return []
    others = ", ".join(choice.others)
    return [
        make_finding(
            "START-APP-CHOSEN",
            f"Serving {choice.chosen}: {choice.reason}. Other apps found: {others}.",
            file=facts.app.file,
            line=facts.app.line,
        )
    ]


def start_phase(ctx: RunContext) -> None:
    grading, settings, facts = ctx.grading, ctx.settings, ctx.facts
    grading.metrics.update(environment_metrics(facts))
    probe = ensure_probe_image(ctx.engine, settings.base_image, host_pip_settings())
    if not probe.ok or probe.image is None:
        raise PhaseFailed(f"the probe image could not be built: {probe.reason}")
    if facts.app is None:
        grading.add(make_finding("START-NO-APP", "; ".join(facts.problems) or "no app"))
        raise PhaseFailed("no FastAPI application found")
    grading.add(*app_choice_finding(facts))
    grading.add(*invented_finding(facts))
    assert ctx.sandbox.image is not None, "the start phase needs the build phase's image"
    launcher = monitor_prefix(settings.loop_threshold_ms) if settings.loop_monitor else None
    try:
        command = uvicorn_command(
            facts.app.module,
            facts.app.attribute,
            facts.app.app_dir,
            facts.app.factory,
            launcher=launcher,
            built_by=facts.app.launcher,
        )
    except UnsafeEntrypoint as exc:
        raise PhaseFailed(str(exc)) from None
    # The servers the app needs (PostgreSQL, MariaDB, Redis) on an internal network of this
    # grading, and its migrations; none needed: the app keeps no network at all. With servers,
    # the loopback relay answers for them at 127.0.0.1:<port> too (grader/sandbox/relay.py).
    started = start_services(ctx)
    ctx.sandbox.services = started
    run_migrations(ctx, started)
    candidate = start_candidate(
        ctx.engine,
        image=ctx.sandbox.image,
        command=with_relay(command, started.relay),
        limits=settings.limits,
        labels=run_labels(ctx.run_id, "candidate"),
        environment=candidate_environment_with_services(ctx.environment, started),
        network=started.network,
    )
    ctx.sandbox.candidate = candidate
    try:
        ctx.sandbox.sidecar = start_sidecar(
            ctx.engine,
            image=probe.image,
            candidate=candidate,
            labels=run_labels(ctx.run_id, "sidecar"),
        )
    except Exception:
        # The sidecar joins the candidate's network namespace: an app that died at once leaves
        # nothing to join. That is the app's failure, with its own cause, not the grader's.
        status, code, _ = container_state(candidate)
        if status != "running":
            crashed(grading, candidate, code, secret_values(facts, ctx.environment))
        raise
    began = time.monotonic()
    wait_until_answering(
        grading, candidate, ctx.sandbox.sidecar, settings, secret_values(facts, ctx.environment)
    )
    grading.metrics["start_seconds"] = round(time.monotonic() - began, 2)
    create_schema_in_app(ctx, started, candidate)


def wait_until_answering(
    grading: Grading,
    candidate: Container,
    sidecar: Container,
    settings: GradeSettings,
    secrets: list[str] | None = None,
) -> None:
    answered = _answer_or_exit(candidate, sidecar, settings.start_timeout_seconds)
    if answered:
        return
    if answered is False:
        crashed(grading, candidate, container_state(candidate)[1], secrets)
    seconds = f"{settings.start_timeout_seconds:.0f} s"
    failure = _explain(candidate, secrets)
    grading.add(
        _failure_finding("START-TIMEOUT", f"No answer on port 8000 within {seconds}.", failure)
    )
    raise PhaseFailed(f"the app did not answer within {seconds}: {failure.reason}")


def _answer_or_exit(candidate: Container, sidecar: Container, seconds: float) -> bool | None:
    """True once the app answers on its port, False when it exits first, None when `seconds`
    pass with neither."""
    limit = time.monotonic() + seconds
    while time.monotonic() < limit:
        if container_state(candidate)[0] != "running":
            return False
        _, out = sidecar_exec(
            sidecar, probe_python("probes.ready", "wait", BASE_URL + "/", "2"), 10
        )
        if probe_reply(out).get("ok"):
            return True
    return None


def restart_app(ctx: RunContext) -> str | None:
    """Start the app afresh: its files copied again, a new SQLite file, no lock held. The
    sidecar restarts too, since it joins the app's network namespace, which a restart replaces;
    the loop monitor's records so far are kept for the blocking phase. Returns what went wrong,
    or None once the app answers again."""
    candidate, sidecar = ctx.candidate(), ctx.sidecar()
    if ctx.settings.loop_monitor:
        ctx.sandbox.loop_records += read_loop_records(candidate)
    candidate.restart(timeout=1)
    sidecar.restart(timeout=0)
    ctx.grading.metrics["app_restarts"] = int(ctx.grading.metrics.get("app_restarts") or 0) + 1
    answered = _answer_or_exit(candidate, sidecar, ctx.settings.start_timeout_seconds)
    if answered:
        if ctx.sandbox.services is not None:  # the new SQLite file needs its tables again
            create_schema_in_app(ctx, ctx.sandbox.services, candidate)
        return None
    if answered is False:
        return "the app exited when it was started again"
    return f"the app did not answer within {ctx.settings.start_timeout_seconds:.0f} s of a restart"


def crashed(
    grading: Grading, candidate: Container, code: int | None, secrets: list[str] | None = None
) -> NoReturn:
    """The app exited: a START-CRASHED finding and a phase reason that name the cause."""
    failure = _explain(candidate, secrets)
    grading.add(_failure_finding("START-CRASHED", f"Exit code {code}.", failure))
    raise PhaseFailed(f"the app exited at start-up (code {code}): {failure.reason}")


def _explain(candidate: Container, secrets: list[str] | None) -> StartupFailure:
    """The app's output, its secrets hidden (pydantic echoes input values), read for a cause."""
    return explain_startup(redact(tail_logs(candidate, _LOG_LINES, _LOG_CHARS), secrets or []))


def _failure_finding(code: str, what: str, failure: StartupFailure) -> Finding:
    """The cause first (one line), then what was measured, then the output as evidence."""
    output = failure.evidence or "(no output)"
    return make_finding(
        code,
        f"{failure.reason}\n{what} Last lines of its output:\n{output}",
        file=failure.file,
        line=failure.line,
    )
