"""Repositories that leave part of their set-up to the reader, built and started for real.

- start_invented_settings: a pydantic-settings class requires SECRET_KEY, ALGORITHM (checked
  against HS256/384/512 at import), ACCESS_TOKEN_EXPIRE_MINUTES, DEBUG and a Literal ENVIRONMENT,
  and nothing documents a value: the grader invents them, the app starts, the report names them
  and shows no secret;
- start_pkg_resources: main.py imports pkg_resources and nothing declares setuptools: the build
  adds it (a note says why) and the app starts;
- build_old_lock: a Pipfile.lock (beside a loose requirements.txt) pins greenlet 1.1.2, compiled
  for Python 3.10 at most: the lock is used, and the nearest release compiled for this Python is
  installed instead, with a note;
- build_stand_in: a poetry project for Python ^3.12 asks for asyncpg ^0.29.0, which has no
  wheel for 3.13 and does not compile there; with no 3.12 here, 3.13 stands in and asyncpg
  0.30.0, the nearest release with a wheel for it, is installed instead, with a note;
- build_beyond_bound: a poetry package for Python >=3.12,<3.13 (no 3.12 here): 3.13 stands in
  past the bound, with a note; the package's metadata refuses 3.13, so it runs from its folder;
- pg_alembic (tests/fixtures/services) with its alembic.ini in config/ and a Makefile recipe
  `python -m alembic -c config/alembic.ini upgrade head`: the documented command is what runs
  (from the root, where its script_location points); and the same without alembic among its
  requirements: the migrations are not run, which is a note, not a failed start.

Two gradings (build and start only) at a time, then the two migration cases phase by phase.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from grader import GradeSettings, Report
from grader.models import PhaseName, PhaseStatus
from grader.phases.build import build_phase
from grader.phases.services import run_migrations, start_services
from grader.sandbox.sweep import count_run_objects, remove_run
from tests.conftest import ROOT
from tests.docker.conftest import grade_with_phases, managed_objects, phase_result, zip_folder
from tests.docker.test_services import make_context, run_in_candidate_image

pytestmark = pytest.mark.docker

FIXTURES = ROOT / "tests" / "fixtures" / "real_setups"
PG_ALEMBIC = ROOT / "tests" / "fixtures" / "services" / "pg_alembic"
NAMES = (
    "start_invented_settings",
    "start_pkg_resources",
    "build_old_lock",
    "build_stand_in",
    "build_beyond_bound",
)
_NEEDED = {PhaseName.BUILD, PhaseName.START}
_TABLE_CHECK = """
import asyncio
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine
from app.config import settings

async def main():
    engine = create_async_engine(settings.database_url)
    async with engine.begin() as c:
        print("CHECK-OK", (await c.execute(text("SELECT count(*) FROM todos"))).scalar_one())

