"""The repository's documented Python command that creates its tables (read as data: a name that
says so, a file of the submission, source that creates tables), and when it is the migration
run instead of Alembic."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from grader.discovery import discover
from grader.discovery.project_scripts import python_call
from grader.discovery.schema_scripts import (
    SchemaScript,
    documented_schema_script,
    says_it_creates_the_schema,
)
from grader.discovery.services import ServiceNeeds, discover_services
from grader.discovery.tree import SourceTree
from grader.phases.services import ServicesStarted, migration_step, schema_script_command
from tests.conftest import ROOT

CREATE_ALL = (
    "from sqlalchemy import create_engine\n"
    "from src.models import Base\n\n"
    'engine = create_engine("mysql+pymysql://root@db:3306/todo")\n\n\n'
    "def reset_database():\n"
    "    Base.metadata.drop_all(engine)\n"
    "    Base.metadata.create_all(engine)\n\n\n"
    'if __name__ == "__main__":\n'
    "    reset_database()\n"
)
RUN_SYNC = (
    "import asyncio\n\nfrom app.db import Base, engine\n\n\n"
    "async def main():\n"
    "    async with engine.begin() as connection:\n"
    "        await connection.run_sync(Base.metadata.create_all)\n\n\n"
    "asyncio.run(main())\n"
)
RAW_SQL = (
    "import os\n\nimport psycopg\n\n"
    'with psycopg.connect(os.environ["DATABASE_URL"]) as connection:\n'
    '    connection.execute("""\n'
    "        create table if not exists todos (id serial primary key, title text)\n"
    '    """)\n'
)
ALEMBIC_API = (
    "from alembic import command\nfrom alembic.config import Config\n\n"
    'command.upgrade(Config("alembic.ini"), "head")\n'
)
INI = "[alembic]\nscript_location = migrations\n"


def _write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def _script(root: Path) -> SchemaScript | None:
    return documented_schema_script(SourceTree(root))


def _needs(root: Path) -> ServiceNeeds:
    return discover_services(root, discover(root))


def test_a_readme_command_behind_compose_exec_and_poetry(tmp_path: Path) -> None:
    """momonoki1990/fastapi-todo-list-api: its tables exist only after this README line."""
    root = _write(
        tmp_path,
        {
            "README.md": "# Todo\n\n# DB Migration\n"
            "$ docker compose exec app poetry run python -m src.migrate_db\n",
            "src/__init__.py": "",
            "src/migrate_db.py": CREATE_ALL,
        },
    )
    script = _script(root)
    assert script is not None
    assert (script.module, script.file, script.directory) == (
        "src.migrate_db",
        "src/migrate_db.py",
        ".",
    )
    assert (script.source, script.kind) == ("README.md:4", "README")
    assert script.creates == "src/migrate_db.py:9 create_all"
    assert script.shown() == "python -m src.migrate_db"
    argv = schema_script_command(script, 60)
    assert argv[:2] == ["sh", "-c"]
    assert (
        argv[2] == "cp -R /src/. /app/ && cd /app && exec timeout -k 5 60 python -m src.migrate_db"
    )


def test_a_compose_command_and_a_package_run_with_dash_m(tmp_path: Path) -> None:
    root = _write(
        tmp_path,
        {
            "docker-compose.yml": "services:\n  api:\n    build: ./backend\n"
            '    command: sh -c "python -m app.db.init_db && uvicorn app.main:app"\n',
            "backend/app/db/init_db/__main__.py": RUN_SYNC,
            "backend/app/db/__init__.py": "",
        },
    )
    script = _script(root)
    assert script is not None
    assert (script.kind, script.source, script.directory) == (
        "compose",
        "docker-compose.yml:4",
        "backend",
    )
    assert script.file == "backend/app/db/init_db/__main__.py"
    assert script.creates == "backend/app/db/init_db/__main__.py:8 create_all"
    assert script.shown() == "cd backend && python -m app.db.init_db"


def test_a_makefile_recipe_runs_a_script_from_its_folder(tmp_path: Path) -> None:
    root = _write(
        tmp_path,
        {
            "Makefile": "db:\n\tcd backend && uv run python -u ./scripts/create_tables.py --if-missing\n",
            "backend/scripts/create_tables.py": RAW_SQL,
        },
    )
    script = _script(root)
    assert script is not None
    assert (script.script, script.arguments, script.directory) == (
        "scripts/create_tables.py",
        ("--if-missing",),
        "backend",
    )
    assert script.creates == "backend/scripts/create_tables.py:6 CREATE TABLE"
    assert schema_script_command(script, 30)[2].endswith(
        "cd /app/backend && exec timeout -k 5 30 python scripts/create_tables.py --if-missing"
    )


