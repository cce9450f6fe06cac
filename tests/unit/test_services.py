"""Servers beside the app, without Docker: what the files say is needed (read as data), the plan
(names, databases, accounts, the variables the app gets), quoting, and which tracebacks are a
server's connection failure."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from grader.discovery import discover
from grader.discovery.services import (
    discover_services,
    service_kind_of_image,
    service_kind_of_url,
)
from grader.events import ignore_events
from grader.grading import Grading, PhaseSkipped
from grader.intake import intake
from grader.phases.context import RunContext
from grader.phases.services import (
    FILLED_PASSWORD,
    alembic_ini_pointed,
    migration_script,
    plan_services,
    service_failure,
    start_services,
)
from grader.phases.start import candidate_environment
from grader.pipeline import new_context
from grader.sandbox.services import (
    dns_forwarding_problem,
    mariadb_init_sql,
    mariadb_reset_sql,
    postgres_init_sql,
    postgres_reset_sql,
    redis_command,
)
from grader.settings import GradeSettings, ServiceSettings
from grader.version import VERSION

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "services"


def _write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def _plan(root: Path, settings: ServiceSettings | None = None) -> Any:
    facts = discover(root)
    environment, _ = candidate_environment(facts)
    needs = discover_services(root, facts)
    return needs, plan_services(needs, environment, settings or ServiceSettings()), environment


# -- discovery ---------------------------------------------------------------------------------


def test_compose_postgres_named_db_with_alembic_and_asyncpg() -> None:
    root = FIXTURES / "pg_alembic"
    needs = discover_services(root, discover(root))
    assert [s.kind for s in needs.services] == ["postgres"]
    postgres = needs.services[0]
    assert postgres.hostnames == ["db"]
    assert [(a.user, a.password) for a in postgres.accounts] == [("todo", "todo-pass")]
    assert postgres.databases == ["todos"]
    strengths = {e.strength: e.what for e in postgres.evidence}
    assert strengths["compose"] == "compose service db (image postgres:15)"
    assert strengths["dependency"] == "asyncpg"
    assert needs.alembic is not None
    assert (needs.alembic.file, needs.alembic.directory) == ("alembic.ini", ".")
    assert needs.alembic.script_location == "alembic"
    assert needs.alembic.url is None  # the template's placeholder is no URL


def test_settings_default_url_is_pointed_at_the_server(tmp_path: Path) -> None:
    """No compose file: a settings class's DATABASE_URL default (localhost), asyncpg in the
    requirements, and an alembic.ini with a real URL."""
    root = _write(
        tmp_path,
        {
            "requirements.txt": "fastapi\nasyncpg==0.30.0\nalembic\n",
            "app/config.py": (
                "from pydantic_settings import BaseSettings\n\n"
                "class Settings(BaseSettings):\n"
                '    DATABASE_URL: str = "postgresql+asyncpg://app:s3cret@localhost:5432/appdb"\n'
                "    debug: bool = False\n"
            ),
            "app/main.py": "from fastapi import FastAPI\napp = FastAPI()\n",
            "alembic.ini": (
                "[alembic]\nscript_location = migrations\n"
                "sqlalchemy.url = postgresql://app:s3cret@localhost/appdb\n"
            ),
        },
    )
    needs, plan, _ = _plan(root)
    setting = next(s for s in needs.urls if s.name == "DATABASE_URL")
    assert (setting.kind, setting.default, setting.source) == ("postgres", True, "app/config.py:4")
    assert needs.alembic is not None and needs.alembic.url_line == 3
    (spec,) = plan.specs
    assert spec.kind == "postgres" and spec.image == "grader-postgres:15"
    assert spec.aliases == ("postgres", "db")
    assert spec.accounts == (("app", "s3cret"),)
    assert spec.databases == ("appdb", "appdb_test", "test_appdb")  # the app's, its tests'
    assert plan.environment == {
        "DATABASE_URL": "postgresql+asyncpg://app:s3cret@postgres:5432/appdb"
    }
    assert plan.alembic_url == "postgresql://app:s3cret@postgres:5432/appdb"
    ini = alembic_ini_pointed(root, needs, plan.alembic_url)
    assert ini is not None
    assert "sqlalchemy.url = postgresql://app:s3cret@postgres:5432/appdb" in ini
    assert "script_location = migrations" in ini


def test_compose_services_named_otherwise_keep_their_names() -> None:
    """`database` and `cache` resolve to the servers; the app's POSTGRES_* parts stay, with the
    fresh password the grader gives the app."""
    _, plan, environment = _plan(FIXTURES / "compose_renamed")
    kinds = {spec.kind: spec for spec in plan.specs}
    assert set(kinds) == {"postgres", "redis"}
    assert kinds["postgres"].aliases[0] == "database"
    assert kinds["redis"].aliases[0] == "cache"
    assert "db" in kinds["postgres"].aliases and "redis" in kinds["redis"].aliases
    password = environment["POSTGRES_PASSWORD"]
    assert password != "blog-pass"  # a fresh secret, and the server gets that one
    assert kinds["postgres"].accounts == (("blog", password),)
    assert kinds["postgres"].databases == ("blog", "blog_test", "test_blog")
    assert "POSTGRES_SERVER" not in plan.environment  # `database` already resolves
    assert "REDIS_HOST" not in plan.environment
    assert plan.environment["POSTGRES_PORT"] == "5432"
    assert service_kind_of_image("postgres:16-alpine") == "postgres"
    assert service_kind_of_image("docker.io/library/redis:7-alpine") == "redis"


def test_mariadb_from_compose_environment_and_interpolation() -> None:
    _, plan, _ = _plan(FIXTURES / "mariadb_pymysql")
    (spec,) = plan.specs
    assert spec.kind == "mysql" and spec.image == "grader-mariadb:10.11"
    assert spec.aliases[0] == "mysql"
    assert spec.accounts == (("shop", "shop-pass"), ("root", "root-pass"))
    assert spec.databases == ("shop", "shop_test", "test_shop")
    assert plan.environment["DATABASE_URL"] == "mysql+pymysql://shop:shop-pass@mysql:3306/shop"


def test_redis_url_password_becomes_the_servers(tmp_path: Path) -> None:
    _, plan, _ = _plan(FIXTURES / "redis_cache")
    (spec,) = plan.specs
    assert spec.accounts == (("default", "cache-secret"),)
    assert plan.environment == {"REDIS_URL": "redis://:cache-secret@redis:6379/0"}
    command = redis_command(spec.accounts, spec.port)
    assert command[command.index("--user") : command.index("--user") + 4] == [
        "--user",
        "default",
        "on",
        ">cache-secret",
    ]


def test_mongo_cannot_be_had_and_says_which_setting(tmp_path: Path) -> None:
    root = _write(
        tmp_path,
        {
            "docker-compose.yml": (
                "services:\n  api:\n    build: .\n  mongo:\n    image: mongo:7\n"
                "    environment:\n      MONGO_INITDB_ROOT_USERNAME: root\n"
            ),
            "requirements.txt": "fastapi\nmotor\n",
            ".env.example": "MONGO_URL=mongodb://root:pw@localhost:27017/app\n",
            "main.py": "from fastapi import FastAPI\napp = FastAPI()\n",
        },
    )
    needs, plan, _ = _plan(root)
    assert plan.specs == ()
    (missing,) = plan.unavailable
    assert missing.kind == "mongo" and missing.required
    assert "MongoDB" in missing.reason and 'services.images["mongo"]' in missing.reason
    assert missing.file == "docker-compose.yml"
    # With an image configured, MongoDB is started like any server, with its compose environment.
    images = {**ServiceSettings().images, "mongo": "mongo:7"}
    _, plan, _ = _plan(root, ServiceSettings(images=images))
    (spec,) = plan.specs
    assert (spec.kind, spec.image, spec.port) == ("mongo", "mongo:7", 27017)
    assert spec.environment == {"MONGO_INITDB_ROOT_USERNAME": "root"}
    assert "mongo" in spec.aliases
    assert plan.environment["MONGO_URL"] == "mongodb://root:pw@mongo:27017/app"
    assert needs.need("mongo") is not None


def test_start_is_skipped_with_the_reason_when_a_named_server_cannot_be_had(
    tmp_path: Path,
) -> None:
    root = _write(
        tmp_path / "src",
        {
            ".env.example": "ELASTICSEARCH_URL=http://localhost:9200\n",
            "main.py": "from fastapi import FastAPI\napp = FastAPI()\n",
        },
    )
    ctx = _context(root, tmp_path / "ws", GradeSettings())
    with pytest.raises(PhaseSkipped, match=r"Elasticsearch.*services\.images\[\"elasticsearch\"\]"):
        start_services(ctx)
    (finding,) = ctx.grading.findings
    assert finding.rule == "SERVICE-UNAVAILABLE" and finding.flag is None
    assert finding.file == ".env.example"


def test_services_off_starts_nothing(tmp_path: Path) -> None:
    settings = GradeSettings(services=ServiceSettings(enabled=False))
    ctx = _context(FIXTURES / "pg_alembic", tmp_path / "ws", settings)
    started = start_services(ctx)  # the engine (None here) is never touched
    assert started.network is None and started.environment == {}
    assert ctx.grading.metrics["services"] == "off"


def test_driver_only_with_sqlite_settings_starts_nothing(tmp_path: Path) -> None:
    root = _write(
        tmp_path,
        {
            "requirements.txt": "fastapi\npsycopg2-binary\n",
            ".env.example": "DATABASE_URL=sqlite:///./app.db\n",
            "main.py": "from fastapi import FastAPI\napp = FastAPI()\n",
        },
    )
    _, plan, _ = _plan(root)
    assert plan.specs == ()
    assert any("SQLite" in note for note in plan.notes)


def test_hardcoded_host_becomes_an_alias_and_localhost_is_relayed(tmp_path: Path) -> None:
    root = _write(
        tmp_path,
        {
            "db.py": (
                '"""Uses postgresql://doc:doc@example/docs (a docstring, not a URL)."""\n'
                "from sqlalchemy import create_engine\n"
                'engine = create_engine("postgresql://notes:pw@pgserver/notes")\n'
                'other = create_engine("redis://localhost:6379/0")\n'
            ),
            "main.py": "from fastapi import FastAPI\napp = FastAPI()\n",
        },
    )
    needs, plan, _ = _plan(root)
    assert [(h.kind, h.host, h.line) for h in needs.hardcoded] == [
        ("postgres", "pgserver", 3),
        ("redis", "localhost", 4),
    ]
    postgres = next(s for s in plan.specs if s.kind == "postgres")
    assert postgres.aliases[0] == "pgserver"
    assert postgres.accounts == (("notes", "pw"),)
    assert postgres.databases == ("notes", "notes_test", "test_notes")
    # The loopback relay answers for localhost:6379 (test_loopback_relay.py): nothing to note.
    assert not any("connects to localhost" in note for note in plan.notes)


