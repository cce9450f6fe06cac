"""Why the candidate's tests did not run, read from pytest's own output in the container log.

pytest says it plainly, and the grader passes it on: a test module it could not import
(`ImportError while importing test module ... E   ModuleNotFoundError: No module named 'httpx'`),
a conftest.py it could not load, or a usage error before collection (`error: unrecognized
arguments: --cov=app` when pytest-cov is not installed). Our pytest plugin also reports each
collection error as a record of its own, which this prefers where both exist.
"""

from __future__ import annotations

import json
import re

from pydantic import BaseModel

TRUTH_MARKER = "@@grader-truth@@ "
_MAX_ERRORS = 50
_SECTION = re.compile(r"^_{3,} ERROR collecting (?P<path>.+?) _{3,}$")
_CONFTEST = re.compile(r"^ImportError while loading conftest '(?P<path>[^']+)'\.?$")
_HEADER = re.compile(r"^(?P<what>ImportError while importing test module) '(?P<path>[^']+)'")
_E_LINE = re.compile(r"^E\s+(?P<text>\S.*)$")
_NO_RUNNER = re.compile(r"python[\d.]*: No module named (?:pytest|coverage)\b")
GRADER_SIDE = re.compile(r"pytest_truth|No module named (?:pytest|coverage)\b")
_USAGE = re.compile(r"^.*?: error: (?P<text>.*)$")


class CollectionError(BaseModel):
    """A test module (or conftest.py) pytest could not import, as pytest named it."""

    path: str  # as pytest names it: relative to its rootdir
    error: str  # one line: what failed and the exception
    file: str | None = None  # relative to the submission's root, when pytest printed it whole
    line: int | None = None  # the line of that file the traceback names
    conftest: bool = False


def collection_errors(log: str, app_root: str = "/app") -> list[CollectionError]:
    """Every collection error in the output, the plugin's records first, then pytest's text."""
    found: dict[str, CollectionError] = {}
    lines = log.splitlines()
    for line in lines:
        if not line.startswith(TRUTH_MARKER):
            continue
        try:
            record = json.loads(line[len(TRUTH_MARKER) :])
        except ValueError:
            continue
        if isinstance(record, dict) and record.get("kind") == "collect_error":
            path = str(record.get("nodeid", ""))[:300]
            text = str(record.get("error", ""))[-4000:]
            if path and path not in found:
                found[path] = _error(path, text.splitlines(), app_root)
    index = 0
    while index < len(lines) and len(found) < _MAX_ERRORS:
        section = _SECTION.match(lines[index].strip())
        conftest = _CONFTEST.match(lines[index].strip())
        if section is None and conftest is None:
            index += 1
            continue
        block = _block(lines, index + 1, stop_at_blank=conftest is not None)
        if section is not None:
            path = section.group("path")
            found.setdefault(path, _error(path, block, app_root))
        elif conftest is not None:
            path = _relative(conftest.group("path"), app_root)
            error = _error(path, [lines[index], *block], app_root)
            found.setdefault(path, error)
        index += 1 + len(block)
    return list(found.values())[:_MAX_ERRORS]


def run_error(log: str) -> str | None:
    """pytest's usage or internal error when it stopped before collecting anything."""
    lines = [line.rstrip() for line in log.splitlines()]
    for index, line in enumerate(lines):
        if line.startswith("ERROR: usage:"):
            detail = next(
                (m.group("text") for m in map(_USAGE.match, lines[index + 1 : index + 6]) if m),
                None,
            )
            return _one_line(f"pytest: error: {detail}" if detail else line)
        if line.startswith("ERROR: ") and not line.startswith("ERROR: usage"):
            return _one_line(line)
    missing = next((line for line in lines if _NO_RUNNER.search(line)), None)
    if missing is not None:
        return _one_line(missing)
    internal = [line for line in lines if line.startswith("INTERNALERROR>")]
    if internal:
        return _one_line("pytest internal error: " + internal[-1].removeprefix("INTERNALERROR>"))
    return None


def _block(lines: list[str], start: int, stop_at_blank: bool) -> list[str]:
    block: list[str] = []
    for line in lines[start : start + 400]:
        stripped = line.strip()
        if _SECTION.match(stripped) or re.match(r"^={3,}", stripped):
            break
        if stop_at_blank and not stripped:
            break
        if line.startswith(TRUTH_MARKER):
            continue
        block.append(line)
    return block


def _error(path: str, block: list[str], app_root: str) -> CollectionError:
    """`ImportError while importing test module tests/x.py: ModuleNotFoundError: ...`."""
    exceptions = [m.group("text").strip() for m in map(_E_LINE.match, block) if m]
    header = next((m for m in map(_HEADER.match, block) if m), None)
    conftest = next((m for m in map(_CONFTEST.match, block) if m), None)
    cause = exceptions[-1] if exceptions else next((b.strip() for b in block if b.strip()), "")
    file: str | None = None
    if header is not None:
        file = _relative(header.group("path"), app_root)
        what = f"{header.group('what')} {file}"
    elif conftest is not None:
        file = _relative(conftest.group("path"), app_root)
        what = f"ImportError while loading conftest {file}"
    else:
        what = f"error collecting {path}"
    if file is not None and file.startswith("/"):
        file = None
    name = re.escape(path.rsplit("/", 1)[-1])
    line = next(
        (int(m.group(1)) for m in (re.search(rf"{name}:(\d+): in ", b) for b in block) if m),
        None,
    )
    return CollectionError(
        path=path,
        error=_one_line(f"{what}: {cause}"),
        file=file,
        line=line,
        conftest=conftest is not None,
    )


def _relative(path: str, app_root: str) -> str:
    prefix = app_root.rstrip("/") + "/"
    return path[len(prefix) :] if path.startswith(prefix) else path


def _one_line(text: str, limit: int = 400) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
