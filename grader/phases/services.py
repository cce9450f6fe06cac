"""The servers an app needs beside it, started before the app: what the start phase calls.

1. `start_services(ctx)`: reads the needs from the submission's files as data (grader/discovery/
   services.py), plans one server per kind (PostgreSQL, MySQL/MariaDB, Redis; other kinds when an
   image is configured for them), starts each on this grading's internal network under the host
   names the app uses, creates the databases, users and passwords the app's settings name, and
   waits for each to answer its health check as the app would log in. It returns the variables
   to set for the app (its URLs and host settings pointed at those names) and the network the
   candidate must join. A server that cannot be had here skips the start with a reason naming
   it and the setting that would provide it: the grading is partial, nothing is charged.
2. `run_migrations(ctx, started)`: `alembic upgrade head` (or, where the repository documents
   no alembic command, its documented `python -m <module>` or `python <script>` that creates
   the tables: grader/discovery/schema_scripts.py), bounded, in the submission's own image on
   the same network, as its own recorded step; a failure fails the start with that reason.
3. `service_failure(text)`: whether a traceback is a server's connection failure (pure), and
   `services_down(started)`: which servers stopped; a 500 of the first kind is only excused when
   the second agrees (the traceback is the candidate's output, the container state is ours).
"""

from __future__ import annotations

import posixpath
import re
import shlex
import time
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

from docker.errors import DockerException
from requests.exceptions import RequestException

from grader.checks.registry import make_finding
from grader.discovery.compose import interpolate
from grader.discovery.migrations import AlembicCommand
from grader.discovery.schema_scripts import SchemaScript
from grader.discovery.services import (
    DEFAULT_HOSTNAMES,
    DEFAULT_PORTS,
    DISPLAY_NAMES,
    LOOPBACK_HOSTS,
    ServiceNeed,
    ServiceNeeds,
    discover_services,
    is_sqlite_url,
    kind_of_setting_name,
    service_kind_of_url,
    url_parts,
    valid_hostname,
)
from grader.grading import PhaseFailed, PhaseSkipped
from grader.phases.context import RunContext
from grader.phases.startup_failure import explain_startup
from grader.sandbox.containers import start_candidate, tail_logs
from grader.sandbox.engine import Container, run_labels
from grader.sandbox.relay import RelayRoute, relay_routes, relay_shown, with_relay
from grader.sandbox.services import (
    ServiceImageMissing,
    ServiceSpec,
    create_network,
    network_isolation,
    remove_quietly,
    reset_service,
    service_running,
    start_service,
    valid_name,
    valid_password,
    wait_ready,
)
from grader.settings import ServiceSettings

MIGRATION_COMMAND = "alembic upgrade head"
_SAFE_DIR = re.compile(r"^[A-Za-z0-9_.\-/]+$")
_RELATIONAL = ("postgres", "mysql")
_MAX_INI_BYTES = 64_000
# The scheme of a URL the grader writes where the app has none, by the drivers it declares.
_SCHEME_BY_DRIVER = {
    "postgres": (("asyncpg", "postgresql+asyncpg"), ("psycopg", "postgresql+psycopg")),
    "mysql": (
        ("aiomysql", "mysql+aiomysql"),
        ("asyncmy", "mysql+asyncmy"),
        ("pymysql", "mysql+pymysql"),
    ),
}
_DEFAULT_SCHEME = {
    "postgres": "postgresql",
    "mysql": "mysql",
    "redis": "redis",
    "mongo": "mongodb",
    "rabbitmq": "amqp",
}
_DEFAULT_ACCOUNT = {"postgres": "postgres", "mysql": "root"}


# -- the plan (pure) ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Unavailable:
    """A server the grader cannot provide: which, why it is thought needed, what would help."""

    kind: str
    required: bool  # named by a compose service, a URL, a setting or the code
    evidence: str
    reason: str
    file: str | None = None
    line: int | None = None


@dataclass(frozen=True)
class ServicePlan:
    specs: tuple[ServiceSpec, ...] = ()
    environment: dict[str, str] = field(default_factory=dict)  # what the app is given
    unavailable: tuple[Unavailable, ...] = ()
    notes: tuple[str, ...] = ()
    alembic_url: str | None = None  # alembic.ini's sqlalchemy.url, pointed at the server