@pytest.mark.parametrize(
    ("requirements", "scheme"),
    [
        ("fastapi\nsqlalchemy[asyncio]\nasyncpg\nredis\n", "postgresql+asyncpg"),
        ("fastapi\nsqlmodel\npsycopg[binary]\nredis\n", "postgresql+psycopg"),
        # asyncpg or psycopg called directly refuse a driver in the scheme (fresh bw64-05)
        ("fastapi\nasyncpg\nredis\n", "postgresql"),
        ("fastapi\npsycopg[binary,pool]\nredis\n", "postgresql"),
    ],
)
def test_required_url_without_example_is_written_for_the_app(
    tmp_path: Path, requirements: str, scheme: str
) -> None:
    root = _write(
        tmp_path,
        {
            "requirements.txt": requirements,
            "config.py": (
                "import os\n"
                'DATABASE_URL = os.environ["DATABASE_URL"]\n'
                'BROKER = os.getenv("CELERY_BROKER_URL")\n'
                'SENTRY = os.getenv("SENTRY_DSN")\n'
            ),
            "main.py": "from fastapi import FastAPI\napp = FastAPI()\n",
        },
    )
    _, plan, _ = _plan(root)
    assert plan.environment["DATABASE_URL"] == f"{scheme}://postgres@postgres:5432/postgres"
    assert plan.environment["CELERY_BROKER_URL"] == "redis://redis:6379/0"
    assert "SENTRY_DSN" not in plan.environment


