"""The rule registry wires itself: every probe observation maps to exactly one rule, every
confirmation and supersession names a rule, and the policy names only real rules."""

from __future__ import annotations

import ast
from pathlib import Path

from grader.checks.registry import OBSERVED, RULES, load_rules, registry_problems, rule_observing
from grader.scoring.policy import SEVERITY_BY_EXTENT
from probes.conformance_results import SCENARIO_TITLES

ROOT = Path(__file__).resolve().parents[2]


def _security_checks_the_probe_can_report() -> set[str]:
    """Every literal name passed as the first argument of `self.report(...)` calls in
    the security probe: read from its source, so a new check shows up here by itself."""
    tree = ast.parse((ROOT / "probes" / "security_probe.py").read_text())
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and node.args:
            first = node.args[0]
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            constant = isinstance(first, ast.Constant) and isinstance(first.value, str)
            if called == "report" and constant:
                names.add(str(getattr(first, "value", "")))
    return names


def test_the_wiring_has_no_dangling_reference() -> None:
    assert registry_problems() == []


def test_every_scenario_is_observed_by_exactly_one_rule() -> None:
    load_rules()
    for scenario in SCENARIO_TITLES:
        rule = rule_observing(f"scenario:{scenario}")
        assert rule is not None, scenario
        assert rule.source == "conformance"


def test_every_security_check_is_observed_by_a_rule() -> None:
    checks = _security_checks_the_probe_can_report()
    assert len(checks) >= 5, checks
    for check in checks:
        assert rule_observing(f"security:{check}") is not None, check


def test_every_fuzz_kind_is_observed_by_a_rule() -> None:
    kinds = (
        "server_error", "schema_violation", "timeout", "undocumented_client_error", "format_nit",
        "service_unreachable",
    )  # fmt: skip
    for kind in kinds:
        assert rule_observing(f"fuzz:{kind}") is not None, kind


def test_observations_are_unique_and_name_registered_rules() -> None:
    load_rules()
    assert len(set(OBSERVED.values())) == len(OBSERVED)
    assert all(code in RULES for code in OBSERVED.values())


def test_the_policy_names_only_registered_rules() -> None:
    load_rules()
    assert set(SEVERITY_BY_EXTENT) <= set(RULES)
