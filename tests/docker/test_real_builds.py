"""Real builds of tiny submissions (tests/fixtures/real_builds/build_*): lock files honoured, the
interpreter the project asks for, UTF-16 requirements, packages compiled from source, and build
code that cannot reach the network. Each failure must name its cause.

The builds run once per module, two at a time, through the build phase alone (no start or probes,
except one full grading on Python 3.13); images are inspected with throwaway containers and
removed at the end.
"""

from __future__ import annotations

import json
import shutil
import time
import tomllib
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from grader import GradeSettings, grade
from grader.discovery import discover
from grader.events import ignore_events
from grader.grading import Grading, PhaseFailed
from grader.intake import Submission
from grader.models import Finding, PhaseName, PhaseStatus
from grader.phases.build import build_phase
from grader.phases.context import RunContext
from grader.sandbox.sweep import remove_run
from tests.conftest import BASE_IMAGE, ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "real_builds"
BUILDS = (
    "build_native_deps",  # the slowest first: psycopg2 compiles for ~25 s when cold
    "build_old_pin",
    "build_poetry_app",
    "build_uvlock_app",
    "build_utf16_reqs",
    "build_network_hook",
    "build_setup_py_app",
    "build_py37_pinned",
    "build_dated_passlib",
)
# Submissions written on a known day (the date intake reads from an archive or a commit).
WRITTEN = {"build_dated_passlib": datetime(2023, 6, 1, 12, tzinfo=UTC)}


@dataclass
class Built:
    name: str
    run_id: str
    image: str | None
    failure: str | None
    seconds: float
    findings: list[Finding] = field(default_factory=list)
    metrics: dict[str, Any] = field(default_factory=dict)


def build_only(client: Any, source: Path, tmp: Path, settings: GradeSettings) -> Built:
    """Discovery and the build phase on a copy of `source`, as a grading would run them."""
    name = source.name
    root = Path(shutil.copytree(source, tmp / f"{name}-{uuid.uuid4().hex[:6]}"))
    run_id = uuid.uuid4().hex[:12]
    ctx = RunContext(
        grading=Grading(ignore_events, "test"),
        settings=settings,
        submission=Submission(
            name=name,
            sha256="0",
            workspace=root.parent,
            root=root,
            files=1,
            total_bytes=1,
            written_at=WRITTEN.get(name),
        ),
        facts=discover(root),
        run_id=run_id,
        deadline=time.monotonic() + 900,
        engine=client,
        environment={},
        token=None,
    )
    started = time.monotonic()
    failure = None
    try:
        build_phase(ctx)
    except PhaseFailed as exc:
        failure = str(exc)
    return Built(
        name=name,
        run_id=run_id,
        image=ctx.sandbox.image,
        failure=failure,
        seconds=time.monotonic() - started,
        findings=list(ctx.grading.findings),
        metrics=dict(ctx.grading.metrics),
    )


def run_in(client: Any, image: str, script: str) -> str:
    """Run Python in the candidate's image, as the candidate, with no network."""
    output = client.containers.run(
        image, ["python", "-c", script], remove=True, network_mode="none", working_dir="/"
    )
    return bytes(output).decode()


def versions(client: Any, image: str, names: list[str]) -> dict[str, str | None]:
    script = (
        "import json, importlib.metadata as m\n"
        "def v(n):\n"
        "    try: return m.version(n)\n"
        "    except m.PackageNotFoundError: return None\n"
        f"print(json.dumps({{n: v(n) for n in {names!r}}}))"
    )
    found: dict[str, str | None] = json.loads(run_in(client, image, script))
    return found


def locked(path: Path, names: list[str]) -> dict[str, str]:
    with path.open("rb") as fh:
        packages = tomllib.load(fh)["package"]
    return {p["name"]: p["version"] for p in packages if p["name"] in names}


@pytest.fixture(scope="module")
def settings() -> GradeSettings:
    return GradeSettings(base_image=BASE_IMAGE)


