"""Security oversights in how a password is kept: stored or compared as it came, or under a fast
hash."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator

from grader.checks.registry import Hit, StaticContext, static_rule
from grader.checks.rules.handlers import (
    Function,
    added_terms,
    app_trees,
    functions,
    own_nodes,
    parameters,
    terminal_name,
)
from grader.models import RedFlag, Severity

HASHING = re.compile(
    r"hash|crypt|argon|pbkdf|scrypt|sha\d|digest|encode_password|make_password|encrypt", re.I
)
CONFIRM = re.compile(r"confirm|repeat|again|verify|check|new_password|old_password|\d$", re.I)
_RECORD_SUFFIXES = ("InDB", "DB", "Record", "Entity", "Row", "Table")


def password_name(name: str | None) -> bool:
    return name is not None and "password" in name.lower()


def _reads_raw_password(node: ast.expr) -> bool:
    """`body.password`, `password`, `data["password"]`, not wrapped in a hashing call."""
    if isinstance(node, ast.Attribute):
        return password_name(node.attr) and not HASHING.search(node.attr)
    if isinstance(node, ast.Name):
        return password_name(node.id) and not HASHING.search(node.id)
    if isinstance(node, ast.Subscript):
        key = node.slice
        return (
            isinstance(key, ast.Constant)
            and isinstance(key.value, str)
            and (password_name(key.value) and not HASHING.search(key.value))
        )
    return False


def _target_name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Attribute):
        return None if isinstance(node.value, ast.Name) and node.value.id == "self" else node.attr
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant):
        return str(node.slice.value)
    return None


def _setters(ctx: StaticContext) -> set[str]:
    """Attributes written through a property setter (`@password.setter`): assigning one runs the
    setter's code, which may hash (a Rails-style `user.password = raw`)."""
    found: set[str] = set()
    for _, module in app_trees(ctx):
        for function in functions(module):
            for decorator in function.decorator_list:
                if (
                    isinstance(decorator, ast.Attribute)
                    and decorator.attr == "setter"
                    and isinstance(decorator.value, ast.Name)
                    and HASHING.search(ast.unparse(function))
                ):
                    found.add(decorator.value.id)
    return found


def _stores(
    module: ast.Module, models: set[str], setters: frozenset[str] = frozenset()
) -> Iterator[tuple[int, str]]:
    """Where a raw password is written or compared: the line of the key or keyword itself, not
    the first line of a many-line record (tune bw34-04: `"password": password,` four lines
    into `newUser = {`)."""
    for node in ast.walk(module):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                name = _target_name(target)
                if isinstance(target, ast.Attribute) and target.attr in setters:
                    continue  # the property's setter hashes what it is given
                raw = password_name(name) and _reads_raw_password(node.value)
                if raw or _pretend_hash_value(target, node.value):
                    yield node.lineno, f"{ast.unparse(target)} = {ast.unparse(node.value)}"
        elif isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if (
                    isinstance(key, ast.Constant)
                    and isinstance(key.value, str)
                    and password_name(key.value)
                    and _reads_raw_password(value)
                ):
                    yield key.lineno, f'{{"{key.value}": {ast.unparse(value)}}}'
        elif isinstance(node, ast.Call) and terminal_name(node.func) in models:
            for kw in node.keywords:
                if password_name(kw.arg) and _reads_raw_password(kw.value):
                    call = f"{terminal_name(node.func)}({kw.arg}={ast.unparse(kw.value)})"
                    yield kw.lineno, call
        elif (
            isinstance(node, ast.Compare)
            and len(node.ops) == 1
            and isinstance(node.ops[0], ast.Eq | ast.NotEq)
            and _plain_comparison(node.left, node.comparators[0])
        ):
            yield node.lineno, ast.unparse(node)


_HOLDS_HASH = re.compile(r"hashed|password_hash|pw_hash", re.I)


