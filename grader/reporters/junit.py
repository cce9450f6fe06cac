"""JUnit XML, so any CI shows a grading as tests: one case per phase and per rule that ran.

A rule that ran and found nothing is a passing case, which is what makes a green run mean
something. Findings of minor severity or more are failures, with file:line in the text; info
findings only add output. Cases are sorted, and no timestamp or hostname is written.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass

from grader.checks.registry import Rule, load_rules
from grader.models import Finding, PhaseName, PhaseStatus, Report, Severity
from grader.reporters.evidence import location, sorted_findings

# Characters XML 1.0 cannot carry at all; a candidate's log tail may contain them.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


@dataclass(frozen=True)
class RuleCase:
    """One rule as a test case: what it is, and what it found."""

    code: str
    source: str
    findings: tuple[Finding, ...]

    @property
    def failures(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity.rank >= Severity.MINOR.rank)


def rules_that_ran(report: Report, rules: Mapping[str, Rule]) -> list[RuleCase]:
    """Rules whose phase ran (or that reported something), sorted by code."""
    status = {phase.name.value: phase.status for phase in report.phases}
    found: dict[str, list[Finding]] = {}
    for finding in sorted_findings(report):
        found.setdefault(finding.rule, []).append(finding)
    cases = []
    for code in sorted(set(rules) | set(found)):
        findings = tuple(found.get(code, ()))
        rule = rules.get(code)
        source = rule.source if rule is not None else findings[0].source
        phase_ran = status.get(source, PhaseStatus.SKIPPED) != PhaseStatus.SKIPPED
        if findings or phase_ran:
            cases.append(RuleCase(code, source, findings))
    return cases


def _finding_text(finding: Finding) -> str:
    where = location(finding)
    lines = [f"[{finding.severity.value}] {where + ': ' if where else ''}{finding.title}"]
    if finding.detail.strip() and finding.detail.strip() != finding.title:
        lines.append("    " + finding.detail.strip().replace("\n", "\n    "))
    if finding.request is not None:
        lines.append(f"    {finding.request.curl}")
    return "\n".join(lines)


def _suite(parent: ET.Element, name: str, cases: int, failures: int, skipped: int) -> ET.Element:
    return ET.SubElement(
        parent,
        "testsuite",
        name=name,
        tests=str(cases),
        failures=str(failures),
        errors="0",
        skipped=str(skipped),
    )


def _phases(root: ET.Element, report: Report) -> tuple[int, int, int]:
    order = list(PhaseName)
    phases = sorted(report.phases, key=lambda p: order.index(p.name))
    failed = sum(p.status == PhaseStatus.FAILED for p in phases)
    skipped = sum(p.status == PhaseStatus.SKIPPED for p in phases)
    suite = _suite(root, "phases", len(phases), failed, skipped)
    suite.set("time", f"{sum(p.seconds for p in phases):.2f}")
    for phase in phases:
        case = ET.SubElement(
            suite, "testcase", classname="grader.phases", name=phase.name.value,
            time=f"{phase.seconds:.2f}",
        )  # fmt: skip
        reason = phase.reason or phase.status.value
        if phase.status == PhaseStatus.FAILED:
            ET.SubElement(
                case, "failure", message=reason.splitlines()[0], type="phase"
            ).text = reason
        elif phase.status == PhaseStatus.SKIPPED:
            ET.SubElement(case, "skipped", message=reason.splitlines()[0])
    return len(phases), failed, skipped


def _rules(root: ET.Element, report: Report, rules: Mapping[str, Rule]) -> tuple[int, int]:
    cases = rules_that_ran(report, rules)
    failed = sum(bool(c.failures) for c in cases)
    suite = _suite(root, "rules", len(cases), failed, 0)
    for rule_case in cases:
        case = ET.SubElement(
            suite, "testcase", classname=f"grader.rules.{rule_case.source}", name=rule_case.code
        )
        first = rule_case.failures[0] if rule_case.failures else None
        if first is not None:
            if first.file:
                case.set("file", first.file)
            if first.line:
                case.set("line", str(first.line))
            where = location(first)
            message = f"{len(rule_case.failures)} finding(s); first: {first.title}" + (
                f" at {where}" if where else ""
            )
            failure = ET.SubElement(case, "failure", message=message, type=first.severity.value)
            failure.text = "\n".join(_finding_text(f) for f in rule_case.failures)
        notes = [f for f in rule_case.findings if f not in rule_case.failures]
        if notes:
            ET.SubElement(case, "system-out").text = "\n".join(_finding_text(f) for f in notes)
    return len(cases), failed


def render(report: Report, rules: Mapping[str, Rule] | None = None) -> str:
    """The report as JUnit XML; `rules` defaults to the grader's rule registry."""
    root = ET.Element("testsuites", name=f"grader: {report.submission.name}")
    phase_count, phase_failed, phase_skipped = _phases(root, report)
    rule_count, rule_failed = _rules(root, report, load_rules() if rules is None else rules)
    root.set("tests", str(phase_count + rule_count))
    root.set("failures", str(phase_failed + rule_failed))
    root.set("errors", "0")
    root.set("skipped", str(phase_skipped))
    for element in root.iter():
        if element.text:
            element.text = _NOT_XML.sub("\ufffd", element.text)
        for key, value in element.attrib.items():
            element.set(key, _NOT_XML.sub("\ufffd", value))
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