def test_a_console_script_whose_argument_names_the_schema(tmp_path: Path) -> None:
    """`python bin/console.py doctrine:schema:create` (a Symfony habit, fresh bw38-01): the
    script's name says nothing, its command does; `doctrine:schema:drop` alone would not."""
    root = _write(
        tmp_path,
        {
            "README.md": "## Database\n\n```bash\npython bin/console.py doctrine:schema:create\n```\n",
            "bin/console.py": CREATE_ALL,
        },
    )
    script = _script(root)
    assert script is not None
    assert (script.script, script.arguments) == ("bin/console.py", ("doctrine:schema:create",))
    (root / "README.md").write_text(
        "```\npython bin/console.py doctrine:schema:drop --force\n```\n"
    )
    assert _script(root) is None


def test_a_function_of_the_project_it_imports_and_calls(tmp_path: Path) -> None:
    root = _write(
        tmp_path,
        {
            "README.md": "```\ndocker-compose run --rm api pipenv run python -m app.setup_db\n```\n",
            "app/__init__.py": "",
            "app/database.py": "from sqlmodel import SQLModel\n\n\n"
            "def create_db_and_tables(engine):\n    SQLModel.metadata.create_all(engine)\n",
            "app/setup_db.py": "from app.database import create_db_and_tables\nfrom app import "
            "settings\n\ncreate_db_and_tables(settings.engine)\n",
            "app/settings.py": "engine = None\n",
        },
    )
    script = _script(root)
    assert script is not None
    assert script.creates == (
        "app/database.py:5 create_all (in create_db_and_tables, which app/setup_db.py calls)"
    )


def test_a_module_that_runs_alembic_through_its_api(tmp_path: Path) -> None:
    """alembic.ini exists, but what the docs run is a module of theirs: that module runs."""
    root = _write(
        tmp_path,
        {
            "alembic.ini": INI,
            "README.md": "Create the tables with `python -m app.migrate`.\n",
            "app/__init__.py": "",
            "app/migrate.py": ALEMBIC_API,
        },
    )
    needs = _needs(root)
    assert needs.alembic is not None and needs.alembic.command is None
    assert needs.schema_script is not None
    assert needs.schema_script.creates == "app/migrate.py:4 alembic upgrade"


def test_a_documented_alembic_command_wins_with_a_note(tmp_path: Path) -> None:
    root = _write(
        tmp_path,
        {
            "alembic.ini": INI,
            "README.md": "```\nalembic upgrade head\npython -m app.create_tables\n```\n",
            "app/__init__.py": "",
            "app/create_tables.py": RUN_SYNC,
        },
    )
    needs = _needs(root)
    assert needs.alembic is not None and needs.alembic.command is not None
    assert needs.schema_script is None
    assert (
        "README.md:3 documents `python -m app.create_tables` too; the documented "
        "`alembic upgrade head` (README.md:2) is the migration run"
    ) in needs.notes


def test_nothing_documented_changes_nothing(tmp_path: Path) -> None:
    """An app that creates its tables at start-up, with no command for it: no migration."""
    root = _write(
        tmp_path,
        {
            "README.md": "```\nuvicorn app.main:app\n```\n",
            "app/__init__.py": "",
            "app/main.py": "from fastapi import FastAPI\nfrom app.db import Base, engine\n\n"
            "Base.metadata.create_all(engine)\napp = FastAPI()\n",
            "app/db.py": "Base = engine = None\n",
            "app/create_tables.py": CREATE_ALL,  # there, but nothing says to run it
        },
    )
    needs = _needs(root)
    assert needs.schema_script is None and needs.alembic is None