def _pretend_hash_value(target: ast.expr, value: ast.expr) -> bool:
    """A name that says hash given the raw password with only literal text around it (the
    FastAPI SQL tutorial's `fake_hashed_password = user.password + "notreallyhashed"`, fresh
    bw50-02): what it holds is the password."""
    if not (isinstance(target, ast.Name) and _HOLDS_HASH.search(target.id)):
        return False  # `to_hash = "pepper:" + password` is what a real hash is given
    parts = added_terms(value)
    texts = [p for p in parts if isinstance(p, ast.Constant) and isinstance(p.value, str)]
    raw = [p for p in parts if _reads_raw_password(p)]
    return len(parts) > 1 and len(raw) == 1 and len(texts) == len(parts) - 1


def _plain_comparison(left: ast.expr, right: ast.expr) -> bool:
    """Both sides read passwords and neither is a confirmation field of the same form."""
    if not (_reads_raw_password(left) and _reads_raw_password(right)):
        return False
    texts = (ast.unparse(left), ast.unparse(right))
    return not any(CONFIRM.search(t.split(".")[-1].strip("[]'\"")) for t in texts)


def stored_models(ctx: StaticContext) -> set[str]:
    """Classes that persist rows (ORM tables, dataclasses), not Pydantic request schemas."""
    found: set[str] = set()
    for _, module in app_trees(ctx):
        for node in ast.walk(module):
            if not isinstance(node, ast.ClassDef):
                continue
            bases = {terminal_name(b) for b in node.bases}
            table = any(k.arg == "table" for k in node.keywords)
            dataclass = any(terminal_name(d) == "dataclass" for d in node.decorator_list)
            orm = bases & {"Base", "DeclarativeBase", "Model", "Document"}
            if table or dataclass or orm or node.name.endswith(_RECORD_SUFFIXES):
                found.add(node.name)
    return found


@static_rule(
    "SEC-PLAINTEXT-PASSWORD",
    RedFlag.SECURITY_OVERSIGHTS,
    Severity.CRITICAL,
    "Passwords are stored or compared in plain text",
)
def plaintext_password(ctx: StaticContext) -> Iterable[Hit]:
    """A password from the request is stored or compared as-is, with no hashing call, or a
    function named for hashing returns it with only text around it (`"fakehashed" + password`).

    Why is this bad? One leaked database exposes every user's password, on every site they use.
    Example: `user.password = body.password` / Use instead: `user.password_hash = hasher.hash(...)`.
    """
    models, setters = stored_models(ctx), frozenset(_setters(ctx))
    for rel, module in app_trees(ctx):
        for line, text in _stores(module, models, setters):
            yield Hit(rel, line, f"Plain-text password: `{text}`.")
        for function in functions(module):
            pretend = _pretend_hash(function)
            if pretend is not None:
                yield Hit(
                    rel,
                    pretend,
                    f"{function.name}() is named for hashing but returns the password itself "
                    "with only text around it: what it stores is the plain password.",
                )


def _pretend_hash(function: Function) -> int | None:
    """The return line of a function named for hashing a password whose every return is the
    password with literal text around it (the FastAPI tutorial's `fake_hash_password`: `return
    "fakehashed" + password`, tune bw30-05): no hashing call anywhere."""
    params = [a.arg for a in function.args.args if password_name(a.arg)]
    if not HASHING.search(function.name) or len(params) != 1:
        return None
    returns = [n for n in own_nodes(function) if isinstance(n, ast.Return)]
    if not returns or not all(r.value and _only_text_and(r.value, params[0]) for r in returns):
        return None
    return returns[0].lineno


def _only_text_and(node: ast.expr, name: str) -> bool:
    """`node` joins string literals to `name` and nothing else (`"fakehashed" + password`, an
    f-string). The password returned as it came is not counted: a validator of its length
    (`_bcrypt_limit`, tune bw35-05) hands it back unchanged by design."""
    if not isinstance(node, ast.BinOp | ast.JoinedStr):
        return False
    parts = list(ast.walk(node))
    allowed = (
        ast.Constant
        | ast.Name
        | ast.Load
        | ast.BinOp
        | ast.Add
        | ast.JoinedStr
        | ast.FormattedValue
    )
    return all(
        isinstance(p, allowed) and (not isinstance(p, ast.Name) or p.id == name) for p in parts
    ) and any(isinstance(p, ast.Name) for p in parts)


