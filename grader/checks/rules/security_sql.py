"""Security oversights in how SQL is written: request data pasted into the query's text.

Taint flows from the request into SQL text: constant fragments, whitelisted column names and
placeholder lists are structure, and SQL built only from them, with values bound, is not
injection (issue 14's third failure class).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable

from grader.checks.registry import Hit, StaticContext, static_rule
from grader.checks.rules.handlers import (
    added_terms,
    annotation_base,
    app_trees,
    functions,
    functions_by_name,
    own_nodes,
    terminal_name,
)
from grader.discovery.modules import assigned
from grader.models import Location, RedFlag, Severity

_SQL_SINKS = frozenset(
    {"execute", "executemany", "executescript", "exec_driver_sql", "raw", "read_sql",
     "read_sql_query"}
)  # fmt: skip
_SQL_WORDS = re.compile(r"\b(select|insert|update|delete|where|from|into|values|set)\b", re.I)


def _built_sql(node: ast.expr, local: dict[str, ast.expr], safe: set[str]) -> list[ast.expr]:
    """The parts through which request data flows into SQL text (f-string, %, +, .format);
    none when it is not SQL, or not built from such data.

    Constant fragments, whitelisted names (a lookup in a constant mapping, a value checked
    against a constant collection, an int-typed parameter) and joined placeholder lists are
    structure, not data: SQL built only from those, with values bound, is not injectable.
    """
    if isinstance(node, ast.Name) and node.id in local:
        node = local[node.id]
    constant_text = " ".join(
        sub.value
        for sub in ast.walk(node)
        if isinstance(sub, ast.Constant) and isinstance(sub.value, str)
    )
    if not _SQL_WORDS.search(constant_text):
        return []
    parts: list[ast.expr] = []
    if isinstance(node, ast.JoinedStr):
        parts = [part.value for part in node.values if isinstance(part, ast.FormattedValue)]
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod | ast.Add):
        parts = _operands(node.right) if isinstance(node.op, ast.Mod) else added_terms(node)
        # an f-string added to the text is its interpolations (`sql += f" ORDER BY {sort}"`)
        parts = [
            inner.value if isinstance(inner, ast.FormattedValue) else inner
            for part in parts
            for inner in (part.values if isinstance(part, ast.JoinedStr) else [part])
            if not isinstance(inner, ast.Constant)
        ]
    elif (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "format"
    ):
        parts = [*node.args, *(k.value for k in node.keywords)]
    return [part for part in parts if _tainted(part, safe)]


def _operands(node: ast.expr) -> list[ast.expr]:
    return list(node.elts) if isinstance(node, ast.Tuple) else [node]


_CONSTANT_NAME = re.compile(r"_*[A-Z][A-Z0-9_]*")
_SAFE_TYPES = frozenset({"int", "float", "bool", "UUID", "Decimal", "date", "datetime"})


def _tainted(node: ast.expr, safe: set[str]) -> bool:
    """Whether request data can reach the SQL text through this interpolated expression."""
    if isinstance(node, ast.Constant):
        return False
    if isinstance(node, ast.Name):
        return node.id not in safe
    if isinstance(node, ast.Attribute):
        return not _CONSTANT_NAME.fullmatch(node.attr)
    if isinstance(node, ast.Subscript):
        # ORDER_BY[sort]: a lookup in a constant mapping only yields what the code wrote.
        return _tainted(node.value, safe)
    if isinstance(node, ast.Call):
        name = terminal_name(node.func)
        if name in {"len", "int", "float", "bool"} or "placeholder" in ast.unparse(node).lower():
            return False
        if name == "join" and isinstance(node.func, ast.Attribute):
            separator = node.func.value
            quoted = isinstance(separator, ast.Constant) and "'" in str(separator.value)
            return quoted  # ", ".join(columns or "?" fragments) builds structure
        if name == "get" and isinstance(node.func, ast.Attribute):
            return _tainted(node.func.value, safe)
        return True
    if isinstance(node, ast.IfExp):
        return _tainted(node.body, safe) or _tainted(node.orelse, safe)
    if isinstance(node, ast.JoinedStr):  # an f-string: what it interpolates
        return any(
            isinstance(part, ast.FormattedValue) and _tainted(part.value, safe)
            for part in node.values
        )
    return True


# A project function's return positions that carry no free request text (None: the whole value):
# `clause, values = patch_assignments(patch)` takes a SET clause built from a whitelist there.
SafeReturns = dict[str, frozenset[int | None]]


def _safe_returns(ctx: StaticContext) -> SafeReturns:
    """Per function name, what its every return leaves untainted, by the function's own safe
    names; a name defined twice keeps only what both definitions agree on."""
    found: SafeReturns = {}
    for name, defined in functions_by_name(ctx).items():
        agreed: frozenset[int | None] | None = None
        for _, function in defined:
            safe = _safe_names(function, {})
            returns = [
                n.value for n in own_nodes(function) if isinstance(n, ast.Return) and n.value
            ]
            for value in returns:
                here: frozenset[int | None] = (
                    frozenset(i for i, e in enumerate(value.elts) if not _tainted(e, safe))
                    if isinstance(value, ast.Tuple)
                    else frozenset({None} if not _tainted(value, safe) else ())
                )
                agreed = here if agreed is None else agreed & here
            if not returns:
                agreed = frozenset()
        if agreed:
            found[name] = agreed
    return found


def _safe_names(
    function: ast.FunctionDef | ast.AsyncFunctionDef, safe_returns: SafeReturns
) -> set[str]:
    """Names in a function that carry no free request text: module constants, typed as numbers,
    checked against a constant collection, assigned from constants, lookups and joins, or taken
    from what a project function returns untainted (`_safe_returns`).

    An upper-case name is a module constant only when the function does not bind it: some
    candidates write every local in capitals (`WS_USERNAME = WS_BODY["username"]`, fresh
    bw48-03)."""
    safe = _module_constants(function)
    for arg in [*function.args.args, *function.args.kwonlyargs]:
        if arg.annotation is not None and annotation_base(arg.annotation) in _SAFE_TYPES:
            safe.add(arg.arg)
        if arg.annotation is not None and "Literal" in ast.unparse(arg.annotation):
            safe.add(arg.arg)
    nodes = sorted(own_nodes(function), key=lambda n: getattr(n, "lineno", 0))
    for node in nodes:
        if (
            isinstance(node, ast.Compare)
            and isinstance(node.left, ast.Name)
            and any(isinstance(op, ast.In | ast.NotIn) for op in node.ops)
        ):
            safe.add(node.left.id)  # `if sort not in ALLOWED: raise ...`
        if (
            isinstance(node, ast.For)
            and isinstance(node.target, ast.Name)
            and (not _tainted(node.iter, safe) or isinstance(node.iter, ast.Tuple | ast.List))
        ):
            safe.add(node.target.id)
    for node in nodes:
        targets, value = assigned(node)  # `x: T = v` too (fresh bw49-02 annotates locals)
        if not targets or value is None:
            continue
        target = targets[0]
        if isinstance(target, ast.Name) and (
            not _tainted(value, safe) or _built_from_placeholders(value)
        ):
            safe.add(target.id)
        if (  # `LIMIT, OFFSET = 10, 0`: each name from its own value
            isinstance(target, ast.Tuple)
            and isinstance(value, ast.Tuple)
            and len(target.elts) == len(value.elts)
        ):
            safe |= {
                t.id
                for t, v in zip(target.elts, value.elts, strict=True)
                if isinstance(t, ast.Name) and not _tainted(v, safe)
            }
        if isinstance(value, ast.Call):
            positions = safe_returns.get(terminal_name(value.func) or "", frozenset())
            if isinstance(target, ast.Name) and None in positions:
                safe.add(target.id)
            if isinstance(target, ast.Tuple):
                safe |= {
                    e.id
                    for i, e in enumerate(target.elts)
                    if isinstance(e, ast.Name) and i in positions
                }
    return safe


def _module_constants(function: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    """Upper-case names the function reads and never binds itself."""
    arguments = function.args
    bound = {
        a.arg
        for a in [
            *arguments.posonlyargs,
            *arguments.args,
            *arguments.kwonlyargs,
            *filter(None, [arguments.vararg, arguments.kwarg]),
        ]
    }
    names = [n for n in own_nodes(function) if isinstance(n, ast.Name)]
    bound |= {n.id for n in names if isinstance(n.ctx, ast.Store | ast.Del)}
    return {n.id for n in names if _CONSTANT_NAME.fullmatch(n.id) and n.id not in bound}


def _built_from_placeholders(node: ast.expr) -> bool:
    """`", ".join(f"{k} = ?" for k in fields)`: fragments that bind every value."""
    text = ast.unparse(node)
    return "join" in text and bool(re.search(r"[?]|%s|:\w|= \?", text))


@static_rule(
    "SEC-SQL-INJECTION",
    RedFlag.SECURITY_OVERSIGHTS,
    Severity.CRITICAL,
    "SQL is built by string formatting",
)
def sql_injection(ctx: StaticContext) -> Iterable[Hit]:
    """SQL passed to execute()/text() is built with an f-string, %, + or .format().

    Why is this bad? A crafted value rewrites the query: data leaks, tables drop.
    Example: `cur.execute(f"... WHERE id = {todo_id}")` / Use instead: `execute("... = ?", (id,))`.
    """
    helpers, safe_returns = _sql_helpers(ctx), _safe_returns(ctx)
    for rel, module in app_trees(ctx):
        for function in functions(module):
            local: dict[str, ast.expr] = {}
            safe = _safe_names(function, safe_returns)
            for node in sorted(own_nodes(function), key=lambda n: getattr(n, "lineno", 0)):
                targets, value = assigned(node)
                if targets and value is not None and isinstance(targets[0], ast.Name):
                    local[targets[0].id] = value
                if (
                    isinstance(node, ast.AugAssign)
                    and isinstance(node.op, ast.Add)
                    and isinstance(node.target, ast.Name)
                ):
                    # `query += f" WHERE author = '{author}'"` (fresh bw42-04): the text so far
                    # and what is added to it, as one concatenation
                    name = node.target.id
                    local[name] = ast.BinOp(
                        left=local.get(name, ast.Name(id=name)), op=ast.Add(), right=node.value
                    )
                if not (isinstance(node, ast.Call) and node.args):
                    continue
                sink = terminal_name(node.func) or ""
                if sink not in _SQL_SINKS and sink != "text" and sink not in helpers:
                    continue
                entering = _built_sql(node.args[0], local, safe)
                if not entering:
                    continue
                through = helpers.get(sink)
                yield Hit(
                    rel,
                    node.lineno,
                    f"{sink}() receives SQL built from variables"
                    + (f", and runs it at {through.file}:{through.line}." if through else "."),
                    related=(*((through,) if through else ()), *_entering(rel, entering, node)),
                )


_MAX_ENTRIES = 3


def _entering(rel: str, parts: list[ast.expr], sink: ast.Call) -> list[Location]:
    """The lines where request data is written into the SQL text, when not the sink's own
    (`sql += f" ORDER BY {sort}"` three lines above `execute(sql)`, fresh bw61-05)."""
    lines = sorted({part.lineno for part in parts if hasattr(part, "lineno")} - {sink.lineno})
    return [
        Location(file=rel, line=line, role="where request data enters the SQL text")
        for line in lines[:_MAX_ENTRIES]
    ]


def _sql_helpers(ctx: StaticContext) -> dict[str, Location]:
    """The project's own functions that run their first parameter as SQL (`def query(sql,
    params=()): return conn.execute(sql, params).fetchall()`), directly or through another
    such function, by name, with the line that runs it: SQL built for them is SQL built for
    execute()."""
    passing: list[tuple[str, str, ast.Call]] = []  # (rel, function name, call of its 1st param)
    for rel, module in app_trees(ctx):
        for function in functions(module):
            positional = function.args.args
            skip = 1 if positional and positional[0].arg in ("self", "cls") else 0
            if len(positional) <= skip:
                continue
            first = positional[skip].arg
            passing += [
                (rel, function.name, node)
                for node in own_nodes(function)
                if isinstance(node, ast.Call)
                and node.args
                and isinstance(node.args[0], ast.Name)
                and node.args[0].id == first
            ]
    found: dict[str, Location] = {}
    for _ in range(3):  # query_one(sql) -> query(sql) -> conn.execute(sql)
        for rel, name, call in passing:
            callee = terminal_name(call.func) or ""
            if name in found or (callee not in _SQL_SINKS and callee not in found):
                continue
            found[name] = found.get(callee) or Location(
                file=rel, line=call.lineno, role="where the SQL is run"
            )
    return found
