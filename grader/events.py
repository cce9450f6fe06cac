"""What the pipeline tells its observers while it works: data only, the CLI shows it."""

from __future__ import annotations

from collections.abc import Callable

from pydantic import BaseModel

from grader.models import PhaseName, PhaseResult


class PhaseStarted(BaseModel):
    name: PhaseName


class PhaseFinished(BaseModel):
    result: PhaseResult


GradingEvent = PhaseStarted | PhaseFinished
EventHandler = Callable[[GradingEvent], None]


def ignore_events(event: GradingEvent) -> None:
    """The default observer: library callers often don't want progress."""
