from __future__ import annotations

import io
from pathlib import Path

from grader.models import Finding, Report, Severity
from grader.reporters.github import emit, escape_data, escape_property, github_outputs

ENV = {
    "GITHUB_ACTIONS": "true",
    "GITHUB_SERVER_URL": "https://github.com",
    "GITHUB_REPOSITORY": "acme/hiring",
    "GITHUB_SHA": "abc123",
    "GRADER_SOURCE_ROOT": "submissions/alice",
}


def test_escaping_follows_the_runner_rules() -> None:
    assert escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert escape_property("a,b:c%\n") == "a%2Cb%3Ac%25%0A"


def test_annotations_for_located_findings_worst_first(flawed_report: Report) -> None:
    commands = github_outputs(flawed_report, ENV).commands
    assert len(commands) == 3  # the two findings without a file cannot be annotated
    assert commands[0].startswith(
        "::error file=submissions/alice/app/config.py,line=3,title=SEC-HARDCODED-SECRET::"
    )
    delete = next(c for c in commands if "FUZZ-SERVER-ERROR" in c)
    assert delete.startswith(
        "::error file=submissions/alice/main.py,line=61,title=FUZZ-SERVER-ERROR::"
    )
    assert "%0AReproduce: curl -X DELETE http://127.0.0.1:8000/notes/114827" in delete
    assert all("\n" not in c for c in commands)


def test_candidate_text_cannot_inject_a_command(flawed_report: Report) -> None:
    hostile = Finding(
        id="F-h",
        rule="X",
        severity=Severity.MINOR,
        title="oops\n::set-output name=score::100",
        detail="d",
        file="we,ird:name.py",
        line=1,
        source="static",
    )
    commands = github_outputs(flawed_report.model_copy(update={"findings": [hostile]}), {}).commands
    assert commands == [
        "::warning file=we%2Cird%3Aname.py,line=1,title=X::oops%0A::set-output name=score::100%0Ad"
    ]


def test_outputs_and_summary(flawed_report: Report, rejected_report: Report) -> None:
    data = github_outputs(flawed_report, ENV)
    assert data.outputs == ["score=61.4", "status=partial"]
    assert (
        "[main.py:61](https://github.com/acme/hiring/blob/abc123/submissions/alice/main.py#L61)"
        in data.summary
    )
    assert github_outputs(rejected_report, ENV).outputs == ["score=", "status=rejected"]


def test_emit_writes_only_inside_actions(tmp_path: Path, flawed_report: Report) -> None:
    summary, output = tmp_path / "summary.md", tmp_path / "output"
    output.write_text("earlier=1\n")
    env = {**ENV, "GITHUB_STEP_SUMMARY": str(summary), "GITHUB_OUTPUT": str(output)}
    out = io.StringIO()
    assert emit(flawed_report, {**env, "GITHUB_ACTIONS": "false"}, out) is False
    assert out.getvalue() == "" and not summary.exists()
    assert emit(flawed_report, env, out) is True
    assert out.getvalue().count("::error ") == 3
    assert out.getvalue().count("::warning ") == 0
    assert output.read_text() == "earlier=1\nscore=61.4\nstatus=partial\n"
    assert summary.read_text().startswith("## notes_keyerror — 61.4/100")
