"""Nothing of a grading is left behind: not on SIGTERM, SIGINT, nor after a SIGKILL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from grader.sandbox.engine import LABEL_MANAGED
from grader.sandbox.sweep import sweep_stale
from tests.conftest import BASE_IMAGE, ROOT, SAMPLES
from tests.docker.conftest import managed_objects, zip_folder


def _default_sigint() -> None:
    """A shell without job control starts background jobs with SIGINT ignored, and Python keeps
    an ignored SIGINT ignored: the grader under test must get Ctrl-C however the suite runs."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start_grading(archive: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "grader.cli", str(archive), "--quiet", "--base-image", BASE_IMAGE,
         "-o", str(archive.with_suffix(".json"))],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=_default_sigint,
    )


def _wait_for_candidate(client: Any, proc: subprocess.Popen[bytes], seconds: float = 240) -> None:
    """Wait until the grading has its candidate container running (so there is something to leak)."""
    flt = {"label": [f"{LABEL_MANAGED}=true", "grader.role=candidate", f"grader.owner_pid={proc.pid}"]}
    limit = time.monotonic() + seconds
    while time.monotonic() < limit:
        if client.api.containers(filters=flt):  # summaries: no inspect that a removal can break
            return
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        time.sleep(0.2)
    raise AssertionError("the grading never started its candidate container")


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_interrupted_grading_leaves_nothing(
    signum: int, docker_client: Any, tmp_path: Path
) -> None:
    archive = zip_folder(SAMPLES / "notes_keyerror", tmp_path / "notes.zip")
    proc = _start_grading(archive)
    try:
        _wait_for_candidate(docker_client, proc)
        proc.send_signal(signum)
        code = proc.wait(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert code == 130
    assert managed_objects(docker_client, proc.pid) == []


def test_sigkilled_grader_is_swept_at_next_start(docker_client: Any, tmp_path: Path) -> None:
    archive = zip_folder(SAMPLES / "notes_keyerror", tmp_path / "notes.zip")
    proc = _start_grading(archive)
    _wait_for_candidate(docker_client, proc)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert managed_objects(docker_client, proc.pid) != []
    sweep_stale(docker_client)
    assert managed_objects(docker_client, proc.pid) == []
