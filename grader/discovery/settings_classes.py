"""Settings the app reads from its environment, read from its code as data (never imported).

Two readers share this: service discovery (which settings hold a server's URL or a part of it)
and the environment plan (which settings the app cannot start without). A setting is *required*
when the code gives it no default: a pydantic(-settings) `BaseSettings` field with no value,
`Field(...)` or `Field()` without a default, or a default of None for a type that is not
Optional (`= None`, `= os.getenv("X")` with no default of its own: pydantic-settings 2 refuses
it); `os.environ["X"]`; `os.getenv("X")` that the next check refuses to run without; decouple's
or starlette's `config("X")` without a default.
Pydantic reads such a field from the variable named by its alias, else its env prefix and name
(upper-cased unless the class is case sensitive).
"""

from __future__ import annotations

import ast
import posixpath
import re
from collections.abc import Iterator

from grader.discovery.facts import RequiredSetting
from grader.discovery.tree import SourceTree, is_test_path

SETTINGS_BASES = frozenset({"BaseSettings", "Settings", "AppSettings"})
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")
_MAX_FILES = 2000
_MAX_REQUIRED = 60
_CASTS = {"int": "int", "float": "float", "bool": "bool", "str": "str"}


def is_settings_class(node: ast.ClassDef, known: frozenset[str] = frozenset()) -> bool:
    """A pydantic settings class: its base is BaseSettings (or a project class that is one),
    or its `model_config` is a `SettingsConfigDict`."""
    names = {_base_name(base) for base in node.bases}
    return bool(names & (SETTINGS_BASES | known)) or any(
        isinstance(stmt, ast.Assign)
        and any(getattr(t, "id", "") == "model_config" for t in stmt.targets)
        and "SettingsConfigDict" in ast.dump(stmt.value)
        for stmt in node.body
    )


def _base_name(base: ast.expr) -> str:
    if isinstance(base, ast.Subscript):  # Generic[...] and the like
        base = base.value
    return str(getattr(base, "id", getattr(base, "attr", "")))


def config_value(node: ast.ClassDef, key: str) -> object:
    """A literal of the class's configuration: `model_config = SettingsConfigDict(key=...)`
    (or `ConfigDict`, a dict literal) or the v1 `class Config: key = ...`; None when unset."""
    for stmt in node.body:
        if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Call):
            for keyword in stmt.value.keywords:
                if keyword.arg == key and isinstance(keyword.value, ast.Constant):
                    return keyword.value.value
        if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Dict):
            for name, value in zip(stmt.value.keys, stmt.value.values, strict=True):
                if isinstance(name, ast.Constant) and name.value == key:
                    return value.value if isinstance(value, ast.Constant) else None
        if isinstance(stmt, ast.ClassDef) and stmt.name == "Config":
            for inner in stmt.body:
                if (
                    isinstance(inner, ast.Assign)
                    and any(getattr(t, "id", "") == key for t in inner.targets)
                    and isinstance(inner.value, ast.Constant)
                ):
                    return inner.value.value
    return None


def env_prefix(node: ast.ClassDef) -> str:
    """`model_config = SettingsConfigDict(env_prefix="APP_")` or `class Config: env_prefix`."""
    value = config_value(node, "env_prefix")
    return str(value) if isinstance(value, str) else ""


def field_default(value: ast.expr | None) -> tuple[ast.Constant | None, str | None]:
    """A literal default (`= "..."`, `Field("...")`, `Field(default="...")`) and an env alias."""
    if isinstance(value, ast.Constant) and isinstance(value.value, str | int):
        return value, None
    if isinstance(value, ast.Call) and getattr(value.func, "id", "") == "Field":
        default: ast.Constant | None = None
        if value.args and isinstance(value.args[0], ast.Constant):
            default = value.args[0]
        for keyword in value.keywords:
            if keyword.arg == "default" and isinstance(keyword.value, ast.Constant):
                default = keyword.value
        if default is not None and not isinstance(default.value, str | int):
            default = None
        return default, field_alias(value)
    return None, None


def field_alias(value: ast.expr | None) -> str | None:
    """`Field(alias=...)`, `validation_alias=...` or pydantic 1's `env=...`, when a string."""
    if not isinstance(value, ast.Call):
        return None
    for keyword in value.keywords:
        if keyword.arg in ("alias", "validation_alias", "env") and isinstance(
            keyword.value, ast.Constant
        ):
            return str(keyword.value.value)
    return None


