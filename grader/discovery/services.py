"""Which servers a submission needs beside it (a database, a cache, a broker), read as data.

The evidence, strongest first:
1. its compose files: a service whose image is postgres, mysql, mariadb, redis, mongo, ...; its
   name, `hostname:`, `container_name:`, network aliases and links are the host names the app
   uses, and its `environment:` (and `env_file:`) names the database, user and password;
2. settings: URL values (DATABASE_URL=postgresql+asyncpg://...) in .env.example-like files and
   the compose app service's environment (`ProjectFacts.example_env`), the defaults of settings
   classes (pydantic `BaseSettings` fields) and of `os.getenv(...)` calls, the parts of a URL set
   one by one (POSTGRES_SERVER, DB_PORT, PGUSER, ...), and alembic.ini's `sqlalchemy.url`;
3. URLs written into the code (hard-coded): only their host name can be served, as an alias;
4. drivers among the dependencies (asyncpg, psycopg, pymysql, redis, motor, celery, ...), which
   say the kind of server but not where it is.

Nothing here is imported, run, or interpolated from the host: files are read as text, YAML,
INI and Python ASTs through `SourceTree`, and never raise (oddities become `notes`).
"""

from __future__ import annotations

import ast
import configparser
import posixpath
import re
from pathlib import Path
from typing import Any, Literal
from urllib.parse import unquote, urlsplit

import yaml  # type: ignore[import-untyped]
from pydantic import BaseModel, ConfigDict, Field

from grader.discovery.compose import compose_files, interpolate
from grader.discovery.facts import ProjectFacts
from grader.discovery.migrations import AlembicCommand, documented_migration
from grader.discovery.requirements import normalize_name, split_requirement
from grader.discovery.schema_scripts import SchemaScript, documented_schema_script
from grader.discovery.settings_classes import (
    env_prefix,
    field_default,
    has_no_default,
    is_settings_class,
)
from grader.discovery.tree import SourceTree

_MAX_ITEMS = 200
_MAX_VALUE = 500
_HOSTNAME = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?$")
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")
_ASSIGNMENT = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]{0,63})\s*=\s*(.*?)\s*$")

# The port each kind of server listens on, and how the grader names it to a reviewer.
DEFAULT_PORTS = {
    "postgres": 5432,
    "mysql": 3306,
    "redis": 6379,
    "mongo": 27017,
    "elasticsearch": 9200,
    "rabbitmq": 5672,
    "memcached": 11211,
    "kafka": 9092,
    "minio": 9000,
}
DISPLAY_NAMES = {
    "postgres": "PostgreSQL",
    "mysql": "MySQL/MariaDB",
    "redis": "Redis",
    "mongo": "MongoDB",
    "elasticsearch": "Elasticsearch",
    "rabbitmq": "RabbitMQ",
    "memcached": "Memcached",
    "kafka": "Kafka",
    "minio": "MinIO",
}
# Host names a kind answers to when nothing names it (a dependency, a localhost URL).
DEFAULT_HOSTNAMES = {
    "postgres": ("postgres", "db"),
    "mysql": ("mysql", "mariadb", "db"),
    "redis": ("redis", "cache"),
}

