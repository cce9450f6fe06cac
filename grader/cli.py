"""The `grade` command: a thin click layer over grader.grade and the renderers."""

from __future__ import annotations

import os
import secrets
import signal
import sys
from pathlib import Path
from types import FrameType

import click
from rich.console import Console
from rich.markup import escape

from grader.batch.commands import batch, worker
from grader.calibration import (
    CorpusError,
    Thresholds,
    calibrate,
    collect_cases,
    progress_line,
    render_text,
    run_cases,
)
from grader.checks.registry import load_rules
from grader.events import GradingEvent, PhaseFinished, PhaseStarted
from grader.models import GradingStatus, PhaseStatus, Report
from grader.pipeline import grade
from grader.reporters import RENDERERS, parse_formats
from grader.reporters.excerpt import headline
from grader.reporters.github import emit
from grader.reporters.json_report import json_schema
from grader.reporters.terminal import summary
from grader.sandbox.engine import EngineUnavailable
from grader.settings import GradeSettings
from grader.version import VERSION

EXIT_OK, EXIT_BELOW, EXIT_USAGE, EXIT_GRADER = 0, 1, 2, 3
_STATUS_STYLE = {PhaseStatus.OK: "green", PhaseStatus.FAILED: "red", PhaseStatus.SKIPPED: "yellow"}


class _GradeGroup(click.Group):
    """`grade SUBMISSION` grades; `grade schema` and `grade rules` are subcommands."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "--version"):
            args = ["run", *args]
        return super().parse_args(ctx, args)


@click.group(cls=_GradeGroup)
@click.version_option(VERSION, prog_name="grade")
def main() -> None:
    """Grade a FastAPI take-home submission: grade SUBMISSION [options]."""


def _terminate(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def _progress(console: Console) -> object:
    def show(event: GradingEvent) -> None:
        if isinstance(event, PhaseStarted):
            console.print(f"[dim]… {event.name.value}[/dim]")
        elif isinstance(event, PhaseFinished):
            result = event.result
            style = _STATUS_STYLE[result.status]
            line = headline(result.reason)
            line = line if len(line) <= 200 else line[:199] + "…"
            reason = f" — {escape(line)}" if line else ""
            console.print(
                f"[{style}]{result.status.value:>7}[/{style}] {result.name.value:<16}"
                f"{result.seconds:6.1f}s{reason}"
            )

    return show


@main.command("run")
@click.argument("submission", type=click.Path(path_type=Path))
@click.option(
    "--format",
    "formats",
    default="json",
    show_default=True,
    help="Comma-separated report formats: " + ", ".join(sorted(RENDERERS)),
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=None,
    help="Report file (one format) or folder (several). Default: stdout for json.",
)
@click.option(
    "--fail-under",
    type=float,
    default=0.0,
    show_default=True,
    help="Exit 1 when the score is below this.",
)
@click.option(
    "--base-image",
    default=GradeSettings().base_image,
    show_default=True,
    help="Image the submission is built on (e.g. python:3.12-slim where a registry is reachable).",
)
@click.option("--seed", type=int, default=0, show_default=True, help="Fuzzing seed.")
@click.option("--quiet", is_flag=True, help="No progress or summary on stderr.")
def run(
    submission: Path,
    formats: str,
    output: Path | None,
    fail_under: float,
    base_image: str,
    seed: int,
    quiet: bool,
) -> None:
    """Grade SUBMISSION: a .zip, a .tar(.gz), a folder, or a local git repository."""
    try:
        names = parse_formats(formats)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    if len(names) > 1 and output is None:
        raise click.UsageError("several formats need -o FOLDER")
    console = Console(stderr=True, quiet=quiet)
    settings = GradeSettings(base_image=base_image, seed=seed)
    signal.signal(signal.SIGTERM, _terminate)
    try:
        report = grade(submission, settings, on_event=_progress(console))  # type: ignore[arg-type]
    except EngineUnavailable as exc:
        click.echo(f"grade: {exc}", err=True)
        sys.exit(EXIT_GRADER)
    except KeyboardInterrupt:
        click.echo("grade: interrupted; the grading's containers were removed", err=True)
        sys.exit(130)
    except Exception as exc:  # the grader's own failure: one line, exit 3, never a traceback
        click.echo(f"grade: internal error: {type(exc).__name__}: {exc}"[:500], err=True)
        sys.exit(EXIT_GRADER)
    for name in names:
        text = RENDERERS[name](report)
        if output is None:
            click.echo(text, nl=False)
        else:
            target = output / f"report.{name}" if len(names) > 1 else output
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    _print_summary(console, report)
    if output is not None:
        emit(report, os.environ, sys.stdout)
    if report.status == GradingStatus.REJECTED:
        sys.exit(EXIT_USAGE)
    if report.score is not None and report.score < fail_under:
        sys.exit(EXIT_BELOW)
    sys.exit(EXIT_OK)


def _print_summary(console: Console, report: Report) -> None:
    """The summary holds the candidate's text; on GitHub, fence it so it can't issue commands."""
    fence = secrets.token_hex(16) if os.environ.get("GITHUB_ACTIONS") == "true" else None
    if fence:
        print(f"::stop-commands::{fence}", file=sys.stderr, flush=True)
    console.print(summary(report))
    if fence:
        print(f"::{fence}::", file=sys.stderr, flush=True)


@main.command("schema")
def schema() -> None:
    """Print the JSON Schema of the report, generated from the models."""
    click.echo(json_schema(), nl=False)


@main.command("rules")
def rules() -> None:
    """List every rule code with its red flag and one-line rationale."""
    from grader.scoring.policy import describe

    click.echo("The flag policy (grader/scoring/policy.py):")
    for line in describe():
        click.echo(f"- {line}")
    click.echo("")
    for code, rule in sorted(load_rules().items()):
        flag = rule.flag.value if rule.flag else "-"
        click.echo(f"{code:<30} {flag:<22} {rule.severity.value:<9} {rule.summary}")
        wiring = [f"observes {rule.observes}"] if rule.observes else []
        for link in rule.confirms:
            wiring.append(f"confirms {link.target}{'*' if link.prefix else ''} ({link.mode})")
        wiring += [f"supersedes {target}" for target in rule.supersedes]
        wiring += ["needs proof"] if rule.needs_proof else []
        wiring += ["second opinion"] if rule.second_opinion else []
        if wiring:
            click.echo(f"{'':<30} {'; '.join(wiring)}")


@main.command("prepare")
@click.option("--base-image", default=GradeSettings().base_image, show_default=True)
def prepare(base_image: str) -> None:
    """Build the probe sidecar image and the build image of every base image now, so the first
    grading doesn't pay for them."""
    from grader.sandbox.engine import connect
    from grader.sandbox.images import ensure_probe_image
    from grader.sandbox.pip_settings import host_pip_settings
    from grader.sandbox.toolchain import ensure_build_images

    try:
        client = connect()
    except EngineUnavailable as exc:
        click.echo(f"grade: {exc}", err=True)
        sys.exit(EXIT_GRADER)
    pip = host_pip_settings()
    outcome = ensure_probe_image(client, base_image, pip)
    if not outcome.ok:
        click.echo(f"grade: probe image failed: {outcome.reason}\n{outcome.log[-3000:]}", err=True)
        sys.exit(EXIT_GRADER)
    click.echo(f"probe image ready: {outcome.image} ({outcome.seconds:.0f} s)")
    bases = [base_image, *GradeSettings().base_images.values()]
    failed = False
    for base, built in ensure_build_images(client, bases, pip):
        if built is None:
            click.echo(
                f"{base}: not on this engine, so no build image "
                f'(make images PYTHON_IMAGES="... {base}" makes it)'
            )
        elif built.ok:
            click.echo(f"build image ready: {built.image} for {base} ({built.seconds:.0f} s)")
        else:
            click.echo(f"grade: build image for {base} failed: {built.reason}", err=True)
            failed = True
    if failed:
        sys.exit(EXIT_GRADER)


