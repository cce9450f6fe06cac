"""A loopback relay injected into the candidate's containers: `localhost:5432` reaches the server.

Usage (inside the candidate container, with the candidate's own Python, any version >= 3.9):
    python -I -S service_relay.py [--detach] LISTEN_PORT=HOST:PORT ...
e.g. `5432=postgres:5432 6379=redis:6379`. For each route it listens on 127.0.0.1 (and on ::1
where the container has it) and forwards every connection to HOST:PORT on the grading's network.
Code written for `docker compose` with published ports says `localhost` in files the grader does
not rewrite; without this, nothing would listen there.

A listen port already taken (the app's own) is skipped; a route whose upstream cannot be reached
closes that client's connection. Nothing is printed to stdout (the candidate's test output is
parsed from it). With --detach the process forks once its ports are bound and the parent exits:
the caller's next command starts with the ports already listening, and the relay lives only as
long as the container's main process (it never is that process). Standard library only.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import os
import re
import socket
import sys

_ROUTE = re.compile(
    r"^([0-9]{1,5})=([A-Za-z0-9](?:[A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?):([0-9]{1,5})$"
)
LISTEN_HOSTS = (("127.0.0.1", socket.AF_INET), ("::1", socket.AF_INET6))
CONNECT_TIMEOUT_S = 10.0
CHUNK = 65536
Route = tuple[int, str, int]
Bound = list[tuple[socket.socket, str, int]]


def parse_routes(arguments: list[str]) -> list[Route]:
    """(listen port, host, port) of each well-formed argument; the first route of a port wins."""
    routes: list[Route] = []
    for argument in arguments:
        match = _ROUTE.fullmatch(argument)
        if match is None or ".." in match.group(2):
            continue
        listen, port = int(match.group(1)), int(match.group(3))
        if 0 < listen < 65536 and 0 < port < 65536 and all(r[0] != listen for r in routes):
            routes.append((listen, match.group(2), port))
    return routes


def bind(routes: list[Route]) -> Bound:
    """A listening socket per route on 127.0.0.1, and on ::1 where the container has it, with
    its upstream. A port taken on 127.0.0.1 (the app's own, or 0.0.0.0) is left to its owner."""
    bound: Bound = []
    for listen, host, port in routes:
        for address, family in LISTEN_HOSTS:
            sock = _listening(family, address, listen)
            if sock is None:
                if family == socket.AF_INET:
                    break  # not ::1 either: `localhost` would reach us instead of the owner
                continue
            bound.append((sock, host, port))
    return bound


def _listening(family: int, address: str, port: int) -> socket.socket | None:
    try:
        sock = socket.socket(family, socket.SOCK_STREAM)
    except OSError:  # no IPv6 in this container
        return None
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if family == socket.AF_INET6:
            sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
        sock.bind((address, port))
        sock.listen(128)
    except OSError:  # taken, or the address does not exist here
        sock.close()
        return None
    return sock


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """Copy one direction until its end; pass the end on (half-close) where the peer allows."""
    try:
        while True:
            data = await reader.read(CHUNK)
            if not data:
                break
            writer.write(data)
            await writer.drain()
        if writer.can_write_eof():
            writer.write_eof()
    except Exception:
        writer.close()


async def _relay(
    host: str, port: int, client_reader: asyncio.StreamReader, client: asyncio.StreamWriter
) -> None:
    try:
        upstream_reader, upstream = await asyncio.wait_for(
            asyncio.open_connection(host, port), CONNECT_TIMEOUT_S
        )
    except Exception:  # the upstream cannot be reached: the client sees its connection closed
        client.close()
        return
    try:
        await asyncio.gather(_pipe(client_reader, upstream), _pipe(upstream_reader, client))
    finally:
        client.close()
        upstream.close()


async def serve(bound: Bound) -> None:
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(lambda _loop, _context: None)  # quiet: the app's log is evidence
    servers = [
        await asyncio.start_server(functools.partial(_relay, h, p), sock=s) for s, h, p in bound
    ]
    try:
        await loop.create_future()  # until the container's main process ends (or a signal)
    finally:
        for server in servers:
            server.close()


def main(arguments: list[str]) -> int:
    detach = "--detach" in arguments
    bound = bind(parse_routes([a for a in arguments if a != "--detach"]))
    if not bound:
        return 0
    if detach:
        try:
            if os.fork() > 0:
                os._exit(0)  # the caller goes on with the ports already listening
        except OSError:
            return 0  # no process to spare: the app runs without the relay
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(bound))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