# Image names (the last path segment, without tag) of servers, by kind.
_IMAGES = {
    "postgres": {"postgres", "postgis", "timescaledb", "timescaledb-ha", "postgresql"},
    "mysql": {"mysql", "mariadb", "percona", "percona-server", "mysql-server"},
    "redis": {"redis", "valkey", "keydb", "redis-stack", "redis-stack-server", "dragonfly"},
    "mongo": {"mongo", "mongodb", "mongodb-community-server"},
    "elasticsearch": {"elasticsearch", "opensearch"},
    "rabbitmq": {"rabbitmq"},
    "memcached": {"memcached"},
    "kafka": {"kafka", "cp-kafka"},
    "minio": {"minio"},
}
# URL schemes (before any `+driver`), by kind.
_SCHEMES = {
    "postgres": {"postgresql", "postgres", "pgsql", "timescaledb", "cockroachdb"},
    "mysql": {"mysql", "mariadb"},
    "redis": {"redis", "rediss"},
    "mongo": {"mongodb", "mongodb+srv"},
    "rabbitmq": {"amqp", "amqps", "pyamqp"},
    "memcached": {"memcache", "memcached"},
}
# Distributions that talk to a kind of server (fakes and in-process stand-ins are not here).
_DRIVERS = {
    "postgres": {"asyncpg", "psycopg", "psycopg-binary", "psycopg2", "psycopg2-binary", "pg8000"},
    "mysql": {
        "aiomysql",
        "pymysql",
        "mysqlclient",
        "asyncmy",
        "mysql-connector-python",
        "mysql-connector",
    },
    "redis": {"redis", "aioredis", "redis-om", "arq", "rq", "fastapi-limiter"},
    "mongo": {"motor", "pymongo", "beanie", "odmantic", "mongoengine"},
    "elasticsearch": {"elasticsearch", "elasticsearch-async", "opensearch-py"},
    "rabbitmq": {"aio-pika", "pika"},
    "memcached": {"pymemcache", "aiomcache"},
}
_BROKERS = {"celery", "kombu", "dramatiq", "taskiq"}
_RELATIONAL_KINDS = ("postgres", "mysql")
# pydantic's typed URLs: a settings field annotated so says its kind.
_DSN_TYPES = {
    "PostgresDsn": "postgres",
    "PostgreSQLDsn": "postgres",
    "MySQLDsn": "mysql",
    "MariaDBDsn": "mysql",
    "RedisDsn": "redis",
    "MongoDsn": "mongo",
    "AmqpDsn": "rabbitmq",
}
_URL_NAME = re.compile(r"(?:^|_)(URL|URI|DSN|CONNECTION_STRING|CONN_STR|BROKER|BACKEND)$")
_TEST_SETTING = re.compile(r"(?:^|_)TESTS?(?:_|$)|TESTING", re.IGNORECASE)
_PART_NAME = re.compile(
    r"^(?P<prefix>POSTGRES|POSTGRESQL|PG|DB|DATABASE|SQL|MYSQL|MARIADB|REDIS|CACHE|MONGO|MONGODB|"
    r"RABBITMQ|AMQP|ELASTIC|ELASTICSEARCH)_?"
    r"(?P<part>HOST|HOSTNAME|SERVER|ADDR|PORT|USER|USERNAME|PASSWORD|PASS|PASSWD|DB|NAME|DBNAME|"
    r"DATABASE|DB_NAME)$"
)
_PART_KIND = {
    "POSTGRES": "postgres",
    "POSTGRESQL": "postgres",
    "PG": "postgres",
    "MYSQL": "mysql",
    "MARIADB": "mysql",
    "REDIS": "redis",
    "CACHE": "redis",
    "MONGO": "mongo",
    "MONGODB": "mongo",
    "RABBITMQ": "rabbitmq",
    "AMQP": "rabbitmq",
    "ELASTIC": "elasticsearch",
    "ELASTICSEARCH": "elasticsearch",
}
_PARTS = {
    "HOST": "host",
    "HOSTNAME": "host",
    "SERVER": "host",
    "ADDR": "host",
    "PORT": "port",
    "USER": "user",
    "USERNAME": "user",
    "PASSWORD": "password",
    "PASS": "password",
    "PASSWD": "password",
    "DB": "database",
    "NAME": "database",
    "DBNAME": "database",
    "DATABASE": "database",
    "DB_NAME": "database",
}
_LIBPQ = {
    "PGHOST": "host",
    "PGPORT": "port",
    "PGUSER": "user",
    "PGPASSWORD": "password",
    "PGDATABASE": "database",
}
# What a setting's name says it is for, when its value does not (DATABASE_URL with no example).
_NAME_KINDS = (
    (re.compile(r"POSTGRES|(?:^|_)PG(?:_|$)"), "postgres"),
    (re.compile(r"MYSQL|MARIADB"), "mysql"),
    (re.compile(r"DATABASE|(?:^|_)DB(?:_|$)|SQLALCHEMY|(?:^|_)SQL(?:_|$)"), "relational"),
    (re.compile(r"REDIS|CACHE|BROKER|CELERY|RESULT_BACKEND|QUEUE"), "redis"),
    (re.compile(r"MONGO"), "mongo"),
)
_ALEMBIC_PLACEHOLDER = "driver://user:pass@localhost/dbname"
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "0.0.0.0", "::1", "host.docker.internal"})

Strength = Literal["compose", "url", "setting", "code", "dependency"]
Part = Literal["host", "port", "user", "password", "database"]


