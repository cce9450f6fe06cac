"""The collector against a real SQLite Huey, with the worker's side played in-process."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from grader.batch.broker import Broker
from grader.batch.collector import Collector
from grader.batch.jobs import Job
from grader.batch.store import JobFailure, JobStore
from grader.batch.tasks import GradedPayload, heartbeat_key, payload_key
from grader.models import Report
from grader.settings import GradeSettings


def _collector(broker: Broker, tmp_path: Path, stale_after: float = 60.0) -> Collector:
    return Collector(
        huey=broker.huey,
        grade_task=broker.grade_task,
        store=JobStore(tmp_path / "out"),
        settings=GradeSettings(fuzz_max_examples=3),
        version="0.1.0",
        stale_after=stale_after,
        max_requeues=2,
    )


def _run_worker_once(broker: Broker) -> Any:
    task = broker.huey.dequeue()
    assert task is not None
    return broker.huey.execute(task)


def _poll(collector: Collector) -> list[tuple[Job, GradedPayload | JobFailure]]:
    got: list[tuple[Job, GradedPayload | JobFailure]] = []
    collector.poll(lambda job, outcome: got.append((job, outcome)))
    return got


def test_a_graded_job_comes_back_with_report_and_excerpts(
    broker: Broker, tmp_path: Path, job: Job, fake_grade: list[Any]
) -> None:
    collector = _collector(broker, tmp_path)
    collector.submit(job)
    collector.submit(job)  # submitting again while queued enqueues nothing more
    assert [t.id for t in broker.huey.pending()] == [job.task_id]
    _run_worker_once(broker)
    ((source, settings),) = fake_grade
    assert source.name == "notes_keyerror" and source.is_dir() is False  # temp copy is gone
    assert settings.fuzz_max_examples == 3  # the batch's settings travel with the task
    ((got_job, outcome),) = _poll(collector)
    assert got_job == job and isinstance(outcome, GradedPayload)
    assert Report.model_validate_json(outcome.report).submission.name == "notes_keyerror"
    assert outcome.excerpts == {"main.py": ["line one"]}
    assert collector.store.done(job.key) == outcome
    assert not collector.watching
    for key in (job.task_id, payload_key(job.key), heartbeat_key(job.key)):
        assert broker.huey.get(key, peek=True) is None  # the broker is left clean


def test_a_crashing_grading_is_retried_then_recorded_as_failed(
    broker: Broker, tmp_path: Path, job: Job, fake_grade: list[Any]
) -> None:
    collector = _collector(broker, tmp_path)
    collector.settings = GradeSettings()
    collector.submit(job)
    import grader

    def crash(source: Path, settings: Any = None, on_event: Any = None) -> Report:
        fake_grade.append(source)
        raise RuntimeError("engine went away")

    grader.grade = crash
    for attempt in range(3):
        assert _poll(collector) == []  # a retry is pending or scheduled: nothing to collect
        task = broker.huey.dequeue()
        if task is None:  # the retry waits in the schedule for its delay
            (task,) = broker.huey.scheduled()
            broker.huey.storage.flush_schedule()
            task.eta = None  # skip the retry delay
        broker.huey.execute(task)
        assert len(fake_grade) == attempt + 1
    ((_, outcome),) = _poll(collector)
    assert isinstance(outcome, JobFailure)
    assert "engine went away" in outcome.reason and outcome.attempts == 3
    assert (collector.store.failed_dir / f"{job.key}.json").is_file()
    assert collector.store.done(job.key) is None


def test_a_job_whose_worker_died_is_enqueued_again_then_failed(
    broker: Broker, tmp_path: Path, job: Job
) -> None:
    collector = _collector(broker, tmp_path, stale_after=0.05)
    collector.submit(job)
    for requeue in (1, 2):
        assert broker.huey.dequeue() is not None  # a worker takes it and is SIGKILLed
        time.sleep(0.1)
        assert _poll(collector) == []
        assert [t.id for t in broker.huey.pending()] == [job.task_id]
        assert collector.requeued == requeue
    assert broker.huey.dequeue() is not None
    time.sleep(0.1)
    ((_, outcome),) = _poll(collector)
    assert isinstance(outcome, JobFailure) and outcome.reason.startswith("lost")


def test_a_fresh_heartbeat_keeps_a_long_grading_alive(
    broker: Broker, tmp_path: Path, job: Job
) -> None:
    collector = _collector(broker, tmp_path, stale_after=0.2)
    collector.submit(job)
    assert broker.huey.dequeue() is not None
    for beat in range(5):
        broker.huey.put(heartbeat_key(job.key), {"beat": beat})
        time.sleep(0.1)
        _poll(collector)
    assert collector.requeued == 0 and broker.huey.pending() == []
    time.sleep(0.3)  # the beats stop: the worker died
    _poll(collector)
    assert collector.requeued == 1


def test_a_result_left_by_an_earlier_run_is_collected_without_grading_again(
    broker: Broker, tmp_path: Path, job: Job
) -> None:
    payload = GradedPayload(report="{}", excerpts={}, worker="w", seconds=1.0)
    broker.huey.put_result(job.task_id, payload.model_dump())
    collector = _collector(broker, tmp_path)
    collector.submit(job)
    assert broker.huey.pending() == []
    ((_, outcome),) = _poll(collector)
    assert outcome == payload


@pytest.mark.parametrize("version", ["9.9.9"])
def test_a_worker_of_another_version_refuses_the_job(
    broker: Broker, tmp_path: Path, job: Job, fake_grade: list[Any], version: str
) -> None:
    collector = _collector(broker, tmp_path)
    collector.version = version
    collector.submit(job)
    task = broker.huey.dequeue()
    task.retries = 0
    broker.huey.execute(task)
    ((_, outcome),) = _poll(collector)
    assert isinstance(outcome, JobFailure) and "9.9.9" in outcome.reason
    assert fake_grade == []
