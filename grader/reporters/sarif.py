"""SARIF 2.1.0, for GitHub code scanning: each located finding becomes an alert on its line.

The rule table is generated from the registry, so the alert's help is the rule's own docstring.
GitHub rejects a result without a location, and a finding without a file (a 404 the schema does
not document, a missing README) has no honest line to point at: such findings are left out of
`results` and listed in the run's properties instead; every other report still shows them.
"""

from __future__ import annotations

import hashlib
import inspect
import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from grader.checks.registry import Rule, load_rules
from grader.models import Finding, RedFlag, Report, Severity
from grader.reporters.evidence import sorted_findings

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
TOOL_NAME = "fastapi-grader"
FINGERPRINT = "graderFinding/v1"
LEVEL = {
    Severity.CRITICAL: "error",
    Severity.MAJOR: "error",
    Severity.MINOR: "warning",
    Severity.INFO: "note",
}
# GitHub ranks alerts of rules tagged "security" by this CVSS-like number.
SECURITY_SEVERITY = {
    Severity.CRITICAL: "9.0",
    Severity.MAJOR: "7.0",
    Severity.MINOR: "4.0",
    Severity.INFO: "1.0",
}


def _descriptor(code: str, rule: Rule) -> dict[str, Any]:
    tags = ["fastapi-grader", f"source:{rule.source}"]
    properties: dict[str, Any] = {}
    if rule.flag is not None:
        tags += ["red-flag", rule.flag.value]
    if rule.flag == RedFlag.SECURITY_OVERSIGHTS:
        tags.append("security")
        properties["security-severity"] = SECURITY_SEVERITY[rule.severity]
    properties["tags"] = sorted(tags)
    doc = inspect.cleandoc(rule.doc) or rule.title
    return {
        "id": code,
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": rule.summary},
        "help": {"text": doc, "markdown": doc},
        "defaultConfiguration": {"level": LEVEL[rule.severity]},
        "properties": properties,
    }


def _rule_table(report: Report, rules: Mapping[str, Rule]) -> dict[str, Rule]:
    """The registry's rules plus any code a finding carries that the registry does not know."""
    table = dict(rules)
    for finding in sorted_findings(report):
        if finding.rule not in table:
            table[finding.rule] = Rule(
                code=finding.rule,
                flag=finding.flag,
                severity=finding.severity,
                title=finding.title,
                source=finding.source,
                doc=finding.title,
            )
    return dict(sorted(table.items()))


def _prefix(root: str) -> str:
    cleaned = root.replace("\\", "/").strip("/")
    while cleaned.startswith("./"):
        cleaned = cleaned[2:]
    return "" if cleaned in ("", ".") else cleaned + "/"


def fingerprint(finding: Finding) -> str:
    """Stable across gradings of the same code: rule, file, line and title, nothing measured."""
    basis = f"{finding.rule}|{finding.file or ''}|{finding.line or 0}|{finding.title}"
    return hashlib.sha256(basis.encode()).hexdigest()[:32]


def _message(finding: Finding) -> str:
    parts = [finding.title]
    if finding.detail.strip() and finding.detail.strip() != finding.title:
        parts.append(finding.detail.strip())
    if finding.request is not None:
        parts.append(f"Reproduce: {finding.request.curl}")
    return "\n".join(parts)


def _physical(file: str, line: int | None) -> dict[str, Any]:
    return {
        "artifactLocation": {"uri": quote(file, safe="/"), "uriBaseId": "%SRCROOT%"},
        "region": {"startLine": line or 1},
    }


def _result(finding: Finding, prefix: str, index: int, print_: str) -> dict[str, Any]:
    assert finding.file is not None, "unlocated findings are listed apart"
    properties: dict[str, Any] = {
        "graderFindingId": finding.id,
        "severity": finding.severity.value,
        "source": finding.source,
    }
    if finding.flag is not None:
        properties["redFlag"] = finding.flag.value
    return {
        "ruleId": finding.rule,
        "ruleIndex": index,
        "level": LEVEL[finding.severity],
        "message": {"text": _message(finding)},
        "locations": [{"physicalLocation": _physical(prefix + finding.file, finding.line)}],
        "relatedLocations": [
            {
                "id": n,
                "physicalLocation": _physical(prefix + related.file, related.line),
                "message": {"text": related.role},
            }
            for n, related in enumerate(finding.related, 1)
        ],
        "partialFingerprints": {FINGERPRINT: print_},
        "properties": properties,
    }


def render(report: Report, root: str = "", rules: Mapping[str, Rule] | None = None) -> str:
    """The report as a SARIF log; `root` is the submission's folder inside the repository."""
    table = _rule_table(report, load_rules() if rules is None else rules)
    index = {code: n for n, code in enumerate(table)}
    prefix = _prefix(root)
    results: list[dict[str, Any]] = []
    unlocated: list[dict[str, str]] = []
    seen: set[str] = set()
    for finding in sorted_findings(report):
        if finding.file is None:
            unlocated.append({"id": finding.id, "rule": finding.rule, "title": finding.title})
            continue
        print_, n = fingerprint(finding), 2
        while print_ in seen:  # the same rule, line and title twice: keep both alerts apart
            print_, n = f"{fingerprint(finding)}:{n}", n + 1
        seen.add(print_)
        results.append(_result(finding, prefix, index[finding.rule], print_))
    log = {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": TOOL_NAME,
                        "version": report.grader_version,
                        "rules": [_descriptor(code, rule) for code, rule in table.items()],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
                "properties": {
                    "submission": report.submission.name,
                    "sha256": report.submission.sha256,
                    "status": report.status.value,
                    "score": report.score,
                    "unlocatedFindings": unlocated,
                },
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
