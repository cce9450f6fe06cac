"""Request bodies a handler takes without a model, and where their values end up.

FastAPI validates a body only when a model describes it. A handler that reads `await
request.json()` or declares `data: dict` gets whatever the client sent: the type-hint rule
reports the habit, the security rule reports the write that stores such values unchecked.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass

from grader.checks.rules.handlers import (
    Function,
    parameter_defaults,
    parameters,
    terminal_name,
)
from grader.discovery.model_fields import Classes

_BODY_READERS = frozenset({"json", "form", "body"})
_DICT_TYPES = frozenset({"dict", "Dict", "Mapping", "MutableMapping"})
_NOT_BODY = frozenset({"Depends", "Security", "Query", "Path", "Header", "Cookie"})
# Calls that store what they are given, or copy it into a stored record.
_WRITES = frozenset(
    {"execute", "executemany", "update", "add", "add_all", "merge", "insert", "insert_one",
     "update_one", "append", "create", "update_from_dict"}
)  # fmt: skip
_COPIES = frozenset({"dict", "list", "tuple", "str", "int", "float", "bool"})
_SQL = frozenset({"execute", "executemany"})
_CHANGES_ROWS = re.compile(r"\b(insert|update|replace)\b", re.IGNORECASE)
_VALIDATORS = frozenset({"model_validate", "parse_obj", "validate_python", "validate"})


@dataclass(frozen=True)
class RawBody:
    """A name that holds an unvalidated body, and the line where the handler got it."""

    name: str
    line: int
    how: str


def body_helpers(functions: Iterable[Function]) -> frozenset[str]:
    """The project's functions that read the body of a `Request` they are given (`async def
    read_json(request: Request)` doing `orjson.loads(await request.body())`), by name: a handler
    that calls one reads its body by hand all the same."""
    return frozenset(
        f.name
        for f in functions
        if (given := helper_requests(f)) and next(body_reads(f, given), None) is not None
    )


# A helper's parameter that holds the request even untyped: `async def get_params(request)`.
_REQUEST_NAMES = frozenset({"request", "req"})


def helper_requests(function: Function) -> set[str]:
    """The parameters a helper is handed the `Request` in: typed so, or untyped and named so."""
    untyped = {
        arg.arg
        for arg in parameters(function)
        if arg.annotation is None and arg.arg in _REQUEST_NAMES
    }
    return request_parameters(function) | untyped


def helper_body_reads(function: Function, helpers: frozenset[str]) -> Iterator[tuple[int, str]]:
    """Each call of a body-reading helper (`body_helpers`) with the handler's `Request`."""
    requests = request_parameters(function)
    for node in ast.walk(function):
        if isinstance(node, ast.Call) and _helper_read(node, requests, helpers):
            yield node.lineno, terminal_name(node.func) or "a helper"


def _helper_read(call: ast.Call, requests: set[str], helpers: frozenset[str]) -> bool:
    if terminal_name(call.func) not in helpers:
        return False
    given = [*call.args, *(k.value for k in call.keywords)]
    return any(isinstance(arg, ast.Name) and arg.id in requests for arg in given)


def raw_bodies(function: Function, helpers: frozenset[str] = frozenset()) -> list[RawBody]:
    """`data: dict` parameters (FastAPI reads them from the body), `await request.json()`, and
    `await read_json(request)` through a body-reading helper of the project (`helpers`)."""
    found: list[RawBody] = []
    defaults = parameter_defaults(function)
    requests = request_parameters(function)
    for arg in parameters(function):
        if terminal_name(_unwrapped(arg.annotation)) in _DICT_TYPES and not _declared_elsewhere(
            defaults.get(arg.arg), arg.annotation
        ):
            found.append(RawBody(arg.arg, arg.lineno, f"`{arg.arg}: dict` parameter"))
    for node in ast.walk(function):
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            reader = _body_reader(node.value, requests)
            value = node.value.value if isinstance(node.value, ast.Await) else node.value
            if (
                reader is None
                and isinstance(value, ast.Call)
                and _helper_read(value, requests, helpers)
            ):
                reader = terminal_name(value.func)
            target = node.targets[0]
            if reader is not None and isinstance(target, ast.Name):
                found.append(RawBody(target.id, node.lineno, f"`{reader}()`"))
    return found


def body_reads(function: Function, requests: set[str] | None = None) -> Iterator[tuple[int, str]]:
    """Each `request.json()` / `.form()` / `.body()` call on the handler's `Request` (or on the
    parameters named in `requests`)."""
    requests = request_parameters(function) if requests is None else requests
    for node in ast.walk(function):
        if isinstance(node, ast.Call) and (reader := _body_reader(node, requests)) is not None:
            yield node.lineno, reader


def request_parameters(function: Function) -> set[str]:
    """The parameters typed `Request` (also inside `Annotated`)."""
    return {
        arg.arg
        for arg in parameters(function)
        if terminal_name(_unwrapped(arg.annotation)) == "Request"
    }


def _unwrapped(annotation: ast.expr | None) -> ast.expr | None:
    """`Annotated[dict, Body()]` -> `dict`; `dict[str, Any]` -> `dict`."""
    while isinstance(annotation, ast.Subscript):
        if terminal_name(annotation.value) == "Annotated":
            inner = annotation.slice
            annotation = inner.elts[0] if isinstance(inner, ast.Tuple) else inner
        else:
            annotation = annotation.value
    return annotation


def _declared_elsewhere(default: ast.expr | None, annotation: ast.expr | None) -> bool:
    """Whether `Depends(...)`, `Query(...)`, ... says the value is not the request body."""
    for expr in (default, annotation):
        if expr is None:
            continue
        for node in ast.walk(expr):
            if isinstance(node, ast.Call) and terminal_name(node.func) in _NOT_BODY:
                return True
    return False


def _body_reader(value: ast.expr, requests: set[str]) -> str | None:
    """`request.json` for `[await] request.json()` on one of the handler's `Request`s."""
    if isinstance(value, ast.Await):
        value = value.value
    if (
        isinstance(value, ast.Call)
        and isinstance(value.func, ast.Attribute)
        and value.func.attr in _BODY_READERS
        and isinstance(value.func.value, ast.Name)
        and value.func.value.id in requests
    ):
        return f"{value.func.value.id}.{value.func.attr}"
    return None


@dataclass(frozen=True)
class UncheckedWrite:
    """Where a value of a raw body is stored without any check of its type."""

    line: int
    body: RawBody
    call: str
    reads: tuple[int, ...] = ()  # where fields of the body are taken before it is stored


# A reviewer is shown the first few field reads; a handler reading twenty is the same story.
MAX_FIELD_READS = 5


def copies_every_key(function: Function) -> int | None:
    """The line where a function copies every key of a mapping it is given onto an object (`def
    fill(self, data): for key, value in data.items(): setattr(self, key, value)`, Laravel's
    `fill`, a generic repository's `update(obj, **fields)`): handing it a raw body stores each
    key the client sent (fresh bw56-03, bw61-02). None when it copies none."""
    given = {a.arg for a in parameters(function)}
    for node in ast.walk(function):
        if not (isinstance(node, ast.For) and isinstance(node.iter, ast.Call)):
            continue
        source = node.iter.func
        if not (
            isinstance(source, ast.Attribute)
            and source.attr == "items"
            and isinstance(source.value, ast.Name)
            and source.value.id in given
            and isinstance(node.target, ast.Tuple)
            and len(node.target.elts) == 2
        ):
            continue
        key, value = (_names(t) for t in node.target.elts)
        for inner in ast.walk(node):
            if (
                isinstance(inner, ast.Call)
                and terminal_name(inner.func) == "setattr"
                and len(inner.args) == 3
                and _names(inner.args[1]) & key
                and _names(inner.args[2]) & value
            ):
                return inner.lineno
    return None


def unchecked_write(
    function: Function,
    body: RawBody,
    models: Classes,
    checkers: frozenset[str],
    assigners: Collection[str] = (),
) -> UncheckedWrite | None:
    """The first statement that stores the body (or a value made from it), unless the handler
    checks types first: `isinstance`, a pydantic model (`models`, whose constructors validate),
    or a project function that checks types (`checkers`). Follows the body through assignments
    and loops in source order."""
    tainted = {body.name}
    statements = sorted(
        (n for n in ast.walk(function) if isinstance(n, ast.stmt) and n is not function),
        key=lambda n: (n.lineno, n.col_offset),
    )
    for stmt in statements:
        if stmt.lineno < body.line:
            continue
        if _checks_types(stmt, tainted, checkers):
            return None
        if (
            isinstance(stmt, ast.Expr)
            and _carries(stmt.value, tainted)
            and _validates(stmt.value, models)
        ):
            return None  # `PostIn(title=title, content=content)` alone: built to raise 422
        if isinstance(stmt, ast.Assign | ast.AnnAssign | ast.AugAssign) and stmt.value is not None:
            if _carries(stmt.value, tainted) and not _validates(stmt.value, models):
                targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
                for target in targets:
                    tainted |= _names(target)
        elif isinstance(stmt, ast.For | ast.AsyncFor) and _carries(stmt.iter, tainted):
            tainted |= _names(stmt.target)
        write = _write(stmt, tainted, assigners)
        if write is not None:
            reads = _field_reads(function, tainted, body.line, stmt.end_lineno or stmt.lineno)
            return UncheckedWrite(stmt.lineno, body, write, reads)
    return None


def _field_reads(function: Function, tainted: set[str], first: int, last: int) -> tuple[int, ...]:
    """Lines from `first` to `last` that take a field of a tainted value (`data["title"]`,
    `data.get("done", 0)`): where the unchecked values enter, beside the write that stores them."""
    lines: set[int] = set()
    for node in ast.walk(function):
        if not isinstance(node, ast.expr) or not first <= node.lineno <= last:
            continue
        taken = node.value if isinstance(node, ast.Subscript) else None
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("get", "pop")
        ):
            taken = node.func.value
        if isinstance(taken, ast.Name) and taken.id in tainted:
            lines.add(node.lineno)
    return tuple(sorted(lines)[:MAX_FIELD_READS])


def _qualified(func: ast.expr) -> str | None:
    """`crud.update_todo` for a call through a module's name."""
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return f"{func.value.id}.{func.attr}"
    return None


def _write(stmt: ast.stmt, tainted: set[str], assigners: Collection[str] = ()) -> str | None:
    """The storing call a statement makes with a tainted value, if any (its own expression only:
    a loop's body is visited as its own statements); `assigners` copy every key they get."""
    own = [stmt.value] if isinstance(stmt, ast.Expr | ast.Assign | ast.Return) else []
    if isinstance(stmt, ast.Assign):
        for target in stmt.targets:
            if isinstance(target, ast.Subscript | ast.Attribute) and _carries(stmt.value, tainted):
                return "an assignment into stored data"
    for expr in own:
        if expr is None:
            continue
        for node in ast.walk(expr):
            if not isinstance(node, ast.Call):
                continue
            name = terminal_name(node.func)
            arguments = [*node.args, *(k.value for k in node.keywords)]
            if name == "setattr" and len(node.args) == 3 and _carries(node.args[2], tainted):
                return "setattr"
            if name in _SQL and not _writes_sql(node):
                continue
            qualified = _qualified(node.func)
            if qualified in assigners and any(_carries(a, tainted) for a in arguments):
                return f"{qualified}()"  # `crud.update_todo(...)`, its module's own function
            if (name in _WRITES or name in assigners) and any(
                _carries(a, tainted) for a in arguments
            ):
                return f"{name}()"
    return None


def _checks_types(stmt: ast.stmt, tainted: set[str], checkers: frozenset[str]) -> bool:
    for node in ast.walk(stmt):
        if not isinstance(node, ast.Call) or not any(_mentions(a, tainted) for a in node.args):
            continue
        if _checks_a_value(node) or terminal_name(node.func) in checkers:
            return True
    return False


def type_checkers(functions: Iterable[Function]) -> frozenset[str]:
    """Project functions that check the types of values (`isinstance` / `type`): handing a body
    to one of them is validating it by hand."""
    return frozenset(f.name for f in functions if any(_checks_a_value(n) for n in ast.walk(f)))


_CONTAINERS = frozenset({"dict", "Mapping", "MutableMapping", "list", "Sequence"})


def _checks_a_value(node: ast.AST) -> bool:
    """An `isinstance` / `type` call that checks a value, not only that the whole body is an
    object: `isinstance(data, dict)` lets `{"title": []}` through (tune bw13-04)."""
    if not (isinstance(node, ast.Call) and terminal_name(node.func) in {"isinstance", "type"}):
        return False
    subject = node.args[0] if node.args else None
    kinds = node.args[1] if len(node.args) > 1 else None
    names = [kinds] if not isinstance(kinds, ast.Tuple) else list(kinds.elts)
    container = bool(names) and all(terminal_name(k) in _CONTAINERS for k in names if k)
    return not (isinstance(subject, ast.Name) and container)


def _writes_sql(call: ast.Call) -> bool:
    """An execute() whose SQL text, when it is written in the call, changes rows."""
    text = call.args[0] if call.args else None
    if isinstance(text, ast.Constant) and isinstance(text.value, str):
        sql = text.value
    elif isinstance(text, ast.JoinedStr):
        sql = "".join(
            v.value for v in text.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
    else:
        return False
    return _CHANGES_ROWS.search(sql) is not None


def _validates(value: ast.expr, models: Classes) -> bool:
    """A pydantic model built from the value: `TodoIn(**data)`, `TodoIn.model_validate(data)`."""
    call = value.value if isinstance(value, ast.Await) else value
    if not isinstance(call, ast.Call):
        return False
    name = terminal_name(call.func)
    return name in _VALIDATORS or name in models


def _mentions(expr: ast.AST, names: set[str]) -> bool:
    return any(isinstance(n, ast.Name) and n.id in names for n in ast.walk(expr))


def _carries(expr: ast.AST | None, names: set[str]) -> bool:
    """Whether the expression's value is (part of) a tainted value: `data`, `data["title"]`,
    `data.get("done")`, `{**data}`, `Todo(**data)`, an f-string of it, a comprehension over it.
    A lookup keyed by it
    (`users.get(data["name"])`, a SELECT's row) is not: that is stored data, not the client's."""
    if expr is None:
        return False
    if isinstance(expr, ast.Name):
        return expr.id in names
    if isinstance(expr, ast.Subscript | ast.Attribute | ast.Starred):
        return _carries(expr.value, names)
    if isinstance(expr, ast.Call):
        func = expr.func
        if isinstance(func, ast.Attribute):
            return _carries(func.value, names)
        name = terminal_name(func)
        if name is not None and (name[:1].isupper() or name in _COPIES):
            return any(_carries(a, names) for a in [*expr.args, *(k.value for k in expr.keywords)])
        return False
    if isinstance(expr, ast.keyword):
        return _carries(expr.value, names)
    if isinstance(expr, ast.Dict):
        return any(_carries(v, names) for v in [*expr.keys, *expr.values] if v is not None)
    if isinstance(expr, ast.DictComp | ast.ListComp | ast.SetComp | ast.GeneratorExp):
        # `{k: v for k, v in data.items() if k in FIELDS}`: the keys are filtered, the values
        # are still the client's (tune bw29-01)
        return any(_carries(g.iter, names) for g in expr.generators)
    if isinstance(
        expr,
        ast.List
        | ast.Tuple
        | ast.Set
        | ast.JoinedStr
        | ast.FormattedValue
        | ast.BinOp
        | ast.BoolOp
        | ast.IfExp,
    ):
        return any(_carries(child, names) for child in ast.iter_child_nodes(expr))
    return False


def _names(target: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(target) if isinstance(n, ast.Name)}


def keys_read(function: Function, body: RawBody) -> dict[str, bool]:
    """The keys the function reads from a raw body, each with whether it must be there:
    `data["title"]` fails without it, `data.get("done")` does not, nor a `data["done"]` the
    function reads only after asking `"done" in data`."""
    keys: dict[str, bool] = {}
    for node in ast.walk(function):
        if (
            isinstance(node, ast.Subscript)
            and isinstance(node.value, ast.Name)
            and node.value.id == body.name
            and isinstance(node.slice, ast.Constant)
            and isinstance(node.slice.value, str)
            and isinstance(node.ctx, ast.Load)
        ):
            keys[node.slice.value] = True
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in {"get", "pop"}
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == body.name
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            keys.setdefault(node.args[0].value, False)
        elif (
            isinstance(node, ast.Call)
            and len(node.args) >= 2
            and isinstance(node.args[0], ast.Name)
            and node.args[0].id == body.name
            and isinstance(node.args[1], ast.Constant)
            and isinstance(node.args[1].value, str)
            and node.args[1].value.isidentifier()
        ):
            # a checking helper given the body and a key: `chk_str(b, "title", 1, 200, True)`
            keys.setdefault(node.args[1].value, False)
        elif (
            isinstance(node, ast.Call)
            and len(node.args) >= 2
            and isinstance(node.args[0], ast.Name)
            and node.args[0].id == body.name
        ):
            # a helper given the body and the keys it keeps: `cast(params, ["title", "done"])`
            for key in _constant_strings(node.args[1]):
                keys.setdefault(key, False)
        elif (
            isinstance(node, ast.Match)
            and isinstance(node.subject, ast.Name)
            and node.subject.id == body.name
        ):
            # `match body: case {"username": str(u), "password": str(p)}:` needs both keys
            for case in node.cases:
                if isinstance(case.pattern, ast.MatchMapping):
                    for pattern_key in case.pattern.keys:
                        if isinstance(pattern_key, ast.Constant) and isinstance(
                            pattern_key.value, str
                        ):
                            keys[pattern_key.value] = True
    # `if "description" in body: d = body["description"]`: read only when sent, so optional
    for key in _tested_keys(function, body.name):
        if key in keys:
            keys[key] = False
    return keys


def _constant_strings(node: ast.expr) -> list[str]:
    """The identifiers a literal list, tuple or set of strings holds (`["title", "done"]`)."""
    if not isinstance(node, ast.List | ast.Tuple | ast.Set):
        return []
    return [
        e.value
        for e in node.elts
        if isinstance(e, ast.Constant) and isinstance(e.value, str) and e.value.isidentifier()
    ]


def _tested_keys(function: Function, name: str) -> set[str]:
    """Keys the function asks the body whether it holds (`"done" in data`)."""
    return {
        node.left.value
        for node in ast.walk(function)
        if isinstance(node, ast.Compare)
        and isinstance(node.left, ast.Constant)
        and isinstance(node.left.value, str)
        and len(node.ops) == 1
        and isinstance(node.ops[0], ast.In)
        and isinstance(node.comparators[0], ast.Name)
        and node.comparators[0].id == name
    }
