"""Performance ignorance in the schema: the column every query filters on has no index."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from grader.checks.registry import Hit, StaticContext, static_rule
from grader.checks.rules.handlers import app_trees, keyword, terminal_name
from grader.discovery.modules import assigned
from grader.models import Location, RedFlag, Severity

_CREATE_TABLE = re.compile(
    r"create\s+table\s+(?:if\s+not\s+exists\s+)?[\"`\[]?(\w+)[\"`\]]?\s*\(", re.IGNORECASE
)
_CREATE_INDEX = re.compile(
    r"create\s+(?:unique\s+)?index\s+(?:if\s+not\s+exists\s+)?\S+\s+on\s+[\"`\[]?(\w+)[\"`\]]?"
    r"\s*\(\s*[\"`\[]?(\w+)",
    re.IGNORECASE,
)
_TABLE_KEY = re.compile(r"^(?:constraint\s+\w+\s+)?(primary\s+key|unique)\s*\(\s*[\"`]?(\w+)", re.I)
_TABLE_FOREIGN = re.compile(r"^(?:constraint\s+\w+\s+)?foreign\s+key\s*\(\s*[\"`]?(\w+)", re.I)
_KEYED = re.compile(r"\b(primary\s+key|unique)\b", re.IGNORECASE)
# Databases that index a foreign key by themselves: MySQL's InnoDB; Django and peewee's
# foreign-key fields do it in the ORM.
_SELF_INDEXING = re.compile(r"mysql|mariadb", re.IGNORECASE)
_SELF_INDEXING_FIELDS = frozenset({"ForeignKeyField"})
_KEYWORD_FILTERS = frozenset({"filter_by", "get_or_none"})


@dataclass(frozen=True)
class _Column:
    table: str
    name: str
    file: str
    line: int


def _filtered(column: str, sql: str) -> bool:
    """The SQL selects rows by the column: `WHERE user_id = ?`, `AND t.owner_id IN (...)`."""
    pattern = rf"\b(?:where|and|or)\s+(?:\w+\.)?[\"`]?{re.escape(column)}[\"`]?\s*(?:=|in\b|is\b)"
    return re.search(pattern, sql, re.IGNORECASE) is not None


def _strings(module: ast.Module) -> Iterator[tuple[str, int]]:
    """Every string constant with the line it starts on."""
    for node in ast.walk(module):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value, node.lineno


def _top_level_parts(body: str) -> Iterator[tuple[int, str]]:
    """The comma-separated definitions of a CREATE TABLE body, with each one's offset."""
    depth, start = 0, 0
    for offset, char in enumerate(body):
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                yield start, body[start:offset]
                return
            depth -= 1
        elif char == "," and depth == 0:
            yield start, body[start:offset]
            start = offset + 1
    yield start, body[start:]


def _sql_columns(
    text: str, file: str, first_line: int
) -> tuple[list[_Column], set[tuple[str, str]]]:
    """Foreign-key columns of every CREATE TABLE in the text, and the (table, column) pairs a
    key or index leads with."""
    foreign: list[_Column] = []
    keyed: set[tuple[str, str]] = set()
    for table in _CREATE_TABLE.finditer(text):
        name = table.group(1).lower()
        for offset, part in _top_level_parts(text[table.end() :]):
            definition = part.strip()
            at = table.end() + offset + (len(part) - len(part.lstrip()))
            line = first_line + text.count("\n", 0, at)
            if key := _TABLE_KEY.match(definition):
                keyed.add((name, key.group(2).lower()))
            elif fk := _TABLE_FOREIGN.match(definition):
                foreign.append(_Column(name, fk.group(1).lower(), file, line))
            elif definition:
                column = definition.split()[0].strip('"`[]').lower()
                if _KEYED.search(definition):
                    keyed.add((name, column))
                elif re.search(r"\breferences\b", definition, re.IGNORECASE):
                    foreign.append(_Column(name, column, file, line))
    for index in _CREATE_INDEX.finditer(text):
        keyed.add((index.group(1).lower(), index.group(2).lower()))
    return foreign, keyed


def _true(call: ast.Call, *names: str) -> bool:
    for name in names:
        value = keyword(call, name)
        if isinstance(value, ast.Constant) and value.value is True:
            return True
    return False


