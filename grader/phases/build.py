"""Build phase: install the submission's dependencies into its image; a failure says which line."""

from __future__ import annotations

import re
from pathlib import Path

from grader.checks.registry import make_finding
from grader.discovery import ProjectFacts
from grader.grading import PhaseFailed
from grader.models import Finding
from grader.phases.context import RunContext
from grader.sandbox.build import BuildOutcome
from grader.sandbox.engine import run_labels
from grader.sandbox.images import (
    build_submission_image,
    fetch_wheels,
    named_requirements,
    submission_requirements,
)
from grader.sandbox.pip_settings import host_pip_settings

_MISSING_DIST = re.compile(r"No matching distribution found for ([A-Za-z0-9_.\-\[\]]+)")


def build_phase(ctx: RunContext) -> None:
    grading, client, settings = ctx.grading, ctx.engine, ctx.settings
    submission, facts, run_id = ctx.submission, ctx.facts, ctx.run_id
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
    ctx.sandbox.image = outcome.image


def _build_failure_finding(outcome: BuildOutcome, root: Path, facts: ProjectFacts) -> Finding:
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
