"""Batch grading: many submissions through a Huey queue (SQLite here, or Redis for many machines).

`run_batch` is the library entry point; `grade batch` and `grade worker` are its commands.
"""

from __future__ import annotations

from grader.batch.run import BatchOptions, BatchOutcome, run_batch

__all__ = ["BatchOptions", "BatchOutcome", "run_batch"]
