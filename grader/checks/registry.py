"""The rule table. A code is registered once, ever: a duplicate fails at import time.

Static rules are functions decorated with `@static_rule`; dynamic rules (fuzz, build, start...)
are declared with `declare`, and each declaration carries its own wiring:
- `observes`: the probe result it turns into a finding (`security:sql_injection`,
  `fuzz:server_error`, `scenario:authentication`), so a phase finds the rule by what it saw and
  no phase keeps a table of its own;
- `confirms`: the static suspicions a measurement of this rule absorbs (see scoring/settle.py);
- `supersedes`: rules whose findings this rule's phase answers better (withdrawn when it ran);
- `needs_proof`: a finding raises its red flag only when the probe proved the weakness;
- `second_opinion`: a linter that repeats an AST rule at the same line is dropped;
- `one_per_place`: findings of the rule at the same file:line are one problem, charged once.
"""

from __future__ import annotations

import ast
import functools
import importlib
import pkgutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TypeVar, cast

from pydantic import BaseModel

from grader.discovery import ProjectFacts
from grader.discovery.tolerant_parse import parse_tolerant
from grader.models import Finding, Location, RedFlag, RequestEvidence, Severity

ConfirmMode = Literal["near", "any", "request", "route"]


class Confirmation(BaseModel):
    """A static (or less direct) rule this rule's measurement confirms, and how they must agree:
    `near` within two lines of each other, `any` anywhere (a project-level fact: the static
    location wins), `request` the same failing request (method, path, a 5xx), `route` the same
    route's line, or the other unplaced (a scenario about the list the measurement timed)."""

    target: str
    mode: ConfirmMode
    prefix: bool = False

    def matches(self, code: str) -> bool:
        return code.startswith(self.target) if self.prefix else code == self.target


class Rule(BaseModel):
    code: str
    flag: RedFlag | None
    severity: Severity
    title: str
    source: str
    doc: str
    observes: str | None = None
    confirms: tuple[Confirmation, ...] = ()
    supersedes: tuple[str, ...] = ()
    needs_proof: bool = False
    second_opinion: bool = False
    one_per_place: bool = False

    @property
    def summary(self) -> str:
        """The docstring's first paragraph on one line: a sentence cut at the line break read
        'stored or compared as-is, with no hashing call, or a' in `grade rules`."""
        paragraph = self.doc.strip().split("\n\n")[0]
        return " ".join(paragraph.split()) or self.title


@dataclass(frozen=True)
class Hit:
    """Where a static rule saw the problem; the runner turns it into a Finding."""

    file: str | None
    line: int | None
    detail: str
    severity: Severity | None = None
    extent: float | None = None  # how much of a pattern: the policy grades it (scoring/policy.py)
    related: tuple[Location, ...] = ()  # other lines of the same defect (the blocking call itself)


_T = TypeVar("_T")


@dataclass
class StaticContext:
    """What a static rule may look at: files as text and ASTs, never executed."""

    root: Path
    facts: ProjectFacts
    _trees: dict[str, ast.Module | None] = field(default_factory=dict)
    _texts: dict[str, str] = field(default_factory=dict)
    _once: dict[str, Any] = field(default_factory=dict)

    def once(self, key: str, compute: Callable[[], _T]) -> _T:
        """A project-wide fact several rules need (the async rules' blocking helpers and session
        holders), computed for the first rule that asks and kept for this grading."""
        if key not in self._once:
            self._once[key] = compute()
        return cast(_T, self._once[key])

    def text(self, rel: str) -> str:
        """A file's text, read once however many rules read it (the README: five of them)."""
        if rel not in self._texts:
            self._texts[rel] = (self.root / rel).read_text(encoding="utf-8", errors="replace")
        return self._texts[rel]

    def tree(self, rel: str) -> ast.Module | None:
        if rel not in self._trees:
            try:
                source = self.text(rel)
                self._trees[rel] = parse_tolerant(source, rel)[0]
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


OBSERVED: dict[str, str] = {}


def declare(
    code: str,
    flag: RedFlag | None,
    severity: Severity,
    title: str,
    source: str,
    doc: str,
    *,
    observes: str | None = None,
    confirms: tuple[Confirmation, ...] = (),
    supersedes: tuple[str, ...] = (),
    needs_proof: bool = False,
    second_opinion: bool = False,
    one_per_place: bool = False,
) -> Rule:
    if code in RULES:
        raise ValueError(f"rule code {code} is registered twice")
    if observes is not None and observes in OBSERVED:
        raise ValueError(f"{code} and {OBSERVED[observes]} both observe {observes}")
    rule = Rule(
        code=code,
        flag=flag,
        severity=severity,
        title=title,
        source=source,
        doc=doc,
        observes=observes,
        confirms=confirms,
        supersedes=supersedes,
        needs_proof=needs_proof,
        second_opinion=second_opinion,
        one_per_place=one_per_place,
    )
    RULES[code] = rule
    if observes is not None:
        OBSERVED[observes] = code
    return rule


def confirms(target: str, mode: ConfirmMode, *, prefix: bool = False) -> Confirmation:
    return Confirmation(target=target, mode=mode, prefix=prefix)


def rule_observing(observation: str) -> Rule | None:
    """The rule that turns a probe's observation (`security:sql_injection`) into a finding."""
    load_rules()
    code = OBSERVED.get(observation)
    return RULES[code] if code else None


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
    extent: float | None = None,
    proven: bool = True,
    related: Iterable[Location] = (),
) -> Finding:
    """A finding of a registered rule. `extent` (how many, what share) and `proven` are what the
    flag policy (scoring/policy.py) reads to decide severity and whether the flag is raised."""
    rule = RULES.get(code) or load_rules()[code]
    return Finding(
        rule=code,
        flag=rule.flag,
        severity=severity or rule.severity,
        title=title or rule.title,
        detail=detail,
        file=file,
        line=line if line is None or line >= 1 else None,
        request=request,
        source=rule.source,
        extent=extent,
        proven=proven,
        related=[r for r in related if (r.file, r.line) != (file, line)],
    )


def load_rules() -> dict[str, Rule]:
    """Every rule, once each module under rules/ has registered itself (imported once only:
    the settle pass and the phases ask for the table per finding)."""
    _import_rule_modules()
    return RULES


@functools.cache
def _import_rule_modules() -> None:
    from grader.checks import rules

    for info in pkgutil.iter_modules(rules.__path__):
        importlib.import_module(f"{rules.__name__}.{info.name}")


def run_static_checks(ctx: StaticContext) -> list[Finding]:
    load_rules()
    findings: list[Finding] = []
    for code, check in sorted(STATIC_CHECKS.items()):
        for hit in check(ctx):
            findings.append(
                make_finding(
                    code,
                    hit.detail,
                    file=hit.file,
                    line=hit.line,
                    severity=hit.severity,
                    extent=hit.extent,
                    related=hit.related,
                )
            )
    return findings


def flags_with_static_rules() -> set[RedFlag]:
    load_rules()
    flags = (RULES[code].flag for code in STATIC_CHECKS)
    return {flag for flag in flags if flag is not None}


def registry_problems() -> list[str]:
    """What is wrong with the wiring: a confirmation or supersession naming no rule."""
    rules = load_rules()
    problems = []
    for rule in rules.values():
        for link in rule.confirms:
            if not any(link.matches(code) for code in rules if code != rule.code):
                problems.append(f"{rule.code} confirms {link.target}, which matches no rule")
        for target in rule.supersedes:
            if target not in rules:
                problems.append(f"{rule.code} supersedes {target}, which is no rule")
    return problems