_FAST_HASHES = frozenset(
    {"md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b", "blake2s",
     "sha3_224", "sha3_256", "sha3_384", "sha3_512"}
)  # fmt: skip
_PASSWORD_TEXT = re.compile(r"passw|passwd|\bpwd\b|\bpw\b", re.I)


@static_rule(
    "SEC-WEAK-PASSWORD-HASH",
    RedFlag.SECURITY_OVERSIGHTS,
    Severity.MAJOR,
    "Passwords are hashed with a fast, unsalted hash",
)
def weak_password_hash(ctx: StaticContext) -> Iterable[Hit]:
    """A password goes through md5/sha1/sha256... (`hashlib.sha256(password.encode())`), there
    or in a helper that hashes its parameter under another name (`def h(s): return
    hashlib.sha256(s.encode()).hexdigest()` called as `h(form.password)`).

    Why is this bad? Fast hashes are built to be computed billions of times a second: a leaked
    table gives up its passwords, and without a salt equal passwords share one hash.
    Use instead: bcrypt, argon2 or `hashlib.pbkdf2_hmac` with a random salt. Hashing a random
    token with sha256 is fine: this rule looks only at passwords.
    """
    for rel, module in app_trees(ctx):
        for node in ast.walk(module):
            if not isinstance(node, ast.Call):
                continue
            hashed = _fast_hash_of(node)
            if hashed is not None and _PASSWORD_TEXT.search(ast.unparse(hashed)):
                yield Hit(rel, node.lineno, f"{ast.unparse(node)[:80]}: a fast hash of a password.")
    yield from _weak_hash_helpers(ctx)


def _fast_hash_of(call: ast.Call) -> ast.expr | None:
    """What a fast hash call hashes (`hashlib.sha256(x)`, `hashlib.new("md5", x)`), if it is one."""
    if not call.args:
        return None
    name = terminal_name(call.func)
    if name == "new" and isinstance(call.args[0], ast.Constant):
        return call.args[1] if len(call.args) > 1 and call.args[0].value in _FAST_HASHES else None
    return call.args[0] if name in _FAST_HASHES else None


def _weak_hash_helpers(ctx: StaticContext) -> Iterator[Hit]:
    """A project function that fast-hashes one of its parameters under another name (fresh
    bw43-02's `def h(s)`), called by its bare name with a password in that very parameter:
    the hash line is the weak password hash. A method of some object (`pwd_context.hash(...)`)
    is not the project's helper, and a password handed to another parameter is not hashed."""
    helpers: dict[str, tuple[str, ast.Call, int, str]] = {}
    for rel, module in app_trees(ctx):
        for function in functions(module):
            names = [a.arg for a in parameters(function)]
            for node in own_nodes(function):
                hashed = _fast_hash_of(node) if isinstance(node, ast.Call) else None
                if hashed is None or _PASSWORD_TEXT.search(ast.unparse(hashed)):
                    continue  # a password named in the call is the rule's own case
                used = [n.id for n in ast.walk(hashed) if isinstance(n, ast.Name) and n.id in names]
                if used and isinstance(node, ast.Call):
                    where = (rel, node, names.index(used[0]), used[0])
                    helpers.setdefault(function.name, where)
    reported: set[tuple[str, int]] = set()
    for _, module in app_trees(ctx):
        for node in ast.walk(module):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            helper = helpers.get(node.func.id)
            if helper is None:
                continue
            rel, hashing, position, parameter = helper
            given = [k.value for k in node.keywords if k.arg == parameter]
            given += node.args[position : position + 1]
            if not any(_PASSWORD_TEXT.search(ast.unparse(arg)) for arg in given):
                continue
            if (rel, hashing.lineno) in reported:
                continue
            reported.add((rel, hashing.lineno))
            yield Hit(
                rel,
                hashing.lineno,
                f"{ast.unparse(hashing)[:80]}: a fast hash, given a password by "
                f"{ast.unparse(node)[:60]} (line {node.lineno}).",
            )
