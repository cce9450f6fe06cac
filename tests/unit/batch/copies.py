"""A disguised copy of a sample: identifiers renamed, comments rewritten, layout reformatted.

What a candidate who copies a classmate's work would do by hand; the similarity check must see
through it. Used by the unit tests and by the docker tier's batch.
"""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

_KEEP = {"app", "self", "cls"}


def defined_names(sources: list[str]) -> list[str]:
    """Names the candidate chose: functions, classes, arguments, assigned variables."""
    names: set[str] = set()
    fields: set[str] = set()  # model fields are the API's JSON contract: a copier keeps them
    for source in sources:
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.ClassDef):
                fields.update(
                    stmt.target.id
                    for stmt in node.body
                    if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)
                )
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names.add(node.name)
            elif isinstance(node, ast.arg):
                names.add(node.arg)
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                names.add(node.id)
            elif isinstance(node, ast.Global):
                names.update(node.names)
    names -= fields | _KEEP
    return sorted(n for n in names if not n.startswith("__"))


def renamed(name: str) -> str:
    if name.startswith("test_"):
        return f"test_{name[5:]}_case"
    prefix = "_" if name.startswith("_") else ""
    core = name.lstrip("_")
    return f"{prefix}{core}_{len(core)}x" if core else name


def disguise(source: str, mapping: dict[str, str]) -> str:
    for old, new in sorted(mapping.items(), key=lambda item: -len(item[0])):
        source = re.sub(rf"\b{re.escape(old)}\b", new, source)
    out: list[str] = []
    previous = ""
    for line in source.splitlines():
        stripped = line.strip()
        if stripped.startswith("#"):
            continue  # the original comments go
        indent = len(line) - len(line.lstrip(" "))
        body = line[indent:]
        header = stripped.startswith(("@", "def ", "async def ", "class "))
        if header and not previous.startswith("@"):
            out.append(" " * (indent // 2) + "# written from scratch, see README")
        previous = stripped
        out.append(" " * (indent // 2) + body)  # four-space indents become two
        if stripped.endswith(":") and not stripped.startswith("#"):
            out.append("")  # reformatted: air after every block header
    return "\n".join(out) + "\n"


def disguised_copy(sample: Path, target: Path) -> Path:
    """Copy `sample` to `target` with every .py file disguised (non-Python files as they are)."""
    shutil.copytree(sample, target, ignore=shutil.ignore_patterns("__pycache__", "expected.toml"))
    py_files = sorted(target.rglob("*.py"))
    mapping = {
        name: renamed(name)
        for name in defined_names([p.read_text(encoding="utf-8") for p in py_files])
    }
    for path in py_files:
        path.write_text(disguise(path.read_text(encoding="utf-8"), mapping), encoding="utf-8")
    return target
