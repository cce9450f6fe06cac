"""Where a request body's field is declared: the line a validation finding belongs to.

A conformance scenario that got a malformed body accepted (a field missing, mistyped or set to
null) proves the gap at the request; the fix is the model's field, which is where a reviewer
looks. The submission's files are read as data (ast, never imported).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import cached_property
from pathlib import Path

from grader.checks.registry import StaticContext
from grader.checks.rules.performance import list_row_reads
from grader.checks.rules.raw_bodies import body_helpers
from grader.discovery import ProjectFacts, RouteInfo
from grader.discovery.model_fields import (
    Classes,
    class_definitions,
    classes_of,
    declared_field,
)
from grader.discovery.tolerant_parse import parse_tolerant
from grader.models import Location
from grader.phases.routes import route_for

_MAX_FILE_BYTES = 1_000_000


class BodyFields:
    """Handlers and field declarations of one submission's request bodies; each file is parsed
    once and the classes are read once, when first asked (a conformance phase looks up every
    undocumented body's handler and places up to three validation findings)."""

    def __init__(self, facts: ProjectFacts, root: Path) -> None:
        self.facts, self.root = facts, root
        self._modules: dict[str, ast.Module | None] = {}

    def module(self, rel: str) -> ast.Module | None:
        """A submission file's tree, parsed once however many routes or fields ask."""
        if rel not in self._modules:
            self._modules[rel] = _parse(self.root, rel)
        return self._modules[rel]

    @cached_property
    def classes(self) -> Classes:
        return classes_of(self._app_modules())

    def declaration(
        self, methods: tuple[str, ...], path: str, field: str
    ) -> tuple[str, int] | None:
        """(file, line) of `field` in the model the route's handler takes as its body."""
        handler = self.handler(methods, path) if field else None
        if handler is None:
            return None
        args = handler.args
        for arg in [*args.posonlyargs, *args.args, *args.kwonlyargs]:
            for classes, name in self._candidates(arg.annotation):
                found = declared_field(classes, name, lambda _, declared: declared == field)
                if found is not None:
                    return found[0], found[1].lineno
        return None

    def response_field(self, method: str, path: str, field: str) -> tuple[str, int] | None:
        """(file, line) of `field` in the model the route answers with (`response_model=` or
        the return annotation, `list[Model]` included)."""
        handler = self.handler((method,), path)
        if handler is None:
            return None
        models = [
            keyword.value
            for decorator in handler.decorator_list
            if isinstance(decorator, ast.Call)
            for keyword in decorator.keywords
            if keyword.arg == "response_model"
        ]
        for annotation in [*models, handler.returns]:
            for classes, name in self._candidates(annotation):
                found = declared_field(classes, name, lambda _, declared: declared == field)
                if found is not None:
                    return found[0], found[1].lineno
        return None

    def _candidates(self, annotation: ast.expr | None) -> list[tuple[Classes, str]]:
        """Where to look a model up: `schemas.User` first among the classes of a module named
        `schemas` (models.py may define a `User` table too), then by name alone."""
        qualified: list[tuple[Classes, str]] = []
        for sub in ast.walk(annotation) if annotation is not None else ():
            if isinstance(sub, ast.Attribute) and isinstance(sub.value, ast.Name):
                module = sub.value.id
                for rel, node in self._all_classes.get(sub.attr, []):
                    if Path(rel).stem == module:  # its bases still found by name
                        qualified.append(({**self.classes, sub.attr: (rel, node)}, sub.attr))
                        break
        return qualified + [(self.classes, name) for name in _annotation_names(annotation)]

    @cached_property
    def _all_classes(self) -> dict[str, list[tuple[str, ast.ClassDef]]]:
        """Every definition of each class name: a name two modules define."""
        return class_definitions(self._app_modules())

    def _app_modules(self) -> Iterator[tuple[str, ast.Module]]:
        app_files = (rel for rel in self.facts.python_files if rel not in self.facts.test_files)
        return ((rel, module) for rel in app_files if (module := self.module(rel)) is not None)

    def route(self, methods: tuple[str, ...], path: str) -> RouteInfo | None:
        """The route declared for the first of `methods` that has one at `path`."""
        found = (route_for(self.facts, m, path) for m in methods)
        return next((r for r in found if r is not None), None)

    def handler(
        self, methods: tuple[str, ...], path: str
    ) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
        """The function that serves the first of `methods` declared for `path`."""
        route = self.route(methods, path)
        return self.function_of(route) if route is not None else None

    def function_of(self, route: RouteInfo) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
        """The function a route declares."""
        return _function(self.module(route.file), route.function, route.line)

    @cached_property
    def static(self) -> StaticContext:
        """The static rules' view of the same files, for the lines they locate (parsed once
        per phase, on first use)."""
        return StaticContext(self.root, self.facts)

    def list_row_reads(self, path: str) -> tuple[Location, ...]:
        """Where the handler of `GET path` reads every row it returns (rules/performance.py)."""
        return list_row_reads(self.static, path)

    @cached_property
    def _functions(self) -> dict[str, list[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]]]:
        by_name: dict[str, list[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]]] = {}
        for rel in self.facts.python_files:
            if rel in self.facts.test_files:
                continue
            for node in ast.walk(self.module(rel) or ast.Module(body=[], type_ignores=[])):
                if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                    by_name.setdefault(node.name, []).append((rel, node))
        return by_name

    def functions_named(
        self, name: str
    ) -> list[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]]:
        """The app's functions (and methods) called `name`, with their files."""
        return self._functions.get(name, [])

    @cached_property
    def body_helpers(self) -> frozenset[str]:
        """The project's functions that read a `Request`'s body (raw_bodies.body_helpers)."""
        return body_helpers(f for found in self._functions.values() for _, f in found)


def _parse(root: Path, rel: str) -> ast.Module | None:
    path = root / rel
    try:
        if path.is_symlink() or path.stat().st_size > _MAX_FILE_BYTES:
            return None
        return parse_tolerant(path.read_text(encoding="utf-8", errors="replace"), rel)[0]
    except (OSError, SyntaxError, ValueError):
        return None


def _function(
    module: ast.Module | None, name: str, line: int
) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
    for node in ast.walk(module) if module is not None else ():
        if (
            isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
            and node.name == name
            and (node.lineno == line or any(d.lineno == line for d in node.decorator_list))
        ):
            return node
    return None


def _annotation_names(annotation: ast.expr | None) -> list[str]:
    """Class names an annotation can stand for: `Body`, `Annotated[Body, ...]`, `Body | None`."""
    names = []
    for sub in ast.walk(annotation) if annotation is not None else ():
        if isinstance(sub, ast.Name):
            names.append(sub.id)
        elif isinstance(sub, ast.Attribute):
            names.append(sub.attr)
    return names