def has_no_default(value: ast.expr | None) -> bool:
    """`x: str`, `x: str = ...`, `x: str = Field(...)`, `Field()` or `Field(alias=...)`."""
    if value is None:
        return True
    if isinstance(value, ast.Constant):
        return value.value is Ellipsis
    if isinstance(value, ast.Call) and getattr(value.func, "id", "") == "Field":
        if value.args:
            first = value.args[0]
            return isinstance(first, ast.Constant) and first.value is Ellipsis
        return not any(k.arg in ("default", "default_factory") for k in value.keywords)
    return False


# -- required settings ---------------------------------------------------------------------------


def required_settings(tree: SourceTree, documented: frozenset[str]) -> list[RequiredSetting]:
    """Every setting the app's code requires with no default, minus `documented` names (those
    the repository gives a value for in a file the app reads itself); tests left out."""
    files = [f for f in tree.python_files[:_MAX_FILES] if not is_test_path(f)]
    modules = [(rel, module) for rel in files if (module := tree.parse_python(rel)) is not None]
    known = _settings_class_names(modules)
    found: dict[str, RequiredSetting] = {}
    for rel, module in modules:
        for setting in _module_required(rel, module, known):
            if setting.name not in documented and len(found) < _MAX_REQUIRED:
                found.setdefault(setting.name, setting)
    return list(found.values())


def _settings_class_names(modules: list[tuple[str, ast.Module]]) -> frozenset[str]:
    """Names of the project's own settings classes, so a subclass of one is one too."""
    known: set[str] = set()
    for _ in range(3):  # a short chain of project base classes
        for _, module in modules:
            for node in ast.walk(module):
                if isinstance(node, ast.ClassDef) and is_settings_class(node, frozenset(known)):
                    known.add(node.name)
    return frozenset(known)


def _module_required(
    rel: str, module: ast.Module, known: frozenset[str]
) -> Iterator[RequiredSetting]:
    v1 = _imports_v1_settings(module)
    enums = _enum_values(module)
    casts = _casts(module)
    aliases = _environ_aliases(module)
    for node in ast.walk(module):
        if isinstance(node, ast.ClassDef) and is_settings_class(node, known):
            yield from _class_required(rel, node, v1, enums)
        elif isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load):
            name = _environ_key(node, aliases)
            if name is not None:
                yield RequiredSetting(
                    name=name,
                    type=casts.get(id(node), "str"),
                    source=f"{rel}:{node.lineno}",
                    owner="os.environ",
                )
        elif isinstance(node, ast.Call):
            setting = _config_call(rel, node)
            if setting is not None:
                yield setting
    yield from _guarded_reads(rel, module)


_TEXT_FORMS = frozenset({"encode", "strip"})


def _guarded_reads(rel: str, module: ast.Module) -> Iterator[RequiredSetting]:
    """`KEY = os.getenv("KEY")` then `if not KEY: raise ...` in the same block: a default-less
    read the code refuses to run without, as required as `os.environ["KEY"]`."""
    for node in ast.walk(module):
        body = getattr(node, "body", None)
        if not isinstance(body, list):
            continue
        reads: dict[str, tuple[str, int]] = {}
        for stmt in body:
            if (
                isinstance(stmt, ast.Assign)
                and len(stmt.targets) == 1
                and isinstance(stmt.targets[0], ast.Name)
            ):
                name = _defaultless_read(stmt.value)
                if name is not None:
                    reads[stmt.targets[0].id] = (name, stmt.lineno)
            elif isinstance(stmt, ast.If):
                variable = _tested_name(stmt.test)
                if variable in reads and _stops_at_once(stmt):
                    env, line = reads.pop(variable)
                    yield RequiredSetting(name=env, source=f"{rel}:{line}", owner="os.environ")


def environment_read(value: ast.expr) -> tuple[str, ast.expr | None] | None:
    """(variable, its default or None) of `os.getenv("X"[, d])` / `os.environ.get("X"[, d])`."""
    if not (isinstance(value, ast.Call) and value.args):
        return None
    func = value.func
    called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    owner = func.value if isinstance(func, ast.Attribute) else None
    environ_get = called == "get" and owner is not None and _is_environ(owner)
    key = value.args[0]
    if not (called == "getenv" or environ_get) or not (
        isinstance(key, ast.Constant) and isinstance(key.value, str)
    ):
        return None
    defaults = [*value.args[1:2], *(k.value for k in value.keywords if k.arg == "default")]
    return key.value, (defaults[0] if defaults else None)


