"""The loop with a stand-in for `grade`: saving, reusing, unavailable and failing cases, progress."""

from __future__ import annotations

from pathlib import Path

import pytest

from grader import GradeSettings, Report
from grader.calibration.cases import CorpusCase, PublicCase, find_cases
from grader.calibration.labels import PublicRepo
from grader.calibration.render import progress_line
from grader.calibration.run import CaseFinished, ProgressEvent, run_cases
from grader.models import RedFlag
from tests.unit.calibration.builders import label_toml, report, write_case


class Boom(Exception):
    pass


class Fatal(Exception):
    pass


@pytest.fixture
def cases(tmp_path: Path) -> list[CorpusCase]:
    write_case(tmp_path / "tune", "alpha", label_toml())
    write_case(tmp_path / "tune", "beta", label_toml())
    return find_cases([tmp_path / "tune"])


def _public() -> PublicCase:
    repo = PublicRepo(
        id="pub",
        repo="acme/api",
        commit="abcdef0",
        kind="todo",
        quality=2,
        flags={flag: False for flag in RedFlag},
    )
    return PublicCase(id="pub", label=repo)


def test_grades_saves_then_reuses_without_grading(cases: list[CorpusCase], tmp_path: Path) -> None:
    graded: list[Path] = []

    def fake_grade(source: Path, settings: GradeSettings) -> Report:
        assert settings.seed == 0
        graded.append(source)
        return report(score=61.0, name=source.parent.name)

    reports = tmp_path / "reports"
    first = run_cases(cases, GradeSettings(), reports=reports, grade_fn=fake_grade)
    assert [o.outcome for o in first] == ["graded", "graded"]
    assert graded == [c.submission for c in cases]
    assert sorted(p.name for p in reports.iterdir()) == ["alpha.json", "beta.json"]

    def no_grading(source: Path, settings: GradeSettings) -> Report:
        raise AssertionError("a saved report must be read back, not graded again")

    again = run_cases(cases, GradeSettings(), reports=reports, reuse=True, grade_fn=no_grading)
    assert [(o.outcome, o.report.score if o.report else None) for o in again] == [
        ("reused", 61.0),
        ("reused", 61.0),
    ]


def test_an_unreadable_saved_report_is_graded_again(
    cases: list[CorpusCase], tmp_path: Path
) -> None:
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "alpha.json").write_text("{not json")
    (reports / "beta.json").write_text(report(score=12.0).model_dump_json())
    outcomes = run_cases(
        cases,
        GradeSettings(),
        reports=reports,
        reuse=True,
        grade_fn=lambda source, settings: report(score=80.0),
    )
    assert [(o.outcome, o.report.score if o.report else None) for o in outcomes] == [
        ("graded", 80.0),
        ("reused", 12.0),
    ]


def test_failures_become_outcomes_and_fatal_ones_stop_the_run(
    cases: list[CorpusCase], tmp_path: Path
) -> None:
    def broken(source: Path, settings: GradeSettings) -> Report:
        raise Boom("internal")

    events: list[ProgressEvent] = []
    outcomes = run_cases(
        [*cases, _public()],
        GradeSettings(),
        on_progress=events.append,
        grade_fn=broken,
        fatal=(Fatal,),
    )
    assert [(o.outcome, o.reason) for o in outcomes] == [
        ("error", "Boom: internal"),
        ("error", "Boom: internal"),
        ("unavailable", "no --mirror to export public repositories from"),
    ]
    assert [type(e).__name__ for e in events] == ["CaseStarted", "CaseFinished"] * 3
    finished = events[-1]
    assert isinstance(finished, CaseFinished) and finished.status == "unavailable"
    assert progress_line(events[0]) == "[1/3] alpha: started"
    assert progress_line(finished).startswith("[3/3] pub: unavailable (no --mirror")

    def fatal(source: Path, settings: GradeSettings) -> Report:
        raise Fatal("no engine")

    with pytest.raises(Fatal):
        run_cases(cases, GradeSettings(), grade_fn=fatal, fatal=(Fatal,))


def test_public_cases_missing_from_the_mirror_are_unavailable(tmp_path: Path) -> None:
    [outcome] = run_cases([_public()], GradeSettings(), mirror=tmp_path)
    assert outcome.outcome == "unavailable"
    assert outcome.reason == f"no mirror of acme/api under {tmp_path}"


def test_progress_line_of_a_graded_case(cases: list[CorpusCase]) -> None:
    events: list[ProgressEvent] = []
    run_cases(
        cases[:1],
        GradeSettings(),
        on_progress=events.append,
        grade_fn=lambda source, settings: report(score=72.25),
    )
    assert progress_line(events[1]) == "[1/1] alpha: graded, status graded, score 72.2"
