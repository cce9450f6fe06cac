"""The lines inside a handler that a dynamic finding is about, beside the route it marks.

A probe proves a weakness at a request: another user read the record, a reply carried a
password hash. The route's line says which endpoint; the fix sits lower, where the record is
looked up by its id without its owner, or where the reply is built. Reading the submission as
data (ast, never imported), this names those lines as the finding's related locations.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from grader.checks.rules.handlers import app_trees, own_nodes, terminal_name
from grader.checks.rules.security_access import cors_registrations
from grader.models import Finding, Location
from grader.phases.body_fields import BodyFields

# Another user got at the record: the lookup by its id is where the owner was not checked.
_LOOKUP_RULES = frozenset(
    {"CONF-OTHER-USER-READ", "CONF-OTHER-USER-WRITE", "CONF-OTHER-USER-DELETE"}
)
# ...and when it was changed or deleted, the statement that did it without the owner.
_CHANGE_RULES = frozenset({"CONF-OTHER-USER-WRITE", "CONF-OTHER-USER-DELETE"})
_CHANGING_CALL = re.compile(
    r"delete|remove|update|save|put|patch|pop|discard|replace|upsert|destroy|edit|modify",
    re.IGNORECASE,
)
_CHANGING_SQL = re.compile(r"\s*(update|delete)\b", re.IGNORECASE)
# The reply carried what it must not: where the handler builds it.
_REPLY_RULES = frozenset({"SEC-DYN-PASSWORD-EXPOSED"})
# A page size or offset the app accepted unchecked: where the handler declares it.
_PAGING_RULES = {
    "CONF-PAGINATION-HUGE-LIMIT": ("limit", "page_size", "per_page", "size", "take"),
    "PERF-PAGE-SIZE-UNCAPPED": ("limit", "page_size", "per_page", "size", "take"),
    "CONF-PAGINATION-NEGATIVE-LIMIT": ("limit", "page_size", "per_page", "size", "take"),
    "CONF-PAGINATION-NEGATIVE-OFFSET": ("offset", "skip", "start"),
}
# A token anyone can compute: where the sign-in route makes it, named in the detail.
_ISSUER_RULES = frozenset({"SEC-DYN-FORGED-TOKEN"})
_ISSUER = re.compile(r"the token ([A-Z]+) (\S+) issued")
_TOKEN_KEY = re.compile(r"token", re.IGNORECASE)
# Any origin may send credentials: where the app registers CORSMiddleware and sets what let it.
_CORS_RULES = frozenset({"SEC-DYN-CORS-CREDENTIALS"})
_CORS_SETTINGS = ("allow_origins", "allow_origin_regex", "allow_credentials")
_LINE_RULES = _LOOKUP_RULES | _REPLY_RULES | frozenset(_PAGING_RULES)
_MAX_RETURNS = 3
# One leak, many routes: the probe reports each route whose reply carried the password; the
# report keeps one finding (one defect, charged once) naming every route and its lines.
_ONE_PER_RULE = _REPLY_RULES
_FOLLOW_DEPTH = 2
_PATH_PARAM = re.compile(r"\{([^}/:]+)(?::[^}]*)?\}")

Function = ast.FunctionDef | ast.AsyncFunctionDef


def with_handler_lines(findings: list[Finding], fields: BodyFields) -> list[Finding]:
    """Each finding of a lookup, reply or paging rule, with the handler's lines it is about."""
    placed = []
    for finding in findings:
        request = finding.request
        related: list[Location] = []
        if finding.rule in _ISSUER_RULES:
            related = _issued(fields, finding.detail)
        elif finding.rule in _CORS_RULES and finding.file is None:
            setup = _cors_setup(fields)
            if setup:
                finding = finding.model_copy(update={"file": setup[0].file, "line": setup[0].line})
                related = setup[1:]
        elif request is not None and finding.rule in _LINE_RULES:
            route = fields.route((request.method,), request.path)
            handler = fields.function_of(route) if route is not None else None
            if route is not None and handler is not None:
                if finding.rule in _LOOKUP_RULES:
                    related = _lookup(fields, route.file, handler, request.path)
                    if finding.rule in _CHANGE_RULES:
                        related += _changes(route.file, handler, request.path, related)
                elif finding.rule in _PAGING_RULES:
                    related = _parameter(route.file, handler, _PAGING_RULES[finding.rule])
                else:
                    related = _reply(fields, route.file, handler, finding, request.method)
        if related:
            finding = finding.model_copy(update={"related": [*finding.related, *related]})
        placed.append(finding)
    return placed


