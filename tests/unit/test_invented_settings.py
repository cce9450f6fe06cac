"""Settings a repository requires but documents nowhere: found in the code as data, given values
decided by their declared type and name, and reported by name only (never a secret's value)."""

from __future__ import annotations

from pathlib import Path

import pytest

from grader.discovery import discover
from grader.discovery.facts import RequiredSetting
from grader.discovery.invented import invent, invent_one
from grader.discovery.services import discover_services
from grader.phases.services import plan_services
from grader.phases.start import (
    candidate_environment,
    environment_metrics,
    invented_finding,
    secret_values,
)
from grader.settings import ServiceSettings

CONFIG = """\
from pydantic_settings import BaseSettings, SettingsConfigDict
from typing import Literal


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env")

    POSTGRES_USER: str
    POSTGRES_PASSWORD: str
    POSTGRES_DB: str
    POSTGRES_HOST: str
    POSTGRES_PORT: int
    SECRET_KEY: str
    ALGORITHM: str
    ACCESS_TOKEN_EXPIRE_MINUTES: int
    REFRESH_TOKEN_EXPIRE_DAYS: int
    DEBUG: bool
    CORS_ORIGINS: list[str]
    MODE: Literal["dev", "prod"]
    PROJECT_NAME: str = "Todos"


settings = Settings()
"""


def _write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def _project(tmp_path: Path, **extra: str) -> Path:
    return _write(
        tmp_path,
        {
            "app/__init__.py": "",
            "app/config.py": CONFIG,
            "app/main.py": "from fastapi import FastAPI\nfrom app.config import settings\n"
            "app = FastAPI()\n",
            "requirements.txt": "fastapi\nuvicorn\npydantic-settings\nasyncpg\n",
            **extra,
        },
    )


def test_required_fields_are_read_with_their_types_and_defaults_skipped(tmp_path: Path) -> None:
    facts = discover(_project(tmp_path))
    found = {s.name: s for s in facts.required_env}
    assert "PROJECT_NAME" not in found  # it has a default
    assert found["POSTGRES_PORT"].type == "int"
    assert found["CORS_ORIGINS"].type == "list[str]"
    assert found["MODE"].choices == ["dev"]
    assert found["SECRET_KEY"].source == "app/config.py:13"
    assert found["SECRET_KEY"].owner == "Settings"


def test_values_are_decided_by_type_and_name(tmp_path: Path) -> None:
    facts = discover(_project(tmp_path))
    environment, _ = candidate_environment(facts)
    assert environment["ALGORITHM"] == "HS256"
    assert environment["ACCESS_TOKEN_EXPIRE_MINUTES"] == "30"
    assert environment["REFRESH_TOKEN_EXPIRE_DAYS"] == "7"
    assert environment["DEBUG"] == "false"
    assert environment["CORS_ORIGINS"] == "[]"
    assert environment["MODE"] == "dev"
    assert environment["POSTGRES_USER"] == environment["POSTGRES_DB"] == "grader"
    assert len(environment["SECRET_KEY"]) == 64
    assert environment["SECRET_KEY"] != candidate_environment(facts)[0]["SECRET_KEY"]
    assert len(environment["POSTGRES_PASSWORD"]) == 64
    assert "PROJECT_NAME" not in environment


def test_the_report_names_what_was_invented_and_never_a_secret(tmp_path: Path) -> None:
    facts = discover(_project(tmp_path))
    environment, _ = candidate_environment(facts)
    metrics = environment_metrics(facts)
    assert metrics["env_invented"] == (
        "ACCESS_TOKEN_EXPIRE_MINUTES,ALGORITHM,CORS_ORIGINS,DEBUG,MODE,POSTGRES_DB,POSTGRES_HOST,"
        "POSTGRES_PASSWORD,POSTGRES_PORT,POSTGRES_USER,REFRESH_TOKEN_EXPIRE_DAYS,SECRET_KEY"
    )
    [finding] = invented_finding(facts)
    assert finding.rule == "START-ENV-INVENTED" and finding.severity.value == "info"
    assert (finding.file, finding.line) == ("app/config.py", 8)
    assert "documents no usable value" in finding.detail
    assert "ALGORITHM: HS256" in finding.detail
    assert "SECRET_KEY: a fresh random secret" in finding.detail
    hidden = secret_values(facts, environment)
    assert environment["SECRET_KEY"] in hidden and environment["POSTGRES_PASSWORD"] in hidden
    assert not any(value in finding.detail for value in hidden)


