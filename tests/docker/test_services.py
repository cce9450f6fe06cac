"""Real servers beside real builds: each fixture under tests/fixtures/services/ is built by the
grader's build phase, its servers started with `start_services` (and Alembic run with
`run_migrations`), then a short script in the submission's own image, on the grading's internal
network, connects with the app's own settings and driver. Afterwards nothing is left; and a
process SIGKILLed while holding servers leaves nothing after the next sweep.

- pg_alembic: PostgreSQL (compose `db`) + Alembic, async SQLAlchemy over asyncpg; the app is also
  served and the probe sidecar, on the candidate's loopback, writes and reads through it;
- redis_cache: Redis as a cache, the password from .env.example's REDIS_URL;
- mariadb_pymysql: MariaDB through pymysql, users and database from the compose environment;
- mariadb_root: MariaDB as root with a password, the URL only in the README's export (fresh
  bw48-01: root's own local entries answered the health check's login before root@'%');
- compose_renamed: compose services `database` and `cache`, the URL built from POSTGRES_* parts.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import pytest

from grader.discovery import discover
from grader.events import ignore_events
from grader.grading import Grading, PhaseFailed
from grader.intake import intake
from grader.phases.build import build_phase
from grader.phases.context import RunContext
from grader.phases.services import (
    ServicesStarted,
    candidate_environment_with_services,
    fresh_servers,
    run_migrations,
    start_services,
)
from grader.pipeline import new_context
from grader.sandbox.containers import (
    BASE_URL,
    start_candidate,
    start_sidecar,
    tail_logs,
    uvicorn_command,
)
from grader.sandbox.engine import LABEL_MANAGED, LABEL_OWNER_PID, run_labels
from grader.sandbox.images import ensure_probe_image
from grader.sandbox.pip_settings import host_pip_settings
from grader.sandbox.services import network_isolation
from grader.sandbox.sweep import count_run_objects, remove_run, sweep_stale
from grader.settings import GradeSettings
from grader.version import VERSION
from tests.conftest import ROOT

pytestmark = pytest.mark.docker

FIXTURES = ROOT / "tests" / "fixtures" / "services"

_PG_CHECK = """
import asyncio
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine
from app.config import settings

async def main():
    engine = create_async_engine(settings.database_url)
    async with engine.begin() as c:
        await c.execute(text("INSERT INTO todos (title) VALUES ('from the check')"))
        count = (await c.execute(text("SELECT count(*) FROM todos"))).scalar_one()
        who = (await c.execute(text("SELECT current_user || '@' || current_database()"))).scalar_one()
    print("CHECK-OK", count, who)

asyncio.run(main())
"""
_REDIS_CHECK = """
import os, redis
r = redis.Redis.from_url(os.environ["REDIS_URL"])
r.set("k", "v")
print("CHECK-OK", r.get("k").decode(), r.acl_whoami())
"""
# getpass.getuser(): a login name, as on any machine (PyMySQL < 1.1.1 calls it at import, and on
# Python 3.13 it raises where the user has no name: fresh bw61-04 did not start).
_MARIADB_CHECK = """
import getpass
from sqlalchemy import text
from app.db import engine
with engine.connect() as c:
    who = c.execute(text("SELECT CONCAT(CURRENT_USER(), ' ', DATABASE())")).scalar_one()
print("CHECK-OK", who, getpass.getuser())
"""
_RENAMED_CHECK = """
import redis
from sqlalchemy import create_engine, text
from app.config import settings
with create_engine(settings.database_url).connect() as c:
    who = c.execute(text("SELECT current_user || '@' || current_database()")).scalar_one()