@pytest.fixture(scope="module")
def builds(
    docker_client: Any, settings: GradeSettings, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, Built]]:
    tmp = tmp_path_factory.mktemp("real-builds")
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(
            pool.map(lambda n: build_only(docker_client, FIXTURES / n, tmp, settings), BUILDS)
        )
    built = {b.name: b for b in results}
    for b in results:
        print(f"{b.name}: {b.seconds:.1f} s, {b.metrics}, {b.failure or 'ok'}")
    yield built
    for b in results:
        remove_run(docker_client, b.run_id)


def test_uv_lock_installs_exactly_the_locked_versions(
    builds: dict[str, Built], docker_client: Any
) -> None:
    b = builds["build_uvlock_app"]
    assert b.failure is None and b.image is not None, b.failure
    assert b.metrics["build_lock"] == "uv.lock"
    names = ["fastapi", "starlette", "pydantic", "anyio", "orjson", "pytest", "httpx"]
    installed = versions(docker_client, b.image, [*names, "ruff"])
    assert {n: installed[n] for n in names} == locked(FIXTURES / b.name / "uv.lock", names)
    assert installed["ruff"] is None  # the lint group is not for tests


def test_poetry_lock_installs_the_locked_versions_and_the_project(
    builds: dict[str, Built], docker_client: Any
) -> None:
    b = builds["build_poetry_app"]
    assert b.failure is None and b.image is not None, b.failure
    names = ["fastapi", "starlette", "pydantic", "anyio", "uvloop", "httptools", "pytest"]
    installed = versions(docker_client, b.image, [*names, "mkdocs", "poetry-app"])
    assert {n: installed[n] for n in names} == locked(FIXTURES / b.name / "poetry.lock", names)
    assert installed["mkdocs"] is None  # an optional group nobody asked for
    assert installed["poetry-app"] == "0.1.0"  # `poetry install` installs the project itself
    where = run_in(docker_client, b.image, "import poetry_app; print(poetry_app.__file__)")
    assert where.strip() == "/src/src/poetry_app/__init__.py"


def test_utf16_requirements_are_installed(builds: dict[str, Built], docker_client: Any) -> None:
    b = builds["build_utf16_reqs"]
    assert b.failure is None and b.image is not None, b.failure
    installed = versions(docker_client, b.image, ["fastapi", "uvicorn", "pytest", "httpx"])
    assert installed == {
        "fastapi": "0.115.12",
        "uvicorn": "0.34.2",
        "pytest": "8.3.5",
        "httpx": "0.28.1",
    }
    assert not [f for f in b.findings if f.rule == "BUILD-UVICORN-UNDECLARED"]


def test_a_build_hook_cannot_reach_the_network_while_a_normal_project_builds(
    builds: dict[str, Built], docker_client: Any
) -> None:
    hooked = builds["build_network_hook"]
    assert hooked.image is None and hooked.failure is not None
    assert hooked.failure.startswith("the project: network hook: could not connect to ")
    assert "ENETUNREACH" in hooked.failure, hooked.failure
    finding = next(f for f in hooked.findings if f.rule == "BUILD-FAILED")
    assert "Network is unreachable" in finding.detail
    normal = builds["build_setup_py_app"]
    assert normal.failure is None and normal.image is not None, normal.failure
    assert run_in(docker_client, normal.image, "import todo_core; print(todo_core.TITLE)").strip()


def test_a_package_without_a_wheel_compiles_and_an_old_pin_names_its_error(
    builds: dict[str, Built], docker_client: Any
) -> None:
    native = builds["build_native_deps"]
    assert native.failure is None and native.image is not None, native.failure
    assert run_in(docker_client, native.image, "import psycopg2; print(psycopg2.__version__)")
    old = builds["build_old_pin"]
    assert old.failure is not None and old.image is None
    assert old.failure.startswith("typed-ast 1.4.3: "), old.failure
    assert "error" in old.failure and "exited with" not in old.failure
    finding = next(f for f in old.findings if f.rule == "BUILD-FAILED")
    assert finding.detail.startswith("typed-ast 1.4.3: ")