def plan_services(
    needs: ServiceNeeds, environment: dict[str, str], settings: ServiceSettings
) -> ServicePlan:
    """Which servers to start, with which names, databases and accounts, and the variables the
    app then gets: a pure function of the files' needs and the environment the app is given."""
    notes: list[str] = list(needs.notes[:5])
    unavailable: list[Unavailable] = []
    started: list[ServiceNeed] = []
    sqlite = [s.name for s in needs.urls if s.value and is_sqlite_url(s.value)]
    for need in needs.services:
        if need.kind in _RELATIONAL and not need.named and sqlite:
            notes.append(
                f"{need.display} drivers are declared, but {', '.join(sqlite)} is SQLite: "
                "no server started"
            )
            continue
        if need.kind not in settings.images:
            unavailable.append(_unavailable(need, _no_image_reason(need)))
            continue
        started.append(need)
    relational = next((n.kind for n in started if n.kind in _RELATIONAL), None)
    claimed: dict[str, str] = {}
    for need in started:  # names a compose file or a URL gives go to their server, first come
        for host in need.hostnames:
            claimed.setdefault(host, need.kind)
    for part in needs.parts:
        host = (environment.get(part.name) or part.value or "").strip()
        kind = part.kind or relational
        served = host.lower() not in LOOPBACK_HOSTS and valid_hostname(host)
        if part.part == "host" and kind and served:
            claimed.setdefault(host, kind)
    for need in started:  # then the usual names (db, postgres, redis), where still free
        for host in DEFAULT_HOSTNAMES.get(need.kind, (need.kind,)):
            claimed.setdefault(host, need.kind)
    specs: list[ServiceSpec] = []
    overrides: dict[str, str] = {}
    alembic_url: str | None = None
    for need in started:
        aliases = tuple(h for h, kind in claimed.items() if kind == need.kind)
        aliases = aliases or (f"grader-{need.kind}",)  # every usual name taken by another
        primary = next((h for h in need.hostnames if claimed.get(h) == need.kind), aliases[0])
        accounts, databases = _accounts(need, needs, environment, relational, notes)
        port = need.port or DEFAULT_PORTS.get(need.kind, 0)
        spec = ServiceSpec(
            kind=need.kind,
            image=settings.images[need.kind],
            aliases=aliases,
            port=port,
            accounts=tuple(accounts.items()),
            databases=tuple(databases),
            environment=_server_environment(need),
            memory_mb=settings.memory_mb,
        )
        specs.append(spec)
        overrides.update(_url_overrides(spec, primary, needs, environment, relational))
        overrides.update(_part_overrides(spec, primary, needs, environment, relational))
        if (
            needs.alembic
            and needs.alembic.url
            and service_kind_of_url(needs.alembic.url) == need.kind
        ):
            alembic_url = _point_at(needs.alembic.url, primary, spec, environment)
    for hard in needs.hardcoded:
        server = next((s for s in specs if s.kind == hard.kind), None)
        if server is None or hard.host.lower() not in LOOPBACK_HOSTS:
            continue
        written_port = _url_port(hard.url)
        if hard.host.lower() in _RELAYED_HOSTS and written_port in (None, server.port):
            continue  # the loopback relay serves it (`loopback_relay`)
        notes.append(
            f"{hard.file}:{hard.line} connects to {hard.host}"
            f"{f':{written_port}' if written_port else ''} in the code; the "
            f"{DISPLAY_NAMES.get(hard.kind, hard.kind)} server answers under its host names, "
            f"and on the app's loopback at port {server.port} only, so that connection cannot "
            "succeed here"
        )
    return ServicePlan(
        specs=tuple(specs),
        environment=overrides,
        unavailable=tuple(unavailable),
        notes=tuple(dict.fromkeys(notes)),
        alembic_url=alembic_url,
    )


# Where the loopback relay listens in each candidate container: 127.0.0.1 (and ::1 where the
# container has it); Linux sends a connection to 0.0.0.0 to 127.0.0.1.
_RELAYED_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "0.0.0.0"})


def _url_port(url: str) -> int | None:
    try:
        return urlsplit(url.strip()).port
    except ValueError:
        return None


def _no_image_reason(need: ServiceNeed) -> str:
    return (
        f"the app needs {need.display}, which this machine cannot provide: no image is "
        f'configured for it (set services.images["{need.kind}"] in the grader\'s settings, '
        f"GradeSettings.services.images, to an image that runs {need.display})"
    )


def _unavailable(need: ServiceNeed, reason: str) -> Unavailable:
    evidence = "; ".join(f"{e.source}: {e.what}" for e in need.evidence[:3])
    located = next((e.source for e in need.evidence if e.strength != "dependency"), None)
    file, line = _split_location(located)
    return Unavailable(need.kind, need.named, evidence, reason, file, line)


def _split_location(source: str | None) -> tuple[str | None, int | None]:
    if not source:
        return None, None
    path = source.split(" (", 1)[0].split(",", 1)[0].strip()
    head, _, tail = path.rpartition(":")
    if head and tail.isdigit():
        return head, int(tail)
    return path, None


def _url_value(name: str, value: str | None, environment: dict[str, str]) -> str | None:
    """The URL the app will read: its given value (interpolated), else the code's default."""
    raw = environment.get(name, value)
    if raw is None:
        return None
    return interpolate(raw, environment) or raw


