from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from grader.batch.broker import Broker, open_broker
from grader.batch.jobs import Job
from grader.models import (
    GradingStatus,
    RedFlag,
    RedFlagVerdict,
    Report,
    SubmissionInfo,
)
from tests.conftest import SAMPLES


def fake_report(name: str = "notes_keyerror", score: float | None = 72.5) -> Report:
    return Report(
        grader_version="0.1.0",
        submission=SubmissionInfo(name=name, sha256="f" * 64),
        status=GradingStatus.GRADED if score is not None else GradingStatus.BUILD_FAILED,
        score=score,
        red_flags=[
            RedFlagVerdict(
                flag=flag,
                status="raised" if flag == RedFlag.TESTING_GAPS else "clear",
                reason="because",
            )
            for flag in RedFlag
        ],
        findings=[],
        phases=[],
    )


@pytest.fixture
def broker(tmp_path: Path) -> Broker:
    return open_broker(f"sqlite:///{tmp_path / 'queue.db'}")


@pytest.fixture
def job() -> Job:
    return Job(
        name="notes",
        source=SAMPLES / "notes_keyerror",
        sha256="a" * 64,
        key="k" * 32,
    )


@pytest.fixture
def fake_grade(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Replace grader.grade (what a worker's task calls) with a recorder returning a report."""
    import grader

    calls: list[Any] = []

    def grade(source: Path, settings: Any = None, on_event: Any = None) -> Report:
        calls.append((source, settings))
        if isinstance(settings, Exception):
            raise settings
        report = fake_report(source.name)
        report.source_excerpts = {"main.py": ["line one"]}
        return report

    monkeypatch.setattr(grader, "grade", grade)
    return calls
