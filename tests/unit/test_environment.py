from __future__ import annotations

import json
from pathlib import Path

import pytest

from grader.discovery import discover
from grader.discovery.environment import (
    is_process_count,
    is_secret_name,
    is_secret_placeholder,
    plan_environment,
)
from grader.phases.start import candidate_environment, environment_metrics, fresh_secret


def _project(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    return tmp_path


def test_example_env_and_token_variable_are_read_as_data(tmp_path: Path) -> None:
    root = _project(tmp_path, {
        ".env.example": "SECRET_KEY=change-me  # long random\nexport API_TOKEN='xyz'\nPATH=/evil\n",
        "main.py": (
            "import os\nfrom fastapi import FastAPI\n"
            "app = FastAPI()\nKEY = os.getenv('SERVICE_API_KEY')\n"
        ),
    })
    facts = discover(root)
    assert facts.example_env["SECRET_KEY"] == "change-me"
    assert facts.example_env["API_TOKEN"] == "xyz"
    assert facts.token_env == ["API_TOKEN", "SERVICE_API_KEY"]
    environment, token = candidate_environment(facts)
    assert "PATH" not in environment
    assert token is not None and token[0] == "API_TOKEN"
    assert environment["API_TOKEN"] == token[1] != "xyz"
    assert environment["SECRET_KEY"] not in ("change-me", "")  # a secret gets a fresh value
    assert len(environment["SECRET_KEY"]) >= 32


def test_settings_class_fields_count_as_variables(tmp_path: Path) -> None:
    root = _project(tmp_path, {
        "main.py": (
            "from fastapi import FastAPI\nfrom pydantic_settings import BaseSettings\n"
            "class Settings(BaseSettings):\n    api_key: str\n    debug: bool = False\n"
            "app = FastAPI()\n"
        ),
    })
    assert discover(root).token_env == ["API_KEY"]


def test_no_token_no_variables(tmp_path: Path) -> None:
    root = _project(tmp_path, {"main.py": "from fastapi import FastAPI\napp = FastAPI()\n"})
    assert candidate_environment(discover(root)) == ({}, None)


FERNET = "ZmDfcTF7_60GrrY167zsiPd67pEvs0aGOv2oasOM1Pg="
ENV_EXAMPLE = f"""\
# copy to .env
WEB_CONCURRENCY=4
UVICORN_WORKERS=3
SECRET_KEY=change-me-to-a-long-random-string
ACCESS_TOKEN_EXPIRE_MINUTES=30
JWT_ALGORITHM=HS256
DATABASE_URL=sqlite:///./app.db
DB_PASSWORD=
FERNET_KEY={FERNET}
SIGNING=your-jwt-secret-here
ADMIN_EMAIL=admin@example.com
DEBUG=true
PYTHONPATH=/evil
"""


def test_secrets_are_fresh_and_process_counts_forced_to_one(tmp_path: Path) -> None:
    root = _project(tmp_path, {
        ".env.example": ENV_EXAMPLE,
        "main.py": "from fastapi import FastAPI\napp = FastAPI()\n",
    })
    facts = discover(root)
    assert facts.env_files == [".env.example"]
    environment, token = candidate_environment(facts)
    assert token is None
    assert environment["WEB_CONCURRENCY"] == "1"
    assert environment["UVICORN_WORKERS"] == "1"
    # settings of a secret are no secrets: kept as the example gives them
    assert environment["ACCESS_TOKEN_EXPIRE_MINUTES"] == "30"
    assert environment["JWT_ALGORITHM"] == "HS256"
    assert environment["DATABASE_URL"] == "sqlite:///./app.db"
    assert environment["ADMIN_EMAIL"] == "admin@example.com"
    assert environment["DEBUG"] == "true"
    # secrets by name, empty ones too, and a placeholder under another name, get fresh values
    for name in ("SECRET_KEY", "DB_PASSWORD", "SIGNING", "FERNET_KEY"):
        assert environment[name] and environment[name] != facts.example_env[name], name
    assert len(environment["FERNET_KEY"]) == 44 and environment["FERNET_KEY"].endswith("=")
    assert "PYTHONPATH" not in environment
    # fresh each grading
    assert candidate_environment(facts)[0]["SECRET_KEY"] != environment["SECRET_KEY"]

    metrics = environment_metrics(facts)
    assert metrics["env_names"] == ",".join(sorted(environment))
    assert metrics["env_replaced"] == "DB_PASSWORD,FERNET_KEY,SECRET_KEY,SIGNING"
    assert metrics["env_forced"] == "UVICORN_WORKERS=1,WEB_CONCURRENCY=1"
    dumped = json.dumps(metrics)
    for name in ("SECRET_KEY", "FERNET_KEY", "SIGNING"):  # names only, never a value
        assert environment[name] not in dumped and facts.example_env[name] not in dumped


def test_static_token_gets_the_grader_token(tmp_path: Path) -> None:
    root = _project(tmp_path, {
        ".env.example": "API_KEY=your-api-key-here\nWORKERS=8\n",
        "main.py": "from fastapi import FastAPI\napp = FastAPI()\n",
    })
    facts = discover(root)
    environment, token = candidate_environment(facts)
    assert token is not None and token[0] == "API_KEY" and token[1].startswith("grader-")
    assert environment == {"API_KEY": token[1], "WORKERS": "1"}
    assert environment_metrics(facts)["env_replaced"] == "API_KEY"


COMPOSE = """\
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: postgres
  api:
    build: ./blog
    command: uvicorn main:app --host 0.0.0.0
    env_file: .env.sample
    environment:
      - DATABASE_URL=${DATABASE_URL:-sqlite:///./blog.db}
      - LOG_LEVEL=${LOG_LEVEL}
      - FEATURE_X=${FROM_HOST}
      - WEB_CONCURRENCY=4
      - JWT_SECRET=dev-secret
      - HOST_ONLY
    ports: ["8000:8000"]
"""


def test_compose_app_service_environment_is_read_as_yaml_data(tmp_path: Path) -> None:
    root = _project(tmp_path, {
        "docker-compose.yml": COMPOSE,
        ".env.sample": "LOG_LEVEL=debug\n",
        "blog/main.py": "from fastapi import FastAPI\napp = FastAPI()\n",
    })
    facts = discover(root)
    assert facts.example_env == {
        "LOG_LEVEL": "debug",
        "DATABASE_URL": "sqlite:///./blog.db",
        "WEB_CONCURRENCY": "4",
        "JWT_SECRET": "dev-secret",
    }  # the db service is not the app; FEATURE_X and HOST_ONLY would come from the host
    assert facts.env_files == [".env.sample", "docker-compose.yml (api)"]
    environment, _ = candidate_environment(facts)
    assert environment["WEB_CONCURRENCY"] == "1"
    assert environment["JWT_SECRET"] != "dev-secret"
    assert "POSTGRES_PASSWORD" not in environment


def test_broken_compose_is_a_note_not_a_crash(tmp_path: Path) -> None:
    root = _project(tmp_path, {
        "compose.yaml": "services: [unclosed\n  - : :\n",
        "main.py": "from fastapi import FastAPI\napp = FastAPI()\n",
    })
    facts = discover(root)
    assert facts.app is not None and facts.example_env == {}
    assert any("compose.yaml: invalid YAML" in p for p in facts.problems)


@pytest.mark.parametrize(
    ("name", "secret"),
    [
        ("SECRET_KEY", True),
        ("JWT_SECRET", True),
        ("APP_API_KEY", True),
        ("DB_PASS", True),
        ("PASSWORD_SALT", True),
        ("ACCESS_TOKEN_EXPIRE_MINUTES", False),
        ("JWT_SECRET_ALGORITHM", False),
        ("PASSWORD_MIN_LENGTH", False),
        ("API_KEY_HEADER", False),
        ("DATABASE_URL", False),
    ],
)
def test_secret_names(name: str, secret: bool) -> None:
    assert is_secret_name(name) is secret


@pytest.mark.parametrize(
    ("value", "placeholder"),
    [
        ("changeme", True),
        ("change-me-please", True),
        ("<your-secret-key>", True),
        ("your_jwt_token_here", True),
        ("xxxxxxxx", True),
        ("Todo API", False),
        ("admin@example.com", False),
        ("postgresql://user:password@localhost/db", False),
    ],
)
def test_secret_placeholders(value: str, placeholder: bool) -> None:
    assert is_secret_placeholder(value) is placeholder


def test_process_count_names() -> None:
    for name in ("WEB_CONCURRENCY", "WORKERS", "UVICORN_WORKERS", "GUNICORN_WORKERS",
                 "MAX_WORKERS", "WORKERS_PER_CORE", "NUM_WORKERS"):
        assert is_process_count(name), name
    for name in ("THREADPOOL_MAX_WORKERS", "CELERY_WORKER_PREFETCH", "DB_POOL_SIZE"):
        assert not is_process_count(name), name


def test_plan_is_names_only_and_reload_is_turned_off() -> None:
    plan = plan_environment({"UVICORN_RELOAD": "true", "A": "1", "HOME": "/root"}, [])
    assert plan.forced == {"UVICORN_RELOAD": "false"}
    assert plan.names == ["A", "UVICORN_RELOAD"]


def test_fresh_secret_keeps_a_shape_that_matters() -> None:
    assert len(fresh_secret("a" * 32)) == 32 and int(fresh_secret("ab" * 16), 16) >= 0
    assert len(fresh_secret("")) == 64


@pytest.mark.parametrize(
    "compose",
    [
        "services: &s\n  app:\n    build: .\n    environment: *s\n",  # recursive alias
        "x: " + "[" * 5000 + "]" * 5000 + "\n",  # deep nesting
        "a: &a [" + ",".join(["x"] * 50) + "]\n"
        + "".join(f"{c}: &{c} [" + ",".join([f"*{p}"] * 50) + "]\n"
                  for p, c in zip("abcdefg", "bcdefgh", strict=True))
        + "services:\n  app:\n    build: .\n    environment: *h\n    command: *h\n",  # laughs
        "services:\n  app:\n    build: {context: ../../etc}\n    env_file: [../../etc/passwd]\n",
    ],
)
def test_hostile_compose_files_never_break_discovery(tmp_path: Path, compose: str) -> None:
    import time

    root = _project(tmp_path, {"compose.yml": compose, "main.py": "from fastapi import FastAPI\n"
                                                                  "app = FastAPI()\n"})
    started = time.monotonic()
    facts = discover(root)
    assert time.monotonic() - started < 10
    assert facts.app is not None and facts.app.file == "main.py"
    assert not any(p.startswith("discovery failed") for p in facts.problems), facts.problems
    assert all(isinstance(v, str) for v in facts.example_env.values())


README_WITH_ENV = """\
# Blog API

```bash
pip install -r requirements.txt
export APP_MODE=demo
DEBUG=true uvicorn app.main:app --reload
```

Create a `.env` file:

```env
DATABASE_URL=postgresql+asyncpg://user:password@localhost:5432/blog_db
JWT_SECRET_KEY=your_secret_key_here
JWT_ALGORITHM="HS256"  # the default
WEB_CONCURRENCY=4
lower_case=ignored
TOKEN=$(openssl rand -hex 32)
BUILT=$(date +%s)
```

```python
SECRET_KEY="never read: Python is not an env block"
```

```ini
CACHE_TTL=60
```
"""


def test_readme_code_blocks_are_example_values(tmp_path: Path) -> None:
    root = _project(tmp_path, {
        "README.md": README_WITH_ENV,
        ".env.example": "DATABASE_URL=\nCACHE_TTL=30\n",
        "main.py": "from fastapi import FastAPI\napp = FastAPI()\n",
    })
    facts = discover(root)
    assert facts.env_files == [".env.example", "README.md (lines 5-26)"]
    assert facts.example_env == {
        # .env.example first: its blank stays a blank (the grader fills it), its value wins
        "DATABASE_URL": "",
        "CACHE_TTL": "30",
        "APP_MODE": "demo",
        "JWT_SECRET_KEY": "your_secret_key_here",
        "JWT_ALGORITHM": "HS256",
        "WEB_CONCURRENCY": "4",
        "TOKEN": "",  # a secret the reader generates: a blank secret, filled at random
    }
    environment, _ = candidate_environment(facts)
    assert environment["WEB_CONCURRENCY"] == "1"  # forced, as from a .env.example
    assert environment["JWT_SECRET_KEY"] not in ("", "your_secret_key_here")  # a fresh secret
    assert environment["JWT_ALGORITHM"] == "HS256"
    assert "DEBUG" not in environment and "BUILT" not in environment
    assert len(environment["TOKEN"]) >= 32 and "$" not in environment["TOKEN"]
    assert "SECRET_KEY" not in environment


PLAIN_README = """\
todo service
============

build/run:
    pip install -r requirements.txt
    export TODO_SECRET=$(head -c 32 /dev/urandom | base64)
    export TODO_REGION=eu
    uvicorn todo:app --port 8000

    TODO_DB=path/to/file.db to change db location
Set ADMIN_PASSWORD=hunter2 if you want an admin.
"""


def test_a_plain_readme_export_line_is_a_step_to_follow(tmp_path: Path) -> None:
    root = _project(tmp_path, {
        "README": PLAIN_README,
        "todo.py": "from fastapi import FastAPI\napp = FastAPI()\n",
    })
    facts = discover(root)
    assert facts.example_env == {"TODO_SECRET": "", "TODO_REGION": "eu"}
    assert facts.env_files == ["README (lines 6-7)"]
    environment, _ = candidate_environment(facts)
    assert len(environment["TODO_SECRET"]) >= 32 and environment["TODO_REGION"] == "eu"
    assert "ADMIN_PASSWORD" not in environment and "TODO_DB" not in environment


def test_a_readme_without_env_blocks_adds_nothing(tmp_path: Path) -> None:
    root = _project(tmp_path, {
        "README.md": "# App\n\n```bash\nuvicorn main:app\n```\n\nSet SECRET_KEY=abc in .env\n",
        "main.py": "from fastapi import FastAPI\napp = FastAPI()\n",
    })
    facts = discover(root)
    assert facts.example_env == {} and facts.env_files == []


def test_a_data_file_placed_where_the_container_cannot_write_moves_to_tmp() -> None:
    """`export TODO_DBFILE=/data/todo.db` in a README (tune bw34-05: "unable to open database
    file" at start): the container writes /app, /tmp and /var/tmp only, so the file keeps its
    name under /tmp; files already there, relative ones and non-files are kept as given."""
    plan = plan_environment(
        {
            "TODO_DBFILE": "/data/todo.db",
            "DATABASE_URL": "sqlite+aiosqlite:////srv/blog/blog.sqlite3?timeout=5",
            "CACHE_FILE": "/var/tmp/cache.json",
            "LOCAL_DB": "./todo.db",
            "CERT_PATH": "/etc/ssl/certs/ca.pem",
            "PG_URL": "postgresql://app@db/app",
        },
        [],
    )
    assert plan.forced == {
        "TODO_DBFILE": "/tmp/todo.db",
        "DATABASE_URL": "sqlite+aiosqlite:////tmp/blog.sqlite3?timeout=5",
    }
    assert plan.kept == {
        "CACHE_FILE": "/var/tmp/cache.json",
        "LOCAL_DB": "./todo.db",
        "CERT_PATH": "/etc/ssl/certs/ca.pem",
        "PG_URL": "postgresql://app@db/app",
    }


def test_a_setting_the_suite_defaults_itself_is_left_to_it(tmp_path: Path) -> None:
    """conftest.py's `os.environ.setdefault("LOGIN_ATTEMPTS_PER_MINUTE", "3")` is what its
    author's shell ran with: the example file's 5 is not set for the suite (fresh bw57-04's
    rate-limit test counts to 3), while the app keeps it, and a server's URL still wins."""
    from grader.phases.candidate_tests import suite_environment
    from grader.phases.services import ServicesStarted

    root = _project(tmp_path, {
        ".env.example": "LOGIN_ATTEMPTS_PER_MINUTE=5\nDATABASE_URL=postgresql://app@db/app\n",
        "main.py": "from fastapi import FastAPI\napp = FastAPI()\n",
        "tests/conftest.py": (
            "import os\n"
            "os.environ.setdefault('LOGIN_ATTEMPTS_PER_MINUTE', '3')\n"
            "os.environ.setdefault('DATABASE_URL', 'sqlite://')\n"
            "os.environ['TZ'] = 'UTC'  # set, not defaulted: nothing to leave\n"
            "def test_late() -> None:\n"
            "    os.environ.setdefault('JWT_SECRET', 'x')  # after the app read its settings\n"
        ),
    })
    facts = discover(root)
    assert facts.suite_env == ["DATABASE_URL", "LOGIN_ATTEMPTS_PER_MINUTE"]
    environment, _ = candidate_environment(facts)
    assert environment["LOGIN_ATTEMPTS_PER_MINUTE"] == "5"  # the app's own run keeps it
    assert "LOGIN_ATTEMPTS_PER_MINUTE" not in suite_environment(environment, facts, None)
    served = ServicesStarted(environment={"DATABASE_URL": "postgresql://grader@pg/app"})
    assert suite_environment(environment, facts, served)["DATABASE_URL"].endswith("@pg/app")


def test_a_test_database_setting_the_suite_skips_without_is_given_to_the_suite_only(
    tmp_path: Path,
) -> None:
    """`os.environ.get("TEST_DATABASE_URL")` in a suite that skips itself without it (fresh
    bw63-03): left unset for the app, set for its suite to the URL of the same kind of server
    (the suite runs on fresh servers of its own); nothing when no such server was started."""
    from grader.discovery.services import discover_services
    from grader.phases.candidate_tests import suite_environment
    from grader.phases.services import ServicesStarted, StartedService

    root = _project(tmp_path, {
        "main.py": (
            "import os\nfrom fastapi import FastAPI\n"
            "URL = os.environ['DATABASE_URL']\napp = FastAPI()\n"
        ),
        "tests/test_api.py": (
            "import os\nimport unittest\n\nDSN = os.environ.get('TEST_DATABASE_URL')\n\n\n"
            "@unittest.skipUnless(DSN, 'TEST_DATABASE_URL not set')\n"
            "class ApiTest(unittest.TestCase):\n    def test_one(self) -> None:\n        pass\n"
        ),
    })  # fmt: skip
    facts = discover(root)
    needs = discover_services(root, facts)
    assert [s.name for s in needs.test_urls] == ["TEST_DATABASE_URL"]
    assert "TEST_DATABASE_URL" not in [s.name for s in needs.urls]
    environment, _ = candidate_environment(facts)
    assert "TEST_DATABASE_URL" not in environment
    url = "postgresql://grader:pw@pg:5432/app"
    postgres = StartedService("postgres", "grader-postgres:15", ("pg",), None, 1.0, 5432)  # type: ignore[arg-type]
    served = ServicesStarted(
        environment={"DATABASE_URL": url}, services=(postgres,), needs=needs
    )
    assert suite_environment(environment, facts, served)["TEST_DATABASE_URL"] == url
    redis = StartedService("redis", "grader-redis:7", ("cache",), None, 1.0, 6379)  # type: ignore[arg-type]
    only_redis = ServicesStarted(
        environment={"REDIS_URL": "redis://cache:6379/0"}, services=(redis,), needs=needs
    )
    assert "TEST_DATABASE_URL" not in suite_environment(environment, facts, only_redis)
