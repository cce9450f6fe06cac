"""run_batch end to end without Docker: the worker's side is played in-process with a fake grade."""

from __future__ import annotations

import csv
import json
import threading
import time
import zipfile
from pathlib import Path
from typing import Any

from grader.batch import BatchOptions, BatchOutcome, run_batch
from grader.batch.broker import open_broker, sqlite_broker
from grader.batch.collector import BatchProgress
from grader.models import RedFlag
from grader.settings import GradeSettings
from tests.conftest import SAMPLES
from tests.unit.batch.copies import disguised_copy


def _cohort(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    with zipfile.ZipFile(folder / "notes.zip", "w") as zf:
        for path in sorted((SAMPLES / "notes_keyerror").rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                zf.write(path, f"notes/{path.relative_to(SAMPLES / 'notes_keyerror')}")
    disguised_copy(SAMPLES / "notes_keyerror", folder / "copycat")
    disguised_copy(SAMPLES / "todo_missing_dep", folder / "todo")  # unlike the others
    (folder / "broken.zip").write_bytes(b"this is no archive")
    return folder


def _run_with_inline_worker(folder: Path, options: BatchOptions) -> tuple[BatchOutcome, int]:
    """Run the batch in a thread; this thread takes tasks off the queue and executes them."""
    result: list[BatchOutcome] = []
    thread = threading.Thread(target=lambda: result.append(run_batch(folder, options)))
    thread.start()
    huey = open_broker(sqlite_broker(options.out)).huey
    executed = 0
    deadline = time.monotonic() + 60
    while thread.is_alive() and time.monotonic() < deadline:
        task = huey.dequeue()
        if task is None:
            time.sleep(0.02)
            continue
        huey.execute(task)
        executed += 1
    thread.join(5)
    assert result, "the batch did not finish"
    return result[0], executed


def test_batch_writes_reports_summaries_and_similarity_then_reuses_them(
    tmp_path: Path, fake_grade: list[Any]
) -> None:
    folder = _cohort(tmp_path)
    out = tmp_path / "out"
    options = BatchOptions(
        out=out,
        workers=0,
        formats=("json", "md", "html"),
        settings=GradeSettings(fuzz_max_examples=2),
        poll_seconds=0.02,
    )
    outcome, executed = _run_with_inline_worker(folder, options)
    assert executed == 3 and len(fake_grade) == 3  # broken.zip never reaches a worker
    assert (outcome.total, outcome.failed, outcome.reused) == (4, 0, 0)
    for name in ("notes", "copycat", "todo", "broken"):
        assert json.loads((out / f"{name}.json").read_text())["schema_version"] == "1"
        assert (out / f"{name}.md").is_file() and (out / f"{name}.html").is_file()
    assert json.loads((out / "broken.json").read_text())["status"] == "rejected"

    notes = json.loads((out / "notes.json").read_text())
    similar = [f for f in notes["findings"] if f["rule"] == "SIMILAR-SUBMISSION"]
    assert len(similar) == 1 and "'copycat'" in similar[0]["detail"]
    assert similar[0]["file"] == "main.py" and similar[0]["severity"] == "info"
    todo = json.loads((out / "todo.json").read_text())
    assert not [f for f in todo["findings"] if f["rule"] == "SIMILAR-SUBMISSION"]
    assert "SIMILAR-SUBMISSION" in (out / "copycat.html").read_text()  # md only counts info notes
    assert "1 info note" in (out / "copycat.md").read_text()

    rows = list(csv.DictReader((out / "summary.csv").open()))
    assert [r["name"] for r in rows] == ["broken", "copycat", "notes", "todo"]
    assert list(rows[0]) == [
        "name", "sha256", "status", "score", *[f.value for f in RedFlag], "percentile", "reason",
    ]  # fmt: skip
    by_name = {r["name"]: r for r in rows}
    assert by_name["notes"]["score"] == "72.5" and by_name["notes"]["percentile"] == "50"
    assert by_name["notes"]["testing_gaps"] == "raised"
    assert by_name["broken"]["status"] == "rejected" and by_name["broken"]["sha256"]

    pairs = list(csv.DictReader((out / "similarity.csv").open()))
    top = pairs[0]
    assert {top["a"], top["b"]} == {"notes", "copycat"} and float(top["similarity"]) >= 0.8
    assert "main.py:" in top["shared_regions"] and "~" in top["shared_regions"]
    assert "copycat" in (out / "summary.html").read_text()

    first_report = (out / "notes.json").read_text()
    (out / "notes.json").unlink()  # a lost output file is written again from the cache
    progress: list[BatchProgress] = []
    again = run_batch(folder, options, on_progress=progress.append)
    assert again.reused == 4 and len(fake_grade) == 3  # nothing graded twice
    assert (out / "notes.json").read_text() == first_report
    assert progress[-1].done == 4 and progress[-1].remaining == 0


def test_a_second_run_opens_no_queue_when_everything_is_done(
    tmp_path: Path, fake_grade: list[Any]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "broken.zip").write_bytes(b"nope")
    out = tmp_path / "out"
    first = run_batch(folder, BatchOptions(out=out, workers=0))
    assert first.graded == 1 and not (out / ".grader-batch" / "queue.db").exists()
    second = run_batch(folder, BatchOptions(out=out, workers=0))
    assert second.reused == 1 and second.graded == 0
    assert fake_grade == []