@main.command("calibrate")
@click.argument("dirs", nargs=-1, type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.option(
    "--public",
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    help="public.toml: labeled public repositories, exported from --mirror at their commit.",
)
@click.option("--mirror", type=click.Path(path_type=Path), help="Folder of bare git mirrors.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), default=None)
@click.option(
    "--reports",
    type=click.Path(path_type=Path, file_okay=False),
    help="Keep each case's report here as <case-id>.json.",
)
@click.option("--reuse", is_flag=True, help="Read a case's report from --reports, if there.")
@click.option("--base-image", default=GradeSettings().base_image, show_default=True)
@click.option("--min-precision", type=float, help="Exit 1 if a flag's precision is below.")
@click.option("--min-recall", type=float, help="Exit 1 if a flag's recall is below.")
@click.option("--min-evidence", type=float, help="Exit 1 if the evidence hit rate is below.")
@click.option("--min-spearman", type=float, help="Exit 1 if score~quality Spearman is below.")
def calibrate_command(
    dirs: tuple[Path, ...],
    public: Path | None,
    mirror: Path | None,
    fmt: str,
    output: Path | None,
    reports: Path | None,
    reuse: bool,
    base_image: str,
    min_precision: float | None,
    min_recall: float | None,
    min_evidence: float | None,
    min_spearman: float | None,
) -> None:
    """Grade labeled cases (DIRS: cases or folders of cases) and measure the grader against them."""
    if reuse and reports is None:
        raise click.UsageError("--reuse needs --reports DIR")
    try:
        cases = collect_cases(list(dirs), public)
    except CorpusError as exc:
        click.echo(f"grade calibrate: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    console = Console(stderr=True)
    settings = GradeSettings(base_image=base_image, seed=0)
    signal.signal(signal.SIGTERM, _terminate)
    try:
        outcomes = run_cases(
            cases,
            settings,
            mirror=mirror,
            reports=reports,
            reuse=reuse,
            on_progress=lambda event: console.print(progress_line(event), markup=False),
            fatal=(EngineUnavailable,),
        )
    except EngineUnavailable as exc:
        click.echo(f"grade: {exc}", err=True)
        sys.exit(EXIT_GRADER)
    except KeyboardInterrupt:
        click.echo("grade: interrupted; the grading's containers were removed", err=True)
        sys.exit(130)
    limits = Thresholds(
        min_precision=min_precision,
        min_recall=min_recall,
        min_evidence=min_evidence,
        min_spearman=min_spearman,
    )
    result = calibrate(outcomes, limits)
    text = result.model_dump_json(indent=2) + "\n" if fmt == "json" else render_text(result)
    if output is None:
        click.echo(text, nl=False)
    else:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
    sys.exit(EXIT_OK if result.passed else EXIT_BELOW)


main.add_command(batch)
main.add_command(worker)


if __name__ == "__main__":
    main()