def _accounts(
    need: ServiceNeed,
    needs: ServiceNeeds,
    environment: dict[str, str],
    relational: str | None,
    notes: list[str],
) -> tuple[dict[str, str | None], list[str]]:
    """Users (with passwords) and databases, in the order the app's own settings say them:
    its URLs, its URL parts, URLs in the code, alembic.ini, then the compose server's."""
    accounts: dict[str, str | None] = {}
    databases: list[str] = []

    def add(user: str | None, password: str | None, database: str | None) -> None:
        if user is not None and need.kind == "redis" and not user:
            user = "default"
        if user is not None:
            if not valid_name(user) or (password is not None and not valid_password(password)):
                notes.append(f"a {need.display} user or password is not plain text; left out")
            elif accounts.get(user) is None:
                accounts[user] = password
        if database and need.kind != "redis":
            if not valid_name(database):
                notes.append(f"the {need.display} database {database!r} is not plain; left out")
            elif database not in databases:
                databases.append(database)

    for setting in needs.urls:
        kind = setting.kind or (
            None if setting.value else kind_of_setting_name(setting.name, relational)
        )
        value = _url_value(setting.name, setting.value, environment)
        if kind == need.kind and value and "://" in value:
            user, password, database = url_parts(value)
            if need.kind == "redis" and password is not None:
                user = user or "default"
            add(user, password, database)
            if need.kind == "postgres" and user and not database:
                add(None, None, user)  # libpq's default database is the user's name
    parts: dict[str, str] = {}
    for part in needs.parts:
        if (part.kind or relational) != need.kind:
            continue
        value = environment.get(part.name, part.value)
        if value is not None and part.part not in parts:
            parts[part.part] = value
        elif value is None and part.part == "password" and need.kind in _DEFAULT_ACCOUNT:
            # `POSTGRES_PASSWORD: str = os.getenv("POSTGRES_PASSWORD")` with nothing to read:
            # None fails a settings class, so the account gets a password to fill it with.
            parts.setdefault("password", FILLED_PASSWORD)
    if "user" in parts or "password" in parts or "database" in parts:
        fallback = None if need.kind == "redis" else _DEFAULT_ACCOUNT.get(need.kind)
        user = parts.get("user") or fallback
        add(user or ("default" if parts.get("password") else None), parts.get("password"), None)
        add(None, None, parts.get("database"))
    for hard in needs.hardcoded:
        if hard.kind == need.kind:
            user, password, database = url_parts(hard.url)
            add(user, password, database)
    if needs.alembic and needs.alembic.url and service_kind_of_url(needs.alembic.url) == need.kind:
        user, password, database = url_parts(needs.alembic.url)
        add(user, password, database)
    for account in need.accounts:
        add(account.user, account.password, None)
    for database in need.databases:
        add(None, None, database)
    if not accounts and need.kind in _DEFAULT_ACCOUNT:
        accounts[_DEFAULT_ACCOUNT[need.kind]] = None
    if need.kind == "postgres" and not databases:
        databases.append(next(iter(accounts)))
    if need.kind in _TEST_DATABASES:
        # A suite often runs against its own copy, named after the app's by convention
        # (`todos_test`, `test_todos`) and created by hand per the README: created here too.
        for database in list(databases):
            for name in (f"{database}_test", f"test_{database}"):
                if valid_name(name) and name not in databases:
                    databases.append(name)
    return accounts, databases


_TEST_DATABASES = frozenset({"postgres", "mysql"})
# The password of an account whose password setting the app names but nothing gives (the server
# is this grading's alone, on its own network).
FILLED_PASSWORD = "grader-password"


def _server_environment(need: ServiceNeed) -> dict[str, str]:
    """For an image from a registry: its compose environment, minus what would steer the
    process rather than the server (PATH, LD_*, PYTHON*)."""
    if need.kind in ("postgres", "mysql", "redis"):
        return {}
    steer = re.compile(r"^(PATH|HOME|LD_.*|PYTHON.*|SHELL|USER|HOSTNAME)$", re.IGNORECASE)
    return {k: v for k, v in need.environment.items() if not steer.match(k)}


def _point_at(url: str, host: str, spec: ServiceSpec, environment: dict[str, str]) -> str:
    """The URL with its host and port replaced by the server's; user, password, database and
    options kept; a user added where it has none (libpq would use the OS user's name)."""
    url = interpolate(url, environment) or url
    split = urlsplit(url.strip())
    userinfo = split.netloc.rpartition("@")[0] if "@" in split.netloc else ""
    if not userinfo and spec.kind in _DEFAULT_ACCOUNT and spec.accounts:
        user, password = spec.accounts[0]
        userinfo = quote(user, safe="") + (f":{quote(password, safe='')}" if password else "")
    netloc = f"{userinfo}@" if userinfo else ""
    netloc += f"{host}:{spec.port}"
    scheme = split.scheme
    if scheme == "mongodb+srv":
        scheme = "mongodb"  # no SRV records on this network
    return urlunsplit((scheme, netloc, split.path, split.query, split.fragment))


def _new_url(spec: ServiceSpec, host: str, needs: ServiceNeeds) -> str:
    """A URL where the app has none to rewrite (a required DATABASE_URL with no example): its
    scheme names the driver only for a library that reads SQLAlchemy URLs; psycopg or asyncpg
    called directly refuse `postgresql+psycopg://` (fresh bw64-05's suite: 18 errors)."""
    drivers = {e.what for n in needs.services if n.kind == spec.kind for e in n.evidence}
    by_driver = _SCHEME_BY_DRIVER.get(spec.kind, ()) if needs.driver_schemes else ()
    scheme = next(
        (s for driver, s in by_driver if driver in drivers),
        _DEFAULT_SCHEME.get(spec.kind, spec.kind),
    )
    user, password = spec.accounts[0] if spec.accounts else ("", None)
    userinfo = ""
    if user and user != "default":
        userinfo = quote(user, safe="") + (f":{quote(password, safe='')}" if password else "") + "@"
    elif password:
        userinfo = f":{quote(password, safe='')}@"
    database = spec.databases[0] if spec.databases and spec.kind != "redis" else ""
    path = f"/{quote(database, safe='')}" if database else ("/0" if spec.kind == "redis" else "")
    return f"{scheme}://{userinfo}{host}:{spec.port}{path}"