r = redis.Redis(host=settings.REDIS_HOST, port=settings.REDIS_PORT)
print("CHECK-OK", who, r.ping(), settings.POSTGRES_SERVER, settings.REDIS_HOST)
"""
CASES = {
    "pg_alembic": (_PG_CHECK, "CHECK-OK 1 todo@todos", {"postgres"}),
    "redis_cache": (_REDIS_CHECK, "CHECK-OK v default", {"redis"}),
    "mariadb_pymysql": (_MARIADB_CHECK, "CHECK-OK shop@% shop candidate", {"mysql"}),
    "mariadb_root": (_MARIADB_CHECK, "CHECK-OK root@% todo candidate", {"mysql"}),
    "compose_renamed": (
        _RENAMED_CHECK,
        "CHECK-OK blog@blog True database cache",
        {"postgres", "redis"},
    ),
}


def make_context(folder: Path, workspace: Path, client: Any, settings: GradeSettings) -> RunContext:
    workspace.mkdir(parents=True, exist_ok=True)
    submission = intake(folder, workspace)
    grading = Grading(ignore_events, VERSION)
    run_id = f"svc{uuid.uuid4().hex[:9]}"
    return new_context(grading, settings, submission, discover(submission.root), client, run_id)


def run_in_candidate_image(ctx: RunContext, started: ServicesStarted, script: str) -> str:
    """A short script, as the candidate's user, in its image, on the grading's network."""
    assert ctx.sandbox.image is not None
    container = start_candidate(
        ctx.engine,
        image=ctx.sandbox.image,
        command=["sh", "-c", 'cp -R /src/. /app/ && cd /app && exec python -c "$CHECK"'],
        limits=ctx.settings.limits,
        labels=run_labels(ctx.run_id, "check"),
        environment={
            **candidate_environment_with_services(ctx.environment, started),
            "CHECK": script,
        },
        network=started.network,
    )
    container.wait(timeout=120)
    container.reload()
    networks = set(container.attrs["NetworkSettings"]["Networks"])
    assert networks == {started.network}, networks  # that network only: no route out
    return tail_logs(container, 200, 20000)


@pytest.mark.parametrize("name", list(CASES))
def test_the_apps_url_reaches_its_server(
    name: str, docker_client: Any, settings: GradeSettings, tmp_path: Path
) -> None:
    script, expected, kinds = CASES[name]
    ctx = make_context(FIXTURES / name, tmp_path / "ws", docker_client, settings)
    try:
        build_phase(ctx)
        began = time.monotonic()
        started = start_services(ctx)
        assert started.network is not None
        assert network_isolation(docker_client, started.network) == []
        attrs = docker_client.api.inspect_network(started.network)
        assert attrs["Internal"] is True
        assert {s.kind for s in started.services} == kinds
        outcome = run_migrations(ctx, started)
        seconds = time.monotonic() - began
        if name == "pg_alembic":
            assert outcome is not None and outcome.ok, outcome
            assert ctx.grading.metrics["migrate_status"] == "ok"
        else:
            assert outcome is None
        output = run_in_candidate_image(ctx, started, script)
        assert expected in output, output
        if name == "pg_alembic":
            _serve_and_probe(ctx, started)
        print(
            f"\n{name}: servers {started.seconds:.1f} s, with migrations {seconds:.1f} s; "
            f"{ctx.grading.metrics}"
        )
        assert not [f for f in ctx.grading.findings if f.rule.startswith("SERVICE-")]
    finally:
        remove_run(docker_client, ctx.run_id)
    assert count_run_objects(docker_client, ctx.run_id) == 0


def _serve_and_probe(ctx: RunContext, started: ServicesStarted) -> None:
    """The app itself on the network, and the sidecar on its loopback only: a write and a read
    go through to PostgreSQL."""
    assert ctx.facts.app is not None and ctx.sandbox.image is not None
    probe = ensure_probe_image(ctx.engine, ctx.settings.base_image, host_pip_settings())
    assert probe.ok and probe.image is not None, probe.reason
    app = ctx.facts.app
    candidate = start_candidate(
        ctx.engine,
        image=ctx.sandbox.image,
        command=uvicorn_command(app.module, app.attribute, app.app_dir, app.factory),
        limits=ctx.settings.limits,
        labels=run_labels(ctx.run_id, "candidate"),
        environment=candidate_environment_with_services(ctx.environment, started),
        network=started.network,
    )
    sidecar = start_sidecar(
        ctx.engine, image=probe.image, candidate=candidate, labels=run_labels(ctx.run_id, "sidecar")
    )
    script = (
        "import json, time, urllib.request as u\n"
        "for _ in range(80):\n"
        "    try: u.urlopen(BASE + '/todos', timeout=2); break\n"
        "    except Exception: time.sleep(0.5)\n"
        "req = u.Request(BASE + '/todos', data=json.dumps({'title': 'via the app'}).encode(),\n"
        "                headers={'content-type': 'application/json'}, method='POST')\n"
        "print(u.urlopen(req, timeout=5).status)\n"
        "print(u.urlopen(BASE + '/todos', timeout=5).read().decode())\n"
    )
    code, output = sidecar.exec_run(["python", "-c", f"BASE = {BASE_URL!r}\n{script}"])
    text = output.decode("utf-8", "replace")
    assert code == 0, text + tail_logs(candidate, 50, 5000)
    status, body = text.strip().splitlines()[-2:]
    assert status == "201"
    assert [t["title"] for t in json.loads(body)] == ["from the check", "via the app"]


def test_sigkilled_holder_of_servers_is_swept(
    docker_client: Any, settings: GradeSettings, tmp_path: Path
) -> None:
    """A process holding PostgreSQL, Redis and their network dies by SIGKILL: the next sweep
    removes every one of its containers and its network."""
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.docker.hold_services",
            str(FIXTURES / "compose_renamed"),
            str(tmp_path / "ws"),
            settings.model_dump_json(),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith("READY "), line + (proc.stderr.read() if proc.stderr else "")
        owned = {"label": [f"{LABEL_MANAGED}=true", f"{LABEL_OWNER_PID}={proc.pid}"]}
        assert len(docker_client.containers.list(filters=owned)) == 2
        assert len(docker_client.api.networks(filters=owned)) == 1
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        assert docker_client.containers.list(all=True, filters=owned) != []
        sweep_stale(docker_client)
        assert docker_client.containers.list(all=True, filters=owned) == []
        assert docker_client.api.networks(filters=owned) == []
    finally:
        if proc.poll() is None:
            proc.kill()


def test_a_failing_migration_is_its_own_reason(
    docker_client: Any, settings: GradeSettings, tmp_path: Path
) -> None:
    """pg_alembic with a second migration that references a table nobody created: the start
    fails because of the migrations, and the finding points at the migration's line."""
    folder = tmp_path / "pg_alembic_broken"
    shutil.copytree(FIXTURES / "pg_alembic", folder)
    (folder / "alembic" / "versions" / "0002_broken.py").write_text(
        '"""broken"""\n\nfrom alembic import op\n\nrevision = "0002"\ndown_revision = "0001"\n'
        "branch_labels = None\ndepends_on = None\n\n\ndef upgrade() -> None:\n"
        '    op.execute("ALTER TABLE nowhere ADD COLUMN x integer")\n'
    )
    ctx = make_context(folder, tmp_path / "ws", docker_client, settings)
    try:
        build_phase(ctx)
        started = start_services(ctx)
        with pytest.raises(PhaseFailed, match=r"migrations failed .*alembic upgrade head"):
            run_migrations(ctx, started)
        (finding,) = [f for f in ctx.grading.findings if f.rule == "SERVICE-MIGRATION-FAILED"]
        assert (finding.file, finding.line) == ("alembic/versions/0002_broken.py", 12)
        assert "nowhere" in finding.detail, finding.detail
        assert ctx.grading.metrics["migrate_status"] == "failed"
    finally:
        remove_run(docker_client, ctx.run_id)
    assert count_run_objects(docker_client, ctx.run_id) == 0