class _Data(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Account(_Data):
    user: str
    password: str | None = None


class ServiceEvidence(_Data):
    """One reason to think a server is needed, and where it was read."""

    strength: Strength
    source: str = Field(description="file (and line, or compose service) it was read from")
    what: str


class ServiceNeed(_Data):
    """A kind of server the submission talks to, with everything its files say about it."""

    kind: str
    hostnames: list[str] = Field(default_factory=list, description="compose names and aliases")
    port: int
    accounts: list[Account] = Field(default_factory=list, description="the compose server's")
    databases: list[str] = Field(default_factory=list, description="the compose server's")
    environment: dict[str, str] = Field(
        default_factory=dict, description="the compose server's `environment:` as written"
    )
    evidence: list[ServiceEvidence] = Field(default_factory=list)

    @property
    def display(self) -> str:
        return DISPLAY_NAMES.get(self.kind, self.kind)

    @property
    def named(self) -> bool:
        """Named by more than a dependency: a compose service, a URL, a setting, the code."""
        return any(e.strength != "dependency" for e in self.evidence)


class UrlSetting(_Data):
    """A variable that holds a server's URL: the app reads it from its environment."""

    name: str = Field(description="the environment variable")
    value: str | None = Field(description="the example or default value, as written")
    kind: str | None = Field(description="the server kind its scheme (or type) says; None: sqlite")
    source: str
    default: bool = Field(description="a default in the code, not an example the app is given")


class PartSetting(_Data):
    """One part of a server's address set on its own (POSTGRES_SERVER=db, DB_PORT=5432)."""

    name: str
    kind: str | None = Field(description="None: DB_/DATABASE_, the relational server started")
    part: Part
    value: str | None
    source: str


class HardcodedUrl(_Data):
    """A server URL written into the code: served only under its own host name."""

    kind: str
    file: str
    line: int
    host: str
    url: str


class AlembicConfig(_Data):
    """Where Alembic's configuration is, for `alembic upgrade head`."""

    file: str = Field(description="alembic.ini (or pyproject.toml with [tool.alembic])")
    directory: str = Field(description="the folder to run alembic from, '.' for the root")
    script_location: str | None = None
    url: str | None = Field(default=None, description="sqlalchemy.url, unless the placeholder")
    url_line: int | None = None
    command: AlembicCommand | None = Field(
        default=None, description="the repository's own migration command, when it documents one"
    )


class ServiceNeeds(_Data):
    services: list[ServiceNeed] = Field(default_factory=list)
    urls: list[UrlSetting] = Field(default_factory=list)
    test_urls: list[UrlSetting] = Field(
        default_factory=list,
        description="optional test settings holding a server's URL (`os.getenv(\"TEST_DATABASE_"
        'URL")`): left unset for the app, given to its suite',
    )
    parts: list[PartSetting] = Field(default_factory=list)
    hardcoded: list[HardcodedUrl] = Field(default_factory=list)
    alembic: AlembicConfig | None = None
    schema_script: SchemaScript | None = Field(
        default=None,
        description="the documented Python command that creates the tables, run as the migration "
        "instead of Alembic (set only when no alembic command is documented)",
    )
    driver_schemes: bool = Field(
        default=False,
        description="the code uses a library that reads SQLAlchemy URLs (SQLAlchemy, SQLModel, "
        "databases, ormar), so a URL the grader writes names its driver "
        "(`postgresql+asyncpg://`); psycopg or asyncpg called directly want the plain scheme",
    )
    notes: list[str] = Field(default_factory=list)

    def need(self, kind: str) -> ServiceNeed | None:
        return next((s for s in self.services if s.kind == kind), None)


def discover_services(root: Path, facts: ProjectFacts) -> ServiceNeeds:
    """Read the tree at `root` (never run it) for the servers the app needs; never raises."""
    try:
        return _discover(SourceTree(root), facts)
    except Exception as exc:  # discovery must never lose a grading
        return ServiceNeeds(notes=[f"service discovery failed: {type(exc).__name__}: {exc}"])


def _discover(tree: SourceTree, facts: ProjectFacts) -> ServiceNeeds:
    needs = ServiceNeeds()
    known = _interpolation_values(tree, facts)
    for compose in compose_files(tree):
        _read_compose(tree, compose, known, needs)
    _read_example_settings(facts, needs)
    _read_code(tree, needs)
    needs.alembic = _read_alembic(tree, needs)
    needs.schema_script = _read_schema_script(tree, needs)
    _read_dependencies(facts, needs)
    for setting in needs.urls:
        if setting.kind is not None and setting.value:
            _add_url_hostname(needs, setting.kind, setting.value, known)
    for part in needs.parts:
        value = (part.value or "").strip()
        served = value.lower() not in LOOPBACK_HOSTS and _HOSTNAME.match(value)
        if part.kind is not None and part.part == "host" and served:
            _add_unique(_need(needs, part.kind).hostnames, value)
    for hard in needs.hardcoded:
        need = _need(needs, hard.kind)
        if hard.host.lower() not in LOOPBACK_HOSTS and _HOSTNAME.match(hard.host):
            _add_unique(need.hostnames, hard.host)
    needs.notes.extend(tree.problems[:10])
    return needs


def service_kind_of_image(image: str) -> str | None:
    """postgres:16-alpine -> postgres; docker.io/bitnami/redis:7 -> redis; nginx -> None."""
    name = image.strip().lower().split("@", 1)[0].rsplit("/", 1)[-1].split(":", 1)[0]
    return next((kind for kind, names in _IMAGES.items() if name in names), None)


def service_kind_of_url(url: str) -> str | None:
    """postgresql+asyncpg://... -> postgres; redis://... -> redis; sqlite:// and http -> None."""
    scheme = url.strip().split("://", 1)[0].lower() if "://" in url else ""
    base = scheme.split("+", 1)[0]
    if scheme in _SCHEMES["mongo"]:
        return "mongo"
    return next((kind for kind, schemes in _SCHEMES.items() if base in schemes), None)


def is_sqlite_url(url: str) -> bool:
    return url.strip().lower().startswith("sqlite")


def _need(needs: ServiceNeeds, kind: str) -> ServiceNeed:
    found = needs.need(kind)
    if found is None:
        found = ServiceNeed(kind=kind, port=DEFAULT_PORTS.get(kind, 0))
        needs.services.append(found)
    return found


def _add_unique(items: list[str], value: str) -> None:
    if value not in items and len(items) < _MAX_ITEMS:
        items.append(value)


def _evidence(need: ServiceNeed, strength: Strength, source: str, what: str) -> None:
    entry = ServiceEvidence(strength=strength, source=source, what=what)
    if entry not in need.evidence and len(need.evidence) < 20:
        need.evidence.append(entry)


# -- compose -----------------------------------------------------------------------------------


def _interpolation_values(tree: SourceTree, facts: ProjectFacts) -> dict[str, str]:
    """What compose would interpolate `${VAR}` from here: the project's `.env` (compose's own
    source), then the example values a reviewer copies to it. Never the host's environment."""
    values: dict[str, str] = {}
    for name in (".env",):
        values.update(_env_file(tree, name))
    for key, value in facts.example_env.items():
        values.setdefault(key, value)
    return values


def _env_file(tree: SourceTree, rel: str) -> dict[str, str]:
    text = tree.read_text(rel)
    found: dict[str, str] = {}
    if text is None:
        return found
    for line in text.splitlines()[:2000]:
        match = _ASSIGNMENT.match(line)
        if match and len(found) < _MAX_ITEMS:
            found.setdefault(match.group(1), _clean(match.group(2)))
    return found


def _clean(raw: str) -> str:
    value = raw.strip()
    if value[:1] in ("'", '"') and value.count(value[0]) >= 2:
        return value[1 : value.index(value[0], 1)][:_MAX_VALUE]
    return value.split(" #", 1)[0].strip()[:_MAX_VALUE]


def _read_compose(tree: SourceTree, rel: str, known: dict[str, str], needs: ServiceNeeds) -> None:
    text = tree.read_text(rel)
    if text is None:
        return
    try:
        document = yaml.safe_load(text)
    except (yaml.YAMLError, RecursionError, ValueError) as exc:
        needs.notes.append(f"{rel}: invalid YAML ({type(exc).__name__}); skipped")
        return
    services = document.get("services") if isinstance(document, dict) else None
    if not isinstance(services, dict):
        return
    base = posixpath.dirname(rel)
    items = [(str(k), v) for k, v in list(services.items())[:_MAX_ITEMS] if isinstance(v, dict)]
    links = _links(items)
    for name, body in items:
        image = body.get("image")
        kind = service_kind_of_image(image) if isinstance(image, str) else None
        if kind is None:
            continue
        need = _need(needs, kind)
        _evidence(need, "compose", f"{rel} ({name})", f"compose service {name} (image {image})")
        for host in [name, body.get("hostname"), body.get("container_name"), *_aliases(body)]:
            if isinstance(host, str) and _HOSTNAME.match(host):
                _add_unique(need.hostnames, host)
        for alias in links.get(name, []):
            _add_unique(need.hostnames, alias)
        environment = _service_environment(tree, base, body, known)
        for key, value in environment.items():
            need.environment.setdefault(key, value)
        _accounts_from_server_env(need, environment, body)


def _links(items: list[tuple[str, dict[str, Any]]]) -> dict[str, list[str]]:
    """`links: ["db:database"]` in any service: `database` is another name for `db`."""
    found: dict[str, list[str]] = {}
    for _, body in items:
        value = body.get("links")
        for link in value[:_MAX_ITEMS] if isinstance(value, list) else []:
            if isinstance(link, str) and ":" in link:
                target, alias = link.split(":", 1)
                if _HOSTNAME.match(alias):
                    found.setdefault(target, []).append(alias)
    return found


def _aliases(body: dict[str, Any]) -> list[str]:
    networks = body.get("networks")
    aliases: list[str] = []
    if isinstance(networks, dict):
        for config in list(networks.values())[:_MAX_ITEMS]:
            if isinstance(config, dict) and isinstance(config.get("aliases"), list):
                aliases += [a for a in config["aliases"][:_MAX_ITEMS] if isinstance(a, str)]
    return aliases


def _service_environment(
    tree: SourceTree, base: str, body: dict[str, Any], known: dict[str, str]
) -> dict[str, str]:
    """The server's `environment:` over its `env_file:`s, interpolated as compose would."""
    found: dict[str, str] = {}
    files = body.get("env_file")
    for item in (files if isinstance(files, list) else [files])[:_MAX_ITEMS]:
        path = item.get("path") if isinstance(item, dict) else item
        if isinstance(path, str):
            joined = posixpath.normpath(posixpath.join(base or ".", path))
            found.update(_env_file(tree, joined))
    value = body.get("environment")
    pairs: list[tuple[str, Any]] = []
    if isinstance(value, dict):
        pairs = [(str(k), v) for k, v in list(value.items())[:_MAX_ITEMS]]
    elif isinstance(value, list):
        pairs = [
            (item.split("=", 1)[0].strip(), item.split("=", 1)[1])
            for item in value[:_MAX_ITEMS]
            if isinstance(item, str) and "=" in item
        ]
    for key, raw in pairs:
        if isinstance(raw, bool):
            raw = "true" if raw else "false"
        if isinstance(raw, str | int | float) and _ENV_NAME.match(key):
            resolved = interpolate(str(raw), known)
            if resolved is not None:
                found[key] = resolved[:_MAX_VALUE]
    return found


def _accounts_from_server_env(need: ServiceNeed, env: dict[str, str], body: dict[str, Any]) -> None:
    """The database, user and password the server's image would create from its environment."""

    def first(*names: str) -> str | None:
        return next((env[n] for n in names if env.get(n)), None)

    if need.kind == "postgres":
        user = first("POSTGRES_USER", "POSTGRESQL_USERNAME", "POSTGRESQL_USER") or "postgres"
        password = first("POSTGRES_PASSWORD", "POSTGRESQL_PASSWORD")
        _account(need, user, password)
        _add_unique(need.databases, first("POSTGRES_DB", "POSTGRESQL_DATABASE") or user)
    elif need.kind == "mysql":
        mysql_user = first("MYSQL_USER", "MARIADB_USER")
        if mysql_user:
            _account(need, mysql_user, first("MYSQL_PASSWORD", "MARIADB_PASSWORD"))
        root = first("MYSQL_ROOT_PASSWORD", "MARIADB_ROOT_PASSWORD")
        if root:
            _account(need, "root", root)
        database = first("MYSQL_DATABASE", "MARIADB_DATABASE")
        if database:
            _add_unique(need.databases, database)
    elif need.kind == "redis":
        command = body.get("command")
        words = command.split() if isinstance(command, str) else command
        if isinstance(words, list):
            words = [str(w) for w in words[:_MAX_ITEMS]]
            if "--requirepass" in words[:-1]:
                _account(need, "default", words[words.index("--requirepass") + 1])
        password = first("REDIS_PASSWORD")
        if password:
            _account(need, "default", password)


def _account(need: ServiceNeed, user: str, password: str | None) -> None:
    if any(a.user == user for a in need.accounts) or len(need.accounts) >= 20:
        return
    need.accounts.append(Account(user=user[:_MAX_VALUE], password=password))


# -- settings ----------------------------------------------------------------------------------


def _read_example_settings(facts: ProjectFacts, needs: ServiceNeeds) -> None:
    """URLs and URL parts among the variables the app is given (examples, compose app env)."""
    source = ", ".join(facts.env_files) or ".env.example"
    for name, value in facts.example_env.items():
        _setting(needs, name, value, source, default=False)


def _setting(
    needs: ServiceNeeds, name: str, value: str | None, source: str, *, default: bool
) -> None:
    if not _ENV_NAME.match(name):
        return
    if value is not None and "://" in value:
        kind = service_kind_of_url(value)
        if kind is None and not is_sqlite_url(value):
            if not _names_elasticsearch(name):
                return
            kind = "elasticsearch"
        if any(s.name == name for s in needs.urls):
            return
        needs.urls.append(
            UrlSetting(name=name, value=value, kind=kind, source=source, default=default)
        )
        if kind is not None:
            _evidence(_need(needs, kind), "setting" if default else "url", source, name)
        return
    part = part_of(name)
    if part is not None and not any(p.name == name for p in needs.parts):
        kind, which = part
        needs.parts.append(
            PartSetting(name=name, kind=kind, part=which, value=value, source=source)
        )
        if kind is not None and which == "host":
            _evidence(_need(needs, kind), "setting" if default else "url", source, name)


def kind_of_setting_name(name: str, relational: str | None) -> str | None:
    """The server a setting's name says it is for (`relational`: whichever of PostgreSQL and
    MySQL is started, for DATABASE_URL and DB_*); None for names that say no server."""
    upper = name.upper()
    for pattern, kind in _NAME_KINDS:
        if pattern.search(upper):
            return relational if kind == "relational" else kind
    return None


def is_url_name(name: str) -> bool:
    """DATABASE_URL, REDIS_DSN, CELERY_BROKER, ...: a name that holds a URL."""
    return bool(_URL_NAME.search(name.upper()))


def _names_elasticsearch(name: str) -> bool:
    upper = name.upper()
    return ("ELASTIC" in upper or "OPENSEARCH" in upper) and bool(_URL_NAME.search(upper))


def part_of(name: str) -> tuple[str | None, Part] | None:
    """POSTGRES_HOST -> (postgres, host); DB_PORT -> (None: the relational server, port)."""
    upper = name.upper()
    if upper in _LIBPQ:
        return "postgres", _LIBPQ[upper]  # type: ignore[return-value]
    match = _PART_NAME.match(upper)
    if match is None:
        return None
    prefix, part = match.group("prefix"), match.group("part")
    if prefix in ("DB", "DATABASE", "SQL") and part in ("DB", "DATABASE"):
        return None  # DB_DATABASE, DATABASE_DB: too odd to guess
    return _PART_KIND.get(prefix), _PARTS[part]  # type: ignore[return-value]


def _add_url_hostname(needs: ServiceNeeds, kind: str, url: str, known: dict[str, str]) -> None:
    host = url_host(interpolate(url, known) or url)
    need = _need(needs, kind)
    if host and host.lower() not in LOOPBACK_HOSTS and _HOSTNAME.match(host):
        _add_unique(need.hostnames, host)


def valid_hostname(name: str) -> bool:
    """A name a network alias can carry (compose service names, URL hosts)."""
    return bool(_HOSTNAME.match(name))


def url_host(url: str) -> str | None:
    try:
        return urlsplit(url.strip()).hostname
    except ValueError:
        return None


def url_parts(url: str) -> tuple[str | None, str | None, str | None]:
    """(user, password, database) of a server URL, decoded; Nones where absent or unreadable."""
    try:
        split = urlsplit(url.strip())
        user, password = split.username, split.password
    except ValueError:
        return None, None, None
    database = unquote(split.path.lstrip("/")) or None
    return (
        unquote(user) if user else None,
        unquote(password) if password is not None else None,
        database,
    )


# -- code --------------------------------------------------------------------------------------


def _read_code(tree: SourceTree, needs: ServiceNeeds) -> None:
    """Settings classes and `os.getenv` defaults (a URL the app falls back to), and URLs written
    straight into calls (hard-coded)."""
    for rel in tree.python_files[:2000]:
        module = tree.parse_python(rel)
        if module is None:
            continue
        settled: set[int] = set()
        for node in ast.walk(module):
            if isinstance(node, ast.ClassDef) and is_settings_class(node):
                _settings_fields(node, rel, needs, settled)
            elif isinstance(node, ast.Call):
                _getenv_default(node, rel, needs, settled)
            elif isinstance(node, ast.Subscript):
                _environ_subscript(node, rel, needs)
            elif isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
                settled.add(id(node.value))  # a docstring, not a URL the code uses
        for node in ast.walk(module):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in settled
                and "://" in node.value
                and len(needs.hardcoded) < 50
            ):
                _hardcoded(node, rel, needs)


