"""Performance ignorance in authentication: a slow password hash paid on every request."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable

from grader.checks.registry import Hit, StaticContext, static_rule
from grader.checks.rules.handlers import (
    DependencyGraph,
    calls,
    functions_by_name,
    route_handlers,
    terminal_name,
)
from grader.checks.rules.security_access import public_path
from grader.models import Location, RedFlag, Severity

# Key-derivation functions made slow on purpose: right for a login, costly on every request.
_SLOW_HASHES = frozenset({"pbkdf2_hmac", "checkpw", "hashpw", "scrypt", "kdf"})
# `pwd_context.verify(...)` (passlib), `ph.verify(...)` (argon2): `verify` on a hasher.
_HASHER = re.compile(r"pwd|pass|hash|crypt|argon|^ph$|context", re.IGNORECASE)


def _slow_hash(call: ast.Call) -> bool:
    name = terminal_name(call.func)
    if name in _SLOW_HASHES:
        return True
    if name == "verify" and isinstance(call.func, ast.Attribute):
        receiver = terminal_name(call.func.value)
        return receiver is not None and bool(_HASHER.search(receiver))
    return False


@static_rule(
    "PERF-HASH-PER-REQUEST",
    RedFlag.PERFORMANCE_IGNORANCE,
    Severity.MINOR,
    "Every authenticated request runs a slow password hash",
)
def hash_per_request(ctx: StaticContext) -> Iterable[Hit]:
    """A dependency of the resource routes (not the login) verifies a password with a
    deliberately slow hash (PBKDF2, bcrypt, scrypt, argon2) each time it runs: HTTP Basic on
    every route, an API key checked with bcrypt.

    Why is this bad? The hash is built to cost tens to hundreds of milliseconds of CPU; paid on
    every request, it caps the whole API at a few requests per second per core.
    Use instead: verify the password once, at login, and hand out a token that is cheap to check.
    """
    handlers = [
        h for h in route_handlers(ctx) if any(not public_path(r.method, r.path) for r in h.routes)
    ]
    graph = DependencyGraph.build(ctx)
    by_name = functions_by_name(ctx)
    files = {id(f): rel for found in by_name.values() for rel, f in found}
    seen: set[int] = set()
    for dependency in graph.dependency_functions(handlers):
        if id(dependency) in seen:
            continue
        seen.add(id(dependency))
        for call in calls(dependency):
            where: Location | None = None
            if not _slow_hash(call):
                helper = next(
                    (
                        (rel, inner)
                        for rel, f in by_name.get(terminal_name(call.func) or "", [])
                        for inner in calls(f)
                        if _slow_hash(inner)
                    ),
                    None,
                )
                if helper is None:
                    continue
                where = Location(file=helper[0], line=helper[1].lineno, role="the slow hash")
            rel = files.get(id(dependency))
            if rel is None:
                continue
            yield Hit(
                rel,
                call.lineno,
                f"`{dependency.name}`, a dependency of the API's routes, verifies a password "
                "with a slow hash on every request it authenticates.",
                related=(where,) if where is not None else (),
            )
            break
