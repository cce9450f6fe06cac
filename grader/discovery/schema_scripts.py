"""The repository's own Python command that creates its tables, read from its files as data.

`docker compose exec app poetry run python -m src.migrate_db` in a README, `python
scripts/create_tables.py` in a Makefile recipe, `python -m app.init_db && uvicorn ...` in a
compose `command:`: many submissions create their schema with `Base.metadata.create_all` in a
module of their own and say so only there. Such a command is taken when all of this holds:

1. its module's last name (or its script's file name) says it migrates or creates the schema,
   the reviewed `_SCHEMA_NAME` below: a word starting `migrat` (migrate, migrate_db, db_migrate,
   dbmigrate, run_migrations), or create/init/initialize/setup/bootstrap/prepare next to db/
   database/tables/schema/models, either way round and with or without `_` (create_tables,
   create_db, init_db, initdb, setup_db, db_init, init_models, create_all_tables); never a name
   with a test, check, rollback or generator word (test_migrations, make_migrations,
   downgrade_db, new_migration); or one of its plain arguments says so, its `:` and `-` read
   as `_` (`python bin/console.py doctrine:schema:create`, a Symfony habit: fresh bw38-01);
2. it is a file of the submission, from the folder the command runs from: a module named by
   dotted identifiers (`pkg/mod.py` or `pkg/mod/__main__.py`) or a plain relative `.py` path,
   with at most a few plain arguments;
3. its source (parsed, never run on the host), or a function of the project's own that it
   imports and calls, creates tables: `create_all`, an Alembic `upgrade`, or SQL `CREATE TABLE`.

A named command of the project's (`poetry run blog-migrate`, `pdm run migrate`) is resolved
through its scripts table (grader/discovery/project_scripts.py) first: an entry point
`module:function` is checked as `python -m module` is, its script's or function's name saying
so, and run as that function's call; a table's command line is read as if written in place.

Only those checked parts are kept; the grader builds its own argv from them. No shell text of
the repository's is ever run.
"""

from __future__ import annotations

import ast
import posixpath
import re
import shlex
from functools import partial

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from grader.discovery.compose import command_services
from grader.discovery.launchers import invocations, join_path, repository_commands
from grader.discovery.modules import called_name, is_main_guard
from grader.discovery.project_scripts import (
    ProjectCall,
    declared_scripts,
    mentions,
    read_call,
    resolved_in,
)
from grader.discovery.tree import SourceTree

_MENTION = re.compile(r"\bpython")
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")
_MODULE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,63}(?:\.[A-Za-z_][A-Za-z0-9_]{0,63}){0,9}$")
_PLAIN_PATH = re.compile(r"^[A-Za-z0-9_.\-/]{1,200}$")
_PLAIN_ARGUMENT = re.compile(r"^[A-Za-z0-9_.\-=:]{1,64}$")
_MAX_ARGUMENTS = 8
_VERB = r"(?:create|init|initiali[sz]e|setup|set_up|bootstrap|prepare)"
_OBJECT = r"(?:db|dbs|database|databases|tables?|schemas?|models)"
_SCHEMA_NAME = re.compile(
    rf"(?:^|_)(?:db|database|schema)?migrat[a-z]*(?:_|$)"
    rf"|(?:^|_){_VERB}_?(?:all_|the_)?{_OBJECT}(?:_|$)"
    rf"|(?:^|_){_OBJECT}_?{_VERB}(?:_|$)"
)
_NOT_APPLYING = re.compile(
    r"(?:^|_)(?:tests?|check|make|makemigrations|new|generate|revision|down|downgrade|rollback)"
    r"(?:_|$)"
)
_CREATE_TABLE = re.compile(r"\bcreate\s+table\b", re.IGNORECASE)
_ALEMBIC_UPGRADE = re.compile(r"\balembic\b.*\bupgrade\b")


