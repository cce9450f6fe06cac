"""Build phase: the submission's image, reproducibly, with a failure that names its cause.

1. The interpreter: `requires-python` (and the like) rules images out, `.python-version` (and the
   like) picks among the rest (grader/discovery/python_version.py); none fits: `build_failed`
   naming the version asked for and those available.
2. What to install: the lock file when there is one (uv.lock, poetry.lock, Pipfile.lock, hashed
   requirements), the declared requirements otherwise, with the test groups and extras; plus
   uvicorn and the test tools when undeclared, and the distribution of a module the code
   imports that no resolved package provides (grader/phases/undeclared_imports.py).
3. Resolve and download in a container without the candidate's code; install offline in one
   without a network (grader/sandbox/submission.py).
"""

from __future__ import annotations

import re
import time
from datetime import timedelta
from pathlib import Path
from typing import NoReturn

from grader.checks.registry import make_finding
from grader.discovery import ProjectFacts
from grader.discovery.facts import DependencySpec
from grader.discovery.python_version import PythonChoice, choose_python
from grader.discovery.requirements import normalize_name, split_requirement
from grader.discovery.tree import decode_wide_text
from grader.grading import PhaseFailed
from grader.models import Finding
from grader.phases.context import RunContext
from grader.phases.undeclared_imports import add_undeclared
from grader.sandbox.build import BuildOutcome
from grader.sandbox.engine import Engine, run_labels
from grader.sandbox.images import CANDIDATE_UID, VENV, injected_probes
from grader.sandbox.pip_settings import host_pip_settings
from grader.sandbox.submission import (
    InstallPlan,
    LocalFolder,
    Resolution,
    forget,
    install,
    named_requirements,
    resolve,
)
from grader.sandbox.toolchain import ensure_build_image, image_python
from grader.settings import GradeSettings

SERVER = "uvicorn"
TEST_TOOLS = ("pytest", "httpx", "coverage")
_MIN_INSTALL_SECONDS = 60.0


def build_phase(ctx: RunContext) -> None:
    grading, client, settings = ctx.grading, ctx.engine, ctx.settings
    submission, facts, run_id = ctx.submission, ctx.facts, ctx.run_id
    started = time.monotonic()
    deps = facts.dependencies
    pip = host_pip_settings()
    choice = choose_interpreter(client, settings, deps)
    grading.metrics["build_python"] = choice.version or "none"
    if choice.image is None or choice.version is None:
        grading.add(make_finding("BUILD-FAILED", f"No interpreter fits: {choice.reason}."))
        raise PhaseFailed(choice.reason)
    toolchain = ensure_build_image(client, choice.image, pip)
    if not toolchain.ok or toolchain.image is None:
        raise PhaseFailed(toolchain.reason)
    plan, added = install_plan(deps, submission.root)
    if choice.stands_in_for:
        plan = plan.model_copy(update={"stands_in_for": choice.stands_in_for})
    if choice.beyond_requires:
        # The project's own metadata refuses the stand-in: installing its folder may fail,
        # and then the app runs from its folder with its dependencies installed, as noted.
        folders = [folder.model_copy(update={"required": False}) for folder in plan.folders]
        plan = plan.model_copy(update={"folders": folders})
    if settings.resolve_as_written and submission.written_at is not None:
        as_of = (submission.written_at + timedelta(days=1)).date().isoformat()
        plan = plan.model_copy(update={"as_of": as_of})
        grading.metrics["build_resolved_as_of"] = as_of
    grading.metrics["build_installer"] = "uv"
    grading.metrics["build_lock"] = deps.lock.file if deps.lock else "none"
    if SERVER in added:
        grading.add(make_finding("BUILD-UVICORN-UNDECLARED", "uvicorn was installed for you."))

    fetch_seconds = 0.0

    def fetch(wanted: InstallPlan) -> Resolution:
        nonlocal fetch_seconds
        resolution = resolve(
            client,
            wanted,
            build_image_tag=toolchain_image,
            labels=run_labels(run_id, "fetch"),
            timeout_seconds=settings.build_timeout_seconds,
            shared=settings.wheelhouse,
            pip=pip,
        )
        fetch_seconds += resolution.seconds
        grading.metrics["fetch_seconds"] = round(fetch_seconds, 2)
        return resolution

    toolchain_image = toolchain.image
    resolution = _fetched(ctx, fetch(plan))
    imports = add_undeclared(deps.imports, plan, resolution, fetch)
    plan, resolution = imports.plan, imports.resolution
    for item in imports.added:
        grading.add(item.finding())
    if imports.added:
        grading.metrics["build_imports_added"] = ",".join(a.pin for a in imports.added)
    outcome = _install(ctx, plan, resolution, toolchain_image, started)
    if not outcome.ok and resolution.cached and outcome.failure == "missing":
        # The wheelhouse lost what the remembered resolution counted on: fetch it again.
        forget(client, plan, toolchain_image)
        resolution = _fetched(ctx, fetch(plan))
        outcome = _install(ctx, plan, resolution, toolchain_image, started)
    grading.metrics["build_seconds"] = round(outcome.seconds, 2)
    notes = [
        *([choice.reason] if choice.beyond_requires else []),
        *resolution.notes,
        *imports.notes,
        *re.findall(r"^GRADER-NOTE: (.+)$", outcome.log, re.MULTILINE),
    ]
    if notes:
        grading.metrics["build_notes"] = " | ".join(dict.fromkeys(notes))[:2000]
    if not outcome.ok:
        _fail(ctx, outcome)
    ctx.sandbox.image = outcome.image


