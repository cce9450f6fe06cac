"""Servers beside the candidate (PostgreSQL, MariaDB, Redis, ...) on a network made for one grading.

The network is `internal` (the engine gives it no route out, and no masquerade) and its bridge
has no address on the host (`inhibit_ipv4`), so its containers reach each other and nothing else:
not the outside world, not the host's own services. Each server answers to the host names the
app uses (`db`, `postgres`, `redis`, a compose service's name) as network aliases. Servers keep
their data on a tmpfs, run as their package's own unprivileged user with no capabilities, and
carry the grading's labels, so `grader/sandbox/sweep.py` removes them (and the network) at the
end, on Ctrl-C or SIGTERM, and after a SIGKILL at the next grader's start.

How a server is started, and the database, users and passwords it gets, is decided here, per
grading; the images (scripts/make-service-images.sh) carry only Debian's packages.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from docker.errors import DockerException, ImageNotFound, NotFound
from docker.types import LogConfig
from requests.exceptions import RequestException

from grader.sandbox.containers import tail_logs
from grader.sandbox.engine import Container, Engine

NETWORK_PREFIX = "grader-net-"
INHIBIT_IPV4 = "com.docker.network.bridge.inhibit_ipv4"
LABEL_SERVICE = "grader.service"
# What the built-in kinds are: their own start script and health check below.
BUILT_IN = ("postgres", "mysql", "redis")
_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.$-]{0,62}$")
_PASSWORD = re.compile(r"^[\x20-\x7e]{0,200}$")
_CHECK_INTERVAL = 0.5


class ServiceImageMissing(Exception):
    """The image configured for a kind of server is not on this engine."""


@dataclass(frozen=True)
class ServiceSpec:
    """One server to start: its kind, image, the names it answers to, and what it must hold."""

    kind: str
    image: str
    aliases: tuple[str, ...]
    port: int
    accounts: tuple[tuple[str, str | None], ...] = ()  # (user, password)
    databases: tuple[str, ...] = ()
    environment: dict[str, str] = field(default_factory=dict)  # other kinds: the image's own
    memory_mb: int = 512


def valid_name(name: str) -> bool:
    """A database or user name the grader will create (quoted anyway, but kept plain)."""
    return bool(_NAME.match(name))


def valid_password(password: str) -> bool:
    return bool(_PASSWORD.match(password))


# -- the network -------------------------------------------------------------------------------


def network_name(run_id: str) -> str:
    return f"{NETWORK_PREFIX}{run_id}"


def create_network(client: Engine, run_id: str, labels: dict[str, str]) -> str:
    """A bridge network for one grading: internal (no route out) and with no host address."""
    name = network_name(run_id)
    client.networks.create(
        name,
        driver="bridge",
        internal=True,
        labels=labels,
        options={INHIBIT_IPV4: "true", "com.docker.network.bridge.enable_ip_masquerade": "false"},
        check_duplicate=True,
    )
    return name


def network_isolation(client: Engine, name: str) -> list[str]:
    """What is wrong with the network's isolation as the engine reports it (empty: nothing).

    Read from `docker network inspect`, never by sending traffic anywhere.
    """
    try:
        attrs = client.api.inspect_network(name)
    except (DockerException, RequestException) as exc:
        return [f"network {name} cannot be inspected: {exc}"[:300]]
    problems = []
    if attrs.get("Internal") is not True:
        problems.append(f"network {name} is not internal")
    options = attrs.get("Options") or {}
    if str(options.get(INHIBIT_IPV4, "")).lower() != "true":
        problems.append(f"network {name}'s bridge has an address on the host")
    if attrs.get("Driver") != "bridge":
        problems.append(f"network {name} uses driver {attrs.get('Driver')}, not bridge")
    dns = dns_forwarding_problem(client)
    if dns is not None:
        problems.append(dns)
    return problems


def dns_forwarding_problem(
    client: Engine,
    resolv_conf: Path = Path("/etc/resolv.conf"),
    daemon_json: Path = Path("/etc/docker/daemon.json"),
) -> str | None:
    """Whether the engine's DNS server would answer outside names for an internal network.

    Engines before 26 (and their older backports) forward such queries from the host's own
    namespace when the host's resolver is on a loopback address (moby/moby#47538): a way out of
    an internal network. Read from the engine's version and the host's resolv.conf (as the
    engine does: systemd-resolved's stub at 127.0.0.53 makes it use the upstream list), never by
    sending a query.
    """
    try:
        version = str(client.version().get("Version", ""))
    except (DockerException, RequestException):
        return None
    match = re.match(r"(\d+)\.", version)
    if match is None or int(match.group(1)) >= 26:
        return None
    servers = _daemon_dns(daemon_json) or _nameservers(resolv_conf)
    if servers and all(s.startswith("127.0.0.53") for s in servers):
        servers = _nameservers(Path("/run/systemd/resolve/resolv.conf")) or servers
    loopback = [s for s in servers if s.startswith("127.") or s == "::1"]
    if not loopback:
        return None
    return (
        f"engine {version} forwards DNS queries of internal networks through the host's "
        f"resolver at {loopback[0]} (moby/moby#47538): give the engine a non-loopback DNS "
        "server (daemon.json `dns`) or use engine 26 or later"
    )


def _daemon_dns(path: Path) -> list[str]:
    """The DNS servers the engine is configured with, which it uses instead of resolv.conf's."""
    try:
        config = json.loads(path.read_text(encoding="utf-8")[:65536])
    except (OSError, ValueError):
        return []
    servers = config.get("dns") if isinstance(config, dict) else None
    return [str(s) for s in servers] if isinstance(servers, list) else []


def _nameservers(path: Path) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")[:65536]
    except OSError:
        return []
    return [
        line.split()[1]
        for line in text.splitlines()
        if line.strip().startswith("nameserver") and len(line.split()) > 1
    ]


# -- the servers -------------------------------------------------------------------------------


def start_service(
    client: Engine, spec: ServiceSpec, *, network: str, labels: dict[str, str]
) -> Container:
    """Create and start one server on the network under its aliases; raises
    ServiceImageMissing when its image is not here."""
    try:
        client.images.get(spec.image)
    except ImageNotFound:
        raise ServiceImageMissing(spec.image) from None
    command, environment, user = _launch(spec)
    networking = {network: client.api.create_endpoint_config(aliases=list(spec.aliases))}
    built_in = spec.kind in BUILT_IN
    options: dict[str, Any] = {
        "command": command,
        "environment": environment,
        "labels": {**labels, LABEL_SERVICE: spec.kind},
        "network": network,
        "networking_config": networking,
        "mem_limit": f"{spec.memory_mb}m",
        "memswap_limit": f"{spec.memory_mb}m",
        "nano_cpus": int(1e9),
        "pids_limit": 512,
        "security_opt": ["no-new-privileges"],
        "tmpfs": {"/tmp": f"size={spec.memory_mb}m,mode=1777"},
        "log_config": LogConfig(type="json-file", config={"max-size": "1m", "max-file": "1"}),
        "shm_size": "128m",
    }
    if built_in:
        # Debian's packages run as their own users; the server needs no capability at all.
        options.update(user=user, read_only=True, cap_drop=["ALL"])
    else:
        # An image from a registry: its entrypoint may drop root to its own user (gosu).
        options.update(
            cap_drop=["ALL"], cap_add=["CHOWN", "SETUID", "SETGID", "DAC_OVERRIDE", "FOWNER"]
        )
    container = client.containers.create(spec.image, **options)
    container.start()
    return container


def _launch(spec: ServiceSpec) -> tuple[list[str] | None, dict[str, str], str | None]:
    """(command, environment, user) of a server: Debian's servers by our script, others as their
    image starts them, with the compose file's environment."""
    if spec.kind == "postgres":
        sql = postgres_init_sql(spec.accounts, spec.databases)
        return ["sh", "-c", _POSTGRES], {"GRADER_INIT_SQL": sql, "LANG": "C.UTF-8"}, "postgres"
    if spec.kind == "mysql":
        sql = mariadb_init_sql(spec.accounts, spec.databases)
        return ["sh", "-c", _MARIADB], {"GRADER_INIT_SQL": sql}, "mysql"
    if spec.kind == "redis":
        return redis_command(spec.accounts, spec.port), {}, "redis"
    return None, dict(spec.environment), None


_POSTGRES = """\
set -eu
export PGDATA=/tmp/pgdata
initdb -D "$PGDATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/tmp/initdb.log 2>&1 \
  || { cat /tmp/initdb.log; exit 1; }
# Host connections are trusted: the server holds nothing but this grading's data, is reachable
# only on this grading's network, and a password the app sends is accepted as it is.
echo "host all all all trust" >> "$PGDATA/pg_hba.conf"
pg_ctl -D "$PGDATA" -o "-c listen_addresses='' -k /tmp" -w -s start >/tmp/setup.log 2>&1 \
  || { cat /tmp/setup.log; exit 1; }
printf '%s\\n' "$GRADER_INIT_SQL" | psql -X -q -v ON_ERROR_STOP=1 -h /tmp -U postgres -d postgres
pg_ctl -D "$PGDATA" -m fast -w -s stop
set -- -c listen_addresses='*' -k /tmp -c fsync=off -c synchronous_commit=off \
  -c full_page_writes=off -c max_connections=200
key=/etc/ssl/private/ssl-cert-snakeoil.key
if [ -r "$key" ]; then
  set -- "$@" -c ssl=on -c ssl_cert_file=/etc/ssl/certs/ssl-cert-snakeoil.pem -c ssl_key_file=$key
fi
echo "grader: postgres ready for connections"
exec postgres -D "$PGDATA" "$@"
"""

_MARIADB = """\
set -eu
data=/tmp/mysql
sock=/tmp/mysqld.sock
mariadb-install-db --datadir=$data --auth-root-authentication-method=normal --skip-test-db \
  --skip-name-resolve >/tmp/install.log 2>&1 || { cat /tmp/install.log; exit 1; }
common="--datadir=$data --socket=$sock --pid-file=/tmp/mysqld.pid --tmpdir=/tmp \
  --skip-name-resolve --innodb-buffer-pool-size=64M --innodb-flush-log-at-trx-commit=0 \
  --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci --max-connections=200"
mariadbd $common --skip-networking >/tmp/setup.log 2>&1 &
pid=$!
i=0
until mariadb-admin --socket=$sock -uroot ping >/dev/null 2>&1; do
  i=$((i + 1)); [ $i -lt 300 ] || { cat /tmp/setup.log; exit 1; }
  kill -0 $pid 2>/dev/null || { cat /tmp/setup.log; exit 1; }
  sleep 0.1
done
printf '%s\\n' "$GRADER_INIT_SQL" | mariadb --socket=$sock -uroot
mariadb-admin --socket=$sock -uroot shutdown
wait $pid || true
echo "grader: mariadb ready for connections"
exec mariadbd $common --bind-address=0.0.0.0 --port=3306
"""


def postgres_identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def postgres_literal(value: str) -> str:
    # standard_conforming_strings is on: a backslash is an ordinary character.
    return "'" + value.replace("'", "''") + "'"


def postgres_init_sql(
    accounts: tuple[tuple[str, str | None], ...], databases: tuple[str, ...]
) -> str:
    """Roles (superusers, as the image's POSTGRES_USER is) and databases, quoted as data."""
    lines: list[str] = []
    for user, password in accounts:
        role = postgres_identifier(user)
        secret = f" PASSWORD {postgres_literal(password)}" if password else ""
        if user == "postgres":
            if secret:
                lines.append(f"ALTER ROLE {role} WITH{secret};")
        else:
            lines.append(f"CREATE ROLE {role} WITH LOGIN SUPERUSER{secret};")
    owner = postgres_identifier(_postgres_owner(accounts))
    for database in databases:
        if database in ("postgres", "template0", "template1"):
            continue
        lines.append(f"CREATE DATABASE {postgres_identifier(database)} OWNER {owner};")
    return "\n".join(lines) or "SELECT 1;"


def _postgres_owner(accounts: tuple[tuple[str, str | None], ...]) -> str:
    """The first role the app logs in as, other than postgres: it owns the databases."""
    return next((user for user, _ in accounts if user != "postgres"), "postgres")


def postgres_reset_sql(
    accounts: tuple[tuple[str, str | None], ...], databases: tuple[str, ...]
) -> str:
    """Every database of the server dropped (its sessions ended) and made again, empty, with its
    owner: `postgres` too, which apps use when their URL names no database. Run from template1."""
    owner = postgres_identifier(_postgres_owner(accounts))
    lines: list[str] = []
    for database in dict.fromkeys(("postgres", *databases)):
        if database in ("template0", "template1"):
            continue
        name = postgres_identifier(database)
        lines += [
            f"DROP DATABASE IF EXISTS {name} WITH (FORCE);",
            f"CREATE DATABASE {name} OWNER {owner};",
        ]
    return "\n".join(lines)


def mariadb_identifier(name: str) -> str:
    return "`" + name.replace("`", "``") + "`"


def mariadb_literal(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("'", "\\'")
    return f"'{escaped}'"


def mariadb_init_sql(
    accounts: tuple[tuple[str, str | None], ...], databases: tuple[str, ...]
) -> str:
    """Users that may connect from any host of the network, with every privilege (the image's
    MYSQL_USER owns its database; tests often create their own), and the databases.

    The install's own loopback entries for root ('root'@'127.0.0.1', '::1', no password) are
    dropped: a login over TCP from the server's own host would match them before 'root'@'%'
    and be refused its password (fresh bw48-01's `root:123456` URL: the health check never
    passed). 'root'@'localhost', the socket's, stays for the grader's own resets."""
    lines: list[str] = []
    for user, password in accounts:
        name = mariadb_literal(user)
        who = f"{name}@'%'"
        if user == "root":  # the only account the install makes loopback entries for
            lines.append(f"DROP USER IF EXISTS {name}@'127.0.0.1', {name}@'::1';")
        lines += [
            f"CREATE USER IF NOT EXISTS {who};",
            f"ALTER USER {who} IDENTIFIED BY {mariadb_literal(password or '')};",
            f"GRANT ALL PRIVILEGES ON *.* TO {who} WITH GRANT OPTION;",
        ]
    for database in databases:
        lines.append(f"CREATE DATABASE IF NOT EXISTS {mariadb_identifier(database)};")
    lines.append("FLUSH PRIVILEGES;")
    return "\n".join(lines)


def mariadb_reset_sql(databases: tuple[str, ...]) -> str:
    """Every database the app's settings name dropped and made again, empty."""
    lines: list[str] = []
    for database in databases:
        name = mariadb_identifier(database)
        lines += [f"DROP DATABASE IF EXISTS {name};", f"CREATE DATABASE {name};"]
    return "\n".join(lines)


def _reset_command(spec: ServiceSpec) -> tuple[list[str], dict[str, str]] | None:
    """The command (and its environment) that empties a built-in server in its container."""
    if spec.kind == "postgres":
        sql = postgres_reset_sql(spec.accounts, spec.databases)
        psql = 'printf "%s\\n" "$GRADER_SQL" | psql -X -q -v ON_ERROR_STOP=1 -h /tmp -U postgres'
        return ["sh", "-c", psql + " -d template1"], {"GRADER_SQL": sql}
    if spec.kind == "mysql":
        sql = mariadb_reset_sql(spec.databases)
        mariadb = 'printf "%s\\n" "$GRADER_SQL" | mariadb --socket=/tmp/mysqld.sock -uroot'
        return ["sh", "-c", mariadb], {"GRADER_SQL": sql}
    if spec.kind == "redis":
        # As the first account the app's URLs name: a named user (ACL) with its password (any
        # word passes a `nopass` user), the default user by its password alone, or no login.
        user, password = next(iter(spec.accounts), ("default", None))
        command = ["redis-cli", "-p", str(spec.port)]
        environment = {"REDISCLI_AUTH": password} if password else {}
        if user and user != "default":
            command += ["--user", user]
            environment = {"REDISCLI_AUTH": password or "nopass"}
        return [*command, "FLUSHALL"], environment
    return None


def reset_service(container: Container, spec: ServiceSpec) -> str | None:
    """Empty a server as it was created, for a test suite that expects a fresh one: None when
    done, else why not (a kind the grader did not start itself is left as it is)."""
    planned = _reset_command(spec)
    if planned is None:
        return f"{spec.kind} is not one of the grader's own servers"
    command, environment = planned
    try:
        code, output = container.exec_run(command, environment=environment, user=_launch(spec)[2])
    except (NotFound, DockerException, RequestException) as exc:
        return f"{spec.kind}: {exc}"
    text = output.decode("utf-8", "replace").strip() if isinstance(output, bytes) else ""
    if code != 0 or (spec.kind == "redis" and text != "OK"):
        return f"{spec.kind} exited with {code}: {text[-300:]}"
    return None


def redis_command(accounts: tuple[tuple[str, str | None], ...], port: int) -> list[str]:
    """redis-server in memory only, with the passwords the app's URLs carry (ACL users)."""
    command = [
        "redis-server",
        "--bind",
        "0.0.0.0",
        "--port",
        str(port),
        "--protected-mode",
        "no",
        "--save",
        "",
        "--appendonly",
        "no",
        "--dir",
        "/tmp",
    ]
    users: dict[str, list[str]] = {}
    for user, password in accounts:
        users.setdefault(user or "default", [])
        if password:
            users[user or "default"].append(password)
    for user, passwords in users.items():
        secrets = [f">{p}" for p in dict.fromkeys(passwords)] or ["nopass"]
        command += ["--user", user, "on", *secrets, "~*", "&*", "+@all"]
    return command


# -- readiness ---------------------------------------------------------------------------------


def wait_ready(container: Container, spec: ServiceSpec, deadline: float) -> str | None:
    """Poll the server's own client inside its container until the app's database answers as
    the app's user; None when ready, else why not (with the end of its log)."""
    check = _health_check(spec)
    while True:
        status = _status(container)
        if status not in ("running", "created"):
            return f"the {spec.kind} server exited ({status}):\n{tail_logs(container, 30, 3000)}"
        if status == "running" and _passes(container, check):
            return None
        if time.monotonic() > deadline:
            return (
                f"the {spec.kind} server did not answer its health check in time:\n"
                f"{tail_logs(container, 30, 3000)}"
            )
        time.sleep(_CHECK_INTERVAL)


@dataclass(frozen=True)
class _Check:
    argv: list[str] | None  # None: the image's own HEALTHCHECK decides
    environment: dict[str, str]
    expect: str = ""


def _health_check(spec: ServiceSpec) -> _Check:
    user, password = spec.accounts[0] if spec.accounts else ("", None)
    if spec.kind == "postgres":
        database = spec.databases[0] if spec.databases else "postgres"
        argv = ["psql", "-X", "-h", "127.0.0.1", "-U", user or "postgres", "-d", database]
        return _Check([*argv, "-tAc", "SELECT 1"], {}, "1")
    if spec.kind == "mysql":
        argv = ["mariadb", "-h", "127.0.0.1", "-P", str(spec.port), "-u", user or "root"]
        if spec.databases:
            argv += ["-D", spec.databases[0]]
        return _Check([*argv, "-N", "-e", "SELECT 1"], {"MYSQL_PWD": password or ""}, "1")
    if spec.kind == "redis":
        argv = ["redis-cli", "-h", "127.0.0.1", "-p", str(spec.port), "--no-auth-warning"]
        if user and user != "default":
            argv += ["--user", user]
        return _Check([*argv, "ping"], {"REDISCLI_AUTH": password} if password else {}, "PONG")
    # Another image: its own HEALTHCHECK, else its port accepting a connection (bash or python).
    probe = (
        f"exec 3<>/dev/tcp/127.0.0.1/{spec.port} 2>/dev/null || "
        f"python3 -c 'import socket; socket.create_connection((\"127.0.0.1\", {spec.port}), 2)'"
    )
    return _Check(["sh", "-c", f"command -v bash >/dev/null && bash -c '{probe}' || {probe}"], {})


def _status(container: Container) -> str:
    try:
        container.reload()
    except (DockerException, RequestException):
        return "gone"
    return str(container.attrs.get("State", {}).get("Status", "unknown"))


def _passes(container: Container, check: _Check) -> bool:
    if check.argv is None or _has_healthcheck(container):
        health = container.attrs.get("State", {}).get("Health") or {}
        if health:
            return health.get("Status") == "healthy"
    if check.argv is None:
        return True
    try:
        argv = ["timeout", "-k", "1", "5", *check.argv]
        code, output = container.exec_run(argv, environment=check.environment)
    except (DockerException, RequestException):
        return False
    text = output.decode("utf-8", "replace") if isinstance(output, bytes) else str(output)
    return code == 0 and check.expect in text


def _has_healthcheck(container: Container) -> bool:
    config = container.attrs.get("Config", {}) or {}
    test = (config.get("Healthcheck") or {}).get("Test") or []
    return bool(test) and test[0] != "NONE"


def service_running(container: Container) -> bool:
    """Whether a server is still up (a failing request is only excused when it is not)."""
    return _status(container) == "running"


def remove_quietly(client: Engine, container: Container | None) -> None:
    if container is None:
        return
    try:
        container.remove(force=True, v=True)
    except (NotFound, DockerException, RequestException):
        return