class SchemaScript(BaseModel):
    """A documented `python -m <module>` or `python <script>` that creates the tables, reduced
    to parts the grader checked (the validators refuse anything else)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    module: str | None = Field(default=None, description="python -m: dotted identifiers")
    function: str | None = Field(
        default=None, description="an entry point's function in `module`, called instead"
    )
    script: str | None = Field(default=None, description="python <script>, from `directory`")
    arguments: tuple[str, ...] = Field(default=(), description="plain words after it")
    directory: str = Field(description="the folder it runs from, root-relative ('.')")
    file: str = Field(description="the file that runs, root-relative")
    creates: str = Field(description="file:line and what creates the tables there")
    source: str = Field(description="file:line it was read from")
    kind: str = Field(description="compose | Dockerfile | Procfile | Makefile | script | README")

    @field_validator("module")
    @classmethod
    def _dotted(cls, value: str | None) -> str | None:
        if value is not None and not _MODULE.match(value):
            raise ValueError(f"{value!r} is not a dotted module name")
        return value

    @field_validator("function")
    @classmethod
    def _identifier(cls, value: str | None) -> str | None:
        if value is not None and not _IDENTIFIER.match(value):
            raise ValueError(f"{value!r} is not an identifier")
        return value

    @field_validator("script", "directory", "file")
    @classmethod
    def _relative(cls, value: str | None) -> str | None:
        if value is not None and not plain_relative(value):
            raise ValueError(f"{value!r} is not a plain relative path")
        return value

    @field_validator("arguments")
    @classmethod
    def _plain(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if len(value) > _MAX_ARGUMENTS or not all(_PLAIN_ARGUMENT.match(v) for v in value):
            raise ValueError("arguments must be a few plain words")
        return value

    def argv(self) -> list[str]:
        """What the migration container runs from `directory`, every part checked plain; an
        entry point as its console script would run it (`sys.exit(function())`)."""
        if self.module is not None and self.function is not None:
            call = f"import sys, {self.module}; sys.exit({self.module}.{self.function}())"
            return ["python", "-c", call, *self.arguments]
        if self.module is not None:
            return ["python", "-m", self.module, *self.arguments]
        assert self.script is not None, "a SchemaScript names a module or a script"
        return ["python", self.script, *self.arguments]

    def shown(self) -> str:
        where = "" if self.directory == "." else f"cd {self.directory} && "
        return where + shlex.join(self.argv())


def plain_relative(path: str) -> bool:
    """A relative path of plain characters that stays inside the tree."""
    return (
        bool(_PLAIN_PATH.match(path)) and not path.startswith("/") and ".." not in path.split("/")
    )


def says_it_creates_the_schema(name: str) -> bool:
    """Whether a module's last name (or a script's stem) is one of `_SCHEMA_NAME`'s."""
    word = name.lower().replace("-", "_").replace(":", "_")
    return bool(_SCHEMA_NAME.search(word)) and not _NOT_APPLYING.search(word)


def documented_schema_script(tree: SourceTree) -> SchemaScript | None:
    """The first documented command, in the order of trust (compose, Dockerfile, Procfile,
    Makefile, scripts, README), that passes every check of the module's docstring."""
    named = declared_scripts(tree)
    alternatives = mentions(named)
    mention = re.compile(f"{_MENTION.pattern}|{alternatives}") if alternatives else _MENTION
    for command in repository_commands(tree, command_services(tree), mention):
        start = "." if command.kind == "script" else command.bases[0]
        for call, directory in invocations(command.text, start, partial(read_call, named)):
            where = f"{command.file}:{command.line}"
            local = resolved_in(tree, call, directory)
            found = _checked(tree, local, directory, where, command.kind) if local else None
            if found is not None:
                return found
    return None


def _checked(
    tree: SourceTree, call: ProjectCall, directory: str, source: str, kind: str
) -> SchemaScript | None:
    module, script, arguments = call.module, call.script, call.arguments
    if not plain_relative(directory) or not tree.has_dir(directory):
        return None
    if module is not None and call.function is not None:
        stem = join_path(directory, module.replace(".", "/"))
        files = [f"{stem}.py", f"{stem}/__init__.py"]
        names = [call.name or "", call.function, module.split(".")[-1]]
        name = next((n for n in names if says_it_creates_the_schema(n)), call.function)
    elif module is not None:
        parts = module.split(".")
        name = parts[-2] if parts[-1] == "__main__" and len(parts) > 1 else parts[-1]
        stem = join_path(directory, module.replace(".", "/"))
        files = [f"{stem}.py", f"{stem}/__main__.py"]
    elif script is not None:
        name = posixpath.basename(script).removesuffix(".py")
        files = [join_path(directory, script)] if plain_relative(script) else []
    else:
        return None
    file = next((f for f in files if tree.has_file(f)), None)
    named = says_it_creates_the_schema(name) or any(map(says_it_creates_the_schema, arguments))
    if file is None:
        return None
    guarded = call.function is None and _main_says_so(tree, file)
    if not (named or guarded):
        return None
    creates = creates_tables(tree, file, directory)
    if creates is None:
        return None
    try:
        return SchemaScript(
            module=module,
            function=call.function,
            script=script,
            arguments=arguments,
            directory=directory,
            file=file,
            creates=creates,
            source=source,
            kind=kind,
        )
    except ValidationError:
        return None


def _main_says_so(tree: SourceTree, file: str) -> bool:
    """A module named for something else whose `if __name__ == "__main__":` block calls a
    function named for creating the schema: `python -m blog.db` running `init_db_command()`
    (the Flask tutorial's layout, tune bw34-02)."""
    parsed = tree.parse_python(file)
    for node in parsed.body if parsed else []:
        if isinstance(node, ast.If) and is_main_guard(node.test):
            for call in ast.walk(node):
                name = called_name(call.func) if isinstance(call, ast.Call) else None
                if name is not None and says_it_creates_the_schema(name):
                    return True
    return False