@pytest.mark.parametrize(
    ("readme", "files"),
    [
        # the name does not say it creates the schema
        ("`python -m app.seed`", {"app/seed.py": CREATE_ALL}),
        ("`python initial_data.py`", {"initial_data.py": CREATE_ALL}),
        ("`python -m app.main`", {"app/main.py": CREATE_ALL}),
        # a test's or a generator's name
        ("`python -m tests.test_migrations`", {"tests/test_migrations.py": CREATE_ALL}),
        ("`python scripts/make_migrations.py`", {"scripts/make_migrations.py": ALEMBIC_API}),
        # the file is not in the submission
        ("`python -m app.create_tables`", {"app/other.py": CREATE_ALL}),
        ("`python scripts/init_db.py`", {"init_db.py": CREATE_ALL}),
        # unsafe or unplain names, paths and arguments
        ("`python ../init_db.py`", {"init_db.py": CREATE_ALL}),
        ("`python /srv/init_db.py`", {"init_db.py": CREATE_ALL}),
        ("`python -m 'app.init_db;id'`", {"app/init_db.py": CREATE_ALL}),
        ("`python -m app.init-db`", {"app/init-db.py": CREATE_ALL}),
        ("`python init_db.py $(id)`", {"init_db.py": CREATE_ALL}),
        ("`python init_db.py --url=postgresql://u:p@h/d`", {"init_db.py": CREATE_ALL}),
        ("`cd ../elsewhere && python init_db.py`", {"init_db.py": CREATE_ALL}),
        ("`python -c 'import init_db'`", {"init_db.py": CREATE_ALL}),
        # a module that does not create tables
        ("`python -m app.init_db`", {"app/init_db.py": "print('inserting the admin user')\n"}),
        ("`python -m app.migrate`", {"app/migrate.py": "from alembic import command\n"}),
        ("`python -m app.init_db`", {"app/init_db.py": "def broken(:\n"}),
    ],
)
def test_refused(tmp_path: Path, readme: str, files: dict[str, str]) -> None:
    root = _write(tmp_path, {"README.md": f"Run {readme} first.\n", **files})
    assert _script(root) is None


@pytest.mark.parametrize(
    ("name", "says"),
    [
        *[
            (n, True)
            for n in (
                "migrate",
                "migrate_db",
                "db_migrate",
                "dbmigrate",
                "migrations",
                "run_migrations",
                "create_tables",
                "create_all_tables",
                "create_db",
                "create_db_and_tables",
                "init_db",
                "initdb",
                "initialize_database",
                "setup_db",
                "set_up_db",
                "db_init",
                "database_setup",
                "init_models",
                "create-schema",
            )
        ],
        *[
            (n, False)
            for n in (
                "main",
                "db",
                "database",
                "init",
                "initial_data",
                "seed_db",
                "test_migrations",
                "make_migrations",
                "downgrade_db",
                "new_migration",
                "check_db_init",
                "immigration",
            )
        ],
    ],
)
def test_says_it_creates_the_schema(name: str, says: bool) -> None:
    assert says_it_creates_the_schema(name) is says


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("python -m app.init_db", ("app.init_db", None, ())),
        ("poetry run python3.11 -m app.init_db --seed", ("app.init_db", None, ("--seed",))),
        ("docker compose exec python python -B init_db.py", (None, "init_db.py", ())),
        ("uv run python ./scripts/init_db.py", (None, "scripts/init_db.py", ())),
        ("/usr/local/bin/python -m migrations", ("migrations", None, ())),
        ("python -c pass", None),
        ("pythonic -m app.init_db", None),
        ("alembic upgrade head", None),
    ],
)
def test_python_call(words: str, expected: object) -> None:
    assert python_call(words.split()) == expected


@pytest.mark.parametrize(
    "unsafe",
    [
        {"module": "app.init_db;id"},
        {"module": "app..init_db"},
        {"script": "../init_db.py"},
        {"script": "/init_db.py"},
        {"directory": "a b"},
        {"arguments": ("$(id)",)},
        {"arguments": ("x",) * 9},
    ],
)
def test_the_model_refuses_what_is_not_plain(unsafe: dict[str, object]) -> None:
    fields: dict[str, object] = {
        "module": "app.init_db",
        "directory": ".",
        "file": "app/init_db.py",
        "creates": "app/init_db.py:1 create_all",
        "source": "README.md:1",
        "kind": "README",
        **unsafe,
    }
    with pytest.raises(ValidationError):
        SchemaScript.model_validate(fields)


def test_the_docker_fixture_is_read_as_its_test_expects() -> None:
    """tests/fixtures/services/pg_create_tables, graded for real by the docker tier."""
    root = ROOT / "tests" / "fixtures" / "services" / "pg_create_tables"
    needs = _needs(root)
    assert needs.alembic is None
    assert needs.schema_script is not None
    assert needs.schema_script.shown() == "python -m app.create_tables"
    assert needs.schema_script.source == "README.md:7"


