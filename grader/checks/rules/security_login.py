"""Security oversights in how a login refuses: answers telling which usernames exist."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator

from grader.checks.registry import Hit, StaticContext, static_rule
from grader.checks.rules.handlers import app_trees, functions, own_nodes
from grader.models import Location, RedFlag, Severity

_ACCOUNT = re.compile(r"\b(user(name)?|account|e-?mail|login)s?\b", re.IGNORECASE)
_PASSWORD = re.compile(r"\bpass(word|phrase)?s?\b", re.IGNORECASE)
_ABSENT = re.compile(
    r"not\s+(found|exist|registered|known)|n[o']t\s+exist|does\s*n[o']?t\s+exist|no\s+such"
    r"|unknown|doesn't\s+exist|invalid|incorrect|wrong",
    re.IGNORECASE,
)
_WRONG = re.compile(r"invalid|incorrect|wrong|mismatch|does\s*n[o']?t\s+match|bad", re.IGNORECASE)


def _messages(function: ast.FunctionDef | ast.AsyncFunctionDef) -> Iterator[ast.Constant]:
    """String literals the function refuses with: inside a `raise` or a returned response."""
    for node in own_nodes(function):
        if isinstance(node, ast.Raise | ast.Return):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Constant) and isinstance(inner.value, str):
                    yield inner


def _unknown_account(text: str) -> bool:
    """'User does not exist', 'Unknown username': the account's absence, with no password."""
    return bool(_ACCOUNT.search(text) and _ABSENT.search(text) and not _PASSWORD.search(text))


def _wrong_password(text: str) -> bool:
    """'Incorrect password': the password's fault alone, so the account was found."""
    return bool(_PASSWORD.search(text) and _WRONG.search(text) and not _ACCOUNT.search(text))


@static_rule(
    "SEC-LOGIN-ENUMERATION",
    RedFlag.SECURITY_OVERSIGHTS,
    Severity.MINOR,
    "Login tells an unknown username from a wrong password",
)
def login_enumeration(ctx: StaticContext) -> Iterable[Hit]:
    """One function refuses an unknown account with one message ('User does not exist') and a
    wrong password with another ('Incorrect password').

    Why is this bad? Anyone can learn which usernames exist by trying to log in, and then guess
    passwords for real accounts only.
    Use instead: one answer for both ('Incorrect username or password'), the same status code.
    """
    for rel, module in app_trees(ctx):
        for function in functions(module):
            messages = list(_messages(function))
            unknown = next((m for m in messages if _unknown_account(str(m.value))), None)
            wrong = next((m for m in messages if _wrong_password(str(m.value))), None)
            if unknown is None or wrong is None:
                continue
            yield Hit(
                rel,
                unknown.lineno,
                f"`{function.name}` answers {unknown.value!r} for an unknown account and "
                f"{wrong.value!r} for a wrong password: the difference tells which usernames "
                "exist.",
                related=(Location(file=rel, line=wrong.lineno, role="the wrong-password answer"),),
            )
