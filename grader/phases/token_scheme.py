"""The word an app expects before its token in `Authorization`, when it reads the header by hand.

An app that declares no security scheme and strips the header itself (`h.replace("Token ",
"")`, `if scheme != "Token": raise ...`) refuses `Bearer abc` with a 401 however valid the
token, and every probe after the sign-in sees only refusals. The word is a string constant in
the code that reads the header; found, it is written into the probes' schema
(probes/auth.py: TOKEN_SCHEME), which the probes use only when no scheme is declared.
"""

from __future__ import annotations

import ast
import re

from grader.phases.body_fields import BodyFields

# `"Token "`, `"JWT"`: the constant alone, as the code compares or strips it (Bearer is the
# probes' default already).
_SCHEME = re.compile(r"(Token|JWT) ?")
_AUTHORIZATION = re.compile(r"authorization", re.IGNORECASE)


def token_scheme(fields: BodyFields) -> str | None:
    """`Token` or `JWT` when an app module that reads `Authorization` holds that word as a
    constant of its own; None when none does, or when both do."""
    found: set[str] = set()
    for rel in fields.facts.python_files:
        if rel in fields.facts.test_files:
            continue
        module = fields.module(rel)
        if module is None or not _reads_authorization(module):
            continue
        for node in ast.walk(module):
            value = node.value if isinstance(node, ast.Constant) else None
            if isinstance(value, str) and _SCHEME.fullmatch(value):
                found.add(value.strip())
    return found.pop() if len(found) == 1 else None


def _reads_authorization(module: ast.Module) -> bool:
    return any(
        (isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and _AUTHORIZATION.fullmatch(node.value))
        or (isinstance(node, ast.arg)
        and node.arg.lower() == "authorization")
        for node in ast.walk(module)
    )
