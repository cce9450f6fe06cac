"""Performance ignorance in how the data is kept: a whole file or a whole store handled on
every request, whatever one request needs (a store walked whole for one answer:
performance_store_scans.py)."""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from grader.checks.registry import Hit, StaticContext, static_rule
from grader.checks.rules.handlers import (
    Function,
    Handler,
    calls,
    dotted,
    functions,
    functions_by_name,
    import_names,
    own_nodes,
    route_handlers,
    terminal_name,
)
from grader.discovery.modules import assigned
from grader.models import Location, RedFlag, Severity

# Calls that read or write a whole file at once: a JSON, pickle or CSV file used as the store.
_WHOLE_READS = frozenset(
    {
        "json.load",
        "pickle.load",
        "pandas.read_csv",
        "pandas.read_json",
        "pandas.read_pickle",
        "pandas.read_excel",
        "pandas.read_parquet",
    }
)
_WHOLE_WRITES = frozenset({"json.dump", "pickle.dump"})
# DataFrame methods that write a file when given a path (pandas' own names).
_FRAME_WRITES = frozenset({"to_csv", "to_json", "to_pickle", "to_parquet", "to_excel"})
HELPER_DEPTH = 2  # a handler, its helper, and the helper's helper


@dataclass(frozen=True)
class _FileUse:
    file: str
    line: int
    writes: bool


def _whole_file_use(call: ast.Call, imports: dict[str, str]) -> bool | None:
    """True for a call that rewrites a whole data file, False for one that reads it whole,
    None otherwise (`json.loads(path.read_text())` and `path.write_text(json.dumps(..))` too)."""
    name = dotted(call.func, imports) or ""
    if name in _WHOLE_READS:
        return False
    if name in _WHOLE_WRITES:
        return True
    method = terminal_name(call.func)
    if method in _FRAME_WRITES and isinstance(call.func, ast.Attribute):
        to_file = call.args or any(k.arg == "path_or_buf" for k in call.keywords)
        return True if to_file else None
    inner = call.args[0] if call.args else None
    if (
        name == "json.loads"
        and isinstance(inner, ast.Call)
        and terminal_name(inner.func) in {"read_text", "read"}
    ):
        return False
    if (
        method == "write_text"
        and isinstance(inner, ast.Call)
        and (dotted(inner.func, imports) or "") == "json.dumps"
    ):
        return True
    return None


class _FileStore:
    """Where each project function (or what it calls, `HELPER_DEPTH` calls down) first reads
    or rewrites a whole data file."""

    def __init__(self, ctx: StaticContext) -> None:
        self.by_name = functions_by_name(ctx)
        self.imports: dict[int, dict[str, str]] = {}
        for _, module in ctx.trees():
            names = import_names(module)
            for function in functions(module):
                self.imports[id(function)] = names
        self.reached: dict[tuple[int, bool, int], _FileUse | None] = {}

    def direct(
        self, rel: str, function: Function, writes: bool
    ) -> Iterator[tuple[ast.Call, _FileUse | None]]:
        """Each call of the function with the file use it makes itself (None for other calls)."""
        imports = self.imports.get(id(function), {})
        for call in calls(function):
            use = _whole_file_use(call, imports)
            yield call, (_FileUse(rel, call.lineno, use) if use is writes else None)

    def reaches(self, rel: str, function: Function, writes: bool, depth: int) -> _FileUse | None:
        key = (id(function), writes, depth)  # a helper met first at the depth limit is looked
        if key in self.reached:  # into again when another path reaches it higher up
            return self.reached[key]
        self.reached[key] = None  # a recursive helper stops here
        found: _FileUse | None = None
        for call, use in self.direct(rel, function, writes):
            found = use or (self.through(call, writes, depth - 1) if depth > 0 else None)
            if found:
                break
        self.reached[key] = found
        return found

    def through(self, call: ast.Call, writes: bool, depth: int) -> _FileUse | None:
        for where, callee in self.by_name.get(terminal_name(call.func) or "", []):
            found = self.reaches(where, callee, writes, depth)
            if found:
                return found
        return None

    def in_handler(self, handler: Handler, writes: bool) -> tuple[int, _FileUse] | None:
        """The handler's line that reads (or rewrites) the whole file, and where it happens."""
        for call, use in self.direct(handler.file, handler.node, writes):
            found = use or self.through(call, writes, HELPER_DEPTH - 1)
            if found:
                return call.lineno, found
        return None


def route_label(handler: Handler) -> str:
    route = handler.routes[0]
    return f"{route.method} {route.path} ({handler.name})"