_REDIS_FRESH = """
import os, redis
r = redis.Redis.from_url(os.environ["REDIS_URL"])
print("CHECK-OK", r.get("k"), r.set("k", "v"))
"""
_MARIADB_FRESH = """
from sqlalchemy import text
from app.db import engine
with engine.begin() as c:
    c.execute(text("CREATE TABLE IF NOT EXISTS left_behind (i integer)"))
    c.execute(text("INSERT INTO left_behind VALUES (1)"))
    print("CHECK-OK", c.execute(text("SELECT count(*) FROM left_behind")).scalar_one())
"""
FRESH = {
    "pg_alembic": (_PG_CHECK, "CHECK-OK 1 todo@todos"),
    "redis_cache": (_REDIS_FRESH, "CHECK-OK None True"),
    "mariadb_pymysql": (_MARIADB_FRESH, "CHECK-OK 1"),
}


@pytest.mark.parametrize("name", list(FRESH))
def test_the_suite_gets_fresh_servers(
    name: str, docker_client: Any, settings: GradeSettings, tmp_path: Path
) -> None:
    """What a first run wrote is gone before the suite's run, and the migrations ran again: the
    same write-and-count gives the same answer twice (1 todo, a key not yet set, 1 row)."""
    script, expected = FRESH[name]
    ctx = make_context(FIXTURES / name, tmp_path / "ws", docker_client, settings)
    try:
        build_phase(ctx)
        started = start_services(ctx)
        run_migrations(ctx, started)
        assert expected in run_in_candidate_image(ctx, started, script)
        assert expected not in run_in_candidate_image(ctx, started, script)  # kept without reset
        assert fresh_servers(ctx, started) == "ok"
        output = run_in_candidate_image(ctx, started, script)
        assert expected in output, output
    finally:
        remove_run(docker_client, ctx.run_id)
    assert count_run_objects(docker_client, ctx.run_id) == 0