def test_the_migration_step_is_the_script_where_chosen_and_alembic_otherwise(
    tmp_path: Path,
) -> None:
    script_root = _write(
        tmp_path / "script",
        {
            "alembic.ini": INI,  # there, but not what the README runs
            "README.md": "`python -m app.create_tables`\n",
            "app/__init__.py": "",
            "app/create_tables.py": RUN_SYNC,
        },
    )
    step = migration_step(script_root, ServicesStarted(needs=_needs(script_root)), 60)
    assert step is not None and not step.alembic
    assert (step.shown, step.source, step.file, step.directory) == (
        "python -m app.create_tables",
        "README.md:1",
        "app/create_tables.py",
        ".",
    )
    assert step.command[2].endswith("exec timeout -k 5 60 python -m app.create_tables")
    assert step.environment == {}

    alembic_root = _write(
        tmp_path / "alembic",
        {"alembic.ini": INI, "app/__init__.py": "", "app/create_tables.py": RUN_SYNC},
    )
    step = migration_step(alembic_root, ServicesStarted(needs=_needs(alembic_root)), 60)
    assert step is not None and step.alembic
    assert (step.shown, step.source, step.file) == ("alembic upgrade head", None, "alembic.ini")
    assert step.command[2].endswith("exec timeout -k 5 60 python -m alembic upgrade head")

    nothing = _write(tmp_path / "nothing", {"app/__init__.py": ""})
    assert migration_step(nothing, ServicesStarted(needs=_needs(nothing)), 60) is None


def test_a_module_whose_main_block_creates_the_schema_from_a_sql_file(tmp_path: Path) -> None:
    """`python -m blog.db`: the module's name says nothing, its `__main__` block calls
    `init_db_command()`, which runs schema.sql with executescript (tune bw34-02)."""
    fixture = ROOT / "tests" / "fixtures" / "services" / "sqlite_schema_script"
    script = _script(fixture)
    assert script is not None
    assert (script.module, script.file, script.source) == ("blog.db", "blog/db.py", "README.md:7")
    assert script.creates.endswith("CREATE TABLE in blog/schema.sql")
    # the same module without the main block, or with a .sql file that creates nothing: refused
    root = _write(
        tmp_path,
        {
            "README.md": "```\npython -m blog.db\n```\n",
            "blog/__init__.py": "",
            "blog/db.py": (fixture / "blog" / "db.py").read_text().split("if __name__")[0],
            "blog/schema.sql": "CREATE TABLE todo (id INTEGER PRIMARY KEY);\n",
        },
    )
    assert _script(root) is None
    (root / "blog" / "db.py").write_text((fixture / "blog" / "db.py").read_text())
    assert _script(root) is not None
    (root / "blog" / "schema.sql").write_text("DELETE FROM todo;\n")
    assert _script(root) is None


MIGRATE_COMMAND = (
    '"""`poetry run blog-migrate`: creates missing tables."""\n\n'
    "import asyncio\n\nfrom blog.database import Base, engine\n\n\n"
    "async def _migrate() -> None:\n"
    "    async with engine.begin() as conn:\n"
    "        await conn.run_sync(Base.metadata.create_all)\n\n\n"
    "def migrate() -> None:\n"
    "    asyncio.run(_migrate())\n"
)


def test_a_poetry_script_is_resolved_to_its_entry_point(tmp_path: Path) -> None:
    """Tune bw61-04 (a Laravel habit: `php artisan migrate`): the README's `poetry run
    blog-migrate` names `[tool.poetry.scripts]`'s `blog.cli:migrate`, which the grader calls
    as the console script would."""
    root = _write(
        tmp_path,
        {
            "pyproject.toml": '[tool.poetry]\nname = "blog"\n\n'
            '[tool.poetry.scripts]\nblog-migrate = "blog.cli:migrate"\n',
            "README.md": "# Blog\n\n```\npoetry install\npoetry run blog-migrate\n```\n",
            "blog/__init__.py": "",
            "blog/cli.py": MIGRATE_COMMAND,
        },
    )
    script = _script(root)
    assert script is not None
    assert (script.module, script.function, script.file) == ("blog.cli", "migrate", "blog/cli.py")
    assert (script.source, script.creates) == ("README.md:5", "blog/cli.py:10 create_all")
    assert script.argv() == [
        "python",
        "-c",
        "import sys, blog.cli; sys.exit(blog.cli.migrate())",
    ]


@pytest.mark.parametrize(
    ("table", "command"),
    [
        (
            '[project]\nname = "blog"\n\n[project.scripts]\ninit-db = "blog.cli:migrate"\n',
            "uv run init-db",
        ),
        (
            '[tool.poetry.scripts]\ninit-db = { callable = "blog.cli:migrate" }\n',
            "docker compose exec api poetry run init-db",
        ),
        ('[tool.pdm.scripts]\ninit-db = { call = "blog.cli:migrate" }\n', "pdm run init-db"),
        ('[project.scripts]\ninit-db = "blog.cli:migrate"\n', "init-db"),
    ],
)
def test_entry_points_of_every_table_and_runner(tmp_path: Path, table: str, command: str) -> None:
    root = _write(
        tmp_path,
        {
            "pyproject.toml": table,
            "Makefile": f"db:\n\t{command}\n",
            "blog/__init__.py": "",
            "blog/cli.py": MIGRATE_COMMAND,
        },
    )
    script = _script(root)
    assert script is not None
    assert (script.module, script.function, script.source) == ("blog.cli", "migrate", "Makefile:2")


