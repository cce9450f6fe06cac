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



def parse_formats(text: str) -> list[str]:
    """`"json,md"` -> ["json", "md"]; a ValueError names any format without a renderer."""
    names = [name.strip() for name in text.split(",") if name.strip()]
    unknown = [name for name in names if name not in RENDERERS]
    if unknown or not names:
        raise ValueError(f"unknown format(s): {', '.join(unknown) or '(none)'}")
    return names


__all__ = ["RENDERERS", "Renderer", "parse_formats"]
