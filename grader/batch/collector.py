"""The collector: puts jobs on the queue and takes every result off it, losing none.

Huey removes a task from the queue when a worker takes it, so a worker killed mid-grading would
lose it. The collector therefore watches every job it is waiting for: a job is alive while its
task is pending (or scheduled for a retry) or while its heartbeat keeps changing. A job that is
neither for `stale_after` seconds (measured on the collector's clock, so clocks of other machines
do not matter) is enqueued again, a bounded number of times, then recorded as failed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from huey.utils import Error
from pydantic import BaseModel

from grader.batch.jobs import Job
from grader.batch.store import JobFailure, JobStore
from grader.batch.tasks import (
    RETRIES,
    GradedPayload,
    heartbeat_key,
    pack_submission,
    payload_key,
)
from grader.settings import GradeSettings


class BatchProgress(BaseModel):
    """Counts for the progress bar; the collector emits one after every poll."""

    total: int
    done: int
    failed: int
    requeued: int = 0

    @property
    def remaining(self) -> int:
        return self.total - self.done - self.failed


ProgressHandler = Callable[[BatchProgress], None]


def ignore_progress(progress: BatchProgress) -> None:
    """The default observer: library callers often don't want progress."""


@dataclass
class _Watch:
    job: Job
    last_alive: float
    heartbeat: Any = None
    requeues: int = 0


@dataclass
class Collector:
    huey: Any
    grade_task: Any
    store: JobStore
    settings: GradeSettings
    version: str
    stale_after: float = 45.0
    max_requeues: int = 2
    watching: dict[str, _Watch] = field(default_factory=dict)
    requeued: int = 0

    def submit(self, job: Job) -> None:
        """Wait for `job`: take a result already there, follow a task already queued, or enqueue."""
        now = time.monotonic()
        self.watching[job.key] = _Watch(job=job, last_alive=now)
        if self._stored_result(job) is not None or job.task_id in self._queued_ids():
            return
        if self.huey.get(heartbeat_key(job.key), peek=True) is not None:
            return  # a worker of an earlier run may still be on it; staleness decides
        self._enqueue(job)

    def _enqueue(self, job: Job) -> None:
        if self.huey.get(payload_key(job.key), peek=True) is None:
            self.huey.put(payload_key(job.key), pack_submission(job.source).model_dump())
        timeout = self.settings.grading_timeout_seconds + self.settings.build_timeout_seconds + 300
        task = self.grade_task.s(
            job.key, self.settings.model_dump(mode="json"), self.version,
            id=job.task_id, timeout=timeout,
        )  # fmt: skip
        self.huey.enqueue(task)

    def _queued_ids(self) -> set[str]:
        tasks = [*self.huey.pending(), *self.huey.scheduled()]
        return {task.id for task in tasks}

    def _stored_result(self, job: Job) -> Any:
        return self.huey.get(job.task_id, peek=True)

    def poll(self, on_collect: Callable[[Job, GradedPayload | JobFailure], None]) -> None:
        """One pass over the jobs waited for: collect results, revive lost jobs."""
        queued = self._queued_ids()
        now = time.monotonic()
        for key, watch in list(self.watching.items()):
            job = watch.job
            result = self._stored_result(job)
            if result is not None:
                on_collect(job, self._record(job, result, watch))
                self._forget(job)
                continue
            beat = self.huey.get(heartbeat_key(key), peek=True)
            if job.task_id in queued or (beat is not None and beat != watch.heartbeat):
                watch.heartbeat = beat
                watch.last_alive = now
            elif now - watch.last_alive > self.stale_after:
                self._revive(watch, now, on_collect)

    def _revive(
        self,
        watch: _Watch,
        now: float,
        on_collect: Callable[[Job, GradedPayload | JobFailure], None],
    ) -> None:
        job = watch.job
        if watch.requeues >= self.max_requeues:
            failure = JobFailure(
                name=job.name,
                sha256=job.sha256,
                key=job.key,
                reason=(
                    f"lost: the worker grading it stopped (no heartbeat for {self.stale_after:.0f}"
                    f" s) {watch.requeues + 1} times"
                ),
                attempts=watch.requeues + 1,
            )
            self.store.save_failed(failure)
            on_collect(job, failure)
            self._forget(job)
            return
        watch.requeues += 1
        watch.last_alive = now
        self.requeued += 1
        self._enqueue(job)

    def _record(self, job: Job, result: Any, watch: _Watch) -> GradedPayload | JobFailure:
        if isinstance(result, Error):
            meta = result.metadata or {}
            failure = JobFailure(
                name=job.name,
                sha256=job.sha256,
                key=job.key,
                reason=str(meta.get("error") or "the grading failed")[:2000],
                attempts=RETRIES + 1 + watch.requeues,
            )
            self.store.save_failed(failure)
            return failure
        try:
            payload = GradedPayload.model_validate(result)
        except ValueError as exc:
            failure = JobFailure(
                name=job.name,
                sha256=job.sha256,
                key=job.key,
                reason=f"the worker returned an unreadable result: {exc}"[:2000],
                attempts=1 + watch.requeues,
            )
            self.store.save_failed(failure)
            return failure
        self.store.save_done(job.key, payload)
        return payload

    def _forget(self, job: Job) -> None:
        """Drop the job's keys from the broker once its outcome is safely on disk."""
        for key in (job.task_id, payload_key(job.key), heartbeat_key(job.key)):
            self.huey.delete(key)
        self.watching.pop(job.key, None)
