"""Security oversights in the tokens an app issues: a signed token that never expires."""

from __future__ import annotations

import ast
from collections.abc import Iterable

from grader.checks.registry import Hit, StaticContext, static_rule
from grader.checks.rules.handlers import app_trees, dotted, functions, import_names, own_nodes
from grader.models import Location, RedFlag, Severity

_ENCODERS = frozenset({"jwt.encode", "jose.jwt.encode"})


def _claims(function: ast.FunctionDef | ast.AsyncFunctionDef, node: ast.expr) -> ast.expr | None:
    """The claims as the function writes them: a dict literal, or the name it binds one to."""
    if isinstance(node, ast.Dict):
        return node
    if not isinstance(node, ast.Name):
        return None
    for stmt in own_nodes(function):
        if (
            isinstance(stmt, ast.Assign)
            and len(stmt.targets) == 1
            and isinstance(stmt.targets[0], ast.Name)
            and stmt.targets[0].id == node.id
            and isinstance(stmt.value, ast.Dict)
        ):
            return stmt.value
    return None


def _expiry_word(text: object) -> bool:
    """`exp`, or a claim of the app's own that it checks itself (`expires`, `expiry_at`)."""
    return isinstance(text, str) and (text.lower() == "exp" or "expir" in text.lower())


def _mentions_expiry(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """An expiry claim set anywhere in the function (a key, `update(exp=...)`, `["exp"] = `)."""
    for node in own_nodes(function):
        if isinstance(node, ast.Constant) and _expiry_word(node.value):
            return True
        if isinstance(node, ast.keyword) and _expiry_word(node.arg):
            return True
    return False


@static_rule(
    "SEC-TOKEN-NO-EXPIRY",
    RedFlag.SECURITY_OVERSIGHTS,
    Severity.MINOR,
    "Access tokens never expire",
)
def token_no_expiry(ctx: StaticContext) -> Iterable[Hit]:
    """A JWT is signed from claims the function writes itself, and none of them is `exp`.

    Why is this bad? A token that leaks (a log, a shared laptop, a proxy) stays valid until the
    signing key changes, and logging out revokes nothing.
    Example: `jwt.encode({"sub": user.id}, key)` / Use instead: add
    `"exp": datetime.now(UTC) + timedelta(minutes=30)`; PyJWT and python-jose refuse it after.
    Claims handed in by the caller are not judged: the caller may set `exp`.
    """
    for rel, module in app_trees(ctx):
        imports = import_names(module)
        for function in functions(module):
            encodes = [
                node
                for node in own_nodes(function)
                if isinstance(node, ast.Call)
                and node.args
                and dotted(node.func, imports) in _ENCODERS
            ]
            if not encodes or _mentions_expiry(function):
                continue
            for call in encodes:
                claims = _claims(function, call.args[0])
                if claims is None:
                    continue
                yield Hit(
                    rel,
                    claims.lineno,
                    f"{function.name} signs a token whose claims hold no exp: it never expires.",
                    related=(
                        (Location(file=rel, line=call.lineno, role="where it is signed"),)
                        if call.lineno != claims.lineno
                        else ()
                    ),
                )
