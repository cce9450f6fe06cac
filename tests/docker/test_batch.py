"""Batch grading for real: SQLite with two local workers, then Redis with a worker SIGKILLed.

One SQLite batch (three samples plus a disguised copy of notes_keyerror) is run twice and shared by
several tests; the Redis batch grades notes_keyerror again with two `grade worker` processes and
kills the one that took it, mid-grading. Settings keep fuzzing small: this is about the queue, not the probes.
"""

from __future__ import annotations

import csv
import hashlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import redis

import grader
from grader import GradeSettings, Report
from grader.batch import BatchOptions, BatchOutcome, run_batch
from grader.batch.broker import open_broker
from grader.batch.jobs import job_key
from grader.batch.tasks import heartbeat_key
from tests.conftest import BASE_IMAGE, SAMPLES
from tests.docker.conftest import managed_objects, zip_folder
from tests.unit.batch.copies import disguised_copy

SETTINGS = GradeSettings(base_image=BASE_IMAGE, fuzz_max_examples=3, fuzz_budget_seconds=20)
ZIPPED = ("notes_keyerror", "todo_good", "todo_missing_dep")
NAMES = (*ZIPPED, "notes_copy")


@dataclass
class Runs:
    out: Path
    first: BatchOutcome
    second: BatchOutcome
    first_seconds: float
    second_seconds: float


