"""Which app the grader serves when the code holds several: a note, so a reviewer can check it."""

from __future__ import annotations

from grader.checks.registry import declare
from grader.models import Severity

declare(
    "START-APP-CHOSEN",
    None,
    Severity.INFO,
    "Several FastAPI apps were found; the grader chose one",
    "start",
    "The code defines more than one FastAPI app. The grader serves the one the repository's own "
    "start command names (its compose file, Dockerfile, Procfile, Makefile, scripts or README, "
    "in that order), else the one a conventional layout suggests; the detail names it, the "
    "others, and why.\n\n"
    "Why it is only informational: a second app (a demo, an old version) is no defect, but a "
    "wrong choice would grade the wrong code, so the choice is shown.",
)