def _settings_fields(node: ast.ClassDef, rel: str, needs: ServiceNeeds, settled: set[int]) -> None:
    prefix = env_prefix(node)
    for stmt in node.body:
        if not isinstance(stmt, ast.AnnAssign) or not isinstance(stmt.target, ast.Name):
            continue
        default, alias = field_default(stmt.value)
        name = (alias or f"{prefix}{stmt.target.id}").upper()
        source = f"{rel}:{stmt.lineno}"
        unset = has_no_default(stmt.value) or (
            isinstance(stmt.value, ast.Constant) and stmt.value.value is None
        )
        if default is not None:
            settled.add(id(default))
            value = default.value if isinstance(default.value, str) else str(default.value)
            _setting(needs, name, value, source, default=True)
            continue
        dsn = _dsn_kind(stmt.annotation)
        if dsn is not None or (unset and _URL_NAME.search(name)):
            if not any(s.name == name for s in needs.urls):
                needs.urls.append(
                    UrlSetting(name=name, value=None, kind=dsn, source=source, default=True)
                )
                if dsn is not None:
                    _evidence(_need(needs, dsn), "setting", source, name)
        elif unset and part_of(name) is not None:
            _setting(needs, name, None, source, default=True)


def _dsn_kind(annotation: ast.expr) -> str | None:
    for node in ast.walk(annotation):
        name = getattr(node, "id", getattr(node, "attr", None))
        if isinstance(name, str) and name in _DSN_TYPES:
            return _DSN_TYPES[name]
    return None


