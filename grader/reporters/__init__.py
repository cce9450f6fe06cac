"""Renderers: each reads only the Report model and returns text. Selected by format name."""

from __future__ import annotations

from collections.abc import Callable

from grader.models import Report
from grader.reporters import json_report

Renderer = Callable[[Report], str]
RENDERERS: dict[str, Renderer] = {"json": json_report.render}

__all__ = ["RENDERERS", "Renderer"]