def test_a_password_part_nothing_gives_is_filled_and_set_on_the_server(tmp_path: Path) -> None:
    """`POSTGRES_PASSWORD: str = os.getenv("POSTGRES_PASSWORD")` in a settings class, .env
    gitignored: None would fail the class; the account gets a password the app is given."""
    root = _write(
        tmp_path,
        {
            "requirements.txt": "fastapi\nasyncpg\npydantic-settings\n",
            "config.py": (
                "import os\n"
                'USER = os.getenv("POSTGRES_USER")\n'
                'PASSWORD = os.getenv("POSTGRES_PASSWORD")\n'
                'HOST = os.getenv("POSTGRES_HOST")\n'
                'URL = f"postgresql+asyncpg://{USER}:{PASSWORD}@{HOST}/todos"\n'
            ),
            "main.py": "from fastapi import FastAPI\nimport config\napp = FastAPI()\n",
        },
    )
    _, plan, _ = _plan(root)
    (spec,) = plan.specs
    assert plan.environment["POSTGRES_PASSWORD"] == FILLED_PASSWORD
    assert (plan.environment["POSTGRES_USER"], FILLED_PASSWORD) in spec.accounts
    assert plan.environment["POSTGRES_HOST"] in spec.aliases
    # in a pydantic-settings 2 class the field is required: the environment plan gives it a
    # value (settings_classes.py), and the server's account takes that one
    (root / "config.py").write_text(
        "import os\nfrom pydantic_settings import BaseSettings\n"
        "class DBSettings(BaseSettings):\n"
        '    POSTGRES_USER: str = os.getenv("POSTGRES_USER")\n'
        '    POSTGRES_PASSWORD: str = os.getenv("POSTGRES_PASSWORD")\n'
        '    POSTGRES_HOST: str = os.getenv("POSTGRES_HOST")\n'
    )
    _, plan, environment = _plan(root)
    (spec,) = plan.specs
    assert (environment["POSTGRES_USER"], environment["POSTGRES_PASSWORD"]) in spec.accounts


