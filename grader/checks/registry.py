"""The rule table. A code is registered once, ever: a duplicate fails at import time.

Static rules are functions decorated with `@static_rule`; dynamic rules (fuzz, build, start...)
are declared with `declare` next to nothing but their documentation, and the phase that observes
them builds findings by code through `make_finding`, so title, flag and severity stay in one place.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel

from grader.discovery import ProjectFacts
from grader.models import Finding, RedFlag, RequestEvidence, Severity


class Rule(BaseModel):
    code: str
    flag: RedFlag | None
    severity: Severity
    title: str
    source: str
    doc: str

    @property
    def summary(self) -> str:
        return self.doc.strip().splitlines()[0] if self.doc.strip() else self.title


@dataclass(frozen=True)
class Hit:
    """Where a static rule saw the problem; the runner turns it into a Finding."""

    file: str | None
    line: int | None
    detail: str
    severity: Severity | None = None


@dataclass
class StaticContext:
    """What a static rule may look at: files as text and ASTs, never executed."""

    root: Path
    facts: ProjectFacts
    _trees: dict[str, ast.Module | None] = field(default_factory=dict)

    def tree(self, rel: str) -> ast.Module | None:
        if rel not in self._trees:
            try:
                source = (self.root / rel).read_text(encoding="utf-8", errors="replace")
                self._trees[rel] = ast.parse(source, filename=rel)
            except (OSError, SyntaxError, ValueError):
                self._trees[rel] = None
        return self._trees[rel]

    def trees(self) -> Iterable[tuple[str, ast.Module]]:
        for rel in self.facts.python_files:
            module = self.tree(rel)
            if module is not None:
                yield rel, module


StaticCheck = Callable[[StaticContext], Iterable[Hit]]
RULES: dict[str, Rule] = {}
STATIC_CHECKS: dict[str, StaticCheck] = {}


def declare(
    code: str, flag: RedFlag | None, severity: Severity, title: str, source: str, doc: str
) -> Rule:
    if code in RULES:
        raise ValueError(f"rule code {code} is registered twice")
    rule = Rule(code=code, flag=flag, severity=severity, title=title, source=source, doc=doc)
    RULES[code] = rule
    return rule


def static_rule(
    code: str, flag: RedFlag | None, severity: Severity, title: str
) -> Callable[[StaticCheck], StaticCheck]:
    def register(check: StaticCheck) -> StaticCheck:
        declare(code, flag, severity, title, "static", check.__doc__ or title)
        STATIC_CHECKS[code] = check
        return check

    return register


def make_finding(
    code: str,
    detail: str,
    *,
    file: str | None = None,
    line: int | None = None,
    request: RequestEvidence | None = None,
    severity: Severity | None = None,
    title: str | None = None,
) -> Finding:
    rule = RULES.get(code) or load_rules()[code]
    return Finding(
        rule=code,
        flag=rule.flag,
        severity=severity or rule.severity,
        title=title or rule.title,
        detail=detail,
        file=file,
        line=line,
        request=request,
        source=rule.source,
    )


def load_rules() -> dict[str, Rule]:
    """Import every module under rules/ once, so each registers itself."""
    from grader.checks import rules

    for info in pkgutil.iter_modules(rules.__path__):
        importlib.import_module(f"{rules.__name__}.{info.name}")
    return RULES


def run_static_checks(ctx: StaticContext) -> list[Finding]:
    load_rules()
    findings: list[Finding] = []
    for code, check in sorted(STATIC_CHECKS.items()):
        for hit in check(ctx):
            findings.append(
                make_finding(code, hit.detail, file=hit.file, line=hit.line, severity=hit.severity)
            )
    return findings


def flags_with_static_rules() -> set[RedFlag]:
    load_rules()
    flags = (RULES[code].flag for code in STATIC_CHECKS)
    return {flag for flag in flags if flag is not None}
