"""Type-hint avoidance: in FastAPI the hints ARE the validation, the docs and the contract."""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator

from grader.checks.registry import Hit, StaticContext, static_rule
from grader.checks.rules.handlers import (
    Function,
    Handler,
    app_trees,
    functions,
    functions_by_name,
    has_response_schema,
    in_api_docs,
    own_nodes,
    parameters,
    route_handlers,
)
from grader.checks.rules.raw_bodies import (
    body_helpers,
    body_reads,
    helper_body_reads,
    helper_requests,
    raw_bodies,
)
from grader.models import Location, RedFlag, Severity

MOSTLY_MISSING_RATIO = 0.5
MOSTLY_MISSING_MIN_FUNCTIONS = 4


def annotation_slots(function: Function) -> tuple[int, int]:
    """(annotated, total) over the parameters and the return of one function."""
    params = parameters(function)
    annotated = sum(arg.annotation is not None for arg in params)
    total = len(params)
    if function.name != "__init__":
        total += 1
        annotated += function.returns is not None
    return annotated, total


def app_functions(ctx: StaticContext) -> Iterator[tuple[str, Function]]:
    for rel, module in app_trees(ctx):
        for function in functions(module):
            yield rel, function


def type_hint_ratio(ctx: StaticContext) -> float | None:
    """Annotated parameters and returns over all of them, for the app's functions."""
    annotated = total = 0
    for _, function in app_functions(ctx):
        done, slots = annotation_slots(function)
        annotated, total = annotated + done, total + slots
    return round(annotated / total, 3) if total else None


@static_rule(
    "TYPE-HINTS-HANDLER-UNANNOTATED",
    RedFlag.TYPE_HINT_AVOIDANCE,
    Severity.MINOR,
    "A route handler is missing type hints",
)
def handler_unannotated(ctx: StaticContext) -> Iterable[Hit]:
    """A handler has an unannotated parameter, or neither a return hint nor a response_model.

    Why is this bad? FastAPI validates and documents exactly what the hints say; none means none.
    Example: `def get_todo(todo_id, db=Depends(get_db))` / Use instead: `todo_id: int, db: Session`.
    """
    for handler in filter(in_api_docs, route_handlers(ctx)):
        untyped = [arg for arg in parameters(handler.node) if arg.annotation is None]
        missing = [arg.arg for arg in untyped]
        no_return = handler.node.returns is None and not has_response_schema(handler)
        if not missing and not no_return:
            continue
        parts = [f"parameters {', '.join(missing)} have no type"] if missing else []
        parts += ["no return type and no response_model"] if no_return else []
        # a signature over several lines: each untyped parameter's own line (fresh bw66-03's
        # reviewer pointed at `db=Depends(get_db)`, three lines below the def)
        lines = sorted({arg.lineno for arg in untyped} - {handler.node.lineno})
        yield Hit(
            handler.file,
            handler.node.lineno,
            f"{handler.name}: {'; '.join(parts)}.",
            related=tuple(
                Location(file=handler.file, line=line, role="an untyped parameter")
                for line in lines
            ),
        )


@static_rule(
    "TYPE-HINTS-MOSTLY-MISSING",
    RedFlag.TYPE_HINT_AVOIDANCE,
    Severity.MAJOR,
    "Most functions have no type hints",
)
def mostly_missing(ctx: StaticContext) -> Iterable[Hit]:
    """More than half of the app's functions (handlers and helpers) lack type hints.

    Why is this bad? It is a habit, not an oversight: the code forgoes checking and validation.
    Use instead: annotate every parameter and return; run mypy.
    """
    lacking: list[tuple[str, Function]] = []
    count = 0
    for rel, function in app_functions(ctx):
        count += 1
        if _lacks_hints(function):
            lacking.append((rel, function))
    if count >= MOSTLY_MISSING_MIN_FUNCTIONS and len(lacking) > count * MOSTLY_MISSING_RATIO:
        rel, first = lacking[0]
        yield Hit(
            rel,
            first.lineno,
            f"{len(lacking)} of {count} functions lack type hints (first: {first.name}).",
        )


