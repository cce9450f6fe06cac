"""One pass over everything observed, before verdicts: each problem charged once, at its worth.

In order, each step reading only the rules' own wiring (checks/registry.py) and the policy:
1. severity from extent (a pattern is as severe as it is widespread);
2. supersede: a phase that measured a question withdraws the static guess about it;
3. second opinions: a linter repeating an AST rule at the same line and flag is dropped;
4. one per place: findings of a rule at the same file:line are one problem (one 500 bug met on
   three routes);
5. doubt: a suite that failed in a grading whose app did not start is shown, not charged (before
   the merge: a doubted result confirms nothing);
6. merge: a measurement absorbs the static suspicion it confirms, keeping its location;
7. proof: a finding whose rule needs proof keeps its flag only when the probe proved it.
"""

from __future__ import annotations

from grader.checks.registry import Confirmation, ConfirmMode, Rule, load_rules
from grader.models import Finding, PhaseResult, PhaseStatus, Severity
from grader.scoring.policy import SUITE_MEASURED, settle_severity, suite_in_doubt

_NEAR_LINES = 2


def settle(findings: list[Finding], phases: list[PhaseResult]) -> list[Finding]:
    rules = load_rules()
    ran = {p.name.value for p in phases if p.status == PhaseStatus.OK}
    settled = [settle_severity(f) for f in findings]
    settled = _supersede(settled, rules, ran)
    settled = _drop_second_opinions(settled, rules)
    settled = _one_per_place(settled, rules)
    doubt = suite_in_doubt(settled, phases)
    if doubt is not None:  # before the merge: a doubted result confirms no static suspicion
        settled = _doubt_suite(settled, doubt)
    settled = merge_confirmed(settled, SUITE_MEASURED if doubt else frozenset())
    return [_prove(f, rules.get(f.rule)) for f in settled]


def _doubt_suite(findings: list[Finding], why: str) -> list[Finding]:
    return [
        f.model_copy(
            update={
                "severity": Severity.INFO,
                "detail": f"{f.detail.rstrip('. ')}. Not charged: {why}.",
            }
        )
        if f.rule in SUITE_MEASURED and f.severity != Severity.INFO
        else f
        for f in findings
    ]


def _supersede(findings: list[Finding], rules: dict[str, Rule], ran: set[str]) -> list[Finding]:
    withdrawn = {
        target
        for rule in rules.values()
        if rule.supersedes and rule.source in ran
        for target in rule.supersedes
    }
    return [f for f in findings if f.rule not in withdrawn]


def _drop_second_opinions(findings: list[Finding], rules: dict[str, Rule]) -> list[Finding]:
    def second(f: Finding) -> bool:
        rule = rules.get(f.rule)
        return rule is not None and rule.second_opinion

    seen = {(f.file, f.line, f.flag) for f in findings if f.flag is not None and not second(f)}
    return [f for f in findings if not (second(f) and f.flag and (f.file, f.line, f.flag) in seen)]


def _one_per_place(findings: list[Finding], rules: dict[str, Rule]) -> list[Finding]:
    first: dict[tuple[str, str, int], int] = {}
    also: dict[int, list[str]] = {}
    kept: list[Finding] = []
    for finding in findings:
        rule = rules.get(finding.rule)
        if rule is None or not rule.one_per_place or finding.file is None:
            kept.append(finding)
            continue
        place = (finding.rule, finding.file, finding.line or 0)
        if place in first:
            also[first[place]].append(finding.title)
            continue
        first[place] = len(kept)
        also[len(kept)] = []
        kept.append(finding)
    for index, titles in also.items():
        if titles:
            detail = f"{kept[index].detail.rstrip('. ')}. The same line also failed: " + "; ".join(
                titles[:5]
            )
            kept[index] = kept[index].model_copy(
                update={"detail": detail, "extent": float(len(titles) + 1)}
            )
    return kept


def _prove(finding: Finding, rule: Rule | None) -> Finding:
    if rule is None or not rule.needs_proof or finding.proven or finding.flag is None:
        return finding
    return finding.model_copy(update={"flag": None})


def _link(rule: Rule, runtime: Finding, other: Finding) -> Confirmation | None:
    for link in rule.confirms:
        if link.matches(other.rule) and other.rule != runtime.rule:
            return link
    return None


def _agree(runtime: Finding, other: Finding, mode: ConfirmMode) -> bool:
    if mode == "request":
        if not (runtime.request and other.request):
            return False
        same = (runtime.request.method, runtime.request.path) == (
            other.request.method,
            other.request.path,
        )
        return same and (other.request.status or 0) >= 500
    if mode == "route" and other.file is None:
        return True
    if mode in ("near", "route"):
        return (
            runtime.file is not None
            and runtime.file == other.file
            and abs((runtime.line or 0) - (other.line or 0)) <= _NEAR_LINES
        )
    return True


def merge_confirmed(
    findings: list[Finding], doubted: frozenset[str] = frozenset()
) -> list[Finding]:
    """A finding whose rule confirms another absorbs it; the detail says what it confirmed.
    Findings of `doubted` rules confirm nothing (a suite that may have failed for our reasons).
    A finding without a red flag never absorbs one with a flag, which would lose that flag's
    evidence (a 500 on a null title is also the missing validation that let the null in): both
    stay, the flagless one naming the other."""
    rules = load_rules()
    absorbed: set[int] = set()
    merged: dict[int, Finding] = {}
    seen_as: dict[int, list[str]] = {}
    for i, runtime in enumerate(findings):
        rule = rules.get(runtime.rule)
        if rule is None or not rule.confirms or i in absorbed or runtime.rule in doubted:
            continue
        taken_any = False
        for j, other in enumerate(findings):
            # No chains: a finding that absorbed others is never absorbed itself.
            if j == i or j in absorbed or j in merged:
                continue
            link = _link(rule, runtime, other)
            if link is None or (link.mode == "any" and taken_any):
                continue
            current = merged.get(i, runtime)
            if not _agree(current, other, link.mode):
                continue
            where = f" at {other.file}:{other.line}" if other.file else ""
            if current.flag is None and other.flag is not None:
                seen_as.setdefault(i, []).append(f"{other.rule}{where}")
                continue
            absorbed.add(j)
            update: dict[str, object] = {
                "detail": f"{current.detail.rstrip('. ')}. Confirms {other.rule}{where}."
            }
            taken_any = taken_any or link.mode == "any"
            # The static location is the offending code: it wins for project-level facts.
            if other.file is not None and (link.mode == "any" or current.file is None):
                update.update(file=other.file, line=other.line)
            # The lines the absorbed finding named (the query reading every row) stay named.
            known = {(r.file, r.line) for r in current.related}
            extra = [r for r in other.related if (r.file, r.line) not in known]
            if extra:
                update["related"] = [*current.related, *extra]
            merged[i] = current.model_copy(update=update)
    for i, others in seen_as.items():
        current = merged.get(i, findings[i])
        also = f"{current.detail.rstrip('. ')}. Also seen as {', '.join(others)}."
        merged[i] = current.model_copy(update={"detail": also})
    return [merged.get(i, f) for i, f in enumerate(findings) if i not in absorbed]
