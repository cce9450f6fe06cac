"""Hand-built reports shaped like real gradings, so renderers are tested without Docker."""

from __future__ import annotations

import pytest

from grader.models import (
    AssignmentKind,
    Finding,
    GradingStatus,
    LatencyAtLoad,
    LoadMeasurements,
    Location,
    Measurements,
    PhaseName,
    PhaseResult,
    PhaseStatus,
    RedFlag,
    RedFlagVerdict,
    Report,
    RequestEvidence,
    ScoreDimension,
    ScoreExplanation,
    Severity,
    SubmissionInfo,
)

DELETE_CURL = "curl -X DELETE http://127.0.0.1:8000/notes/114827"

SERVER_ERROR = Finding(
    id="F-723053ef",
    rule="FUZZ-SERVER-ERROR",
    severity=Severity.MAJOR,
    title="DELETE /notes/{note_id}: server error 500",
    detail="DELETE /notes/114827 answered 500: Internal Server Error "
    "(raised KeyError: 114827 at main.py:61)",
    file="main.py",
    line=61,
    request=RequestEvidence(method="DELETE", path="/notes/{note_id}", status=500, curl=DELETE_CURL),
    source="fuzz",
)
LOOP_BLOCKED = Finding(
    id="F-0b10c4ed",
    rule="ASYNC-LOOP-BLOCKED",
    flag=RedFlag.ASYNC_CONFUSION,
    severity=Severity.MAJOR,
    title="The event loop stalls while GET /notes runs",
    detail="time.sleep in an async route held the event loop for 512 ms; other requests waited.",
    file="app/routes.py",
    line=42,
    request=RequestEvidence(
        method="GET", path="/notes", status=200, curl="curl -X GET http://127.0.0.1:8000/notes"
    ),
    source="blocking",
    related=[Location(file="app/store.py", line=7, role="where the time went")],
)
HARDCODED_SECRET = Finding(
    id="F-5ec2e7aa",
    rule="SEC-HARDCODED-SECRET",
    flag=RedFlag.SECURITY_OVERSIGHTS,
    severity=Severity.CRITICAL,
    title="A secret key is hard-coded",
    detail="SECRET_KEY is assigned a string literal in the code.",
    file="app/config.py",
    line=3,
    source="static",
)
NO_README = Finding(
    id="F-00d0c5aa",
    rule="DOCS-NO-README",
    flag=RedFlag.DOCUMENTATION_NEGLECT,
    severity=Severity.MINOR,
    title="No README with run instructions",
    detail="No README file at the project root.",
    source="static",
)
SCHEMA_VIOLATION = Finding(
    id="F-2b56f9af",
    rule="FUZZ-SCHEMA-VIOLATION",
    severity=Severity.MINOR,
    title="GET /notes/{note_id}: response breaks its schema (status_code_conformance)",
    detail="GET /notes/114827 answered 404: Undocumented status code: Received: 404\n"
    "Documented: 200, 422",
    request=RequestEvidence(
        method="GET",
        path="/notes/{note_id}",
        status=404,
        curl="curl -X GET http://127.0.0.1:8000/notes/114827",
    ),
    source="fuzz",
)
UVICORN_ADDED = Finding(
    id="F-1a2b3c4d",
    rule="BUILD-UVICORN-UNDECLARED",
    severity=Severity.INFO,
    title="uvicorn is not declared; the grader added it",
    detail="The app needs an ASGI server to run; the grader added uvicorn.",
    source="build",
)

SOURCES = {
    "main.py": [f"# line {n}" for n in range(1, 59)]
    + [
        "@app.delete('/notes/{note_id}')",
        "async def delete_note(note_id: int) -> None:",
        "    del NOTES[note_id]",
        "",
    ],
    "app/routes.py": [f"# routes line {n}" for n in range(1, 40)]
    + [
        "@router.get('/notes')",
        "async def list_notes() -> list[Note]:",
        "    time.sleep(0.5)  # <b>not</b> awaited",
        "    return list(NOTES.values())",
    ],
    "app/config.py": ["import os", "", "SECRET_KEY = 'hunter2'"],
}


def _at(name: str, method: str, clients: int, p50: float, rps: float | None = None) -> LatencyAtLoad:
    return LatencyAtLoad(
        endpoint=name, method=method, path="/notes", clients=clients, requests=30, failures=0,
        rps=rps, p50_ms=p50,
    )  # fmt: skip


def _phases(**status: PhaseStatus) -> list[PhaseResult]:
    return [
        PhaseResult(
            name=name,
            status=status.get(name.value, PhaseStatus.OK),
            seconds=1.5,
            reason="not implemented in this grader version"
            if status.get(name.value) == PhaseStatus.SKIPPED
            else "",
        )
        for name in PhaseName
    ]