def _fetched(ctx: RunContext, resolution: Resolution) -> Resolution:
    """The resolution, or the build fails with what the fetch said."""
    if not resolution.ok:
        _fail(ctx, resolution.outcome)
    return resolution


def _install(
    ctx: RunContext, plan: InstallPlan, resolution: Resolution, build_image: str, started: float
) -> BuildOutcome:
    left = ctx.settings.build_timeout_seconds - (time.monotonic() - started)
    return install(
        ctx.engine,
        plan,
        resolution,
        root=ctx.submission.root,
        build_image_tag=build_image,
        tag=f"grader-submission:{ctx.run_id}",
        labels=run_labels(ctx.run_id, "submission"),
        timeout_seconds=max(left, _MIN_INSTALL_SECONDS),
        shared=ctx.settings.wheelhouse,
        image_config=candidate_image_config(),
        injected=injected_probes(),
    )


def candidate_image_config() -> dict[str, object]:
    return {
        "User": f"{CANDIDATE_UID}:{CANDIDATE_UID}",
        "WorkingDir": "/app",
        "Env": [
            f"PATH={VENV}/bin:/usr/local/bin:/usr/bin:/bin",
            "PYTHONDONTWRITEBYTECODE=1",
            "PYTHONUNBUFFERED=1",
            "HOME=/tmp",
            "LANG=C.UTF-8",
            # A login name, as any shell has: the candidate's user has no passwd entry, and
            # getpass.getuser() raises without one from Python 3.13 on (PyMySQL before 1.1.1
            # calls it at import: fresh bw61-04 died at start-up).
            "USER=candidate",
            "LOGNAME=candidate",
        ],
        "Cmd": ["python3"],
    }


def _fail(ctx: RunContext, outcome: BuildOutcome | None) -> NoReturn:
    if outcome is None:
        raise PhaseFailed("the build failed without a log")
    ctx.grading.add(_build_failure_finding(outcome, ctx.submission.root, ctx.facts))
    raise PhaseFailed(outcome.reason)


def choose_interpreter(
    client: Engine, settings: GradeSettings, deps: DependencySpec
) -> PythonChoice:
    """The base image whose Python the project asks for, among those this engine has."""
    images = list(dict.fromkeys([settings.base_image, *settings.base_images.values()]))
    available: dict[str, str] = {}
    for image in images:
        version = image_python(client, image)
        if version is not None:
            available[image] = version
    unbuilt = {
        version: image
        for version, image in settings.base_images.items()
        if image not in available and re.fullmatch(r"\d+\.\d+", version)
    }
    return choose_python(deps.python, available, settings.base_image, unbuilt)


def install_plan(deps: DependencySpec, root: Path) -> tuple[InstallPlan, list[str]]:
    """What to install: the lock (or the declared lists), named requirements only; and which
    of uvicorn and the test tools the grader adds because the submission does not declare them."""
    lock = deps.lock
    runtime = list(deps.runtime)
    test = list(deps.test)
    hashes = dict(deps.hashes)
    uv_project: dict[str, bytes] = {}
    declared = {_name(r) for r in runtime + test}
    if lock is not None:
        declared |= set(lock.names)
        hashes.update(lock.hashes)
        if lock.kind == "uv":
            runtime, test = [], []  # the export brings the project's groups and extras
            uv_project = {
                name: (root / name).read_bytes()
                for name in ("pyproject.toml", "uv.lock")
                if (root / name).is_file() and not (root / name).is_symlink()
            }
        elif lock.kind in {"poetry", "pipfile"}:
            runtime, test = list(lock.runtime), [*lock.test, *test]
    if not runtime and lock is None and not deps.installs:
        runtime = ["fastapi", SERVER]  # nothing declared: what any FastAPI app needs
        declared |= {"fastapi", SERVER}
    added: list[str] = []
    if SERVER not in declared:
        runtime.append(SERVER)
        added.append(SERVER)
    for tool in TEST_TOOLS:
        if tool not in declared:
            test.append(tool)
            added.append(tool)
    plan = InstallPlan(
        runtime=named_requirements(runtime),
        test=named_requirements(test),
        build=named_requirements(deps.build_requires) if deps.installs else [],
        hashes=hashes,
        uv_project=uv_project,
        uv_groups=lock.groups if lock and lock.kind == "uv" else [],
        uv_extras=lock.extras if lock and lock.kind == "uv" else [],
        folders=[LocalFolder(**folder.model_dump()) for folder in deps.installs],
        setuptools_imports=deps.setuptools_imports,
        locked=lock is not None,
    )
    return plan, added


def _name(requirement: str) -> str:
    split = split_requirement(requirement)
    return normalize_name(split[0]) if split else requirement


def _build_failure_finding(outcome: BuildOutcome, root: Path, facts: ProjectFacts) -> Finding:
    if outcome.failure == "missing" and outcome.requirement:
        file, line = _requirement_location(root, facts, outcome.requirement)
        return make_finding("BUILD-DEPENDENCY-MISSING", outcome.reason, file=file, line=line)
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
        data = path.read_bytes()
        text = decode_wide_text(data) or data.decode("utf-8-sig", errors="replace")
        lines = text.splitlines()
        for number, text in enumerate(lines, start=1):
            if re.search(rf"(^|[\s\"']){re.escape(bare)}($|[\s\[=<>!~;\"'])", text.lower()):
                return rel, number
    return None, None