@static_rule(
    "TYPE-HINTS-RAW-REQUEST-BODY",
    RedFlag.TYPE_HINT_AVOIDANCE,
    Severity.MAJOR,
    "A handler parses the raw request body instead of a model",
)
def raw_request_body(ctx: StaticContext) -> Iterable[Hit]:
    """A handler reads its body by hand (`await request.json()`, `.form()`, or a helper of the
    project that does) or declares it as a plain `dict` (`data: dict`, `Body()` typed
    `dict[str, Any]`).

    Why is this bad? Nothing is validated, the docs show no body, bad input becomes a 500.
    Example: `data = await request.json()` / Use instead: `async def create(body: TodoCreate)`.
    """
    every = functions_by_name(ctx)
    helpers = body_helpers(f for found in every.values() for _, f in found)
    for handler in route_handlers(ctx):
        read = next(body_reads(handler.node), None)
        if read is not None:
            line, call = read
            message = f"{handler.name} reads {call}() instead of declaring a Pydantic body."
            yield Hit(handler.file, line, message)
            continue
        through = next(helper_body_reads(handler.node, helpers), None)
        if through is not None:
            line, helper = through
            message = (
                f"{handler.name} reads its body by hand through {helper}() (which parses the "
                "request itself) instead of declaring a Pydantic body."
            )
            yield Hit(handler.file, line, message, related=_reads_in(every.get(helper, [])))
            continue
        typed = [body for body in raw_bodies(handler.node) if body.how.endswith("parameter")]
        if typed:
            yield Hit(
                handler.file,
                typed[0].line,
                f"{handler.name} takes its body as a {typed[0].how} instead of a Pydantic model.",
            )


@static_rule(
    "TYPE-HINTS-RAW-DICT-RESPONSE",
    RedFlag.TYPE_HINT_AVOIDANCE,
    Severity.MINOR,
    "A handler returns untyped dicts",
)
def raw_dict_response(ctx: StaticContext) -> Iterable[Hit]:
    """A handler returns dict literals with no response_model and no return type.

    Why is this bad? The response shape is unchecked and undocumented.
    Example: `return {"id": 1, "title": t}` / Use instead: `-> TodoOut` or `response_model=TodoOut`.
    """
    for handler in filter(in_api_docs, route_handlers(ctx)):
        if _declares_response(handler):
            continue
        for node in own_nodes(handler.node):
            if isinstance(node, ast.Return) and isinstance(node.value, ast.Dict | ast.DictComp):
                yield Hit(handler.file, node.lineno, f"{handler.name} returns a bare dict.")
                break


def _reads_in(defined: list[tuple[str, Function]]) -> tuple[Location, ...]:
    """Where a body-reading helper parses the request itself (its untyped `request` too:
    `async def get_params(request)`, tune bw31-03)."""
    if not defined:
        return ()
    rel, function = defined[0]
    reads = body_reads(function, helper_requests(function))
    line, call = min(reads, default=(function.lineno, "the body"))  # the first, by line
    return (Location(file=rel, line=line, role=f"{function.name} reads {call}()"),)


def _lacks_hints(function: Function) -> bool:
    """An untyped parameter, or no hint at all; a missing return alone is forgiven here."""
    annotated, total = annotation_slots(function)
    untyped = any(arg.annotation is None for arg in parameters(function))
    return untyped or (total > 0 and annotated == 0)


def _declares_response(handler: Handler) -> bool:
    return handler.node.returns is not None or handler.keyword("response_model") is not None


@static_rule(
    "TYPE-HINTS-HELPER-UNANNOTATED",
    RedFlag.TYPE_HINT_AVOIDANCE,
    Severity.MINOR,
    "A helper takes untyped parameters",
)
def helper_unannotated(ctx: StaticContext) -> Iterable[Hit]:
    """A function of the app that is no route handler has parameters without type hints
    (`*args, **kwargs` handed on to another callable are the callee's to type).

    Why is this bad? Helpers carry the data between the typed edges; untyped, mypy and readers
    lose track of it there. One such helper is a slip; the flag needs a pattern of them.
    Example: `def to_dict(row)` / Use instead: `def to_dict(row: sqlite3.Row) -> TodoOut`.
    """
    handlers = {(h.file, h.node.lineno) for h in route_handlers(ctx)}
    for rel, function in app_functions(ctx):
        if (rel, function.lineno) in handlers or function.name.startswith("__"):
            continue
        passed_on = {a.arg for a in (function.args.vararg, function.args.kwarg) if a is not None}
        untyped = [
            arg.arg
            for arg in parameters(function)
            if arg.annotation is None and arg.arg not in ("self", "cls", *passed_on)
        ]
        if untyped:
            yield Hit(rel, function.lineno, f"{function.name}: {', '.join(untyped)} untyped.")
