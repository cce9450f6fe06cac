"""What a batch remembers between runs: one file per finished job key, in the output folder.

A key in `done/` is never graded again (a second run of the same batch only re-renders); a key in
`failed/` records why the grading failed after every retry, and is tried again by the next run,
since a crash may have been the machine's fault rather than the submission's.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from pydantic import BaseModel, ValidationError

from grader.batch.tasks import GradedPayload

STATE_FOLDER = ".grader-batch"


class JobFailure(BaseModel):
    name: str
    sha256: str
    key: str
    reason: str
    attempts: int


def state_folder(out: Path) -> Path:
    return out / STATE_FOLDER


class JobStore:
    """`done/<key>.json` holds the task's result as it came back; `failed/<key>.json` a reason."""

    def __init__(self, out: Path) -> None:
        self.done_dir = state_folder(out) / "done"
        self.failed_dir = state_folder(out) / "failed"
        self.done_dir.mkdir(parents=True, exist_ok=True)
        self.failed_dir.mkdir(parents=True, exist_ok=True)

    def done(self, key: str) -> GradedPayload | None:
        path = self.done_dir / f"{key}.json"
        try:
            return GradedPayload.model_validate_json(path.read_bytes())
        except (OSError, ValidationError):
            return None  # absent, or half-written by a run that died: grade it again

    def save_done(self, key: str, payload: GradedPayload) -> None:
        _write_atomic(self.done_dir / f"{key}.json", payload.model_dump_json())
        (self.failed_dir / f"{key}.json").unlink(missing_ok=True)

    def save_failed(self, failure: JobFailure) -> None:
        _write_atomic(self.failed_dir / f"{failure.key}.json", failure.model_dump_json(indent=2))


def _write_atomic(path: Path, text: str) -> None:
    """Write through a temporary file and rename, so a killed collector leaves no half file."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    _write_atomic(path, text)
