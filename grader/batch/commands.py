"""`grade batch` and `grade worker`: thin click layers over run_batch and run_worker."""

from __future__ import annotations

import signal
import sys
from pathlib import Path
from types import FrameType

import click
from rich.console import Console
from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeRemainingColumn

from grader.batch.broker import BrokerError
from grader.batch.collector import BatchProgress
from grader.batch.jobs import BatchInputError
from grader.batch.run import BatchAborted, BatchOptions, run_batch
from grader.batch.workers import run_worker
from grader.reporters import RENDERERS, parse_formats
from grader.settings import GradeSettings

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_GRADER = 0, 1, 2, 3


def _terminate(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


class _Bar:
    """The rich progress bar: done / failed / remaining and an ETA, on stderr."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.task: TaskID | None = None

    def __call__(self, event: BatchProgress) -> None:
        if self.task is None:
            self.task = self.progress.add_task(
                "grading", total=event.total, done=0, failed=0, remaining=event.total
            )
        self.progress.update(
            self.task,
            completed=event.done + event.failed,
            done=event.done,
            failed=event.failed,
            remaining=event.remaining,
        )


@click.command("batch")
@click.argument("batch_input", type=click.Path(exists=True, path_type=Path))
@click.option(
    "-o",
    "--output",
    "out",
    required=True,
    type=click.Path(path_type=Path),
    help="Folder for the reports, summary.csv, summary.html and similarity.csv.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="Local workers to start (SQLite mode); 0 = workers are started elsewhere.",
)
@click.option(
    "--broker",
    default=None,
    help="redis://HOST:PORT/DB to share the work with `grade worker`s on other "
    "machines. Default: a SQLite queue in OUT/.grader-batch/.",
)
@click.option(
    "--formats",
    default="json",
    show_default=True,
    help="Comma-separated report formats: " + ", ".join(sorted(RENDERERS)),
)
@click.option(
    "--base-image",
    default=GradeSettings().base_image,
    show_default=True,
    help="Image the submissions are built on.",
)
@click.option("--seed", type=int, default=0, show_default=True, help="Fuzzing seed.")
@click.option(
    "--similarity-threshold",
    type=click.FloatRange(0, 1),
    default=0.6,
    show_default=True,
    help="Pairs at or above it get a SIMILAR-SUBMISSION finding.",
)
@click.option(
    "--stale-after",
    type=click.FloatRange(min=5),
    default=45.0,
    show_default=True,
    help="Seconds without a heartbeat before a job is taken to be lost and re-queued.",
)
@click.option("--quiet", is_flag=True, help="No progress bar.")
def batch(
    batch_input: Path,
    out: Path,
    workers: int,
    broker: str | None,
    formats: str,
    base_image: str,
    seed: int,
    similarity_threshold: float,
    stale_after: float,
    quiet: bool,
) -> None:
    """Grade every submission of BATCH_INPUT (a folder of zips/folders, or a CSV with a `path`
    column) into OUT; a second run reuses every grading already done."""  # fmt: skip
    try:
        names = tuple(parse_formats(formats))
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    options = BatchOptions(
        out=out,
        broker=broker,
        workers=workers,
        formats=names,
        settings=GradeSettings(base_image=base_image, seed=seed),
        similarity_threshold=similarity_threshold,
        stale_after_seconds=stale_after,
    )
    console = Console(stderr=True, quiet=quiet)
    columns = (
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        TextColumn("done {task.fields[done]}  failed {task.fields[failed]}  "
                   "remaining {task.fields[remaining]}"),
        TextColumn("ETA"),
        TimeRemainingColumn(),
    )  # fmt: skip
    signal.signal(signal.SIGTERM, _terminate)
    try:
        with Progress(*columns, console=console, disable=quiet) as progress:
            outcome = run_batch(batch_input, options, on_progress=_Bar(progress))
    except (BatchInputError, BrokerError) as exc:
        click.echo(f"grade batch: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    except KeyboardInterrupt:
        click.echo("grade batch: interrupted; workers stopped, finished gradings kept", err=True)
        sys.exit(130)
    except BatchAborted as exc:
        click.echo(f"grade batch: {exc}", err=True)
        sys.exit(EXIT_GRADER)
    console.print(
        f"{outcome.total} submissions: {outcome.graded} graded now, {outcome.reused} reused, "
        f"{outcome.failed} failed, in {outcome.seconds:.1f}s -> {out / 'summary.html'}"
    )
    sys.exit(EXIT_SOME_FAILED if outcome.failed else EXIT_OK)


@click.command("worker")
@click.option("--broker", required=True, help="redis://HOST:PORT/DB (or the sqlite:/// URL).")
@click.option(
    "--concurrency",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Gradings at once on this machine (each in its own process).",
)
@click.option("--quiet", is_flag=True, help="Log warnings only.")
def worker(broker: str, concurrency: int, quiet: bool) -> None:
    """Take grading jobs from BROKER until interrupted (Ctrl-C finishes the running ones)."""
    try:
        run_worker(broker, concurrency, verbose=not quiet)
    except BrokerError as exc:
        click.echo(f"grade worker: {exc}", err=True)
        sys.exit(EXIT_USAGE)