def _getenv_default(node: ast.Call, rel: str, needs: ServiceNeeds, settled: set[int]) -> None:
    """`os.getenv("DATABASE_URL", "postgresql://...")`, `os.environ.get(...)`, starlette's and
    decouple's `config("REDIS_URL", default=...)`: the default is what the app falls back to."""
    func = node.func
    called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    if called not in ("getenv", "get", "config") or not node.args:
        return
    if called == "get":
        owner = func.value if isinstance(func, ast.Attribute) else None
        if getattr(owner, "attr", getattr(owner, "id", "")) != "environ":
            return
    first = node.args[0]
    if not isinstance(first, ast.Constant) or not isinstance(first.value, str):
        return
    name = first.value
    default: ast.expr | None = node.args[1] if len(node.args) > 1 else None
    for keyword in node.keywords:
        if keyword.arg == "default":
            default = keyword.value
    source = f"{rel}:{node.lineno}"
    if isinstance(default, ast.Constant) and isinstance(default.value, str | int):
        settled.add(id(default))
        _setting(needs, name, str(default.value), source, default=True)
    elif not _TEST_SETTING.search(name):
        _unset_setting(needs, name, source)
    elif _ENV_NAME.match(name) and _URL_NAME.search(name.upper()):
        # An optional test setting (`os.getenv("TEST_DATABASE_URL")`) is left unset for the app:
        # setting it would switch the app or its migrations onto their tests' path. A suite that
        # skips itself without it (fresh bw63-03) gets it, pointed at its own fresh server.
        _test_url_setting(needs, name, source)


