"""`grade calibrate`: measures the grader against submissions humans labeled blind.

Data first, rendering last: `labels` reads what people said, `cases` finds (and exports) what to
grade, `run` grades it, `metrics` turns (label, report) pairs into a CalibrationResult, `render`
prints it. Only the package's public API (`grade`, `GradeSettings`, `Report`, `grader.models`) is
used, so the grader's internals can move without breaking the measurement of them.
"""

from __future__ import annotations

from grader.calibration.cases import Case, CorpusCase, PublicCase, Unavailable, collect_cases
from grader.calibration.labels import CorpusError, LabelError, read_label, read_public
from grader.calibration.metrics import calibrate
from grader.calibration.models import CalibrationResult, CaseOutcome, Thresholds
from grader.calibration.render import progress_line, render_text
from grader.calibration.run import CaseFinished, CaseStarted, run_cases

__all__ = [
    "CalibrationResult",
    "Case",
    "CaseFinished",
    "CaseOutcome",
    "CaseStarted",
    "CorpusCase",
    "CorpusError",
    "LabelError",
    "PublicCase",
    "Thresholds",
    "Unavailable",
    "calibrate",
    "collect_cases",
    "progress_line",
    "read_label",
    "read_public",
    "render_text",
    "run_cases",
]
