from __future__ import annotations

import fcntl
import hashlib
import os
import zipfile
from pathlib import Path

import pytest

from grader.batch.machine_lock import lock_path, machine_lock
from grader.batch.tasks import pack_submission, unpack_submission
from grader.intake import intake
from tests.conftest import SAMPLES


def test_a_folder_travels_as_a_tree_that_grades_to_the_same_sha256(tmp_path: Path) -> None:
    payload = pack_submission(SAMPLES / "todo_good")
    assert payload.kind == "tree" and payload.name == "todo_good"
    (tmp_path / "worker").mkdir()
    copy = unpack_submission(payload, tmp_path / "worker")
    assert copy.name == "todo_good"
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    original = intake(SAMPLES / "todo_good", tmp_path / "a")
    assert intake(copy, tmp_path / "b").sha256 == original.sha256


def test_an_archive_travels_as_its_bytes(tmp_path: Path) -> None:
    archive = tmp_path / "sub.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("sub/main.py", "print('hi')\n")
    payload = pack_submission(archive)
    (tmp_path / "w").mkdir()
    copy = unpack_submission(payload.model_copy(update={"name": "../evil.zip"}), tmp_path / "w")
    assert copy == tmp_path / "w" / "submission"  # a name cannot climb out
    assert (
        hashlib.sha256(copy.read_bytes()).hexdigest()
        == hashlib.sha256(archive.read_bytes()).hexdigest()
    )


def test_machine_lock_excludes_a_second_holder() -> None:
    with machine_lock("unit-test") as path:
        assert path == lock_path("unit-test")
        fd = os.open(path, os.O_RDWR)
        try:
            with pytest.raises(BlockingIOError):
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        finally:
            os.close(fd)
    fd = os.open(lock_path("unit-test"), os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # released on exit
    finally:
        os.close(fd)
    with pytest.raises(ValueError):
        lock_path("../etc/passwd")
