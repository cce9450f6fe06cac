"""Rules for the sandbox's limits: the candidate's container hit a ceiling the grader set.

A limit hit is not a verdict on its own (LIMIT-MEMORY, declared with the start rules, and these
carry no red flag): it explains why a phase failed or why evidence is missing, and each finding
names the limit's value so a reviewer can tell a greedy app from a tight setting.
They are observed by `grader.phases.limits.limit_findings`.
"""

from __future__ import annotations

from grader.checks.registry import declare
from grader.models import Severity

declare(
    "LIMIT-PIDS",
    None,
    Severity.MAJOR,
    "The app hit the process limit",
    "limits",
    "The app (or what it spawned) reached the container's limit on processes and threads, so "
    "further forks and threads failed.\n\n"
    "Why it matters: a fork storm or an unbounded thread pool takes a real server down; "
    "bound the workers instead.",
)
declare(
    "LIMIT-LOG-TRUNCATED",
    None,
    Severity.INFO,
    "The app's output exceeded the log limit",
    "limits",
    "The app wrote more output than the grader keeps; the oldest lines were dropped, so log "
    "excerpts in this report may miss the start of the run.",
)
declare(
    "LIMIT-DISK",
    None,
    Severity.MAJOR,
    "The app filled its disk",
    "limits",
    "A write failed with 'No space left on device': the app's folder and /tmp are small tmpfs "
    "mounts.\n\n"
    "Why it matters: an app that fills its disk at start-up fails the same way in production; "
    "write bounded data, and where the deployment says.",
)