@static_rule(
    "PERF-FILE-STORE-PER-REQUEST",
    RedFlag.PERFORMANCE_IGNORANCE,
    Severity.MINOR,
    "Every request reads or rewrites the whole data file",
)
def file_store_per_request(ctx: StaticContext) -> Iterable[Hit]:
    """A route handler, or a helper it calls, loads the whole data file (`json.load`,
    `pd.read_csv`) or writes it back whole (`json.dump`, `df.to_csv`) each time it runs.

    Why is this bad? Reading one todo parses every todo of every user, and changing one field
    rewrites them all: each request costs as much as the whole data set, and two concurrent
    writes lose one another's changes.
    Use instead: a database (SQLite is enough), which reads and writes only the rows concerned.
    A file read once at startup is fine.
    """
    store = _FileStore(ctx)
    for handler in route_handlers(ctx):
        uses = [u for u in (store.in_handler(handler, w) for w in (False, True)) if u]
        if not uses:
            continue
        line, _ = min(uses, key=lambda u: u[0])
        words = {False: "reads the whole data file", True: "rewrites the whole data file"}
        done = " and ".join(
            f"{words[use.writes]} ({use.file}:{use.line})"
            for _, use in sorted(uses, key=lambda u: u[0])
        )
        yield Hit(
            handler.file,
            line,
            f"{route_label(handler)} {done} on every request: its cost grows with all the data "
            "stored, not with what the request asks for.",
            related=tuple(
                Location(file=use.file, line=use.line, role=words[use.writes])
                for _, use in uses
                if (use.file, use.line) != (handler.file, line)
            ),
        )


def module_stores(module: ast.Module) -> set[str]:
    """Module-level names bound to data that grows: not a literal of constants (`FIELDS =
    {"title", "done"}`), which sorts in no time."""
    names: set[str] = set()
    for node in module.body:
        targets, value = assigned(node)
        if value is None or _constant_literal(value):
            continue
        names |= {t.id for t in targets if isinstance(t, ast.Name)}
    return names


def _constant_literal(value: ast.expr) -> bool:
    if isinstance(value, ast.Set | ast.Tuple | ast.List):
        return bool(value.elts) and all(isinstance(e, ast.Constant) for e in value.elts)
    if isinstance(value, ast.Dict):
        return bool(value.values) and all(isinstance(v, ast.Constant) for v in value.values)
    if isinstance(value, ast.Call) and terminal_name(value.func) in {"frozenset", "set", "tuple"}:
        return all(isinstance(a, ast.Set | ast.Tuple | ast.List) for a in value.args)
    return isinstance(value, ast.Constant)


def store_root(node: ast.expr) -> str | None:
    """`db` for `db["posts"]`, `store.posts.values()`, `db`."""
    while True:
        if isinstance(node, ast.Call):
            node = node.func
        elif isinstance(node, ast.Attribute | ast.Subscript):
            node = node.value
        elif isinstance(node, ast.Name):
            return node.id
        else:
            return None


def _sorted_stores(function: Function, stores: set[str]) -> Iterator[tuple[ast.Call, str]]:
    """`sorted(<a module-level store>)` and `<store>.sort()` in the function's own code."""
    for node in own_nodes(function):
        if not isinstance(node, ast.Call):
            continue
        name = terminal_name(node.func)
        if name == "sorted" and isinstance(node.func, ast.Name) and node.args:
            root = store_root(node.args[0])
        elif name == "sort" and isinstance(node.func, ast.Attribute):
            root = store_root(node.func.value)
        else:
            continue
        if root in stores:
            yield node, root


@static_rule(
    "PERF-STORE-SORTED-PER-REQUEST",
    RedFlag.PERFORMANCE_IGNORANCE,
    Severity.MINOR,
    "A list route sorts the whole store on every request",
)
def store_sorted_per_request(ctx: StaticContext) -> Iterable[Hit]:
    """A GET handler sorts every record of an in-memory store (a module-level dict or list)
    each time it serves a page: `sorted(POSTS.values(), key=...)[offset:offset + limit]`.

    Why is this bad? The page is small but the sort is over everything stored, O(n log n) per
    request, so listing slows down as the data grows.
    Use instead: keep the store in the order it is listed in (append-only ids already are), or
    let a database sort with an index and LIMIT.
    """
    yield from sorted_store_hits(ctx)


def sorted_store_hits(ctx: StaticContext) -> list[Hit]:
    """PERF-STORE-SORTED-PER-REQUEST's findings, made once per grading: PERF-STORE-SCANNED
    leaves the handlers they mark alone."""
    return ctx.once("performance_storage.sorted_stores", lambda: list(_sorted_store_hits(ctx)))


def _sorted_store_hits(ctx: StaticContext) -> Iterator[Hit]:
    visible = visible_stores(ctx, {rel: module_stores(module) for rel, module in ctx.trees()})
    for handler in route_handlers(ctx):
        if not any(r.method == "GET" for r in handler.routes):
            continue
        for call, root in _sorted_stores(handler.node, visible.get(handler.file, set())):
            yield Hit(
                handler.file,
                call.lineno,
                f"{route_label(handler)} sorts all of `{root}` on every request, whatever the page "
                "size: the cost grows with everything stored.",
            )
            break


def visible_stores(ctx: StaticContext, stores: dict[str, set[str]]) -> dict[str, set[str]]:
    """By file, the stores it can name: its own, and those it imports from another module."""
    everywhere = set().union(*stores.values()) if stores else set()
    visible: dict[str, set[str]] = {}
    for rel, module in ctx.trees():
        imported = {
            local
            for local, origin in import_names(module).items()
            if origin.rsplit(".", 1)[-1] in everywhere
        }
        visible[rel] = stores.get(rel, set()) | imported
    return visible