def one_per_leak(findings: list[Finding]) -> list[Finding]:
    """Findings of a leak rule folded into the first: the other routes' handler and reply
    lines become its related locations and the detail names those routes, so a reviewer sees
    every place to fix while the defect is counted once."""
    kept: list[Finding] = []
    first: dict[str, int] = {}
    for finding in findings:
        at = first.get(finding.rule)
        if at is None:
            if finding.rule in _ONE_PER_RULE:
                first[finding.rule] = len(kept)
            kept.append(finding)
            continue
        into = kept[at]
        route = f"{finding.request.method} {finding.request.path}" if finding.request else "a reply"
        also = [
            Location(file=where, line=line, role=f"{route} also lets it out")
            for where, line in finding.locations()
        ]
        seen = set(into.locations())
        related = [*into.related, *(loc for loc in also if (loc.file, loc.line) not in seen)]
        detail = f"{into.detail}; {route} too: {finding.detail.removeprefix('the reply holds ')}"
        kept[at] = into.model_copy(update={"related": related, "detail": detail})
    return kept


def _parameter(rel: str, handler: Function, names: tuple[str, ...]) -> list[Location]:
    """The handler's parameter by one of `names` (the page size, the offset), where its bounds
    belong (`Query(20, ge=1, le=100)`); in a handler that reads the query string itself
    (`int(request.query_params.get("limit", 50))`, tune bw57-05), the line that reads it."""
    args = handler.args
    for arg in [*args.posonlyargs, *args.args, *args.kwonlyargs]:
        if arg.arg.lower() in names:
            return [Location(file=rel, line=arg.lineno, role=f"{arg.arg} is declared here")]
    for node in own_nodes(handler):
        key = _query_key(node)
        if key is not None and key.lower() in names and isinstance(node, ast.expr):
            return [Location(file=rel, line=node.lineno, role=f"{key} is read here")]
    return []


def _query_key(node: ast.AST) -> str | None:
    """`request.query_params.get("limit")` or `request.query_params["limit"]` -> "limit"."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        holder, key = node.func.value, node.args[0] if node.args else None
        if node.func.attr != "get":
            return None
    elif isinstance(node, ast.Subscript):
        holder, key = node.value, node.slice
    else:
        return None
    if terminal_name(holder) not in ("query_params", "args") or not isinstance(key, ast.Constant):
        return None
    return key.value if isinstance(key.value, str) else None


# "the reply holds a password hash in field 'hashed_password' under 'author'": the field the
# probe saw, and the key of the record holding it.
_REPLY_FIELD = re.compile(r"in field '([^']+)'")
_REPLY_PARENT = re.compile(r"in field '[^']+' under '([^']+)'")


def _reply(
    fields: BodyFields, rel: str, handler: Function, finding: Finding, method: str
) -> list[Location]:
    """Where the reply is built: the handler's returns, the returns of the project function a
    return hands the work to (`return auth.register(payload)`, a controller building it), and
    the response model's field that lets the value out."""
    found = _returns(rel, handler)
    parent = _REPLY_PARENT.search(finding.detail)
    key = parent.group(1) if parent is not None else None
    embeds = _embeds(rel, handler, key) if key is not None else []
    for node in own_nodes(handler):
        if not (isinstance(node, ast.Return) and isinstance(node.value, ast.Call)):
            continue
        name = terminal_name(node.value.func)
        callees = [
            (where, f) for where, f in fields.functions_named(name or "") if f is not handler
        ]
        if len(callees) == 1:
            found += _returns(*callees[0])
        # where the callee puts the record under the reply's key (`post["author"] =
        # author.to_dict()` in a service, fresh bw61-02), whichever of same-named ones does
        embeds += [line for where, f in callees if key for line in _embeds(where, f, key)]
    named = _REPLY_FIELD.search(finding.detail)
    request = finding.request
    declared = (
        fields.response_field(method, request.path, named.group(1))
        if named is not None and request is not None
        else None
    )
    if declared is not None:
        found.append(
            Location(file=declared[0], line=declared[1], role="the response model lets it out")
        )
    for extra in [*_user_row_queries(rel, handler), *embeds[:_MAX_RETURNS]]:
        if (extra.file, extra.line) not in {(loc.file, loc.line) for loc in found}:
            found.append(extra)
    return found


# SQL that reads every column of the users table: `users.*`, or `SELECT *` from it (a join).
_USER_ROW = re.compile(r"\busers?\.\*|\bselect\s+\*.*\b(?:from|join)\s+users?\b", re.I | re.S)


