"""Performance ignorance in an in-memory store: a request that walks all of it.

A module-level list, dict or DataFrame the app writes into is its database. Blind authors,
whatever their persona, hold it against a submission when a request walks all of it: a linear
search for one id, every user's records filtered for the caller's, the whole store walked for a
page (tune bw22-02, bw34-04, bw50-04, bw54-01, bw56-05, bw57-05, bw62-03). Where the walk is a
sort, PERF-STORE-SORTED-PER-REQUEST (performance_storage.py) reports it instead.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator

from grader.checks.registry import Hit, StaticContext, static_rule
from grader.checks.rules.handlers import (
    Function,
    Handler,
    app_trees,
    functions_by_name,
    own_nodes,
    route_handlers,
    terminal_name,
)
from grader.checks.rules.performance import unbounded_list_hits
from grader.checks.rules.performance_storage import (
    HELPER_DEPTH,
    module_stores,
    route_label,
    sorted_store_hits,
    store_root,
    visible_stores,
)
from grader.discovery.modules import assigned
from grader.models import Location, RedFlag, Severity

# Built-ins that walk the whole iterable they are given.
_WALKERS = frozenset({"sorted", "filter", "next", "max", "min", "sum", "any", "all"})
# Methods that write into a list, dict or DataFrame.
_WRITES = frozenset(
    {"append", "extend", "insert", "pop", "remove", "clear", "update", "setdefault", "popitem"}
)


@static_rule(
    "PERF-STORE-SCANNED",
    RedFlag.PERFORMANCE_IGNORANCE,
    Severity.MINOR,
    "A request walks the whole in-memory store",
)
def store_scanned(ctx: StaticContext) -> Iterable[Hit]:
    """A route walks every record of a module-level collection the app writes into (its
    in-memory database): a loop or comprehension over it, `next(...)`, `filter`, `max`, a
    DataFrame mask over its own column; to find one id, to pick the caller's records out of
    every user's, to count; itself or in a project helper it calls. A sort of the whole store
    is PERF-STORE-SORTED-PER-REQUEST's; `len(store)` and a constant literal walk nothing.

    Why is this bad? The request's cost grows with everything stored, by every user, not with
    what it answers: a lookup by id is a linear search, a user's list a scan of all lists.
    Use instead: a dict keyed by id (and one per owner), or a database with an index.
    """
    written = _written_names(ctx)
    stores = {rel: module_stores(module) & written for rel, module in ctx.trees()}
    if not any(stores.values()):
        return
    scans = _Scans(ctx, stores)
    sorted_here = {(h.file, h.node.lineno) for h in _sorting_handlers(ctx)}
    for handler in route_handlers(ctx):
        if (handler.file, handler.node.lineno) in sorted_here:
            continue
        found = scans.first(handler.file, handler.node, HELPER_DEPTH)
        if found is None:
            continue
        line, store, inside = found
        where = f" (in {inside.file}:{inside.line})" if inside else ""
        yield Hit(
            handler.file,
            line,
            f"{route_label(handler)} walks all of `{store}`{where} on every request: its cost "
            "grows with every record stored, by every user, not with what it answers.",
            related=(inside,) if inside else (),
        )


def _sorting_handlers(ctx: StaticContext) -> list[Handler]:
    """Handlers PERF-STORE-SORTED-PER-REQUEST or PERF-UNBOUNDED-LIST reports: the whole store
    sorted, or answered whole, is that handler's defect already, charged once."""
    others = [*sorted_store_hits(ctx), *unbounded_list_hits(ctx)]
    sorts = [(hit.file, hit.line or 0) for hit in others]
    return [h for h in route_handlers(ctx) if any(_inside(h, f, line) for f, line in sorts)]


def _inside(handler: Handler, file: str | None, line: int) -> bool:
    end = handler.node.end_lineno or handler.node.lineno
    return file == handler.file and handler.node.lineno <= line <= end


def _written_names(ctx: StaticContext) -> set[str]:
    """Names the app writes into anywhere: `todos.append(...)`, `POSTS[id] = ...`, `del
    POSTS[id]`, `db["posts"].append(...)`, `global df` (then `df = pd.concat(...)`)."""
    found: set[str] = set()
    for _, module in app_trees(ctx):
        for node in ast.walk(module):
            if isinstance(node, ast.Global):
                found |= set(node.names)
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                if node.func.attr in _WRITES:
                    found.add(store_root(node.func.value) or "")
            else:
                targets = node.targets if isinstance(node, ast.Assign | ast.Delete) else []
                if isinstance(node, ast.AugAssign | ast.AnnAssign):
                    targets = [node.target]
                found |= {
                    store_root(t) or ""
                    for t in targets
                    if isinstance(t, ast.Subscript | ast.Attribute)
                }
    return found - {""}


