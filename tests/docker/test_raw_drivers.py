"""Queries sent by raw drivers are counted per request (tests/fixtures/services/pg_raw_drivers):
asyncpg's pool, psycopg's async and sync connections and psycopg2 under a dict cursor each ask
once per post for its author, on a real PostgreSQL. The loop monitor charges every statement to the request and to the
line in the loop that sent it, so the load phase can name an N+1 there (fresh bw64-02: an N+1
over psycopg had no query counted). Nothing is left after.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from grader.models import PhaseName
from grader.phases.blocking import read_loop_records
from grader.pipeline import PHASES, run_phases
from grader.sandbox.containers import BASE_URL, tail_logs
from grader.sandbox.sweep import count_run_objects, remove_run
from grader.settings import GradeSettings
from tests.conftest import ROOT
from tests.docker.test_services import make_context

pytestmark = pytest.mark.docker

FIXTURE = ROOT / "tests" / "fixtures" / "services" / "pg_raw_drivers"
PATHS = ("/posts", "/posts/psycopg", "/posts/sync", "/posts/psycopg2")
_GET_EACH = """
import json, urllib.request as u
print(json.dumps([u.urlopen(BASE + path, timeout=20).status for path in PATHS]))
"""
# The app's own connection class is left alone: its rows stay dicts, uncounted.
UNTOUCHED = "/posts/realdict"


def _line(marker: str) -> int:
    source = (FIXTURE / "main.py").read_text(encoding="utf-8").splitlines()
    return next(number for number, text in enumerate(source, 1) if marker in text)


def test_raw_driver_queries_are_counted_where_the_loop_sends_them(
    docker_client: Any, settings: GradeSettings, tmp_path: Path
) -> None:
    ctx = make_context(FIXTURE, tmp_path / "ws", docker_client, settings)
    phases = tuple(p for p in PHASES if p.name in (PhaseName.BUILD, PhaseName.START))
    try:
        run_phases(ctx, phases)
        assert ctx.grading.ok(PhaseName.START), (ctx.grading.phases, ctx.grading.findings)
        script = f"BASE = {BASE_URL!r}\nPATHS = {(*PATHS, UNTOUCHED)!r}\n" + _GET_EACH
        code, output = ctx.sidecar().exec_run(["python", "-c", script])
        app_log = tail_logs(ctx.candidate(), 60, 8000)
        assert code == 0, (output.decode("utf-8", "replace"), app_log)
        requests: dict[str, Any] = {}
        deadline = time.monotonic() + 15  # the monitor writes its records every quarter second
        while not set(PATHS) <= set(requests) and time.monotonic() < deadline:
            time.sleep(0.3)
            lines = ctx.sandbox.loop_records + read_loop_records(ctx.candidate())
            records = [json.loads(line) for line in lines]
            requests = {r["route"]: r for r in records if r.get("kind") == "request"}
        assert set(PATHS) <= set(requests), (requests.keys(), app_log)
        for path, marker in zip(
            PATHS,
            (
                "# asyncpg per post",
                "# psycopg async per post",
                "# psycopg sync per post",
                "# psycopg2 per post",
            ),
            strict=True,
        ):
            request = requests[path]
            assert request["statements"] == 1 + 6, (path, request["sql_sites"], requests)
            sites = {(s["file"], s["line"]): s["count"] for s in request["sql_sites"]}
            assert sites.get(("main.py", _line(marker))) == 6, (path, sites)
    finally:
        remove_run(docker_client, ctx.run_id)
    assert count_run_objects(docker_client, ctx.run_id) == 0
