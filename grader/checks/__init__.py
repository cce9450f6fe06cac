"""Rules: each has a stable code, the red flag it serves, and lives in one module under rules/."""

from grader.checks.registry import RULES, Rule, StaticContext, load_rules, run_static_checks

__all__ = ["RULES", "Rule", "StaticContext", "load_rules", "run_static_checks"]