class _Scans:
    """Where a function (or a project helper it calls, a few calls down) walks a store of its
    own module or one it imports."""

    def __init__(self, ctx: StaticContext, stores: dict[str, set[str]]) -> None:
        self.by_name = functions_by_name(ctx)
        self.visible = visible_stores(ctx, stores)
        self.seen: dict[tuple[int, int], tuple[int, str, Location | None] | None] = {}

    def first(
        self, rel: str, function: Function, depth: int
    ) -> tuple[int, str, Location | None] | None:
        """(line in `function`, the store, where a helper walks it) of its first walk."""
        key = (id(function), depth)
        if key in self.seen:
            return self.seen[key]
        self.seen[key] = None  # a recursive helper stops here
        names = self.visible.get(rel, set()) - _locals(function)
        found: tuple[int, str, Location | None] | None = None
        for node in sorted(_nodes(function), key=_line):
            store = _walked(node, names)
            if store is not None:
                found = (_line(node), store, None)
                break
            if depth > 0 and isinstance(node, ast.Call):
                deeper = self._through(node, depth - 1)
                if deeper is not None:
                    found = (node.lineno, deeper[0], deeper[1])
                    break
        self.seen[key] = found
        return found

    def _through(self, call: ast.Call, depth: int) -> tuple[str, Location] | None:
        defined = self.by_name.get(terminal_name(call.func) or "", [])
        if len(defined) != 1:
            return None
        rel, helper = defined[0]
        found = self.first(rel, helper, depth)
        if found is None:
            return None
        line, store, deeper = found
        return store, deeper or Location(file=rel, line=line, role="the whole store is walked")


def _walked(node: ast.AST, names: set[str]) -> str | None:
    """The store a node walks whole: a loop or comprehension over it (or its values, items,
    keys, or one table of a dict of tables), a built-in that consumes it, a DataFrame mask."""
    walked: ast.expr | None = None
    if isinstance(node, ast.For | ast.comprehension) and _selects(node):
        walked = node.iter
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.args:
        if node.func.id in _WALKERS:
            walked = node.args[-1] if node.func.id == "filter" else node.args[0]
    elif isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Compare):
        mask = node.slice.left  # `df[df["owner"] == name]`
        if isinstance(mask, ast.Subscript) and ast.dump(mask.value) == ast.dump(node.value):
            walked = node.value
    if (
        isinstance(walked, ast.Call)
        and isinstance(walked.func, ast.Attribute)
        and walked.func.attr in {"values", "items", "keys"}
        and not walked.args
    ):
        walked = walked.func.value
    if isinstance(walked, ast.Subscript) and isinstance(walked.slice, ast.Constant):
        walked = walked.value  # `db["posts"]`
    return walked.id if isinstance(walked, ast.Name) and walked.id in names else None


def _selects(node: ast.For | ast.comprehension) -> bool:
    """A walk that picks records out of the store (a condition on each): a list built of all
    of them answers all of them, which is PERF-UNBOUNDED-LIST's to judge."""
    if isinstance(node, ast.comprehension):
        return bool(node.ifs)
    return any(isinstance(n, ast.If | ast.Compare) for part in node.body for n in ast.walk(part))


def _locals(function: Function) -> set[str]:
    """Names the function binds itself, which shadow a store of the same name."""
    bound = {a.arg for a in ast.walk(function.args) if isinstance(a, ast.arg)}
    declared: set[str] = set()
    for node in own_nodes(function):
        targets, _ = assigned(node)
        bound |= {t.id for t in targets if isinstance(t, ast.Name)}
        if isinstance(node, ast.Global):
            declared |= set(node.names)
    return bound - declared


def _nodes(function: Function) -> Iterator[ast.AST]:
    for node in own_nodes(function):
        yield node
        if isinstance(node, ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp):
            yield from node.generators


def _line(node: ast.AST) -> int:
    return node.iter.lineno if isinstance(node, ast.comprehension) else getattr(node, "lineno", 0)
