"""Security oversights in how secrets are compared: `==` stops at the first differing byte."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable

from grader.checks.registry import Hit, StaticContext, static_rule
from grader.checks.rules.handlers import app_trees, terminal_name
from grader.models import RedFlag, Severity

# What a name says it holds: a password hash, a digest, an HMAC or signature; and, called, what
# a hand-rolled token signer makes (`_sign(key, payload)`).
_SECRET_WORDS = re.compile(r"hash|digest|hmac|signature|(^|_)sig($|_)|(^|_)mac($|_)", re.IGNORECASE)
_SIGNER = re.compile(r"(^|_)sign($|_)", re.IGNORECASE)
# Calls whose result is a digest: `hashlib.sha256(...).hexdigest()`, `hash_pw(...)`.
_DIGEST_CALLS = frozenset({"hexdigest", "digest"})


def _secret(node: ast.expr) -> bool:
    """An operand that holds a hash or a signature, by its name or by the call that makes it;
    a slice of one too (`hmac.new(k, m, sha256).digest()[:16]`, a truncated MAC)."""
    while isinstance(node, ast.Subscript):
        node = node.value
    if isinstance(node, ast.Constant):
        return False
    called = isinstance(node, ast.Call)
    name = (terminal_name(node.func) if isinstance(node, ast.Call) else terminal_name(node)) or ""
    if called and (name in _DIGEST_CALLS or _SIGNER.search(name)):
        return True
    return bool(_SECRET_WORDS.search(name))


def _not_compared_here(node: ast.expr) -> bool:
    """A literal, a length, or an ORM column (`AccessToken.digest == digest` is a WHERE clause
    the database evaluates, not a comparison in Python)."""
    if isinstance(node, ast.Constant):
        return True
    if isinstance(node, ast.Call):
        return terminal_name(node.func) in {"len", "type", "isinstance"}
    return (
        isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id[:1].isupper()
    )


@static_rule(
    "SEC-TIMING-UNSAFE-COMPARE",
    RedFlag.SECURITY_OVERSIGHTS,
    Severity.MINOR,
    "A password hash or signature is compared with == or !=",
)
def timing_unsafe_compare(ctx: StaticContext) -> Iterable[Hit]:
    """Two digests (a password hash, an HMAC, a token's signature) compared with `==` or `!=`.

    Why is this bad? The comparison returns at the first differing byte, so its time tells an
    attacker how much of a guess was right.
    Use instead: `hmac.compare_digest(a, b)` (or the library's own verify function).
    """
    for rel, module in app_trees(ctx):
        for node in ast.walk(module):
            if not isinstance(node, ast.Compare) or len(node.ops) != 1:
                continue
            if not isinstance(node.ops[0], ast.Eq | ast.NotEq):
                continue
            left, right = node.left, node.comparators[0]
            if _not_compared_here(left) or _not_compared_here(right):
                continue
            if _secret(left) and _secret(right):
                yield Hit(
                    rel,
                    node.lineno,
                    f"`{ast.unparse(node)[:80]}` compares digests with "
                    f"`{'==' if isinstance(node.ops[0], ast.Eq) else '!='}`: its time leaks "
                    "how much of a guess matched.",
                )