asyncio.run(main())
"""


@pytest.fixture(scope="module")
def reports(settings: GradeSettings, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Report]:
    tmp = tmp_path_factory.mktemp("undocumented")
    jobs = {name: (zip_folder(FIXTURES / name, tmp / f"{name}.zip"), settings) for name in NAMES}
    return grade_with_phases(_NEEDED, jobs)


def test_undocumented_required_settings_are_invented_and_named(reports: dict[str, Report]) -> None:
    report = reports["start_invented_settings"]
    assert phase_result(report, PhaseName.START) == (PhaseStatus.OK, ""), report.phases
    assert report.metrics["env_invented"] == (
        "ACCESS_TOKEN_EXPIRE_MINUTES,ALGORITHM,DEBUG,ENVIRONMENT,SECRET_KEY"
    )
    [invented] = [f for f in report.findings if f.rule == "START-ENV-INVENTED"]
    assert invented.severity.value == "info" and invented.flag is None
    assert (invented.file, invented.line) == ("app/config.py", 7)
    assert "SECRET_KEY: a fresh random secret" in invented.detail
    assert "ALGORITHM: HS256" in invented.detail
    assert "ENVIRONMENT: development" in invented.detail
    assert "the repository documents no usable value" in invented.detail


def test_pkg_resources_gets_setuptools_with_a_note(reports: dict[str, Report]) -> None:
    report = reports["start_pkg_resources"]
    assert phase_result(report, PhaseName.START) == (PhaseStatus.OK, ""), report.phases
    notes = str(report.metrics["build_notes"])
    assert "setuptools==" in notes and "pkg_resources (main.py:1)" in notes, notes


def test_an_old_lock_wins_and_its_stale_compiled_release_is_replaced(
    reports: dict[str, Report],
) -> None:
    report = reports["build_old_lock"]
    assert phase_result(report, PhaseName.BUILD) == (PhaseStatus.OK, ""), report.phases
    assert phase_result(report, PhaseName.START) == (PhaseStatus.OK, ""), report.phases
    assert report.metrics["build_lock"] == "Pipfile.lock"
    notes = str(report.metrics["build_notes"])
    assert "greenlet 1.1.2 (locked) is compiled for older Pythons only" in notes, notes
    assert "greenlet 1.1.3, the nearest release compiled for it" in notes, notes


def test_a_stand_in_python_repairs_a_release_with_no_wheel_for_it(
    reports: dict[str, Report],
) -> None:
    report = reports["build_stand_in"]
    assert phase_result(report, PhaseName.BUILD) == (PhaseStatus.OK, ""), report.phases
    assert phase_result(report, PhaseName.START) == (PhaseStatus.OK, ""), report.phases
    assert str(report.metrics["build_python"]).startswith("3.13")
    notes = str(report.metrics["build_notes"])
    assert (
        "asyncpg 0.29.0 has no wheel for Python 3.13, which stands in for the project's 3.12"
        in notes
    ), notes
    assert "asyncpg 0.30.0, the nearest release that has one, installed instead" in notes, notes


def test_the_next_python_stands_in_past_the_projects_bound(reports: dict[str, Report]) -> None:
    report = reports["build_beyond_bound"]
    assert phase_result(report, PhaseName.BUILD) == (PhaseStatus.OK, ""), report.phases
    assert phase_result(report, PhaseName.START) == (PhaseStatus.OK, ""), report.phases
    assert str(report.metrics["build_python"]).startswith("3.13")
    notes = str(report.metrics["build_notes"])
    assert "requires Python >=3.12,<3.13" in notes and "3.13 stands in for it" in notes, notes


def test_nothing_is_left_behind(reports: dict[str, Report], docker_client: Any) -> None:
    assert len(reports) == len(NAMES)
    assert managed_objects(docker_client) == []


def _pg_alembic(tmp_path: Path, documented: bool) -> Path:
    folder = tmp_path / ("documented" if documented else "undeclared")
    shutil.copytree(PG_ALEMBIC, folder)
    if documented:
        (folder / "config").mkdir()
        (folder / "alembic.ini").rename(folder / "config" / "alembic.ini")
        (folder / "Makefile").write_text(
            "migrate:\n\tpython -m alembic -c config/alembic.ini upgrade head\n"
        )
    else:
        requirements = (folder / "requirements.txt").read_text().splitlines()
        kept = [line for line in requirements if not line.startswith("alembic")]
        (folder / "requirements.txt").write_text("\n".join(kept) + "\n")
    return folder


def test_the_documented_migration_command_is_the_one_run(
    docker_client: Any, settings: GradeSettings, tmp_path: Path
) -> None:
    ctx = make_context(_pg_alembic(tmp_path, True), tmp_path / "ws", docker_client, settings)
    try:
        build_phase(ctx)
        started = start_services(ctx)
        outcome = run_migrations(ctx, started)
        assert outcome is not None and outcome.ok, outcome
        metrics = ctx.grading.metrics
        assert metrics["migrate_command"] == "alembic -c config/alembic.ini upgrade head"
        assert (metrics["migrate_source"], metrics["migrate_status"]) == ("Makefile:2", "ok")
        assert "CHECK-OK 0" in run_in_candidate_image(ctx, started, _TABLE_CHECK)
    finally:
        remove_run(docker_client, ctx.run_id)
    assert count_run_objects(docker_client, ctx.run_id) == 0


def test_an_alembic_ini_without_alembic_is_a_note_not_a_failure(
    docker_client: Any, settings: GradeSettings, tmp_path: Path
) -> None:
    ctx = make_context(_pg_alembic(tmp_path, False), tmp_path / "ws", docker_client, settings)
    try:
        build_phase(ctx)
        started = start_services(ctx)
        outcome = run_migrations(ctx, started)  # no PhaseFailed
        assert outcome is not None and not outcome.ok
        metrics = ctx.grading.metrics
        assert metrics["migrate_status"] == "not_run"
        reason = "alembic.ini exists but alembic is not a dependency, migrations not run"
        assert reason in str(metrics["services_notes"])
        [note] = [f for f in ctx.grading.findings if f.rule == "SERVICE-MIGRATION-NOT-RUN"]
        assert note.detail == reason + "." and note.file == "alembic.ini"
    finally:
        remove_run(docker_client, ctx.run_id)
    assert count_run_objects(docker_client, ctx.run_id) == 0