def _url_overrides(
    spec: ServiceSpec,
    host: str,
    needs: ServiceNeeds,
    environment: dict[str, str],
    relational: str | None,
) -> dict[str, str]:
    overrides: dict[str, str] = {}
    for setting in needs.urls:
        value = _url_value(setting.name, setting.value, environment)
        kind = setting.kind or (None if value else kind_of_setting_name(setting.name, relational))
        if kind != spec.kind:
            continue
        if value and "://" in value:
            overrides[setting.name] = _point_at(value, host, spec, environment)
        elif not value:
            overrides[setting.name] = _new_url(spec, host, needs)
    return overrides


def _part_overrides(
    spec: ServiceSpec,
    host: str,
    needs: ServiceNeeds,
    environment: dict[str, str],
    relational: str | None,
) -> dict[str, str]:
    """Host and port parts point at the server; parts the app would otherwise lack are filled."""
    overrides: dict[str, str] = {}
    user, password = spec.accounts[0] if spec.accounts else ("", None)
    for part in needs.parts:
        if (part.kind or relational) != spec.kind:
            continue
        given = environment.get(part.name, part.value)
        if part.part == "host":
            if (given or "").lower() in LOOPBACK_HOSTS or not given or given not in spec.aliases:
                overrides[part.name] = host
        elif part.part == "port":
            overrides[part.name] = str(spec.port)
        elif not given:  # unset, or a blank to fill in
            fill = {
                "user": user if user != "default" else None,
                "password": password,
                "database": spec.databases[0] if spec.databases else None,
            }[part.part]
            if fill:
                overrides[part.name] = fill
    return overrides


# -- starting the servers ----------------------------------------------------------------------


@dataclass(frozen=True)
class StartedService:
    kind: str
    image: str
    aliases: tuple[str, ...]
    container: Container
    seconds: float
    port: int = 0  # where it listens on the network (and on the candidate's loopback, relayed)


@dataclass(frozen=True)
class ServicesStarted:
    """What the app needs to reach its servers: the network to join (None: no servers, keep the
    candidate with no network at all) and the variables to set on top of its environment."""

    network: str | None = None
    environment: dict[str, str] = field(default_factory=dict)
    services: tuple[StartedService, ...] = ()
    needs: ServiceNeeds = field(default_factory=ServiceNeeds)
    plan: ServicePlan = field(default_factory=ServicePlan)
    seconds: float = 0.0
    relay: tuple[RelayRoute, ...] = ()  # 127.0.0.1:<port> -> server, in each candidate container


def start_services(ctx: RunContext) -> ServicesStarted:
    """Start (and health-check) every server the app needs; see the module's docstring.

    Records metrics and findings on `ctx.grading`; raises PhaseSkipped when a server the app
    names cannot be had here, or its network cannot be isolated (nothing is charged).
    Whatever it created carries the grading's labels: the pipeline's `remove_run` removes it.
    """
    settings = ctx.settings.services
    if not settings.enabled:
        ctx.grading.metrics["services"] = "off"
        return ServicesStarted()
    begun = time.monotonic()
    needs = discover_services(ctx.submission.root, ctx.facts)
    plan = plan_services(needs, ctx.environment, settings)
    if plan.notes:
        ctx.grading.metrics["services_notes"] = " | ".join(plan.notes)[:2000]
    _report_unavailable(ctx, plan.unavailable)
    if not plan.specs:
        return ServicesStarted(needs=needs, plan=plan)
    network = create_network(ctx.engine, ctx.run_id, run_labels(ctx.run_id, "network"))
    problems = network_isolation(ctx.engine, network)
    if problems:
        reason = "the services network cannot be isolated here: " + "; ".join(problems)
        ctx.grading.add(make_finding("SERVICE-UNAVAILABLE", reason + "."))
        raise PhaseSkipped(reason)
    started = _start_all(ctx, plan, network)
    seconds = round(time.monotonic() - begun, 2)
    metrics = ctx.grading.metrics
    metrics["services"] = "; ".join(f"{s.kind}:{','.join(s.aliases)}" for s in started)
    metrics["services_seconds"] = seconds
    for service in started:
        metrics[f"services_{service.kind}_seconds"] = round(service.seconds, 2)
    if plan.environment:
        # Names only: the URLs hold passwords.
        metrics["services_env"] = ",".join(sorted(plan.environment))
    relay = loopback_relay(ctx, started)
    return ServicesStarted(
        network=network,
        environment=dict(plan.environment),
        services=tuple(started),
        needs=needs,
        plan=plan,
        seconds=seconds,
        relay=relay,
    )


