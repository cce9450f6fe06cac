"""Which of the sandbox's limits the candidate's container hit, as findings that name the limit.

A hostile or careless app meets a ceiling (memory, processes, log size, tmpfs size) long before
it can hurt the host; this module turns each ceiling it met into a finding instead of leaving a
reviewer with a bare crash or a silently shortened log. Everything here observes the container
from the outside, through the engine and the kernel: the candidate's own files are never read,
and the json-file log on the host is only ever stat()ed, never opened.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from grader.checks.registry import make_finding
from grader.models import Finding
from grader.phases.context import RunContext
from grader.sandbox.containers import container_attrs, pids_in_use, tail_logs
from grader.sandbox.engine import Container
from grader.settings import GradeSettings

_MIB = 1024 * 1024
_NO_SPACE = re.compile(r"No space left on device|\[Errno 28\]|\bENOSPC\b")
_PIDS_EXHAUSTED = re.compile(
    r"can't start new thread"
    r"|\bfork\b[^\n]{0,200}Resource temporarily unavailable"
    r"|Resource temporarily unavailable[^\n]{0,200}\bfork\b"
    r"|Cannot fork|fork: retry",
    re.IGNORECASE,
)
# json-file keeps at most `log_bytes`; a file this close to the cap has dropped lines already.
_LOG_NEARLY_FULL = 0.9
_QUOTE_CHARS = 200


def limits_step(ctx: RunContext) -> None:
    """After the probes (or a failed start): which limits the app ran into, with their values."""
    candidate = ctx.sandbox.candidate
    if candidate is None:
        return
    logs = tail_logs(candidate, lines=200, max_chars=20000)
    ctx.grading.add(*limit_findings(candidate, ctx.settings, logs))


def limit_findings(candidate: Container, settings: GradeSettings, log_tail: str) -> list[Finding]:
    """Findings for every limit the candidate hit: LIMIT-MEMORY, -PIDS, -LOG-TRUNCATED, -DISK.

    `candidate` is the running or stopped container; `log_tail` is the end of its output, as
    the caller already fetched it. Never raises: an engine that cannot answer means fewer
    findings, not a failed grading.
    """
    limits = settings.limits
    attrs = container_attrs(candidate)
    state = attrs.get("State") or {}
    findings: list[Finding] = []
    if state.get("OOMKilled"):
        findings.append(
            make_finding(
                "LIMIT-MEMORY",
                f"The kernel killed the app at the container's memory limit of "
                f"{limits.memory_mb} MiB (limits.memory_mb={limits.memory_mb}).",
            )
        )
    pids = _pids_evidence(candidate, attrs, limits.pids, log_tail)
    if pids:
        findings.append(
            make_finding(
                "LIMIT-PIDS",
                f"The app reached the container's limit of {limits.pids} processes and threads "
                f"(limits.pids={limits.pids}): {pids}.",
            )
        )
    log = _log_evidence(attrs.get("LogPath"), limits.log_bytes)
    if log:
        findings.append(
            make_finding(
                "LIMIT-LOG-TRUNCATED",
                f"The app wrote more than the {limits.log_bytes} bytes "
                f"({limits.log_bytes / _MIB:g} MiB, limits.log_bytes={limits.log_bytes}) of "
                f"output the grader keeps ({log}); the oldest lines were dropped.",
            )
        )
    disk = _quoted_line(_NO_SPACE, log_tail)
    if disk:
        findings.append(
            make_finding(
                "LIMIT-DISK",
                f"A write failed for lack of space ({disk}): the app's folder /app is a "
                f"{limits.app_disk_mb} MiB tmpfs (limits.app_disk_mb={limits.app_disk_mb}) and "
                f"/tmp and /var/tmp {limits.tmp_disk_mb} MiB ones "
                f"(limits.tmp_disk_mb={limits.tmp_disk_mb}).",
            )
        )
    return findings


def _quoted_line(pattern: re.Pattern[str], text: str) -> str:
    """The first log line matching, quoted and cut short: it is the candidate's text."""
    for line in text.splitlines():
        if pattern.search(line):
            return repr(line.strip()[:_QUOTE_CHARS])
    return ""


def _pids_evidence(candidate: Container, attrs: dict[str, Any], limit: int, log_tail: str) -> str:
    """Why we believe the pids limit was hit: the engine's count, the kernel's, or the log."""
    state = attrs.get("State") or {}
    evidence: list[str] = []
    if state.get("Running"):
        in_use = pids_in_use(candidate)
        if in_use is not None and in_use[0] >= in_use[1]:
            evidence.append(f"{in_use[0]} of {in_use[1]} in use at the end of the run")
        refused = _refused_forks(int(state.get("Pid") or 0), str(attrs.get("Id") or ""))
        if refused:
            evidence.append(f"the kernel refused {refused} fork(s) or thread start(s)")
    said = _quoted_line(_PIDS_EXHAUSTED, log_tail)
    if said:
        evidence.append(f"the log says {said}")
    return "; ".join(evidence)


def _refused_forks(pid: int, container_id: str) -> int | None:
    """The kernel's count of refused forks (pids.events `max`), when this host can see it.

    Best effort: it needs the grader in the host's pid and cgroup namespaces, and the path must
    name the container, so a recycled pid or a remote engine never yields someone else's count.
    """
    if pid <= 0 or not container_id:
        return None
    try:
        lines = Path(f"/proc/{pid}/cgroup").read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    for line in lines:
        parts = line.split(":", 2)
        if len(parts) != 3 or container_id not in parts[2]:
            continue
        _, controllers, path = parts
        if "pids" in controllers.split(","):
            events = Path("/sys/fs/cgroup", controllers) / path.lstrip("/") / "pids.events"
        elif controllers == "":
            events = Path("/sys/fs/cgroup") / path.lstrip("/") / "pids.events"
        else:
            continue
        try:
            fields = events.read_text(encoding="utf-8").split()
        except OSError:
            continue
        if len(fields) >= 2 and fields[0] == "max" and fields[1].isdigit():
            return int(fields[1])
    return None


def _log_evidence(log_path: object, log_bytes: int) -> str:
    """Did the engine's json-file log reach its cap? Judged by stat() alone, never by reading.

    The engine rotates the file to `<path>.1` once it reaches max-size; a file still close to
    the cap has dropped lines, or is about to.
    """
    if not isinstance(log_path, str) or not log_path:
        return ""
    try:
        os.stat(log_path + ".1")
        return "the engine rotated the log"
    except FileNotFoundError:
        pass
    except OSError:
        return ""  # not ours to see (another host, or no permission): no claim either way
    try:
        size = os.stat(log_path).st_size
    except OSError:
        return ""
    if size >= _LOG_NEARLY_FULL * log_bytes:
        return f"the log file holds {size} bytes"
    return ""