def _defaultless_read(value: ast.expr) -> str | None:
    """The variable's name in `os.getenv("X")` / `os.environ.get("X")` without a default, or
    with an empty one (`""`, `None`): no usable value when it is unset."""
    read = environment_read(value)
    if read is None or not _ENV_NAME.match(read[0]):
        return None
    default = read[1]
    empty = isinstance(default, ast.Constant) and default.value in (None, "")
    return read[0] if default is None or empty else None


def _tested_name(test: ast.expr) -> str | None:
    """`not X`, `X is None`, `X == ""`, `len(X) < 32`, or either side of an `or` of them: the
    name whose absence (or shortness) the test refuses."""
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.Or):
        names = {_tested_name(value) for value in test.values} - {None}
        return names.pop() if len(names) == 1 else None
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        return test.operand.id if isinstance(test.operand, ast.Name) else None
    if isinstance(test, ast.Compare) and len(test.ops) == 1:
        left, right = test.left, test.comparators[0]
        if isinstance(left, ast.Name) and isinstance(right, ast.Constant):
            return left.id if right.value in (None, "") else None
        if isinstance(test.ops[0], ast.Lt | ast.LtE):
            return _length_of(left)
        if isinstance(test.ops[0], ast.Gt | ast.GtE):
            return _length_of(right)
    return None


def _length_of(node: ast.expr) -> str | None:
    """X in `len(X)`, or in `len(X.encode())` and `len(X.strip())` (a key's length in bytes:
    fresh bw36-04 refuses a JWT secret shorter than 32)."""
    if not (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "len"
        and len(node.args) == 1
    ):
        return None
    measured = node.args[0]
    if (
        isinstance(measured, ast.Call)
        and isinstance(measured.func, ast.Attribute)
        and measured.func.attr in _TEXT_FORMS
    ):
        measured = measured.func.value
    return measured.id if isinstance(measured, ast.Name) else None


def _stops_at_once(stmt: ast.If) -> bool:
    """The `if` raises or exits at once: the app will not start without the variable."""
    first = stmt.body[0] if stmt.body else None
    if isinstance(first, ast.Raise):
        return True
    return (
        isinstance(first, ast.Expr)
        and isinstance(first.value, ast.Call)
        and getattr(first.value.func, "attr", getattr(first.value.func, "id", "")) == "exit"
    )


def _class_required(
    rel: str, node: ast.ClassDef, v1: bool, enums: dict[str, str]
) -> Iterator[RequiredSetting]:
    prefix = env_prefix(node)
    sensitive = config_value(node, "case_sensitive") is True
    custom_parse = any(
        isinstance(stmt, ast.ClassDef)
        and stmt.name == "Config"
        and any(getattr(f, "name", "") == "parse_env_var" for f in stmt.body)
        for stmt in node.body
    )
    for stmt in node.body:
        if not isinstance(stmt, ast.AnnAssign) or not isinstance(stmt.target, ast.Name):
            continue
        field = stmt.target.id
        annotation = ast.unparse(stmt.annotation)
        if field.startswith("_") or field == "model_config" or "ClassVar" in annotation:
            continue
        optional = _is_optional(stmt.annotation)
        # `SECRET_KEY: str = os.getenv("SECRET_KEY")` with nothing to read is None, as is
        # `SECRET_KEY: str = None`: pydantic-settings 2 validates it against `str` and refuses
        # (pydantic 1 took a default as it was).
        unread = stmt.value is not None and (
            _defaultless_read(stmt.value) is not None
            or (isinstance(stmt.value, ast.Constant) and stmt.value.value is None)
        )
        if not has_no_default(stmt.value) and not (unread and not optional and not v1):
            continue
        if optional and v1:
            continue  # pydantic 1: an Optional field without a default defaults to None
        alias = field_alias(stmt.value)
        name = alias or f"{prefix}{field}"
        name = name if sensitive else name.upper()
        if not _ENV_NAME.match(name):
            continue
        yield RequiredSetting(
            name=name,
            type=annotation[:200],
            optional=optional,
            source=f"{rel}:{stmt.lineno}",
            owner=node.name,
            custom_parse=custom_parse,
            choices=_choices(stmt.annotation, enums),
        )


def _is_optional(annotation: ast.expr) -> bool:
    text = ast.unparse(annotation)
    return text.startswith("Optional[") or bool(re.search(r"\|\s*None\b|\bNone\s*\|", text))