def creates_tables(tree: SourceTree, file: str, directory: str) -> str | None:
    """`file:line what` where the file (or a function of the project's own it imports from a
    module and calls) creates tables, else None. Parsed as data, never run."""
    parsed = tree.parse_python(file)
    if parsed is None:
        return None
    found = _creating(parsed) or _sql_file_run(tree, parsed, file)
    if found is not None:
        return f"{file}:{found[0]} {found[1]}"
    folders = list(dict.fromkeys([posixpath.dirname(file) or ".", directory, "."]))
    for target, function in _called_imports(tree, parsed, folders):
        imported = tree.parse_python(target)
        definition = next(
            (
                node
                for node in (imported.body if imported else [])
                if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
                and node.name == function
            ),
            None,
        )
        found = _creating(definition) if definition is not None else None
        if found is not None:
            return f"{target}:{found[0]} {found[1]} (in {function}, which {file} calls)"
    return None


def _creating(node: ast.AST) -> tuple[int, str] | None:
    """(line, what) of the first thing under `node` that creates tables."""
    alembic = False
    upgrade: int | None = None
    for child in ast.walk(node):
        if isinstance(child, ast.Attribute) and child.attr == "create_all":
            return child.lineno, "create_all"
        if isinstance(child, ast.Constant) and isinstance(child.value, str):
            if _CREATE_TABLE.search(child.value):
                return child.lineno, "CREATE TABLE"
            if _ALEMBIC_UPGRADE.search(child.value):
                return child.lineno, "alembic upgrade"
        if isinstance(child, ast.List | ast.Tuple):
            words = {e.value for e in child.elts if isinstance(e, ast.Constant)}
            if {"alembic", "upgrade"} <= words:
                return child.lineno, "alembic upgrade"
        if isinstance(child, ast.Import | ast.ImportFrom):
            names = [child.module or ""] if isinstance(child, ast.ImportFrom) else []
            names += [alias.name for alias in child.names]
            alembic = alembic or any(n.split(".")[0] == "alembic" for n in names)
        if isinstance(child, ast.Call) and upgrade is None and called_name(child.func) == "upgrade":
            upgrade = child.lineno
    if alembic and upgrade is not None:
        return upgrade, "alembic upgrade"
    return None


def _sql_file_run(tree: SourceTree, module: ast.Module, file: str) -> tuple[int, str] | None:
    """(line, what) where the module runs a `.sql` file of the submission that creates tables
    with `executescript` (`schema.sql`, read beside the module or from the root)."""
    calls = (n for n in ast.walk(module) if isinstance(n, ast.Call))
    if not any(called_name(n.func) == "executescript" for n in calls):
        return None
    folder = posixpath.dirname(file)
    for node in ast.walk(module):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            name = node.value
            if not name.endswith(".sql") or not plain_relative(name):
                continue
            for candidate in dict.fromkeys([join_path(folder or ".", name), name]):
                text = tree.read_text(candidate) if tree.has_file(candidate) else None
                if text is not None and _CREATE_TABLE.search(text):
                    return node.lineno, f"CREATE TABLE in {candidate}"
    return None


def _called_imports(
    tree: SourceTree, module: ast.Module, folders: list[str]
) -> list[tuple[str, str]]:
    """(file, function) of each function of the project's own the module imports and calls:
    `from pkg.db import init_db; init_db()`, `from pkg import db; db.init_db()`,
    `import pkg.db as db; db.init_db()`. One level deep, absolute imports only."""
    functions: dict[str, tuple[str, str]] = {}
    modules: dict[str, str] = {}
    for node in ast.walk(module):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            for alias in node.names:
                local = alias.asname or alias.name
                submodule = _module_file(tree, f"{node.module}.{alias.name}", folders)
                if submodule is not None:
                    modules[local] = submodule
                    continue
                parent = _module_file(tree, node.module, folders)
                if parent is not None:
                    functions[local] = (parent, alias.name)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                file = _module_file(tree, alias.name, folders)
                if file is not None and (alias.asname or "." not in alias.name):
                    modules[alias.asname or alias.name] = file
    called: list[tuple[str, str]] = []
    for node in ast.walk(module):
        if not isinstance(node, ast.Call):
            continue
        callee = node.func
        if isinstance(callee, ast.Name) and callee.id in functions:
            called.append(functions[callee.id])
        elif (
            isinstance(callee, ast.Attribute)
            and isinstance(callee.value, ast.Name)
            and callee.value.id in modules
        ):
            called.append((modules[callee.value.id], callee.attr))
    return list(dict.fromkeys(called))


def _module_file(tree: SourceTree, dotted: str, folders: list[str]) -> str | None:
    """The submission's file of a module, from the first folder on the path that has it."""
    if not _MODULE.match(dotted):
        return None
    for folder in folders:
        stem = join_path(folder, dotted.replace(".", "/"))
        for candidate in (f"{stem}.py", f"{stem}/__init__.py"):
            if tree.has_file(candidate):
                return candidate
    return None