def test_server_parts_become_the_started_servers_values(tmp_path: Path) -> None:
    root = _project(tmp_path)
    facts = discover(root)
    environment, _ = candidate_environment(facts)
    plan = plan_services(discover_services(root, facts), environment, ServiceSettings())
    [postgres] = plan.specs
    assert postgres.kind == "postgres"
    assert ("grader", environment["POSTGRES_PASSWORD"]) in postgres.accounts
    assert "grader" in postgres.databases
    assert plan.environment["POSTGRES_HOST"] in postgres.aliases
    assert plan.environment["POSTGRES_PORT"] == "5432"


def test_documented_values_win_and_placeholders_of_typed_settings_do_not(tmp_path: Path) -> None:
    root = _project(
        tmp_path,
        **{
            ".env.example": "ALGORITHM=super-secret-algorithm\nSECRET_KEY=change-me\n"
            "ACCESS_TOKEN_EXPIRE_MINUTES=15\nDEBUG=\n",
            "app/.env": "MODE=prod\n",  # committed beside the code: the app reads it itself
        },
    )
    facts = discover(root)
    environment, _ = candidate_environment(facts)
    assert environment["ACCESS_TOKEN_EXPIRE_MINUTES"] == "15"  # documented
    assert environment["ALGORITHM"] == "HS256"  # a placeholder where the name says no secret
    assert environment["DEBUG"] == "false"  # an empty example documents no value
    assert environment["SECRET_KEY"] != "change-me"  # a secret: replaced as before
    metrics = environment_metrics(facts)
    assert "SECRET_KEY" in str(metrics["env_replaced"])
    assert "SECRET_KEY" not in str(metrics["env_invented"])
    assert "MODE" not in environment  # the committed .env sets it


def test_a_database_url_is_left_to_the_services_plan(tmp_path: Path) -> None:
    root = _write(
        tmp_path,
        {
            "main.py": "import os\nfrom fastapi import FastAPI\n"
            "URL = os.environ['DATABASE_URL']\nKEY = int(os.environ['PAGE_SIZE'])\n"
            "app = FastAPI()\n",
        },
    )
    facts = discover(root)
    assert [(s.name, s.type, s.owner) for s in facts.required_env] == [
        ("DATABASE_URL", "str", "os.environ"),
        ("PAGE_SIZE", "int", "os.environ"),
    ]
    environment, _ = candidate_environment(facts)
    assert "DATABASE_URL" not in environment  # no server here: the app's error names it
    assert environment["PAGE_SIZE"] == "10"


def test_pydantic1_optional_fields_are_not_required_and_custom_parse_lists_are_plain(
    tmp_path: Path,
) -> None:
    root = _write(
        tmp_path,
        {
            "config.py": "from typing import Optional\n"
            "from pydantic import AnyHttpUrl, BaseSettings, SecretStr\n"
            "class Settings(BaseSettings):\n"
            "    JWT_SECRET: SecretStr\n"
            "    CORS_ORIGINS: list[AnyHttpUrl]\n"
            "    FRONT_END_URL: AnyHttpUrl\n"
            "    SMTP_HOST: Optional[str]\n"
            "    class Config:\n"
            "        case_sensitive = True\n"
            "        @classmethod\n"
            "        def parse_env_var(cls, name, raw):\n"
            "            return raw.split(';')\n",
        },
    )
    facts = discover(root)
    environment, _ = candidate_environment(facts)
    assert "SMTP_HOST" not in environment
    assert environment["CORS_ORIGINS"] == "http://localhost:8000"
    assert environment["FRONT_END_URL"] == "http://localhost:8000"
    assert len(environment["JWT_SECRET"]) == 64


def test_subclasses_prefixes_and_aliases(tmp_path: Path) -> None:
    root = _write(
        tmp_path,
        {
            "base.py": "from pydantic_settings import BaseSettings\n"
            "class Common(BaseSettings):\n    pass\n",
            "config.py": "from pydantic import Field\nfrom pydantic_settings import "
            "SettingsConfigDict\nfrom base import Common\n"
            "class Auth(Common):\n"
            "    model_config = SettingsConfigDict(env_prefix='auth_')\n"
            "    secret: str\n"
            "    ttl: int = Field(..., alias='TOKEN_TTL_SECONDS')\n"
            "    rounds: int = Field(12)\n",
        },
    )
    names = {s.name: s.type for s in discover(root).required_env}
    assert names == {"AUTH_SECRET": "str", "TOKEN_TTL_SECONDS": "int"}


