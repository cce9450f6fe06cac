"""Classes that hold a synchronous database session, and which of their methods wait on it.

Layered code (controller, service, repository) hands the session to a constructor once, and the
query runs two or three calls away from the `async def` handler that started it, on the same
thread: `TodoService(db).get_todos(...)` whose repository runs `self.db.execute(...)`, or a
handler parameter `service: TodoServiceDep` whose dependency built the service over a Session.
A class holds a session when its `__init__` stores a parameter typed as one in `self.<name>`,
or a connection it opens there (`self.conn = sqlite3.connect(...)`); it holds another holder
when `__init__` stores one built there (`TodoRepository(db)`) or a parameter typed as one.
Instances are also found where a module builds one for everybody (`user_model = UserModel()`,
`db = Db()`: CodeIgniter's `$this->db`). Given the caller's test of a method's own blocking
calls (`direct`), every class is read, not only holders: a `Store` whose methods run
`self.db.execute(...)` over sqlite3 blocks as surely as a repository over a Session. Only
classes without a second definition are read, and only plain `def` methods: an `async def`
method awaits its session.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from grader.checks.registry import StaticContext
from grader.checks.rules.event_loop import SESSION_IO, Blocker, is_session, on_the_loop
from grader.checks.rules.handlers import (
    Function,
    app_trees,
    dotted,
    import_names,
    own_nodes,
    parameters,
    terminal_name,
)
from grader.discovery.model_fields import class_definitions

DEPTH = 3  # service -> repository -> session, and one more layer
_SESSION = ""  # the attribute holds the session itself, not a class holding one
# Connections a class may open for itself in `__init__`: synchronous, so their queries wait.
_CONNECTS = frozenset({"sqlite3.connect", "psycopg2.connect", "pymysql.connect", "MySQLdb.connect"})
Direct = Callable[[str, ast.FunctionDef], Blocker | None]


@dataclass
class SessionHolders:
    """What each project class keeps in `self`, and where its blocking methods block."""

    held: dict[str, dict[str, str]] = field(default_factory=dict)  # class -> attr -> class
    blocking: dict[tuple[str, str], Blocker] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)  # `XDep = Annotated[X, Depends()]`
    instances: dict[str, str] = field(default_factory=dict)  # module-level `db = Db()` -> class
    owners: dict[int, str] = field(default_factory=dict)  # id of an async method -> its class

    @classmethod
    def build(
        cls, ctx: StaticContext, sessions: frozenset[str], direct: Direct | None = None
    ) -> SessionHolders:
        classes = _unique_classes(ctx)
        holders = cls(aliases=_class_aliases(ctx, set(classes)))
        for name, (rel, node) in classes.items():
            module = ctx.tree(rel)
            imports = import_names(module) if module is not None else {}
            holders.held[name] = _held(node, imports, sessions, holders.aliases, set(classes))
        holders.instances = _module_instances(ctx, set(classes))
        holders.owners = {
            id(method): name
            for name, (_, node) in classes.items()
            for method in node.body
            if isinstance(method, ast.AsyncFunctionDef)
        }
        if direct is None:
            holders.held = {k: v for k, v in holders.held.items() if v}
        for _ in range(DEPTH):
            grew = False
            for name in holders.held:
                rel, node = classes[name]
                for method in node.body:
                    key = (name, getattr(method, "name", ""))
                    if not isinstance(method, ast.FunctionDef) or key in holders.blocking:
                        continue
                    found = holders._blocks(rel, name, method)
                    if found is None and direct is not None:
                        found = direct(rel, method)
                    if found is not None:
                        holders.blocking[key], grew = found, True
            if not grew:
                break
        return holders

    def _blocks(self, rel: str, owner: str, method: ast.FunctionDef) -> Blocker | None:
        local = {arg.arg for arg in parameters(method)}
        for call in on_the_loop(method):
            func = call.func
            if not isinstance(func, ast.Attribute):
                continue
            target = func.value
            if isinstance(target, ast.Name) and target.id == "self":
                found = self.blocking.get((owner, func.attr))
            elif (
                isinstance(target, ast.Name)
                and target.id in self.instances
                and target.id not in local
            ):
                found = self.blocking.get((self.instances[target.id], func.attr))
            elif (
                isinstance(target, ast.Attribute)
                and isinstance(target.value, ast.Name)
                and target.value.id == "self"
                and target.attr in self.held[owner]
            ):
                kept = self.held[owner][target.attr]
                if kept == _SESSION:
                    if func.attr not in SESSION_IO:
                        continue
                    return Blocker(rel, call.lineno, f"self.{target.attr}.{func.attr}")
                found = self.blocking.get((kept, func.attr))
            else:
                continue
            if found is not None:
                return found
        return None

    def calls(self, function: Function) -> Iterator[tuple[int, str, Blocker]]:
        """Calls on the loop of a blocking method of an instance the function was given (a
        parameter typed with the class) or built (`service = TodoService(db)`)."""
        if not self.blocking:
            return
        given = parameters(function)
        instances = {k: v for k, v in self.instances.items() if k not in {a.arg for a in given}}
        instances |= {
            arg.arg: kind for arg in given if (kind := self._class_of(arg.annotation)) is not None
        }
        for node in own_nodes(function):
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target, value = node.targets[0], node.value
                if isinstance(target, ast.Name) and isinstance(value, ast.Call):
                    built = terminal_name(value.func)
                    if built in self.held:
                        instances[target.id] = built
        owner = self.owners.get(id(function))
        for call in on_the_loop(function):
            func = call.func
            if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
                kind = instances.get(func.value.id)
                if owner is not None and func.value.id == "self":
                    kind = owner  # an async method calling its own class's blocking method
                found = self.blocking.get((kind, func.attr)) if kind is not None else None
                if found is not None:
                    yield call.lineno, f"{func.value.id}.{func.attr}", found
            elif owner is not None and isinstance(func, ast.Attribute):
                found = self._held_call(owner, func)
                if found is not None:
                    yield call.lineno, ast.unparse(func), found

    def _held_call(self, owner: str, func: ast.Attribute) -> Blocker | None:
        """`self.<attr>.<method>()` in an async method of `owner` (a controller class whose
        `__init__` built its repositories, fresh bw49-02): the held class's blocking method, or
        a query on a session or connection it holds itself."""
        target = func.value
        if not (
            isinstance(target, ast.Attribute)
            and isinstance(target.value, ast.Name)
            and target.value.id == "self"
        ):
            return None
        kept = self.held.get(owner, {}).get(target.attr)
        if kept is None or kept == _SESSION:
            return None  # a query on a held session: the async rule's own reading of the call
        return self.blocking.get((kept, func.attr))

    def _class_of(self, annotation: ast.expr | None) -> str | None:
        name = _annotated_name(annotation)
        name = self.aliases.get(name or "", name)
        return name if name in self.held else None


def _module_instances(ctx: StaticContext, classes: set[str]) -> dict[str, str]:
    """Module-level names bound to an instance of a project class (`db = Db()`), where every
    module that binds the name binds it to the same class."""
    bound: dict[str, set[str]] = {}
    for _, module in app_trees(ctx):
        for node in module.body:
            if not (isinstance(node, ast.Assign) and len(node.targets) == 1):
                continue
            target, value = node.targets[0], node.value
            if isinstance(target, ast.Name) and isinstance(value, ast.Call):
                built = terminal_name(value.func)
                bound.setdefault(target.id, set()).add(built if built in classes else "")
    return {
        name: kinds.pop() for name, kinds in bound.items() if len(kinds) == 1 and "" not in kinds
    }


def _unique_classes(ctx: StaticContext) -> dict[str, tuple[str, ast.ClassDef]]:
    defined = class_definitions(app_trees(ctx))
    return {name: found[0] for name, found in defined.items() if len(found) == 1}


def _annotated_name(annotation: ast.expr | None) -> str | None:
    """`X`, `mod.X`, `Annotated[X, ...]`, `"X"`: the class an annotation names."""
    if isinstance(annotation, ast.Subscript) and terminal_name(annotation.value) == "Annotated":
        inner = annotation.slice
        return _annotated_name(inner.elts[0] if isinstance(inner, ast.Tuple) else inner)
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
        return annotation.value.rsplit(".", 1)[-1]
    return terminal_name(annotation) if annotation is not None else None


def _class_aliases(ctx: StaticContext, classes: set[str]) -> dict[str, str]:
    aliases: dict[str, str] = {}
    for _, module in app_trees(ctx):
        for node in module.body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target, value = node.targets[0], node.value
            elif isinstance(node, ast.AnnAssign) and node.value is not None:
                target, value = node.target, node.value
            else:
                continue
            named = _annotated_name(value) if isinstance(value, ast.Subscript) else None
            if isinstance(target, ast.Name) and named in classes:
                aliases[target.id] = named
    return aliases


def _held(
    node: ast.ClassDef,
    imports: dict[str, str],
    sessions: frozenset[str],
    aliases: dict[str, str],
    classes: set[str],
) -> dict[str, str]:
    """`self.<attr>` -> what `__init__` stores there: the session, or a project class."""
    init = next(
        (f for f in node.body if isinstance(f, ast.FunctionDef) and f.name == "__init__"), None
    )
    if init is None:
        return {}
    typed: dict[str, str] = {}
    for arg in parameters(init):
        if arg.annotation is None:
            continue
        if is_session(arg.annotation, imports, sessions):
            typed[arg.arg] = _SESSION
            continue
        named = _annotated_name(arg.annotation) or ""
        named = aliases.get(named, named)
        if named in classes:
            typed[arg.arg] = named
    held: dict[str, str] = {}
    for stmt in own_nodes(init):
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
            target, value = stmt.targets[0], stmt.value
        elif isinstance(stmt, ast.AnnAssign) and stmt.value is not None:
            target, value = stmt.target, stmt.value  # `self._conn: sqlite3.Connection = ...`
        else:
            continue
        if not (
            isinstance(target, ast.Attribute)
            and isinstance(target.value, ast.Name)
            and target.value.id == "self"
        ):
            continue
        if isinstance(value, ast.Name) and value.id in typed:
            held[target.attr] = typed[value.id]
        elif isinstance(value, ast.Call) and terminal_name(value.func) in classes:
            held[target.attr] = terminal_name(value.func) or ""
        elif isinstance(value, ast.Call) and dotted(value.func, imports) in _CONNECTS:
            held[target.attr] = _SESSION
    return held