def _user_row_queries(rel: str, handler: Function) -> list[Location]:
    """The handler's SQL that selects the user row whole (`SELECT posts.*, users.* FROM posts,
    users ...`, tune bw31-03): the password column comes with it."""
    lines = sorted(
        {
            node.lineno
            for node in own_nodes(handler)
            if isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and _USER_ROW.search(node.value)
        }
    )
    role = "the query selects every column of the user row"
    return [Location(file=rel, line=n, role=role) for n in lines[:_MAX_RETURNS]]


def _embeds(rel: str, handler: Function, key: str) -> list[Location]:
    """The handler's lines that put a record under `key` of the reply (`post["author"] =
    get_user(...)`, `{"author": user}`, `Post(author=user)`): where a user row was embedded
    whole, password field and all, instead of the fields a reader may see."""
    lines = {line for word, line, _ in _dict_entries(handler) if word == key}
    for node in own_nodes(handler):
        if isinstance(node, ast.Assign):
            if any(_subscript_key(t) == key for t in node.targets):
                lines.add(node.lineno)
        elif isinstance(node, ast.Call):
            lines.update(k.value.lineno for k in node.keywords if k.arg == key)
    role = f"the record is put under {key!r} here"
    return [Location(file=rel, line=n, role=role) for n in sorted(lines)[:_MAX_RETURNS]]


def _dict_entries(function: Function) -> Iterator[tuple[str, int, ast.expr]]:
    """(key, the key's line, value) of every literal dict the function writes with a string
    key: `{"author": user}`, `{"access_token": token}`."""
    for node in own_nodes(function):
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if isinstance(key, ast.Constant) and isinstance(key.value, str):
                    yield key.value, key.lineno, value


def _subscript_key(target: ast.expr) -> str | None:
    if isinstance(target, ast.Subscript) and isinstance(target.slice, ast.Constant):
        value = target.slice.value
        return value if isinstance(value, str) else None
    return None


def _cors_setup(fields: BodyFields) -> list[Location]:
    """Where the app registers CORSMiddleware (rules/security_access.py), then the lines setting
    its origins and credentials: what the probe's reply came from, whatever configuration fed
    the values."""
    for rel, module in app_trees(fields.static):
        call = next(cors_registrations(module), None)
        if call is None:
            continue
        found = [Location(file=rel, line=call.lineno, role="CORS is configured here")]
        for kw in call.keywords:
            if kw.arg in _CORS_SETTINGS and kw.value.lineno != call.lineno:
                found.append(Location(file=rel, line=kw.value.lineno, role=f"{kw.arg} is set"))
        return found
    return []


def _issued(fields: BodyFields, detail: str) -> list[Location]:
    """Where the sign-in route named in `detail` makes the token it answers with: the reply's
    `token`/`access_token` key, and the returns of the project function that computed it
    (`"token": make_token(user)`, or through a local name)."""
    named = _ISSUER.search(detail)
    route = fields.route((named.group(1),), named.group(2)) if named else None
    handler = fields.function_of(route) if route is not None else None
    if route is None or handler is None:
        return []
    made: dict[str, ast.expr] = {}
    for node in own_nodes(handler):
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name):
                made[target.id] = node.value
    found: list[Location] = []
    for word, line, value in _dict_entries(handler):
        if not _TOKEN_KEY.search(word) or "type" in word:
            continue
        found.append(Location(file=route.file, line=line, role="the token is made here"))
        source = made.get(value.id, value) if isinstance(value, ast.Name) else value
        callees = (
            fields.functions_named(terminal_name(source.func) or "")
            if isinstance(source, ast.Call)
            else []
        )
        if len(callees) == 1:
            found += [
                loc.model_copy(update={"role": "the token is computed here"})
                for loc in _returns(*callees[0])
            ]
    return found[:_MAX_RETURNS]


def _returns(rel: str, function: Function) -> list[Location]:
    lines = sorted(
        node.lineno
        for node in own_nodes(function)
        if isinstance(node, ast.Return) and node.value is not None
    )
    return [
        Location(file=rel, line=n, role="the reply is built here") for n in lines[-_MAX_RETURNS:]
    ]


def _lookup(fields: BodyFields, rel: str, handler: Function, path: str) -> list[Location]:
    """The first line using the path's id parameter, and, when that line hands the id to a
    function of the project, the first line of that function using it (the query itself)."""
    params = _PATH_PARAM.findall(path)
    if not params:
        return []
    found: list[Location] = []
    where, function, name = rel, handler, params[-1]
    for _ in range(_FOLLOW_DEPTH):
        use = _first_use(function, name)
        if use is None:
            break
        found.append(
            Location(file=where, line=use.lineno, role="the record is looked up by its id here")
        )
        callee = _callee_parameter(fields, use, name)
        if callee is None:
            break
        where, function, name = callee
    return found