def test_fill_ins_of_an_example_are_blanks_the_server_fills(tmp_path: Path) -> None:
    """`DB_USER=<your-database-user>` in a README's or an example's env block is for the
    reader to fill: not a user to create (it is no plain name), but a blank the grader fills
    with the server's own user and database."""
    root = _write(
        tmp_path,
        {
            "requirements.txt": "fastapi\npsycopg2-binary\n",
            ".env.example": "DB_HOST=localhost\nDB_USER=<your-database-user>\n"
            'DB_NAME="<your-database-name>"\n',
            "config.py": "import os\n"
            'URL = f"postgresql://{os.getenv(\'DB_USER\')}@{os.getenv(\'DB_HOST\')}/'
            '{os.getenv(\'DB_NAME\')}"\n',
            "main.py": "from fastapi import FastAPI\nimport config\napp = FastAPI()\n",
        },
    )
    _, plan, environment = _plan(root)
    (spec,) = plan.specs
    assert "DB_USER" not in environment and "DB_NAME" not in environment
    user, database = plan.environment["DB_USER"], plan.environment["DB_NAME"]
    assert user in dict(spec.accounts) and database in spec.databases
    assert not plan.notes  # nothing left out as "not plain text"


def test_kinds_of_urls() -> None:
    assert service_kind_of_url("postgresql+psycopg://u@h/d") == "postgres"
    assert service_kind_of_url("mysql+aiomysql://u@h/d") == "mysql"
    assert service_kind_of_url("rediss://h:6380") == "redis"
    assert service_kind_of_url("mongodb+srv://cluster/x") == "mongo"
    assert service_kind_of_url("sqlite+aiosqlite:///x.db") is None
    assert service_kind_of_url("https://example.org") is None


