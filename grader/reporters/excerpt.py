"""A failure's whole reason, bounded, and the one line of it worth showing where only one fits.

Reasons and details are multi-line when they carry evidence (a start-up traceback, a build log):
renderers show all of it up to a bound, with a note when it is cut, and a one-line view (a table
cell, the CLI progress line) shows the informative line, never a bare header such as
"exit code 1. Last lines:".
"""

from __future__ import annotations

import re

MAX_LINES = 40
MAX_CHARS = 4000
# A trailing phrase that only announces the evidence below it.
_ANNOUNCES = re.compile(
    r"\s*(?:Last lines[^:\n]*|Output|Log|Traceback \(most recent call last\)):\s*$", re.IGNORECASE
)


def bounded(text: str, max_lines: int = MAX_LINES, max_chars: int = MAX_CHARS) -> str:
    """The text, trailing blanks removed, cut to `max_lines` and `max_chars` with a note."""
    lines = text.rstrip().splitlines()
    cut_lines = len(lines) > max_lines
    shown = "\n".join(lines[:max_lines])
    cut_chars = len(shown) > max_chars
    if cut_chars:
        shown = (
            shown[:max_chars].rsplit("\n", 1)[0] if "\n" in shown[:max_chars] else shown[:max_chars]
        )
    if cut_lines or cut_chars:
        hidden = len(lines) - shown.count("\n") - 1
        note = f"[… cut: {hidden} more line(s); the JSON report has it all]"
        if hidden <= 0:
            note = "[… cut; the JSON report has it all]"
        shown = f"{shown}\n{note}"
    return shown


def headline(text: str) -> str:
    """The first informative line: not blank, and without a trailing "Last lines:" header."""
    for line in text.strip().splitlines():
        shown = _ANNOUNCES.sub("", line).strip()
        if shown:
            return shown
    return ""


def split_headline(text: str) -> tuple[str, str]:
    """(the first line, the rest) of a multi-line text, the rest left as is for a code block."""
    first, _, rest = text.strip().partition("\n")
    return headline(first) if headline(first) else first.strip(), rest.rstrip()


def is_multiline(text: str) -> bool:
    return "\n" in text.strip()