def _changes(rel: str, handler: Function, path: str, known: list[Location]) -> list[Location]:
    """The handler's statements that change or delete the record by its id alone
    (`post_model.delete_post(id)`, `del TODOS[todo_id]`, an UPDATE ... WHERE id = ?): where the
    owner belongs in the write itself, besides the lookup before it."""
    params = _PATH_PARAM.findall(path)
    if not params:
        return []
    name, seen = params[-1], {(k.file, k.line) for k in known}
    found = []
    statements = [n for n in own_nodes(handler) if isinstance(n, ast.stmt) and not _is_block(n)]
    for statement in statements:
        if _changes_by(statement, name) and (rel, statement.lineno) not in seen:
            seen.add((rel, statement.lineno))
            found.append(
                Location(file=rel, line=statement.lineno, role="the record is changed here")
            )
    return sorted(found, key=lambda loc: loc.line)[:_MAX_RETURNS]


def _changes_by(statement: ast.stmt, name: str) -> bool:
    """`statement` deletes or writes through `name`: a changing call given it, `del x[name]`,
    `x[name] = ...`."""
    if isinstance(statement, ast.Delete | ast.Assign):
        targets = statement.targets
        if any(isinstance(t, ast.Subscript) and _mentions(t.slice, name) for t in targets):
            return True
    for call in (n for n in ast.walk(statement) if isinstance(n, ast.Call)):
        arguments = [*call.args, *(k.value for k in call.keywords)]
        if not any(_mentions(a, name) for a in arguments):
            continue
        called = terminal_name(call.func) or ""
        sql = call.args[0] if call.args else None
        if _CHANGING_CALL.search(called) or (
            isinstance(sql, ast.Constant)
            and isinstance(sql.value, str)
            and _CHANGING_SQL.match(sql.value)
        ):
            return True
    return False


def _mentions(node: ast.AST, name: str) -> bool:
    return any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(node))


def _first_use(function: Function, name: str) -> ast.stmt | None:
    """The first statement of the body (nested blocks included) that looks something up with
    `name` (a query, a helper, `todos[todo_id]`), not one that only checks it (an `if`)."""
    statements = sorted(
        (n for n in own_nodes(function) if isinstance(n, ast.stmt) and not _is_block(n)),
        key=lambda n: n.lineno,
    )
    for statement in statements:
        if any(
            isinstance(n, ast.Name) and n.id == name
            for part in _lookup_parts(statement)
            for n in ast.walk(part)
        ):
            return statement
    return None


def _lookup_parts(statement: ast.stmt) -> Iterator[ast.expr]:
    """What a statement looks records up with: call arguments, subscripts (`todos[todo_id]`)."""
    for node in ast.walk(statement):
        if isinstance(node, ast.Call):
            yield from node.args
            yield from (k.value for k in node.keywords)
        elif isinstance(node, ast.Subscript):
            yield node.slice


def _is_block(node: ast.stmt) -> bool:
    """A compound statement (its body's lines are judged, not its header), or one that only
    checks or refuses (`raise NotFound(todo_id)`, `assert todo_id > 0`)."""
    return isinstance(
        node,
        ast.If | ast.For | ast.AsyncFor | ast.While | ast.With | ast.Try | ast.Raise | ast.Assert,
    )


def _callee_parameter(
    fields: BodyFields, statement: ast.stmt, name: str
) -> tuple[str, Function, str] | None:
    """The project function a call in `statement` hands `name` to, and its parameter's name."""
    for call in (n for n in ast.walk(statement) if isinstance(n, ast.Call)):
        target = terminal_name(call.func)
        if target is None:
            continue
        position = next(
            (i for i, a in enumerate(call.args) if isinstance(a, ast.Name) and a.id == name), None
        )
        keyword = next(
            (
                k.arg
                for k in call.keywords
                if k.arg and isinstance(k.value, ast.Name) and k.value.id == name
            ),
            None,
        )
        if position is None and keyword is None:
            continue
        for rel, function in fields.functions_named(target):
            args = [a.arg for a in function.args.args if a.arg not in ("self", "cls")]
            parameter = keyword or (
                args[position] if position is not None and position < len(args) else None
            )
            if parameter is not None and parameter in {a.arg for a in function.args.args}:
                return rel, function, parameter
    return None