# -- the servers' setup, quoted as data ----------------------------------------------------------


def test_init_sql_quotes_names_and_passwords() -> None:
    sql = postgres_init_sql((("postgres", "a'b"), ("app", "x\\y'z")), ("app db", "postgres"))
    assert "ALTER ROLE \"postgres\" WITH PASSWORD 'a''b';" in sql
    assert "CREATE ROLE \"app\" WITH LOGIN SUPERUSER PASSWORD 'x\\y''z';" in sql
    assert 'CREATE DATABASE "app db" OWNER "app";' in sql
    assert 'DATABASE "postgres"' not in sql
    sql = mariadb_init_sql((("shop", "p'w\\"),), ("sh`op",))
    assert "ALTER USER 'shop'@'%' IDENTIFIED BY 'p\\'w\\\\';" in sql
    assert "DROP USER" not in sql  # only root has the install's loopback entries
    root = mariadb_init_sql((("root", "123456"),), ())
    assert root.splitlines()[0] == "DROP USER IF EXISTS 'root'@'127.0.0.1', 'root'@'::1';"
    assert "CREATE DATABASE IF NOT EXISTS `sh``op`;" in sql


def test_reset_sql_drops_and_makes_again_every_database_with_its_owner() -> None:
    """The suite gets the servers as they were created: postgres (where a URL with no database
    lands) too, never the templates; names quoted as data."""
    sql = postgres_reset_sql((("postgres", None), ("app", "pw")), ("app db", "template1"))
    assert sql.splitlines() == [
        'DROP DATABASE IF EXISTS "postgres" WITH (FORCE);',
        'CREATE DATABASE "postgres" OWNER "app";',
        'DROP DATABASE IF EXISTS "app db" WITH (FORCE);',
        'CREATE DATABASE "app db" OWNER "app";',
    ]
    assert mariadb_reset_sql(("sh`op",)).splitlines() == [
        "DROP DATABASE IF EXISTS `sh``op`;",
        "CREATE DATABASE `sh``op`;",
    ]


def test_migration_script_is_bounded_and_refuses_odd_folders() -> None:
    argv = migration_script("backend", 90, rewrite_ini=True)
    assert argv[:2] == ["sh", "-c"]
    assert "cd /app/backend" in argv[2]
    assert "timeout -k 5 90 python -m alembic upgrade head" in argv[2]
    assert '"$GRADER_ALEMBIC_INI" > alembic.ini' in argv[2]
    with pytest.raises(ValueError):
        migration_script("../etc", 90, rewrite_ini=False)
    with pytest.raises(ValueError):
        migration_script("a;rm -rf /", 90, rewrite_ini=False)


