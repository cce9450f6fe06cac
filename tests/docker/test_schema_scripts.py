"""A submission whose tables exist only once the Python command its README documents has run
(tests/fixtures/services/pg_create_tables: `docker compose exec api python -m app.create_tables`,
`Base.metadata.create_all` over asyncpg; no Alembic, nothing at start-up): the grader runs that
module as the migration step, so the app's list and create answer from PostgreSQL instead of
500 (`relation "todos" does not exist`). The build and start phases run through the pipeline's
own loop, then one write and one read go through the probe sidecar; nothing is left after.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from grader.models import PhaseName
from grader.pipeline import PHASES, run_phases
from grader.sandbox.containers import tail_logs
from grader.sandbox.sweep import count_run_objects, remove_run
from grader.settings import GradeSettings
from tests.conftest import ROOT
from tests.docker.conftest import write_then_read
from tests.docker.test_services import make_context

pytestmark = pytest.mark.docker

FIXTURE = ROOT / "tests" / "fixtures" / "services" / "pg_create_tables"


def migrated_then_served(
    fixture: Path,
    command: str,
    title: str,
    docker_client: Any,
    settings: GradeSettings,
    tmp_path: Path,
) -> dict[str, float | int | str | None]:
    """Build and start `fixture`: its documented `command` ran (README.md:7), then a write of
    `title` and a read through the probe sidecar answer 201 and 200 with it. Nothing is left
    after. Returns the grading's metrics for the caller's own checks."""
    ctx = make_context(fixture, tmp_path / "ws", docker_client, settings)
    phases = tuple(p for p in PHASES if p.name in (PhaseName.BUILD, PhaseName.START))
    try:
        run_phases(ctx, phases)
        grading = ctx.grading
        assert grading.ok(PhaseName.START), (grading.phases, grading.findings)
        metrics = grading.metrics
        assert metrics["migrate_status"] == "ok", metrics
        assert metrics["migrate_command"] == command
        assert metrics["migrate_source"] == "README.md:7"
        assert not [f for f in grading.findings if f.rule.startswith("SERVICE-")]
        (write, write_body), (read, read_body) = write_then_read(ctx, "/todos", {"title": title})
        app_log = tail_logs(ctx.candidate(), 60, 8000)
        assert (write, read) == (201, 200), (write_body, read_body, app_log)
        assert [todo["title"] for todo in json.loads(read_body)] == [title]
    finally:
        remove_run(docker_client, ctx.run_id)
    assert count_run_objects(docker_client, ctx.run_id) == 0
    return metrics


def test_the_documented_create_tables_module_is_the_migration(
    docker_client: Any, settings: GradeSettings, tmp_path: Path
) -> None:
    migrated_then_served(
        FIXTURE,
        "python -m app.create_tables",
        "after create_all",
        docker_client,
        settings,
        tmp_path,
    )


SQLITE_FIXTURE = ROOT / "tests" / "fixtures" / "services" / "sqlite_schema_script"


def test_a_sqlite_app_s_documented_schema_command_runs_in_its_own_container(
    docker_client: Any, settings: GradeSettings, tmp_path: Path
) -> None:
    """The Flask tutorial's layout (tune bw34-02): `python -m blog.db` runs schema.sql into a
    SQLite file the app never creates itself. No server, so no migration container: the
    command runs in the candidate's container once it answers, where that file lives."""
    metrics = migrated_then_served(
        SQLITE_FIXTURE, "python -m blog.db", "after schema.sql", docker_client, settings, tmp_path
    )
    assert "services" not in metrics or not metrics["services"], metrics


PROJECT_SCRIPT_FIXTURE = ROOT / "tests" / "fixtures" / "services" / "pg_project_script"


def test_a_project_script_s_entry_point_is_the_migration(
    docker_client: Any, settings: GradeSettings, tmp_path: Path
) -> None:
    """Tune bw61-04's habit: the README's `uv run todo-migrate` names `[project.scripts]`'s
    `app.cli:migrate`, a function with no `__main__` block; the grader calls it as the console
    script would, in the migration container, and the app answers from PostgreSQL."""
    migrated_then_served(
        PROJECT_SCRIPT_FIXTURE,
        "python -c 'import sys, app.cli; sys.exit(app.cli.migrate())'",
        "after the entry point",
        docker_client,
        settings,
        tmp_path,
    )
