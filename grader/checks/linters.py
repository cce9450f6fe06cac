"""ruff and mypy over a submission, on the host, reading its files as data.

Neither tool executes the code it checks, but both read configuration: a candidate's
`[tool.mypy] plugins = [...]` would be imported by mypy, a `[tool.ruff]` section could silence
rules. So ruff runs `--isolated`, mypy with `--config-file /dev/null` from a scratch directory,
both on the explicit file list discovery made (symlinks never followed, virtualenvs skipped),
each with a timeout; a tool that fails or times out is a note in the metrics, not an exception.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from grader.checks.registry import StaticContext, load_rules, make_finding
from grader.checks.rules.handlers import has_response_schema, is_app_file, route_handlers
from grader.checks.rules.linters import RUFF_CODES, ruff_family
from grader.checks.rules.type_hints import app_functions, type_hint_ratio
from grader.discovery import ProjectFacts
from grader.models import Finding

TIMEOUT_SECONDS = 60
RUFF_SELECT = "S,ASYNC,ANN,B,E9,F"
MAX_FILES = 2000
# ANN401: `Any` is a hint, not a missing one; ANN002/ANN003: `*args, **kwargs` handed on to
# another callable are the callee's to type; E902: ruff could not read a file (our problem).
# The return hints: of a public, private, special (`__init__`), static and class method.
_RETURN_HINTS = frozenset({"ANN201", "ANN202", "ANN204", "ANN205", "ANN206"})
_IGNORED = frozenset({"ANN002", "ANN003", "ANN401", "E902"})

Diagnostic = tuple[str, int, str, str]  # (relpath, line, code, message)


def static_metrics(ctx: StaticContext) -> dict[str, float]:
    ratio = type_hint_ratio(ctx)
    metrics = {"handler_count": float(len(route_handlers(ctx)))}
    if ratio is not None:
        metrics["type_hint_ratio"] = ratio
    return metrics


def run_linters(root: Path, facts: ProjectFacts) -> tuple[list[Finding], dict[str, float]]:
    """Findings from ruff and mypy, and the static metrics. A linter repeating an AST rule at the
    same line is a second opinion the flag policy drops (scoring/settle.py)."""
    load_rules()
    root = root.resolve()
    ctx = StaticContext(root=root, facts=facts)
    metrics = static_metrics(ctx)
    files = facts.python_files[:MAX_FILES]
    app_files = [f for f in files if is_app_file(ctx, f)]
    findings: list[Finding] = []
    with tempfile.TemporaryDirectory(prefix="grader-lint-") as scratch:
        ruff = _run_ruff(root, files, Path(scratch))
        mypy = _run_mypy(root, app_files, Path(scratch))
    if ruff is not None:
        findings += _ruff_findings(ctx, ruff)
        metrics["ruff_diagnostics"] = float(len(ruff))
    if mypy is not None:
        findings += _mypy_findings(mypy)
        metrics["mypy_errors"] = float(len(mypy))
    return findings, metrics


def _clean_env(scratch: Path) -> dict[str, str]:
    """No MYPYPATH, PYTHONPATH or tool config dirs of the host leak into the run."""
    keep = ("PATH", "LANG", "LC_ALL", "SYSTEMROOT")
    env = {k: v for k, v in os.environ.items() if k in keep}
    env["HOME"] = str(scratch)
    env["XDG_CONFIG_HOME"] = str(scratch)
    return env


def _run(command: list[str], scratch: Path, env: dict[str, str]) -> str | None:
    try:
        done = subprocess.run(
            command,
            cwd=scratch,
            env=env,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_SECONDS,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout


def _relative(root: Path, path: str) -> str:
    try:
        return Path(path).resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path


def _run_ruff(root: Path, files: list[str], scratch: Path) -> list[Diagnostic] | None:
    if not files:
        return []
    # --ignore-noqa: the grade does not depend on what the candidate chose to silence.
    command = [sys.executable, "-m", "ruff", "check", "--isolated", "--no-cache", "--exit-zero"]
    command += ["--ignore-noqa"]
    command += ["--output-format", "json", "--select", RUFF_SELECT, "--target-version", "py311"]
    command += ["--", *(str(root / f) for f in files)]
    out = _run(command, scratch, _clean_env(scratch))
    try:
        rows = json.loads(out) if out else None
    except json.JSONDecodeError:
        return None
    if not isinstance(rows, list):
        return None
    return [
        (
            _relative(root, str(row.get("filename", ""))),
            int((row.get("location") or {}).get("row") or 1),
            str(row.get("code") or "E999"),  # a syntax error has no code
            str(row.get("message", "")),
        )
        for row in rows
        if isinstance(row, dict)
    ]


def _run_mypy(root: Path, files: list[str], scratch: Path) -> list[Diagnostic] | None:
    if not files:
        return []
    env = _clean_env(scratch)
    # Module names relative to the root (and src/), so two `main.py` do not collide.
    bases = [root] + ([root / "src"] if (root / "src").is_dir() else [])
    env["MYPYPATH"] = os.pathsep.join(str(b) for b in bases)
    command = [sys.executable, "-m", "mypy", "--config-file", os.devnull]
    command += ["--ignore-missing-imports", "--no-incremental", "--cache-dir", str(scratch / "c")]
    command += ["--show-error-codes", "--no-error-summary", "--output", "json"]
    command += ["--follow-imports", "silent", "--explicit-package-bases"]
    command += ["--", *(str(root / f) for f in files)]
    out = _run(command, scratch, env)
    if out is None:
        return None
    found: list[Diagnostic] = []
    for line in out.splitlines():
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(row, dict) and row.get("severity") == "error":
            rel = _relative(root, str(row.get("file", "")))
            found.append((rel, int(row.get("line") or 1), str(row.get("code")), row["message"]))
    return found


def _ruff_findings(ctx: StaticContext, rows: list[Diagnostic]) -> list[Finding]:
    findings: list[Finding] = []
    # A handler with a response_model needs no return hint: FastAPI has the type already.
    typed_routes = {(h.file, h.node.lineno) for h in route_handlers(ctx) if has_response_schema(h)}
    protocol = _dunder_signatures(ctx)
    grouped: dict[tuple[str, str], list[Diagnostic]] = defaultdict(list)
    for row in rows:
        rel, line, code, message = row
        family = ruff_family(code)
        in_tests = not is_app_file(ctx, rel)
        if family is None or (family in ("S", "ANN") and in_tests) or code in _IGNORED:
            continue
        if code in _RETURN_HINTS and (rel, line) in typed_routes:
            continue
        if family == "ANN" and (rel, line) in protocol:
            continue
        if family in ("S", "ASYNC"):
            rule = f"RUFF-{code}" if code in RUFF_CODES else f"RUFF-{family}"
            title = None if code in RUFF_CODES else f"ruff {code}: {message}"[:120]
            detail = f"{code}: {message}"
            findings.append(make_finding(rule, detail, file=rel, line=line, title=title))
        else:
            grouped[(family, rel)].append(row)
    for (family, rel), group in sorted(grouped.items()):
        counts = Counter(code for _, _, code, _ in group)
        listed = ", ".join(f"{code} x{n}" for code, n in counts.most_common())
        findings.append(
            make_finding(
                f"RUFF-{family}",
                f"{len(group)} issue(s): {listed}; first at line {group[0][1]}: {group[0][3]}",
                file=rel,
                line=group[0][1],
                extent=_extent(family, group),
            )
        )
    return findings


# Special methods whose parameters are the class's own API, not a protocol's.
_OWN_SIGNATURES = frozenset({"__init__", "__new__", "__call__", "__post_init__"})


def _dunder_signatures(ctx: StaticContext) -> set[tuple[str, int]]:
    """The signature lines of special methods whose parameters a protocol fixes (`__exit__(self,
    exc_type, exc, tb)`, `__eq__(self, other)`): the language names them, not the author."""
    lines: set[tuple[str, int]] = set()
    for rel, function in app_functions(ctx):
        name = function.name
        special = name.startswith("__") and name.endswith("__") and name not in _OWN_SIGNATURES
        if special and function.body:
            end = max(function.lineno, function.body[0].lineno - 1)
            lines.update((rel, line) for line in range(function.lineno, end + 1))
    return lines


def _extent(family: str, group: list[Diagnostic]) -> int:
    """How much of the habit a file shows. For annotations, the parameters left untyped: a
    function whose arguments are typed but whose return is not is typed code missing a detail
    (mypy still checks its callers), not code that avoids type hints."""
    if family != "ANN":
        return len(group)
    return sum(1 for _, _, code, _ in group if code not in _RETURN_HINTS)


def _mypy_findings(rows: list[Diagnostic]) -> list[Finding]:
    by_file: dict[str, list[Diagnostic]] = defaultdict(list)
    for row in rows:
        by_file[row[0]].append(row)
    findings = []
    for rel, group in sorted(by_file.items()):
        _, line, code, message = group[0]
        findings.append(
            make_finding(
                "MYPY-ERROR",
                f"{len(group)} error(s); first: line {line}: {message} [{code}]",
                file=rel,
                line=line,
                extent=len(group),
            )
        )
    return findings
