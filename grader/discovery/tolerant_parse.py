"""Parse a submission's module even when it uses syntax newer than the grader's Python.

The grader reads code with the interpreter it runs on (3.11), while candidates write for 3.12+
(`type X = ...`, `def f[T]()`, nested quotes in f-strings). One such line must not hide the app,
its routes and every static finding of the file: the lines the parser refuses are blanked, with
the indentation and line numbers of everything else kept, and the caller reports which.
"""

from __future__ import annotations

import ast
import re
import threading

MAX_BLANKED = 20

# CPython 3.11 keeps the AST constructor's recursion depth per interpreter, not per thread: two
# threads building trees at once (two gradings in one process, a phase that reads code alongside
# another) can fail one parse with "SystemError: AST constructor recursion depth mismatch"
# (python/cpython#106905). Every parse of the grader goes through this one lock.
_PARSE_LOCK = threading.Lock()


def parse_python(text: str, filename: str = "<unknown>") -> ast.Module:
    """`ast.parse`, serialised across the process's threads; see `_PARSE_LOCK`."""
    with _PARSE_LOCK:
        return ast.parse(text, filename=filename)


def parse_expression(text: str) -> ast.expr:
    """One expression (a string annotation's text), serialised like `parse_python`."""
    with _PARSE_LOCK:
        return ast.parse(text, mode="eval").body


def _blank(line: str, softly: bool) -> str:
    """Keep a block header a block header (its body stays valid); any other line becomes `pass`,
    or nothing when even that breaks the indentation (a continuation line)."""
    indent = line[: len(line) - len(line.lstrip())]
    if not softly:
        return ""
    return indent + ("if True:" if line.rstrip().endswith(":") else "pass")


def parse_tolerant(text: str, filename: str) -> tuple[ast.Module, list[int]]:
    """The module's AST and the 1-based lines blanked to get it; raises the first SyntaxError
    when blanking does not help (a file that is not Python at all)."""
    lines = text.splitlines()
    blanked: list[int] = []
    first: SyntaxError | None = None
    while True:
        try:
            return parse_python("\n".join(lines), filename), sorted(set(blanked))
        except SyntaxError as exc:
            first = first or exc
            line = exc.lineno or 0
            if not 1 <= line <= len(lines) or len(blanked) >= MAX_BLANKED:
                raise first from None
            softly = line not in blanked
            if not softly and lines[line - 1] == "":
                raise first from None
            lines[line - 1] = _blank(lines[line - 1], softly)
            blanked.append(line)


# Lines Python 3.11 refuses that Python 3.12 reads (PEP 695 type aliases and generics, PEP 701
# f-strings that reuse their own quote inside a replacement field): code written for 3.12+.
_NEWER_SYNTAX = (
    re.compile(r"^\s*type\s+[A-Za-z_]\w*\s*(?:\[[^\]]*\])?\s*="),
    re.compile(r"^\s*(?:async\s+)?def\s+[A-Za-z_]\w*\s*\["),
    re.compile(r"^\s*class\s+[A-Za-z_]\w*\s*\["),
    re.compile(r"""(?i)\b(?:rf|fr|f)"[^"\n]*\{[^}"\n]*"[^"\n]*"[^}"\n]*\}"""),
    re.compile(r"""(?i)\b(?:rf|fr|f)'[^'\n]*\{[^}'\n]*'[^'\n]*'[^}'\n]*\}"""),
)
NEWER_PYTHON = "3.12"


def written_for_newer_python(line: str) -> bool:
    """Whether a line the grader's parser refused is Python 3.12 syntax, not a plain error."""
    return any(pattern.search(line) for pattern in _NEWER_SYNTAX)