def _test_url_setting(needs: ServiceNeeds, name: str, source: str) -> None:
    if not any(s.name == name for s in needs.test_urls):
        needs.test_urls.append(
            UrlSetting(name=name, value=None, kind=None, source=source, default=True)
        )


def _environ_subscript(node: ast.Subscript, rel: str, needs: ServiceNeeds) -> None:
    """`os.environ["DATABASE_URL"]`: a variable the app cannot start without (read, not set)."""
    if not isinstance(node.ctx, ast.Load):
        return
    if getattr(node.value, "attr", getattr(node.value, "id", "")) != "environ":
        return
    key = node.slice
    if isinstance(key, ast.Constant) and isinstance(key.value, str):
        _unset_setting(needs, key.value, f"{rel}:{node.lineno}")


def _unset_setting(needs: ServiceNeeds, name: str, source: str) -> None:
    if not _ENV_NAME.match(name):
        return
    if part_of(name) is not None:
        _setting(needs, name, None, source, default=True)
    elif _URL_NAME.search(name.upper()) and not any(s.name == name for s in needs.urls):
        needs.urls.append(UrlSetting(name=name, value=None, kind=None, source=source, default=True))


def _hardcoded(node: ast.Constant, rel: str, needs: ServiceNeeds) -> None:
    value = str(node.value)
    kind = service_kind_of_url(value)
    host = url_host(value) if kind else None
    if kind is None or not host or "{" in value:
        return
    needs.hardcoded.append(
        HardcodedUrl(kind=kind, file=rel, line=node.lineno, host=host, url=value[:_MAX_VALUE])
    )
    _evidence(_need(needs, kind), "code", f"{rel}:{node.lineno}", f"a {kind} URL in the code")