# -- which 500s are a server's failure -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "what"),
    [
        (
            "ConnectionRefusedError: [Errno 111] Connect call failed ('172.18.0.2', 5432)",
            "PostgreSQL",
        ),
        (
            "OSError: Multiple exceptions: [Errno 111] Connect call failed ('10.0.0.3', 6379)",
            "Redis",
        ),
        (
            "sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "
            '"db" (172.18.0.2), port 5432 failed: Connection refused',
            "PostgreSQL",
        ),
        (
            "asyncpg.exceptions.CannotConnectNowError: the database system is starting up",
            "PostgreSQL",
        ),
        (
            "pymysql.err.OperationalError: (2003, \"Can't connect to MySQL server on 'mysql' "
            '([Errno 111] Connection refused)")',
            "MySQL/MariaDB",
        ),
        (
            "sqlalchemy.exc.OperationalError: (pymysql.err.OperationalError) (2013, 'Lost "
            "connection to MySQL server during query')",
            "MySQL/MariaDB",
        ),
        (
            "redis.exceptions.ConnectionError: Error 111 connecting to redis:6379. "
            "Connection refused.",
            "Redis",
        ),
        ("pymongo.errors.ServerSelectionTimeoutError: mongo:27017: timed out", "MongoDB"),
    ],
)
def test_service_failure_names_the_server(text: str, what: str) -> None:
    tb = f'Traceback (most recent call last):\n  File "/app/main.py", line 9, in x\n{text}\n'
    found = service_failure(tb)
    assert found is not None and found.startswith(what), found


@pytest.mark.parametrize(
    "text",
    [
        "sqlalchemy.exc.IntegrityError: (psycopg2.errors.UniqueViolation) duplicate key value",
        'asyncpg.exceptions.UndefinedTableError: relation "todos" does not exist',
        "KeyError: 'title'",
        "sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) FATAL:  sorry, too many "
        "clients already",
        "sqlalchemy.exc.TimeoutError: QueuePool limit of size 5 overflow 10 reached",
        "pymysql.err.ProgrammingError: (1146, \"Table 'shop.notes' doesn't exist\")",
        "",
    ],
)
def test_service_failure_is_none_for_the_apps_own_errors(text: str) -> None:
    assert service_failure(text) is None


# -- helpers -----------------------------------------------------------------------------------


def _context(source: Path, workspace: Path, settings: GradeSettings) -> RunContext:
    workspace.mkdir(parents=True)
    submission = intake(source, workspace)
    grading = Grading(ignore_events, VERSION)
    return new_context(grading, settings, submission, discover(submission.root), None, "unit")


class _Engine:
    def __init__(self, version: str) -> None:
        self._version = version

    def version(self) -> dict[str, str]:
        return {"Version": self._version}


def test_dns_forwarding_through_a_loopback_resolver_is_a_problem_on_old_engines(
    tmp_path: Path,
) -> None:
    loopback = tmp_path / "loopback.conf"
    loopback.write_text("# generated\nnameserver 127.0.0.1\n")
    upstream = tmp_path / "upstream.conf"
    upstream.write_text("nameserver 10.255.255.53\n")
    daemon = tmp_path / "daemon.json"
    problem = dns_forwarding_problem(_Engine("20.10.24+dfsg1"), loopback, daemon)
    assert problem is not None and "127.0.0.1" in problem and "47538" in problem
    assert dns_forwarding_problem(_Engine("20.10.24+dfsg1"), upstream, daemon) is None
    assert dns_forwarding_problem(_Engine("27.3.1"), loopback, daemon) is None
    daemon.write_text('{"dns": ["10.0.0.2"]}')  # the engine's own servers win over resolv.conf
    assert dns_forwarding_problem(_Engine("20.10.24+dfsg1"), loopback, daemon) is None


def test_the_code_s_own_driver_decides_the_scheme_over_what_else_is_declared(
    tmp_path: Path,
) -> None:
    """asyncpg called directly, SQLAlchemy declared too (for Alembic, or pulled in beside):
    the URL the grader writes is the plain one asyncpg accepts."""
    root = _write(
        tmp_path,
        {
            "requirements.txt": "fastapi\nasyncpg\nsqlalchemy\nalembic\n",
            "db.py": "import os\n\nimport asyncpg\n\nURL = os.environ['DATABASE_URL']\n",
            "main.py": "from fastapi import FastAPI\n\nimport db\n\napp = FastAPI()\n",
        },
    )
    _, plan, _ = _plan(root)
    assert plan.environment["DATABASE_URL"] == "postgresql://postgres@postgres:5432/postgres"
