"""Which line of a call chain sits inside a loop: where an N+1's repetition comes from.

The loop monitor records the submission's frames that issued a repeated SQL statement, innermost
first. The statement itself (`cursor.execute` in a helper) is where the time goes; the loop that
calls the helper once per row is what a reviewer must change. Reading the submission's files as
data (ast, never imported), this finds the innermost frame whose line runs once per iteration.
"""

from __future__ import annotations

import ast
from functools import lru_cache
from pathlib import Path

from grader.discovery.tolerant_parse import parse_python

_COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.GeneratorExp)


@lru_cache(maxsize=64)
def _loop_lines(path: Path) -> frozenset[int]:
    """Lines that run once per iteration: loop bodies, and comprehensions' elements."""
    try:
        tree = parse_python(path.read_text(encoding="utf-8", errors="replace"), str(path))
    except (OSError, SyntaxError, ValueError):
        return frozenset()
    lines: set[int] = set()
    for node in ast.walk(tree):
        parts: list[ast.stmt] | list[ast.expr] = []
        if isinstance(node, (ast.For, ast.AsyncFor, ast.While)):
            parts = node.body
        elif isinstance(node, ast.DictComp):
            parts = [node.key, node.value]
        elif isinstance(node, _COMPREHENSIONS):
            parts = [node.elt]
        for part in parts:
            lines.update(range(part.lineno, (part.end_lineno or part.lineno) + 1))
    return frozenset(lines)


def loop_frame(root: Path, chain: list[tuple[str, int]]) -> tuple[str, int] | None:
    """The innermost (file, line) of `chain` that runs once per iteration of a loop."""
    base = root.resolve()
    for file, line in chain:
        path = (base / file).resolve()
        if not path.is_relative_to(base) or not path.is_file():
            continue
        if line in _loop_lines(path):
            return file, line
    return None


@lru_cache(maxsize=64)
def _function_spans(path: Path) -> dict[int, tuple[int, int]]:
    """Each function's first line (its `def`, or its first decorator) -> (def line, last line)."""
    try:
        tree = parse_python(path.read_text(encoding="utf-8", errors="replace"), str(path))
    except (OSError, SyntaxError, ValueError):
        return {}
    spans: dict[int, tuple[int, int]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            span = (node.lineno, node.end_lineno or node.lineno)
            for start in [node.lineno, *(d.lineno for d in node.decorator_list)]:
                spans[start] = span
    return spans


def function_span(root: Path, file: str, line: int) -> tuple[int, int] | None:
    """The lines of the function defined (or decorated) at `file:line`, inside `root`."""
    base = root.resolve()
    path = (base / file).resolve()
    if not path.is_relative_to(base) or not path.is_file():
        return None
    return _function_spans(path).get(line)