# -- alembic -----------------------------------------------------------------------------------


def _read_alembic(tree: SourceTree, needs: ServiceNeeds) -> AlembicConfig | None:
    """The repository's documented migration command and its configuration file, else the
    first alembic.ini (the root's, then one or two folders down) run from its own folder."""
    command = documented_migration(tree)
    nested = (r for r in tree.files if r.count("/") in (1, 2) and r.endswith("/alembic.ini"))
    candidates = [command.ini] if command else ["alembic.ini", *sorted(nested)]
    for rel in candidates:
        text = tree.read_text(rel)
        if text is None:
            continue
        parser = configparser.RawConfigParser(strict=False)
        try:
            parser.read_string(text, source=rel)
        except (configparser.Error, ValueError):
            needs.notes.append(f"{rel}: not a readable INI file; migrations not run")
            continue
        if not parser.has_section("alembic"):
            continue
        location = parser.get("alembic", "script_location", fallback=None)
        url = parser.get("alembic", "sqlalchemy.url", fallback=None)
        line = next(
            (
                number
                for number, raw in enumerate(text.splitlines(), 1)
                if raw.strip().startswith("sqlalchemy.url")
            ),
            None,
        )
        if url is not None and (not url.strip() or url.strip() == _ALEMBIC_PLACEHOLDER):
            url = None
        config = AlembicConfig(
            file=rel,
            directory=command.directory if command else posixpath.dirname(rel) or ".",
            script_location=location,
            url=url.strip() if url else None,
            url_line=line if url else None,
            command=command,
        )
        if config.url and "://" in config.url:
            kind = service_kind_of_url(config.url)
            if kind is not None:
                _evidence(_need(needs, kind), "url", f"{rel}:{line}", "sqlalchemy.url")
        return config
    pyproject = tree.read_toml("pyproject.toml") if tree.has_file("pyproject.toml") else None
    tool = pyproject.get("tool") if isinstance(pyproject, dict) else None
    if isinstance(tool, dict) and isinstance(tool.get("alembic"), dict):
        location = tool["alembic"].get("script_location")
        return AlembicConfig(
            file="pyproject.toml",
            directory=".",
            script_location=location if isinstance(location, str) else None,
        )
    return None


