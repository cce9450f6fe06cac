"""Why a build failed, in one line a reviewer can act on, read from uv's and pip's own output.

"typed-ast 1.4.3: fatal error: code.h: No such file or directory", "No matching distribution
found for fastapi-todo-toolkit==2.3.1 (not on the package index)", "django==6.0 needs
Python>=3.12; this build's Python is 3.11.2": the package and the first real error line, never
"build script exited with 1". Only the grader's own build output is read here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from grader.sandbox.build import BuildOutcome

_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
# uv on a terminal draws its error chain; the same chain without one reads "error:"/"cause:".
_GLYPHS = (
    ("\u00d7", "error:"),
    ("\u2570\u2500\u25b6", "cause:"),
    ("\u251c\u2500\u25b6", "cause:"),
    ("\u2502", ""),
)
_COMPILER = re.compile(r"(?:^|\s)\S+:\d+(?::\d+)?: (?:fatal )?error: .*|^\s*(?:fatal )?error: .*")
_EXCEPTION = re.compile(r"^\s*(?:[A-Za-z_][\w.]*)?(?:Error|Exception|Exit)\b[\w.]*: .+")
_NOISE = re.compile(
    r"subprocess-exited-with-error|metadata-generation-failed|legacy-install-failure|"
    r"failed-wheel-build|Failed building wheel|Failed to build one or more|"
    r"^\s*error: Command '\[|^\s*ERROR: Failed to build|did not run successfully|"
    r"The build backend returned an error"
)
_MAX = 300


@dataclass(frozen=True)
class Diagnosis:
    kind: str  # missing | conflict | python | build | folder | hash | other
    message: str
    requirement: str | None = None


def explain(outcome: BuildOutcome, stage: str) -> None:
    """Replace a failed outcome's generic reason with what its log says went wrong."""
    diagnosis = diagnose(outcome.log)
    if outcome.timed_out:
        step = _last_step(outcome.log)
        outcome.reason = f"{outcome.reason}{f' (while: {step})' if step else ''}"
        outcome.failure = "timeout"
        return
    if diagnosis is None:
        step = _last_step(outcome.log)
        if step and outcome.exit_code is not None:
            outcome.reason = f"{stage} step {step!r} failed (exit {outcome.exit_code})"
        return
    outcome.reason = diagnosis.message[:_MAX]
    outcome.failure = diagnosis.kind
    outcome.requirement = diagnosis.requirement


def diagnose(log: str) -> Diagnosis | None:
    """What the last step's output says went wrong (a repaired failure before it is history)."""
    lines = _normalised(_last_step_output(log))
    for reader in (_uv_resolution, _uv_build, _pip_missing, _pip_hashes, _pip_build, _any_error):
        found = reader(lines)
        if found is not None:
            return found
    return None


def _normalised(log: str) -> list[str]:
    lines = []
    for line in _ANSI.sub("", log).splitlines():
        for glyph, word in _GLYPHS:
            if line.lstrip().startswith(glyph):
                line = line.replace(glyph, word, 1)
        lines.append(line.rstrip())
    return lines


def _paragraph(lines: list[str], start: int) -> str:
    """The `cause:` text under an error line, continuation lines joined."""
    parts: list[str] = []
    for line in lines[start + 1 :]:
        text = line.strip()
        if not text or text.startswith(("hint:", "help:", "GRADER-", "error:", "warning:")):
            if parts:
                break
            continue
        parts.append(re.sub(r"^cause:\s*", "", text))
    return " ".join(parts)


def _uv_resolution(lines: list[str]) -> Diagnosis | None:
    at = next((i for i, t in enumerate(lines) if "No solution found when resolving" in t), None)
    if at is None:
        return None
    why = _paragraph(lines, at)
    froms = (re.search(r"requirements from `([^`]+)`", t) for t in lines[: at + 1])
    building = next((m.group(1) for m in froms if m), None)
    missing = re.search(
        r"Because (\S+) was not found in the (package registry|cache|provided package locations)",
        why,
    )
    required = re.search(r"you require (.+?)(?:, we can conclude| and (?:because|you))", why)
    requirement = required.group(1).strip() if required else None
    if missing is not None:
        where = {
            "package registry": "not on the package index",
            "cache": "not among the fetched wheels",
            "provided package locations": "not among the fetched wheels",
        }[missing.group(2)]
        wanted = requirement or missing.group(1)
        message = f"No matching distribution found for {wanted} ({where})"
        if building is not None:  # what building the candidate's folder needs: ours to fetch
            return Diagnosis("folder", f"building {building}: {message}", wanted)
        return Diagnosis("missing", message, wanted)
    version = re.search(r"there is no version of (\S+?)(?:,| and| we can|$)", why)
    if version is not None:
        wanted = version.group(1)
        message = f"No matching distribution found for {wanted} (no such version)"
        return Diagnosis("missing", message, wanted)
    python = re.search(
        r"current Python version \(([\d.]+)\) does not satisfy (Python\S+) and (\S+) depends on",
        why,
    )
    if python is not None:
        package, needs, have = python.group(3), python.group(2), python.group(1)
        return Diagnosis(
            "python", f"{package} needs {needs}; this build's Python is {have}", package
        )
    if building is not None:
        return Diagnosis("folder", f"building {building}: {_first_sentence(why)}")
    if requirement is not None:
        return Diagnosis("conflict", f"conflicting requirements: you require {requirement}")
    return Diagnosis("conflict", f"no set of versions fits: {_first_sentence(why)}")