def loopback_relay(ctx: RunContext, started: Iterable[StartedService]) -> tuple[RelayRoute, ...]:
    """The routes each candidate container relays from its loopback to the servers (a file or
    the code may say `localhost:5432`, which no variable of the grader's reaches), recorded as
    `services_relay`. A server whose name or port is not plain gets no route, and a note."""
    servers: list[tuple[str, int]] = []
    for service in started:
        if not service.aliases or service.port <= 0:
            continue
        try:
            relay_routes([(service.aliases[0], service.port)])
        except ValueError as exc:
            _add_note(ctx, f"no loopback relay to {service.kind}: {exc}")
            continue
        servers.append((service.aliases[0], service.port))
    routes = relay_routes(servers)
    if routes:
        ctx.grading.metrics["services_relay"] = relay_shown(routes)
    return routes


def _report_unavailable(ctx: RunContext, unavailable: Iterable[Unavailable]) -> None:
    required = []
    for item in unavailable:
        detail = f"{item.reason}. Why it is needed: {item.evidence}."
        if not item.required:
            detail += " Only a dependency names it, so the app is started without it."
        ctx.grading.add(make_finding("SERVICE-UNAVAILABLE", detail, file=item.file, line=item.line))
        if item.required:
            required.append(item)
    if required:
        raise PhaseSkipped("; ".join(item.reason for item in required))


def _start_all(ctx: RunContext, plan: ServicePlan, network: str) -> list[StartedService]:
    """Start every server at once (they boot in parallel), then wait for each in turn."""
    labels = run_labels(ctx.run_id, "service")
    launched: list[tuple[ServiceSpec, Container, float]] = []
    for spec in plan.specs:
        began = time.monotonic()
        try:
            container = start_service(ctx.engine, spec, network=network, labels=labels)
        except ServiceImageMissing:
            display = DISPLAY_NAMES.get(spec.kind, spec.kind)
            reason = (
                f"the app needs {display}, but its image {spec.image} is not on this machine "
                f'(`make service-images` builds it; or set services.images["{spec.kind}"])'
            )
            ctx.grading.add(make_finding("SERVICE-UNAVAILABLE", reason + "."))
            raise PhaseSkipped(reason) from None
        launched.append((spec, container, began))
    deadline = time.monotonic() + ctx.settings.services.start_timeout_seconds
    started: list[StartedService] = []
    for spec, container, began in launched:
        problem = wait_ready(container, spec, deadline)
        if problem is not None:
            display = DISPLAY_NAMES.get(spec.kind, spec.kind)
            ctx.grading.add(
                make_finding("SERVICE-UNAVAILABLE", f"The {display} server is not ready: {problem}")
            )
            raise PhaseSkipped(f"the {display} server the app needs did not become ready")
        started.append(
            StartedService(
                spec.kind,
                spec.image,
                spec.aliases,
                container,
                time.monotonic() - began,
                spec.port,
            )
        )
    return started


def candidate_environment_with_services(
    environment: dict[str, str], started: ServicesStarted
) -> dict[str, str]:
    """The app's environment with the servers' variables on top (they win)."""
    return {**environment, **started.environment}


def test_settings(started: ServicesStarted) -> dict[str, str]:
    """The optional test settings the code reads (`TEST_DATABASE_URL`), each the URL the app is
    given for the same kind of server: the suite runs on fresh servers of its own, so its tests
    may empty the tables they fill."""
    kinds = {service.kind for service in started.services}
    relational = next((kind for kind in ("postgres", "mysql") if kind in kinds), None)
    given = {
        kind: url
        for url in started.environment.values()
        if (kind := service_kind_of_url(url)) is not None
    }
    found: dict[str, str] = {}
    for setting in started.needs.test_urls:
        kind = kind_of_setting_name(setting.name, relational)
        if kind is not None and kind in given:
            found[setting.name] = given[kind]
    return found


# -- migrations --------------------------------------------------------------------------------


@dataclass(frozen=True)
class MigrationOutcome:
    ok: bool
    command: str
    seconds: float
    exit_code: int | None = None
    timed_out: bool = False
    log: str = ""
    reason: str = ""


def migration_script(
    directory: str,
    timeout_seconds: int,
    rewrite_ini: bool,
    command: AlembicCommand | None = None,
) -> list[str]:
    """argv of the migration container: the code copied to its tmpfs, then alembic, bounded:
    the repository's documented arguments (each checked plain when read) or `upgrade head`."""
    arguments = command.arguments() if command else ["upgrade", "head"]
    ini = (command.config if command else None) or "alembic.ini"
    _plain(ini)
    before = (f'printf "%s" "$GRADER_ALEMBIC_INI" > {shlex.quote(ini)}',) if rewrite_ini else ()
    program = ["python", "-m", "alembic", *arguments]
    return _bounded_in_copy(directory, program, timeout_seconds, before)


def schema_script_command(script: SchemaScript, timeout_seconds: int) -> list[str]:
    """argv of the migration container for the repository's documented Python command that
    creates its tables: `python -m <module>` or `python <script>`, from its folder, bounded."""
    return _bounded_in_copy(script.directory, script.argv(), timeout_seconds)