def _read_schema_script(tree: SourceTree, needs: ServiceNeeds) -> SchemaScript | None:
    """The documented Python command that creates the tables, when the repository documents no
    alembic command (an alembic.ini alone is not what its docs run); else Alembic, with a note."""
    script = documented_schema_script(tree)
    alembic = needs.alembic.command if needs.alembic else None
    if script is not None and alembic is not None:
        needs.notes.append(
            f"{script.source} documents `{script.shown()}` too; the documented "
            f"`{alembic.shown()}` ({alembic.source}) is the migration run"
        )
        return None
    return script


# -- dependencies ------------------------------------------------------------------------------


def declared_names(facts: ProjectFacts) -> dict[str, str]:
    """Every distribution the submission declares or locks, normalized, with how it says so."""
    deps = facts.dependencies
    names: dict[str, str] = {}
    for requirement in [*deps.runtime, *deps.test]:
        split = split_requirement(requirement)
        if split is not None:
            names.setdefault(normalize_name(split[0]), requirement)
    for name in deps.lock.names if deps.lock else []:
        names.setdefault(normalize_name(name), name)
    return names


def sqlite_url(facts: ProjectFacts) -> str | None:
    """The database URL a reviewer would set for an app whose only database driver is SQLite's
    (aiosqlite, or SQLAlchemy's built-in one) when it requires a URL nobody documents; None
    when a server's driver is declared (the services plan writes that URL)."""
    names = declared_names(facts)
    if any(names.keys() & _DRIVERS[kind] for kind in _RELATIONAL_KINDS):
        return None
    if "aiosqlite" in names:
        return "sqlite+aiosqlite:////tmp/grader.db"
    if names.keys() & {"sqlalchemy", "sqlmodel"}:
        return "sqlite:////tmp/grader.db"
    return None


# Libraries that take a SQLAlchemy URL, whose scheme names the driver (`mysql+aiomysql://`).
_URL_DIALECT_LIBRARIES = frozenset({"sqlalchemy", "sqlmodel", "databases", "ormar"})


def _driver_schemes(facts: ProjectFacts) -> bool:
    """Whether the app hands its URL to a library that reads SQLAlchemy URLs: the code
    importing one decides, then the code importing a raw driver and none of them (a lock file
    may pull SQLAlchemy in under other libraries); else the declared requirements."""
    imported = {i.module for i in facts.dependencies.imports if i.scope == "runtime"}
    if _URL_DIALECT_LIBRARIES & imported:
        return True
    if imported & _RAW_DRIVER_MODULES:
        return False
    declared = (split_requirement(r) for r in facts.dependencies.runtime)
    return bool(_URL_DIALECT_LIBRARIES & {normalize_name(d[0]) for d in declared if d})


_RAW_DRIVER_MODULES = frozenset({"asyncpg", "psycopg", "psycopg2", "pymysql", "aiomysql"})


def _read_dependencies(facts: ProjectFacts, needs: ServiceNeeds) -> None:
    names = declared_names(facts)
    needs.driver_schemes = _driver_schemes(facts)
    deps = facts.dependencies
    source = ", ".join(deps.files) or "dependencies"
    for kind, drivers in _DRIVERS.items():
        for driver in sorted(drivers & names.keys()):
            _evidence(_need(needs, kind), "dependency", source, driver)
    brokers = sorted(_BROKERS & names.keys())
    if brokers and not any(s.kind in ("redis", "rabbitmq") for s in needs.services):
        # A task queue with no broker named anywhere: celery's examples use Redis or RabbitMQ;
        # a Redis client among the dependencies says which.
        _evidence(_need(needs, "redis"), "dependency", source, f"{brokers[0]} (its broker)")
