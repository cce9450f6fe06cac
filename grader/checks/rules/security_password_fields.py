"""Security oversights in a model's password field: sent back in a response, or taken at sign-up
as any string."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable

from grader.checks.registry import Hit, StaticContext, static_rule
from grader.checks.rules.handlers import (
    Handler,
    annotation_base,
    app_trees,
    parameter_defaults,
    parameters,
    route_handlers,
    terminal_name,
)
from grader.checks.rules.security_passwords import CONFIRM, HASHING, password_name, stored_models
from grader.discovery.model_fields import classes_of, declared_field
from grader.models import RedFlag, Severity

_RESPONSE_PASSWORD_FIELDS = frozenset({"password", "hashed_password", "password_hash", "passwd"})


def _response_models(ctx: StaticContext) -> dict[str, tuple[str, int]]:
    """Model name -> the first route (file, line) that answers with it."""
    used: dict[str, tuple[str, int]] = {}
    for handler in route_handlers(ctx):
        exclude = handler.keyword("response_model_exclude")
        declared = handler.keyword("response_model")
        for expr in (declared, handler.node.returns if declared is None else None):
            if expr is None or exclude is not None:
                continue
            for sub in ast.walk(expr):
                if isinstance(sub, ast.Name | ast.Attribute):
                    name = terminal_name(sub)
                    if name is not None:
                        used.setdefault(name, (handler.file, handler.node.lineno))
            name = annotation_base(expr)
            if name is not None:
                used.setdefault(name, (handler.file, handler.node.lineno))
    return used


def _exposed_password(stmt: ast.AnnAssign, name: str) -> bool:
    """A password or hash field that a response would carry (not SecretStr, not excluded)."""
    return (
        name.lower() in _RESPONSE_PASSWORD_FIELDS
        and "SecretStr" not in ast.unparse(stmt.annotation)
        and not (stmt.value is not None and "exclude=True" in ast.unparse(stmt.value))
    )


def _password_fields(ctx: StaticContext) -> dict[str, tuple[str, int, str]]:
    """Class name -> (file, line, field) for classes declaring or inheriting a password field."""
    classes = classes_of(app_trees(ctx))
    result = {}
    for name in classes:
        found = declared_field(classes, name, _exposed_password)
        if found is not None:
            rel, stmt = found
            result[name] = (rel, stmt.lineno, ast.unparse(stmt.target))
    return result


@static_rule(
    "SEC-PASSWORD-IN-RESPONSE",
    RedFlag.SECURITY_OVERSIGHTS,
    Severity.MAJOR,
    "A response model exposes a password field",
)
def password_in_response(ctx: StaticContext) -> Iterable[Hit]:
    """A route answers with a model that has a password (or password hash) field: at the field
    of a model made for answers, at the route when it answers with the stored record (which
    rightly holds the hash).

    Why is this bad? Every read of a user sends the password or its hash to the client.
    Use instead: a separate `UserOut` without the field.
    """
    fields = _password_fields(ctx)
    stored = stored_models(ctx)
    for model, (route_file, route_line) in _response_models(ctx).items():
        if model not in fields:
            continue
        rel, line, field = fields[model]
        if model in stored:  # the stored record rightly holds the hash: the route is the slip
            yield Hit(
                route_file,
                route_line,
                f"This route answers with the stored record {model}, whose {field} "
                f"({rel}:{line}) is sent to clients.",
            )
        else:  # a model made for answers carries the field: the field is the slip
            yield Hit(
                rel,
                line,
                f"{model}.{field} is sent to clients (response of the route at "
                f"{route_file}:{route_line}).",
            )


_SIGNUP = re.compile(r"regist|sign_?up|sign-up|create_user|create_account|/users/?$", re.I)
_CONSTRAINTS = frozenset({"min_length", "pattern", "regex", "min_items"})
_CONSTRAINED_TYPES = frozenset({"constr", "StringConstraints"})


def _signup_handlers(ctx: StaticContext) -> list[Handler]:
    """Handlers that create a user account (POST on a register/signup/users route)."""
    return [
        h
        for h in route_handlers(ctx)
        if any(r.method.upper() == "POST" for r in h.routes)
        and (_SIGNUP.search(h.name) or any(_SIGNUP.search(r.path) for r in h.routes))
    ]


def _constrained(annotation: ast.expr, value: ast.expr | None) -> bool:
    """`Field(min_length=8)`, `constr(min_length=8)`, `Annotated[str, ...]` with a constraint."""
    for node in (annotation, value):
        for sub in ast.walk(node) if node is not None else ():
            if isinstance(sub, ast.keyword) and sub.arg in _CONSTRAINTS:
                return True
            named = isinstance(sub, ast.Name | ast.Attribute) and terminal_name(sub)
            if named in _CONSTRAINED_TYPES:
                return True
    return False


def _length_checked(ctx: StaticContext) -> bool:
    """The code measures a password somewhere (`len(body.password) < 8`, a validator)."""
    for _, module in app_trees(ctx):
        for node in ast.walk(module):
            if not isinstance(node, ast.Call):
                continue
            called = terminal_name(node.func)
            if called in {"len", "match", "fullmatch", "search"} and any(
                password_name(ast.unparse(a)) for a in node.args
            ):
                return True
            if called in {"field_validator", "validator"} and any(
                password_name(str(getattr(a, "value", ""))) for a in node.args
            ):
                return True
    return False


def _plain_password_field(_: ast.AnnAssign, name: str) -> bool:
    return password_name(name) and not HASHING.search(name) and not CONFIRM.search(name)


@static_rule(
    "SEC-PASSWORD-UNCONSTRAINED",
    RedFlag.SECURITY_OVERSIGHTS,
    Severity.MINOR,
    "Sign-up accepts any password, even an empty one",
)
def password_unconstrained(ctx: StaticContext) -> Iterable[Hit]:
    """The body a sign-up route reads has a plain `str` password: no length, no pattern, and no
    check anywhere in the code.

    Why is this bad? An empty or one-letter password is accepted and then guessed. Example:
    `password: str` / Use instead: `password: str = Field(min_length=8)`.
    """
    handlers = _signup_handlers(ctx)
    if not handlers or _length_checked(ctx):
        return
    classes = classes_of(app_trees(ctx))
    reported: set[tuple[str, int]] = set()
    for handler in handlers:
        defaults = parameter_defaults(handler.node)
        for arg in parameters(handler.node):
            if arg.annotation is None:
                continue
            if password_name(arg.arg) and terminal_name(arg.annotation) == "str":
                if not _constrained(arg.annotation, defaults.get(arg.arg)):
                    where = (handler.file, arg.lineno)
                    if where not in reported:
                        reported.add(where)
                        yield Hit(*where, f"{handler.name} takes `{arg.arg}: str` unchecked.")
                continue
            model = annotation_base(arg.annotation)
            found = declared_field(classes, model, _plain_password_field) if model else None
            if found is None:
                continue
            rel, field = found
            where = (rel, field.lineno)
            if _constrained(field.annotation, field.value) or where in reported:
                continue
            reported.add(where)
            name = ast.unparse(field.target)
            yield Hit(
                *where,
                f"{model}.{name}, the body of {handler.name}, is any string: no length or "
                "pattern, and no check in the code.",
            )