@pytest.mark.parametrize(
    ("name", "kind", "value"),
    [
        ("JWT_ALGORITHM", "str", "HS256"),
        ("JWT_DEFAULT_TIME_EXPIRE", "str", "30"),  # a duration kept in a str
        ("ACCESS_TOKEN_EXPIRATION_TIME", "int", "30"),  # a number is never a secret
        ("TOKEN_TTL", "float", "3600.0"),
        ("API_KEY", "str", None),
        ("DB_PASSWORD", "str", None),
        ("REDIS_PORT", "int", "6379"),
        ("ADMIN_EMAIL", "str", "grader@example.com"),
        ("UPLOAD_DIR", "str", "/tmp"),
        ("ALLOWED", "dict[str, str]", "{}"),
        ("APP_NAME", "str", "grader"),
    ],
)
def test_one_value_per_type_and_name(name: str, kind: str, value: str | None) -> None:
    found = invent_one(RequiredSetting(name=name, type=kind, source="x.py:1", owner="S"))
    assert found is not None and found.value == value


def test_nothing_is_invented_for_types_it_cannot_read_or_server_urls() -> None:
    required = [
        RequiredSetting(name="DB", type="DatabaseConfig", source="x.py:1", owner="S"),
        # a nested model under a secret's name: read as JSON, a random string would fail it
        RequiredSetting(name="access_token", type="AccessToken", source="x.py:4", owner="S"),
        RequiredSetting(name="REDIS_URL", type="RedisDsn", source="x.py:2", owner="S"),
        RequiredSetting(name="CELERY_BROKER_URL", type="str", source="x.py:3", owner="S"),
    ]
    assert invent(required, {}) == []
    assert invent([RequiredSetting(name="X", source="x.py:1", owner="S")], {"X": "1"}) == []


def test_a_database_url_nobody_documents_is_sqlite_when_that_is_the_only_driver(
    tmp_path: Path,
) -> None:
    """`DATABASE_URL: str` required, no .env committed, aiosqlite the only driver: a reviewer
    would point it at a SQLite file; with asyncpg declared the services plan writes it."""
    files = {
        "config.py": "from pydantic_settings import BaseSettings\n"
        "class Settings(BaseSettings):\n    DATABASE_URL: str\n    REDIS_URL: str\n"
        "settings = Settings()\n",
        "main.py": "from fastapi import FastAPI\nimport config\napp = FastAPI()\n",
    }
    sqlite = _write(tmp_path / "sqlite", {**files, "requirements.txt": "fastapi\naiosqlite\n"})
    environment, _ = candidate_environment(discover(sqlite))
    assert environment.get("DATABASE_URL") == "sqlite+aiosqlite:////tmp/grader.db"
    assert "REDIS_URL" not in environment  # a server's URL: the services plan's
    server = _write(tmp_path / "pg", {**files, "requirements.txt": "aiosqlite\nasyncpg\n"})
    environment, _ = candidate_environment(discover(server))
    assert "DATABASE_URL" not in environment


def test_blank_example_values_are_left_unset(tmp_path: Path) -> None:
    root = _write(
        tmp_path,
        {
            ".env.example": "SMTP_PORT=\nEMAILS_FROM=\nAPP_NAME=notes\nSMTP_PASSWORD=\n",
            "main.py": "from fastapi import FastAPI\napp = FastAPI()\n",
        },
    )
    facts = discover(root)
    environment, _ = candidate_environment(facts)
    assert "SMTP_PORT" not in environment and "EMAILS_FROM" not in environment
    assert environment["APP_NAME"] == "notes"
    assert len(environment["SMTP_PASSWORD"]) == 64  # a secret still gets a fresh value
    assert environment_metrics(facts)["env_unset"] == "EMAILS_FROM,SMTP_PORT"


GUARDED = '''import os
import sys

SECRET_KEY = os.environ.get("SECRET_KEY")
if not SECRET_KEY:
    raise RuntimeError("SECRET_KEY environment variable is not set")
API_TOKEN = os.getenv("API_TOKEN")
if API_TOKEN is None:
    sys.exit("API_TOKEN is required")
DATABASE_URL = os.getenv("DATABASE_URL")
if not DATABASE_URL:
    DATABASE_URL = "sqlite:///./app.db"
DEBUG = os.getenv("DEBUG")
'''