@pytest.fixture(scope="module")
def batch_input(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("batch-in")
    for sample in ZIPPED:
        zip_folder(SAMPLES / sample, folder / f"{sample}.zip")
    disguised_copy(SAMPLES / "notes_keyerror", folder / "notes_copy")
    return folder


@pytest.fixture(scope="module")
def sqlite_runs(batch_input: Path, tmp_path_factory: pytest.TempPathFactory) -> Runs:
    out = tmp_path_factory.mktemp("batch-out")
    options = BatchOptions(out=out, workers=2, formats=("json", "html"), settings=SETTINGS)
    started = time.monotonic()
    first = run_batch(batch_input, options)
    middle = time.monotonic()
    second = run_batch(batch_input, options)
    return Runs(out, first, second, middle - started, time.monotonic() - middle)


def _report(out: Path, name: str) -> Report:
    return Report.model_validate_json((out / f"{name}.json").read_text())


def test_every_report_and_summary_arrives(sqlite_runs: Runs) -> None:
    out = sqlite_runs.out
    assert sqlite_runs.first.failed == 0 and sqlite_runs.first.graded == 4
    statuses = {name: _report(out, name).status.value for name in NAMES}
    assert statuses["todo_missing_dep"] == "build_failed"
    assert all(statuses[n] in ("graded", "partial") for n in NAMES if n != "todo_missing_dep")
    for name in NAMES:
        assert (out / f"{name}.html").is_file()
    rows = {row["name"]: row for row in csv.DictReader((out / "summary.csv").open())}
    assert sorted(rows) == sorted(NAMES)
    assert rows["todo_missing_dep"]["status"] == "build_failed"
    assert rows["notes_keyerror"]["score"] and rows["notes_keyerror"]["percentile"]
    page = (out / "summary.html").read_text()
    assert page.count("<svg") == 2 and "todo_good" in page


def test_the_disguised_copy_is_found_and_reported_on_both_sides(sqlite_runs: Runs) -> None:
    out = sqlite_runs.out
    pairs = list(csv.DictReader((out / "similarity.csv").open()))
    top = pairs[0]
    assert {top["a"], top["b"]} == {"notes_copy", "notes_keyerror"}
    assert float(top["similarity"]) >= 0.8 and "main.py:" in top["shared_regions"]
    for name, other in (("notes_copy", "notes_keyerror"), ("notes_keyerror", "notes_copy")):
        similar = [f for f in _report(out, name).findings if f.rule == "SIMILAR-SUBMISSION"]
        assert len(similar) == 1 and repr(other) in similar[0].detail
    unrelated = _report(out, "todo_good").findings
    assert not [f for f in unrelated if f.rule == "SIMILAR-SUBMISSION"]


def test_a_second_run_reuses_every_grading(sqlite_runs: Runs) -> None:
    second = sqlite_runs.second
    assert (second.reused, second.graded, second.failed) == (4, 0, 0)
    assert sqlite_runs.second_seconds < sqlite_runs.first_seconds / 5


def test_no_local_worker_is_left_running(sqlite_runs: Runs) -> None:
    queue = str(sqlite_runs.out / ".grader-batch" / "queue.db")
    left = []
    for proc in Path("/proc").iterdir():
        try:
            cmdline = (proc / "cmdline").read_bytes().decode(errors="replace")
        except OSError:
            continue
        if queue in cmdline:
            left.append(proc.name)
    assert left == []


# --- Redis: workers as separate processes, one of them killed -----------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    server = shutil.which("redis-server")
    assert server, "redis-server is not installed (apt-get install redis-server)"
    port = _free_port()
    proc = subprocess.Popen(
        [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        client = redis.Redis(host="127.0.0.1", port=port)
        deadline = time.monotonic() + 10
        while True:
            try:
                client.ping()
                break
            except redis.ConnectionError:
                assert time.monotonic() < deadline, "redis-server did not answer"
                time.sleep(0.1)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        proc.terminate()
        proc.wait(10)


def _start_worker(url: str, log: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "grader.batch", "worker", "--broker", url],
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def _parent_of(pid: int) -> int:
    stat = Path(f"/proc/{pid}/stat").read_text()
    return int(stat.rsplit(")", 1)[1].split()[1])


def _wait_for_heartbeat(url: str, key: str, timeout: float) -> dict[str, Any]:
    huey = open_broker(url).huey
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        beat = huey.get(heartbeat_key(key), peek=True)
        if beat is not None:
            return dict(beat)
        time.sleep(0.2)
    raise AssertionError("no worker started grading within the time limit")


def test_redis_workers_survive_one_killed_mid_grading(
    redis_url: str,
    batch_input: Path,
    sqlite_runs: Runs,
    tmp_path: Path,
    docker_client: Any,
) -> None:
    subset = tmp_path / "in"
    subset.mkdir()  # one job: the survivor is idle when it comes back, which keeps this cheap
    shutil.copy(batch_input / "notes_keyerror.zip", subset / "notes_keyerror.zip")
    sha = hashlib.sha256((subset / "notes_keyerror.zip").read_bytes()).hexdigest()
    key = job_key(sha, grader.__version__, SETTINGS)
    workers = [_start_worker(redis_url, tmp_path / f"worker-{i}.log") for i in (1, 2)]
    options = BatchOptions(
        out=tmp_path / "out",
        broker=redis_url,
        workers=0,
        settings=SETTINGS,
        stale_after_seconds=10,
    )
    outcomes: list[BatchOutcome] = []
    collector = threading.Thread(target=lambda: outcomes.append(run_batch(subset, options)))
    collector.start()
    try:
        beat = _wait_for_heartbeat(redis_url, key, timeout=120)
        child = int(beat["worker"].rsplit(":", 1)[1])
        victim = next(w for w in workers if w.pid == _parent_of(child))
        os.killpg(victim.pid, signal.SIGKILL)  # the machine dies: consumer and grading at once
        victim.wait(10)
        collector.join(timeout=900)
        assert outcomes, "the Redis batch did not finish"
    finally:
        for worker in workers:
            if worker.poll() is None:
                os.killpg(worker.pid, signal.SIGINT)
        for worker in workers:
            try:
                worker.wait(60)
            except subprocess.TimeoutExpired:
                os.killpg(worker.pid, signal.SIGKILL)
                worker.wait()
    outcome = outcomes[0]
    assert outcome.failed == 0 and outcome.requeued >= 1
    got, want = _report(options.out, "notes_keyerror"), _report(sqlite_runs.out, "notes_keyerror")
    # Verdicts are not compared: the pipeline may change between the two batches of a session.
    assert got.submission == want.submission and got.status == want.status
    assert got.grader_version == want.grader_version
    # The killed grading's containers went with the next grading's start-up sweep.
    assert managed_objects(docker_client, owner_pid=child) == []
