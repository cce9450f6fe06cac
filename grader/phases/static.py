"""Static phase: our AST rules, ruff and mypy over the files, read as data (nothing executed)."""

from __future__ import annotations

from grader.checks import StaticContext, run_static_checks
from grader.checks.linters import run_linters
from grader.phases.context import RunContext


def static_phase(ctx: RunContext) -> None:
    root = ctx.submission.root
    static = run_static_checks(StaticContext(root=root, facts=ctx.facts))
    lint, metrics = run_linters(root, ctx.facts)
    ctx.grading.add(*static, *lint)
    ctx.grading.metrics.update(metrics)
