"""A submission written for `docker compose` with published ports
(tests/fixtures/services/pg_localhost_config): the app reads its PostgreSQL address from
config.toml (`host = "localhost"`, no environment variable the grader could point elsewhere) and
its suite connects to `postgresql://...@localhost:5432/notes_test` by hand. The loopback relay in
each of the candidate's containers forwards 127.0.0.1:5432 to the grading's server, so the app
starts, a write and a read through the probe sidecar answer from PostgreSQL, and the suite passes
(its sabotage run too has the relay). Build, start and the candidate's tests run through the
pipeline's own loop; nothing is left after.

The relay itself also runs under each Python a candidate's image may have (Debian's 3.9, 3.11,
3.13 base images), in a container with no network: an echo server, a route to it, a dead route;
the container ends with its main process though the relay it forked is still serving.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import pytest

from grader.models import PhaseName
from grader.pipeline import PHASES, run_phases
from grader.sandbox.build import image_exists
from grader.sandbox.containers import put_file, tail_logs
from grader.sandbox.engine import run_labels
from grader.sandbox.images import PROBES_DIR
from grader.sandbox.sweep import count_run_objects, remove_run
from grader.settings import GradeSettings
from tests.conftest import ROOT
from tests.docker.conftest import write_then_read
from tests.docker.test_services import make_context

pytestmark = pytest.mark.docker

FIXTURE = ROOT / "tests" / "fixtures" / "services" / "pg_localhost_config"
_NEEDED = (PhaseName.BUILD, PhaseName.START, PhaseName.CANDIDATE_TESTS)


def test_localhost_in_a_config_file_and_in_the_suite_reaches_the_server(
    docker_client: Any, settings: GradeSettings, tmp_path: Path
) -> None:
    ctx = make_context(FIXTURE, tmp_path / "ws", docker_client, settings)
    try:
        # The app first: the candidate's suite stops it (its servers are emptied for the suite).
        serve = tuple(
            p for p in PHASES if p.name in _NEEDED and p.name != PhaseName.CANDIDATE_TESTS
        )
        run_phases(ctx, serve)
        grading, metrics = ctx.grading, ctx.grading.metrics
        assert grading.ok(PhaseName.START), (grading.phases, grading.findings)
        assert metrics["services"] == "postgres:db,postgres"
        assert metrics["services_relay"] == "127.0.0.1:5432 -> db:5432"
        assert "services_env" not in metrics  # no variable reaches the app's address
        assert not [f for f in grading.findings if f.rule.startswith("SERVICE-")]

        (write, write_body), (read, read_body) = write_then_read(
            ctx, "/notes", {"text": "through the relay"}
        )
        app_log = tail_logs(ctx.candidate(), 60, 8000)
        assert (write, read) == (201, 200), (write_body, read_body, app_log)
        assert "through the relay" in [note["text"] for note in json.loads(read_body)]

        run_phases(ctx, tuple(p for p in PHASES if p.name == PhaseName.CANDIDATE_TESTS)[-1:])
        assert metrics["tests_fresh_servers"] == "ok", metrics
        assert grading.ok(PhaseName.CANDIDATE_TESTS), grading.phases
        assert (metrics["tests.passed"], metrics["tests.failed"]) == (2, 0), metrics
        assert not [f for f in grading.findings if f.rule == "TESTS-FAILING"]
        # The suite's container ended with its suite: the relay never holds a container open.
        tests = grading.phases[PhaseName.CANDIDATE_TESTS]
        assert tests.seconds < 120, tests
    finally:
        remove_run(docker_client, ctx.run_id)
    assert count_run_objects(docker_client, ctx.run_id) == 0


_RELAY_UNDER_THIS_PYTHON = """
import socket, socketserver, subprocess, sys, threading

class Echo(socketserver.BaseRequestHandler):
    def handle(self):
        data = self.request.recv(65536)
        while data:
            self.request.sendall(data)
            data = self.request.recv(65536)

server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Echo)
threading.Thread(target=server.serve_forever, daemon=True).start()
echo = server.server_address[1]
relay = [sys.executable, "-I", "-S", "/tmp/service_relay.py", "--detach"]
done = subprocess.run(relay + ["15432=localhost:%d" % echo, "15433=localhost:1"], timeout=20)
with socket.create_connection(("127.0.0.1", 15432), timeout=10) as client:
    client.sendall(b"x" * 100000)
    client.shutdown(socket.SHUT_WR)
    received = b""
    chunk = client.recv(65536)
    while chunk:
        received += chunk
        chunk = client.recv(65536)
with socket.create_connection(("127.0.0.1", 15433), timeout=10) as dead:
    closed = dead.recv(10) == b""
print("RELAY", sys.version_info[:2], done.returncode, len(received), closed)
"""


@pytest.mark.parametrize(
    "image", ["grader-base:bullseye", "grader-base:bookworm", "grader-base:trixie"]
)
def test_the_relay_runs_under_each_python_and_holds_no_container_open(
    image: str, docker_client: Any
) -> None:
    if not image_exists(docker_client, image):
        pytest.skip(f"{image} is not built (make images PYTHON_IMAGES={image})")
    run_id = f"relay{uuid.uuid4().hex[:9]}"
    container = docker_client.containers.create(
        image,
        command=["python3", "-c", _RELAY_UNDER_THIS_PYTHON],
        network_mode="none",
        user="10001:10001",
        labels=run_labels(run_id, "relay"),
    )
    try:
        put_file(container, "/tmp/service_relay.py", (PROBES_DIR / "service_relay.py").read_bytes())
        container.start()
        status = container.wait(timeout=60)  # the relay forked off and still serves: no matter
        output = container.logs().decode("utf-8", "replace")
        assert status["StatusCode"] == 0, output
        assert output.strip().splitlines()[-1].endswith("0 100000 True"), output
    finally:
        remove_run(docker_client, run_id)
    assert count_run_objects(docker_client, run_id) == 0
