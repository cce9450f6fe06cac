"""Security oversights in how the app is configured: debug tracebacks served by default."""

from __future__ import annotations

import ast
from collections.abc import Iterable

from grader.checks.registry import Hit, StaticContext, static_rule
from grader.checks.rules.handlers import (
    app_trees,
    functions,
    keyword,
    parameter_defaults,
    terminal_name,
)
from grader.checks.rules.security_access import module_values, project_values, resolved_value
from grader.models import Location, RedFlag, Severity

_GETENV = frozenset({"getenv", "get"})


def _setting(node: ast.expr | None, names: dict[str, ast.expr]) -> ast.expr | None:
    """The value a setting is written as: a module-level constant (`DEBUG = True`), or a
    settings attribute by its name (`settings.DEBUG`)."""
    if isinstance(node, ast.Attribute) and node.attr in names:
        node = names[node.attr]
    return resolved_value(node, names)


def _default(node: ast.expr | None, names: dict[str, ast.expr]) -> ast.expr | None:
    """The value a setting has when nobody sets it: its constant, or the default of
    `os.getenv("APP_ENV", "dev")`."""
    node = _setting(node, names)
    if isinstance(node, ast.Call) and terminal_name(node.func) in _GETENV and len(node.args) == 2:
        return resolved_value(node.args[1], names)
    return node


def _on_by_default(node: ast.expr | None, names: dict[str, ast.expr]) -> bool:
    """`True`, a setting that defaults to True, or `env == "dev"` with env defaulting to it;
    also where a setting holds that comparison (`DEBUG = os.getenv("DEBUG", "1") == "1"` in a
    settings class, `debug=settings.DEBUG`: fresh bw67-02)."""
    node = _setting(node, names)
    if isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(node.ops[0], ast.Eq):
        left, right = _default(node.left, names), _default(node.comparators[0], names)
        return (
            isinstance(left, ast.Constant)
            and isinstance(right, ast.Constant)
            and left.value == right.value
        )
    value = _default(node, names)
    return isinstance(value, ast.Constant) and value.value is True


def _setting_line(
    debug: ast.expr, names: dict[str, ast.expr], files: dict[int, str]
) -> Location | None:
    """Where the setting `debug=` names is defined, when that is another line."""
    node: ast.expr | None = debug
    if isinstance(node, ast.Attribute) and node.attr in names:
        node = names[node.attr]
    elif isinstance(node, ast.Name) and node.id in names:
        node = names[node.id]
    if node is None or node is debug or id(node) not in files:
        return None
    return Location(file=files[id(node)], line=node.lineno, role="the setting, on by default")


def _value_files(ctx: StaticContext) -> dict[int, str]:
    """The file of each module- or class-level value, by the value node's id."""
    files: dict[int, str] = {}
    for rel, module in app_trees(ctx):
        scopes: list[ast.Module | ast.ClassDef] = [module]
        scopes += [n for n in ast.walk(module) if isinstance(n, ast.ClassDef)]
        for scope in scopes:
            files.update((id(value), rel) for value in module_values(scope).values())
    return files


def _class_values(ctx: StaticContext) -> dict[str, ast.expr]:
    """Class-level settings by name, where one class of the project alone binds the name
    (`class Settings: DEBUG: bool = os.getenv("DEBUG", "1") == "1"`, read as `settings.DEBUG`);
    a module-level binding of the same name wins."""
    bound: dict[str, list[ast.expr]] = {}
    for _, module in app_trees(ctx):
        for node in ast.walk(module):
            if isinstance(node, ast.ClassDef):
                for name, value in module_values(node).items():
                    bound.setdefault(name, []).append(value)
    return {name: values[0] for name, values in bound.items() if len(values) == 1}


@static_rule(
    "SEC-DEBUG-ON",
    RedFlag.SECURITY_OVERSIGHTS,
    Severity.MINOR,
    "The app serves debug tracebacks unless configured otherwise",
)
def debug_on(ctx: StaticContext) -> Iterable[Hit]:
    """`FastAPI(debug=...)` is true as shipped: `debug=True`, a setting whose default is true,
    or `debug=env == "dev"` where the environment defaults to dev.

    Why is this bad? Every server error answers with the full traceback: file paths, code,
    SQL and values, to whoever sent the request.
    Use instead: leave `debug` off (the default), or read it from the environment defaulting
    to false.
    """
    project = _class_values(ctx) | project_values(ctx)
    files = _value_files(ctx)
    for rel, module in app_trees(ctx):
        names = project | module_values(module)
        scopes: list[tuple[ast.AST, dict[str, ast.expr]]] = [(module, names)]
        scopes += [(f, names | parameter_defaults(f)) for f in functions(module)]
        seen: set[int] = set()
        for scope, known in reversed(scopes):  # a function's own parameters first
            for node in ast.walk(scope):
                if id(node) in seen or not (
                    isinstance(node, ast.Call) and terminal_name(node.func) == "FastAPI"
                ):
                    continue
                seen.add(id(node))
                debug = keyword(node, "debug")
                if debug is not None and _on_by_default(debug, known):
                    setting = _setting_line(debug, known, files)
                    yield Hit(
                        rel,
                        debug.lineno,
                        "FastAPI(debug=...) is on unless the deployment turns it off: server "
                        "errors answer with their traceback.",
                        related=(setting,) if setting else (),
                    )
