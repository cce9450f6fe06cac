"""Input validation as the source shows it: client values stored without any check.

A body read without a model (see raw_bodies) is not a fault by itself when the handler checks
what it got, as a careful author does with `isinstance`. It is one when a value of it reaches
storage unchecked: a list where a title belongs, `owner_id` overwritten through `setattr`, a
missing key that turns into a 500.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import PurePosixPath

from grader.checks.registry import Hit, StaticContext, static_rule
from grader.checks.rules.handlers import app_trees, functions_by_name, route_handlers
from grader.checks.rules.raw_bodies import (
    body_helpers,
    copies_every_key,
    raw_bodies,
    type_checkers,
    unchecked_write,
)
from grader.discovery.model_fields import classes_of, validating_models
from grader.models import Location, RedFlag, Severity


@static_rule(
    "SEC-UNVALIDATED-WRITE",
    RedFlag.SECURITY_OVERSIGHTS,
    Severity.MINOR,
    "Client values are stored without validation",
)
def unvalidated_write(ctx: StaticContext) -> Iterable[Hit]:
    """A handler reads its body as a raw dict (`await request.json()`, `data: dict`) and stores
    a value of it (an INSERT/UPDATE, `setattr`, `.update()`, `session.add`) with no type check
    and no pydantic model in between. Points at the write.

    Why is this bad? Any JSON reaches the database: wrong types, extra keys that overwrite
    `id` or `owner_id`, a missing field that becomes a 500 instead of a 422.
    Example: `for k, v in data.items(): setattr(todo, k, v)` / Use instead: `body: TodoUpdate`
    and `body.model_dump(exclude_unset=True)`.
    """
    models = validating_models(classes_of(app_trees(ctx)))
    every = [f for found in functions_by_name(ctx).values() for _, f in found]
    checkers = type_checkers(every)
    helpers = body_helpers(every)
    assigners = _assigner_lines(ctx)
    for handler in route_handlers(ctx):
        for body in raw_bodies(handler.node, helpers):
            write = unchecked_write(handler.node, body, models, checkers, assigners)
            if write is not None:
                copies = assigners.get(write.call.removesuffix("()"))
                yield Hit(
                    handler.file,
                    write.line,
                    f"{handler.name} stores values of its {body.how} body "
                    f"(line {body.line}) through {write.call} without checking their types"
                    + (
                        f", which copies every key it is given ({copies.file}:{copies.line})."
                        if copies
                        else "."
                    ),
                    related=tuple(
                        Location(file=handler.file, line=line, role="a body field taken unchecked")
                        for line in write.reads
                        if line != write.line
                    )
                    + ((copies,) if copies else ()),
                )
                break


def _assigner_lines(ctx: StaticContext) -> dict[str, Location]:
    """The project's functions that copy every key they are given onto an object, at that
    copy: by name when defined once (which of two `fill`s a bare call means is not known), and
    by their module's name too (`crud.update_todo`, whatever else is named `update_todo`: fresh
    bw66-03's PATCH handler shares the name)."""
    found: dict[str, Location] = {}
    for name, defined in functions_by_name(ctx).items():
        for rel, function in defined:
            line = copies_every_key(function)
            if line is None:
                continue
            where = Location(file=rel, line=line, role="every key is copied onto the record")
            found.setdefault(f"{PurePosixPath(rel).stem}.{name}", where)
            if len(defined) == 1:
                found[name] = where
    return found
