"""A failure's whole reason reaches the reviewer (bounded): Markdown, terminal, progress line."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from grader.checks.registry import make_finding
from grader.cli import _progress
from grader.events import PhaseFinished
from grader.models import (
    GradingStatus,
    PhaseName,
    PhaseResult,
    PhaseStatus,
    RedFlag,
    RedFlagVerdict,
    Report,
    SubmissionInfo,
)
from grader.reporters import markdown
from grader.reporters.excerpt import bounded, headline
from grader.reporters.terminal import summary

REASON = "Settings is missing required setting(s) database_url (set by environment variables)"
LOG = "\n".join(
    [
        "Traceback (most recent call last):",
        '  File "/app/app/config.py", line 8, in <module>',
        "    settings = Settings()",
        "pydantic_core._pydantic_core.ValidationError: 1 validation error for Settings",
        "database_url",
        "  Field required [type=missing, input_value={}, input_type=dict]",
    ]
)
DETAIL = f"{REASON}\nExit code 1. Last lines of its output:\n{LOG}"


def _start_failed(detail: str = DETAIL, reason: str | None = None) -> Report:
    finding = make_finding("START-CRASHED", detail, file="app/config.py", line=8)
    phases = [
        PhaseResult(
            name=name,
            status=PhaseStatus.FAILED if name == PhaseName.START else PhaseStatus.OK,
            reason=(reason or f"the app exited at start-up (code 1): {REASON}")
            if name == PhaseName.START
            else "",
        )
        for name in PhaseName
    ]
    return Report(
        grader_version="0.1.0",
        submission=SubmissionInfo(name="crash", sha256="ab" * 32),
        status=GradingStatus.START_FAILED,
        score=12.0,
        red_flags=[
            RedFlagVerdict(flag=flag, status="not_assessed", reason="the app did not start")
            for flag in RedFlag
        ],
        findings=[finding.model_copy(update={"id": "F-00000001"})],
        phases=phases,
    )


def test_markdown_shows_the_whole_detail_in_a_fenced_block() -> None:
    text = markdown.render(_start_failed())
    assert f"**Why the start phase failed:** the app exited at start-up (code 1): {REASON}" in text
    item = text.split("`START-CRASHED`", 1)[1]
    assert f"\n  {REASON}\n  ```text\n  Exit code 1. Last lines of its output:\n" in item
    assert (
        "\n  pydantic_core._pydantic_core.ValidationError: 1 validation error for Settings\n"
        in item
    )
    assert "\n    Field required [type=missing, input_value={}, input_type=dict]\n  ```" in item
    assert (
        "| start | failed | 0.0 | the app exited at start-up (code 1): Settings is missing" in text
    )


def test_markdown_bounds_a_long_detail_and_says_it_was_cut() -> None:
    long_log = "\n".join(f"line {n}" for n in range(500))
    text = markdown.render(_start_failed(detail=f"{REASON}\n{long_log}"))
    assert "  line 39\n" in text and "line 40\n" not in text
    assert "[… cut: 460 more line(s)" in text


def test_markdown_shows_a_long_or_multiline_phase_reason_after_the_table() -> None:
    reason = "the build failed: pip could not resolve\n" + "\n".join(f"dep {n}" for n in range(5))
    text = markdown.render(_start_failed(reason=reason))
    assert "| start | failed | 0.0 | the build failed: pip could not resolve |" in text
    assert (
        "**start** (failed):\n\nthe build failed: pip could not resolve\n```text\ndep 0\n" in text
    )


def test_terminal_prints_the_failed_phase_and_the_detail() -> None:
    out = io.StringIO()
    Console(file=out, width=200, color_system=None).print(summary(_start_failed()))
    printed = out.getvalue()
    assert "start failed" in printed and REASON in printed
    assert "Field required [type=missing" in printed  # the evidence, not only the header


@pytest.mark.parametrize(
    ("reason", "line"),
    [
        (
            f"the app exited at start-up (code 1): {REASON}",
            f"the app exited at start-up (code 1): {REASON}",
        ),
        ("exit code 1. Last lines:\nTraceback (most recent call last):", "exit code 1."),
        (
            "Last lines:\nModuleNotFoundError: No module named 'x'",
            "ModuleNotFoundError: No module named 'x'",
        ),
    ],
)
def test_the_progress_line_shows_the_informative_line(reason: str, line: str) -> None:
    assert headline(reason) == line
    out = io.StringIO()
    show = _progress(Console(file=out, width=400, color_system=None))
    result = PhaseResult(name=PhaseName.START, status=PhaseStatus.FAILED, reason=reason)
    show(PhaseFinished(result=result))  # type: ignore[operator]
    printed = out.getvalue()
    assert printed.count("\n") == 1 and line in printed


def test_bounded_cuts_by_characters_too() -> None:
    text = bounded("x" * 10_000)
    assert len(text) < 4100 and text.endswith("[… cut; the JSON report has it all]")
