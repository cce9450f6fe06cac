"""Security oversights in whose record a request may reach: the caller is known, never used."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator

from grader.checks.registry import Hit, StaticContext, static_rule
from grader.checks.rules.handlers import (
    DependencyGraph,
    Function,
    Handler,
    depends_targets,
    own_nodes,
    parameters,
    route_handlers,
    terminal_name,
)
from grader.checks.rules.raw_bodies import request_parameters
from grader.checks.rules.security_access import authenticates
from grader.models import AssignmentKind, Location, RedFlag, Severity

_CHANGES = frozenset({"PUT", "PATCH", "DELETE"})
_ACCOUNT_SEGMENTS = frozenset({"users", "user", "accounts", "account", "me", "profile"})


def _item_route(handler: Handler, reads: bool = False) -> str | None:
    """`DELETE /posts/{post_id}`: a change to one stored record that is not an account; or an
    action on one (`PATCH /todos/{todo_id}/toggle`, fresh bw51-05) whose handler sets a field
    of the record it loaded by that id. Actions anyone may take on someone else's record (a
    like, a vote) are not the owner's. With `reads`, a read of one record too (`GET
    /todos/{todo_id}`: nobody may see another's todos)."""
    methods = _CHANGES | {"GET"} if reads else _CHANGES
    for route in handler.routes:
        segments = [s for s in route.path.split("/") if s]
        if (
            route.method not in methods
            or len(segments) < 2
            or _ACCOUNT_SEGMENTS & {s.lower() for s in segments}
        ):
            continue
        if route.method == "GET":
            # a user's own records (`/todos/{id}`), not what they share (`/tags/{id}`)
            owned = _OWNED_COLLECTION.search(segments[-2]) if len(segments) >= 2 else None
            if segments[-1].startswith("{") and owned:
                return f"{route.method} {route.path}"
            continue
        if segments[-1].startswith("{"):
            return f"{route.method} {route.path}"
        action = segments[-1].lower()
        if (
            len(segments) >= 3
            and segments[-2].startswith("{")
            and action.isidentifier()
            and action not in _ANYONES_ACTIONS
            and _sets_record_field(handler)
        ):
            return f"{route.method} {route.path}"
    return None


_OWNED_COLLECTION = re.compile(r"todo|task|item|note", re.IGNORECASE)
_ANYONES_ACTIONS = frozenset(
    {"like", "likes", "unlike", "vote", "votes", "upvote", "downvote", "star", "unstar", "clap",
     "view", "views", "bookmark", "follow", "unfollow", "report", "flag", "react", "reaction",
     "reactions", "comments", "comment", "replies", "reply", "tags", "subscribe"}
)  # fmt: skip


def _sets_record_field(handler: Handler) -> bool:
    """The handler assigns a field of the record it loaded by id (`todo.done = not todo.done`,
    `TODOS[todo_id]["done"] = True`)."""
    record = _record_names(handler)
    return any(  # not `post.favorites += 1`: a counter anyone may bump
        _changes(target, record)
        for node in own_nodes(handler.node)
        if isinstance(node, ast.Assign)
        for target in _targets(node)
    )


def _identities(handler: Handler, graph: DependencyGraph) -> set[str] | None:
    """Names that hold the caller: the one parameter whose dependency authenticates, or a
    variable given the result of an authenticating call on the request (`user =
    current_user(request)`). None when another authenticated parameter may have done the
    owner's check (an item loaded through `Depends(owned_post)`)."""
    authenticated = [
        name
        for name, deps in graph.argument_dependencies(handler.node).items()
        if any(graph.is_auth(d) for d in deps)
    ]
    if len(authenticated) > 1:
        return None
    names = set(authenticated)
    requests = request_parameters(handler.node)
    for node in own_nodes(handler.node):
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Call)
            and authenticates(node.value, requests, graph)
        ):
            names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    return names


def _presence_only(handler: Handler, names: set[str]) -> bool:
    """Every use of the caller is a check that there is one (`if user is None`, `if not
    user`), or there is none: nothing compares the caller with the record's owner."""
    parents = {
        id(child): parent
        for parent in own_nodes(handler.node)
        for child in ast.iter_child_nodes(parent)
    }
    for node in own_nodes(handler.node):
        if not (isinstance(node, ast.Name) and node.id in names and isinstance(node.ctx, ast.Load)):
            continue
        parent = parents.get(id(node))
        if isinstance(parent, ast.Compare) and all(
            isinstance(c, ast.Constant) and c.value is None for c in parent.comparators
        ):
            continue
        if isinstance(parent, ast.UnaryOp) and isinstance(parent.op, ast.Not):
            continue
        if isinstance(parent, ast.If | ast.IfExp | ast.While) and parent.test is node:
            continue
        return False
    return True


_PATH_PARAMETER = re.compile(r"\{(\w+)[^}]*\}")


def _id_names(handler: Handler) -> set[str]:
    """The record's id as the route's last path parameter names it (`{todo_id}`, `{id:int}`,
    `{todo_id}` of `/todos/{todo_id}/toggle`)."""
    return {found[-1] for r in handler.routes if (found := _PATH_PARAMETER.findall(r.path))}


def _change_line(handler: Handler) -> int:
    """The first call handed the record's id (the DELETE, the update, the lookup), else the
    handler's line."""
    ids = _id_names(handler)
    found = [
        node.lineno
        for node in own_nodes(handler.node)
        if isinstance(node, ast.Call)
        and any(
            isinstance(sub, ast.Name) and sub.id in ids
            for arg in [*node.args, *(k.value for k in node.keywords)]
            for sub in ast.walk(arg)
        )
    ]
    return min(found, default=handler.node.lineno)


_WRITES = frozenset(
    {"update", "delete", "remove", "delete_one", "update_one", "delete_instance", "save",
     "setattr", "pop", "delete_by_id", "execute"}
)  # fmt: skip
_SQL_WRITE = re.compile(r"\s*(UPDATE|DELETE)\b", re.IGNORECASE)


def _write_line(handler: Handler, after: int) -> int | None:
    """The first line past `after` that changes the record itself: an update or delete call,
    SQL UPDATE/DELETE, `del store[i]`, `store[i] = ...` or `todo.done = ...`, each naming the
    record (the id, or what the lookup by id returned); `data.pop("id")` or `payload["at"] =
    now` do not."""
    record = _record_names(handler)
    found: list[int] = []
    for node in own_nodes(handler.node):
        line = getattr(node, "lineno", 0)
        if line <= after:
            continue
        if isinstance(node, ast.Call) and terminal_name(node.func) in _WRITES:
            sql = _leading_text(node.args[0]) if node.args else ""
            if terminal_name(node.func) == "execute" and not _SQL_WRITE.match(sql):
                continue
            if _names(node) & record:
                found.append(line)
        elif isinstance(node, ast.Delete | ast.Assign | ast.AugAssign) and any(
            _changes(t, record) for t in _targets(node)
        ):
            found.append(line)
    return min(found, default=None)


def _targets(node: ast.Delete | ast.Assign | ast.AugAssign) -> list[ast.expr]:
    return [node.target] if isinstance(node, ast.AugAssign) else node.targets


def _changes(target: ast.expr, record: set[str]) -> bool:
    """`store[i] = ...`, `del store[i]`, or a field of the loaded record set (`todo.done =
    not todo.done`): the record itself changes there."""
    if isinstance(target, ast.Subscript):
        return bool(_names(target) & record)
    return (
        isinstance(target, ast.Attribute)
        and isinstance(target.value, ast.Name)
        and (target.value.id in record)
    )


def _record_names(handler: Handler) -> set[str]:
    """The record's id parameter, and the names bound to what a call handed the id returned
    (`post = session.get(Post, post_id)`, `i = find_todo(todo_id)`)."""
    names = _id_names(handler)
    for node in sorted(own_nodes(handler.node), key=lambda n: getattr(n, "lineno", 0)):
        if isinstance(node, ast.Assign) and _names(node.value) & names:
            names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    return names


def _names(node: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def _leading_text(node: ast.expr) -> str:
    """The literal start of SQL text: a string's value, an f-string's first constant part."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr) and node.values:
        first = node.values[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            return first.value
    return ""


def _unowned(ctx: StaticContext) -> Iterator[tuple[Handler, str, str]]:
    """Item writes that know who the caller is and never compare it with the owner; or that
    authenticate only in the decorator (`dependencies=[Depends(auth_user)]`, fresh bw56-03),
    and so never learn who the caller is at all."""
    graph = DependencyGraph.build(ctx)
    private = ctx.facts.kind == AssignmentKind.TODO  # a blog's posts are anyone's to read
    for handler in route_handlers(ctx):
        route = _item_route(handler, reads=private)
        names = _identities(handler, graph) if route else None
        if route and names and _presence_only(handler, names):
            yield handler, route, f"knows the caller ({', '.join(sorted(names))})"
        elif route and names == set():
            guards = _decorator_guards(handler, graph)
            if guards:
                shown = ", ".join(guards)
                yield handler, route, f"authenticates only in dependencies=[{shown}]"


def _decorator_guards(handler: Handler, graph: DependencyGraph) -> list[str]:
    """`Depends(auth_user)` among the route's `dependencies=`: authentication whose result
    the handler never receives. None when one of them, at any depth, is given the record's id
    and so may be the owner's check itself (`Depends(get_owned_post)` over `get_post(post_id)`),
    or decides by role (`Depends(allowed_operation_admin_moderator)`)."""
    listed = handler.keyword("dependencies")
    if not isinstance(listed, ast.List | ast.Tuple) or _reads_attribute(handler.node, "state"):
        return []  # (the handler may read the caller from request.state)
    names = [name for element in listed.elts for name in depends_targets(element)]
    ids = _id_names(handler)
    for name in names:
        if _ROLE_GUARD.search(name):
            return []  # who may write is decided by role (an admin edits any tag), not owner
        if graph.reaches(name, lambda dep: _reads_id(graph, dep, ids)):
            return []
    return [f"Depends({name})" for name in names if graph.is_auth(name)]


def _reads_attribute(function: Function, attribute: str) -> bool:
    return any(isinstance(n, ast.Attribute) and n.attr == attribute for n in ast.walk(function))


def _reads_id(graph: DependencyGraph, name: str, ids: set[str]) -> bool:
    """Whether the dependency `name` takes the record's id, or reads the request's path
    parameters where it is."""
    return any(
        ids & {a.arg for a in parameters(function)}
        or (request_parameters(function) and _reads_attribute(function, "path_params"))
        for function in graph.functions.get(name, [])
    )


_ROLE_GUARD = re.compile(r"admin|moderat|role|staff|superuser|permission|allowed|scope", re.I)


@static_rule(
    "SEC-OWNER-UNCHECKED",
    RedFlag.SECURITY_OVERSIGHTS,
    Severity.MAJOR,
    "A record is read or changed by id, whoever owns it",
)
def owner_unchecked(ctx: StaticContext) -> Iterable[Hit]:
    """An update or delete of one record (and, in the todo assignment, where nobody may see
    another's todos, a read of one) authenticates the caller, then never uses who it is: the
    caller is checked only for being someone (`if user is None`), and the record is reached by
    its id alone.

    Why is this bad? Any signed-in user can edit or delete anyone's todo or post by guessing
    its id; the assignment says only the owner (the author) may.
    Use instead: load the record, compare its owner with the caller (`post.author_id !=
    user.id` -> 403 or 404), or put the owner in the query (`WHERE id = ? AND user_id = ?`).
    Major: on the tune split it fired on ten submissions and the public repositories on three,
    each an update or delete their labelers named as any user's to make; the todo reads added
    later fired on nine tune submissions, every one labeled a security oversight.
    """
    if ctx.facts.kind not in (AssignmentKind.TODO, AssignmentKind.BLOG):
        return
    for handler, route, caller in _unowned(ctx):
        line = _change_line(handler)
        write = _write_line(handler, line)
        done = "read" if route.startswith("GET ") else "changed"
        yield Hit(
            handler.file,
            line,
            f"{route} ({handler.name}) {caller} but never compares the caller with the "
            f"record's owner: the record is {done} by its id alone.",
            related=(
                (Location(file=handler.file, line=write, role="the record is changed here"),)
                if write is not None
                else ()
            ),
        )