def _choices(annotation: ast.expr, enums: dict[str, str]) -> list[str]:
    """The first value a `Literal[...]` or a module-level Enum allows, when the type is one."""
    for node in ast.walk(annotation):
        if (
            isinstance(node, ast.Subscript)
            and getattr(node.value, "id", getattr(node.value, "attr", "")) == "Literal"
        ):
            items = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
            return [str(i.value) for i in items if isinstance(i, ast.Constant)][:1]
        name = getattr(node, "id", None)
        if isinstance(name, str) and name in enums:
            return [enums[name]]
    return []


def _enum_values(module: ast.Module) -> dict[str, str]:
    """The first member's value of each Enum class the module defines."""
    found: dict[str, str] = {}
    for node in module.body:
        if not isinstance(node, ast.ClassDef):
            continue
        if not any("Enum" in _base_name(base) for base in node.bases):
            continue
        for stmt in node.body:
            if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Constant):
                found[node.name] = str(stmt.value.value)
                break
    return found


def _imports_v1_settings(module: ast.Module) -> bool:
    """`from pydantic import BaseSettings`: pydantic 1, whose Optional fields default to None."""
    return any(
        isinstance(node, ast.ImportFrom)
        and node.module == "pydantic"
        and any(alias.name == "BaseSettings" for alias in node.names)
        for node in ast.walk(module)
    )


def _is_environ(node: ast.expr) -> bool:
    return getattr(node, "attr", getattr(node, "id", "")) == "environ"


def _environ_aliases(module: ast.Module) -> frozenset[str]:
    """Names bound to the environment itself: `env = os.environ`, or `env = os.environ if
    environ is None else environ` (fresh bw41-03's settings read `env["SECRET_KEY"]` so tests
    can pass a mapping of their own)."""
    found: set[str] = set()
    for node in ast.walk(module):
        if not (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
        ):
            continue
        value = node.value
        branches = [value.body, value.orelse] if isinstance(value, ast.IfExp) else [value]
        if any(_is_environ(branch) for branch in branches):
            found.add(node.targets[0].id)
    return frozenset(found)


def _environ_key(node: ast.Subscript, aliases: frozenset[str] = frozenset()) -> str | None:
    if not (_is_environ(node.value) or getattr(node.value, "id", None) in aliases):
        return None
    key = node.slice
    if isinstance(key, ast.Constant) and isinstance(key.value, str) and _ENV_NAME.match(key.value):
        return key.value
    return None


def _casts(module: ast.Module) -> dict[int, str]:
    """`int(os.environ["X"])`: the subscript's id -> the type it is read as."""
    found: dict[int, str] = {}
    for node in ast.walk(module):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in _CASTS
            and len(node.args) == 1
            and isinstance(node.args[0], ast.Subscript)
        ):
            found[id(node.args[0])] = _CASTS[node.func.id]
    return found


def _config_call(rel: str, node: ast.Call) -> RequiredSetting | None:
    """decouple's / starlette's `config("X")` or `config("X", cast=int)` with no default."""
    if getattr(node.func, "id", None) != "config" or len(node.args) != 1:
        return None
    first = node.args[0]
    if not isinstance(first, ast.Constant) or not isinstance(first.value, str):
        return None
    if not _ENV_NAME.match(first.value) or any(k.arg == "default" for k in node.keywords):
        return None
    cast = next((k.value for k in node.keywords if k.arg == "cast"), None)
    kind = _CASTS.get(str(getattr(cast, "id", "")), "str")
    return RequiredSetting(
        name=first.value, type=kind, source=f"{rel}:{node.lineno}", owner="config"
    )


def env_files_named(tree: SourceTree) -> list[str]:
    """Files settings classes name as `env_file` (a literal), resolved against the root and
    the folders of the code, where they exist in the tree."""
    found: list[str] = []
    for rel in tree.python_files[:_MAX_FILES]:
        module = tree.parse_python(rel)
        if module is None:
            continue
        for node in ast.walk(module):
            if not isinstance(node, ast.ClassDef):
                continue
            value = config_value(node, "env_file")
            if isinstance(value, str) and value and not value.startswith(("/", "~")):
                found += [c for c in _candidates(rel, value) if tree.has_file(c)]
    return list(dict.fromkeys(found))


def _candidates(rel: str, value: str) -> list[str]:
    folder = posixpath.dirname(rel)
    options = [value, posixpath.join(folder, value)]
    return [posixpath.normpath(o) for o in options if not posixpath.normpath(o).startswith("..")]
