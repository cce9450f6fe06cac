"""The loopback relay in front of a candidate container's command, when the grading has servers.

Code written for `docker compose` with published ports reaches its database at `localhost` in
files and code the grader does not rewrite. Inside the candidate's container nothing listens
there, so each container on the services network first runs probes/service_relay.py, which
listens on 127.0.0.1:<port> and forwards to <server's alias>:<port>. The routes are the grader's
own data (the servers it started), checked here and quoted; no text of the repository's is run.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from grader.sandbox.containers import APP_PORT
from grader.sandbox.images import INJECTED_DIR

RELAY_SCRIPT = f"{INJECTED_DIR}/service_relay.py"
# The probe's own pattern (probes/service_relay.py): a network alias, nothing a shell reads.
_HOST = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?$")


@dataclass(frozen=True)
class RelayRoute:
    """127.0.0.1:`listen_port` in the candidate's container forwards to `host`:`port`."""

    listen_port: int
    host: str
    port: int

    def __post_init__(self) -> None:
        for port in (self.listen_port, self.port):
            if isinstance(port, bool) or not isinstance(port, int) or not 0 < port < 65536:
                raise ValueError(f"relay port {port!r} is not a TCP port")
        if not isinstance(self.host, str) or not _HOST.fullmatch(self.host) or ".." in self.host:
            raise ValueError(f"relay host {self.host!r} is not a plain host name")

    def argument(self) -> str:
        return f"{self.listen_port}={self.host}:{self.port}"

    def shown(self) -> str:
        return f"127.0.0.1:{self.listen_port} -> {self.host}:{self.port}"


def relay_routes(servers: Iterable[tuple[str, int]]) -> tuple[RelayRoute, ...]:
    """One route per server's port, to the (host name, port) it answers at; the app's own port
    and a port already routed are left out. Raises ValueError for a name or port not plain."""
    routes: dict[int, RelayRoute] = {}
    for host, port in servers:
        route = RelayRoute(port, host, port)
        if port != APP_PORT:
            routes.setdefault(port, route)
    return tuple(routes.values())


def with_relay(command: list[str], routes: Sequence[RelayRoute]) -> list[str]:
    """`sh -c SCRIPT` with the relay started first (it forks once its ports listen, so SCRIPT
    finds them ready; its output goes nowhere); the command unchanged when there are no routes."""
    if not routes:
        return command
    if len(command) != 3 or command[:2] != ["sh", "-c"]:
        raise ValueError("the relay goes in front of an `sh -c` script only")
    relay = ["python", "-I", "-S", RELAY_SCRIPT, "--detach", *(r.argument() for r in routes)]
    return ["sh", "-c", f"{shlex.join(relay)} >/dev/null 2>&1; {command[2]}"]


def relay_shown(routes: Sequence[RelayRoute]) -> str:
    """What the report says: `127.0.0.1:5432 -> postgres:5432, ...`."""
    return ", ".join(route.shown() for route in routes)