def test_a_read_the_code_refuses_to_run_without_is_required(tmp_path: Path) -> None:
    _write(tmp_path, {"main.py": GUARDED + "from fastapi import FastAPI\napp = FastAPI()\n"})
    found = {s.name: s for s in discover(tmp_path).required_env}
    assert found["SECRET_KEY"].source == "main.py:4"
    assert "API_TOKEN" in found
    assert "DATABASE_URL" not in found  # falls back to a default
    assert "DEBUG" not in found  # read, never refused
    environment, _ = candidate_environment(discover(tmp_path))
    assert len(environment["SECRET_KEY"]) == 64


LENGTH_GUARDED = '''import os


def load_config() -> dict[str, str]:
    secret = os.environ.get("BLOG_SECRET", "")
    if len(secret) < 32:
        raise RuntimeError("BLOG_SECRET must be set and at least 32 characters long")
    pepper = os.getenv("PEPPER", None)
    if pepper is None or len(pepper) < 8:
        raise RuntimeError("PEPPER is required")
    signing = os.environ.get("SIGNING_KEY", "")
    if len(signing.encode()) < 32:
        raise RuntimeError("SIGNING_KEY missing or shorter than 32 bytes")
    region = os.getenv("REGION", "eu")
    if len(region) < 2:
        raise RuntimeError("REGION is too short")
    return {"secret": secret, "pepper": pepper, "region": region, "signing": signing}
'''


def test_an_empty_default_refused_by_a_length_check_is_required(tmp_path: Path) -> None:
    """`os.environ.get("X", "")` followed by `if len(X) < 32: raise` needs X as much as
    `os.environ["X"]` does; a real default (`"eu"`) is not refused."""
    _write(tmp_path, {"main.py": LENGTH_GUARDED + "from fastapi import FastAPI\napp = FastAPI()\n"})
    found = {s.name: s for s in discover(tmp_path).required_env}
    assert found["BLOG_SECRET"].source == "main.py:5"
    assert "PEPPER" in found
    assert "SIGNING_KEY" in found  # its length in bytes (fresh bw36-04)
    assert "REGION" not in found
    environment, _ = candidate_environment(discover(tmp_path))
    assert len(environment["BLOG_SECRET"]) >= 32


ALIASED = '''import os
from collections.abc import Mapping


def from_env(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    env = os.environ if environ is None else environ
    options = {"region": "eu"}
    return {"secret": env["APP_SECRET_KEY"], "region": options["region"]}
'''


def test_a_read_through_an_alias_of_the_environment_is_required(tmp_path: Path) -> None:
    """`env = os.environ if environ is None else environ` then `env["X"]` (fresh bw41-03, which
    exited at start-up without it); a subscript of any other mapping is no setting."""
    _write(tmp_path, {"main.py": ALIASED + "from fastapi import FastAPI\napp = FastAPI()\n"})
    found = {s.name: s for s in discover(tmp_path).required_env}
    assert found["APP_SECRET_KEY"].source == "main.py:8"
    assert "region" not in found and "REGION" not in found
    environment, _ = candidate_environment(discover(tmp_path))
    assert len(environment["APP_SECRET_KEY"]) == 64


def test_a_none_default_for_a_plain_type_is_required_in_pydantic_2(tmp_path: Path) -> None:
    """`SECRET_KEY: str = None` and `= os.getenv("X")` with nothing to read: pydantic-settings 2
    validates the None and refuses it, so the app cannot start without a value; Optional types
    and real defaults are not required."""
    root = _write(
        tmp_path,
        {
            "config.py": "import os\nfrom pydantic_settings import BaseSettings\n"
            "class Settings(BaseSettings):\n"
            "    SECRET_KEY: str = None\n"
            '    DB_PASSWORD: str = os.getenv("DB_PASSWORD")\n'
            "    SENTRY_DSN: str | None = None\n"
            '    APP_NAME: str = os.getenv("APP_NAME", "todos")\n'
            "settings = Settings()\n",
            "main.py": "from fastapi import FastAPI\nimport config\napp = FastAPI()\n",
        },
    )
    found = {s.name for s in discover(root).required_env}
    assert found == {"SECRET_KEY", "DB_PASSWORD"}