def _uv_build(lines: list[str]) -> Diagnosis | None:
    """uv could not build something: a dependency's sdist, or one of the candidate's folders."""
    at = next(
        (
            i
            for i, line in enumerate(lines)
            if re.search(r"Failed to (build|prepare)\b.*`", line)
            or "The build backend returned an error" in line
        ),
        None,
    )
    if at is None:
        return None
    named = (re.search(r"Failed to \w+ `([^`]+)`", line) for line in lines[at : at + 3])
    subject = next((m.group(1) for m in named if m), None)
    step = _last_step("\n".join(lines[:at]))
    local = re.match(r"(\S+) @ file://(\S+)", subject or "")
    if local is not None:
        shown = "the project" if local.group(2).rstrip("/") == "/src" else local.group(2)
        label, kind, requirement = f"{shown} ({local.group(1)})", "folder", local.group(1)
    elif subject is not None:
        label, kind, requirement = subject.replace("==", " "), "build", subject
    elif step is not None and step.startswith("install ") and step != "install dependencies":
        label, kind, requirement = step.removeprefix("install "), "folder", None
    else:
        label, kind, requirement = "a package", "build", None
    detail = _first_real_error(_block(lines, at)) or _first_sentence(_paragraph(lines, at))
    return Diagnosis(kind, f"{label}: {detail}", requirement)


def _block(lines: list[str], start: int) -> list[str]:
    """Output of the failed build: its [stderr] and [stdout] sections, else what follows."""
    body = lines[start + 1 :]
    sections = [i for i, line in enumerate(body) if line.strip() in {"[stderr]", "[stdout]"}]
    if not sections:
        return body
    stderr = next((i for i in sections if body[i].strip() == "[stderr]"), sections[0])
    block = []
    for line in body[stderr + 1 :]:
        if line.strip().startswith(("hint:", "GRADER-")) or line.strip() == "[stdout]":
            break
        block.append(line)
    return block or body


def _first_real_error(block: list[str]) -> str | None:
    """A compiler's first error, else the error a script raised, else its last words."""
    for line in block:
        if _COMPILER.search(line) and not _NOISE.search(line):
            return _clean(line)
    exceptions = [line for line in block if _EXCEPTION.match(line)]
    if exceptions:
        return _clean(exceptions[-1])
    text = [line for line in block if line.strip() and not _NOISE.search(line)]
    return _clean(text[-1]) if text else None


def _pip_missing(lines: list[str]) -> Diagnosis | None:
    for line in lines:
        found = re.search(r"No matching distribution found for (\S+)", line)
        if found:
            wanted = found.group(1)
            return Diagnosis("missing", f"No matching distribution found for {wanted}", wanted)
    return None


def _pip_hashes(lines: list[str]) -> Diagnosis | None:
    if not any("DO NOT MATCH THE HASHES" in line for line in lines):
        return None
    names = [m.group(1) for line in lines if (m := re.match(r"\s+(\S+==\S+) from ", line))]
    subject = names[0] if names else "a locked package"
    return Diagnosis(
        "hash", f"{subject}: the file downloaded does not match the lock file's hashes", subject
    )


def _pip_build(lines: list[str]) -> Diagnosis | None:
    """pip could not build a source distribution (its wheel, or first its metadata)."""
    failed = next(
        (m.group(1) for t in lines if (m := re.search(r"Failed building wheel for (\S+)", t))),
        None,
    )
    start = next((i for i, t in enumerate(lines) if f"Building wheel for {failed}" in t), 0)
    early = next(
        (m.group(1) for t in lines if (m := re.search(r"Failed to build '([^']+)' when", t))),
        None,
    )
    if failed is None and early is not None:  # pip 25+: its build requirements failed
        failed = early
        at = next(
            (i for i, t in enumerate(lines) if re.match(rf"Collecting {re.escape(early)}==", t)),
            0,
        )
        start = next(
            (i for i, t in enumerate(lines[at:], at) if "did not run successfully" in t), at
        )
    if failed is None and any("metadata-generation-failed" in t for t in lines):
        start = next((i for i, t in enumerate(lines) if "Preparing metadata" in t), 0)
        collected = [m for t in lines[:start] if (m := re.match(r"Collecting (\S+?)==", t))]
        failed = collected[-1].group(1) if collected else None
    if failed is None:
        return None
    version = next(
        (
            m.group(1)
            for line in lines
            if (m := re.match(rf"Collecting {re.escape(failed)}==(\S+)", line.strip()))
        ),
        None,
    )
    block = [line.strip() for line in lines[start:]]
    block = block[: next((i for i, t in enumerate(block) if t == "[end of output]"), len(block))]
    detail = _first_real_error(block) or "the build of its source distribution failed"
    label = f"{failed} {version}" if version else failed
    return Diagnosis("build", f"{label}: {detail}", f"{failed}=={version}" if version else failed)


def _any_error(lines: list[str]) -> Diagnosis | None:
    for line in lines:
        text = line.strip()
        if re.match(r"(error|ERROR|fatal):", text) and not _NOISE.search(text):
            step = _last_step("\n".join(lines))
            return Diagnosis("other", f"{step}: {_clean(text)}" if step else _clean(text))
    failed = next((line for line in lines if line.startswith("GRADER-FAILED:")), None)
    if failed is not None:
        return Diagnosis("folder", failed.split(":", 1)[1].strip())
    return None


def _last_step_output(log: str) -> str:
    starts = [m.start() for m in re.finditer(r"^GRADER-STEP: ", log, re.MULTILINE)]
    return log[starts[-1] :] if starts else log


def _last_step(log: str) -> str | None:
    steps = re.findall(r"^GRADER-STEP: (.+)$", log, re.MULTILINE)
    return steps[-1].strip() if steps else None


def _first_sentence(text: str) -> str:
    return text.split(". ", 1)[0].strip()


def _clean(line: str) -> str:
    return re.sub(r"\s+", " ", line).strip()[:_MAX]