def _bounded_in_copy(
    directory: str, program: list[str], timeout_seconds: int, before: tuple[str, ...] = ()
) -> list[str]:
    """`sh -c`: the code copied to the container's tmpfs, then `program` (the grader's own argv,
    quoted) from `directory`, under `timeout`."""
    steps = ["cp -R /src/. /app/", f"cd {shlex.quote(_in_app(directory))}", *before]
    steps.append(f"exec timeout -k 5 {timeout_seconds} {shlex.join(program)}")
    return ["sh", "-c", " && ".join(steps)]


def _in_app(directory: str) -> str:
    """The container path of a root-relative folder of the submission (copied to /app)."""
    _plain(directory)
    return "/app" if directory in ("", ".") else f"/app/{directory}"


def _pythonpath(ctx: RunContext, directory: str) -> str:
    """PYTHONPATH for a command run from `directory`: that folder, then the app's own."""
    app_dir = ctx.facts.app.app_dir if ctx.facts.app else "."
    return ":".join(dict.fromkeys(posixpath.normpath(f"/app/{d}") for d in (directory, app_dir)))


def _plain(path: str) -> None:
    if not _SAFE_DIR.match(path) or ".." in path.split("/") or path.startswith("/"):
        raise ValueError(f"migration path {path!r} is not a plain relative path")


def alembic_ini_pointed(root: Path, needs: ServiceNeeds, url: str | None) -> str | None:
    """alembic.ini's text with `sqlalchemy.url` replaced by the server's URL (`%` doubled, as
    the INI's interpolation wants), read as data; None when nothing needs replacing."""
    config = needs.alembic
    if url is None or config is None or config.url_line is None:
        return None
    path = root / config.file
    if path.is_symlink() or not path.is_file() or path.stat().st_size > _MAX_INI_BYTES:
        return None
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    index = config.url_line - 1
    if index >= len(lines) or not lines[index].strip().startswith("sqlalchemy.url"):
        return None
    lines[index] = "sqlalchemy.url = " + url.replace("%", "%%")
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class MigrationStep:
    """What the migration container runs, and what the report says of it."""

    command: list[str]
    shown: str
    directory: str  # the folder it runs from, first on PYTHONPATH
    file: str  # where a failure points when its output names no line of the submission
    source: str | None = None  # file:line where the repository documents it
    notes: tuple[str, ...] = ()
    environment: dict[str, str] = field(default_factory=dict)
    alembic: bool = True


def migration_step(root: Path, started: ServicesStarted, limit: int) -> MigrationStep | None:
    """The repository's documented Python command that creates its tables when it documents no
    alembic command; else Alembic (its documented command, or `upgrade head`); else None.
    Raises ValueError when a path is not plain (discovery already refused such paths)."""
    needs = started.needs
    script = needs.schema_script
    if script is not None:
        return MigrationStep(
            command=schema_script_command(script, limit),
            shown=script.shown(),
            directory=script.directory,
            file=script.file,
            source=script.source,
            alembic=False,
        )
    config = needs.alembic
    if config is None:
        return None
    ini = alembic_ini_pointed(root, needs, started.plan.alembic_url)
    documented = config.command
    return MigrationStep(
        command=migration_script(config.directory, limit, ini is not None, documented),
        shown=documented.shown() if documented else MIGRATION_COMMAND,
        directory=config.directory,
        file=config.file,
        source=documented.source if documented else None,
        notes=tuple(documented.notes) if documented else (),
        environment={"GRADER_ALEMBIC_INI": ini} if ini is not None else {},
    )


def run_migrations(ctx: RunContext, started: ServicesStarted) -> MigrationOutcome | None:
    """The migrations against the servers: `alembic upgrade head` when the submission has an
    Alembic setup, or the Python command its files document to create the tables
    (`migration_step`).

    A step of its own: metrics `migrate_*`, and on failure a SERVICE-MIGRATION-FAILED finding
    (the end of the output; the migration's file:line) and PhaseFailed with that reason. If a
    server stopped meanwhile, the failure is the server's: PhaseSkipped, nothing charged.
    Returns None when there is nothing to migrate (no migration, or no server).
    """
    if started.network is None or not started.services:
        return None
    limit = int(ctx.settings.services.migration_timeout_seconds)
    try:
        step = migration_step(ctx.submission.root, started, limit)
    except ValueError as exc:
        raise PhaseFailed(str(exc)) from None
    if step is None:
        return None
    outcome = _migrate(ctx, started, step, limit)
    metrics = ctx.grading.metrics
    metrics["migrate_command"] = step.shown
    if step.source is not None:
        metrics["migrate_source"] = step.source
    if step.notes:
        _add_note(ctx, "; ".join(step.notes))
    metrics["migrate_seconds"] = round(outcome.seconds, 2)
    status = "ok" if outcome.ok else ("timeout" if outcome.timed_out else "failed")
    if not outcome.ok and step.alembic and alembic_missing(outcome.log):
        # alembic.ini without alembic among the dependencies: the configuration is a leftover
        # (or the app creates its tables itself); the app is started, and the report says so.
        metrics["migrate_status"] = "not_run"
        reason = f"{step.file} exists but alembic is not a dependency, migrations not run"
        _add_note(ctx, reason)
        ctx.grading.add(make_finding("SERVICE-MIGRATION-NOT-RUN", reason + ".", file=step.file))
        return outcome
    metrics["migrate_status"] = status
    if not outcome.ok:
        _migration_failed(ctx, started, step.file, outcome)
    return outcome


