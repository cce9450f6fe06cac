"""What a grading tells GitHub Actions: a step summary, step outputs and line annotations.

`github_outputs` is pure data, so it is tested without a runner; `emit` writes it only when the
process runs inside Actions. Findings quote a stranger's code, so every value is escaped the way
the runner expects: a candidate's text can never end our workflow command or start another one.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TextIO
from urllib.parse import quote

from pydantic import BaseModel

from grader.models import Finding, Report, Severity
from grader.reporters import markdown
from grader.reporters.evidence import sorted_findings

SOURCE_ROOT_ENV = "GRADER_SOURCE_ROOT"
MAX_ANNOTATIONS = 50
COMMAND = {
    Severity.CRITICAL: "error",
    Severity.MAJOR: "error",
    Severity.MINOR: "warning",
    Severity.INFO: "notice",
}


class GithubActions(BaseModel):
    """The three things a step can hand the runner."""

    summary: str
    outputs: list[str]
    commands: list[str]


def escape_data(text: str) -> str:
    """A workflow command's message: %, CR and LF are encoded so it stays one line."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A workflow command's property value: also `:` and `,`, which delimit properties."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def source_prefix(env: Mapping[str, str]) -> str:
    """The submission's folder inside the repository (the Action's `path`), '' for the root."""
    cleaned = env.get(SOURCE_ROOT_ENV, "").replace("\\", "/").strip("/")
    while cleaned.startswith("./"):
        cleaned = cleaned[2:]
    return "" if cleaned in ("", ".") else cleaned + "/"


def _link_base(env: Mapping[str, str], prefix: str) -> str:
    server, repo, sha = (
        env.get(k, "") for k in ("GITHUB_SERVER_URL", "GITHUB_REPOSITORY", "GITHUB_SHA")
    )
    if not (server and repo and sha):
        return prefix
    return f"{server.rstrip('/')}/{repo}/blob/{sha}/{quote(prefix)}"


def annotation(finding: Finding, prefix: str) -> str | None:
    if finding.file is None:
        return None
    props = [f"file={escape_property(prefix + finding.file)}"]
    if finding.line:
        props.append(f"line={finding.line}")
    props.append(f"title={escape_property(finding.rule)}")
    message = finding.title
    if finding.detail.strip() and finding.detail.strip() != finding.title:
        message += "\n" + finding.detail.strip()
    if finding.request is not None:
        message += "\nReproduce: " + finding.request.curl
    return f"::{COMMAND[finding.severity]} {','.join(props)}::{escape_data(message)}"


def github_outputs(report: Report, env: Mapping[str, str]) -> GithubActions:
    prefix = source_prefix(env)
    score = "" if report.score is None else f"{report.score:g}"
    located = [a for f in sorted_findings(report) if (a := annotation(f, prefix)) is not None]
    commands = located[:MAX_ANNOTATIONS]
    if len(located) > MAX_ANNOTATIONS:
        more = len(located) - MAX_ANNOTATIONS
        commands.append(f"::notice title=grader::{more} more findings are in the reports")
    return GithubActions(
        summary=markdown.render(report, link_base=_link_base(env, prefix)),
        outputs=[f"score={score}", f"status={report.status.value}"],
        commands=commands,
    )


def _append(path: str, text: str) -> None:
    with Path(path).open("a", encoding="utf-8") as handle:
        handle.write(text if text.endswith("\n") else text + "\n")


def emit(report: Report, env: Mapping[str, str], stdout: TextIO) -> bool:
    """Write summary, outputs and annotations when running in Actions; True when it did."""
    if env.get("GITHUB_ACTIONS") != "true":
        return False
    data = github_outputs(report, env)
    if env.get("GITHUB_STEP_SUMMARY"):
        _append(env["GITHUB_STEP_SUMMARY"], data.summary)
    if env.get("GITHUB_OUTPUT"):
        _append(env["GITHUB_OUTPUT"], "\n".join(data.outputs))
    for command in data.commands:
        stdout.write(command + "\n")
    stdout.flush()
    return True
