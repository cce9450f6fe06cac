"""The names a project gives its synchronous database sessions: an alias of the Session type, a
factory of them (`SessionLocal`), one a function opens itself, a parameter typed as one. What
the async rules (loop_blockers.py, async_static.py) look for a query on."""

from __future__ import annotations

import ast

from grader.checks.registry import StaticContext
from grader.checks.rules.event_loop import SESSIONMAKERS, SYNC_SESSIONS, is_session
from grader.checks.rules.handlers import (
    Function,
    app_trees,
    depends_targets,
    dotted,
    import_names,
    own_nodes,
    parameter_defaults,
    parameters,
    terminal_name,
)


def session_aliases(ctx: StaticContext) -> frozenset[str]:
    """Module-level names for a synchronous session type, such as
    `DbSession = Annotated[Session, Depends(get_db)]`, and for a factory of synchronous
    sessions (`SessionLocal = sessionmaker(bind=engine)`), wherever the project defines them."""
    names: set[str] = set()
    for _, module in app_trees(ctx):
        imports = import_names(module)
        for node in module.body:
            target, value = _alias(node)
            if target is None or value is None:
                continue
            if is_session(value, imports, names) or _sync_sessionmaker(value, imports):
                names.add(target)
    return frozenset(names)


def session_providers(ctx: StaticContext, sessions: frozenset[str]) -> frozenset[str]:
    """Dependencies that open a synchronous session and yield or return it (the tutorial's
    `def get_db(): db = SessionLocal(); try: yield db ...`): a parameter `db=Depends(get_db)`
    is that session however it is typed, untyped included (fresh bw67-03)."""
    found: set[str] = set()
    for _, module in app_trees(ctx):
        imports = import_names(module)
        for node in module.body:  # module-level functions: a method `get` is no dependency
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            opened = opened_sessions(node, imports, sessions)
            for sub in own_nodes(node):
                value = sub.value if isinstance(sub, ast.Yield | ast.Return) else None
                if (isinstance(value, ast.Name) and value.id in opened) or _opens(
                    value, imports, sessions
                ):
                    found.add(node.name)
    return frozenset(found)


def _sync_sessionmaker(value: ast.expr, imports: dict[str, str]) -> bool:
    """`sessionmaker(bind=engine)`, unless it makes AsyncSessions (`class_=AsyncSession`)."""
    return (
        isinstance(value, ast.Call)
        and dotted(value.func, imports) in SESSIONMAKERS
        and not any("Async" in ast.unparse(k.value) for k in value.keywords)
    )


def opened_sessions(
    function: Function, imports: dict[str, str], sessions: frozenset[str]
) -> set[str]:
    """Names the function binds to a synchronous session it opens itself: `with Session(engine)
    as session:` (fresh bw40-05's async handlers and dependency), `db = SessionLocal()`."""

    def opens(value: ast.expr | None) -> bool:
        return _opens(value, imports, sessions)

    found: set[str] = set()
    for node in own_nodes(function):
        if isinstance(node, ast.With):
            found |= {
                item.optional_vars.id
                for item in node.items
                if isinstance(item.optional_vars, ast.Name) and opens(item.context_expr)
            }
        elif isinstance(node, ast.Assign) and len(node.targets) == 1 and opens(node.value):
            target = node.targets[0]
            if isinstance(target, ast.Name):
                found.add(target.id)
    return found


def _opens(value: ast.expr | None, imports: dict[str, str], sessions: frozenset[str]) -> bool:
    """`Session(engine)`, `SessionLocal()`: a call that opens a synchronous session."""
    return isinstance(value, ast.Call) and (
        dotted(value.func, imports) in SYNC_SESSIONS or terminal_name(value.func) in sessions
    )


def _alias(node: ast.stmt) -> tuple[str | None, ast.expr | None]:
    if isinstance(node, ast.Assign) and len(node.targets) == 1:
        target = node.targets[0]
        return (target.id if isinstance(target, ast.Name) else None), node.value
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        return node.target.id, node.value
    return None, None


def session_handles(
    function: Function,
    imports: dict[str, str],
    sessions: frozenset[str],
    providers: frozenset[str] = frozenset(),
) -> set[str]:
    """The function's synchronous sessions: its parameters typed as one (or as an alias of
    one) or given by a dependency that provides one (`db=Depends(get_db)`), and those it opens
    itself (`opened_sessions`)."""
    defaults = parameter_defaults(function)
    return {
        arg.arg
        for arg in parameters(function)
        if (arg.annotation is not None and is_session(arg.annotation, imports, sessions))
        or any(target in providers for target in depends_targets(defaults.get(arg.arg)))
    } | opened_sessions(function, imports, sessions)
