"""Documentation neglect in the routes themselves: response schemas and summaries for /docs."""

from __future__ import annotations

import ast
from collections.abc import Iterable

from grader.checks.registry import Hit, StaticContext, static_rule
from grader.checks.rules.handlers import (
    Handler,
    has_response_schema,
    in_api_docs,
    route_handlers,
)
from grader.models import Location, RedFlag, Severity


@static_rule(
    "DOCS-NO-RESPONSE-MODEL",
    RedFlag.DOCUMENTATION_NEGLECT,
    Severity.MINOR,
    "Routes document no response schema",
)
def no_response_model(ctx: StaticContext) -> Iterable[Hit]:
    """Routes have neither response_model nor a return type that is a model.

    Why is this bad? /docs shows "string" for the response; clients must guess the shape.
    Use instead: `@app.get("/todos/{id}", response_model=TodoOut)` or `-> TodoOut`.
    The policy grades the share of routes /docs leaves blank: no response schema and no
    summary, description or docstring either (a described route is documented, if thinly).
    """
    documented = [h for h in route_handlers(ctx) if in_api_docs(h)]
    lacking = [h for h in documented if not has_response_schema(h)]
    if lacking:
        first = lacking[0]
        names = ", ".join(h.name for h in lacking[:8]) + (", ..." if len(lacking) > 8 else "")
        blank = [h for h in lacking if not _described(h)]
        said = (
            f" {len(lacking) - len(blank)} of them carry a summary or docstring."
            if len(blank) < len(lacking)
            else ""
        )
        yield Hit(
            first.file,
            first.declared_at,
            f"{len(lacking)} of {len(documented)} API route(s) document no response schema: "
            f"{names}.{said}",
            extent=len(blank) / len(documented),
            related=tuple(
                Location(file=h.file, line=h.declared_at, role=f"{h.name} has no response schema")
                for h in lacking[1:]
            ),
        )


@static_rule(
    "DOCS-NO-ROUTE-SUMMARIES",
    RedFlag.DOCUMENTATION_NEGLECT,
    Severity.INFO,
    "No route has a summary, description or docstring",
)
def no_route_summaries(ctx: StaticContext) -> Iterable[Hit]:
    """No route carries a summary, a description or a docstring.

    Why is this bad? /docs lists bare function names; a line per route tells callers the intent.
    """
    handlers = route_handlers(ctx)
    if not handlers:
        return
    described = any(_described(h) for h in handlers)
    if not described:
        first = handlers[0]
        yield Hit(first.file, first.declared_at, f"{len(handlers)} routes, none described.")


def _described(handler: Handler) -> bool:
    """/docs says what the route does: a summary, a description or a docstring."""
    return bool(
        ast.get_docstring(handler.node)
        or handler.keyword("summary") is not None
        or handler.keyword("description") is not None
    )