def test_a_python_nobody_provides_names_what_was_asked_and_what_exists(
    builds: dict[str, Built],
) -> None:
    b = builds["build_py37_pinned"]
    assert b.failure is not None and b.image is None
    assert "requires Python ==3.7.* (pyproject.toml (requires-python))" in b.failure
    assert "3.11." in b.failure and "3.13." in b.failure
    assert any(f.rule == "BUILD-FAILED" for f in b.findings)


def test_unpinned_requirements_resolve_to_the_releases_of_the_writing_date(
    builds: dict[str, Built], docker_client: Any
) -> None:
    """`passlib[bcrypt]` unpinned, written in June 2023: bcrypt 4.0 as its author got, not the
    bcrypt 5 of today with which passlib fails every hash."""
    built = builds["build_dated_passlib"]
    assert built.image is not None, built.failure
    assert built.metrics["build_resolved_as_of"] == "2023-06-02"
    assert "published before 2023-06-02" in built.metrics["build_notes"]
    bcrypt = versions(docker_client, built.image, ["bcrypt"])["bcrypt"]
    assert bcrypt is not None and tuple(int(p) for p in bcrypt.split(".")[:2]) < (4, 1), bcrypt
    script = (
        "from passlib.context import CryptContext\n"
        "c = CryptContext(schemes=['bcrypt'])\n"
        "print(c.verify('secret', c.hash('secret')))"
    )
    assert run_in(docker_client, built.image, script).strip() == "True"


def test_a_missing_dependency_points_at_its_line(
    docker_client: Any, settings: GradeSettings, tmp_path: Path
) -> None:
    source = ROOT / "sample_submissions" / "todo_missing_dep"
    b = build_only(docker_client, source, tmp_path, settings)
    finding = next(f for f in b.findings if f.rule == "BUILD-DEPENDENCY-MISSING")
    assert finding.detail.startswith(
        "No matching distribution found for fastapi-todo-toolkit==2.3.1"
    )
    assert (finding.file, finding.line) == ("requirements.txt", 4)


def test_a_warm_build_skips_the_fetch_and_a_private_one_shares_nothing(
    builds: dict[str, Built], docker_client: Any, settings: GradeSettings, tmp_path: Path
) -> None:
    assert builds["build_uvlock_app"].failure is None
    warm = build_only(docker_client, FIXTURES / "build_uvlock_app", tmp_path, settings)
    nothing_shared = settings.model_copy(update={"wheelhouse": False})
    private = build_only(docker_client, FIXTURES / "build_utf16_reqs", tmp_path, nothing_shared)
    try:
        assert warm.failure is None and warm.metrics["fetch_seconds"] == 0.0
        print(f"warm build {warm.seconds:.1f} s; private build {private.seconds:.1f} s")
        assert private.failure is None and private.metrics["fetch_seconds"] > 0
    finally:
        remove_run(docker_client, warm.run_id)
        remove_run(docker_client, private.run_id)


def test_python_312_code_is_graded_on_313(settings: GradeSettings, tmp_path: Path) -> None:
    """The one full grading here: the candidate's image from the trixie build image starts and
    answers under the usual sandbox, next to a probe sidecar made from the default base image."""
    source = Path(shutil.copytree(FIXTURES / "build_py312_app", tmp_path / "py312"))
    cheap = settings.model_copy(
        update={"fuzz_max_examples": 3, "fuzz_budget_seconds": 20, "load_seconds": 2.0}
    )
    report = grade(source, cheap)
    phases = {p.name: p for p in report.phases}
    assert phases[PhaseName.BUILD].status == PhaseStatus.OK, phases[PhaseName.BUILD].reason
    assert phases[PhaseName.START].status == PhaseStatus.OK, phases[PhaseName.START].reason
    assert str(report.metrics["build_python"]).startswith("3.13.")
    assert phases[PhaseName.CANDIDATE_TESTS].status == PhaseStatus.OK