def create_schema_in_app(ctx: RunContext, started: ServicesStarted, candidate: Container) -> None:
    """A service-less app whose files document the Python command that creates its tables (the
    Flask tutorial's `python -m blog.db` over schema.sql, tune bw34-02): run in the candidate's
    own container once it answers, where its SQLite file lives, bounded. The app may create
    its tables itself too, so a failure is a note (metrics `migrate_*`), never a charge."""
    script = started.needs.schema_script
    if started.services or script is None:
        return
    limit = int(ctx.settings.services.migration_timeout_seconds)
    began = time.monotonic()
    try:
        code, output = candidate.exec_run(
            ["timeout", "-k", "5", str(limit), *script.argv()],
            workdir=_in_app(script.directory),
            environment={"PYTHONPATH": _pythonpath(ctx, script.directory)},
        )
    except (DockerException, RequestException) as exc:
        code, output = None, str(exc).encode()
    metrics = ctx.grading.metrics
    metrics["migrate_command"] = script.shown()
    metrics["migrate_source"] = script.source
    metrics["migrate_seconds"] = round(time.monotonic() - began, 2)
    metrics["migrate_status"] = "ok" if code == 0 else "failed"
    if code != 0:
        tail = output.decode("utf-8", "replace").strip().splitlines()[-1:] if output else []
        said = f": {tail[0][:200]}" if tail else ""
        _add_note(ctx, f"`{script.shown()}` ({script.source}) exited {code}{said}")


def _migrate(
    ctx: RunContext, started: ServicesStarted, step: MigrationStep, limit: int
) -> MigrationOutcome:
    """One run of the migration step in the submission's image, beside the servers."""
    assert ctx.sandbox.image is not None, "migrations run in the build phase's image"
    environment = {
        **candidate_environment_with_services(ctx.environment, started),
        "PYTHONPATH": _pythonpath(ctx, step.directory),
        **step.environment,
    }
    began = time.monotonic()
    container = start_candidate(
        ctx.engine,
        image=ctx.sandbox.image,
        command=with_relay(step.command, started.relay),
        limits=ctx.settings.limits,
        labels=run_labels(ctx.run_id, "migrations"),
        environment=environment,
        network=started.network,
    )
    try:
        return _wait_migration(container, limit, began, step.shown)
    finally:
        remove_quietly(ctx.engine, container)


def fresh_servers(ctx: RunContext, started: ServicesStarted) -> str:
    """Empty the servers the probes wrote to, and migrate them again, before the candidate's
    suite runs on them: its author ran it on fresh ones (a new database, the migrations, then
    pytest, as a CI does), and the rows our probes left (an id the tests' seed data takes, a
    count forty too high) would fail it for our doing. The app is stopped first: its work is
    done, and a transaction it left open would hold the drop. Returns "ok" or why not, for the
    metric `tests_fresh_servers`; the suite then runs on the servers as they are."""
    if started.network is None or not started.services:
        return "no servers"
    if ctx.sandbox.candidate is not None:
        with suppress(DockerException, RequestException):
            ctx.sandbox.candidate.stop(timeout=2)
    specs = {spec.kind: spec for spec in started.plan.specs}
    problems = [
        problem
        for service in started.services
        if service.kind in specs
        for problem in [reset_service(service.container, specs[service.kind])]
        if problem is not None
    ]
    if problems:
        return "not emptied: " + "; ".join(problems)
    limit = int(ctx.settings.services.migration_timeout_seconds)
    try:
        step = migration_step(ctx.submission.root, started, limit)
    except ValueError as exc:
        return f"emptied, not migrated: {exc}"
    if step is None:
        return "ok"
    outcome = _migrate(ctx, started, step, limit)
    return "ok" if outcome.ok else f"emptied, not migrated: {outcome.reason}"


def alembic_missing(log: str) -> bool:
    """`python -m alembic` found no alembic: none installed (a local `alembic/` folder of
    migrations then answers `No module named alembic.__main__`)."""
    return bool(re.search(r"No module named '?alembic(?:\.__main__)?'?(?:$|[;\s])", log, re.M))


def _add_note(ctx: RunContext, note: str) -> None:
    notes = str(ctx.grading.metrics.get("services_notes") or "")
    ctx.grading.metrics["services_notes"] = " | ".join(filter(None, [notes, note]))[:2000]