@pytest.mark.parametrize(
    ("file", "table", "command"),
    [
        (
            "pyproject.toml",
            '[tool.pdm.scripts]\nmigrate = "python -m blog.init_db"\n',
            "pdm run migrate",
        ),
        (
            "pyproject.toml",
            '[tool.pdm.scripts]\nmigrate = { cmd = ["python", "-m", "blog.init_db"] }\n',
            "pdm run migrate",
        ),
        ("Pipfile", '[scripts]\nmigrate = "python -m blog.init_db"\n', "pipenv run migrate"),
    ],
)
def test_a_table_s_command_is_read_as_if_written_in_place(
    tmp_path: Path, file: str, table: str, command: str
) -> None:
    root = _write(
        tmp_path,
        {
            file: table,
            "README.md": f"Create the tables:\n\n```\n{command}\n```\n",
            "blog/__init__.py": "",
            "blog/init_db.py": CREATE_ALL,
        },
    )
    script = _script(root)
    assert script is not None
    assert (script.module, script.function, script.source) == ("blog.init_db", None, "README.md:4")
    assert script.shown() == "python -m blog.init_db"


@pytest.mark.parametrize(
    ("table", "command"),
    [
        # the name, the function and the module all say nothing of the schema
        ('[project.scripts]\nblog-serve = "blog.cli:serve"\n', "uv run blog-serve"),
        # a runner that is not Python's
        ('[project.scripts]\nblog-migrate = "blog.cli:migrate"\n', "npm run blog-migrate"),
        # a table command is never run as an installed entry point by its bare name
        ('[tool.pdm.scripts]\nmigrate = "python -m blog.init_db"\n', "migrate"),
        # not a plain module:function
        (
            '[project.scripts]\nblog-migrate = "blog.cli:migrate; import os"\n',
            "uv run blog-migrate",
        ),
    ],
)
def test_project_scripts_that_are_not_taken(tmp_path: Path, table: str, command: str) -> None:
    serve = MIGRATE_COMMAND.replace("def migrate", "def serve")
    root = _write(
        tmp_path,
        {
            "pyproject.toml": table,
            "README.md": f"Then:\n\n```\n{command}\n```\n",
            "blog/__init__.py": "",
            "blog/cli.py": serve if "serve" in table else MIGRATE_COMMAND,
            "blog/init_db.py": CREATE_ALL,
        },
    )
    assert _script(root) is None


def test_an_entry_point_s_function_must_be_an_identifier() -> None:
    with pytest.raises(ValidationError):
        SchemaScript(
            module="blog.cli",
            function="migrate();import os",
            directory=".",
            file="blog/cli.py",
            creates="blog/cli.py:10 create_all",
            source="README.md:5",
            kind="README",
        )


def test_the_project_script_fixture_is_read_as_its_docker_test_expects() -> None:
    """tests/fixtures/services/pg_project_script, graded for real by the docker tier."""
    root = ROOT / "tests" / "fixtures" / "services" / "pg_project_script"
    script = _script(root)
    assert script is not None
    assert (script.module, script.function, script.source) == ("app.cli", "migrate", "README.md:7")


def test_a_script_is_the_one_of_the_folder_it_runs_from(tmp_path: Path) -> None:
    """`cd backend && poetry run migrate`: backend's table says what `migrate` is, not the
    root's (which names another module), and it runs from backend."""
    root = _write(
        tmp_path,
        {
            "pyproject.toml": '[tool.poetry.scripts]\nmigrate = "tools.migrate:main"\n',
            "backend/pyproject.toml": '[tool.poetry.scripts]\nmigrate = "blog.cli:migrate"\n',
            "README.md": "```\ncd backend && poetry run migrate\n```\n",
            "backend/blog/__init__.py": "",
            "backend/blog/cli.py": MIGRATE_COMMAND,
        },
    )
    script = _script(root)
    assert script is not None
    assert (script.module, script.function, script.directory) == ("blog.cli", "migrate", "backend")
    assert script.file == "backend/blog/cli.py"
