"""`run_batch`: grade a folder (or CSV) of submissions through the queue and write the cohort.

The flow: list the submissions, intake each once here (its sha256 makes the job key, its code
the similarity fingerprints), reuse every key already done, enqueue the rest, start local workers
in SQLite mode, collect every result (reviving jobs of dead workers), then compare the cohort and
write each report (with its SIMILAR-SUBMISSION findings), summary.csv, summary.html and
similarity.csv. Only this process writes into the output folder.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

import grader
from grader.batch.broker import is_sqlite, open_broker, sqlite_broker
from grader.batch.collector import BatchProgress, Collector, ProgressHandler, ignore_progress
from grader.batch.jobs import Job, SourceEntry, job_key, list_sources, survey
from grader.batch.similarity import CodePrints, SimilarPair, compare_cohort, scaffold_prints
from grader.batch.store import JobFailure, JobStore, state_folder, write_text_atomic
from grader.batch.summary import (
    annotate,
    row_for_failure,
    row_for_report,
    similarity_csv,
    similarity_findings,
    summary_csv,
    with_percentiles,
)
from grader.batch.tasks import GradedPayload
from grader.batch.workers import LocalWorkers
from grader.models import Report
from grader.pipeline import grade
from grader.reporters import RENDERERS
from grader.reporters.leaderboard import CohortRow, SimilarRow, render
from grader.settings import REFERENCE_SPECS, GradeSettings


class BatchAborted(Exception):
    """The batch cannot go on (every local worker died); what was collected is kept."""


class BatchOptions(BaseModel):
    model_config = ConfigDict(frozen=True)

    out: Path
    broker: str | None = Field(default=None, description="redis://HOST:PORT/DB; None = SQLite")
    workers: int = Field(default=1, ge=0, description="local workers (SQLite mode only)")
    formats: tuple[str, ...] = ("json",)
    settings: GradeSettings = GradeSettings()
    similarity_threshold: float = Field(default=0.6, ge=0, le=1)
    stale_after_seconds: float = 45.0
    max_requeues: int = 2
    poll_seconds: float = 1.0
    reference_specs: Path = REFERENCE_SPECS


class BatchOutcome(BaseModel):
    total: int
    graded: int = Field(description="jobs graded by this run")
    reused: int = Field(description="jobs found done by an earlier run")
    failed: int
    requeued: int
    seconds: float
    rows: list[CohortRow]
    pairs: list[SimilarPair]


Outcome = GradedPayload | JobFailure


def run_batch(
    batch_input: Path, options: BatchOptions, on_progress: ProgressHandler = ignore_progress
) -> BatchOutcome:
    started = time.monotonic()
    unknown = [name for name in options.formats if name not in RENDERERS]
    if unknown:
        raise ValueError(f"unknown report format(s): {', '.join(unknown)}")
    entries = list_sources(batch_input)
    options.out.mkdir(parents=True, exist_ok=True)
    store = JobStore(options.out)
    jobs, prints, rejected = _plan(entries, options.settings)
    outcomes: dict[str, Outcome] = {}
    for job in jobs:
        cached = store.done(job.key)
        if cached is not None:
            outcomes[job.key] = cached
    reused = len(outcomes)
    local = [job for job in jobs if job.key not in outcomes and job.name in rejected]
    for job in local:
        graded = _grade_rejected(job, options.settings)
        store.save_done(job.key, graded)
        outcomes[job.key] = graded
    waiting = {job.key: job for job in jobs if job.key not in outcomes}
    requeued = 0

    def progress() -> None:
        done = sum(1 for j in jobs if isinstance(outcomes.get(j.key), GradedPayload))
        failed = sum(1 for j in jobs if isinstance(outcomes.get(j.key), JobFailure))
        on_progress(BatchProgress(total=len(jobs), done=done, failed=failed, requeued=requeued))

    progress()
    if waiting:
        requeued = _collect(list(waiting.values()), options, store, outcomes, progress)
        progress()
    rows, pairs = _write_outputs(jobs, prints, outcomes, options)
    return BatchOutcome(
        total=len(jobs),
        graded=len(waiting) + len(local),
        reused=reused,
        failed=sum(1 for o in outcomes.values() if isinstance(o, JobFailure)),
        requeued=requeued,
        seconds=round(time.monotonic() - started, 2),
        rows=rows,
        pairs=pairs,
    )


def _plan(
    entries: list[SourceEntry], settings: GradeSettings
) -> tuple[list[Job], dict[str, CodePrints], set[str]]:
    jobs: list[Job] = []
    prints: dict[str, CodePrints] = {}
    rejected: set[str] = set()
    for entry in entries:
        sha256, code, ok = survey(entry)
        key = job_key(sha256, grader.__version__, settings)
        jobs.append(Job(name=entry.name, source=entry.path, sha256=sha256, key=key))
        prints[entry.name] = code
        if not ok:
            rejected.add(entry.name)
    return jobs, prints, rejected


def _grade_rejected(job: Job, settings: GradeSettings) -> GradedPayload:
    """Intake refuses it: grading stops at intake, needs no Docker, so it runs right here."""
    started = time.monotonic()
    report = grade(job.source, settings)
    return GradedPayload(
        report=RENDERERS["json"](report),
        excerpts={},
        worker="collector",
        seconds=round(time.monotonic() - started, 2),
    )


def _collect(
    waiting: list[Job],
    options: BatchOptions,
    store: JobStore,
    outcomes: dict[str, Outcome],
    progress: Callable[[], None],
) -> int:
    url = options.broker or sqlite_broker(options.out)
    broker = open_broker(url)
    collector = Collector(
        huey=broker.huey,
        grade_task=broker.grade_task,
        store=store,
        settings=options.settings,
        version=grader.__version__,
        stale_after=options.stale_after_seconds,
        max_requeues=options.max_requeues,
    )
    for job in waiting:
        collector.submit(job)

    def collected(job: Job, outcome: Outcome) -> None:
        outcomes[job.key] = outcome

    local = is_sqlite(url) and options.workers > 0
    workers = LocalWorkers(url, options.workers, state_folder(options.out) / "logs")
    with workers if local else contextlib.nullcontext(workers):
        while collector.watching:
            collector.poll(collected)
            if local and workers.supervise() == 0:
                raise BatchAborted(
                    f"every local worker died; see {state_folder(options.out) / 'logs'}"
                )
            progress()
            if collector.watching:
                time.sleep(options.poll_seconds)
    return collector.requeued


def _write_outputs(
    jobs: list[Job],
    prints: dict[str, CodePrints],
    outcomes: dict[str, Outcome],
    options: BatchOptions,
) -> tuple[list[CohortRow], list[SimilarPair]]:
    pairs = compare_cohort(prints, scaffold_prints(options.reference_specs))
    rows: list[CohortRow] = []
    link_format = "html" if "html" in options.formats else options.formats[0]
    for job in jobs:
        outcome = outcomes[job.key]
        if isinstance(outcome, JobFailure):
            rows.append(row_for_failure(job.name, job.sha256, outcome.reason))
            continue
        report = Report.model_validate_json(outcome.report)
        report.source_excerpts = outcome.excerpts
        report = annotate(
            report, similarity_findings(job.name, pairs, options.similarity_threshold)
        )
        for name in options.formats:
            write_text_atomic(options.out / f"{job.name}.{name}", RENDERERS[name](report))
        row = row_for_report(job.name, report, f"{job.name}.{link_format}")
        rows.append(row.model_copy(update={"sha256": job.sha256}))
    rows = with_percentiles(rows)
    out = options.out
    write_text_atomic(out / "summary.csv", summary_csv(rows))
    write_text_atomic(out / "similarity.csv", similarity_csv(pairs))
    similar = [SimilarRow(a=p.a, b=p.b, similarity=p.similarity) for p in pairs]
    write_text_atomic(out / "summary.html", render(rows, similar, options.similarity_threshold))
    return rows, pairs
