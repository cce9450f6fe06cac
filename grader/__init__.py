"""Grades FastAPI take-home submissions: build in Docker, probe, score, report.

The public API is small on purpose: the CLI, the batch worker and tests all use `grade`.
"""

from __future__ import annotations

from grader.models import Finding, Report
from grader.pipeline import grade
from grader.settings import GradeSettings
from grader.version import VERSION as __version__

__all__ = ["Finding", "GradeSettings", "Report", "__version__", "grade"]
