"""Security oversights in memoising: a cached check on a password or a token."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable

from grader.checks.registry import Hit, StaticContext, static_rule
from grader.checks.rules.handlers import app_trees, functions, terminal_name
from grader.models import RedFlag, Severity

_CACHES = frozenset({"lru_cache", "cache", "cached", "alru_cache"})
_PASSWORD = re.compile(r"(^|_)pass(word|wd)?$|^pw$|^pwd$|^plain", re.IGNORECASE)
_TOKEN = re.compile(r"token|jwt|api_?key|session_?id|credential", re.IGNORECASE)
# Reading the clock: what an expiry check compares with.
_CLOCK = frozenset({"time", "now", "utcnow", "monotonic", "today"})


@static_rule(
    "SEC-CACHED-CREDENTIAL-CHECK",
    RedFlag.SECURITY_OVERSIGHTS,
    Severity.MAJOR,
    "A password or token check is memoised",
)
def cached_credential_check(ctx: StaticContext) -> Iterable[Hit]:
    """`@lru_cache` (or `@cache`) on a function that takes a password, or that takes a token
    and compares it with the clock.

    Why is this bad? The cache keeps each plaintext password as a key in the process's memory;
    and a token's verdict, cached with its expiry check inside, stays "valid" after the token
    expires, for as long as it stays in the cache.
    Use instead: verify every time (the hash is meant to be slow); cache only what does not
    depend on time (a decoded payload whose `exp` is checked on each use).
    """
    for rel, module in app_trees(ctx):
        for function in functions(module):
            cache = next((d for d in function.decorator_list if _is_cache(d)), None)
            if cache is None:
                continue
            names = [a.arg for a in [*function.args.posonlyargs, *function.args.args]]
            password = next(
                (n for n in names if _PASSWORD.search(n) and "hash" not in n.lower()), None
            )
            token = next((n for n in names if _TOKEN.search(n)), None)
            if password is not None:
                why = f"keeps every `{password}` it is given, in plain text, as a cache key"
            elif token is not None and _reads_clock(function):
                why = (
                    f"caches its verdict on `{token}` with the expiry check inside: a token "
                    "accepted once stays accepted after it expires"
                )
            else:
                continue
            yield Hit(rel, cache.lineno, f"{function.name} is memoised: it {why}.")


def _is_cache(decorator: ast.expr) -> bool:
    target = decorator.func if isinstance(decorator, ast.Call) else decorator
    return terminal_name(target) in _CACHES


def _reads_clock(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    return any(
        isinstance(node, ast.Call) and terminal_name(node.func) in _CLOCK
        for node in ast.walk(function)
    )
