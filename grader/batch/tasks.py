"""The grading task a worker runs, and what travels through the broker to and from it.

The submission travels as bytes in Huey's storage (an archive as-is, a folder as the tar of what
intake extracted), so a worker on another machine needs no shared disk. The result is the report
JSON plus the lines of the files its findings point at, so the collector can render md and html
and write every file itself: workers never write into the output folder. While it grades, the
task refreshes a heartbeat in the same storage; a worker killed with SIGKILL stops refreshing it,
and the collector enqueues the job again.
"""

from __future__ import annotations

import contextlib
import io
import os
import socket
import tarfile
import tempfile
import threading
import time
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel

from grader.intake import intake

RETRIES = 2
RETRY_DELAY_SECONDS = 5
HEARTBEAT_SECONDS = 3.0
TASK_NAME = "grade_submission"


class GraderVersionMismatch(Exception):
    """A worker runs another grader version than the batch asked for; its report would lie."""


class SubmissionPayload(BaseModel):
    name: str
    kind: Literal["archive", "tree"]
    data: bytes


class GradedPayload(BaseModel):
    """What a finished task returns through Huey's result store."""

    report: str
    excerpts: dict[str, list[str]]
    worker: str
    seconds: float


def payload_key(key: str) -> str:
    return f"payload:{key}"


def heartbeat_key(key: str) -> str:
    return f"heartbeat:{key}"


def pack_submission(source: Path) -> SubmissionPayload:
    """An archive travels as its bytes; a folder as a tar of the tree intake extracts from it
    (a git repository's HEAD, no .venv), which grades to the same listing sha256."""
    if source.is_file():
        return SubmissionPayload(name=source.name, kind="archive", data=source.read_bytes())
    buffer = io.BytesIO()
    with tempfile.TemporaryDirectory(prefix="grader-batch-pack-") as tmp:
        intake(source, Path(tmp))
        with tarfile.open(fileobj=buffer, mode="w:gz") as tar:
            for path in sorted(Path(tmp).rglob("*")):
                tar.add(path, arcname=path.relative_to(tmp).as_posix(), recursive=False)
    name = source.resolve().name or "submission"
    return SubmissionPayload(name=name, kind="tree", data=buffer.getvalue())


def unpack_submission(payload: SubmissionPayload, into: Path) -> Path:
    """Recreate the submission under `into` with its original name (the report names it)."""
    name = payload.name
    if name in ("", ".", "..") or "/" in name or "\0" in name:
        name = "submission"
    target = into / name
    if payload.kind == "archive":
        target.write_bytes(payload.data)
        return target
    target.mkdir()
    with tarfile.open(fileobj=io.BytesIO(payload.data), mode="r:gz") as tar:
        tar.extractall(target, filter="data")
    return target


class Heartbeat:
    """Refreshes `heartbeat:<key>` every few seconds while the grading runs."""

    def __init__(self, huey: Any, key: str) -> None:
        self._huey = huey
        self._key = heartbeat_key(key)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="grader-heartbeat", daemon=True)
        self.worker = f"{socket.gethostname()}:{os.getpid()}"

    def __enter__(self) -> Heartbeat:
        self._beat(0)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=HEARTBEAT_SECONDS * 2)

    def _beat(self, count: int) -> None:
        self._huey.put(self._key, {"worker": self.worker, "beat": count, "at": time.time()})

    def _run(self) -> None:
        count = 1
        while not self._stop.wait(HEARTBEAT_SECONDS):
            with contextlib.suppress(Exception):  # a broker hiccup: the next beat tries again
                self._beat(count)
            count += 1


def run_grading(huey: Any, key: str, settings: dict[str, Any], version: str) -> dict[str, Any]:
    """Grade the job's submission with the batch's settings; exceptions make Huey retry."""
    from grader import GradeSettings, __version__, grade
    from grader.reporters import RENDERERS

    if version != __version__:
        raise GraderVersionMismatch(f"worker runs grader {__version__}, the batch wants {version}")
    raw = huey.get(payload_key(key), peek=True)
    if raw is None:
        raise LookupError(f"the submission of job {key} is not in the broker's storage")
    payload = SubmissionPayload.model_validate(raw)
    with Heartbeat(huey, key) as beat, tempfile.TemporaryDirectory(prefix="grader-job-") as tmp:
        source = unpack_submission(payload, Path(tmp))
        started = time.monotonic()
        report = grade(source, GradeSettings.model_validate(settings))
        return GradedPayload(
            report=RENDERERS["json"](report),
            excerpts=report.source_excerpts,
            worker=beat.worker,
            seconds=round(time.monotonic() - started, 2),
        ).model_dump()


def register(huey: Any) -> Any:
    """Register the grading task on `huey` under one stable name; returns the task wrapper."""

    def grade_submission(key: str, settings: dict[str, Any], version: str) -> dict[str, Any]:
        return run_grading(huey, key, settings, version)

    return huey.task(retries=RETRIES, retry_delay=RETRY_DELAY_SECONDS, name=TASK_NAME)(
        grade_submission
    )