@pytest.fixture
def flawed_report() -> Report:
    findings = [SERVER_ERROR, LOOP_BLOCKED, HARDCODED_SECRET, NO_README, SCHEMA_VIOLATION]
    return Report(
        grader_version="0.1.0",
        submission=SubmissionInfo(
            name="notes_keyerror", sha256="642cd11ab0f2" + "0" * 52, kind=AssignmentKind.TODO
        ),
        status=GradingStatus.PARTIAL,
        score=61.4,
        red_flags=[
            RedFlagVerdict(
                flag=RedFlag.ASYNC_CONFUSION,
                status="raised",
                severity="major",
                reason="1 finding(s): ASYNC-LOOP-BLOCKED",
                evidence=[LOOP_BLOCKED.id],
            ),
            RedFlagVerdict(
                flag=RedFlag.TYPE_HINT_AVOIDANCE, status="clear", reason="nothing found by static"
            ),
            RedFlagVerdict(
                flag=RedFlag.SECURITY_OVERSIGHTS,
                status="raised",
                severity="critical",
                reason="1 finding(s): SEC-HARDCODED-SECRET",
                evidence=[HARDCODED_SECRET.id],
            ),
            RedFlagVerdict(
                flag=RedFlag.DOCUMENTATION_NEGLECT,
                status="raised",
                severity="minor",
                reason="1 finding(s): DOCS-NO-README",
                evidence=[NO_README.id],
            ),
            RedFlagVerdict(
                flag=RedFlag.TESTING_GAPS,
                status="not_assessed",
                reason="could not be assessed: candidate_tests (not implemented in "
                "this grader version)",
            ),
            RedFlagVerdict(
                flag=RedFlag.PERFORMANCE_IGNORANCE, status="clear", reason="nothing found by load"
            ),
        ],
        findings=findings,
        phases=_phases(candidate_tests=PhaseStatus.SKIPPED, conformance=PhaseStatus.SKIPPED),
        metrics={
            "files": 4,
            "fuzz_cases": 84,
            "load.list.c1.p50_ms": 3.2,
            "load.list.c20.p50_ms": 512.0,
            "load.list.c20.rps": 38.5,
            "load.create.c1.p50_ms": 4.0,
            "load.create.c20.p50_ms": 9.5,
            "load.idle_probe_ms": 1.4,
            "load.probe_ms": 498.7,
            "routes": 5,
            "schema_source": "served",
        },
        measurements=Measurements(
            load=LoadMeasurements(
                users=20,
                resource="/notes",
                latencies=[
                    _at("list", "GET", 1, 3.2),
                    _at("list", "GET", 20, 512.0, rps=38.5),
                    _at("create", "POST", 1, 4.0),
                    _at("create", "POST", 20, 9.5),
                ],
                probe_ms=498.7,
                idle_probe_ms=1.4,
            )
        ),
        scoring=ScoreExplanation(
            method="weighted mean over measured dimensions",
            dimensions=[
                ScoreDimension(name="robustness", weight=15, earned=0.7, reason="1 finding(s)"),
                ScoreDimension(
                    name="tests",
                    weight=10,
                    earned=None,
                    reason="not measured: its phases did not all run",
                ),
            ],
        ),
    )


@pytest.fixture
def clean_report() -> Report:
    """A graded submission without findings whose load phase never ran."""
    return Report(
        grader_version="0.1.0",
        submission=SubmissionInfo(name="todo_good", sha256="ab" * 32, kind=AssignmentKind.TODO),
        status=GradingStatus.PARTIAL,
        score=100.0,
        red_flags=[
            RedFlagVerdict(flag=flag, status="clear", reason="nothing found") for flag in RedFlag
        ],
        findings=[UVICORN_ADDED],
        phases=_phases(load=PhaseStatus.SKIPPED),
        metrics={"routes": 4},
    )


@pytest.fixture
def rejected_report() -> Report:
    phases = [
        PhaseResult(
            name=name,
            status=PhaseStatus.FAILED if name == PhaseName.INTAKE else PhaseStatus.SKIPPED,
            reason="archive member escapes the root: ../../etc/passwd"
            if name == PhaseName.INTAKE
            else "an earlier phase failed",
        )
        for name in PhaseName
    ]
    return Report(
        grader_version="0.1.0",
        submission=SubmissionInfo(name="evil.zip", sha256="cd" * 32),
        status=GradingStatus.REJECTED,
        score=None,
        red_flags=[
            RedFlagVerdict(
                flag=flag,
                status="not_assessed",
                reason="input rejected: archive member escapes the root",
            )
            for flag in RedFlag
        ],
        findings=[],
        phases=phases,
    )


@pytest.fixture
def sources() -> dict[str, list[str]]:
    return {name: list(lines) for name, lines in SOURCES.items()}
