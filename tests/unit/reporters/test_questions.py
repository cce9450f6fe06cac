from __future__ import annotations

import hashlib
from pathlib import Path

from grader.models import RedFlag, RedFlagVerdict, Report
from grader.reporters.questions import questions_for
from tests.unit.reporters.conftest import LOOP_BLOCKED

# Fingerprints of the seed texts' 8-word runs, so the check needs no file outside the repository.
SHINGLES = Path(__file__).resolve().parents[2] / "data" / "seed-shingles.txt"


def test_one_entry_per_raised_flag_in_contract_order(flawed_report: Report) -> None:
    asked = questions_for(flawed_report)
    assert list(asked) == ["async_confusion", "security_oversights", "documentation_neglect"]
    assert all(2 <= len(questions) <= 3 for questions in asked.values())


def test_questions_point_at_the_evidence(flawed_report: Report) -> None:
    first = questions_for(flawed_report)["async_confusion"][0]
    assert "app/routes.py:42" in first
    assert "GET /notes" in first
    assert "499 ms" in first and "1.4 ms" in first  # the measured stall, not a generic question
    security = questions_for(flawed_report)["security_oversights"][0]
    assert "app/config.py:3" in security


def test_performance_question_cites_the_worst_endpoint(flawed_report: Report) -> None:
    verdicts = [
        v.model_copy(
            update={"status": "raised", "severity": "major", "evidence": [LOOP_BLOCKED.id]}
        )
        if v.flag == RedFlag.PERFORMANCE_IGNORANCE
        else v
        for v in flawed_report.red_flags
    ]
    asked = questions_for(flawed_report.model_copy(update={"red_flags": verdicts}))
    first = asked["performance_ignorance"][0]
    assert "GET /notes answered in 3.2 ms with one client and in 512 ms with 20" in first


def test_nothing_raised_nothing_asked(clean_report: Report, rejected_report: Report) -> None:
    assert questions_for(clean_report) == {}
    assert questions_for(rejected_report) == {}


def test_deterministic(flawed_report: Report) -> None:
    assert questions_for(flawed_report) == questions_for(flawed_report.model_copy(deep=True))


def test_raised_without_known_evidence_still_asks(flawed_report: Report) -> None:
    verdicts = [
        RedFlagVerdict(
            flag=RedFlag.TESTING_GAPS,
            status="raised",
            severity="minor",
            reason="x",
            evidence=["F-missing"],
        )
    ]
    asked = questions_for(flawed_report.model_copy(update={"red_flags": verdicts}))
    assert asked["testing_gaps"][0].startswith("The grader raised this flag.")


def test_questions_paraphrase_the_guides_never_copy_them(flawed_report: Report) -> None:
    """No run of eight words from the interview guide or hiring profile appears verbatim."""
    lines = SHINGLES.read_text(encoding="utf-8").splitlines()
    seeds = {line for line in lines if line and not line.startswith("#")}
    assert len(seeds) > 1000
    verdicts = [
        RedFlagVerdict(flag=flag, status="raised", severity="major", reason="x", evidence=[])
        for flag in RedFlag
    ]
    asked = questions_for(flawed_report.model_copy(update={"red_flags": verdicts}))
    for questions in asked.values():
        for question in questions:
            words = question.lower().split()
            for start in range(len(words) - 7):
                run = " ".join(words[start : start + 8]).encode()
                assert hashlib.sha256(run).hexdigest()[:16] not in seeds, question
