"""Start phase helpers: the environment a reviewer would give the app, and waiting for it."""

from __future__ import annotations

import re
import secrets
import time
from typing import Any

from grader.checks.registry import make_finding
from grader.discovery import ProjectFacts
from grader.grading import Grading, PhaseFailed
from grader.probing.sidecar import probe_reply
from grader.sandbox.containers import (
    BASE_URL,
    container_state,
    probe_python,
    sidecar_exec,
    tail_logs,
)
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


def wait_until_answering(
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