def _wait_migration(container: Container, limit: int, began: float, shown: str) -> MigrationOutcome:
    code: int | None = None
    timed_out = False
    try:
        result = container.wait(timeout=limit + 30)
        code = int(result.get("StatusCode", -1))
    except (DockerException, RequestException):
        timed_out = True
        with suppress(DockerException, RequestException):
            container.kill()
    timed_out = timed_out or code == 124
    log = tail_logs(container, lines=300, max_chars=40_000)
    seconds = time.monotonic() - began
    if code == 0:
        return MigrationOutcome(True, shown, seconds, 0, False, log)
    reason = (
        f"`{shown}` did not finish within {limit} s"
        if timed_out
        else f"`{shown}` exited with {code}"
    )
    return MigrationOutcome(False, shown, seconds, code, timed_out, log, reason)


def _migration_failed(
    ctx: RunContext, started: ServicesStarted, file: str, outcome: MigrationOutcome
) -> None:
    down = services_down(started)
    if down and service_failure(outcome.log):
        names = ", ".join(down)
        reason = f"the {names} server stopped while the migrations ran"
        ctx.grading.add(make_finding("SERVICE-UNAVAILABLE", f"{reason}.\n{outcome.log[-2000:]}"))
        raise PhaseSkipped(reason)
    failure = explain_startup(outcome.log)
    cause = failure.reason if outcome.log.strip() else "no output"
    ctx.grading.add(
        make_finding(
            "SERVICE-MIGRATION-FAILED",
            f"{outcome.reason}: {cause}\nLast lines of its output:\n"
            f"{failure.evidence or '(no output)'}",
            file=failure.file or file,
            line=failure.line,
        )
    )
    raise PhaseFailed(f"the database migrations failed ({outcome.reason}): {cause}")


# -- fairness ----------------------------------------------------------------------------------


def services_down(started: ServicesStarted) -> list[str]:
    """The servers (by display name) that are no longer running: the grader's measurement."""
    down = [s for s in started.services if not service_running(s.container)]
    return [DISPLAY_NAMES.get(s.kind, s.kind) for s in down]


_EXCUSED: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), what)
    for pattern, what in (
        (
            r"asyncpg\.exceptions\.(?:CannotConnectNowError|ConnectionDoesNotExistError|"
            r"ConnectionFailureError|PostgresConnectionError|AdminShutdownError)",
            "PostgreSQL",
        ),
        (r"connection to server (?:at|on) .{0,200}failed", "PostgreSQL"),
        (r"could not connect to server", "PostgreSQL"),
        (r"server closed the connection unexpectedly", "PostgreSQL"),
        (r"the database system is (?:starting up|shutting down|in recovery mode)", "PostgreSQL"),
        (r"terminating connection due to administrator command", "PostgreSQL"),
        (r"could not translate host name", "PostgreSQL"),
        (r"\(\s*(?:2002|2003|2005|2006|2013|2055)\s*,", "MySQL/MariaDB"),
        (r"Can't connect to (?:local )?(?:MySQL )?server", "MySQL/MariaDB"),
        (r"Lost connection to (?:MySQL )?server", "MySQL/MariaDB"),
        (r"MySQL server has gone away", "MySQL/MariaDB"),
        (r"Unknown MySQL server host", "MySQL/MariaDB"),
        (
            r"redis(?:\.asyncio)?\.exceptions\.(?:ConnectionError|TimeoutError|BusyLoadingError)",
            "Redis",
        ),
        (r"aioredis\.exceptions\.ConnectionError", "Redis"),
        (r"Error -?\d+ connecting to [\w.-]+:\d+", "Redis"),
        (
            r"pymongo\.errors\.(?:ServerSelectionTimeoutError|AutoReconnect|NetworkTimeout|"
            r"ConnectionFailure)",
            "MongoDB",
        ),
        (r"kombu\.exceptions\.OperationalError", "the task broker"),
    )
)
_NOT_EXCUSED = re.compile(
    r"too many (?:clients|connections)|remaining connection slots|\(\s*1040\s*,|"
    r"QueuePool limit of size",
    re.IGNORECASE,
)
_CONNECT_CALL = re.compile(r"Connect call failed \(['\"]?([\w.:-]+)['\"]?,\s*(\d+)\)")
_REFUSED = re.compile(
    r"ConnectionRefusedError|\[Errno 111\] Connection refused|socket\.gaierror|"
    r"Name or service not known|Temporary failure in name resolution",
)
_PORT_KIND = {5432: "PostgreSQL", 3306: "MySQL/MariaDB", 6379: "Redis", 27017: "MongoDB"}


def service_failure(traceback_text: str) -> str | None:
    """Which server a traceback (or an exception line) failed to reach, in a few words; None
    when it is no connection failure (a query error, a constraint, a pool the app exhausted).

    Pure. The text is the candidate's output: pair it with `services_down` before excusing.
    """
    text = traceback_text[-200_000:]
    if _NOT_EXCUSED.search(text):
        return None
    for pattern, what in _EXCUSED:
        match = pattern.search(text)
        if match:
            return f"{what}: {_one_line(match.group(0))}"
    call = _CONNECT_CALL.search(text)
    if call:
        what = _PORT_KIND.get(int(call.group(2)), f"a server on port {call.group(2)}")
        return f"{what}: {_one_line(call.group(0))}"
    refused = _REFUSED.search(text)
    if refused:
        return f"a server: {_one_line(refused.group(0))}"
    return None


def _one_line(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= 200 else line[:199] + "…"
