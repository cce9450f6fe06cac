"""Performance ignorance in how a number is reached: every row is fetched only to be counted with
len()."""

from __future__ import annotations

import ast
from collections.abc import Iterable

from grader.checks.registry import Hit, StaticContext, static_rule
from grader.checks.rules.fetched_rows import (
    fetched_names,
    relationship_names,
    row_fetchers,
    whole_rows,
)
from grader.checks.rules.handlers import app_trees, functions, own_nodes
from grader.models import RedFlag, Severity


@static_rule(
    "PERF-COUNT-IN-PYTHON",
    RedFlag.PERFORMANCE_IGNORANCE,
    Severity.MINOR,
    "Every row is fetched only to be counted",
)
def count_in_python(ctx: StaticContext) -> Iterable[Hit]:
    """Every row of a query (or a whole ORM relationship) is read into Python and only its
    length is used: `len(session.scalars(select(Post.id)).all())`, or rows fetched whose every
    use is inside `len()` (a /stats route counting done todos by hand).

    Why is this bad? The database answers a count without sending a row; reading them all costs
    time and memory that grow with the table, on every request that wants the number.
    Use instead: `select(func.count()).select_from(Post)`, `SELECT COUNT(*) ...`, or
    `SUM(done)` for a count of some.
    """
    relationships = relationship_names(ctx)
    fetchers = row_fetchers(ctx, relationships)
    for rel, module in app_trees(ctx):
        for function in functions(module):
            fetched = fetched_names(function, relationships, fetchers)
            nodes = list(own_nodes(function))
            tests = _existence_tests(nodes)
            lengths = [
                n for n in nodes if isinstance(n, ast.Call) and _is_len(n) and id(n) not in tests
            ]
            counted = {id(sub) for call in lengths for sub in ast.walk(call.args[0])}
            for call in lengths:
                argument = call.args[0]
                over_name = isinstance(argument, ast.ListComp) and isinstance(
                    argument.generators[0].iter, ast.Name
                )  # rows in hand, counted at their fetch below if that is all they are for
                whole = (
                    None
                    if isinstance(argument, ast.Name) or over_name
                    else whole_rows(argument, fetched, relationships, fetchers)
                )
                if whole is not None:
                    yield Hit(rel, call.lineno, f"{function.name} counts {whole} with len().")
            for name, line in fetched.items():
                uses = [
                    n
                    for n in nodes
                    if isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Load)
                ]
                if uses and all(id(use) in counted for use in uses):
                    first = min(use.lineno for use in uses)
                    yield Hit(
                        rel,
                        line,
                        f"{function.name} reads every row into {name} only to count them "
                        f"(len() at line {first}).",
                    )


def _is_len(call: ast.Call) -> bool:
    return isinstance(call.func, ast.Name) and call.func.id == "len" and len(call.args) == 1


def _existence_tests(nodes: list[ast.AST]) -> set[int]:
    """`len(...)` calls that only ask whether there is a row (`if len(existing) > 0`, `if not
    len(rows)`): a lookup by a unique key fetches one row at most, so it counts nothing."""
    tests: set[int] = set()
    for node in nodes:
        if isinstance(node, ast.Compare) and len(node.comparators) == 1:
            small = [
                side
                for side in (node.left, node.comparators[0])
                if isinstance(side, ast.Constant) and side.value in (0, 1)
            ]
            if small:
                tests |= {id(side) for side in (node.left, node.comparators[0])}
        elif isinstance(node, ast.If | ast.IfExp | ast.While):
            tests.add(id(node.test))
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            tests.add(id(node.operand))
    return tests