def _orm_columns(module: ast.Module, file: str) -> tuple[list[_Column], set[tuple[str, str]]]:
    """SQLAlchemy and SQLModel foreign keys (`Column(ForeignKey(..))`, `mapped_column(..)`,
    `Field(foreign_key=..)`) with no `index=True`, `unique` or primary key, and the columns
    an `Index(...)` or `__table_args__` leads with."""
    foreign: list[_Column] = []
    keyed: set[tuple[str, str]] = set()
    for node in ast.walk(module):
        if isinstance(node, ast.ClassDef):
            for statement in node.body:
                targets, value = assigned(statement)
                target = targets[0] if len(targets) == 1 else None
                if not (isinstance(target, ast.Name) and isinstance(value, ast.Call)):
                    continue
                inner = [c for c in ast.walk(value) if isinstance(c, ast.Call)]
                if any(terminal_name(c.func) in _SELF_INDEXING_FIELDS for c in inner):
                    continue
                if any(_true(c, "index", "unique", "primary_key", "db_index") for c in inner):
                    keyed.add(("", target.id.lower()))
                    continue
                refers = any(terminal_name(c.func) == "ForeignKey" for c in inner) or keyword(
                    value, "foreign_key"
                )
                # Django's ForeignKey (it takes on_delete) indexes itself
                if refers and keyword(value, "on_delete") is None:
                    foreign.append(_Column("", target.id.lower(), file, statement.lineno))
        if isinstance(node, ast.Call) and terminal_name(node.func) in {
            "Index",
            "UniqueConstraint",
            "PrimaryKeyConstraint",
            "create_index",
        }:
            for arg in node.args:
                if isinstance(arg, ast.List | ast.Tuple) and arg.elts:
                    arg = arg.elts[0]
                name = terminal_name(arg) if not isinstance(arg, ast.Constant) else arg.value
                if isinstance(name, str):
                    keyed.add(("", name.lower()))
    return foreign, keyed


def _orm_filters(module: ast.Module) -> set[str]:
    """Attributes compared in the code (`Todo.owner_id == user.id`) and keyword filters
    (`filter_by(owner_id=...)`)."""
    names: set[str] = set()
    for node in ast.walk(module):
        if isinstance(node, ast.Compare):
            for side in (node.left, *node.comparators):
                if isinstance(side, ast.Attribute):
                    names.add(side.attr.lower())
        elif isinstance(node, ast.Call) and terminal_name(node.func) in _KEYWORD_FILTERS:
            names |= {k.arg.lower() for k in node.keywords if k.arg}
    return names


@static_rule(
    "PERF-FILTER-COLUMN-UNINDEXED",
    RedFlag.PERFORMANCE_IGNORANCE,
    Severity.MINOR,
    "The column the lists filter on has no index",
)
def filter_column_unindexed(ctx: StaticContext) -> Iterable[Hit]:
    """A foreign key such as `todos.user_id` is what every list filters on (`WHERE user_id =
    ?`, `Todo.owner_id == user.id`), but the schema declares no index on it; SQLite and
    PostgreSQL do not index a foreign key by themselves.

    Why is this bad? Each user's list scans the whole table, so every user waits longer as
    all users together add rows.
    Use instead: `index=True` on the column, or `CREATE INDEX ... ON todos (user_id)`.
    MySQL indexes foreign keys itself, and so do Django's and peewee's foreign-key fields.
    """
    app_files = {rel for rel, _ in app_trees(ctx)}
    if any(_SELF_INDEXING.search(ctx.text(rel)) for rel in app_files):
        return
    foreign: list[_Column] = []
    keyed: set[tuple[str, str]] = set()
    sql: list[str] = []
    orm_filters: set[str] = set()
    for rel, module in ctx.trees():  # migrations create indexes too
        for text, line in _strings(module):
            found, keys = _sql_columns(text, rel, line)
            keyed |= keys
            if rel in app_files:
                foreign += found
                sql.append(text)
        found, keys = _orm_columns(module, rel)
        keyed |= keys
        if rel in app_files:
            foreign += found
            orm_filters |= _orm_filters(module)
    named = {column for _, column in keyed}
    unindexed = sorted(
        {
            column
            for column in foreign
            if not _indexed(column, keyed, named) and _used(column, sql, orm_filters)
        },
        key=lambda c: (c.file, c.line),
    )
    if unindexed:
        first, *others = unindexed
        names = ", ".join(f"{c.table}.{c.name}" if c.table else c.name for c in unindexed)
        yield Hit(
            first.file,
            first.line,
            f"{names}: foreign key(s) the queries filter on, and nothing indexes them, so each "
            "such query scans the whole table.",
            related=tuple(
                Location(file=c.file, line=c.line, role="another unindexed filter column")
                for c in others
            ),
        )


def _indexed(column: _Column, keyed: set[tuple[str, str]], named: set[str]) -> bool:
    """A key or index leads with the column (an ORM's, whatever its table, by name)."""
    return (
        (column.table, column.name) in keyed
        or ("", column.name) in keyed
        or (not column.table and column.name in named)
    )


def _used(column: _Column, sql: list[str], orm_filters: set[str]) -> bool:
    return any(_filtered(column.name, text) for text in sql) or (
        not column.table and column.name in orm_filters
    )
