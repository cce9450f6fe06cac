"""Renderers: each reads only the Report model and returns text. Selected by format name."""

from __future__ import annotations

from collections.abc import Callable

from grader.models import Report
from grader.reporters import html, json_report, junit, markdown, sarif

Renderer = Callable[[Report], str]
RENDERERS: dict[str, Renderer] = {
    "json": json_report.render,
    "md": markdown.render,
    "html": lambda report: html.render(report, report.source_excerpts),
    "junit": junit.render,
    "sarif": sarif.render,
}

__all__ = ["RENDERERS", "Renderer"]
