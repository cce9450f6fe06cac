"""Where a model's field is declared, following the class's bases within the submission.

Read as data (ast): `class UserCreate(UserBase)` inherits `password` from `UserBase`, and a rule or
a phase that points at the field must find it there.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterable

# class name -> (file, its definition), the first definition of each name
Classes = dict[str, tuple[str, ast.ClassDef]]

_MAX_BASES = 6


def class_definitions(
    modules: Iterable[tuple[str, ast.Module]],
) -> dict[str, list[tuple[str, ast.ClassDef]]]:
    """Every definition of every class the modules define, by name, in module order (a name two
    modules define, `User` the table and `User` the schema, has two)."""
    found: dict[str, list[tuple[str, ast.ClassDef]]] = {}
    for rel, module in modules:
        for node in ast.walk(module):
            if isinstance(node, ast.ClassDef):
                found.setdefault(node.name, []).append((rel, node))
    return found


def classes_of(modules: Iterable[tuple[str, ast.Module]]) -> Classes:
    """Every class the modules define, by name (the first definition of a name wins)."""
    return {name: found[0] for name, found in class_definitions(modules).items()}


def declared_field(
    classes: Classes, name: str, wanted: Callable[[ast.AnnAssign, str], bool], depth: int = 0
) -> tuple[str, ast.AnnAssign] | None:
    """(file, annotated assignment) of the first field `wanted` accepts (given the statement and
    the field's name), in the class or a base."""
    found = classes.get(name)
    if found is None or depth > _MAX_BASES:
        return None
    rel, node = found
    for stmt in node.body:
        if (
            isinstance(stmt, ast.AnnAssign)
            and isinstance(stmt.target, ast.Name)
            and wanted(stmt, stmt.target.id)
        ):
            return rel, stmt
    for base_name in _base_names(node):
        if base_name != name:
            inherited = declared_field(classes, base_name, wanted, depth + 1)
            if inherited is not None:
                return inherited
    return None


def _base_names(node: ast.ClassDef) -> list[str]:
    """`Base` for `class X(Base)` and `class X(module.Base)`."""
    names = [
        base.id if isinstance(base, ast.Name) else getattr(base, "attr", None)
        for base in node.bases
    ]
    return [name for name in names if isinstance(name, str)]


def validating_models(classes: Classes) -> Classes:
    """The classes whose constructor validates its input: pydantic models, and SQLModel classes
    that are not tables (`table=True` models skip validation), through project bases."""

    def validates(name: str, depth: int) -> bool:
        found = classes.get(name)
        if found is None or depth > _MAX_BASES:
            return False
        node = found[1]
        if any(k.arg == "table" for k in node.keywords):
            return False
        for base_name in _base_names(node):
            if base_name in {"BaseModel", "SQLModel", "RootModel"}:
                return True
            if base_name != name and validates(base_name, depth + 1):
                return True
        return False

    return {name: found for name, found in classes.items() if validates(name, 0)}
