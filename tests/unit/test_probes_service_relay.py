"""The loopback relay (probes/service_relay.py), run as the candidate's containers run it: its own
process, `python -I -S ... --detach ROUTES`, here under the host's Python, in front of a tiny TCP
echo server on a free port."""

from __future__ import annotations

import ast
import os
import signal
import socket
import socketserver
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path

import pytest

from probes.service_relay import parse_routes
from tests.conftest import ROOT

RELAY = ROOT / "probes" / "service_relay.py"


class _Echo(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        while data := self.request.recv(65536):
            self.request.sendall(data)


@pytest.fixture
def echo_port() -> Iterator[int]:
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _Echo)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield int(server.server_address[1])
    finally:
        server.shutdown()
        server.server_close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Relays:
    """Starts `relay --detach ROUTES` and waits for it to return (its ports then listen); the
    server it forked off is ended at the test's end through the process group it started."""

    def __init__(self, tmp_path: Path) -> None:
        self.tmp_path = tmp_path
        self.groups: list[int] = []

    def start(self, *routes: str) -> bytes:
        out = self.tmp_path / f"relay-{len(self.groups)}.out"
        with out.open("wb") as sink:
            proc = subprocess.Popen(
                [sys.executable, "-I", "-S", str(RELAY), "--detach", *routes],
                stdout=sink,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
            self.groups.append(proc.pid)  # a session leader: its pid names its group
            assert proc.wait(timeout=20) == 0  # the caller is not held: the server forked off
        return out.read_bytes()

    def stop(self) -> None:
        for group in self.groups:
            with suppress(ProcessLookupError):
                os.killpg(group, signal.SIGTERM)

    def alive(self, group: int) -> bool:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return False
        return True


@pytest.fixture
def relays(tmp_path: Path) -> Iterator[Relays]:
    started = Relays(tmp_path)
    try:
        yield started
    finally:
        started.stop()


def _echo_through(port: int, payload: bytes, host: str = "127.0.0.1") -> bytes:
    with socket.create_connection((host, port), timeout=10) as client:

        def send() -> None:
            client.sendall(payload)
            client.shutdown(socket.SHUT_WR)

        sender = threading.Thread(target=send)
        sender.start()
        chunks = []
        while chunk := client.recv(65536):
            chunks.append(chunk)
        sender.join()
    return b"".join(chunks)


def test_bytes_go_through_and_come_back(relays: Relays, echo_port: int) -> None:
    listen = _free_port()
    output = relays.start(f"{listen}=localhost:{echo_port}")
    payload = os.urandom(2_000_000)  # more than the socket buffers: the relay's flow control
    assert _echo_through(listen, payload) == payload
    assert _echo_through(listen, b"second connection") == b"second connection"
    assert output == b""  # nothing on stdout (or stderr): the candidate's output is evidence


def test_a_dead_upstream_closes_the_client(relays: Relays) -> None:
    listen, dead = _free_port(), _free_port()
    relays.start(f"{listen}=127.0.0.1:{dead}")
    with socket.create_connection(("127.0.0.1", listen), timeout=10) as client:
        client.sendall(b"anyone there?")
        with suppress(ConnectionResetError):
            assert client.recv(100) == b""  # closed, not left hanging


def test_a_taken_port_is_skipped_and_the_other_routes_work(relays: Relays, echo_port: int) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        taken_port = taken.getsockname()[1]
        free = _free_port()
        output = relays.start(
            f"{taken_port}=localhost:{echo_port}", f"{free}=localhost:{echo_port}"
        )
        assert output == b""
        assert _echo_through(free, b"through the free port") == b"through the free port"
        with socket.create_connection(("127.0.0.1", taken_port), timeout=5):
            taken.settimeout(5)
            accepted, _ = taken.accept()  # the port's owner still gets its connections
            accepted.close()
        with pytest.raises(OSError):  # nor is `localhost` taken from it on ::1
            socket.create_connection(("::1", taken_port), timeout=2).close()


def test_nothing_to_relay_leaves_no_process(relays: Relays) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        relays.start(f"{taken.getsockname()[1]}=localhost:1", "not-a-route", "99999=x:1")
    time.sleep(0.2)
    assert not relays.alive(relays.groups[-1])


def test_idle_relay_uses_no_cpu(echo_port: int) -> None:
    """In the foreground (no --detach), so its pid is ours to read: idle means asleep."""
    listen = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-I", "-S", str(RELAY), f"{listen}=localhost:{echo_port}"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 10
        while True:
            with suppress(OSError), socket.create_connection(("127.0.0.1", listen), timeout=1):
                break
            assert time.monotonic() < deadline, "the relay never listened"
            time.sleep(0.05)
        before = _cpu_ticks(proc.pid)
        time.sleep(1.0)
        assert _cpu_ticks(proc.pid) - before <= 5  # clock ticks (1/100 s): no busy loop
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=10)
    assert out == b""


def _cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def test_routes_are_read_strictly() -> None:
    assert parse_routes(
        [
            "5432=postgres:5432",
            "6379=redis:6379",
            "5432=other:5432",  # the first route of a port wins
            "3306=db;rm -rf /:3306",
            "3306=a..b:3306",
            "70000=db:3306",
            "3306=db:0",
            "3306=-db:3306",
            "3306=db:3306\n",
            "--verbose",
        ]
    ) == [(5432, "postgres", 5432), (6379, "redis", 6379)]


def test_runs_on_the_oldest_python_a_candidate_may_have() -> None:
    """The candidate's Python may be 3.9: no syntax of a later version."""
    ast.parse(RELAY.read_text(), feature_version=(3, 9))
